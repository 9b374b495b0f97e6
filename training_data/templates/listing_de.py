"""German marketplace listing templates (Germany, Austria, Switzerland).

Names sit after a colon, in brackets or in title position, so that no article has to agree with the
gender and case of a name the generator picks.
"""

PRICES = ["{n} €", "{n},00 €", "{n} EUR", "{n}€", "€ {n},-", "{n} CHF", "{n},- €"]
PLACES = ["Berlin", "Hamburg", "Köln", "Leipzig", "Graz", "Bremen", "Nürnberg", "Dresden", "Zürich", "Kassel",
          "Münster", "Linz", "Freiburg"]
SPECIES_LINE = ["Art: {name}", "Es handelt sich um: {name}", "Wiss. Name: {latin}", "Sorte/Art: {name}"]

TITLES = {
    "sale": [
        "{name} abzugeben", "Verkaufe {count} {names}", "{names} zu verkaufen", "Biete {name}", "{name} - {price}",
        "{count}x {name} aus eigener Nachzucht", "{name} VB {price}", "Schöne {names} abzugeben", "{name} in {place}",
        "{names} günstig abzugeben", "Nachzuchten: {names}", "{name}, {price} pro Stück",
        "Verkaufe {name} wegen Umzug",
    ],
    "wanted": [
        "Suche {name}", "Suche: {names}", "Kaufe {names}", "{name} gesucht", "Gesucht: {name} im Raum {place}",
        "Wer hat {names} abzugeben?",
    ],
    "giveaway": [
        "{name} zu verschenken", "Verschenke {names}", "{names} in gute Hände abzugeben",
        "Abgabe gegen Schutzgebühr: {name}",
        "{name} sucht neues Zuhause", "Gratis: {count} {names}",
    ],
}

INTROS = {
    "sale": [
        "Ich verkaufe hier {count} {names}.", "Biete {names} aus eigener Haltung an.",
        "Abzugeben sind {count} Stück: {name}.",
        "Wegen Bestandsreduzierung gebe ich {names} ab.", "Hier geht es um: {name}.",
        "Verkauft werden {names}, {count} Stück.",
        "Habe wieder {names} abzugeben.", "Aus Zeitgründen zu verkaufen: {name}.",
        "{names} von {year}, gesund und kräftig.",
    ],
    "wanted": [
        "Ich suche {count} {names}.", "Suche dringend: {name}.", "Hat jemand {names} abzugeben?",
        "Suche {names}, gerne auch mehrere.", "Ich bin auf der Suche nach: {name}.",
    ],
    "giveaway": [
        "Zu verschenken: {name}.", "Ich gebe {count} {names} kostenlos in gute Hände.",
        "Leider keine Zeit mehr, deshalb zu verschenken: {name}.", "Verschenke {names} an Selbstabholer.",
        "Gegen kleine Schutzgebühr abzugeben: {name}.",
    ],
}

