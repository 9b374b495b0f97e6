"""Polish marketplace listing templates.

Polish nouns decline, so names stand after a colon or dash or at the start of a title, where the
nominative that the taxonomy stores is correct.
"""

# Prices are drawn in euro-sized units; this converts them to the local currency, roughly.
PRICE_SCALE = 4
PRICES = ["{n} zł", "{n} PLN", "{n},00 zł", "{n}zł"]
PLACES = ["Kraków", "Wrocław", "Poznań", "Gdańsk", "Łódź", "Lublin", "Katowice", "Szczecin", "Toruń", "Rzeszów"]
SPECIES_LINE = ["Gatunek: {name}", "Nazwa łacińska: {latin}", "Chodzi o: {name}"]

# A title marked with WATER suits only aquarium and pond offers.
WATER = ("aquarium", "pond_animal", "aquatic_plant", "turtle")
TITLES = {
    "sale": ["Sprzedam: {name}", "{name} – {price}", "{name} na sprzedaż", "{name} z własnej hodowli",
    "{name}, {count} szt.",
             "{name} ({place})", "Okazja! {name}", ("{name} do oczka wodnego", WATER), "{name} – wysyłka OLX",
             "Sprzedam {count} szt. – {name}"],
    "wanted": ["Kupię: {name}", "Szukam: {name}", "Poszukuję – {name}", "{name} – kupię, {place}"],
    "giveaway": ["Oddam za darmo: {name}", "Oddam: {name}", "{name} – oddam w dobre ręce", "Za darmo – {name}"],
}
INTROS = {
    "sale": ["Sprzedam {count} szt., gatunek: {name}.", "Mam na sprzedaż: {name}.", "Z własnej hodowli: {name}.",
             "Z braku czasu sprzedam: {name}.", "Dostępne od ręki: {name}, {count} szt.",
             "Zostało jeszcze {count} szt. – {name}."],
    "wanted": ["Szukam {count} szt. – {name}.", "Czy ktoś ma na sprzedaż: {name}?", "Kupię od zaraz: {name}."],
    "giveaway": ["Oddam w dobre ręce: {name}.", "Za darmo oddam {count} szt. – {name}.",
    "Nie mam już czasu, oddam: {name}."],
}
DETAILS = {
    "turtle": ["Pancerz ok. {size} cm.", "Je granulat i warzywa.", "Bardzo aktywny."],
    "terrarium": ["Je bez problemu.", "Urodzony w niewoli w {year}.", "Długość ok. {size} cm."],
    "aquarium": ["Trzymane w 24 stopniach w akwarium z roślinami.", "Wielkość ok. {size} cm.",
    "Jedzą płatki i mrożonki.",
                 "Możliwa wysyłka w styropianie z grzałką."],
    "pond_animal": ["Idealne do oczka wodnego.", "Ok. {size} cm, zimują na zewnątrz.", "Proszę zabrać wiaderko."],
    "mammal": ["Bardzo oswojony.", "Klatka w zestawie.", "Ok. {age} lata, bardzo łagodny.", "Samiec i samica."],
    "park_mammal": ["Hodowane na dużym wybiegu.", "Kilka sztuk do wyboru.", "Transport do uzgodnienia."],
    "waterfowl": ["Obrączkowany, wyklucie {year}.", "Para do wzięcia.", "Tylko dla osób ze stawem."],
    "cagebird": ["Obrączkowany, wyklucie {year}.", "Ręcznie karmiony, bardzo oswojony.", "Z klatką."],
    "ants": ["Królowa z ok. {count}0 robotnicami.", "Kolonia w probówce."],
    "aquatic_plant": ["Szybko rośnie, dobrze natlenia wodę.", "Pęczki ok. {size} cm.", "Z mojego akwarium.",
                      "Do oczka i akwarium."],
    "garden_plant": ["Silna roślina w doniczce {size} cm.", "Mrozoodporna i szybko rośnie.", "Wysokość ok. {size} cm."],
}
PROPAGULE_UNITS = {"seeds": ["nasiona", "torebki nasion"], "cuttings": ["sadzonki", "kawałki kłącza"],
                   "eggs": ["jaja wylęgowe", "skrzek"], "spores": ["zarodniki"]}
PROPAGULE_TITLES = {"sale": ["{unit}: {name}", "{name} – {unit}, {price}", "Sprzedam {unit} – {name}"],
                    "wanted": ["Kupię {unit} – {name}"], "giveaway": ["Oddam {unit} – {name}"]}
PROPAGULE_DETAILS = {"seeds": ["Zbiór {year}.", "Dobra kiełkowalność.", "Ok. {count}0 nasion w torebce."],
                     "cuttings": ["Łatwo ukorzeniają się w wodzie.", "Każdy kawałek ok. {size} cm."],
                     "eggs": ["Zebrane w tym tygodniu.", "Dobrze zapakowane."],
                     "spores": ["Wysiewać na wilgotne podłoże."]}
