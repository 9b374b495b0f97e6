"""Spanish sentence templates: cuadernos de campo, jardinería, prosa científica, etiquetas y noticias."""

PLACES = ["Sierra Nevada", "Costa Brava", "Puerto de la Cruz", "Santa Cruz de Tenerife", "Ciudad Real", "Doñana",
          "San Sebastián"]
PERSONS = ["Javier Morales", "Lucía Fernández", "el profesor Ortega", "Carmen Ruiz", "Miguel Herrera"]

ORGS = ["la Agencia Estatal de Meteorología", "el Museo Nacional de Ciencias Naturales", "la Cruz Roja",
"Radio Nacional de España", "la Universidad de Sevilla"]

TEMPLATES = {
    "any": [
        "La segunda cita ({sci}) procede de un jardín privado.",
        "Hospedador: [{sci}], det. {person}.",
        "{sci} se citó por primera vez en {place} en {year}.",
        "El catálogo regional incluye {sci} como naturalizada en {n} provincias.",
        "Según la base de datos, {sci} se considera ya establecida.",
        "La identificación como {sci} se confirmó mediante secuenciación.",
        "Las citas de {sci} cerca de {place} fueron revisadas por {person}.",
        "No pudimos confirmar la presencia de {sci} en la segunda localidad.",
        "Etiqueta: {sci}, leg. {person}, {year}.",
        "¿Está {sci} realmente tan extendida como dice la bibliografía antigua?",
    ],
    "plant": [
        "{sci} florece de mayo a julio en laderas secas.",
        "Por fin planté {sci} junto al estanque el fin de semana pasado.",
        "Las semillas de {sci} germinan mejor después de un periodo de frío.",
        "Una masa densa de {sci} cubre ahora el terraplén del ferrocarril.",
    ],
    "animal": [
        "{sci} es activo sobre todo al anochecer.",
        "Se capturaron dos juveniles de {sci} junto al puerto.",
        "Los adultos de {sci} alcanzan unos {n} cm de longitud.",
        "En primavera se contaron las parejas reproductoras de {sci}.",
    ],
    "pair": [
        "{sci} y {sci2} aparecieron en la misma localidad.",
        "A diferencia de {sci}, {sci2} tolera el agua salobre.",
        "Los autores antiguos confundían a menudo {sci} con {sci2}.",
    ],
    "abbrev": [
        "{sci} es común aquí, y {abbr} también se anotó más al norte.",
        "Comparamos {sci} con especies afines; {abbr} difiere en varios caracteres.",
        "También se examinó material de {abbr} de la misma localidad.",
    ],
    "vernacular": [
        "La especie conocida como {vern} ({sci}) avanza por las riberas.",
        "Aquí lo llaman {vern}, pero los botánicos hablan de {sci}.",
        "Esta mañana vimos un ejemplar de {vern} junto a la pasarela.",
        "{vern} se sigue vendiendo en algunos viveros pese a las advertencias.",
    ],
    "fossil": [
        "Etiqueta del museo: {sci}, huesos subfósiles, recogidos en {year}.",
        "Se hallaron restos atribuidos a la especie extinta {sci} cerca de {place}.",
    ],
    "none": [
        "En {year}, {org} abrió una oficina en {place}.",
        "{person} trabaja desde {year} para {org}.",
        "Más de {n} voluntarios ayudaron en la Semana Grande de {place}.",
        "Las fuertes lluvias cortaron varias carreteras cerca de {place} el viernes.",
        "Según {org}, los precios subirán el año que viene.",
        "Las entradas para el Festival de Verano de {place} se agotan cada año.",
        "El Consejo de Ministros aprobó el martes los nuevos presupuestos.",
        "Miles de personas visitaron la Plaza Mayor durante las fiestas.",
        "{person} habló sobre política del agua en el congreso.",
        "Nuestro equipo en {place} busca dos ayudantes de campo.",
        "Buenos Aires y Santiago de Chile recibieron más turistas este año.",
        "La Guardia Civil cortó la carretera por la nieve.",
    ],
}
