"""Latin sentence templates: diagnoses, herbarium labels, notes in the old style, and plain Latin prose.

The negative sentences are ordinary Latin. Their capitalised first word followed by a lower-case word
has the shape of a binomial, so a tagger learns that "Agricolae in agris" is not a name. Names are in
the nominative, or follow "species" or "sub nomine", where Latin leaves them undeclined.
"""

PLACES = ["Gallia Narbonensis", "Germania Inferior", "Hispania Citerior", "Insula Britannia", "Mons Albanus"]
PERSONS = ["Carolus Magnus", "Iulius Niger", "Petrus Albus", "Marcus Valerius", "Titus Claudius"]

# Word lists for the plain-prose negatives: a capitalised subject followed by lower-case words has
# the shape of a binomial without being one.
WORDS = {
    "subject": ["Agricola", "Nauta", "Puella", "Miles", "Mercator", "Poeta", "Magister", "Servus", "Medicus", "Regina",
                "Pastor", "Iudex"],
    "action": ["aquam e fonte portat", "epistulam longam scribit", "fabulam pueris narrat", "in foro ambulat",
               "librum antiquum legit", "in horto laborat", "amicum exspectat", "portam claudit", "cenam parat",
               "viam peregrinis monstrat"],
    "adverb": ["hodie", "cotidie", "mane", "vesperi", "saepe", "nunc", "iterum", "libenter"],
    "companion": ["frater", "soror", "uxor", "filius", "amicus", "vicinus"],
}

TEMPLATES = {
    "any": [
        "Specimen alterum ({sci}) ex horto privato venit.",
        "Hospes: [{sci}], det. {person}.",
        "Species {sci} anno {year} primum inventa est (locus: {place}).",
        "In indice regionali {sci} inter species advenas numeratur.",
        "Specimina sub nomine {sci} in museo asservantur.",
        "Schedula: {sci}, leg. {person}, {year}.",
        "Auctores recentiores {sci} ut speciem propriam agnoscunt.",
        "Nomen {sci} a pluribus auctoribus usurpatum est.",
        "Hic locus typicus speciei {sci} esse videtur.",
    ],
    "plant": [
        "Planta {sci} in ripis fluminum et in pratis humidis crescit.",
        "{sci} floret mense Maio et Iunio.",
        "Folia speciei {sci} alterna, margine serrata.",
        "Semina speciei {sci} post hiemem facile germinant.",
    ],
    "animal": [
        "Animal {sci} noctu vagatur et interdiu latet.",
        "{sci} in aquis dulcibus vivit.",
        "Adulti speciei {sci} circiter {n} centimetra longi sunt.",
    ],
    "pair": [
        "{sci} et {sci2} eodem loco reperiuntur.",
        "Species {sci} a specie {sci2} foliis angustioribus differt.",
        "Auctores antiqui {sci} cum {sci2} saepe confuderunt.",
    ],
    "abbrev": [
        "{sci} hic frequens est; {abbr} etiam ad septentriones observata est.",
        "Specimina speciei {abbr} ex eodem loco etiam examinata sunt.",
    ],
    "vernacular": [],
    "fossil": [
        "Schedula musei: {sci}, ossa subfossilia, anno {year} collecta.",
        "Reliquiae speciei exstinctae {sci} inventae sunt (locus: {place}).",
    ],
    "none": [
        "{subject} {adverb} {action}.",
        "{subject} {action}, sed {companion} domi manet.",
        "{person} {adverb} {action}.",
        "Anno {year} {subject_lower} in urbem rediit.",
        "Agricolae in agris laborant et vesperi domum redeunt.",
        "Magister pueris fabulam longam narrat.",
        "Urbs antiqua muris altis cingitur.",
        "Marcus Valerius epistulam ad amicum scripsit.",
        "Nautae fortes per mare procellosum navigant.",
        "Puella rosam pulchram in horto invenit.",
        "Senatus populusque Romanus legem novam probavit.",
        "Hieme nix montes altos tegit.",
    ],
}
