"""French marketplace listing templates (France, Belgium, Switzerland)."""

PRICES = ["{n} €", "{n}€", "{n},00 €", "{n} euros", "{n} EUR", "{n} CHF"]
PLACES = ["Lyon", "Toulouse", "Nantes", "Lille", "Bordeaux", "Rennes", "Liège", "Namur", "Grenoble", "Dijon",
          "Genève", "Montpellier", "Tours"]
SPECIES_LINE = ["Espèce : {name}", "Nom latin : {latin}", "Il s'agit de : {name}", "Variété / espèce : {name}"]

# A title marked with WATER suits only aquarium and pond offers.
WATER = ("aquarium", "pond_animal", "aquatic_plant", "turtle")
TITLES = {
    "sale": [
        "Vends {name}", "{count} {names} à vendre", "{name} - {price}", "A vendre : {names}", "{name} ({place})",
        "{count} {names} de ma production", "{names} disponibles", "{name} à petit prix", "Cède {names}, {price} pièce",
        "Lot de {count} {names}", ("{name} pour bassin ou aquarium", WATER), "Magnifique {name} à vendre",
        "Vente {names} cause déménagement",
    ],
    "wanted": [
        "Recherche {name}", "Cherche {names}", "Achète {names}", "Recherche {name} secteur {place}",
        "Quelqu'un aurait des {names} ?", "Je cherche : {name}",
    ],
    "giveaway": [
        "Donne {name}", "Donne {count} {names}", "{names} à donner", "Don : {name} contre bons soins",
        "A adopter : {name}", "{name} à donner, {place}",
    ],
}

INTROS = {
    "sale": [
        "Je vends {count} {names}.", "Je propose des {names} de mon élevage.", "Disponibles : {count} {names}.",
        "Suite à une réduction de mon cheptel, je cède : {name}.", "Vente de {names} en bonne santé.",
        "Il me reste {count} {names} à vendre.", "Je me sépare de : {name}.", "{names} de {year}, en pleine forme.",
        "A vendre, cause manque de temps : {name}.",
    ],
    "wanted": [
        "Je recherche {count} {names}.", "Cherche urgemment : {name}.", "Quelqu'un aurait-il des {names} à céder ?",
        "Recherche {names}, même plusieurs.", "Je suis à la recherche de : {name}.",
    ],
    "giveaway": [
        "Je donne : {name}.", "Je donne {count} {names} contre bons soins.",
        "Plus le temps de m'en occuper, je donne : {name}.",
        "Donne {names} à récupérer sur place.", "Contre une petite participation : {name}.",
    ],
}

DETAILS = {
    "turtle": ["Taille de la carapace environ {size} cm.", "Mange granulés et salade.",
    "Lampe chauffante et UV fournies si besoin.",
               "Éclosion {year}, mange bien.", "Carapace impeccable."],
    "terrarium": ["Se nourrit bien, aucun souci.", "Né en captivité en {year}.", "Terrarium possible en supplément.",
                  "Environ {size} cm de long.", "Calme et facile à manipuler."],
    "aquarium": ["Maintenus à 24 degrés en bac planté.", "Taille environ {size} cm.",
    "Mangent paillettes, granulés et congelé.",
                 "Envoi possible en colis isotherme.", "Nés chez moi, pas de capture sauvage.",
                 "Tous issus de la ponte de {year}."],
    "pond_animal": ["Idéal pour bassin de jardin.", "Environ {size} cm, rustique.", "Vivent dehors toute l'année.",
                    "Prévoir un seau ou une glacière.", "Pêchés cette semaine dans mon bassin."],
    "mammal": ["Très apprivoisé, habitué à être manipulé.", "Cage et accessoires en option.",
    "Vu par le vétérinaire, mange bien.",
               "Environ {age} ans, très gentil.", "Mâle et femelle disponibles.", "Né en {year}, sevré."],
    "park_mammal": ["Élevés en grand enclos extérieur.", "Convient pour un parc animalier ou une ferme.",
                    "Plusieurs animaux disponibles, {age} ans.", "Transport possible.",
                    "Bouclés et vus par le vétérinaire."],
    "waterfowl": ["Bagué fermé, né en {year}.", "Couple disponible, en enclos avec mare.", "Éjointé, bon état.",
                  "Uniquement pour un parc avec plan d'eau."],
    "cagebird": ["Bagué fermé, né en {year}.", "Élevé à la main, très familier.", "Cage fournie si besoin.",
                 "Sexé par ADN, papiers fournis.", "Chante toute la journée."],
    "ants": ["Reine avec environ {count}0 ouvrières et couvain.", "Colonie en tube à essai.",
    "Fourmilière non incluse.",
             "Nourrie à l'eau sucrée et aux insectes."],
    "aquatic_plant": ["Culture émergée, sans escargots.", "Pousse vite, très oxygénante.",
    "Bouquets d'environ {size} cm.",
                      "Issues de mon propre bac.", "Envoi dans du papier humide.", "Pour bassin et aquarium."],
    "garden_plant": ["Belle plante en pot de {size} cm.", "Rustique et vigoureuse.", "Superbe pour un massif.",
                     "Rempotée ce printemps.", "Racines nues, arrachée à la commande.", "Environ {size} cm de haut."],
}

