"""Dutch marketplace listing templates (Netherlands and Flanders)."""

PRICES = ["€ {n}", "€{n},-", "{n} euro", "€ {n},00", "{n} EUR"]
PLACES = ["Utrecht", "Gent", "Zwolle", "Eindhoven", "Antwerpen", "Groningen", "Leiden", "Breda", "Hasselt", "Nijmegen",
          "Haarlem", "Brugge"]
SPECIES_LINE = ["Soort: {name}", "Latijnse naam: {latin}", "Het gaat om: {name}", "Soortnaam: {name}"]

TITLES = {
    "sale": [
        "{name} te koop", "{count}x {name} - {price}", "Te koop: {names}", "{name} aangeboden",
        "{names} uit eigen kweek",
        "Mooie {names} te koop ({place})", "{name} voor {price}", "Nakweek {names}", "{names} per stuk {price}",
        "{name} - ophalen in {place}", "Verkoop {count} {names}", "{names} wegens verhuizing", "Diverse {names}",
    ],
    "wanted": [
        "Gezocht: {name}", "Zoek {names}", "Wie heeft {names}?", "Gevraagd: {name} regio {place}", "{name} gezocht",
        "Koop {names}",
    ],
    "giveaway": [
        "Gratis {name}", "Gratis af te halen: {names}", "{names} gratis aan goed tehuis", "{name} zoekt nieuw thuis",
        "Weg te geven: {count} {names}", "Gratis: {name} ({place})",
    ],
}

INTROS = {
    "sale": [
        "Ik verkoop {count} {names}.", "Ik heb {names} uit eigen kweek.", "Beschikbaar: {count} {names}.",
        "Wegens inkrimping van mijn bestand: {name}.", "Te koop: gezonde {names}.", "Nog {count} {names} over.",
        "Hierbij bied ik aan: {name}.", "{names} van {year}, gezond en sterk.", "Door tijdgebrek te koop: {name}.",
    ],
    "wanted": [
        "Ik zoek {count} {names}.", "Dringend gezocht: {name}.", "Heeft iemand {names} over?",
        "Op zoek naar {names}, mogen er meer zijn.", "Ik ben op zoek naar: {name}.",
    ],
    "giveaway": [
        "Gratis weg te geven: {name}.", "Ik geef {count} {names} gratis aan een goed tehuis.",
        "Geen tijd meer, daarom gratis: {name}.", "Gratis {names} voor wie ze komt halen.",
        "Tegen een kleine vergoeding: {name}.",
    ],
}

DETAILS = {
    "turtle": ["Schildlengte ongeveer {size} cm.", "Eet pellets en sla.", "Warmtelamp en UV-lamp kunnen mee.",
               "Geboren in {year}, heel actief.", "Schild in perfecte staat."],
    "terrarium": ["Eet goed, geen problemen.", "Nakweek {year}.", "Terrarium kan tegen meerprijs mee.",
                  "Ongeveer {size} cm lang.", "Rustig en goed te hanteren."],
    "aquarium": ["Gehouden op 24 graden in een beplante bak.", "Formaat ongeveer {size} cm.",
    "Eten vlokken, korrels en diepvriesvoer.",
                 "Verzenden in piepschuimdoos mogelijk.", "Eigen kweek, geen wildvang.",
                 "Allemaal uit één worp van {year}."],
    "pond_animal": ["Ideaal voor de tuinvijver.", "Ongeveer {size} cm, winterhard.", "Staan het hele jaar buiten.",
                    "Graag emmer of koelbox meenemen.", "Deze week uit mijn vijver geschept."],
    "mammal": ["Handtam en gewend aan mensen.", "Kooi en toebehoren kunnen mee.", "Door de dierenarts gecontroleerd.",
               "Ongeveer {age} jaar oud, heel lief.", "Mannetje en vrouwtje beschikbaar.",
               "Geboren in {year}, gespeend."],
    "park_mammal": ["Gehouden in een grote buitenweide.", "Geschikt voor kinderboerderij of dierenpark.",
                    "Meerdere dieren beschikbaar, {age} jaar oud.", "Transport kan geregeld worden."],
    "waterfowl": ["Gesloten geringd, uit {year}.", "Koppel beschikbaar, in een ren met vijver.",
    "Gekortwiekt, goede staat.",
                  "Alleen voor liefhebbers met een vijver."],
    "cagebird": ["Gesloten geringd, uit {year}.", "Handopfok, zeer tam.", "Kooi kan mee.",
    "DNA-getest, papieren aanwezig."],
    "ants": ["Koningin met ongeveer {count}0 werksters en broed.", "Kolonie in reageerbuis.",
    "Formicarium niet inbegrepen."],
    "aquatic_plant": ["Emers gekweekt, slakvrij.", "Groeit snel, goede zuurstofplant.", "Per bosje ongeveer {size} cm.",
                      "Uit mijn eigen aquarium.", "Verzonden in vochtig krantenpapier.", "Voor vijver en aquarium."],
    "garden_plant": ["Stevige plant in pot van {size} cm.", "Winterhard en groeit snel.",
    "Mooie blikvanger voor de border.",
                     "Dit voorjaar opgepot.", "Blote wortel, vers uitgestoken.", "Ongeveer {size} cm hoog."],
}

