import json

import pytest

from evaluation.listings import GoldResolver, KeywordBaseline, _prf, _score, evaluate_listings, read_gold


def test_prf_hand_computed():
    assert _prf(3, 1, 2) == {"precision": 0.75, "recall": 0.6, "f1": 0.6667, "tp": 3, "fp": 1, "fn": 2}


def test_prf_empty_predictions_and_empty_gold():
    assert _prf(0, 0, 0)["f1"] == 1.0
    assert _prf(0, 0, 4) == {"precision": 1.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 4}
    assert _prf(0, 2, 0)["precision"] == 0.0


def test_score_counts_offers_and_taxa():
    gold = [
        {"regulated_offer": True, "offered": {"a"}, "mentioned": {"a"}, "commodity": "live_animal"},
        {"regulated_offer": False, "offered": set(), "mentioned": {"b"}, "commodity": "product"},
    ]
    predicted = [
        {"regulated_offer": True, "offered": {"a", "c"}, "mentioned": {"a", "c"}, "commodity": "live_animal"},
        {"regulated_offer": True, "offered": {"b"}, "mentioned": {"b"}, "commodity": "live_animal"},
    ]
    report = _score(gold, predicted)
    assert report["regulated_offer"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "tp": 1, "fp": 1, "fn": 0}
    assert (report["offered_taxa"]["tp"], report["offered_taxa"]["fp"], report["offered_taxa"]["fn"]) == (1, 2, 0)
    assert report["commodity_accuracy"] == 0.5


def test_gold_resolver_accepts_regulation_names(taxonomy):
    resolve = GoldResolver(taxonomy)
    assert resolve(["Eichhornia crassipes"]) == resolve(["Pontederia crassipes"]) == {"2765942"}


def test_gold_resolver_unknown_name_is_an_error(taxonomy):
    with pytest.raises(ValueError, match="gold taxon 'Felis catus' is not a name in the loaded taxonomy"):
        GoldResolver(taxonomy)(["Felis catus"])


def test_keyword_baseline_exact_names_only(taxonomy):
    baseline = KeywordBaseline(taxonomy)
    assert baseline("Selling Eichhornia crassipes") == GoldResolver(taxonomy)(["Eichhornia crassipes"])
    assert baseline("Selling Eichornia crasipes") == set()


def test_read_gold_missing_field_names_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"text": "x", "offered_taxa": []}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold.jsonl line 1: missing field\(s\) \['mentioned_taxa'"):
        read_gold(path)


def test_evaluate_listings_scores_pipeline_and_baseline(fast_tagger, tmp_path):
    rows = [
        {"id": "p", "text": "Selling red ear sliders, €5 each", "offered_taxa": ["Trachemys scripta"],
         "mentioned_taxa": ["Trachemys scripta"], "regulated_offer": True, "commodity": "live_animal"},
        {"id": "n", "text": "Goldfish for the pond, 2 euro each", "offered_taxa": [], "mentioned_taxa": [],
         "regulated_offer": False, "commodity": "live_animal"},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    report = evaluate_listings(path, fast_tagger)
    assert report["listings"] == 2
    assert report["pipeline"]["regulated_offer"]["f1"] == 1.0
    assert report["keyword_baseline"]["regulated_offer"]["recall"] == 0.0
