"""Italian marketplace listing templates."""

PRICES = ["{n} €", "{n}€", "€ {n}", "{n},00 euro", "{n} euro"]
PLACES = ["Milano", "Torino", "Bologna", "Firenze", "Verona", "Padova", "Napoli", "Bari", "Trento", "Genova", "Parma",
          "Pisa"]
SPECIES_LINE = ["Specie: {name}", "Nome scientifico: {latin}", "Si tratta di: {name}", "Specie / varietà: {name}"]

# A title marked with WATER suits only aquarium and pond offers.
WATER = ("aquarium", "pond_animal", "aquatic_plant", "turtle")
TITLES = {
    "sale": [
        "Vendo {name}", "{count} {names} in vendita", "{name} - {price}", "Vendesi {names}", "{name} ({place})",
        "{count} {names} di mia produzione", "{names} disponibili", "{name} a prezzo basso",
        "Vendo {names}, {price} cadauno",
        "Lotto di {count} {names}", ("{name} per laghetto o acquario", WATER), "Splendido esemplare di {name}",
        "Vendo {names} per trasloco",
    ],
    "wanted": [
        "Cerco {name}", "Compro {names}", "Cercasi {names}", "Cerco {name} zona {place}", "Qualcuno vende {names}?",
        "Cerco urgentemente: {name}",
    ],
    "giveaway": [
        "Regalo {name}", "Regalo {count} {names}", "{names} in adozione", "Cedo gratis: {name}",
        "Regalasi {names}", "{name} gratis, {place}",
    ],
}

INTROS = {
    "sale": [
        "Vendo {count} {names}.", "Ho disponibili {names} di mia produzione.", "Disponibili: {count} {names}.",
        "Per riduzione della collezione cedo: {name}.", "Vendo {names} in ottima salute.",
        "Mi restano {count} {names}.",
        "Metto in vendita: {name}.", "{names} del {year}, in perfetta forma.", "Per mancanza di tempo vendo: {name}.",
    ],
    "wanted": [
        "Cerco {count} {names}.", "Cerco con urgenza: {name}.", "Qualcuno ha {names} da cedere?",
        "Cerco {names}, anche più di uno.", "Sono alla ricerca di: {name}.",
    ],
    "giveaway": [
        "Regalo: {name}.", "Regalo {count} {names} a chi se ne prende cura.",
        "Non ho più tempo, quindi regalo: {name}.",
        "Regalo {names}, ritiro a mano.", "Per un piccolo contributo: {name}.",
    ],
}

DETAILS = {
    "turtle": ["Carapace di circa {size} cm.", "Mangia pellet e verdura.", "Posso dare anche lampada riscaldante e UV.",
               "Nascita {year}, molto vivace.", "Carapace perfetto."],
    "terrarium": ["Mangia regolarmente, nessun problema.", "Nato in cattività nel {year}.",
    "Possibile aggiungere il terrario.",
                  "Lungo circa {size} cm.", "Tranquillo e facile da maneggiare."],
    "aquarium": ["Tenuti a 24 gradi in vasca piantumata.", "Taglia circa {size} cm.",
    "Mangiano scaglie, granulato e surgelato.",
                 "Spedizione possibile in scatola termica.", "Nati in vasca, niente catture in natura.",
                 "Tutti della stessa covata del {year}."],
    "pond_animal": ["Ideali per il laghetto in giardino.", "Circa {size} cm, resistenti al freddo.",
    "Stanno fuori tutto l'anno.",
                    "Portare un secchio o una borsa frigo.", "Pescati questa settimana dal mio laghetto."],
    "mammal": ["Molto docile, abituato a essere preso in mano.", "Gabbia e accessori a parte.",
    "Visitato dal veterinario.",
               "Circa {age} anni, molto affettuoso.", "Disponibili maschio e femmina.", "Nato nel {year}, svezzato."],
    "park_mammal": ["Allevati in un grande recinto all'aperto.", "Adatti a fattoria didattica o parco.",
                    "Più esemplari di {age} anni.", "Possibile organizzare il trasporto."],
    "waterfowl": ["Inanellato, nato nel {year}.", "Coppia disponibile, in recinto con laghetto.",
    "In buone condizioni.",
                  "Solo a chi ha un laghetto."],
    "cagebird": ["Inanellato, nato nel {year}.", "Allevato a mano, molto docile.", "Gabbia inclusa su richiesta.",
                 "Sessato con DNA, documenti disponibili."],
    "ants": ["Regina con circa {count}0 operaie e covata.", "Colonia in provetta.", "Formicaio non incluso."],
    "aquatic_plant": ["Coltivate emerse, senza lumache.", "Crescita rapida, molto ossigenante.",
    "Mazzetti di circa {size} cm.",
                      "Dal mio acquario.", "Spedite in carta umida.", "Per laghetto e acquario."],
    "garden_plant": ["Pianta robusta in vaso da {size} cm.", "Rustica e vigorosa.", "Bellissima per aiuole.",
                     "Rinvasata questa primavera.", "A radice nuda, espiantata su ordinazione.",
                     "Alta circa {size} cm."],
}