PROPAGULE_UNITS = {
    "seeds": ["zaden", "zaad", "zaadzakjes"],
    "cuttings": ["stekjes", "wortelstokstukken", "uitlopers", "stengels om te stekken"],
    "eggs": ["broedeieren", "bevruchte eieren", "kikkerdril"],
    "spores": ["sporen"],
}
PROPAGULE_TITLES = {
    "sale": ["{count} {unit} van {name}", "{name} {unit} - {price}", "{unit}: {name}", "Verse {unit} ({name})"],
    "wanted": ["Gezocht: {unit} van {name}", "Zoek {unit} ({name})"],
    "giveaway": ["Gratis {unit}: {name}", "{unit} van {name} gratis"],
}
PROPAGULE_DETAILS = {
    "seeds": ["Oogst {year} uit eigen tuin.", "Goede kiemkracht.", "In het voorjaar zaaien, heel makkelijk.",
              "Ongeveer {count}0 zaden per zakje."],
    "cuttings": ["Wortelen makkelijk in water.", "Elk stuk ongeveer {size} cm.", "Vanochtend vers gesneden."],
    "eggs": ["Deze week verzameld, koel bewaard.", "Goed verpakt verzonden."],
    "spores": ["Uitzaaien op vochtige potgrond.", "Geoogst in {year}."],
}

LOGISTICS = {
    "sale": ["Prijs: {price}.", "{price} per stuk, bieden mag.", "Alleen ophalen in {place}.",
    "Verzenden kan voor {price} extra.",
             "Contant bij ophalen.", "Verzending met PostNL, {price}.", "Kan brengen binnen {km} km van {place}."],
    "wanted": ["Betaal tot {price}.", "Kan tot {km} km rijden.", "Regio {place}.", "Verzendkosten voor mij."],
    "giveaway": ["Gratis, ophalen in {place}.", "Gratis, alleen aan een goed tehuis.",
    "Kleine bijdrage welkom, niet verplicht.",
                 "Zelf ophalen, regio {place}."],
}
CLOSINGS = ["Stuur gerust een bericht.", "Geen verzending buiten NL/BE.", "Foto's op aanvraag.",
"Alleen serieuze reacties.",
            "Bekijk ook mijn andere advertenties.", "Vragen? Laat het weten!", "Wie het eerst komt, het eerst maalt."]
ALSO = ["Heb ook nog {other}.", "Eventueel ook {other} erbij.", "Verder beschikbaar: {other}."]

