import json

import pytest

from evaluation.listings import (
    GoldListing,
    GoldResolver,
    KeywordBaseline,
    Prediction,
    _prf,
    _score,
    evaluate_listings,
    read_gold,
    tagger_system,
    threshold_curve,
)


def test_prf_hand_computed():
    assert _prf(3, 1, 2) == {"precision": 0.75, "recall": 0.6, "f1": 0.6667, "tp": 3, "fp": 1, "fn": 2}


def test_prf_empty_predictions_and_empty_gold():
    assert _prf(0, 0, 0)["f1"] == 1.0
    assert _prf(0, 0, 4) == {"precision": 1.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 4}
    assert _prf(0, 2, 0)["precision"] == 0.0


def test_score_counts_offers_and_taxa():
    gold = [
        GoldListing("a", "", "en", True, "live_animal", {"a"}, {"a"}),
        GoldListing("b", "", "en", False, "product", set(), {"b"}),
    ]
    predicted = [
        Prediction(True, {"a", "c"}, {"a", "c"}, "live_animal"),
        Prediction(True, {"b"}, {"b"}, "live_animal"),
    ]
    report = _score(gold, predicted, seed=1, resamples=50)
    offer = report["regulated_offer"]
    assert (offer["precision"], offer["recall"], offer["f1"]) == (0.5, 1.0, 0.6667)
    assert (offer["tp"], offer["fp"], offer["fn"]) == (1, 1, 0)
    assert (report["offered_taxa"]["tp"], report["offered_taxa"]["fp"], report["offered_taxa"]["fn"]) == (1, 2, 0)
    assert report["commodity_accuracy"] == 0.5
    low, high = offer["f1_ci95"]
    assert 0.0 <= low <= high <= 1.0


def test_threshold_curve_sweeps_offer_scores():
    gold = [GoldListing("a", "", "en", True, "live_animal", {"a"}, {"a"}),
            GoldListing("b", "", "en", False, "live_animal", set(), set())]
    predicted = [Prediction(True, {"a"}, {"a"}, offer_score=0.9), Prediction(True, {"x"}, {"x"}, offer_score=0.6)]
    curve = threshold_curve(gold, predicted)
    assert [(p["threshold"], p["precision"], p["recall"]) for p in curve] == [(0.6, 0.5, 1.0), (0.9, 1.0, 1.0)]


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


def test_evaluate_listings_scores_pipeline_and_baseline(fast_tagger, taxonomy, tmp_path):
    rows = [
        {"id": "p", "lang": "en", "text": "Selling red ear sliders, €5 each", "offered_taxa": ["Trachemys scripta"],
         "mentioned_taxa": ["Trachemys scripta"], "regulated_offer": True, "commodity": "live_animal"},
        {"id": "n", "lang": "en", "text": "Goldfish for the pond, 2 euro each", "offered_taxa": [],
         "mentioned_taxa": [], "regulated_offer": False, "commodity": "live_animal"},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    systems = {"keyword_baseline": KeywordBaseline(taxonomy).predict, "pipeline": tagger_system(fast_tagger)}
    report = evaluate_listings(path, systems, taxonomy, "pipeline", resamples=20)
    assert report["listings"] == 2
    assert report["systems"]["pipeline"]["regulated_offer"]["f1"] == 1.0
    assert report["systems"]["keyword_baseline"]["regulated_offer"]["recall"] == 0.0
    assert report["by_language"]["pipeline"]["en"]["listings"] == 2
    assert report["errors"] == []
