"""Simplified Chinese sentence templates: 野外记录、园艺闲谈、科学文献、博物馆标签和新闻.

Latin names stay in Latin script; some templates set them off with spaces or full-width brackets,
as Chinese writers do, and some do not.
"""

PLACES = ["云南西双版纳", "浙江舟山", "黑龙江哈尔滨", "广东湛江", "江苏太湖"]
PERSONS = ["王建国", "李娜", "张教授", "陈晓明", "刘芳"]

ORGS = ["中国气象局", "国家自然博物馆", "北京大学", "中国铁路", "中国科学院"]

TEMPLATES = {
    "any": [
        "第二条记录（{sci}）来自一处私人花园。",
        "寄主：[{sci}]，鉴定人：{person}。",
        "{sci}于{year}年首次在{place}被记录。",
        "地区名录将 {sci} 列为已归化物种。",
        "据数据库记载，{sci}目前被认为已经定殖。",
        "经DNA条形码鉴定，该样本为{sci}。",
        "{place}的{sci}记录由{person}核实。",
        "我们在第二个样点没有再发现{sci}。",
        "标签：{sci}，采集人：{person}，{year}年。",
    ],
    "plant": [
        "{sci}在干燥的山坡上五月至七月开花。",
        "上周末我终于在池塘边种下了{sci}。",
        "{sci}的种子经过低温处理后发芽最好。",
    ],
    "animal": [
        "{sci}主要在黄昏时活动。",
        "在港口附近捕获了两只{sci}幼体。",
        "{sci}成体体长约{n}厘米。",
    ],
    "pair": [
        "{sci}和{sci2}在同一地点被发现。",
        "与{sci}不同，{sci2}能耐受半咸水。",
        "早期作者常把 {sci} 与 {sci2} 混淆。",
    ],
    "abbrev": [
        "{sci}在这里很常见，{abbr}在更北的地方也有记录。",
        "我们将{sci}与近缘种进行了比较；{abbr}在若干特征上有所不同。",
    ],
    "vernacular": [
        "{vern}（{sci}）正沿着河岸扩散。",
        "当地人叫它{vern}，植物学家称之为{sci}。",
        "尽管有警告，一些花卉市场仍在出售{vern}。",
    ],
    "fossil": [
        "博物馆标签：{sci}，亚化石骨骼，{year}年采集。",
        "在{place}发现了已灭绝物种{sci}的遗骸。",
    ],
    "none": [
        "{org}于{year}年在{place}设立了办事处。",
        "{person}自{year}年起在{org}工作。",
        "有{n}多名志愿者参加了{place}的春节庙会。",
        "周五的大雨导致{place}附近多条道路封闭。",
        "据{org}称，明年价格将上涨。",
        "市政府周二晚上召开了会议。",
        "节日期间，成千上万的游客参观了故宫博物院。",
        "{person}在会议上谈到了水资源管理。",
        "我们的团队正在招聘两名野外助理。",
        "新西兰和南非收紧了相关规定。",
    ],
}
