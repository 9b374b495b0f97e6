"""Swedish marketplace listing templates."""

# Prices are drawn in euro-sized units; this converts them to the local currency, roughly.
PRICE_SCALE = 10
PRICES = ["{n} kr", "{n}:-", "{n} SEK"]
PLACES = ["Göteborg", "Malmö", "Uppsala", "Umeå", "Örebro", "Lund", "Västerås", "Linköping", "Gävle", "Jönköping"]
SPECIES_LINE = ["Art: {name}", "Latinskt namn: {latin}", "Det gäller: {name}"]

# A title marked with WATER suits only aquarium and pond offers.
WATER = ("aquarium", "pond_animal", "aquatic_plant", "turtle")
TITLES = {
    "sale": ["Säljes: {name}", "{name} till salu", "{name} - {price}", "{count} st {name}",
    "{name} från egen uppfödning",
             "{name} ({place})", "Billig {name}", ("{name} för damm eller akvarium", WATER), "Säljer {name}",
             "{name}, {price} styck"],
    "wanted": ["Köpes: {name}", "Söker {name}", "Någon som säljer {name}?", "{name} önskas, {place}"],
    "giveaway": ["Skänkes: {name}", "Gratis {name}", "{name} bortskänkes", "{name} söker nytt hem"],
}
INTROS = {
    "sale": ["Säljer {count} st {name}.", "Har {name} från egen uppfödning.", "Finns: {name}, {count} st.",
             "På grund av tidsbrist säljes: {name}.", "Nu finns det {name} igen.", "Har {count} st kvar: {name}."],
    "wanted": ["Söker {count} st {name}.", "Är det någon som har {name} att sälja?", "Letar efter: {name}."],
    "giveaway": ["Skänkes till ett bra hem: {name}.", "Ger bort {count} st {name}.",
    "Har inte tid längre, skänker: {name}."],
}
DETAILS = {
    "turtle": ["Skalet är ca {size} cm.", "Äter pellets och grönsaker.", "Mycket pigg."],
    "terrarium": ["Äter bra.", "Uppfödd i fångenskap {year}.", "Ca {size} cm lång."],
    "aquarium": ["Hålls i 24 grader i planterat akvarium.", "Storlek ca {size} cm.", "Äter flingor och frysfoder.",
                 "Kan skickas i frigolitlåda."],
    "pond_animal": ["Perfekt för trädgårdsdammen.", "Ca {size} cm, tål vintern ute.", "Ta med hink."],
    "mammal": ["Mycket tam.", "Bur ingår.", "Ca {age} år, snäll.", "Hane och hona finns."],
    "park_mammal": ["Går i stor hage.", "Flera djur att välja på.", "Transport kan ordnas."],
    "waterfowl": ["Ringmärkt, kläckt {year}.", "Par finns.", "Endast till någon med damm."],
    "cagebird": ["Ringmärkt, kläckt {year}.", "Handmatad, mycket tam.", "Bur ingår."],
    "ants": ["Drottning med ca {count}0 arbetare.", "Koloni i provrör."],
    "aquatic_plant": ["Växer snabbt, bra syresättare.", "Knippen på ca {size} cm.", "Från mitt eget akvarium.",
                      "Passar damm och akvarium."],
    "garden_plant": ["Kraftig planta i {size} cm kruka.", "Härdig och snabbväxande.", "Ca {size} cm hög."],
}
PROPAGULE_UNITS = {"seeds": ["frön", "fröpåsar"], "cuttings": ["sticklingar", "rotbitar"], "eggs": ["kläckägg",
"befruktade ägg"],
                   "spores": ["sporer"]}
PROPAGULE_TITLES = {"sale": ["{unit} av {name}", "{name} {unit} - {price}", "Säljer {unit}: {name}"],
                    "wanted": ["Köpes: {unit} av {name}"], "giveaway": ["Skänkes: {unit} av {name}"]}
PROPAGULE_DETAILS = {"seeds": ["Skördade {year}.", "God grobarhet.", "Ca {count}0 frön per påse."],
                     "cuttings": ["Rotar sig lätt i vatten.", "Varje bit ca {size} cm."],
                     "eggs": ["Insamlade i veckan.", "Väl förpackade."], "spores": ["Sås på fuktig jord."]}
