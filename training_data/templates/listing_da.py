"""Danish marketplace listing templates."""

# Prices are drawn in euro-sized units; this converts them to the local currency, roughly.
PRICE_SCALE = 7
PRICES = ["{n} kr.", "{n},- kr", "{n} DKK", "kr. {n}"]
PLACES = ["Aarhus", "Odense", "Aalborg", "Esbjerg", "Roskilde", "Vejle", "Horsens", "Randers", "Kolding", "Herning"]
SPECIES_LINE = ["Art: {name}", "Latinsk navn: {latin}", "Det drejer sig om: {name}"]

# A title marked with WATER suits only aquarium and pond offers.
WATER = ("aquarium", "pond_animal", "aquatic_plant", "turtle")
TITLES = {
    "sale": ["Sælges: {name}", "{name} til salg", "{name} - {price}", "{count} stk. {name}", "{name} fra eget opdræt",
             "{name} ({place})", "Billig {name}", ("{name} til havedam eller akvarie", WATER), "Sælger {name}",
             "{name}, {price} pr. stk."],
    "wanted": ["Købes: {name}", "Søger {name}", "Nogen der sælger {name}?", "{name} ønskes, {place}"],
    "giveaway": ["Gives væk: {name}", "Gratis {name}", "{name} bortgives", "{name} søger nyt hjem"],
}
INTROS = {
    "sale": ["Sælger {count} stk. {name}.", "Har {name} fra eget opdræt.", "Haves: {name}, {count} stk.",
             "Pga. tidsmangel sælges: {name}.", "Nu er der {name} igen.", "Har {count} stk. tilbage: {name}."],
    "wanted": ["Søger {count} stk. {name}.", "Er der nogen der har {name} til salg?", "Leder efter: {name}."],
    "giveaway": ["Gives væk til et godt hjem: {name}.", "Giver {count} stk. {name} væk.",
    "Har ikke tid længere, giver væk: {name}."],
}
DETAILS = {
    "turtle": ["Skjoldet er ca. {size} cm.", "Spiser pellets og grønt.", "Meget aktiv."],
    "terrarium": ["Spiser fint.", "Opdrættet i fangenskab {year}.", "Ca. {size} cm lang."],
    "aquarium": ["Holdes ved 24 grader i beplantet akvarie.", "Størrelse ca. {size} cm.",
    "Spiser flager og frostfoder.",
                 "Kan sendes i flamingokasse."],
    "pond_animal": ["Perfekt til havedammen.", "Ca. {size} cm, tåler vinteren ude.", "Medbring spand."],
    "mammal": ["Meget tam.", "Bur medfølger.", "Ca. {age} år, sød.", "Han og hun haves."],
    "park_mammal": ["Går i stor indhegning.", "Flere dyr at vælge imellem.", "Transport kan aftales."],
    "waterfowl": ["Ringmærket, klækket {year}.", "Par haves.", "Kun til nogen med sø."],
    "cagebird": ["Ringmærket, klækket {year}.", "Håndopfodret, meget tam.", "Bur medfølger."],
    "ants": ["Dronning med ca. {count}0 arbejdere.", "Koloni i reagensglas."],
    "aquatic_plant": ["Vokser hurtigt, god iltplante.", "Bundter på ca. {size} cm.", "Fra mit eget akvarie.",
                      "Til havedam og akvarie."],
    "garden_plant": ["Kraftig plante i {size} cm potte.", "Hårdfør og hurtigtvoksende.", "Ca. {size} cm høj."],
}
PROPAGULE_UNITS = {"seeds": ["frø", "frøposer"], "cuttings": ["stiklinger", "rodstykker"], "eggs": ["rugeæg",
"befrugtede æg"],
                   "spores": ["sporer"]}
PROPAGULE_TITLES = {"sale": ["{unit} af {name}", "{name} {unit} - {price}", "Sælger {unit}: {name}"],
                    "wanted": ["Købes: {unit} af {name}"], "giveaway": ["Gives væk: {unit} af {name}"]}
