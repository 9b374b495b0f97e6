"""Portuguese marketplace listing templates (Portugal and Brazil)."""

PRICES = ["{n} €", "{n}€", "{n},00 €", "R$ {n}", "R$ {n},00", "{n} euros"]
PLACES = ["Lisboa", "Porto", "Braga", "Coimbra", "Faro", "Aveiro", "São Paulo", "Curitiba", "Setúbal", "Évora"]
SPECIES_LINE = ["Espécie: {name}", "Nome científico: {latin}", "Trata-se de: {name}"]

# A title marked with WATER suits only aquarium and pond offers.
WATER = ("aquarium", "pond_animal", "aquatic_plant", "turtle")
TITLES = {
    "sale": ["Vendo {name}", "{count}x {name} à venda", "{name} - {price}", "À venda: {name}", "{name} ({place})",
             "{name} de criação própria", "Lote de {count} {name}", ("{name} para lago ou aquário", WATER),
             "Vende-se {name}",
             "{name} barato"],
    "wanted": ["Procuro {name}", "Compro {name}", "Alguém vende {name}?", "Procura-se: {name}"],
    "giveaway": ["Ofereço {name}", "Doação: {name}", "{name} para adoção", "Dou {count} {name}"],
}
INTROS = {
    "sale": ["Vendo {count} exemplares de {name}.", "Tenho {name} de criação própria.", "Disponível: {name}.",
             "Por falta de tempo vendo: {name}.", "Coloco à venda: {name}.", "Ainda tenho {count} exemplares: {name}."],
    "wanted": ["Procuro {count} exemplares de {name}.", "Alguém tem {name} para vender?",
    "Estou à procura de: {name}."],
    "giveaway": ["Ofereço: {name}.", "Dou {count} exemplares de {name} a quem cuidar bem.",
    "Sem tempo, por isso ofereço: {name}."],
}
DETAILS = {
    "turtle": ["Carapaça com cerca de {size} cm.", "Come ração e verduras.", "Muito ativa."],
    "terrarium": ["Come bem.", "Nascido em cativeiro em {year}.", "Cerca de {size} cm."],
    "aquarium": ["Mantidos a 24 graus em aquário plantado.", "Tamanho cerca de {size} cm.",
    "Comem ração em flocos e congelados.",
                 "Envio possível em caixa térmica."],
    "pond_animal": ["Ideais para lago de jardim.", "Cerca de {size} cm.", "Trazer balde."],
    "mammal": ["Muito manso.", "Gaiola incluída.", "Cerca de {age} anos, muito meigo.", "Macho e fêmea disponíveis."],
    "park_mammal": ["Criados em cercado grande.", "Vários animais disponíveis.", "Transporte a combinar."],
    "waterfowl": ["Anilhado, nascido em {year}.", "Casal disponível.", "Só para quem tem lago."],
    "cagebird": ["Anilhado, nascido em {year}.", "Criado à mão, muito manso.", "Gaiola incluída."],
    "ants": ["Rainha com cerca de {count}0 obreiras.", "Colónia em tubo de ensaio."],
    "aquatic_plant": ["Cresce depressa, ótima para oxigenar.", "Molhos de cerca de {size} cm.",
    "Do meu próprio aquário.",
                      "Para lago e aquário."],
    "garden_plant": ["Planta forte em vaso de {size} cm.", "Resistente e de crescimento rápido.",
    "Cerca de {size} cm de altura."],
}
PROPAGULE_UNITS = {"seeds": ["sementes", "pacotes de sementes"], "cuttings": ["estacas", "pedaços de rizoma"],
                   "eggs": ["ovos para incubar", "ovos férteis"], "spores": ["esporos"]}
PROPAGULE_TITLES = {"sale": ["{count} {unit} de {name}", "{unit} de {name} - {price}", "Vendo {unit} de {name}"],
                    "wanted": ["Procuro {unit} de {name}"], "giveaway": ["Ofereço {unit} de {name}"]}
PROPAGULE_DETAILS = {"seeds": ["Colheita de {year}.", "Boa germinação.", "Cerca de {count}0 sementes por pacote."],
                     "cuttings": ["Enraízam facilmente em água.", "Cada pedaço com cerca de {size} cm."],
                     "eggs": ["Recolhidos esta semana.", "Envio bem embalado."],
                     "spores": ["Semear em substrato húmido."]}
