"""Spanish marketplace listing templates (Spain and Latin America)."""

PRICES = ["{n} €", "{n}€", "{n},00 €", "{n} euros", "{n} EUR", "${n} MXN"]
PLACES = ["Madrid", "Valencia", "Sevilla", "Zaragoza", "Bilbao", "Málaga", "Murcia", "Valladolid", "Granada",
"Alicante",
          "Oviedo", "Córdoba"]
SPECIES_LINE = ["Especie: {name}", "Nombre científico: {latin}", "Se trata de: {name}", "Especie / variedad: {name}"]

# A title marked with WATER suits only aquarium and pond offers.
WATER = ("aquarium", "pond_animal", "aquatic_plant", "turtle")
TITLES = {
    "sale": [
        "Vendo {name}", "Se venden {count} {names}", "{name} - {price}", "En venta: {names}", "{name} ({place})",
        "{count} {names} de cría propia", "{names} disponibles", "{name} a buen precio",
        "Vendo {names}, {price} cada uno",
        "Lote de {count} {names}", ("{name} para estanque o acuario", WATER), "Precioso ejemplar de {name}",
        "Vendo {names} por mudanza",
    ],
    "wanted": [
        "Busco {name}", "Compro {names}", "Se buscan {names}", "Busco {name} zona {place}", "¿Alguien vende {names}?",
        "Necesito: {name}",
    ],
    "giveaway": [
        "Regalo {name}", "Regalo {count} {names}", "{names} en adopción", "Doy {name} a quien lo cuide bien",
        "Se regala: {name}", "{name} gratis, {place}",
    ],
}

INTROS = {
    "sale": [
        "Vendo {count} {names}.", "Tengo {names} de cría propia.", "Disponibles: {count} {names}.",
        "Por reducción de colección vendo: {name}.", "Se venden {names} sanos.", "Me quedan {count} {names}.",
        "Pongo a la venta: {name}.", "{names} de {year}, en perfecto estado.", "Por falta de tiempo vendo: {name}.",
    ],
    "wanted": [
        "Busco {count} {names}.", "Busco urgente: {name}.", "¿Alguien tiene {names} para vender?",
        "Busco {names}, aunque sean varios.", "Estoy buscando: {name}.",
    ],
    "giveaway": [
        "Regalo: {name}.", "Regalo {count} {names} a buen hogar.", "Ya no tengo tiempo, así que regalo: {name}.",
        "Regalo {names}, hay que venir a buscarlos.", "A cambio de la voluntad: {name}.",
    ],
}

DETAILS = {
    "turtle": ["Caparazón de unos {size} cm.", "Come pienso y verdura.", "Se puede incluir lámpara de calor y UV.",
               "Eclosión en {year}, come muy bien.", "Caparazón en perfecto estado."],
    "terrarium": ["Come bien, sin problemas.", "Criado en cautividad, {year}.", "Se puede incluir el terrario.",
                  "Mide unos {size} cm.", "Tranquilo y fácil de manejar."],
    "aquarium": ["Mantenidos a 24 grados en acuario plantado.", "Tamaño aproximado {size} cm.",
    "Comen escamas, pienso y congelado.",
                 "Envío posible en caja térmica.", "Cría propia, nada de captura salvaje.",
                 "Todos de la misma puesta de {year}."],
    "pond_animal": ["Ideales para estanque de jardín.", "Unos {size} cm, resistentes al frío.",
    "Viven fuera todo el año.",
                    "Traer cubo o nevera.", "Sacados de mi estanque esta semana."],
    "mammal": ["Muy manso, acostumbrado a que lo cojan.", "Jaula y accesorios opcionales.",
    "Revisado por el veterinario.",
               "Unos {age} años, muy cariñoso.", "Macho y hembra disponibles.", "Nacido en {year}, destetado."],
    "park_mammal": ["Criados en un cercado grande al aire libre.", "Aptos para granja escuela o parque.",
                    "Varios ejemplares de {age} años.", "Se puede organizar el transporte."],
    "waterfowl": ["Anillado, nacido en {year}.", "Pareja disponible, en parque con estanque.", "Buen estado.",
                  "Solo para quien tenga estanque."],
    "cagebird": ["Anillado, nacido en {year}.", "Criado a mano, muy manso.", "Se puede incluir la jaula.",
                 "Sexado por ADN, con papeles."],
    "ants": ["Reina con unas {count}0 obreras y cría.", "Colonia en tubo de ensayo.", "Hormiguero no incluido."],
    "aquatic_plant": ["Cultivo emergido, sin caracoles.", "Crece rápido, muy oxigenante.", "Manojos de unos {size} cm.",
                      "De mi propio acuario.", "Envío en papel húmedo.", "Para estanque y acuario."],
    "garden_plant": ["Planta fuerte en maceta de {size} cm.", "Resistente y de crecimiento rápido.",
    "Muy decorativa para el jardín.",
                     "Trasplantada esta primavera.", "A raíz desnuda, se arranca al pedir.",
                     "Unos {size} cm de altura."],
}