PROPAGULE_DETAILS = {"seeds": ["Høstet {year}.", "God spireevne.", "Ca. {count}0 frø pr. pose."],
                     "cuttings": ["Slår let rod i vand.", "Hvert stykke ca. {size} cm."],
                     "eggs": ["Samlet i denne uge.", "Godt pakket."], "spores": ["Sås på fugtig jord."]}
LOGISTICS = {
    "sale": ["Pris: {price}.", "{price} pr. stk., kan forhandles.", "Afhentes i {place}.",
    "Kan sendes for {price} ekstra.",
             "MobilePay ved afhentning."],
    "wanted": ["Betaler op til {price}.", "Bor i {place}.", "Betaler gerne fragten."],
    "giveaway": ["Gratis, afhentes i {place}.", "Gratis til et godt hjem."],
}
CLOSINGS = ["Skriv en besked.", "Flere billeder på forespørgsel.", "Først til mølle.", "Spørg endelig!"]
ALSO = ["Har også {other}.", "Kan lægge {other} oveni."]
PRODUCTS = {
    "fur": [("Pelsjakke ({name}), str. {size}", "Ægte pels: {name}. Brugt to gange, {price}."),
            ("Pelshue, {name}", "Varm vinterhue, pels af {name}. {price}.")],
    "seafood": [("Frosne krebsehaler ({name}) 1 kg", "Kogte og frosne: {name}. {price} pr. kilo.")],
    "taxidermy": [("Udstoppet {name}", "Udstoppet dyr ({name}) på træsokkel. {price}.")],
    "dried": [("Tørrede blomster: {name}", "10 tørrede toppe ({name}) til vase, ingen levende planter. {price}.")],
    "toy": [("Bamse {name}", "Tøjdyr ({name}), ny med mærke. {price}.")],
    "book": [("Bog om {name}", "Fagbog om {name}, som ny. {price}.")],
}
EQUIPMENT = {
    "turtle": [("Akvaterrarie med filter", "Kun akvaterrariet, ingen dyr. Der boede: {name}. {price}.")],
    "aquarium": [("Akvarie 200 liter, tomt",
    "Akvarie med låg og filter, uden fisk ({name} allerede givet væk). {price}.")],
}
SERVICES = {
    "plant": [("Bekæmpelse af {name}", "Vi fjerner {name} i {place} og omegn. Gratis tilbud.")],
    "animal": [("Skadedyrsbekæmpelse: {name}", "Bekæmpelse af {name}. Pris efter aftale.")],
}
NEWS = [("Advarsel: {name} set i {place}", "{name} er meldt nær {place}. Indrapportér gerne fund."),
        ("Info: {name}", "{name} er en invasiv art og må ikke sælges eller sættes ud."),
        ("Så {name} i dag", "Ved åen i {place}: {name}. Er der andre der har set den?")]
LOST = [("BORTLØBET: {name} i {place}", "Stak af i går: {name}. Findeløn!"),
        ("Fundet: {name}", "Dukkede op i vores have i {place}: {name}. Hvem ejer den?")]
NEGATION = [("{offered} sælges", "Sælger {offered}. Ikke {listed}, som er forbudt."),
            ("{offered} - IKKE {listed}", "Mange spørger: det er {offered}, ikke {listed}. {price}.")]
ALTERNATIVE = [("{offered} i stedet for {listed}", "Plant {offered} i stedet for {listed}. {price}.")]
NO_SPECIES = [
    ("Akvarie 60 liter med låg", "Komplet med varmelegeme og filter, uden fisk. {price}.", "other", "sale"),
    ("Haveredskaber", "Spade, greb og rive, brugte. {price}.", "other", "sale"),
    ("Købes: stort terrarie", "Søger glasterrarie fra 90 cm.", "other", "wanted"),
    ("Urtepotter gives væk", "Ca. 30 plastpotter, afhentes i {place}.", "other", "giveaway"),
    ("Fiskefoder", "Tre dåser flager. {price}.", "product", "sale"),
    ("Havehjælp", "Hækklipning og græsslåning i {place}.", "other", "sale"),
]
HASHTAGS = ["#akvarie", "#havedam", "#terrarie", "#have", "#planter", "#sælges"]
