"""Multilingual cue words for the listing decision.

Each cue set is a list of regular-expression fragments, matched case-insensitively as whole words
(CJK fragments match anywhere, since those scripts don't separate words). The sets are merged over
languages rather than chosen by the detected language, because short listings are often
misidentified and sellers mix languages. Languages: en, de, fr, nl, es, it, pt, pl, zh.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Cue sets, keyed by the rule name that appears in the evidence.
CUES: dict[str, list[str]] = {
    "product": [
        # en
        r"furs?", r"pelts?", r"fur coats?", r"coats?", r"hats?", r"skins?", r"leather", r"taxidermy",
        r"stuffed", r"mounted", r"baskets?", r"wicker", r"starch", r"powder", r"flour", r"teas?",
        r"extracts?", r"frozen", r"dried", r"dead", r"meat", r"books?", r"posters?", r"prints?",
        r"toys?", r"plush", r"plushie", r"figurines?", r"soap", r"keychains?", r"traps?", r"mugs?",
        r"t-?shirts?", r"stickers?", r"paintings?", r"ornaments?", r"jewell?ery", r"trim",
        r"collars?", r"bait", r"skulls?", r"specimens?", r"carved", r"wood(?:en)?", r"decoy",
        r"puzzle", r"magnets?", r"honey", r"pollen", r"cooked", r"boiled", r"smoked", r"canned",
        # de
        r"pelz\w*", r"fell", r"felle", r"mantel", r"mütze", r"körbe?", r"korb\w*", r"stärke",
        r"pulver", r"tee", r"gefroren\w*", r"tiefgekühlt\w*", r"getrocknet\w*", r"buch", r"bücher",
        r"spielzeug\w*", r"plüsch\w*", r"fallen?", r"lebendfallen?", r"präparat\w*", r"schädel",
        r"figur(?:en)?", r"kuscheltier\w*", r"futtertiere?", r"drucke?", r"gekocht\w*", r"tiefgefroren\w*",
        r"geräuchert\w*",
        # fr
        r"fourrures?", r"manteaux?", r"paniers?", r"vannerie", r"amidon", r"poudre", r"congelée?s?",
        r"séchée?s?", r"livres?", r"jouets?", r"peluches?", r"pièges?", r"naturalisée?s?",
        r"figurines?", r"savons?", r"affiches?", r"col en", r"cuite?s?", r"surgelée?s?", r"fumée?s?",
        # nl
        r"bont", r"bontjas", r"jas", r"manden?", r"zetmeel", r"bevroren", r"gedroogde?",
        r"boeken?", r"speelgoed", r"knuffels?", r"vallen?", r"opgezette?", r"beeldjes?", r"gekookte?",
        r"diepvries",
        # es
        r"pieles?", r"abrigos?", r"cestas?", r"almidón", r"polvo", r"congelad[oa]s?",
        r"secad[oa]s?", r"libros?", r"juguetes?", r"trampas?", r"disecad[oa]s?", r"figuras?",
        r"cocid[oa]s?", r"ultracongelad[oa]s?",
        # it
        r"pellicc[ei]a?", r"cest[oi]", r"amido", r"congelat[oiae]", r"essiccat[oiae]", r"libr[oi]",
        r"giocattol[oi]", r"trappol[ae]", r"imbalsamat[oiae]", r"statuin[ae]", r"cott[oiae]",
        r"surgelat[oiae]", r"lessat[oiae]",
        # pt
        r"peles?", r"casacos?", r"cestos?", r"amido", r"congelad[oa]s?", r"livros?", r"brinquedos?",
        r"pelúcias?", r"armadilhas?", r"embalsamad[oa]s?", r"cozid[oa]s?",
        # pl
        r"futr[oa]", r"futrz\w*", r"kosz\w*", r"skrobi[aię]", r"mrożon\w*", r"książk\w*",
        r"zabawk\w*", r"pułapk\w*", r"wypchan\w*", r"suszon\w*", r"gotowan\w*",
        # zh
        r"淀粉", r"葛根粉", r"粉", r"皮草", r"毛皮", r"玩具", r"公仔", r"书", r"冷冻", r"标本", r"干货",
        r"茶", r"模型", r"摆件",
    ],
    "service": [
        r"removal", r"eradication", r"pest control", r"treatment", r"surveys?", r"management plans?",
        r"extermination", r"herbicide", r"control services?", r"we remove", r"disposal",
        r"nest removal", r"volunteers?", r"volunteering", r"work ?party", r"clean-?up", r"quotes?",
        r"bekämpfung", r"entfernung", r"beseitigung", r"dienstleistung\w*", r"kammerjäger",
        r"nestentfernung", r"freiwillige", r"arbeitseinsatz", r"angebot auf anfrage",
        r"élimination", r"traitement", r"arrachage", r"lutte contre", r"dératisation",
        r"destruction", r"intervention", r"devis", r"désinsectisation", r"bénévoles?", r"chantier",
        r"bestrijding", r"verwijder\w*", r"ongediertebestrijding", r"leeg te vissen", r"leegvissen",
        r"afvoeren", r"vrijwilligers?", r"offerte",
        r"eliminación", r"tratamiento", r"control de plagas", r"erradicación", r"retirada",
        r"arrancar", r"voluntariado", r"voluntarios", r"presupuesto",
        r"rimozione", r"eradicazione", r"disinfestazione", r"volontari", r"preventivo",
        r"remoção", r"erradicação", r"controlo de pragas", r"serviço", r"controlo", r"arranque",
        r"orçamentos?", r"voluntários",
        r"usuwanie", r"zwalczanie", r"wolontariusze", r"wycena",
        r"清除", r"防治", r"灭除",
    ],
    "propagule": [
        r"seeds?", r"seedpods?", r"spawn", r"hatching eggs?", r"fertile eggs?", r"eggs?", r"bulbs?",
        r"rhizomes?", r"tubers?", r"spores?", r"cuttings?", r"turions?", r"fragments?",
        r"samen", r"saatgut", r"sämereien", r"bruteier\w*", r"eier", r"rhizome?", r"knollen?",
        r"stecklinge?", r"ableger",
        r"graines?", r"semences?", r"œufs?", r"oeufs?", r"rhizomes?", r"boutures?",
        r"zaden", r"zaad", r"broedeieren", r"eieren", r"stekken", r"wortelstokken",
        r"semillas?", r"huevos?", r"esquejes?", r"rizomas?", r"tubérculos?",
        r"semi", r"uova", r"talee?", r"rizomi?",
        r"sementes?", r"ovos?", r"estacas?", r"rizomas?",
        r"nasion\w*", r"jaj\w*", r"sadzonk\w*", r"kłącz\w*",
        r"种子", r"种蛋", r"受精蛋", r"卵", r"种球", r"根茎",
    ],
    "live_plant": [
        r"plants?", r"potted", r"pots?", r"rooted", r"bare root", r"saplings?", r"seedlings?",
        r"shrubs?", r"trees?", r"hedging", r"aquatic plants?", r"pond plants?", r"oxygenators?",
        r"pflanzen?", r"topf", r"töpfe", r"sträucher", r"strauch", r"jungpflanzen?", r"teichpflanzen?",
        r"aquarienpflanzen?", r"wasserpflanzen?",
        r"plantes?", r"plants", r"godets?", r"arbustes?", r"plantules?",
        r"planten", r"potten", r"struiken?", r"vijverplanten?", r"waterplanten?",
        r"plantas?", r"macetas?", r"plantones?", r"arbustos?",
        r"piant[ae]", r"piantine", r"vas[oi]", r"arbust[oi]",
        r"mudas?", r"vasos?",
        r"rośliny?", r"roślin", r"sadzonki", r"doniczk\w*",
        r"植株", r"盆栽", r"植物", r"水草", r"苗",
    ],
    "live_animal": [
        r"live", r"alive", r"living", r"juveniles?", r"adults?", r"babies", r"baby", r"hatchlings?",
        r"breeding pairs?", r"tank[- ]bred", r"captive[- ]bred", r"healthy", r"feeding", r"eats?",
        r"tadpoles?", r"fry", r"kits?", r"pups?",
        r"lebend\w*", r"jungtiere?", r"nachzuchte?n?", r"zuchtpaar", r"gesund\w*", r"frisst",
        r"vivante?s?", r"juvéniles?", r"adultes?", r"têtards?", r"alevins?", r"bonne santé",
        r"levende?", r"jongen", r"jonge", r"kikkervisjes?", r"gezond\w*",
        r"viv[oa]s?", r"ejemplares", r"crías", r"renacuajos?", r"alevines",
        r"viv[oi]", r"esemplari", r"girini", r"cuccioli", r"avannotti",
        r"filhotes?", r"exemplares", r"girinos?",
        r"żyw\w*", r"młode", r"kijanki",
        r"活体", r"活的", r"鲜活", r"幼体", r"成体", r"苗子",
    ],
    "sale": [
        r"for sale", r"selling", r"sell", r"price", r"each", r"ea", r"per piece", r"shipping",
        r"postage", r"delivery", r"collection only", r"pick ?up", r"ono", r"obo",
        r"verkaufe\w*", r"zu verkaufen", r"preis", r"stück", r"versand", r"abholung", r"vb",
        r"vends", r"à vendre", r"prix", r"pièce", r"envoi", r"livraison", r"à récupérer",
        r"te koop", r"verkoop", r"prijs", r"per stuk", r"ophalen", r"verzenden",
        r"vendo", r"se venden?", r"precio", r"envío", r"recogida",
        r"prezzo", r"spedizione", r"ritiro", r"cad",
        r"vende-se", r"preço", r"envio", r"entrega",
        r"sprzedam", r"cena", r"wysyłka", r"odbiór",
        r"出售", r"转让", r"包邮", r"价格", r"元", r"出",
    ],
    "wanted": [
        r"wanted", r"looking for", r"wtb", r"iso", r"want to buy", r"seeking",
        r"suche", r"gesucht", r"kaufe",
        r"cherche", r"recherche", r"achète",
        r"gezocht", r"zoek", r"zoekt",
        r"busco", r"compro",
        r"cerco", r"compro",
        r"procuro", r"compro",
        r"szukam", r"kupię",
        r"求购", r"收",
    ],
    "giveaway": [
        r"free to (?:a )?good home", r"rehoming", r"rehome", r"giveaway", r"free",
        r"zu verschenken", r"abzugeben", r"verschenke",
        r"à donner", r"donne", r"gratuit",
        r"gratis", r"te geef", r"weggeven",
        r"regalo", r"se regala",
        r"in regalo", r"regalo",
        r"doação", r"dou",
        r"oddam", r"za darmo",
        r"免费送", r"送养", r"领养",
    ],
    "negation": [
        r"not", r"no", r"none", r"without", r"never", r"n't",
        r"nicht", r"kein\w*", r"ohne", r"nie",
        r"pas", r"sans", r"aucune?",
        r"niet", r"geen", r"zonder",
        r"sin", r"ningún", r"ninguna",
        r"non", r"senza", r"nessun[oa]?",
        r"não", r"sem", r"nenhum",
        r"bez",
        r"没有", r"不", r"无",
    ],
    "comparison": [
        r"not to be confused", r"unlike", r"similar to", r"looks? like", r"instead of",
        r"alternative to", r"rather than", r"replacement for", r"native alternative",
        r"statt", r"anstelle", r"im gegensatz", r"verwechsl\w*", r"ähnlich",
        r"au lieu de", r"contrairement", r"ressemble",
        r"in plaats van", r"lijkt op",
        r"en lugar de", r"en vez de", r"parecid[oa]",
        r"invece di", r"simile",
        r"em vez de", r"parecid[oa]",
        r"zamiast",
        r"代替", r"不是",
    ],
    "not_included": [
        r"not included", r"no animals?", r"animals? not included", r"plants? not included",
        r"without (?:the )?(?:animals?|fish|turtles?|plants?|livestock)", r"tank only", r"equipment only",
        r"keine tiere", r"ohne tiere", r"ohne besatz", r"ohne fische", r"ohne pflanzen", r"nur becken",
        r"nicht (?:inklusive|enthalten|dabei)",
        r"(?:ne sont )?pas inclus(?:es?)?", r"non inclus(?:es?)?", r"sans (?:les )?(?:animaux|poissons|plantes)",
        r"niet inbegrepen", r"zonder (?:dieren|vissen|planten)", r"geen dieren",
        r"no incluid[oa]s?", r"sin (?:animales|peces|plantas)",
        r"non inclus[oiae]", r"senza (?:animali|pesci|piante)",
        r"não incluíd[oa]s?", r"sem (?:animais|peixes|plantas)",
        r"bez zwierząt", r"bez ryb", r"bez roślin",
        r"不含", r"不包括",
    ],
    "equipment": [
        r"tanks?", r"aquariums?", r"filters?", r"terrariums?", r"vivariums?", r"cages?", r"enclosures?",
        r"pumps?", r"heaters?", r"equipment", r"setup", r"hutch",
        r"aquarium", r"becken", r"filter", r"terrarium", r"käfig", r"zubehör",
        r"bac", r"filtre", r"cage", r"matériel", r"équipement",
        r"aquaria", r"bak", r"kooi",
        r"acuario", r"jaula", r"equipo",
        r"acquario", r"gabbia", r"attrezzatura",
        r"aquário", r"gaiola", r"equipamento",
        r"akwarium", r"klatka",
        r"鱼缸", r"水族箱", r"过滤器", r"笼子",
    ],
}

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


@dataclass(frozen=True)
class CueHit:
    """One cue found in the text."""

    rule: str
    start: int
    end: int
    text: str


def _compile(fragments: list[str]) -> re.Pattern[str]:
    latin = [f for f in fragments if not _CJK.search(f)]
    cjk = [f for f in fragments if _CJK.search(f)]
    parts = []
    if latin:
        parts.append(r"(?<![\w-])(?:" + "|".join(sorted(latin, key=len, reverse=True)) + r")(?![\w-])")
    if cjk:
        parts.append("(?:" + "|".join(sorted(cjk, key=len, reverse=True)) + ")")
    return re.compile("|".join(parts), re.IGNORECASE)


PATTERNS: dict[str, re.Pattern[str]] = {rule: _compile(fragments) for rule, fragments in CUES.items()}


def find_cues(text: str, rule: str) -> list[CueHit]:
    """Return every hit of one cue set in ``text``."""
    return [CueHit(rule, m.start(), m.end(), m.group(0)) for m in PATTERNS[rule].finditer(text)]
