"""Czech marketplace listing templates.

Czech nouns decline, so names stand after a colon or dash or at the start of a title, in the
nominative that the taxonomy stores, and places follow "lokalita:" rather than a preposition.
"""

# Prices are drawn in euro-sized units; this converts them to the local currency, roughly.
PRICE_SCALE = 25
PRICES = ["{n} Kč", "{n},- Kč", "{n} CZK"]
PLACES = ["Praha", "Brno", "Ostrava", "Plzeň", "Olomouc", "Liberec", "Zlín", "Pardubice", "Jihlava", "Kolín"]
SPECIES_LINE = ["Druh: {name}", "Latinský název: {latin}", "Jedná se o: {name}"]

# A title marked with WATER suits only aquarium and pond offers.
WATER = ("aquarium", "pond_animal", "aquatic_plant", "turtle")
TITLES = {
    "sale": ["Prodám: {name}", "{name} – {price}", "{name} na prodej", "{name} z vlastního odchovu",
    "{name}, {count} ks",
             "{name} (lokalita: {place})", "Levně: {name}", ("{name} do jezírka", WATER), "{name} – odběr osobně",
             "Nabízím: {name}"],
    "wanted": ["Koupím: {name}", "Hledám: {name}", "Sháním – {name}", "{name} – koupím, lokalita: {place}"],
    "giveaway": ["Daruji: {name}", "Zdarma – {name}", "{name} – daruji do dobrých rukou", "Za odvoz: {name}"],
}
INTROS = {
    "sale": ["Prodám {count} ks – {name}.", "Nabízím z vlastního odchovu: {name}.", "K dispozici ihned: {name}.",
             "Z časových důvodů prodám: {name}.", "Zbývá ještě {count} ks – {name}.", "Prodávám: {name}, zdravé."],
    "wanted": ["Hledám {count} ks – {name}.", "Nemáte někdo na prodej: {name}?", "Koupím ihned: {name}."],
    "giveaway": ["Daruji do dobrých rukou: {name}.", "Zdarma daruji {count} ks – {name}.",
    "Už nemám čas, daruji: {name}."],
}
DETAILS = {
    "turtle": ["Krunýř cca {size} cm.", "Žere granule a zeleninu.", "Velmi čilá."],
    "terrarium": ["Žere bez problémů.", "Odchov v zajetí {year}.", "Délka cca {size} cm."],
    "aquarium": ["Chováno při 24 °C v osázeném akváriu.", "Velikost cca {size} cm.", "Žerou vločky a mražené krmivo.",
                 "Možné zaslání v polystyrenovém boxu."],
    "pond_animal": ["Ideální do zahradního jezírka.", "Cca {size} cm, přezimují venku.", "Vezměte si kbelík."],
    "mammal": ["Velmi ochočený.", "Klec v ceně.", "Cca {age} roky, mazlivý.", "Samec i samice."],
    "park_mammal": ["Chov ve velké ohradě.", "Více kusů na výběr.", "Doprava po dohodě."],
    "waterfowl": ["Kroužkovaný, líhnutí {year}.", "Pár k odběru.", "Jen k někomu s rybníčkem."],
    "cagebird": ["Kroužkovaný, líhnutí {year}.", "Ručně dokrmovaný, velmi krotký.", "I s klecí."],
    "ants": ["Královna s cca {count}0 dělnicemi.", "Kolonie ve zkumavce."],
    "aquatic_plant": ["Rychle roste, dobře okysličuje.", "Svazky cca {size} cm.", "Z mého akvária.",
    "Do jezírka i akvária."],
    "garden_plant": ["Silná rostlina v květináči {size} cm.", "Mrazuvzdorná a rychle roste.", "Výška cca {size} cm."],
}
PROPAGULE_UNITS = {"seeds": ["semena", "sáčky semen"], "cuttings": ["řízky", "kousky oddenku"],
"eggs": ["násadová vejce"],
                   "spores": ["výtrusy"]}
PROPAGULE_TITLES = {"sale": ["{unit}: {name}", "{name} – {unit}, {price}", "Prodám {unit} – {name}"],
                    "wanted": ["Koupím {unit} – {name}"], "giveaway": ["Daruji {unit} – {name}"]}
