"""Polish sentence templates: notatki terenowe, rozmowy ogrodnicze, tekst naukowy, etykiety muzealne, wiadomości.

Latin names do not decline in Polish prose; vernacular names stand where the nominative is correct.
"""

PLACES = ["Zielona Góra", "Nowy Sącz", "Jelenia Góra", "Biała Podlaska", "Gorzów Wielkopolski"]
PERSONS = ["Jan Kowalski", "Piotr Nowak", "prof. Zieliński", "Tomasz Wójcik", "Marek Lewandowski"]

ORGS = ["Polski Związek Wędkarski", "Instytut Meteorologii", "Uniwersytet Jagielloński", "Polskie Koleje Państwowe",
"Lasy Państwowe"]

TEMPLATES = {
    "any": [
        "Drugie stwierdzenie ({sci}) pochodzi z prywatnego ogrodu.",
        "Żywiciel: [{sci}], det. {person}.",
        "Gatunek {sci} po raz pierwszy odnotowano w {year} roku (stanowisko: {place}).",
        "Lista regionalna podaje {sci} jako gatunek zadomowiony w {n} województwach.",
        "Według bazy danych {sci} uważa się obecnie za gatunek zadomowiony.",
        "Oznaczenie jako {sci} potwierdziła analiza DNA.",
        "Stwierdzenia gatunku {sci} z okolic miejscowości {place} zweryfikował {person}.",
        "Na drugim stanowisku nie udało się potwierdzić obecności gatunku {sci}.",
        "Etykieta: {sci}, leg. {person}, {year}.",
    ],
    "plant": [
        "{sci} kwitnie od maja do lipca na suchych zboczach.",
        "W zeszły weekend w końcu posadziłem {sci} przy oczku wodnym.",
        "Nasiona gatunku {sci} najlepiej kiełkują po okresie chłodu.",
        "Gęsty płat gatunku {sci} porasta teraz nasyp kolejowy.",
    ],
    "animal": [
        "{sci} jest aktywny głównie o zmierzchu.",
        "W porcie złowiono dwa młode osobniki gatunku {sci}.",
        "Dorosłe osobniki gatunku {sci} osiągają około {n} cm długości.",
    ],
    "pair": [
        "{sci} i {sci2} znaleziono na tym samym stanowisku.",
        "W przeciwieństwie do gatunku {sci}, {sci2} znosi wodę słonawą.",
        "Dawni autorzy często mylili {sci} z {sci2}.",
    ],
    "abbrev": [
        "{sci} jest tu pospolity, a {abbr} notowano też dalej na północ.",
        "Porównaliśmy {sci} z gatunkami pokrewnymi; {abbr} różni się kilkoma cechami.",
    ],
    "vernacular": [
        "{vern} ({sci}) rozprzestrzenia się wzdłuż brzegów rzeki.",
        "Potoczna nazwa to {vern}, botanicy mówią o gatunku {sci}.",
        "{vern} – mimo ostrzeżeń ten gatunek jest nadal sprzedawany w niektórych centrach ogrodniczych.",
    ],
    "fossil": [
        "Etykieta muzealna: {sci}, kości subfosylne, zebrane w {year} roku.",
        "Szczątki wymarłego gatunku {sci} znaleziono w pobliżu miejscowości {place}.",
    ],
    "none": [
        "W {year} roku instytucja {org} otworzyła biuro w mieście {place}.",
        "{person} pracuje od {year} roku w instytucji {org}.",
        "Ponad {n} wolontariuszy pomagało przy Dniach Miasta.",
        "Ulewny deszcz zamknął w piątek kilka dróg w okolicy.",
        "Według instytucji {org} ceny wzrosną w przyszłym roku.",
        "Rada Miasta zebrała się we wtorek wieczorem.",
        "Tysiące ludzi odwiedziło w święta Stare Miasto.",
        "{person} mówił na konferencji o gospodarce wodnej.",
        "Nasz zespół szuka dwóch asystentów terenowych na lato.",
        "Wielka Brytania i Nowa Zelandia zaostrzyły przepisy.",
        "Polskie Radio nadało reportaż o Morskim Oku.",
    ],
}