LOGISTICS = {
    "sale": ["Preço: {price}.", "{price} cada, negociável.", "Só entrega em mão em {place}.",
    "Envio por {price} extra.",
             "Pagamento em dinheiro."],
    "wanted": ["Pago até {price}.", "Zona de {place}.", "Pago os portes."],
    "giveaway": ["Grátis, levantar em {place}.", "Grátis, só para quem cuidar bem."],
}
CLOSINGS = ["Contacte por mensagem.", "Fotos a pedido.", "Não reservo.", "Qualquer dúvida, pergunte."]
ALSO = ["Também tenho {other}.", "Posso juntar {other}."]
PRODUCTS = {
    "fur": [("Casaco de pele ({name})", "Pele verdadeira: {name}. Usado duas vezes, {price}."),
            ("Gorro de pele de {name}", "Gorro de inverno, pele de {name}. {price}.")],
    "seafood": [("Lagostim congelado ({name}) 1 kg", "Cozido e congelado: {name}. {price} o quilo.")],
    "taxidermy": [("Embalsamado: {name}", "{name} embalsamado em base de madeira. {price}.")],
    "extract": [("Pó de raiz de {name} 500 g", "Raiz seca e moída ({name}). {price}.")],
    "basket": [("Cesto de {name}", "Cesto entrançado à mão com {name} seco. {price}.")],
    "dried": [("Flores secas: {name}", "10 plumas secas ({name}) para jarra, sem plantas vivas. {price}.")],
    "toy": [("Peluche de {name}", "Peluche {name}, novo com etiqueta. {price}."),
            ("Sabonete em forma de {name}", "Sabonete artesanal, motivo {name}. {price}.")],
    "book": [("Livro sobre {name}", "Livro sobre {name} e a sua expansão, como novo. {price}.")],
}
EQUIPMENT = {
    "turtle": [("Aquaterrário com filtro", "Só o aquaterrário, sem animais. Era de {name}. {price}.")],
    "aquarium": [("Aquário 200 L vazio", "Aquário com tampa e filtro, sem peixes ({name} já doados). {price}.")],
    "mammal": [("Gaiola grande", "Gaiola para {name} ou semelhante, sem animal. {price}.")],
}
SERVICES = {
    "plant": [("Remoção de {name}", "Remoção profissional de {name} em {place}. Orçamento grátis.")],
    "animal": [("Controlo de pragas: {name}", "Controlo autorizado de {name}. Preço sob consulta.")],
}
NEWS = [("Atenção: {name} avistado em {place}", "Foi avistado {name} perto de {place}. Por favor, comuniquem."),
        ("Info: {name}", "{name} é uma espécie exótica invasora; é proibido vender ou libertar."),
        ("Visto hoje: {name}", "Visto junto ao rio em {place}: {name}. Mais alguém viu?")]
LOST = [("PERDIDO: {name} em {place}", "Fugiu ontem: {name}. Dá-se alvíssaras!"),
        ("Encontrado: {name}", "Apareceu no meu quintal em {place}: {name}. É de alguém?")]
NEGATION = [("{offered} à venda", "Vendo {offered}. Não é {listed}, que é proibido."),
            ("{offered} - NÃO é {listed}", "Perguntam muito: é {offered}, não {listed}. {price}.")]
ALTERNATIVE = [("{offered}, alternativa legal a {listed}", "Plante {offered} em vez de {listed}. {price}.")]
NO_SPECIES = [
    ("Aquário 60 L com tampa", "Completo com aquecedor e filtro, sem peixes. {price}.", "other", "sale"),
    ("Ferramentas de jardim", "Pá, forquilha e ancinho, usados. {price}.", "other", "sale"),
    ("Procuro terrário grande", "Procuro terrário de vidro com 90 cm ou mais.", "other", "wanted"),
    ("Ofereço vasos", "Cerca de 30 vasos de plástico, levantar em {place}.", "other", "giveaway"),
    ("Comida para peixes", "Três latas de flocos. {price}.", "product", "sale"),
    ("Jardineiro disponível", "Corte de sebes e relva em {place}.", "other", "sale"),
]
HASHTAGS = ["#aquario", "#lago", "#terrario", "#jardim", "#plantas", "#vendo"]
