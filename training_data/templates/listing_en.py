"""English marketplace listing templates (UK, Irish and US sellers)."""

PRICES = ["£{n}", "£{n}.00", "{n} GBP", "${n}", "€{n}", "{n} quid", "£{n}"]
PLACES = ["Leeds", "Bristol", "Cork", "Glasgow", "Norwich", "Cardiff", "Croydon", "Sheffield", "Belfast", "Exeter",
          "Leicester", "York"]
SPECIES_LINE = ["Species: {name}", "Latin name: {latin}", "What you get: {name}", "ID: {name}"]

TITLES = {
    "sale": [
        "{name} for sale", "{count} x {name} - {price}", "{names} for sale, {place}", "FS: {name}",
        "Healthy {names}, {price} each", "{name} available now", "{name} ({price})", "Selling my {name}",
        "{name} - collection {place}", "Quality {names}", "Beautiful {name} looking for new home, {price}",
        "{names} - bargain!", "{count} {names} ready to go",
    ],
    "wanted": [
        "WTB {name}", "Wanted: {name}", "Looking for {names}", "ISO {name} near {place}", "Anyone selling {names}?",
        "Wanted - {name}, will collect",
    ],
    "giveaway": [
        "Free to good home: {name}", "{name} needs rehoming", "FREE {names}", "Rehoming {count} {names}",
        "{name} free to collector", "Giving away {names} ({place})",
    ],
}

INTROS = {
    "sale": [
        "Selling {count} {names}.", "Up for sale is my {name}.",
        "I have {count} {names} available.", "My own {names} from this year.",
        "Surplus {names} from my own setup.", "Have a few {names} going, {count} left.",
        "Offering {name}, healthy and in good condition.", "Reluctant sale of my {name} due to moving house.",
        "Lovely {name}, around {age} years old.",
    ],
    "wanted": [
        "Looking for {name}, any size considered.", "Hi all, I am after {count} {names}.",
        "Does anyone have {names} for sale? Can collect.", "Wanted: {name}, any size.",
        "After a {name}, please message me with price.",
    ],
    "giveaway": [
        "Free to a good home: {name}.", "My {name} needs a new home as I no longer have time.",
        "Giving away {count} {names}, just want them to go somewhere nice.", "Rehoming {name}, no time wasters please.",
        "Free {names} for anyone who can look after them properly.",
    ],
}

DETAILS = {
    "turtle": ["Roughly {size} cm shell length.", "Eating pellets and greens.", "Comes with basking lamp and UVB tube.",
               "Shell in good condition, very active.", "Hatched {year}."],
    "terrarium": ["Feeding well, no problems.", "Captive bred {year}.", "Can include the vivarium for extra.",
                  "About {size} cm long.", "Calm and easy to handle."],
    "aquarium": [
        "Kept at 24 degrees in a planted tank.", "Size about {size} cm.", "Eats flakes, pellets and frozen food.",
        "Shipped in breather bags with heat pack.", "Tank bred, no wild caught stock.", "All from one clutch, {year}.",
    ],
    "pond_animal": [
        "Perfect for a garden pond.", "Around {size} cm, fully hardy outdoors.", "Kept outside all year round.",
        "Bring a bucket or cool box.", "Netted from my pond this week.",
    ],
    "mammal": [
        "Hand tame and used to being handled.", "Comes with large cage and accessories.", "Vet checked, eating well.",
        "About {age} years old, very friendly.", "Male and female available.", "Born {year}, weaned.",
    ],
    "park_mammal": ["Kept in a large outdoor enclosure.", "Suitable for a farm park or collection.",
                    "Several animals available, {age} years old.", "Transport can be arranged.",
                    "Tagged and vet checked."],
    "waterfowl": ["Closed ringed, {year} hatched.", "Pair available, in an outdoor pen with pond.",
                  "Pinioned, good condition.", "Suitable for a collection with a large pond."],
    "cagebird": ["Closed ringed, {year} hatched.", "Hand reared, very tame.", "Comes with cage if wanted.",
                 "DNA sexed, can post paperwork.", "Sings all day."],
    "ants": [
        "Queen with around {count}0 workers and brood.", "Colony in a test tube setup.", "Formicarium not included.",
        "Fed on sugar water and insects.",
    ],
    "aquatic_plant": [
        "Grown emersed, pest free.", "Fast growing, great for cover and oxygen.", "Each bunch about {size} cm.",
        "Portions from my own tank.", "Sent in damp paper, next day delivery.", "Suitable for ponds and aquaria.",
    ],
    "garden_plant": [
        "Established plant in a {size} cm pot.", "Fully hardy, grows quickly.", "Lovely specimen for the border.",
        "Potted up this spring.", "Bare root, lifted to order.", "Around {size} cm tall.",
    ],
}

