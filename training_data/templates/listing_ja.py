"""Japanese marketplace listing templates (flea-market apps and classifieds)."""

# Prices are drawn in euro-sized units; this converts them to the local currency, roughly.
PRICE_SCALE = 100
PRICES = ["{n}円", "¥{n}", "{n}円（送料込み）", "￥{n}"]
PLACES = ["東京", "大阪", "名古屋", "札幌", "福岡", "横浜", "京都", "神戸", "仙台", "広島"]
SPECIES_LINE = ["種類：{name}", "学名：{latin}", "品種：{name}"]

TITLES = {
    "sale": ["{name}販売", "{name} ×{count}", "【出品】{name}", "{name}お譲りします", "自家繁殖の{name}", "{name}（{place}）",
             "{name} {price}", "格安 {name}", "{name} 複数あり"],
    "wanted": ["{name}を探しています", "{name}求む", "{name}譲ってください"],
    "giveaway": ["{name}無料でお譲りします", "{name}里親募集", "{name}差し上げます"],
}
INTROS = {
    "sale": ["自宅で飼育している{name}です。", "自家繁殖の{name}をお譲りします。", "引っ越しのため{name}を手放します。",
             "{name}が増えたので出品します。", "元気な{name}です。"],
    "wanted": ["{name}を探しています。", "{name}をお持ちの方、ご連絡ください。"],
    "giveaway": ["{name}を無料でお譲りします。", "{name}の里親を探しています。"],
}
DETAILS = {
    "turtle": ["甲長は約{size}cmです。", "人工飼料をよく食べます。"],
    "terrarium": ["餌食いは良好です。", "{year}年生まれです。"],
    "aquarium": ["水温24度の水草水槽で飼育しています。", "体長は約{size}cmです。", "発泡スチロール箱で発送します。"],
    "pond_animal": ["庭の池にぴったりです。", "約{size}cm、屋外で越冬できます。"],
    "mammal": ["よく慣れています。", "ケージもお付けします。", "{age}歳くらいです。"],
    "park_mammal": ["広い囲いで飼育しています。", "輸送は相談に応じます。"],
    "waterfowl": ["{year}年孵化、足環あり。", "ペアでお譲りします。"],
    "cagebird": ["{year}年孵化、足環あり。", "手乗りでよく慣れています。"],
    "ants": ["女王と働きアリ約{count}0匹です。", "試験管で飼育しています。"],
    "aquatic_plant": ["成長が早く、水質浄化に役立ちます。", "一束約{size}cmです。", "自宅の水槽で育てたものです。"],
    "garden_plant": ["{size}cmポットの苗です。", "丈夫でよく育ちます。"],
}
PROPAGULE_UNITS = {"seeds": ["種子", "種"], "cuttings": ["挿し穂", "根茎"], "eggs": ["有精卵", "卵塊"], "spores": ["胞子"]}
PROPAGULE_TITLES = {"sale": ["{name}の{unit}", "{name} {unit} {price}"], "wanted": ["{name}の{unit}を探しています"],
                    "giveaway": ["{name}の{unit}差し上げます"]}
PROPAGULE_DETAILS = {"seeds": ["{year}年に採取しました。", "発芽率は良好です。"], "cuttings": ["水に挿せばすぐ発根します。"],
                     "eggs": ["今週採取したものです。"], "spores": ["湿った用土にまいてください。"]}
LOGISTICS = {
    "sale": ["価格は{price}です。", "{place}で手渡し可能です。", "送料は{price}です。", "値下げ交渉可。"],
    "wanted": ["{price}までお支払いします。", "{place}周辺の方希望。"],
    "giveaway": ["無料です。{place}まで取りに来られる方。", "大切にしてくれる方にお譲りします。"],
}
CLOSINGS = ["ご質問はメッセージでどうぞ。", "よろしくお願いします。", "即購入OKです。"]
ALSO = ["{other}もあります。"]
PRODUCTS = {
    "fur": [("{name}の毛皮コート", "本物の{name}の毛皮です。数回着用、{price}。")],
    "seafood": [("冷凍{name} 1kg", "ボイル済みの冷凍{name}です。{price}。")],
    "toy": [("{name}のぬいぐるみ", "新品の{name}ぬいぐるみです。{price}。")],
    "book": [("{name}の本", "{name}について書かれた本です。美品、{price}。")],
    "extract": [("{name}粉 500g", "{name}の根から作った粉です。{price}。")],
}
EQUIPMENT = {
    "turtle": [("亀用水槽 フィルター付き", "水槽のみで生体はいません。以前{name}を飼っていました。{price}。")],
    "aquarium": [("空の水槽 60cm", "水槽とフィルターのみ、生体なし（{name}は譲渡済み）。{price}。")],
}
SERVICES = {
    "plant": [("{name}の駆除", "{place}周辺で{name}の駆除を承ります。見積無料。")],
    "animal": [("{name}の捕獲・駆除", "{name}の被害でお困りの方はご相談ください。")],
}
NEWS = [("注意：{place}で{name}を確認", "{place}付近で{name}が見つかりました。見かけたら通報してください。"),
        ("{name}について", "{name}は外来生物で、販売や放流は禁止されています。"),
        ("今日{name}を見ました", "{place}の川沿いで{name}を見かけました。")]
LOST = [("{name}が逃げました（{place}）", "昨日{name}が逃げてしまいました。見つけた方はご連絡ください。"),
        ("{name}を保護しました", "{place}の庭で{name}を保護しました。飼い主の方はいませんか。")]
NEGATION = [("{offered}販売", "こちらは{offered}です。{listed}ではありません。"),
            ("{offered}（{listed}ではありません）", "よく聞かれますが、{offered}です。{price}。")]
ALTERNATIVE = [("{listed}の代わりに{offered}", "{listed}ではなく{offered}を植えましょう。{price}。")]
NO_SPECIES = [
    ("60cm水槽セット", "ヒーターとフィルター付き、生体なし。{price}。", "other", "sale"),
    ("園芸用品まとめ売り", "スコップと熊手、中古です。{price}。", "other", "sale"),
    ("大きめのケージを探しています", "90cm以上のガラスケージ希望です。", "other", "wanted"),
    ("植木鉢差し上げます", "プラスチック鉢約30個、{place}で手渡し。", "other", "giveaway"),
    ("熱帯魚の餌", "未開封3個。{price}。", "product", "sale"),
]
HASHTAGS = ["#アクアリウム", "#ビオトープ", "#爬虫類", "#ガーデニング", "#出品"]