PRODUCTS = {
    "fur": [("Bontjas ({name}), maat {size}", "Echt bont: {name}. Twee keer gedragen, {price}."),
            ("Bontmuts {name}", "Warme wintermuts, bont van {name}. Prima staat, {price}."),
            ("Gelooide huiden ({name})", "Gelooide vellen van {name}, ideaal voor hobby. {price} per stuk.")],
    "seafood": [("Diepvries rivierkreeftstaartjes ({name}) 1 kg", "Gekookt en ingevroren: {name}. {price} per kilo.")],
    "venison": [("Wildvlees: {name}", "Stoofvlees van {name}, vacuüm en ingevroren. {price} per kg.")],
    "frog_legs": [("Diepvries kikkerbilletjes ({name})", "Kikkerbilletjes van {name}, 1 kg. {price}.")],
    "antlers": [("Gewei van {name}", "Afwerpstangen ({name}), als kauwbot of decoratie. {price}.")],
    "taxidermy": [("Opgezette {name}", "Opgezet dier ({name}) op houten sokkel. {price}."),
                  ("Schedel van {name}", "Schoongemaakte schedel ({name}) voor verzamelaars. {price}.")],
    "extract": [("{name} wortelpoeder 500 g", "Gedroogde en gemalen wortel ({name}). {price}."),
                ("{name} extract capsules", "Supplement van {name}, 60 capsules. {price}.")],
    "spice": [("Golpar specerij ({name}) 100 g", "Gemalen zaden van {name}, Perzisch kruid. {price}.")],
    "basket": [("Mand van {name}", "Handgevlochten mand van gedroogde {name}. {price}."),
               ("Set van 3 manden ({name})", "Opbergmanden van natuurvezel ({name}). {price} voor de set.")],
    "wood": [("Rookhout {name}, 5 kg", "Gedroogd hout ({name}). {price}.")],
    "dried": [("Droogbloemen: {name}", "10 gedroogde pluimen ({name}) voor in de vaas, geen levende planten. {price}."),
              ("Droogboeket met {name}", "Luchtig boeket van gedroogde {name}. {price}.")],
    "honey": [("Honing ({name}) 450 g", "Honing van eigen bijen, dracht: {name}. {price} per pot.")],
    "toy": [("Knuffel {name}", "Pluche {name}, nieuw met label. {price}."),
            ("Beeldje {name}", "Decoratief beeldje ({name}), 12 cm. {price}."),
            ("Zeep in de vorm van {name}", "Handgemaakte zeep, motief {name}. {price}.")],
    "book": [("Boek over {name}", "Boek over {name} en de verspreiding ervan, als nieuw. {price}."),
             ("Poster {name} A2", "Kunstprint van {name}, zonder lijst. {price}.")],
    "bait": [("Diepvries aas: {name}", "Dode {names} als aas voor roofvis. {price} per zak.")],
}
EQUIPMENT = {
    "turtle": [("Aquaterrarium met filter", "Alleen de bak, zonder dieren. Er zat {name} in. {price}.")],
    "terrarium": [("Terrarium 120 cm", "Houten terrarium, eerder gebruikt voor {name}. Zonder dier. {price}.")],
    "aquarium": [("Aquarium 200 liter, leeg", "Bak, kap en filter, zonder vissen ({name} al weg). {price}.")],
    "pond_animal": [("Vijverfilter en pomp", "Gebruikt in onze vijver met {name}. Alleen techniek. {price}.")],
    "mammal": [("Grote kooi", "Kooi voor {name} of vergelijkbaar, zonder dier. {price}.")],
    "aquatic_plant": [("Vijverfolie en plantenmanden", "Zonder planten, {name} is verwijderd. {price}.")],
}
SERVICES = {
    "plant": [("Bestrijding van {name}", "Vakkundige verwijdering van {name} in {place} en omgeving. Gratis offerte."),
              ("Tuinonderhoud incl. {name}",
              "Wij verwijderen en vernietigen {name} volgens de regels. Regio {place}.")],
    "animal": [("Ongediertebestrijding: {name}", "Erkende bestrijding van {name}. Prijs op aanvraag."),
               ("Nest verwijderen ({name})", "Snel ter plaatse in {place} en omgeving: {name}.")],
}
NEWS = [("Let op: {name} gezien in {place}", "Bij {place} is {name} gemeld. Graag waarnemingen doorgeven."),
        ("Info: {name}", "{name} is een invasieve exoot; verkopen en uitzetten is verboden."),
        ("Handel in {name} verboden", "Koop of verkoop geen {name}, dat is in de EU verboden."),
        ("Vandaag gezien: {name}", "Langs de rivier bij {place} gezien: {name}. Iemand anders ook?")]
LOST = [("VERMIST: {name} in {place}", "Sinds gisteren ontsnapt: {name}. Beloning!"),
        ("Gevonden: {name}", "In onze tuin in {place} gevonden: {name}. Van wie is dit dier?")]
NEGATION = [("{offered} te koop", "Ik verkoop {offered}. Geen {listed}, die is verboden."),
            ("{offered} - GEEN {listed}", "Vaak gevraagd: dit zijn {offered}, geen {listed}. {price} per stuk."),
            ("Echte {offered}", "Let op: het gaat om {offered} en niet om {listed}. {price}.")]
ALTERNATIVE = [("{offered} als toegestaan alternatief voor {listed}", "Plant liever {offered} dan {listed}. {price}."),
               ("{offered} te koop", "Goede vervanger van {listed}. {price} per pot.")]
NO_SPECIES = [
    ("Aquarium 60 liter met kap", "Compleet met verwarming en filter, zonder vissen. {price}.", "other", "sale"),
    ("Tuingereedschap", "Spade, riek en hark, gebruikt. {price}.", "other", "sale"),
    ("Gezocht: groot terrarium", "Glazen terrarium vanaf 90 cm gezocht.", "other", "wanted"),
    ("Gratis bloempotten", "Ongeveer 30 plastic potten, ophalen in {place}.", "other", "giveaway"),
    ("Vogelvoer 20 kg", "Strooivoer voor tuinvogels, ongeopend. {price}.", "product", "sale"),
    ("Vijverpomp 3000 l/u", "Werkt perfect. {price}.", "other", "sale"),
    ("Droogbloemen mix", "Gemengde droogbloemen voor hobby. {price}.", "product", "sale"),
    ("Tuinman beschikbaar", "Heg knippen, gras maaien, onkruid wieden in {place}.", "other", "sale"),
]
HASHTAGS = ["#aquarium", "#vijver", "#terrarium", "#tuin", "#planten", "#tekoop", "#nakweek"]