PROPAGULE_UNITS = {
    "seeds": ["semillas", "sobres de semillas"],
    "cuttings": ["esquejes", "trozos de rizoma", "hijuelos"],
    "eggs": ["huevos para incubar", "huevos fértiles", "puesta"],
    "spores": ["esporas"],
}
PROPAGULE_TITLES = {
    "sale": ["{count} {unit} de {name}", "{unit} de {name} - {price}", "{unit}: {name}", "Vendo {unit} de {name}"],
    "wanted": ["Busco {unit} de {name}", "Compro {unit} ({name})"],
    "giveaway": ["Regalo {unit} de {name}", "{unit} gratis: {name}"],
}
PROPAGULE_DETAILS = {
    "seeds": ["Cosecha {year} de mi jardín.", "Buena germinación.", "Siembra en primavera, muy fácil.",
              "Unas {count}0 semillas por sobre."],
    "cuttings": ["Enraízan fácilmente en agua.", "Cada trozo mide unos {size} cm.", "Cortados esta mañana."],
    "eggs": ["Recogidos esta semana, guardados en frío.", "Envío bien embalado."],
    "spores": ["Sembrar sobre sustrato húmedo.", "Recogidas en {year}."],
}

LOGISTICS = {
    "sale": ["Precio: {price}.", "{price} cada uno, negociable.", "Solo recogida en {place}.",
    "Envío posible por {price} más.",
             "Pago en efectivo al recoger.", "Envío por mensajería, {price}.", "Entrega en mano a {km} km de {place}."],
    "wanted": ["Pago hasta {price}.", "Puedo desplazarme {km} km.", "Zona {place}.", "Pago yo el envío."],
    "giveaway": ["Gratis, recogida en {place}.", "Gratis, solo a buen hogar.",
    "Se agradece la voluntad, no es obligatorio.",
                 "Hay que recogerlo, zona {place}."],
}
CLOSINGS = ["Escríbeme por privado.", "No reservo.", "Fotos bajo petición.", "Abstenerse curiosos.",
            "Mira mis otros anuncios.", "Cualquier duda, pregunta.", "Por orden de llegada."]
ALSO = ["También tengo {other}.", "Puedo añadir {other}.", "Disponibles además: {other}."]

