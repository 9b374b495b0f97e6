"""Portuguese sentence templates: notas de campo, jardinagem, prosa científica, etiquetas e notícias."""

PLACES = ["Vila Real", "Castelo Branco", "Ponta Delgada", "Foz do Iguaçu", "Viana do Castelo", "Figueira da Foz"]
PERSONS = ["João Pereira", "Ana Sousa", "Manuel Almeida", "Rita Carvalho", "Pedro Santos"]

ORGS = ["o Instituto Português do Mar e da Atmosfera", "a Cruz Vermelha", "a Universidade de Coimbra",
"a Rádio Televisão Portuguesa", "a Quercus"]

TEMPLATES = {
    "any": [
        "O segundo registo ({sci}) veio de um jardim privado.",
        "Hospedeiro: [{sci}], det. {person}.",
        "{sci} foi registado pela primeira vez em {place} em {year}.",
        "A lista regional inclui {sci} como naturalizado em {n} distritos.",
        "Segundo a base de dados, {sci} é agora considerado estabelecido.",
        "A identificação como {sci} foi confirmada por sequenciação.",
        "Os registos de {sci} perto de {place} foram verificados por {person}.",
        "Não conseguimos confirmar a presença de {sci} no segundo local.",
        "Etiqueta: {sci}, leg. {person}, {year}.",
    ],
    "plant": [
        "{sci} floresce de maio a julho em encostas secas.",
        "No fim de semana passado plantei finalmente {sci} junto ao lago.",
        "As sementes de {sci} germinam melhor depois de um período frio.",
        "Um denso povoamento de {sci} cobre agora o talude da linha férrea.",
    ],
    "animal": [
        "{sci} está ativo sobretudo ao anoitecer.",
        "Foram capturados dois juvenis de {sci} junto ao porto.",
        "Os adultos de {sci} atingem cerca de {n} cm de comprimento.",
    ],
    "pair": [
        "{sci} e {sci2} foram encontrados no mesmo local.",
        "Ao contrário de {sci}, {sci2} tolera água salobra.",
        "Os autores antigos confundiam muitas vezes {sci} com {sci2}.",
    ],
    "abbrev": [
        "{sci} é comum aqui, e {abbr} também foi anotado mais a norte.",
        "Comparámos {sci} com espécies próximas; {abbr} difere em vários caracteres.",
    ],
    "vernacular": [
        "A espécie conhecida como {vern} ({sci}) está a espalhar-se pelas margens.",
        "Aqui chamam-lhe {vern}, mas os botânicos falam de {sci}.",
        "Ainda se vende {vern} em alguns viveiros apesar dos avisos.",
    ],
    "fossil": [
        "Etiqueta do museu: {sci}, ossos subfósseis, recolhidos em {year}.",
        "Foram encontrados restos atribuídos à espécie extinta {sci} perto de {place}.",
    ],
    "none": [
        "Em {year}, {org} abriu um escritório em {place}.",
        "{person} trabalha desde {year} para {org}.",
        "Mais de {n} voluntários ajudaram nas Festas de São João em {place}.",
        "A chuva forte cortou várias estradas perto de {place} na sexta-feira.",
        "Segundo {org}, os preços vão subir no próximo ano.",
        "A Câmara Municipal reuniu-se na terça-feira à noite.",
        "Milhares de pessoas visitaram a Praça do Comércio durante as festas.",
        "{person} falou sobre gestão da água no congresso.",
        "A nossa equipa em {place} procura dois assistentes de campo.",
        "Rio de Janeiro e Belo Horizonte receberam mais turistas este ano.",
        "A Proteção Civil fechou a estrada por causa da neve.",
    ],
}
