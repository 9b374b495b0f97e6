"""Simplified Chinese marketplace listing templates (second-hand and pet-trade apps).

Chinese does not separate words with spaces, so names sit directly against the surrounding text.
"""

# Prices are drawn in euro-sized units; this converts them to the local currency, roughly.
PRICE_SCALE = 7
PRICES = ["¥{n}", "{n}元", "{n}块", "RMB {n}", "￥{n}"]
PLACES = ["北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安", "苏州", "重庆"]
SPECIES_LINE = ["品种：{name}", "学名：{latin}", "物种：{name}"]

TITLES = {
    "sale": ["出{name}", "{name}出售", "转让{name}，{price}", "自繁{name}低价出", "{place}出{count}个{name}", "{name}，{price}包邮",
             "便宜出{name}", "【出售】{name}", ("{name}苗出售", ("aquarium", "pond_animal", "turtle", "garden_plant",
             "aquatic_plant")), "精品{name}", "家养{name}转让"],
    "wanted": ["求购{name}", "收{name}", "求一个{name}", "{place}收{name}"],
    "giveaway": ["免费送{name}", "{name}免费领养", "送{name}，自提", "{name}找新主人"],
}
INTROS = {
    "sale": ["自己养的{name}，出{count}个。", "家里繁殖的{name}，现在出售。", "因为搬家，转让{name}。", "现有{name}{count}个，状态很好。",
             "出售{name}，数量有限。", "没时间养了，出{name}。"],
    "wanted": ["想收{count}个{name}，有的私聊。", "求购{name}，价格好商量。", "有没有出{name}的？"],
    "giveaway": ["免费送{name}，希望好好对待。", "家里的{name}太多了，免费送{count}个。", "送{name}，只限自提。"],
}
DETAILS = {
    "turtle": ["背甲约{size}厘米。", "吃龟粮和青菜。", "很活泼，吃食好。"],
    "terrarium": ["开口正常。", "{year}年人工繁殖。", "体长约{size}厘米。"],
    "aquarium": ["水温24度草缸饲养。", "体长约{size}厘米。", "吃颗粒饲料和冻饵。", "可以发顺丰，泡沫箱打包。"],
    "pond_animal": ["适合庭院鱼池。", "约{size}厘米，耐寒。", "自带桶来拿。"],
    "mammal": ["很亲人，可以上手。", "送笼子和用品。", "大约{age}岁，很温顺。", "公母都有。"],
    "park_mammal": ["大围栏散养。", "有好几只可选。", "可以安排运输。"],
    "waterfowl": ["{year}年出壳，带脚环。", "一对出售。", "适合有池塘的养殖场。"],
    "cagebird": ["{year}年出壳，带脚环。", "手养的，非常亲人。", "可送鸟笼。"],
    "ants": ["蚁后加约{count}0只工蚁。", "试管巢饲养。"],
    "aquatic_plant": ["长得很快，增氧效果好。", "每份约{size}厘米。", "自家鱼缸剪下的。", "适合鱼池和鱼缸。"],
    "garden_plant": ["{size}厘米盆苗，很壮。", "耐寒，长得快。", "高约{size}厘米。"],
}
PROPAGULE_UNITS = {"seeds": ["种子", "种子包"], "cuttings": ["扦插枝条", "根茎段"], "eggs": ["种蛋", "受精蛋"], "spores": ["孢子"]}
PROPAGULE_TITLES = {"sale": ["{name}{unit}出售", "出{name}{unit}，{price}", "{unit}：{name}"],
                    "wanted": ["求购{name}{unit}"], "giveaway": ["免费送{name}{unit}"]}
PROPAGULE_DETAILS = {"seeds": ["{year}年自家采收。", "发芽率高。", "每包约{count}0粒。"],
                     "cuttings": ["水培很容易生根。", "每段约{size}厘米。"],
                     "eggs": ["本周新收，冷藏保存。", "包装仔细。"], "spores": ["撒在湿润基质上。"]}