DETAILS = {
    "turtle": ["Panzerlänge ca. {size} cm.", "Frisst Pellets und Salat.",
    "Wärmelampe und UV-Lampe können mitgegeben werden.",
               "Schlupf {year}, sehr aktiv.", "Panzer einwandfrei, keine Verletzungen."],
    "terrarium": ["Frisst gut, keine Probleme.", "Nachzucht {year}.", "Terrarium kann gegen Aufpreis mit.",
                  "Ca. {size} cm lang.", "Ruhig und gut händelbar."],
    "aquarium": ["Gehalten bei 24 Grad im bepflanzten Becken.", "Größe ca. {size} cm.",
    "Frisst Flocken, Granulat und Frostfutter.",
                 "Versand in Styroporbox mit Heatpack möglich.", "Eigene Nachzucht, keine Wildfänge.",
                 "Alle aus einem Wurf von {year}."],
    "pond_animal": ["Ideal für den Gartenteich.", "Ca. {size} cm groß, winterhart.", "Ganzjährig draußen gehalten.",
                    "Bitte Eimer oder Transportbox mitbringen.", "Frisch aus dem Teich gekeschert."],
    "mammal": ["Handzahm und an Menschen gewöhnt.", "Käfig und Zubehör können gegen Aufpreis mit.",
    "Tierärztlich untersucht, frisst gut.",
               "Ca. {age} Jahre alt, sehr verträglich.", "Männchen und Weibchen vorhanden.",
               "Geboren {year}, entwöhnt."],
    "park_mammal": ["Gehalten im großen Außengehege.", "Geeignet für Wildpark oder Hobbyhaltung.",
                    "Mehrere Tiere vorhanden, {age} Jahre alt.", "Transport kann organisiert werden.",
                    "Ohrmarke vorhanden, tierärztlich untersucht."],
    "waterfowl": ["Geschlossen beringt, Schlupf {year}.", "Paar vorhanden, im Gehege mit Teich.",
                  "Kupiert, guter Zustand.", "Nur an Halter mit Teich abzugeben."],
    "cagebird": ["Geschlossen beringt, Schlupf {year}.", "Handaufzucht, sehr zahm.", "Käfig kann mit abgegeben werden.",
                 "DNA-getestet, Papiere vorhanden.", "Singt den ganzen Tag."],
    "ants": ["Königin mit ca. {count}0 Arbeiterinnen und Brut.", "Kolonie im Reagenzglas.",
    "Formicarium nicht inklusive.",
             "Gefüttert mit Zuckerwasser und Insekten."],
    "aquatic_plant": ["Emers gezogen, schneckenfrei.", "Wächst schnell, guter Sauerstofflieferant.",
    "Je Bund ca. {size} cm.",
                      "Aus meinem eigenen Becken.", "Versand in feuchtem Zeitungspapier.",
                      "Für Teich und Aquarium geeignet."],
    "garden_plant": ["Kräftige Pflanze im {size}er Topf.", "Winterhart und wüchsig.", "Schöner Blickfang fürs Beet.",
                     "Im Frühjahr getopft.", "Wurzelnackt, wird frisch ausgegraben.", "Ca. {size} cm hoch."],
}

PROPAGULE_UNITS = {
    "seeds": ["Samen", "Saatgut", "Samentütchen"],
    "cuttings": ["Stecklinge", "Rhizomstücke", "Ableger", "Triebe zum Bewurzeln"],
    "eggs": ["Bruteier", "befruchtete Eier", "Laich"],
    "spores": ["Sporen"],
}
PROPAGULE_TITLES = {
    "sale": ["{count} {unit} von {name}", "{name} {unit} - {price}", "{unit}: {name}", "Frische {unit} - {name}",
             "Verkaufe {unit} ({name})"],
    "wanted": ["Suche {unit} von {name}", "{unit} gesucht: {name}"],
    "giveaway": ["Verschenke {unit}: {name}", "{unit} gratis ({name})"],
}
PROPAGULE_DETAILS = {
    "seeds": ["Ernte {year} aus eigenem Garten.", "Gute Keimfähigkeit.", "Aussaat im Frühjahr, sehr einfach.",
              "Ca. {count}0 Korn pro Tüte."],
    "cuttings": ["Bewurzeln problemlos im Wasserglas.", "Jedes Stück ca. {size} cm.", "Heute frisch geschnitten.",
                 "Direkt in Erde oder Topf setzen."],
    "eggs": ["Diese Woche gesammelt, kühl gelagert.", "Bei üblicher Temperatur ausbrüten.", "Gut verpackter Versand."],
    "spores": ["Auf feuchte Anzuchterde aussäen.", "Geerntet {year}."],
}

LOGISTICS = {
    "sale": ["Preis: {price}.", "{price} pro Stück, VB.", "Nur Abholung in {place}.",
    "Versand gegen {price} Aufpreis möglich.",
             "Barzahlung bei Abholung.", "Versand mit DHL, {price}.", "Übergabe im Umkreis von {km} km um {place}."],
    "wanted": ["Zahle bis zu {price}.", "Kann bis {km} km fahren.", "Raum {place}.", "Versandkosten übernehme ich."],
    "giveaway": ["Kostenlos, Abholung in {place}.", "Umsonst, nur in gute Hände.",
    "Eine kleine Spende ist willkommen, aber kein Muss.",
                 "Nur Selbstabholung, Raum {place}."],
}
CLOSINGS = ["Bei Interesse PN.", "Keine Rückgabe, Privatverkauf.", "Fotos auf Anfrage.",
"Bitte nur ernst gemeinte Anfragen.",
            "Schaut auch in meine anderen Anzeigen.", "Bei Fragen gerne melden!", "Tierschutzvertrag wird gemacht."]
