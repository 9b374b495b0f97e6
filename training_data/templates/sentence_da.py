"""Danish sentence templates: feltnoter, havesnak, faglig prosa, museumsetiketter og nyheder."""

PLACES = ["Nordsjælland", "Ringkøbing Fjord", "Store Bælt", "Vestjylland", "Lille Vildmose", "Sydfyn"]
PERSONS = ["Jens Madsen", "Karen Holm", "professor Lund", "Mette Nielsen", "Søren Kjær"]

ORGS = ["Danmarks Meteorologiske Institut", "Statens Naturhistoriske Museum", "Dansk Ornitologisk Forening",
"Aarhus Universitet", "Danske Bank"]

TEMPLATES = {
    "any": [
        "Det andet fund ({sci}) stammer fra en privat have.",
        "Vært: [{sci}], det. {person}.",
        "{sci} blev første gang fundet i {place} i {year}.",
        "Den nationale artsliste angiver {sci} som etableret i {n} regioner.",
        "Ifølge databasen regnes {sci} nu for at være naturaliseret.",
        "Bestemmelsen som {sci} blev bekræftet med DNA.",
        "Fund af {sci} fra {place} er kontrolleret af {person}.",
        "Vi kunne ikke genfinde {sci} på den anden lokalitet.",
        "Etiket: {sci}, leg. {person}, {year}.",
    ],
    "plant": [
        "{sci} blomstrer fra maj til juli på tørre skrænter.",
        "I weekenden plantede jeg endelig {sci} ved havedammen.",
        "Frøene af {sci} spirer bedst efter en kold periode.",
    ],
    "animal": [
        "{sci} er mest aktiv i skumringen.",
        "To unge individer af {sci} blev fanget ved havnen.",
        "Voksne individer af {sci} bliver omkring {n} cm lange.",
    ],
    "pair": [
        "{sci} og {sci2} blev fundet på samme lokalitet.",
        "I modsætning til {sci} tåler {sci2} brakvand.",
        "Ældre forfattere forvekslede ofte {sci} med {sci2}.",
    ],
    "abbrev": [
        "{sci} er almindelig her, og {abbr} blev også noteret længere mod nord.",
        "Vi sammenlignede {sci} med beslægtede arter; {abbr} adskiller sig på flere punkter.",
    ],
    "vernacular": [
        "{vern} ({sci}) breder sig langs åbredden.",
        "I daglig tale hedder den {vern}, botanikere kalder den {sci}.",
        "{vern} sælges stadig i nogle havecentre trods advarsler.",
    ],
    "fossil": [
        "Museumsetiket: {sci}, subfossile knogler, indsamlet {year}.",
        "Rester af den uddøde art {sci} blev fundet ved {place}.",
    ],
    "none": [
        "I {year} åbnede {org} et kontor i {place}.",
        "{person} har arbejdet for {org} siden {year}.",
        "Mere end {n} frivillige hjalp til ved Byfesten i {place}.",
        "Kraftig regn lukkede flere veje omkring {place} fredag.",
        "Ifølge {org} stiger priserne næste år.",
        "Byrådet mødtes tirsdag aften.",
        "Tusindvis af mennesker besøgte Den Gamle By i julen.",
        "{person} talte om vandforvaltning på konferencen.",
        "Vores hold søger to feltassistenter til sommeren.",
        "Danmarks Radio sendte en udsendelse om Nordatlanten.",
        "Sankt Hans blev fejret med bål på stranden.",
    ],
}