PROPAGULE_UNITS = {
    "seeds": ["semi", "bustine di semi"],
    "cuttings": ["talee", "pezzi di rizoma", "polloni"],
    "eggs": ["uova da cova", "uova fecondate", "ovature"],
    "spores": ["spore"],
}
PROPAGULE_TITLES = {
    "sale": ["{count} {unit} di {name}", "{unit} di {name} - {price}", "{unit}: {name}", "Vendo {unit} di {name}"],
    "wanted": ["Cerco {unit} di {name}", "Compro {unit} ({name})"],
    "giveaway": ["Regalo {unit} di {name}", "{unit} gratis: {name}"],
}
PROPAGULE_DETAILS = {
    "seeds": ["Raccolto {year} dal mio giardino.", "Ottima germinabilità.", "Semina in primavera, facilissima.",
              "Circa {count}0 semi per bustina."],
    "cuttings": ["Radicano facilmente in acqua.", "Ogni pezzo circa {size} cm.", "Tagliate stamattina."],
    "eggs": ["Raccolte questa settimana, tenute al fresco.", "Spedizione ben imballata."],
    "spores": ["Seminare su terriccio umido.", "Raccolte nel {year}."],
}

LOGISTICS = {
    "sale": ["Prezzo: {price}.", "{price} cadauno, trattabili.", "Solo ritiro a {place}.",
    "Spedizione possibile con {price} in più.",
             "Pagamento in contanti al ritiro.", "Spedizione con corriere, {price}.",
             "Consegna a mano entro {km} km da {place}."],
    "wanted": ["Pago fino a {price}.", "Posso spostarmi fino a {km} km.", "Zona {place}.",
    "Spese di spedizione a mio carico."],
    "giveaway": ["Gratis, ritiro a {place}.", "Gratis, solo a chi se ne prende cura.",
    "Offerta libera, non obbligatoria.",
                 "Da ritirare, zona {place}."],
}
CLOSINGS = ["Scrivetemi in privato.", "No perditempo.", "Foto su richiesta.", "Niente scambi.",
            "Guardate anche gli altri miei annunci.", "Per qualsiasi domanda scrivetemi!", "Chi prima arriva..."]
ALSO = ["Ho anche {other}.", "Posso aggiungere {other}.", "Disponibili anche: {other}."]

