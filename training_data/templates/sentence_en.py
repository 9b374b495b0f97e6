"""English sentence templates: field notes, garden talk, scientific prose, museum labels and news."""

PLACES = ["Norfolk", "the Severn estuary", "New Brunswick", "South Wales", "the Lake District", "Cape Cod",
          "Long Island", "Port Talbot", "Rhode Island"]
PERSONS = ["Margaret Hill", "Dr Ellis", "James Whitfield", "Sarah O'Neill", "Professor Grant", "Tom Hardy"]

ORGS = ["the National Trust", "the Royal Horticultural Society", "Natural England", "the Met Office",
"Oxford University Press"]

TEMPLATES = {
    "any": [
        "The second record ({sci}) came from a private garden.",
        "Host: [{sci}], det. {person}.",
        "{sci} was recorded for the first time in {place} in {year}.",
        "The national checklist lists {sci} as naturalised in {n} counties.",
        "In our samples, {sci} made up about {n} per cent of all records.",
        "Records of {sci} from {place} were checked by {person}.",
        "We could not confirm the presence of {sci} at the second site.",
        "According to the regional database, {sci} is now considered established.",
        "The identity of the material as {sci} was confirmed by barcoding.",
        "Our survey found no trace of {sci} this year, which surprised everyone.",
        "Label: {sci}, leg. {person}, {year}.",
        "Is {sci} really as widespread as the older literature suggests?",
    ],
    "plant": [
        "{sci} flowers from May to July on dry, sunny slopes.",
        "I finally planted {sci} next to the pond last weekend.",
        "The seeds of {sci} germinate best after a cold spell.",
        "A dense stand of {sci} now covers the railway embankment.",
        "Herbarium sheets of {sci} from {place} date back to {year}.",
    ],
    "animal": [
        "{sci} feeds mainly at dusk and rests during the day.",
        "Two juveniles of {sci} were caught near the harbour wall.",
        "Adults of {sci} reach a length of about {n} cm.",
        "Breeding pairs of {sci} were counted in early spring.",
        "The diet of {sci} consists largely of small invertebrates.",
    ],
    "pair": [
        "{sci} and {sci2} were both found at the same site.",
        "Unlike {sci}, {sci2} tolerates brackish water.",
        "Earlier authors often confused {sci} with {sci2}.",
        "The table compares {sci} [left] and {sci2} [right].",
    ],
    "abbrev": [
        "{sci} is common here, and {abbr} was also noted further north.",
        "We compared {sci} with its relatives; {abbr} differs in several characters.",
        "Material of {abbr} from the same locality was also examined.",
    ],
    "vernacular": [
        "The {vern} ({sci}) is spreading along the river banks.",
        "Locals call it {vern}, but botanists know it as {sci}.",
        "We saw a {vern} near the footbridge this morning.",
        "{vern} is still sold in some garden centres despite repeated warnings.",
    ],
    "fossil": [
        "Museum label: {sci}, subfossil bones, collected {year}.",
        "Remains attributed to the extinct {sci} were found in {place}.",
        "The drawer marked {sci} holds three skulls and a partial skeleton.",
    ],
    "none": [
        "{org} opened a new visitor centre in {place} in {year}.",
        "{person} has joined {org} as head of outreach.",
        "More than {n} volunteers helped {org} at the weekend.",
        "Heavy rain closed several roads around {place} on Friday.",
        "Tickets for the Summer Fair in {place} sell out every year.",
        "{org} and the County Council signed the agreement in {year}.",
        "The council meeting in {place} ended after a long discussion.",
        "New Year celebrations brought thousands of visitors to Market Street.",
        "{person} spoke about water policy at the annual conference.",
        "Visitors to Costa Rica often travel on to Panama City.",
        "The Royal Society published its annual report on Monday.",
        "Ursa Major is easy to find on a clear winter night.",
        "Rainfall in Western Australia was below average last winter.",
        "Our team in {place} is hiring two field assistants for the summer.",
    ],
}
