"""French sentence templates: carnets de terrain, jardinage, prose scientifique, étiquettes et actualités."""

PLACES = ["Saint-Étienne", "Aix-en-Provence", "Saint-Malo", "Port-Vendres", "Mont-de-Marsan", "Clermont-Ferrand",
          "Villeneuve-d'Ascq"]
PERSONS = ["Jean Dupuis", "Marie Lefèvre", "le professeur Martin", "Claire Rousseau", "Pierre Garnier"]

ORGS = ["la Ligue pour la Protection des Oiseaux", "Météo France", "le Muséum national", "la Région Bretagne",
"Radio France"]

TEMPLATES = {
    "any": [
        "La seconde mention ({sci}) provient d'un jardin privé.",
        "Hôte : [{sci}], dét. {person}.",
        "{sci} a été signalé pour la première fois à {place} en {year}.",
        "La liste régionale mentionne {sci} comme naturalisé dans {n} départements.",
        "D'après la base de données, {sci} est désormais considéré comme établi.",
        "L'identification comme {sci} a été confirmée par séquençage.",
        "Les mentions de {sci} près de {place} ont été vérifiées par {person}.",
        "Nous n'avons pas pu confirmer la présence de {sci} sur le second site.",
        "Étiquette : {sci}, leg. {person}, {year}.",
        "{sci} est-il vraiment aussi répandu que l'affirme la littérature ancienne ?",
    ],
    "plant": [
        "{sci} fleurit de mai à juillet sur les pentes sèches.",
        "J'ai enfin planté {sci} au bord du bassin le week-end dernier.",
        "Les graines de {sci} germent mieux après une période de froid.",
        "Un peuplement dense de {sci} couvre maintenant le talus de la voie ferrée.",
    ],
    "animal": [
        "{sci} est surtout actif au crépuscule.",
        "Deux juvéniles de {sci} ont été capturés près du port.",
        "Les adultes de {sci} atteignent environ {n} cm.",
        "Les couples nicheurs de {sci} ont été comptés au printemps.",
    ],
    "pair": [
        "{sci} et {sci2} ont été observés sur le même site.",
        "Contrairement à {sci}, {sci2} supporte l'eau saumâtre.",
        "Les auteurs anciens confondaient souvent {sci} avec {sci2}.",
    ],
    "abbrev": [
        "{sci} est commun ici, et {abbr} a aussi été noté plus au nord.",
        "Nous avons comparé {sci} aux espèces voisines ; {abbr} s'en distingue par plusieurs caractères.",
        "Du matériel de {abbr} provenant de la même localité a aussi été examiné.",
    ],
    "vernacular": [
        "L'espèce appelée {vern} ({sci}) progresse le long des berges.",
        "On l'appelle {vern}, mais les botanistes parlent de {sci}.",
        "Ce matin, nous avons vu un individu de l'espèce {vern} près de la passerelle.",
        "On vend encore {vern} dans certaines jardineries malgré les avertissements.",
    ],
    "fossil": [
        "Étiquette du muséum : {sci}, ossements subfossiles, récoltés en {year}.",
        "Des restes attribués à l'espèce éteinte {sci} ont été découverts près de {place}.",
    ],
    "none": [
        "En {year}, {org} a ouvert une antenne à {place}.",
        "{person} travaille depuis {year} pour {org}.",
        "Plus de {n} bénévoles ont aidé lors de la Fête de la Musique à {place}.",
        "De fortes pluies ont coupé plusieurs routes autour de {place} vendredi.",
        "Selon {org}, les prix augmenteront l'an prochain.",
        "Les billets pour le Festival d'Été de {place} partent vite.",
        "Le Conseil Municipal s'est réuni mardi soir à {place}.",
        "La Tour Eiffel a accueilli plus de visiteurs que l'an dernier.",
        "{person} a présenté le nouveau Plan Climat lors du colloque.",
        "Les habitants de Nouvelle-Aquitaine ont connu un hiver très doux.",
        "Notre équipe à {place} recrute deux assistants de terrain.",
        "Le Tour de France passera par Mont-de-Marsan cette année.",
    ],
}
