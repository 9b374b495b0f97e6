"""Norwegian (Bokmål) sentence templates: feltnotater, hageprat, fagprosa, museumsetiketter og nyheter."""

PLACES = ["Nord-Trøndelag", "Indre Østfold", "Vestre Toten", "Sør-Varanger", "Hardangervidda", "Lofoten"]
PERSONS = ["Ola Nordmann", "Kari Haugen", "professor Berg", "Ingrid Dahl", "Per Solberg"]

ORGS = ["Meteorologisk Institutt", "Naturhistorisk Museum", "Universitetet i Bergen", "Den Norske Turistforening",
"Statens Vegvesen"]

TEMPLATES = {
    "any": [
        "Det andre funnet ({sci}) kom fra en privat hage.",
        "Vert: [{sci}], det. {person}.",
        "{sci} ble første gang funnet i {place} i {year}.",
        "Den nasjonale artslisten oppgir {sci} som etablert i {n} fylker.",
        "Ifølge databasen regnes {sci} nå som naturalisert.",
        "Bestemmelsen som {sci} ble bekreftet med DNA.",
        "Funn av {sci} fra {place} er kontrollert av {person}.",
        "Vi fant ikke igjen {sci} på den andre lokaliteten.",
        "Etikett: {sci}, leg. {person}, {year}.",
    ],
    "plant": [
        "{sci} blomstrer fra mai til juli i tørre skråninger.",
        "I helgen plantet jeg endelig {sci} ved dammen.",
        "Frøene av {sci} spirer best etter en kald periode.",
    ],
    "animal": [
        "{sci} er mest aktiv i skumringen.",
        "To unge individer av {sci} ble fanget ved havna.",
        "Voksne individer av {sci} blir omkring {n} cm lange.",
    ],
    "pair": [
        "{sci} og {sci2} ble funnet på samme lokalitet.",
        "I motsetning til {sci} tåler {sci2} brakkvann.",
        "Eldre forfattere forvekslet ofte {sci} med {sci2}.",
    ],
    "abbrev": [
        "{sci} er vanlig her, og {abbr} ble også notert lenger nord.",
        "Vi sammenlignet {sci} med nærstående arter; {abbr} skiller seg ut på flere punkter.",
    ],
    "vernacular": [
        "{vern} ({sci}) sprer seg langs elvebredden.",
        "I dagligtale heter den {vern}, botanikere kaller den {sci}.",
        "{vern} selges fortsatt i enkelte hagesentre til tross for advarsler.",
    ],
    "fossil": [
        "Museumsetikett: {sci}, subfossile knokler, samlet inn {year}.",
        "Rester av den utdødde arten {sci} ble funnet ved {place}.",
    ],
    "none": [
        "I {year} åpnet {org} et kontor i {place}.",
        "{person} har jobbet for {org} siden {year}.",
        "Mer enn {n} frivillige hjalp til på Byfesten i {place}.",
        "Kraftig regn stengte flere veier rundt {place} fredag.",
        "Ifølge {org} stiger prisene neste år.",
        "Bystyret møttes tirsdag kveld.",
        "Tusenvis av mennesker besøkte Karl Johans gate i helgen.",
        "{person} snakket om vannforvaltning på konferansen.",
        "Vårt lag søker to feltassistenter til sommeren.",
        "Norsk Rikskringkasting sendte et program om Svalbard.",
        "Nye Veier bygger ny motorvei gjennom dalen.",
    ],
}
