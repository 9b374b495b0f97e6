"""German sentence templates: Feldnotizen, Gartengespräche, Fachprosa, Museumsetiketten und Nachrichten.

German capitalises every noun, so the negative sentences are full of capitalised word pairs that are
not names.
"""

PLACES = ["Bad Dürkheim", "Frankfurt am Main", "Sankt Gallen", "Neustadt an der Weinstraße", "Halle an der Saale",
          "Bad Homburg"]
PERSONS = ["Hans Becker", "Dr. Sabine Krüger", "Prof. Walter", "Anna Lehmann", "Jürgen Vogt"]

ORGS = ["das Bundesamt für Naturschutz", "die Deutsche Bahn", "die Stiftung Warentest", "das Umweltbundesamt",
        "die Freie Universität Berlin"]

TEMPLATES = {
    "any": [
        "Der zweite Fund ({sci}) stammt aus einem Privatgarten.",
        "Wirt: [{sci}], det. {person}.",
        "{sci} wurde {year} erstmals in der Region {place} nachgewiesen.",
        "Die Rote Liste führt {sci} als etabliert in {n} Bundesländern.",
        "Nach Angaben der Datenbank gilt {sci} inzwischen als eingebürgert.",
        "Die Bestimmung als {sci} wurde molekular bestätigt.",
        "Funde von {sci} aus dem Gebiet {place} hat {person} überprüft.",
        "Am zweiten Standort konnten wir {sci} nicht bestätigen.",
        "Etikett: {sci}, leg. {person}, {year}.",
        "Ist {sci} wirklich so weit verbreitet, wie ältere Quellen behaupten?",
    ],
    "plant": [
        "{sci} blüht von Mai bis Juli an trockenen Hängen.",
        "Letzte Woche habe ich endlich {sci} am Teichrand gepflanzt.",
        "Die Samen von {sci} keimen am besten nach einer Kälteperiode.",
        "Ein dichter Bestand von {sci} bedeckt inzwischen den Bahndamm.",
        "Herbarbelege von {sci} aus {place} stammen aus dem Jahr {year}.",
    ],
    "animal": [
        "{sci} ist vor allem in der Dämmerung aktiv.",
        "Im Hafenbecken wurden zwei Jungtiere von {sci} gefangen.",
        "Erwachsene Tiere von {sci} werden etwa {n} cm lang.",
        "Im Frühjahr wurden die Brutpaare von {sci} gezählt.",
    ],
    "pair": [
        "{sci} und {sci2} wurden am selben Fundort beobachtet.",
        "Im Gegensatz zu {sci} verträgt {sci2} auch Brackwasser.",
        "Ältere Autoren haben {sci} häufig mit {sci2} verwechselt.",
    ],
    "abbrev": [
        "{sci} ist hier häufig, und auch {abbr} wurde weiter nördlich notiert.",
        "Wir haben {sci} mit verwandten Arten verglichen; {abbr} unterscheidet sich in mehreren Merkmalen.",
        "Material von {abbr} vom selben Fundort wurde ebenfalls untersucht.",
    ],
    "vernacular": [
        "Die Art {vern} ({sci}) breitet sich entlang der Ufer aus.",
        "Im Volksmund heißt sie {vern}, Botaniker sprechen von {sci}.",
        "Heute Morgen haben wir an der Brücke einen Vertreter der Art {vern} gesehen.",
        "{vern} wird trotz Warnungen noch in manchen Gartencentern verkauft.",
    ],
    "fossil": [
        "Museumsetikett: {sci}, subfossile Knochen, gesammelt {year}.",
        "Reste der ausgestorbenen Art {sci} wurden bei {place} gefunden.",
    ],
    "none": [
        "Im Jahr {year} eröffnete {org} ein Büro in {place}.",
        "{person} arbeitet seit {year} für {org}.",
        "Mehr als {n} Freiwillige halfen am Wochenende beim Stadtfest in {place}.",
        "Starker Regen sperrte am Freitag mehrere Straßen rund um {place}.",
        "Die Eintrittskarten für das Sommerfest in {place} waren schnell ausverkauft.",
        "{org} rechnet mit steigenden Preisen im nächsten Jahr.",
        "Die Große Koalition hat am Dienstag den Haushalt beschlossen.",
        "Viele Besucher kamen zum Tag der Offenen Tür ins Rathaus.",
        "Der Deutsche Wetterdienst warnt vor Starkregen im Süden.",
        "Unsere Arbeitsgruppe in {place} sucht zwei Hilfskräfte.",
        "{person} sprach auf der Tagung über Wasserpolitik.",
        "Neue Wege führen durch den Naturpark Schwäbische Alb.",
        "Alle Kinder freuten sich über den ersten Schnee des Jahres.",
    ],
}