PRODUCTS = {
    "fur": [("Abrigo de piel ({name}), talla {size}", "Piel auténtica: {name}. Usado dos veces, {price}."),
            ("Gorro de piel de {name}", "Gorro de invierno muy calentito, piel de {name}. {price}."),
            ("Pieles curtidas ({name})", "Pieles de {name} curtidas, ideales para manualidades. {price} cada una.")],
    "seafood": [("Colas de cangrejo congeladas ({name}) 1 kg", "Cocido y congelado: {name}. {price} el kilo."),
                ("{name} cocido, congelado", "Entero y cocido, en bolsas de 500 g ({name}). {price}.")],
    "venison": [("Carne de caza: {name}", "Guiso de {name}, envasado al vacío y congelado. {price} el kg.")],
    "frog_legs": [("Ancas de rana congeladas ({name})", "Ancas de {name}, 1 kg. {price}.")],
    "antlers": [("Cuerna de {name}", "Desmogues ({name}) para morder o decoración. {price}.")],
    "taxidermy": [("Disecado: {name}", "{name} disecado sobre peana de madera. {price}."),
                  ("Cráneo de {name}", "Cráneo limpio ({name}) para coleccionistas. {price}.")],
    "extract": [("Polvo de raíz de {name} 500 g", "Raíz seca y molida ({name}). {price}."),
                ("Cápsulas de extracto de {name}", "Complemento de {name}, 60 cápsulas. {price}.")],
    "spice": [("Especia golpar ({name}) 100 g", "Semillas molidas de {name}, especia persa. {price}.")],
    "basket": [("Cesta de {name}", "Cesta trenzada a mano con {name} seco. {price}."),
               ("Set de 3 cestas ({name})", "Cestas de fibra natural ({name}). {price} el set.")],
    "wood": [("Astillas para ahumar, madera de {name}", "Madera seca ({name}), saco de 5 kg. {price}.")],
    "dried": [("Flores secas: {name}", "10 plumeros secos ({name}) para jarrón, sin plantas vivas. {price}."),
              ("Ramo seco de {name}", "Ramo seco ({name}), muy vistoso. {price}.")],
    "honey": [("Miel de {name} 500 g", "Miel de la zona, flor de {name}. {price} el bote.")],
    "toy": [("Peluche de {name}", "Peluche {name}, nuevo con etiqueta. {price}."),
            ("Figura de {name}", "Figura de resina ({name}), 12 cm. {price}."),
            ("Jabón con forma de {name}", "Jabón artesanal, motivo {name}. {price}.")],
    "book": [("Libro sobre {name}", "Libro divulgativo sobre {name} y su expansión, como nuevo. {price}."),
             ("Póster {name} A2", "Lámina de {name}, sin marco. {price}.")],
    "bait": [("Cebo congelado: {name}", "{name} muerto y congelado, para pesca de depredadores. {price} la bolsa.")],
}
EQUIPMENT = {
    "turtle": [("Acuaterrario con filtro", "Solo el acuaterrario, sin animales. Lo usaba con {name}. {price}.")],
    "terrarium": [("Terrario 120 cm", "Terrario de madera, antes con {name}. Sin animal. {price}.")],
    "aquarium": [("Acuario 200 L vacío", "Acuario, tapa y filtro, sin peces ({name} ya regalados). {price}.")],
    "pond_animal": [("Filtro y bomba de estanque", "Usados en nuestro estanque con {name}. Solo equipo. {price}.")],
    "mammal": [("Jaula grande", "Jaula para {name} o similar, sin animal. {price}.")],
    "aquatic_plant": [("Lámina para estanque y cestas", "Sin plantas, {name} retirado. {price}.")],
}
SERVICES = {
    "plant": [("Eliminación de {name}", "Retirada profesional de {name} en {place} y alrededores. Presupuesto gratis."),
              ("Desbroce, incluido {name}", "Arrancamos y gestionamos {name} según la normativa. Zona {place}.")],
    "animal": [("Control de plagas: {name}", "Control autorizado de {name}. Precio a consultar."),
               ("Retirada de nidos ({name})", "Servicio rápido en {place} y alrededores: {name}.")],
}
NEWS = [("Aviso: {name} visto en {place}", "Se ha avistado {name} cerca de {place}. Por favor, avisad."),
        ("Info: {name}", "{name} es una especie exótica invasora; prohibido venderla o soltarla."),
        ("Prohibido vender {name}", "No compréis ni vendáis {name}, está prohibido en la UE."),
        ("Visto hoy: {name}", "Visto junto al río en {place}: {name}. ¿Alguien más lo ha visto?")]
LOST = [("PERDIDO: {name} en {place}", "Se nos escapó ayer: {name}. ¡Se gratificará!"),
        ("Encontrado: {name}", "Apareció en mi jardín en {place}: {name}. ¿Es de alguien?")]
NEGATION = [("{offered} en venta", "Vendo {offered}. No es {listed}, que está prohibido."),
            ("{offered} - NO {listed}", "Me lo preguntan mucho: son {offered}, no {listed}. {price} cada uno."),
            ("{offered} auténticos", "Ojo: se trata de {offered} y no de {listed}. {price}.")]
ALTERNATIVE = [("{offered}, alternativa legal a {listed}", "Planta {offered} en lugar de {listed}. {price}."),
               ("Vendo {offered}", "Buen sustituto de {listed}. {price} la maceta.")]
NO_SPECIES = [
    ("Acuario 60 L con tapa", "Completo con calentador y filtro, sin peces. {price}.", "other", "sale"),
    ("Herramientas de jardín", "Pala, horca y rastrillo, usados. {price}.", "other", "sale"),
    ("Busco terrario grande", "Busco terrario de cristal de 90 cm o más.", "other", "wanted"),
    ("Regalo macetas", "Unas 30 macetas de plástico, recoger en {place}.", "other", "giveaway"),
    ("Comida para pájaros 20 kg", "Mezcla para aves silvestres, sin abrir. {price}.", "product", "sale"),
    ("Bomba de estanque 3000 l/h", "Funciona perfectamente. {price}.", "other", "sale"),
    ("Flores secas variadas", "Lote de flores secas para manualidades. {price}.", "product", "sale"),
    ("Jardinero disponible", "Poda de setos, césped y desbroce en {place}.", "other", "sale"),
]
HASHTAGS = ["#acuario", "#estanque", "#terrario", "#jardín", "#plantas", "#seVende", "#críapropia"]