ALSO = ["Außerdem abzugeben: {other}.", "Auf Wunsch auch {other} dazu.", "Habe zusätzlich {other}."]

PRODUCTS = {
    "fur": [("Pelzmantel ({name}), Gr. {size}", "Echter Pelz: {name}. Kaum getragen, {price}."),
            ("Pelzmütze {name}", "Warme Wintermütze, Fell: {name}. Sehr guter Zustand, {price}."),
            ("Felle: {name}, gegerbt", "Gegerbte Felle ({name}), ideal zum Basteln. {price} pro Stück."),
            ("Suche Pelzkragen ({name})", "Suche einen Kragen aus Fell ({name}) für einen alten Mantel.", "wanted")],
    "seafood": [("Tiefgekühlte Krebsschwänze ({name}), 1 kg", "Gekocht und tiefgefroren: {name}. {price} pro Kilo."),
                ("{name}, gekocht und gefroren", "Ganze gekochte Tiere ({name}), 500-g-Beutel. {price}.")],
    "venison": [("Wildfleisch: {name}", "Wildgulasch ({name}), vakuumiert und tiefgekühlt. {price} pro kg."),
                ("Keule vom Wild ({name})", "Keule ({name}), ca. 3 kg, gefroren. Nur Abholung, {price}.")],
    "frog_legs": [("Froschschenkel ({name}), gefroren", "Tiefgekühlte Froschschenkel ({name}), 1 kg. {price}.")],
    "antlers": [("Geweih {name}", "Abwurfstangen ({name}), als Kauartikel oder Deko. {price}.")],
    "taxidermy": [("Präparat: {name}", "Ausgestopftes Tier ({name}) auf Holzsockel, alte Sammlung. {price}."),
                  ("Schädel {name}", "Gereinigter Schädel ({name}) für Sammler. {price}.")],
    "extract": [("{name}-Wurzelpulver 500 g", "Getrocknete, gemahlene Wurzel ({name}). {price}."),
                ("Kapseln mit {name}-Extrakt", "Nahrungsergänzung aus {name}-Wurzel, 60 Kapseln. {price}.")],
    "spice": [("Golpar Gewürz ({name}) 100 g", "Gemahlene Samen ({name}), persisches Gewürz. {price}.")],
    "basket": [("Korb aus {name}", "Handgeflochtener Korb aus getrockneter {name}. {price}."),
               ("Aufbewahrungskörbe {name}, 3er-Set", "Naturfaserkörbe aus {name}. {price} für alle drei.")],
    "wood": [("Räucherholz {name}, 5 kg", "Getrocknetes Holz ({name}). {price}."),
             ("Gedrechselte Schale, Holz: {name}", "Handgedrechselt aus {name}-Holz. {price}.")],
    "dried": [("Trockenblumen: {name}",
    "10 getrocknete Wedel ({name}) für die Vase, keine lebenden Pflanzen. {price}."),
              ("Trockenstrauß mit {name}", "Fluffiger Trockenstrauß ({name}). {price}.")],
    "honey": [("{name}-Honig 500 g", "Honig aus eigener Imkerei, Tracht: {name}. {price} pro Glas.")],
    "toy": [("Plüschtier {name}", "Kuscheltier ({name}), neu mit Etikett. {price}."),
            ("Figur {name}", "Deko-Figur aus Kunstharz ({name}), 12 cm. {price}."),
            ("Seife in Form: {name}", "Handgemachte Seife, Motiv {name}. {price}."),
            ("Tasse mit Motiv {name}", "Keramiktasse, Aufdruck {name}. {price}.")],
    "book": [("Buch über {name}", "Sachbuch über invasive Arten, Schwerpunkt {name}, wie neu. {price}."),
             ("Poster {name} A2", "Kunstdruck {name}, ungerahmt. {price}.")],
    "bait": [("Köderfische/Köder: {name}, tiefgefroren",
    "Tote {names} als Köder fürs Raubfischangeln. {price} pro Beutel.")],
}
EQUIPMENT = {
    "turtle": [("Aquaterrarium mit Filter", "Nur Becken, ohne Tiere. Darin lebte: {name}. {price}.")],
    "terrarium": [("Terrarium 120 cm", "Holzterrarium, vorher {name} darin. Tier nicht inklusive. {price}.")],
    "aquarium": [("Aquarium 200 l, leer",
    "Becken, Deckel und Filter, ohne Besatz ({name} bereits abgegeben). {price}.")],
    "pond_animal": [("Teichfilter und Pumpe", "Lief in unserem Teich mit {name}. Nur Technik. {price}.")],
    "mammal": [("Großer Käfig", "Käfig, geeignet für {name} o. ä., ohne Tier. {price}.")],
    "waterfowl": [("Volierenelemente", "Elemente des Geheges, in dem {name} lebte. Ohne Vögel. {price}.")],
    "aquatic_plant": [("Teichfolie und Pflanzkörbe", "Ohne Pflanzen, {name} wurde entfernt. {price}.")],
    "ants": [("Formicarium, unbenutzt", "Nest für eine Kolonie ({name}), ohne Ameisen. {price}.")],
}
SERVICES = {
    "plant": [("Bekämpfung von {name}",
    "Fachgerechte Entfernung von {name} in {place} und Umgebung. Kostenloses Angebot."),
              ("Gartenräumung inkl. {name}", "Wir roden und entsorgen {name} fachgerecht. Raum {place}."),
              ("Gutachten {name}", "Kartierung und Bekämpfungsplan für {name} auf Ihrem Grundstück.")],
    "animal": [("Schädlingsbekämpfung: {name}", "Geprüfte Bekämpfung von {name}. Preis auf Anfrage."),
               ("{name} im Dachboden?", "Tierschutzgerechte Vergrämung ({name}) in {place}.")],
}
NEWS = [("Achtung: {name} in {place} gesichtet",
"In der Nähe von {place} wurde {name} gemeldet. Bitte Sichtungen melden."),
        ("Info: {name}", "{name} ist eine invasive Art und darf nicht verkauft oder ausgesetzt werden."),
        ("Hinweis: Handel mit {name} verboten",
        "Bitte {name} weder kaufen noch verkaufen, das ist in der EU verboten."),
        ("Heute gesehen: {name}", "Am Fluss bei {place} gesehen: {name}. Hat das noch jemand beobachtet?")]
