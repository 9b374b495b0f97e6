"""The parts of the NER tagger that need no trained weights: windows, features, labels, span trimming."""

import numpy as np

from nlp.encoding import _pieces
from nlp.ner import FEATURES, LABELS, _trim, token_features, token_labels
from nlp.span_vectors import fit_projection, sample_ngrams


def test_pieces_cover_the_text_and_split_after_sentences():
    text = "Selling sliders. Healthy!\nPickup only"
    pieces = _pieces(text)
    assert "".join(text[a:b] for a, b in pieces) == text
    assert [text[a:b].strip() for a, b in pieces] == ["Selling sliders.", "Healthy!", "Pickup only"]


def test_token_labels_begin_then_inside():
    offsets = np.array([[0, 3], [3, 7], [8, 15], [16, 20]])
    labels = token_labels(offsets, [(0, 15, "SCIENTIFIC")])
    assert [LABELS[i] for i in labels] == ["B-SCIENTIFIC", "I-SCIENTIFIC", "I-SCIENTIFIC", "O"]


def test_token_features_describe_the_word_of_each_token():
    text = "Sell (Pha. munitum) now"
    offsets = np.array([[0, 4], [5, 6], [6, 9], [9, 10], [11, 18]])
    features = token_features(text, offsets)
    column = {name: features[:, i] for i, name in enumerate(FEATURES)}
    assert column["capitalised"][0] == 1.0
    assert column["punctuation"][1] == 1.0
    assert column["abbreviation"][2] == 1.0
    assert column["strong_latin_ending"][4] == 1.0
    assert column["in_brackets"][2] == 1.0


def test_trim_widens_and_strips_punctuation():
    text = "I found (Passer domesticus†). Also Canis spp. today."
    start = text.index("asser")
    assert text[slice(*_trim(text, start - 1, text.index(")") + 1))] == "Passer domesticus"
    start = text.index("Canis")
    assert text[slice(*_trim(text, start, start + len("Canis spp.")))] == "Canis spp."
    assert text[slice(*_trim(text, text.index("today"), len(text)))] == "today"


def test_sample_ngrams_stay_on_one_line():
    import random

    text = "Red swamp\ncrayfish for sale"
    spans = sample_ngrams(text, random.Random(1), 50)
    assert spans and all("\n" not in text[a:b] for a, b in spans)


def test_projection_recovers_a_linear_map():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 8)).astype(np.float32)
    true = rng.normal(size=(8, 8)).astype(np.float32)
    projection = fit_projection(x, x @ true + 0.5, alpha=1e-6)
    assert np.allclose(projection.weight, true, atol=1e-3)
    assert np.allclose(projection.bias, 0.5, atol=1e-3)


def test_trim_keeps_cjk_neighbours_out_of_a_span():
    text = "Zingiber capitatum和Aphis passeriniana在同一地点"
    assert text[slice(*_trim(text, 0, 18))] == "Zingiber capitatum"
    text = "一些市场仍在出售加州王蛇。"
    start = text.index("加州王蛇")
    assert text[slice(*_trim(text, start, start + 4))] == "加州王蛇"