LOGISTICS = {
    "sale": ["Cena: {price}.", "{price}/szt., do negocjacji.", "Odbiór osobisty – {place}.", "Wysyłka za {price}.",
             "Płatność gotówką przy odbiorze."],
    "wanted": ["Zapłacę do {price}.", "Lokalizacja: {place}.", "Pokryję koszty wysyłki."],
    "giveaway": ["Za darmo, odbiór osobisty – {place}.", "Tylko w dobre ręce."],
}
CLOSINGS = ["Proszę o kontakt na priv.", "Więcej zdjęć na życzenie.", "Bez zamiany.", "Zapraszam!"]
ALSO = ["Mam też: {other}.", "Mogę dołożyć: {other}."]
PRODUCTS = {
    "fur": [("Futro – {name}, rozmiar {size}", "Naturalne futro: {name}. Założone dwa razy, {price}."),
            ("Czapka futrzana – {name}", "Ciepła czapka, futro: {name}. {price}.")],
    "seafood": [("Mrożone ogony rakowe – {name}, 1 kg", "Gotowane i mrożone: {name}. {price} za kilogram.")],
    "taxidermy": [("Preparat: {name}", "Wypchane zwierzę ({name}) na drewnianej podstawie. {price}.")],
    "extract": [("Proszek z korzenia – {name}, 500 g", "Suszony i mielony korzeń ({name}). {price}.")],
    "basket": [("Kosz pleciony – {name}", "Ręcznie pleciony kosz z suszonej rośliny ({name}). {price}.")],
    "dried": [("Suszki: {name}", "10 suszonych kłosów ({name}) do wazonu, bez żywych roślin. {price}.")],
    "toy": [("Pluszak – {name}", "Maskotka ({name}), nowa z metką. {price}."),
            ("Figurka – {name}", "Figurka z żywicy ({name}), 12 cm. {price}.")],
    "book": [("Książka – {name}", "Książka o gatunku {name}, jak nowa. {price}.")],
}
EQUIPMENT = {
    "turtle": [("Akwaterrarium z filtrem", "Samo akwaterrarium, bez zwierząt. Mieszkał w nim: {name}. {price}.")],
    "aquarium": [("Akwarium 200 l, puste", "Akwarium z pokrywą i filtrem, bez ryb ({name} już oddane). {price}.")],
    "mammal": [("Duża klatka", "Klatka dla zwierzęcia ({name}), bez zwierzęcia. {price}.")],
}
SERVICES = {
    "plant": [("Usuwanie: {name}", "Profesjonalne usuwanie ({name}). Lokalizacja: {place} i okolice. Darmowa wycena.")],
    "animal": [("Zwalczanie szkodników – {name}", "Zwalczanie ({name}). Cena do uzgodnienia.")],
}
NEWS = [("Uwaga: {name} – {place}", "Zauważono: {name}. Miejsce: {place}. Prosimy o zgłaszanie."),
        ("Info: {name}", "{name} to gatunek inwazyjny; sprzedaż i wypuszczanie są zabronione."),
        ("Widziane dzisiaj: {name}", "Nad rzeką, {place}: {name}. Ktoś jeszcze widział?")]
LOST = [("ZAGINĄŁ: {name}, {place}", "Wczoraj uciekł: {name}. Nagroda!"),
        ("Znaleziono: {name}", "W moim ogrodzie ({place}) pojawił się: {name}. Czyj to?")]
NEGATION = [("{offered} na sprzedaż", "Sprzedam: {offered}. To nie jest {listed}, który jest zakazany."),
            ("{offered} – NIE {listed}", "Często pytacie: to {offered}, a nie {listed}. {price}.")]
ALTERNATIVE = [("{offered} – legalna alternatywa dla: {listed}", "Posadź {offered} zamiast: {listed}. {price}.")]
NO_SPECIES = [
    ("Akwarium 60 l z pokrywą", "Komplet z grzałką i filtrem, bez ryb. {price}.", "other", "sale"),
    ("Narzędzia ogrodowe", "Szpadel, widły i grabie, używane. {price}.", "other", "sale"),
    ("Kupię duże terrarium", "Szukam szklanego terrarium od 90 cm.", "other", "wanted"),
    ("Oddam doniczki", "Ok. 30 plastikowych doniczek, odbiór – {place}.", "other", "giveaway"),
    ("Pokarm dla ryb", "Trzy puszki płatków. {price}.", "product", "sale"),
    ("Usługi ogrodnicze", "Przycinanie żywopłotów, koszenie trawy. {place} i okolice.", "other", "sale"),
]
HASHTAGS = ["#akwarystyka", "#oczkowodne", "#terrarystyka", "#ogród", "#rośliny", "#sprzedam"]