PROPAGULE_UNITS = {
    "seeds": ["graines", "semences", "sachets de graines"],
    "cuttings": ["boutures", "morceaux de rhizome", "rejets", "tiges à bouturer"],
    "eggs": ["œufs à couver", "œufs fécondés", "frai"],
    "spores": ["spores"],
}
PROPAGULE_TITLES = {
    "sale": ["{count} {unit} de {name}", "{unit} de {name} - {price}", "{unit} : {name}", "Vends {unit} ({name})"],
    "wanted": ["Recherche {unit} de {name}", "Cherche {unit} : {name}"],
    "giveaway": ["Donne {unit} de {name}", "{unit} gratuites : {name}"],
}
PROPAGULE_DETAILS = {
    "seeds": ["Récolte {year} de mon jardin.", "Bon taux de germination.", "Semis au printemps, très facile.",
              "Environ {count}0 graines par sachet."],
    "cuttings": ["S'enracinent facilement dans l'eau.", "Chaque morceau fait environ {size} cm.", "Coupées ce matin.",
                 "À planter directement en terre ou en pot."],
    "eggs": ["Ramassés cette semaine, gardés au frais.", "À incuber à température habituelle.", "Envoi bien protégé."],
    "spores": ["Semer sur terreau humide.", "Récoltées en {year}."],
}

LOGISTICS = {
    "sale": ["Prix : {price}.", "{price} pièce, à débattre.", "À retirer sur {place} uniquement.",
    "Envoi possible pour {price} de plus.",
             "Paiement en espèces au retrait.", "Envoi Colissimo, {price}.",
             "Remise en main propre à {km} km de {place}."],
    "wanted": ["Je paie jusqu'à {price}.", "Je peux me déplacer jusqu'à {km} km.", "Secteur {place}.",
    "Frais de port à ma charge."],
    "giveaway": ["Gratuit, à récupérer à {place}.", "Gratuit, contre bons soins uniquement.",
                 "Petite participation bienvenue mais pas obligatoire.", "À venir chercher, secteur {place}."],
}
CLOSINGS = ["Contactez-moi par MP.", "Pas de réservation.", "Photos sur demande.",
"Merci de ne pas me contacter pour rien.",
            "Voir mes autres annonces.", "N'hésitez pas pour toute question !", "Premier arrivé, premier servi."]
ALSO = ["J'ai aussi des {other}.", "Possibilité d'ajouter des {other}.", "Aussi disponibles : {other}."]

