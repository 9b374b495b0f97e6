import re

import pytest

from nlp.normalize import normalize, original_span

WORD = re.compile(r"[^\W_]+")

# Inputs for the round-trip property: every span that starts and ends on a word boundary of the
# normalised text maps to an original span that normalises to the same string.
ROUND_TRIP_CASES = [
    "Verkaufe <b>Trachemys</b> scripta elegans",
    "<p>Red-eared slider</p><p>for sale</p>",
    "<ul><li>Eichhornia crassipes</li><li>Pistia stratiotes</li></ul>",
    "Line one<br>line two<br/>line three<BR />four",
    "Eich-\nhornia crassipes im Teich",
    "Eich-  \n   hornia crassipes",
    "Rotwangen-\nSchmuckschildkröte abzugeben",
    "poisson-chat et perche-soleil",
    "&eacute;crevisse &amp; tortue&nbsp;de Floride &#233;t&#xE9;",
    "e\u0301crevisse de Louisiane",
    "Ｔｒａｃｈｅｍｙｓ　ｓｃｒｉｐｔａ",
    "Wasser\u00adhyazinthe und Wasser\u200bpflanzen",
    "🐢Trachemys scripta🐢 und 🌿Pflanzen👍🏽!",
    "szopy   pracze\t\tna\r\nsprzedaż",
    "出售巴西龟苗，健康活泼",
    "ﬁsh and ﬂowers",
    "<!-- hidden -->Procyon <i>lotor</i> (Linnaeus, 1758)",
    "<script>var a = '<b>';</script>Procambarus clarkii",
    "price < 5 euro, a<3 b",
    "  leading and trailing  \n\n ",
    "Lysichiton americanus Hultén &amp; H.St.John",
    "jacinthe d’eau, jacinthe d´eau",
]


def test_normalize_removes_inline_tags():
    nt = normalize("Verkaufe <b>Trachemys</b> scripta")
    assert nt.text == "Verkaufe Trachemys scripta"


def test_normalize_block_tags_become_line_breaks():
    nt = normalize("<p>Red-eared slider</p><p>for sale</p>Trachemys<br>scripta<li>x</li>")
    assert nt.text == "Red-eared slider\nfor sale\nTrachemys\nscripta\nx"


def test_normalize_removes_script_and_comments():
    nt = normalize("<!-- note --><script>var a = 1;</script>Procambarus<style>p {}</style> clarkii")
    assert nt.text == "Procambarus clarkii"


def test_normalize_keeps_less_than_sign_in_text():
    assert normalize("price < 5, a<3 b").text == "price < 5, a<3 b"


def test_normalize_decodes_entities():
    nt = normalize("&eacute;crevisse &amp; tortue&nbsp;de Floride &#233;t&#xE9; &lt;b&gt;")
    assert nt.text == "écrevisse & tortue de Floride été <b>"


def test_normalize_entity_offsets_cover_entity():
    original = "&eacute;crevisse rouge"
    nt = normalize(original)
    start, end = nt.to_original(0, len("écrevisse"))
    assert original[start:end] == "&eacute;crevisse"


def test_normalize_full_width_latin_to_ascii():
    original = "Ｔｒａｃｈｅｍｙｓ　ｓｃｒｉｐｔａ"
    nt = normalize(original)
    assert nt.text == "Trachemys scripta"
    assert nt.to_original(10, 17) == (10, 17)


def test_normalize_composes_combining_marks():
    original = "e\u0301crevisse"
    nt = normalize(original)
    assert nt.text == "écrevisse"
    assert nt.to_original(0, 1) == (0, 2)


def test_normalize_removes_soft_hyphen_and_zero_width():
    original = "Wasser\u00adhyazinthe Wasser\u200bpflanze \ufeffTeich"
    nt = normalize(original)
    assert nt.text == "Wasserhyazinthe Wasserpflanze Teich"
    start, end = nt.to_original(0, len("Wasserhyazinthe"))
    assert original[start:end] == "Wasser\u00adhyazinthe"


def test_normalize_joins_word_hyphenated_across_lines():
    original = "Eich-\nhornia crassipes"
    nt = normalize(original)
    assert nt.text == "Eichhornia crassipes"
    start, end = nt.to_original(0, len("Eichhornia"))
    assert original[start:end] == "Eich-\nhornia"


def test_normalize_joins_hyphenation_after_html_break():
    assert normalize("Eich-<br>hornia").text == "Eichhornia"


def test_normalize_keeps_hyphen_before_capital_on_next_line():
    assert normalize("Rotwangen-\nSchmuckschildkröte").text == "Rotwangen-Schmuckschildkröte"


def test_normalize_keeps_hyphen_inside_line():
    assert normalize("poisson-chat et red-eared slider").text == "poisson-chat et red-eared slider"


def test_normalize_collapses_whitespace_keeping_one_newline():
    nt = normalize("  szopy   pracze\t\tna\r\n\r\n  sprzedaż  ")
    assert nt.text == "szopy pracze na\nsprzedaż"


def test_normalize_replaces_emoji_with_space():
    original = "🐢Trachemys scripta🐢 ok👍🏽!"
    nt = normalize(original)
    assert nt.text == "Trachemys scripta ok !"
    start, end = nt.to_original(0, len("Trachemys"))
    assert original[start:end] == "Trachemys"


def test_normalize_splits_ligatures():
    original = "ﬁsh"
    nt = normalize(original)
    assert nt.text == "fish"
    assert nt.to_original(0, 4) == (0, 3)


def test_normalize_keeps_spacing_accent_as_apostrophe_character():
    assert normalize("jacinthe d´eau").text == "jacinthe d´eau"


def test_normalize_empty_text():
    nt = normalize("")
    assert nt.text == ""
    assert nt.offsets == (0,)


def test_normalize_only_markup():
    nt = normalize("<p><br></p> &nbsp; ")
    assert nt.text == ""
    assert nt.offsets == (len("<p><br></p> &nbsp; "),)


def test_normalize_offsets_length():
    for original in ROUND_TRIP_CASES:
        nt = normalize(original)
        assert len(nt.offsets) == len(nt.text) + 1, original
        assert list(nt.offsets) == sorted(nt.offsets), original


@pytest.mark.parametrize("original", ROUND_TRIP_CASES)
def test_normalize_word_spans_round_trip(original):
    nt = normalize(original)
    bounds = [(match.start(), match.end()) for match in WORD.finditer(nt.text)]
    assert bounds, original
    for first, (start, _) in enumerate(bounds):
        for _, end in bounds[first:]:
            original_start, original_end = nt.to_original(start, end)
            expected = nt.text[start:end]
            assert normalize(original[original_start:original_end]).text == expected, (start, end)
            trimmed_start, trimmed_end = original_span(nt, start, end)
            assert normalize(original[trimmed_start:trimmed_end]).text == expected, (start, end)


def test_original_span_trims_closing_tag():
    original = "<b>Trachemys</b> scripta"
    nt = normalize(original)
    assert nt.to_original(0, 9) == (3, 16)
    start, end = original_span(nt, 0, 9)
    assert original[start:end] == "Trachemys"


def test_original_span_trims_trailing_soft_hyphen():
    original = "Trachemys\u00ad scripta"
    nt = normalize(original)
    start, end = original_span(nt, 0, 9)
    assert original[start:end] == "Trachemys"


def test_original_span_keeps_entity_at_end():
    original = "caf&eacute; au lait"
    nt = normalize(original)
    start, end = original_span(nt, 0, 4)
    assert original[start:end] == "caf&eacute;"