LOGISTICS = {
    "sale": ["Pris: {price}.", "{price} styck, pris kan diskuteras.", "Hämtas i {place}.",
    "Kan skickas mot {price} extra.",
             "Swish vid hämtning."],
    "wanted": ["Betalar upp till {price}.", "Finns i {place}.", "Betalar frakten."],
    "giveaway": ["Gratis, hämtas i {place}.", "Gratis till ett bra hem."],
}
CLOSINGS = ["Skriv ett meddelande.", "Fler bilder på begäran.", "Först till kvarn.", "Hör av dig vid frågor!"]
ALSO = ["Har även {other}.", "Kan lägga till {other}."]
PRODUCTS = {
    "fur": [("Pälsjacka ({name}), stl {size}", "Äkta päls: {name}. Använd två gånger, {price}."),
            ("Pälsmössa {name}", "Varm vintermössa, päls av {name}. {price}.")],
    "seafood": [("Frysta kräftstjärtar ({name}) 1 kg", "Kokta och frysta: {name}. {price} per kilo.")],
    "taxidermy": [("Uppstoppad {name}", "Uppstoppat djur ({name}) på träsockel. {price}.")],
    "basket": [("Korg av {name}", "Handflätad korg av torkad {name}. {price}.")],
    "dried": [("Torkade blommor: {name}", "10 torkade vippor ({name}) till vas, inga levande växter. {price}.")],
    "toy": [("Gosedjur {name}", "Mjukisdjur ({name}), ny med lapp. {price}.")],
    "book": [("Bok om {name}", "Fackbok om {name}, som ny. {price}.")],
}
EQUIPMENT = {
    "turtle": [("Akvaterrarium med filter", "Bara akvaterrariet, inga djur. Där bodde: {name}. {price}.")],
    "aquarium": [("Akvarium 200 liter, tomt",
    "Akvarium med lock och filter, utan fiskar ({name} redan bortskänkta). {price}.")],
}
SERVICES = {
    "plant": [("Bekämpning av {name}", "Vi tar bort {name} i {place} med omnejd. Gratis offert.")],
    "animal": [("Skadedjursbekämpning: {name}", "Bekämpning av {name}. Pris enligt överenskommelse.")],
}
NEWS = [("Varning: {name} i {place}", "{name} har rapporterats nära {place}. Rapportera gärna fynd."),
        ("Info: {name}", "{name} är en invasiv främmande art och får inte säljas eller släppas ut."),
        ("Såg {name} idag", "Vid ån i {place}: {name}. Någon mer som sett?")]
LOST = [("BORTSPRUNGEN: {name} i {place}", "Rymde igår: {name}. Hittelön!"),
        ("Upphittad: {name}", "Dök upp i vår trädgård i {place}: {name}. Vems är den?")]
NEGATION = [("{offered} säljes", "Säljer {offered}. Inte {listed}, som är förbjuden."),
            ("{offered} - INTE {listed}", "Många frågar: detta är {offered}, inte {listed}. {price}.")]
ALTERNATIVE = [("{offered} istället för {listed}", "Plantera {offered} istället för {listed}. {price}.")]
NO_SPECIES = [
    ("Akvarium 60 liter med lock", "Komplett med värmare och filter, utan fiskar. {price}.", "other", "sale"),
    ("Trädgårdsredskap", "Spade, grep och kratta, begagnade. {price}.", "other", "sale"),
    ("Köpes: stort terrarium", "Söker glasterrarium från 90 cm.", "other", "wanted"),
    ("Blomkrukor skänkes", "Ca 30 plastkrukor, hämtas i {place}.", "other", "giveaway"),
    ("Fiskfoder", "Tre burkar flingor. {price}.", "product", "sale"),
    ("Trädgårdshjälp", "Häckklippning och gräsklippning i {place}.", "other", "sale"),
]
HASHTAGS = ["#akvarium", "#trädgårdsdamm", "#terrarium", "#trädgård", "#växter", "#säljes"]
