"""Listings that seek help against a listed species: pest control, trapping, clearing, pond draining.

They name the species and carry the intent "wanted" but offer nothing alive, so they keep a classifier from
learning that a search always means a live organism. Each entry is (title, description) with the
same slots as the other listing templates; the group says whether the species is a plant or an animal.
"""

SERVICES_WANTED = {
    "en": {
        "plant": [("Looking for someone to clear {name}", "Our garden in {place} is overrun with {name}. Who can remove it?"),
                  ("Gardener wanted: {name} removal", "Need {name} dug out and disposed of properly. Quotes welcome."),
                  ("Advice wanted: how to get rid of {name}?", "Every spring {name} comes back in our garden. Any tips or a firm to recommend?")],
        "animal": [("Need pest control for {name}", "We have {name} in the loft in {place}. Looking for a licensed trapper."),
                   ("Wanted: someone to catch {name} in our pond", "The pond is full of {name}. Can anyone help empty it?"),
                   ("Can anyone remove {name} from our lake?", "The fishing club needs help: the water is full of {name}. Nets or traps welcome.")],
    },
    "de": {
        "plant": [("Suche Gärtner zum Entfernen: {name}", "Unser Grundstück in {place} ist voller {name}. Wer kann helfen?"),
                  ("Wer rodet {name}?", "Suche jemanden, der {name} fachgerecht entfernt und entsorgt."),
                  ("Tipps gesucht: Wie werde ich {name} los?", "Jedes Jahr wieder {name} im Beet. Kennt jemand eine Firma?")],
        "animal": [("Schädlingsbekämpfer gesucht: {name}", "Wir haben {name} in der Garage in {place}. Bitte melden."),
                   ("Wer fängt {name} bei uns?", "Im Garten richtet {name} Schäden an. Suche Hilfe, zahle fair."),
                   ("Helfer mit Reuse gesucht: {name}", "Im Vereinsgewässer gibt es zu viele {name}. Wer hilft beim Fangen und Entsorgen?")],
    },
    "fr": {
        "plant": [("Cherche jardinier pour arracher {name}", "Notre terrain à {place} est envahi par {name}. Devis bienvenus."),
                  ("Recherche entreprise : {name}", "Besoin d'enlever {name} du jardin et de l'évacuer."),
                  ("Conseils : comment se débarrasser de {name} ?", "Chaque printemps {name} revient au jardin. Une entreprise à conseiller ?")],
        "animal": [("Cherche piégeur pour {name}", "Nous avons {name} dans le grenier à {place}. Qui peut intervenir ?"),
                   ("Besoin d'aide : {name} dans la mare", "La mare est pleine de {name}. Cherche quelqu'un pour la vider."),
                   ("Qui peut retirer {name} de notre étang ?", "L'étang communal est plein de {name}. Filets ou nasses bienvenus.")],
    },
    "nl": {
        "plant": [("Gezocht: hovenier voor {name}", "Onze tuin in {place} staat vol {name}. Wie kan het verwijderen?"),
                  ("Wie verwijdert {name}?", "Zoek iemand die {name} uitgraaft en afvoert. Graag een offerte."),
                  ("Tips gevraagd: hoe kom ik van {name} af?", "Elk voorjaar komt {name} terug in de tuin. Wie weet een bedrijf?")],
        "animal": [("Bestrijder gezocht voor {name}", "We hebben {name} in de schuur in {place}. Wie komt kijken?"),
                   ("Wie kan {name} vangen?", "In onze sloot zit {name}. Zoek hulp om ze weg te halen."),
                   ("Hulp met fuik of net gezocht: {name}", "In ons water zitten te veel {name}. Wie helpt met vangen en afvoeren?")],
    },
    "es": {
        "plant": [("Busco jardinero para quitar {name}", "El jardín en {place} está invadido por {name}. Pido presupuesto."),
                  ("Necesito retirar {name}", "Busco empresa que arranque y retire {name} de la parcela."),
                  ("Consejo: ¿cómo eliminar {name}?", "Cada primavera vuelve {name} al jardín. ¿Alguna empresa recomendada?")],
        "animal": [("Busco control de plagas: {name}", "Tenemos {name} en el desván en {place}. ¿Alguien puede ayudar?"),
                   ("Se busca ayuda: {name} en el estanque", "El estanque está lleno de {name}. Busco quien lo vacíe."),
                   ("¿Quién puede sacar {name} de nuestra charca?", "La charca está llena de {name}. Se agradecen redes o nasas.")],
    },
    "it": {
        "plant": [("Cerco giardiniere per eliminare {name}", "Il giardino a {place} è invaso da {name}. Chiedo preventivo."),
                  ("Cercasi ditta: {name}", "Devo estirpare e smaltire {name} dal terreno."),
                  ("Consigli: come liberarsi di {name}?", "Ogni primavera torna {name} in giardino. Qualche ditta da consigliare?")],
        "animal": [("Cerco disinfestatore per {name}", "Abbiamo {name} in soffitta a {place}. Chi può intervenire?"),
                   ("Cercasi aiuto: {name} nel laghetto", "Il laghetto è pieno di {name}. Cerco chi lo svuoti."),
                   ("Chi può togliere {name} dal nostro stagno?", "Lo stagno è pieno di {name}. Servono reti o nasse.")],
    },
    "pt": {
        "plant": [("Procuro jardineiro para remover {name}", "O terreno em {place} está cheio de {name}. Peço orçamento."),
                  ("Preciso de limpar {name}", "Procuro empresa para arrancar e levar {name}."),
                  ("Conselhos: como acabar com {name}?", "Todas as primaveras volta {name} ao jardim. Alguma empresa a recomendar?")],
        "animal": [("Procuro controlo de pragas: {name}", "Temos {name} no sótão em {place}. Alguém ajuda?"),
                   ("Preciso de ajuda: {name} no lago", "O lago está cheio de {name}. Procuro quem o esvazie."),
                   ("Quem consegue tirar {name} do nosso tanque?", "O tanque está cheio de {name}. Aceito ajuda com redes ou armadilhas.")],
    },
    "pl": {
        "plant": [("Szukam ogrodnika – usunięcie: {name}", "Działka w {place} zarośnięta ({name}). Proszę o wycenę."),
                  ("Kto usunie {name}?", "Szukam firmy do wykopania i wywiezienia: {name}."),
                  ("Porady: jak pozbyć się {name}?", "Co wiosnę wraca ({name}). Ktoś poleci firmę?")],
        "animal": [("Szukam firmy do odłowu: {name}", "Mamy problem na strychu w {place}: {name}. Kto pomoże?"),
                   ("Pomoc potrzebna: {name} w oczku wodnym", "Oczko pełne ({name}). Szukam kogoś do odłowienia."),
                   ("Kto wyłowi {name} ze stawu?", "Staw pełen ({name}). Szukam kogoś z siecią lub pułapkami.")],
    },
    "zh": {
        "plant": [("求助：清除{name}", "{place}的院子里长满了{name}，找人帮忙清理。"),
                  ("找人处理{name}", "需要专业人员清除并处理{name}，请报价。"),
                  ("请教：怎么彻底清除{name}？", "每年春天院子里又长出{name}，有没有推荐的公司？")],
        "animal": [("求助：阁楼里有{name}", "{place}家里阁楼有{name}，找专业人员捕捉。"),
                   ("找人清理池塘里的{name}", "池塘里全是{name}，求帮忙抽干清理。"),
                   ("谁能帮忙捞走池塘里的{name}？", "池塘里{name}太多了，有网或笼子的朋友请联系。")],
    },
    "sv": {
        "plant": [("Söker trädgårdsfirma: {name}", "Tomten i {place} är full av {name}. Vem kan ta bort det?"),
                  ("Vem kan rensa bort {name}?", "Söker någon som gräver upp och tar hand om {name}."),
                  ("Tips sökes: hur blir jag av med {name}?", "Varje vår kommer {name} tillbaka. Någon som kan rekommendera en firma?")],
        "animal": [("Söker skadedjursbekämpare: {name}", "Vi har {name} på vinden i {place}. Vem kan hjälpa?"),
                   ("Hjälp sökes: {name} i dammen", "Dammen är full av {name}. Söker någon som kan tömma den."),
                   ("Vem kan fånga {name} i vår sjö?", "Fiskeföreningen behöver hjälp: vattnet är fullt av {name}.")],
    },
    "cs": {
        "plant": [("Hledám zahradníka – odstranění: {name}", "Pozemek v {place} je zarostlý ({name}). Prosím o nabídku."),
                  ("Kdo odstraní {name}?", "Hledám firmu na vykopání a odvoz: {name}."),
                  ("Poraďte: jak se zbavit {name}?", "Každé jaro se vrací ({name}). Doporučíte firmu?")],
        "animal": [("Hledám deratizéra: {name}", "Na půdě v {place} máme {name}. Kdo pomůže?"),
                   ("Hledám pomoc: {name} v jezírku", "Jezírko je plné ({name}). Hledám někoho na výlov."),
                   ("Kdo vyloví {name} z rybníka?", "Rybník je plný ({name}). Hledám někoho se sítí nebo pastmi.")],
    },
    "da": {
        "plant": [("Søger gartner til at fjerne {name}", "Grunden i {place} er fuld af {name}. Hvem kan hjælpe?"),
                  ("Hvem kan fjerne {name}?", "Søger firma til at grave {name} op og bortskaffe det."),
                  ("Gode råd: hvordan slipper jeg af med {name}?", "Hvert forår kommer {name} igen. Kan nogen anbefale et firma?")],
        "animal": [("Søger skadedyrsbekæmper: {name}", "Vi har {name} på loftet i {place}. Hvem kan hjælpe?"),
                   ("Hjælp søges: {name} i havedammen", "Dammen er fuld af {name}. Søger nogen til at tømme den."),
                   ("Hvem kan fange {name} i vores sø?", "Søen er fuld af {name}. Hjælp med net eller ruser søges.")],
    },
    "ja": {
        "plant": [("{name}の除去をお願いできる方を探しています", "{place}の庭が{name}だらけです。見積もりをお願いします。"),
                  ("{name}の駆除方法を教えてください", "毎年春になると庭に{name}が出てきます。業者をご存じの方はいませんか。")],
        "animal": [("{name}の駆除業者を探しています", "{place}の屋根裏に{name}がいます。対応できる方はご連絡ください。"),
                   ("池の{name}を捕まえてくれる方募集", "池に{name}が増えすぎました。網や罠をお持ちの方、ご連絡ください。")],
    },
    "ru": {
        "plant": [("Ищу садовника: удалить {name}", "Участок в {place} зарос ({name}). Жду предложений."),
                  ("Совет: как избавиться от {name}?", "Каждую весну снова {name}. Посоветуйте фирму.")],
        "animal": [("Ищу службу отлова: {name}", "На чердаке в {place} завёлся {name}. Кто поможет?"),
                   ("Кто выловит {name} из пруда?", "Пруд полон ({name}). Ищу помощь с сетями или ловушками.")],
    },
}