PROPAGULE_UNITS = {
    "seeds": ["seeds", "fresh seeds", "seed packets"],
    "cuttings": ["cuttings", "rhizome pieces", "stem cuttings", "runners"],
    "eggs": ["hatching eggs", "fertile eggs", "spawn"],
    "spores": ["spores", "spore packets"],
}
PROPAGULE_TITLES = {
    "sale": ["{count} {unit} of {name}", "{name} {unit} - {price}", "{unit}: {name}",
             "{name} - {count} {unit} for {price}", "Fresh {name} {unit}"],
    "wanted": ["Wanted: {name} {unit}", "Looking for {unit} of {name}"],
    "giveaway": ["Free {name} {unit}", "Spare {unit} of {name}, free"],
}
PROPAGULE_DETAILS = {
    "seeds": ["Harvested {year} from my own plants.", "Germination rate is good.", "Sown in spring, easy to grow.",
              "About {count}0 seeds per packet."],
    "cuttings": ["Root easily in water.", "Each piece about {size} cm.", "Freshly cut this morning.",
                 "Plant straight into soil or a pot."],
    "eggs": ["Collected this week, kept cool.", "Incubate at the usual temperature.", "Posted well packed."],
    "spores": ["Sow onto moist compost.", "Collected {year}."],
}

LOGISTICS = {
    "sale": ["Price {price}.", "{price} each or offers.", "Collection from {place} only.",
             "Can post for {price} extra.", "Cash on collection.", "Courier available, {price} delivery.",
             "Will meet within {km} miles of {place}."],
    "wanted": ["Will pay up to {price}.", "Can travel up to {km} miles.", "Based in {place}.",
               "Happy to pay postage."],
    "giveaway": ["Free, collection from {place}.", "No charge, just want a good home.",
                 "Small donation welcome but not needed.", "Must collect, {place} area."],
}
CLOSINGS = ["Message me for photos.", "No time wasters.", "PM for details.", "Thanks for looking!",
            "First to see will buy.", "Any questions just ask.", "Check my other listings."]
ALSO = ["Also have {other} available.", "Can add some {other} too.", "Plus {other} if wanted."]

