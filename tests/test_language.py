import socket

import pytest

import nlp.language as language_module
from nlp.language import LanguageGuess, detect_language
from nlp.normalize import normalize

# Short marketplace listings, three per language.
LISTINGS = {
    "en": [
        "Red-eared slider turtles for sale, 2 years old, with tank",
        "Selling healthy raccoon kits, pick up only",
        "Water hyacinth plants for your pond, 5 for 10 dollars",
    ],
    "de": [
        "Verkaufe zwei Rotwangen-Schmuckschildkröten mit Aquarium",
        "Wasserhyazinthen für den Gartenteich abzugeben",
        "Junge Waschbären suchen ein neues Zuhause",
    ],
    "fr": [
        "Vends jacinthes d'eau pour bassin, 3 euros pièce",
        "Tortues de Floride à vendre avec terrarium",
        "Écrevisses de Louisiane vivantes à donner",
    ],
    "nl": [
        "Te koop: waterhyacinten voor de vijver, per stuk 2 euro",
        "Roodwangschildpadden te koop, inclusief aquarium en lamp",
        "Rivierkreeften te koop, levend",
    ],
    "es": [
        "Vendo tortugas de orejas rojas con terrario",
        "Se venden jacintos de agua para estanque",
        "Cangrejos rojos americanos vivos en venta",
    ],
    "it": [
        "Vendo tartarughe dalle orecchie rosse con vasca",
        "Giacinto d'acqua per laghetto, consegna a mano",
        "Gamberi rossi della Louisiana vivi in vendita",
    ],
    "pt": [
        "Vendo tartarugas de orelha vermelha com aquário",
        "Aguapé para lago, várias plantas disponíveis",
        "Lagostins vermelhos vivos à venda",
    ],
    "pl": [
        "Sprzedam żółwie czerwonolice z akwarium",
        "Oddam szopy pracze w dobre ręce",
        "Hiacynt wodny do oczka wodnego, tanio",
    ],
    "zh": [
        "出售巴西龟苗，健康活泼",
        "水葫芦 凤眼莲 池塘植物 低价出售",
        "浣熊宠物 幼崽 出售",
    ],
}


@pytest.mark.parametrize(
    "code, text", [(code, text) for code, texts in LISTINGS.items() for text in texts]
)
def test_detect_language_short_listings(code, text):
    guess = detect_language(text)
    assert guess.code == code
    assert 0.0 < guess.score <= 1.0


@pytest.mark.parametrize("text", ["", "   ", "ab", "12 €", "!!!", "https://example.org/a 42"])
def test_detect_language_undetermined_for_short_text(text):
    assert detect_language(text) == LanguageGuess("und", 0.0)


def test_detect_language_all_caps_title():
    assert detect_language("TRACHEMYS SCRIPTA ELEGANS ZU VERKAUFEN, JUNGE TIERE").code == "de"


def test_detect_language_ignores_urls_and_prices():
    guess = detect_language("Verkaufe Wasserhyazinthen 5 € https://example.com/shop?item=water-hyacinth")
    assert guess.code == "de"


def test_detect_language_accepts_normalized_text():
    nt = normalize("<p>Vends <b>jacinthes</b> d&#39;eau pour bassin</p>")
    assert detect_language(nt).code == "fr"


def test_detect_language_chinese_without_kana_is_zh():
    assert detect_language("凤眼莲").code == "zh"


def test_detect_language_loads_bundled_model_offline(monkeypatch):
    def refuse_connection(*args, **kwargs):
        raise OSError("network access is disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse_connection)
    monkeypatch.setattr(socket, "create_connection", refuse_connection)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(language_module, "_detector", None)
    assert detect_language("Verkaufe junge Waschbären an Liebhaber").code == "de"


def test_detect_language_kana_is_japanese():
    assert detect_language("アライグマを販売します").code == "ja"


def test_detect_language_hangul_is_korean():
    assert detect_language("미국가재 판매합니다").code == "ko"