PRODUCTS = {
    "fur": [("Manteau de fourrure ({name}), taille {size}", "Vraie fourrure : {name}. Porté deux fois, {price}."),
            ("Chapka fourrure {name}", "Chapeau d'hiver chaud, fourrure de {name}. Très bon état, {price}."),
            ("Peaux tannées : {name}", "Peaux de {name} tannées, idéales pour la couture. {price} pièce."),
            ("Cherche col en fourrure ({name})", "Je cherche un col en fourrure de {name} pour restaurer un manteau.",
            "wanted")],
    "seafood": [("Queues d'écrevisses surgelées ({name}) 1 kg", "Cuites et surgelées : {name}. {price} le kilo."),
                ("{name} cuites, surgelées", "Entières, cuites, en sachets de 500 g ({name}). {price}.")],
    "venison": [("Viande de gibier : {name}", "Sauté de {name}, sous vide et congelé. {price} le kg."),
                ("Cuissot ({name})", "Cuissot de {name}, environ 3 kg, congelé. À retirer, {price}.")],
    "frog_legs": [("Cuisses de grenouille surgelées ({name})", "Cuisses de {name} surgelées, 1 kg. {price}.")],
    "antlers": [("Bois de {name}", "Bois de chute ({name}), à mâcher pour chien ou en déco. {price}.")],
    "taxidermy": [("Naturalisé : {name}", "{name} naturalisé sur socle en bois, ancienne collection. {price}."),
                  ("Crâne de {name}", "Crâne nettoyé ({name}) pour collectionneur. {price}.")],
    "extract": [("Poudre de racine de {name} 500 g", "Racine séchée et moulue ({name}). {price}."),
                ("Gélules d'extrait de {name}", "Complément alimentaire à base de {name}, 60 gélules. {price}.")],
    "spice": [("Épice golpar ({name}) 100 g", "Graines moulues de {name}, épice persane. {price}.")],
    "basket": [("Panier en {name} tressée", "Panier fait main en {name} séchée. {price}."),
               ("Lot de 3 paniers en {name}", "Paniers de rangement en fibre naturelle ({name}). {price} le lot.")],
    "wood": [("Copeaux de fumage, bois de {name}", "Bois sec ({name}), sac de 5 kg. {price}."),
             ("Bol tourné en bois de {name}", "Bol tourné à la main, bois : {name}. {price}.")],
    "dried": [("Fleurs séchées : {name}", "10 plumeaux séchés ({name}) pour vase, pas de plantes vivantes. {price}."),
              ("Bouquet sec de {name}", "Bouquet de {name} séchée, très volumineux. {price}.")],
    "honey": [("Miel de {name} 500 g", "Miel local, butinage sur {name}. {price} le pot.")],
    "toy": [("Peluche {name}", "Peluche {name}, neuve avec étiquette. {price}."),
            ("Figurine {name}", "Figurine en résine ({name}), 12 cm. {price}."),
            ("Savon en forme de {name}", "Savon artisanal, motif {name}. {price}."),
            ("Mug {name}", "Mug en céramique, illustration {name}. {price}.")],
    "book": [("Livre sur {name}", "Livre documentaire sur {name} et son expansion, comme neuf. {price}."),
             ("Affiche {name} A2", "Reproduction {name}, sans cadre. {price}.")],
    "bait": [("{names} congelées pour la pêche",
    "Appâts morts ({name}), congelés, pour les carnassiers. {price} le sachet.")],
}
EQUIPMENT = {
    "turtle": [("Aquaterrarium avec filtre", "Bac seul, sans animaux. Il accueillait : {name}. {price}.")],
    "terrarium": [("Terrarium 120 cm", "Terrarium en bois, a hébergé : {name}. Animal non inclus. {price}.")],
    "aquarium": [("Aquarium 200 L vide", "Bac, couvercle et filtre, sans poissons ({name} déjà donnés). {price}.")],
    "pond_animal": [("Filtre et pompe de bassin", "Utilisés dans notre bassin avec {name}. Matériel seul. {price}.")],
    "mammal": [("Grande cage", "Cage pour {name} ou équivalent, sans animal. {price}.")],
    "waterfowl": [("Panneaux de volière", "Panneaux de l'enclos de mes {name}. Sans oiseaux. {price}.")],
    "aquatic_plant": [("Bâche de bassin et paniers", "Sans plantes, {name} retirée. {price}.")],
    "ants": [("Fourmilière neuve", "Nid pour une colonie de {name}, sans fourmis. {price}.")],
}
SERVICES = {
    "plant": [("Élimination de {name}", "Arrachage et élimination de {name} à {place} et environs. Devis gratuit."),
              ("Débroussaillage, y compris {name}",
              "Nous arrachons et évacuons {name} dans les règles. Secteur {place}.")],
    "animal": [("Lutte contre {name}", "Intervention agréée contre {name}. Prix sur demande."),
               ("Destruction de nids : {name}", "Intervention rapide à {place} et alentours ({name}).")],
}
NEWS = [("Attention : {name} observé à {place}",
"{name} a été signalé près de {place}. Merci de signaler vos observations."),
        ("Info : {name}", "{name} est une espèce exotique envahissante, vente et relâcher interdits."),
        ("Rappel : vente de {name} interdite",
        "Merci de ne pas acheter ni vendre de {name}, c'est interdit dans l'UE."),
        ("Vu aujourd'hui : {name}", "Vu au bord de la rivière à {place} : {name}. Quelqu'un d'autre en a vu ?")]
LOST = [("PERDU : {name} à {place}", "Notre {name} s'est échappé hier. Récompense !"),
        ("Trouvé : {name}", "Trouvé dans mon jardin à {place} : {name}. À qui est-il ?")]
NEGATION = [("{offered} à vendre", "Je vends des {offered}. Ce ne sont pas des {listed}, qui sont interdites."),
            ("{offered} - PAS {listed}",
            "On me le demande souvent : ce sont des {offered}, pas des {listed}. {price} pièce."),
            ("Attention : {offered}", "Attention, il s'agit de {offered} et non de {listed}. {price}.")]
ALTERNATIVE = [("{offered}, alternative autorisée à {listed}", "Plantez {offered} plutôt que {listed}. {price}."),
               ("{offered} à vendre", "Bon remplaçant de {listed}. {price} le pot.")]
NO_SPECIES = [
    ("Aquarium 60 L avec couvercle", "Ensemble complet avec chauffage et filtre, sans poissons. {price}.", "other",
    "sale"),
    ("Lot d'outils de jardin", "Bêche, fourche et râteau, usagés. {price}.", "other", "sale"),
    ("Recherche grand terrarium", "Je cherche un terrarium en verre de 90 cm minimum.", "other", "wanted"),
    ("Pots de fleurs à donner", "Une trentaine de pots en plastique, à récupérer à {place}.", "other", "giveaway"),
    ("Graines pour oiseaux 20 kg", "Mélange pour oiseaux du jardin, sac fermé. {price}.", "product", "sale"),
    ("Pompe de bassin 3000 l/h", "Fonctionne parfaitement. {price}.", "other", "sale"),
    ("Tapis chauffant reptiles", "Avec thermostat. {price}.", "other", "sale"),
    ("Lot de fleurs séchées", "Fleurs séchées variées pour loisirs créatifs. {price}.", "product", "sale"),
    ("Entretien de jardin", "Taille de haies, tonte, désherbage sur {place}.", "other", "sale"),
    ("Nourriture pour poissons", "Trois boîtes de paillettes. {price}.", "product", "sale"),
]
HASHTAGS = ["#aquariophilie", "#bassin", "#terrariophilie", "#jardin", "#plantes", "#avendre", "#élevage"]