LOGISTICS = {
    "sale": ["价格{price}。", "{price}一个，可小刀。", "{place}同城自提。", "可以发快递，运费{price}。", "当面交易。"],
    "wanted": ["最高出{price}。", "{place}附近优先。", "运费我出。"],
    "giveaway": ["免费，{place}自提。", "免费送，只要好好养。"],
}
CLOSINGS = ["有意私聊。", "非诚勿扰。", "可以看实拍图。", "先到先得。"]
ALSO = ["还有{other}。", "可以搭配{other}。"]
PRODUCTS = {
    "fur": [("{name}皮草大衣", "真皮草，{name}毛，只穿过两次，{price}。"), ("{name}毛领", "{name}毛皮领子，保暖，{price}。")],
    "seafood": [("冷冻{name}1公斤", "熟冻{name}，解冻即食，{price}一公斤。")],
    "frog_legs": [("冷冻{name}腿", "冷冻{name}腿1公斤，{price}。")],
    "extract": [("正宗{name}粉500克", "{name}磨成的粉，冲泡即食，{price}。"), ("{name}提取物胶囊", "{name}根提取物，60粒，{price}。")],
    "basket": [("{name}编织收纳筐", "用晒干的{name}手工编织，{price}。")],
    "dried": [("{name}干花束", "{name}干花，不是活体植物，{price}。")],
    "toy": [("{name}毛绒玩具", "全新{name}公仔，{price}。"), ("{name}造型香皂", "手工皂，{name}造型，{price}。")],
    "book": [("{name}科普书", "介绍{name}的书，九成新，{price}。")],
    "taxidermy": [("{name}标本", "{name}剥制标本，老藏品，{price}。")],
}
EQUIPMENT = {
    "turtle": [("龟缸带过滤", "只有缸，没有龟，之前养的是{name}。{price}。")],
    "aquarium": [("空鱼缸200升", "鱼缸、盖子和过滤器，没有鱼（{name}已经送人）。{price}。")],
    "mammal": [("大号笼子", "适合{name}之类的小宠，不含动物。{price}。")],
}
SERVICES = {
    "plant": [("清除{name}", "专业清除{name}，{place}及周边，免费报价。")],
    "animal": [("{name}防治服务", "专业处理{name}，价格面议。")],
}
NEWS = [("注意：{place}发现{name}", "{place}附近发现了{name}，请大家注意并上报。"),
        ("科普：{name}", "{name}是外来入侵物种，禁止买卖和放生。"),
        ("今天看到了{name}", "在{place}河边看到{name}，还有人见过吗？")]
LOST = [("寻{name}，{place}", "昨天跑丢了一只{name}，找到必有重谢！"), ("捡到{name}", "在{place}小区捡到一只{name}，谁家的？")]
NEGATION = [("出{offered}", "这是{offered}，不是{listed}，{listed}禁止买卖。"),
            ("{offered}，不是{listed}", "很多人问，这个是{offered}，不是{listed}。{price}。")]
ALTERNATIVE = [("{offered}，代替{listed}", "用{offered}代替{listed}，{price}一盆。")]
NO_SPECIES = [
    ("60升鱼缸带盖", "带加热棒和过滤器，没有鱼。{price}。", "other", "sale"),
    ("园艺工具一套", "铁锹、叉子和耙子，九成新。{price}。", "other", "sale"),
    ("求购大号爬宠箱", "想要90厘米以上的玻璃箱。", "other", "wanted"),
    ("免费送花盆", "大约30个塑料花盆，{place}自提。", "other", "giveaway"),
    ("鱼饲料", "三罐，明年过期。{price}。", "product", "sale"),
    ("上门修剪绿篱", "{place}上门修剪绿篱、除草。", "other", "sale"),
]
HASHTAGS = ["#水族", "#鱼缸", "#爬宠", "#园艺", "#闲置", "#同城"]
