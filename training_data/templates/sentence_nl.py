"""Dutch sentence templates: veldnotities, tuinpraat, wetenschappelijk proza, museumlabels en nieuws."""

PLACES = ["Den Haag", "Sint-Niklaas", "Bergen op Zoom", "de Hoge Veluwe", "Zeeuws-Vlaanderen", "Den Helder"]
PERSONS = ["Jan de Vries", "Els Peeters", "professor Bakker", "Marieke Jansen", "Dirk Claes"]

ORGS = ["Natuurmonumenten", "het KNMI", "Staatsbosbeheer", "de Universiteit Gent", "de Nederlandse Spoorwegen"]

TEMPLATES = {
    "any": [
        "De tweede waarneming ({sci}) kwam uit een particuliere tuin.",
        "Waardplant: [{sci}], det. {person}.",
        "{sci} werd in {year} voor het eerst waargenomen bij {place}.",
        "De landelijke soortenlijst noemt {sci} gevestigd in {n} provincies.",
        "Volgens de databank geldt {sci} inmiddels als ingeburgerd.",
        "De determinatie als {sci} werd met DNA bevestigd.",
        "Waarnemingen van {sci} rond {place} zijn gecontroleerd door {person}.",
        "Op de tweede locatie konden we {sci} niet terugvinden.",
        "Etiket: {sci}, leg. {person}, {year}.",
        "Is {sci} echt zo algemeen als oudere bronnen beweren?",
    ],
    "plant": [
        "{sci} bloeit van mei tot juli op droge hellingen.",
        "Vorig weekend heb ik eindelijk {sci} bij de vijver geplant.",
        "De zaden van {sci} kiemen het best na een koude periode.",
        "Een dichte begroeiing van {sci} bedekt nu de spoordijk.",
    ],
    "animal": [
        "{sci} is vooral in de schemering actief.",
        "In de haven werden twee jonge exemplaren van {sci} gevangen.",
        "Volwassen dieren van {sci} worden ongeveer {n} cm lang.",
        "In het voorjaar werden de broedparen van {sci} geteld.",
    ],
    "pair": [
        "{sci} en {sci2} werden op dezelfde plek gevonden.",
        "Anders dan {sci} verdraagt {sci2} ook brak water.",
        "Oudere auteurs verwarden {sci} vaak met {sci2}.",
    ],
    "abbrev": [
        "{sci} is hier algemeen, en ook {abbr} werd verder noordelijk genoteerd.",
        "We vergeleken {sci} met verwante soorten; {abbr} verschilt in meerdere kenmerken.",
        "Materiaal van {abbr} van dezelfde vindplaats werd ook onderzocht.",
    ],
    "vernacular": [
        "De {vern} ({sci}) breidt zich uit langs de oevers.",
        "In de volksmond heet hij {vern}, botanici spreken van {sci}.",
        "Vanochtend zagen we bij de brug een {vern}.",
        "{vern} wordt ondanks waarschuwingen nog in tuincentra verkocht.",
    ],
    "fossil": [
        "Museumlabel: {sci}, subfossiele botten, verzameld in {year}.",
        "Resten van de uitgestorven soort {sci} werden bij {place} gevonden.",
    ],
    "none": [
        "In {year} opende {org} een kantoor in {place}.",
        "{person} werkt sinds {year} voor {org}.",
        "Meer dan {n} vrijwilligers hielpen bij de Koningsdag in {place}.",
        "Zware regen sloot vrijdag meerdere wegen rond {place}.",
        "Volgens {org} stijgen de prijzen volgend jaar.",
        "De kaartjes voor het Zomerfestival in {place} waren snel uitverkocht.",
        "De Tweede Kamer stemde dinsdag in met de nieuwe begroting.",
        "Veel bezoekers kwamen naar de Open Monumentendag in {place}.",
        "{person} sprak op het congres over waterbeheer.",
        "Ons team in {place} zoekt twee veldassistenten.",
        "Het Rijksmuseum Amsterdam trok vorig jaar een recordaantal bezoekers.",
        "Noord-Brabant kende een natte zomer.",
    ],
}