PRODUCTS = {
    "fur": [("Pelliccia ({name}), taglia {size}", "Pelliccia vera: {name}. Indossata due volte, {price}."),
            ("Colbacco di {name}", "Cappello invernale caldissimo, pelliccia di {name}. {price}."),
            ("Pelli conciate ({name})", "Pelli di {name} conciate, ideali per lavori artigianali. {price} l'una.")],
    "seafood": [("Code di gambero surgelate ({name}) 1 kg", "Cotto e surgelato: {name}. {price} al chilo."),
                ("{name} cotti e surgelati", "Interi e cotti, in sacchetti da 500 g ({name}). {price}.")],
    "venison": [("Carne di selvaggina: {name}", "Spezzatino di {name}, sottovuoto e congelato. {price} al kg.")],
    "frog_legs": [("Cosce di rana surgelate ({name})", "Cosce di {name}, 1 kg. {price}.")],
    "antlers": [("Palchi di {name}", "Palchi di caduta ({name}) da masticare per cani o da arredo. {price}.")],
    "taxidermy": [("Impagliato: {name}", "{name} impagliato su base di legno. {price}."),
                  ("Cranio di {name}", "Cranio pulito ({name}) per collezionisti. {price}.")],
    "extract": [("Polvere di radice di {name} 500 g", "Radice essiccata e macinata ({name}). {price}."),
                ("Capsule di estratto di {name}", "Integratore a base di {name}, 60 capsule. {price}.")],
    "spice": [("Spezia golpar ({name}) 100 g", "Semi macinati di {name}, spezia persiana. {price}.")],
    "basket": [("Cesto in {name}", "Cesto intrecciato a mano con {name} essiccato. {price}."),
               ("Set di 3 cesti ({name})", "Cesti in fibra naturale ({name}). {price} il set.")],
    "wood": [("Legno per affumicare: {name}", "Legno secco ({name}), sacco da 5 kg. {price}.")],
    "dried": [("Fiori secchi: {name}", "10 pennacchi secchi ({name}) per vasi, niente piante vive. {price}."),
              ("Bouquet secco di {name}", "Bouquet secco ({name}), molto voluminoso. {price}.")],
    "honey": [("Miele di {name} 500 g", "Miele locale, fioritura di {name}. {price} al vasetto.")],
    "toy": [("Peluche {name}", "Peluche {name}, nuovo con cartellino. {price}."),
            ("Statuina di {name}", "Statuina in resina ({name}), 12 cm. {price}."),
            ("Sapone a forma di {name}", "Sapone artigianale, soggetto {name}. {price}.")],
    "book": [("Libro su {name}", "Libro divulgativo su {name} e la sua diffusione, come nuovo. {price}."),
             ("Poster {name} A2", "Stampa di {name}, senza cornice. {price}.")],
    "bait": [("Esca congelata: {name}", "{name} morto e congelato, per la pesca ai predatori. {price} la busta.")],
}
EQUIPMENT = {
    "turtle": [("Acquaterrario con filtro", "Solo la vasca, senza animali. Ospitava: {name}. {price}.")],
    "terrarium": [("Terrario 120 cm", "Terrario in legno, prima ospitava: {name}. Animale non incluso. {price}.")],
    "aquarium": [("Acquario 200 litri vuoto", "Vasca, coperchio e filtro, senza pesci ({name} già ceduti). {price}.")],
    "pond_animal": [("Filtro e pompa per laghetto",
    "Usati nel nostro laghetto con {name}. Solo attrezzatura. {price}.")],
    "mammal": [("Gabbia grande", "Gabbia per {name} o simili, senza animale. {price}.")],
    "aquatic_plant": [("Telo per laghetto e cestelli", "Senza piante, {name} rimossa. {price}.")],
}
SERVICES = {
    "plant": [("Eliminazione di {name}",
    "Rimozione professionale di {name} a {place} e dintorni. Preventivo gratuito."),
              ("Pulizia giardini, anche {name}", "Estirpiamo e smaltiamo {name} secondo le norme. Zona {place}.")],
    "animal": [("Disinfestazione: {name}", "Controllo autorizzato di {name}. Prezzo su richiesta."),
               ("Rimozione nidi ({name})", "Intervento rapido a {place} e dintorni: {name}.")],
}
NEWS = [("Attenzione: {name} avvistato a {place}",
"Segnalato {name} vicino a {place}. Per favore segnalate gli avvistamenti."),
        ("Info: {name}", "{name} è una specie esotica invasiva: vietato venderla o rilasciarla."),
        ("Vietato vendere {name}", "Non comprate né vendete {name}, è vietato nell'UE."),
        ("Visto oggi: {name}", "Visto lungo il fiume a {place}: {name}. Qualcun altro l'ha visto?")]
LOST = [("SMARRITO: {name} a {place}", "Ci è scappato ieri: {name}. Ricompensa!"),
        ("Trovato: {name}", "Trovato nel mio giardino a {place}: {name}. Di chi è?")]
NEGATION = [("{offered} in vendita", "Vendo {offered}. Non è {listed}, che è vietato."),
            ("{offered} - NON {listed}", "Me lo chiedono spesso: sono {offered}, non {listed}. {price} cadauno."),
            ("{offered} originali", "Attenzione: si tratta di {offered} e non di {listed}. {price}.")]
ALTERNATIVE = [("{offered}, alternativa legale a {listed}", "Piantate {offered} invece di {listed}. {price}."),
               ("Vendo {offered}", "Ottimo sostituto di {listed}. {price} al vaso.")]
NO_SPECIES = [
    ("Acquario 60 litri con coperchio", "Completo di riscaldatore e filtro, senza pesci. {price}.", "other", "sale"),
    ("Attrezzi da giardino", "Vanga, forca e rastrello, usati. {price}.", "other", "sale"),
    ("Cerco terrario grande", "Cerco terrario in vetro da almeno 90 cm.", "other", "wanted"),
    ("Regalo vasi", "Circa 30 vasi di plastica, ritiro a {place}.", "other", "giveaway"),
    ("Mangime per uccelli 20 kg", "Miscela per uccelli selvatici, sacco chiuso. {price}.", "product", "sale"),
    ("Pompa per laghetto 3000 l/h", "Funziona perfettamente. {price}.", "other", "sale"),
    ("Fiori secchi misti", "Fiori secchi assortiti per bricolage. {price}.", "product", "sale"),
    ("Giardiniere disponibile", "Potatura siepi, taglio erba e diserbo a {place}.", "other", "sale"),
]
HASHTAGS = ["#acquario", "#laghetto", "#terrario", "#giardino", "#piante", "#vendo", "#allevamento"]