LOST = [("VERMISST: {name} in {place}", "Seit gestern entlaufen: {name}. Finderlohn!"),
        ("Gefunden: {name}", "In unserem Garten in {place} aufgetaucht: {name}. Wem gehört das Tier?")]
NEGATION = [("{offered} zu verkaufen",
"Verkaufe {offered}. Achtung, nicht verwechseln mit {listed}, diese Art ist verboten."),
            ("{offered} - NICHT {listed}",
            "Weil oft gefragt wird: das sind {offered}, nicht {listed}. {price} pro Stück."),
            ("Echte {offered}", "Achtung, es handelt sich um {offered}, nicht um {listed}. {price}.")]
ALTERNATIVE = [("{offered} statt {listed}", "Erlaubte Alternative: lieber {offered} pflanzen als {listed}. {price}."),
               ("{offered} abzugeben", "Guter Ersatz für {listed}. {price} pro Topf.")]
NO_SPECIES = [
    ("Aquarium 60 l mit Deckel", "Komplettset mit Heizer und Filter, ohne Fische. {price}.", "other", "sale"),
    ("Gartengeräte Paket", "Spaten, Grabgabel und Rechen, gebraucht. {price}.", "other", "sale"),
    ("Suche großes Terrarium", "Glasterrarium ab 90 cm gesucht.", "other", "wanted"),
    ("Blumentöpfe zu verschenken", "Ca. 30 Plastiktöpfe, Abholung in {place}.", "other", "giveaway"),
    ("Vogelfutter 20 kg", "Wildvogelfutter, ungeöffnet. {price}.", "product", "sale"),
    ("Teichpumpe 3000 l/h", "Funktioniert einwandfrei. {price}.", "other", "sale"),
    ("Heizmatte für Terrarium", "Mit Thermostat. {price}.", "other", "sale"),
    ("Trockenblumen Mix", "Gemischte Trockenblumen zum Basteln. {price}.", "product", "sale"),
    ("Gartenarbeiten aller Art", "Heckenschnitt, Rasenmähen, Unkraut jäten in {place}.", "other", "sale"),
    ("Fischfutter Flocken", "Drei Dosen, MHD nächstes Jahr. {price}.", "product", "sale"),
]
HASHTAGS = ["#aquaristik", "#gartenteich", "#terraristik", "#garten", "#pflanzen", "#zuverkaufen", "#nachzucht"]
