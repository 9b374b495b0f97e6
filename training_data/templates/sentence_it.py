"""Italian sentence templates: note di campo, giardinaggio, prosa scientifica, cartellini e notizie."""

PLACES = ["Reggio Emilia", "Porto Venere", "Castel Gandolfo", "San Gimignano", "Ascoli Piceno", "Vibo Valentia"]
PERSONS = ["Giulia Conti", "Marco Ferri", "Paolo Bianchi", "Anna Moretti", "Luca Galli"]

ORGS = ["la Protezione Civile", "il Museo Civico di Storia Naturale", "la Croce Rossa Italiana", "Legambiente",
"l'Università di Padova"]

TEMPLATES = {
    "any": [
        "La seconda segnalazione ({sci}) proviene da un giardino privato.",
        "Ospite: [{sci}], det. {person}.",
        "{sci} è stato segnalato per la prima volta a {place} nel {year}.",
        "La checklist regionale riporta {sci} come naturalizzato in {n} province.",
        "Secondo la banca dati, {sci} è ormai considerato stabilito.",
        "L'identificazione come {sci} è stata confermata con il sequenziamento.",
        "Le segnalazioni di {sci} presso {place} sono state verificate da {person}.",
        "Non abbiamo potuto confermare la presenza di {sci} nel secondo sito.",
        "Cartellino: {sci}, leg. {person}, {year}.",
        "{sci} è davvero così diffuso come sostiene la letteratura più vecchia?",
    ],
    "plant": [
        "{sci} fiorisce da maggio a luglio sui pendii aridi.",
        "Lo scorso fine settimana ho finalmente piantato {sci} vicino al laghetto.",
        "I semi di {sci} germinano meglio dopo un periodo di freddo.",
        "Un popolamento fitto di {sci} copre ora la scarpata della ferrovia.",
    ],
    "animal": [
        "{sci} è attivo soprattutto al crepuscolo.",
        "Due giovani di {sci} sono stati catturati vicino al porto.",
        "Gli adulti di {sci} raggiungono circa {n} cm di lunghezza.",
        "In primavera sono state contate le coppie nidificanti di {sci}.",
    ],
    "pair": [
        "{sci} e {sci2} sono stati trovati nello stesso sito.",
        "A differenza di {sci}, {sci2} tollera l'acqua salmastra.",
        "Gli autori del passato confondevano spesso {sci} con {sci2}.",
    ],
    "abbrev": [
        "{sci} è comune qui, e anche {abbr} è stato annotato più a nord.",
        "Abbiamo confrontato {sci} con le specie affini; {abbr} differisce per vari caratteri.",
        "È stato esaminato anche materiale di {abbr} della stessa località.",
    ],
    "vernacular": [
        "La specie detta {vern} ({sci}) si sta diffondendo lungo le sponde.",
        "Qui lo chiamano {vern}, ma i botanici parlano di {sci}.",
        "Stamattina abbiamo visto un esemplare di {vern} vicino alla passerella.",
        "{vern}: questa specie viene ancora venduta in alcuni vivai nonostante gli avvisi.",
    ],
    "fossil": [
        "Cartellino del museo: {sci}, ossa subfossili, raccolte nel {year}.",
        "Resti attribuiti alla specie estinta {sci} sono stati trovati presso {place}.",
    ],
    "none": [
        "Nel {year} {org} ha aperto una sede a {place}.",
        "{person} lavora dal {year} per {org}.",
        "Più di {n} volontari hanno aiutato alla Festa del Patrono di {place}.",
        "Le forti piogge hanno chiuso diverse strade intorno a {place} venerdì.",
        "Secondo {org}, i prezzi aumenteranno l'anno prossimo.",
        "I biglietti per il Palio di {place} vanno esauriti ogni anno.",
        "Il Consiglio Comunale si è riunito martedì sera a {place}.",
        "Migliaia di persone hanno visitato Piazza Navona durante le feste.",
        "{person} ha parlato di gestione delle acque al convegno.",
        "Il nostro gruppo a {place} cerca due assistenti di campo.",
        "La Protezione Civile ha chiuso la strada per la neve.",
        "San Marino e Città del Vaticano hanno registrato più turisti quest'anno.",
    ],
}