PRODUCTS = {
    "fur": [("Vintage {name} fur coat, size {size}", "Real {name} fur coat, worn twice. {price}."),
            ("{name} fur hat", "Warm winter hat made from {name} fur. Great condition, {price}."),
            ("Genuine {name} pelts", "Tanned {name} pelts, ideal for crafts. {price} each."),
            ("Wanted: {name} fur collar", "Looking for a {name} collar to restore an old coat.", "wanted")],
    "seafood": [("Frozen {name} tails 1 kg", "Cooked and frozen {name}, ready to eat. {price} per kilo."),
                ("Boiled {name}, whole", "Whole cooked {name}, frozen in 500 g bags. {price}.")],
    "venison": [("{name} venison", "Diced {name} venison, vacuum packed and frozen. {price} per kg."),
                ("{name} haunch", "Butchered {name} haunch, about 3 kg, frozen. Collection only, {price}.")],
    "frog_legs": [("Frozen {name} legs", "Frozen frog legs from {name}, 1 kg. {price}.")],
    "antlers": [("{name} antlers", "Cast {name} antlers, great for dog chews or decor. {price}.")],
    "taxidermy": [("Taxidermy {name}", "Mounted {name} on a wooden base, old collection. {price}."),
                  ("{name} skull", "Cleaned {name} skull for collectors. {price}.")],
    "extract": [("{name} root powder 500 g", "Dried and ground {name} root. {price}."),
                ("{name} extract capsules", "Supplement made from {name} root, 60 capsules. {price}.")],
    "spice": [("Golpar spice ({name}) 100 g", "Ground seeds of {name}, Persian spice. {price}.")],
    "basket": [("Woven {name} basket", "Handmade basket woven from dried {name}. {price}."),
               ("{name} storage baskets, set of 3", "Natural fibre baskets made of {name}. {price} the set.")],
    "wood": [("{name} wood chips for smoking", "Dried {name} wood, 5 kg bag. {price}."),
             ("Turned bowl, {name} wood", "Hand turned bowl from {name} timber. {price}.")],
    "dried": [("Dried {name} stems", "Bunch of 10 dried {name} plumes for vases. {price}."),
              ("Dried {name} bouquet", "Fluffy dried {name}, no live plants. {price}.")],
    "honey": [("{name} honey 454 g", "Local honey from bees foraging on {name}. {price} a jar.")],
    "toy": [("{name} plush toy", "Soft toy {name}, brand new with tags. {price}."),
            ("{name} figurine", "Resin {name} figure, 12 cm. {price}."),
            ("{name} soap bar", "Handmade soap shaped like a {name}. {price}."),
            ("{name} mug", "Ceramic mug with a {name} design. {price}.")],
    "book": [("Book about the {name}", "Paperback book on the {name} and its spread, like new. {price}."),
             ("{name} poster A2", "Print of a {name}, unframed. {price}.")],
    "bait": [("Frozen {name} for bait", "Dead {name}, frozen, good for predator fishing. {price} a bag.")],
}
EQUIPMENT = {
    "turtle": [("Turtle tank with filter", "Tank only, no animals included. Was used for a {name}. {price}.")],
    "terrarium": [("Vivarium 120 cm", "Wooden vivarium, previously housed a {name}. Animal not included. {price}.")],
    "aquarium": [("Aquarium 200 L, empty",
    "Tank, lid and filter. No livestock, my {name} went to a new home. {price}.")],
    "pond_animal": [("Pond filter and pump", "Used in our pond with {name}. Equipment only. {price}.")],
    "mammal": [("Large cage", "Cage for a {name} or similar, animal not included. {price}.")],
    "waterfowl": [("Aviary panels", "Panels from the pen that held my {name}. No birds. {price}.")],
    "aquatic_plant": [("Pond liner and baskets", "No plants included, the {name} has been removed. {price}.")],
    "ants": [("Formicarium, unused", "Nest for a {name} colony, no ants included. {price}.")],
}
SERVICES = {
    "plant": [("{name} removal service",
    "Professional removal of {name} in {place} and surrounding areas. Free quote."),
              ("Garden clearance inc. {name}", "We clear and dispose of {name} safely. {place} based."),
              ("{name} survey and treatment", "Herbicide treatment plans for {name}, mortgage reports.")],
    "animal": [("Pest control: {name}", "Licensed control of {name}. Call for a price."),
               ("{name} in your loft?", "Humane removal of {name} from roofs and sheds in {place}.")],
}
NEWS = [("Warning: {name} seen in {place}", "A {name} was reported near {place}. Please report sightings."),
        ("Did you know? {name}", "{name} is an invasive species and must not be sold or released."),
        ("Info: it is illegal to sell {name}", "Please do not buy or sell {name}, it is banned in the EU."),
        ("Spotted a {name} today", "Saw a {name} by the river in {place}, has anyone else seen them?")]
LOST = [("LOST: {name} in {place}", "Our {name} escaped yesterday. Reward if found!"),
        ("Found: {name}", "Found a {name} in my garden in {place}. Is it yours?")]
NEGATION = [("{offered} for sale", "Selling {offered}. Not {listed}, which is banned."),
            ("{offered} - NOT {listed}", "People keep asking: these are {offered}, not {listed}. {price} each."),
            ("Genuine {offered}", "Please note this is {offered}, no {listed} here. {price}.")]
ALTERNATIVE = [("{offered}, a legal alternative to {listed}", "Plant {offered} instead of {listed}. {price}."),
               ("{offered} for sale", "A good replacement for {listed}. {price} a pot.")]
NO_SPECIES = [
    ("Aquarium 60 L with lid", "Complete set with heater and filter, no fish. {price}.", "other", "sale"),
    ("Garden tools bundle", "Spade, fork and rake, used. {price}.", "other", "sale"),
    ("Wanted: large terrarium", "Looking for a glass terrarium, 90 cm or bigger.", "other", "wanted"),
    ("Free plant pots", "About 30 plastic pots, free to collect in {place}.", "other", "giveaway"),
    ("Bird seed mix 20 kg", "Wild bird food, unopened bag. {price}.", "product", "sale"),
    ("Pond pump 3000 l/h", "Works perfectly, selling as upgraded. {price}.", "other", "sale"),
    ("Reptile heat mat", "Thermostat included. {price}.", "other", "sale"),
    ("Dried flowers bundle", "Mixed dried flowers for crafts. {price}.", "product", "sale"),
    ("Gardening services", "Hedge trimming, lawn mowing, weeding in {place}.", "other", "sale"),
    ("Fish food flakes", "Three tubs, best before next year. {price}.", "product", "sale"),
]
HASHTAGS = ["#aquarium", "#pond", "#reptiles", "#garden", "#plants", "#forsale", "#exotics", "#pets"]