PROPAGULE_DETAILS = {"seeds": ["Sklizeň {year}.", "Dobrá klíčivost.", "Cca {count}0 semen v sáčku."],
                     "cuttings": ["Snadno koření ve vodě.", "Každý kousek cca {size} cm."],
                     "eggs": ["Sebraná tento týden.", "Pečlivě zabalená."], "spores": ["Vysévat na vlhký substrát."]}
LOGISTICS = {
    "sale": ["Cena: {price}.", "{price}/ks, dohoda možná.", "Osobní odběr, lokalita: {place}.", "Zaslání za {price}.",
             "Platba hotově při předání."],
    "wanted": ["Zaplatím až {price}.", "Lokalita: {place}.", "Poštovné uhradím."],
    "giveaway": ["Zdarma, osobní odběr, lokalita: {place}.", "Jen do dobrých rukou."],
}
CLOSINGS = ["Pište do zpráv.", "Další foto na vyžádání.", "Nevyměňuji.", "Děkuji za zájem!"]
ALSO = ["Mám také: {other}.", "Můžu přidat: {other}."]
PRODUCTS = {
    "fur": [("Kožich – {name}, vel. {size}", "Pravá kožešina: {name}. Nošený dvakrát, {price}."),
            ("Kožešinová čepice – {name}", "Teplá čepice, kožešina: {name}. {price}.")],
    "seafood": [("Mražené račí ocasy – {name}, 1 kg", "Vařené a zmražené: {name}. {price} za kilo.")],
    "taxidermy": [("Preparát: {name}", "Vycpané zvíře ({name}) na dřevěném podstavci. {price}.")],
    "dried": [("Sušené květiny: {name}", "10 sušených lat ({name}) do vázy, žádné živé rostliny. {price}.")],
    "toy": [("Plyšák – {name}", "Plyšová hračka ({name}), nová s visačkou. {price}.")],
    "book": [("Kniha – {name}", "Kniha o druhu {name}, jako nová. {price}.")],
}
EQUIPMENT = {
    "turtle": [("Akvaterárium s filtrem", "Jen akvaterárium, bez zvířat. Bydlel v něm: {name}. {price}.")],
    "aquarium": [("Akvárium 200 l, prázdné", "Akvárium s krytem a filtrem, bez ryb ({name} už odešly). {price}.")],
}
SERVICES = {
    "plant": [("Likvidace: {name}", "Odborné odstranění ({name}). Lokalita: {place} a okolí. Cenová nabídka zdarma.")],
    "animal": [("Deratizace a odchyt – {name}", "Odchyt ({name}). Cena dohodou.")],
}
NEWS = [("Pozor: {name} – {place}", "Byl zaznamenán výskyt ({name}), lokalita: {place}. Prosíme o hlášení."),
        ("Info: {name}", "{name} je invazní nepůvodní druh, prodej a vypouštění jsou zakázány."),
        ("Dnes viděno: {name}", "U řeky, lokalita {place}: {name}. Viděl to ještě někdo?")]
LOST = [("ZTRATIL SE: {name}, {place}", "Včera utekl: {name}. Odměna!"),
        ("Nalezeno: {name}", "Na naší zahradě ({place}) se objevil: {name}. Čí je?")]
NEGATION = [("{offered} na prodej", "Prodám: {offered}. Není to {listed}, ten je zakázaný."),
            ("{offered} – NE {listed}", "Často se ptáte: je to {offered}, ne {listed}. {price}.")]
ALTERNATIVE = [("{offered} – povolená náhrada za: {listed}", "Vysaďte {offered} místo: {listed}. {price}.")]
NO_SPECIES = [
    ("Akvárium 60 l s krytem", "Komplet s topítkem a filtrem, bez ryb. {price}.", "other", "sale"),
    ("Zahradní nářadí", "Rýč, vidle a hrábě, použité. {price}.", "other", "sale"),
    ("Koupím velké terárium", "Hledám skleněné terárium od 90 cm.", "other", "wanted"),
    ("Daruji květináče", "Cca 30 plastových květináčů, odběr – {place}.", "other", "giveaway"),
    ("Krmivo pro ryby", "Tři dózy vloček. {price}.", "product", "sale"),
    ("Zahradnické práce", "Stříhání živých plotů a sekání trávy, {place} a okolí.", "other", "sale"),
]
HASHTAGS = ["#akvaristika", "#jezirko", "#teraristika", "#zahrada", "#rostliny", "#prodam"]
