"""Span, set and bootstrap scores on hand-computed cases."""

import pytest

from evaluation.metrics import (
    Scores,
    bootstrap_interval,
    confusion_matrix,
    document_counts,
    precision_recall_f1,
    set_scores,
    span_scores,
)

GOLD = [[(0, 5), (10, 15)], [(3, 8)]]
PREDICTED = [[(0, 5), (10, 14)], [(3, 8), (20, 25)]]


def test_strict_exact_offsets_only():
    scores = span_scores(GOLD, PREDICTED, "strict")

    # Document 1: (0, 5) matches, (10, 14) misses (10, 15). Document 2: (3, 8) matches, (20, 25) is extra.
    assert (scores.tp, scores.fp, scores.fn) == (2, 2, 1)
    assert scores.per_document == ((1, 1, 1), (1, 1, 0))
    assert scores.precision == pytest.approx(0.5)
    assert scores.recall == pytest.approx(2 / 3)
    assert scores.f1 == pytest.approx(4 / 7)


def test_overlap_partial_match_counts():
    scores = span_scores(GOLD, PREDICTED, "overlap")

    assert (scores.tp, scores.fp, scores.fn) == (3, 1, 0)
    assert scores.precision == pytest.approx(0.75)
    assert scores.recall == pytest.approx(1.0)
    assert scores.f1 == pytest.approx(6 / 7)


def test_overlap_matches_one_to_one():
    # Two predictions inside one gold span: one TP, one FP.
    assert document_counts([(0, 10)], [(0, 4), (5, 10)], "overlap") == (1, 1, 0)
    # One prediction across two gold spans: one TP, one FN.
    assert document_counts([(0, 4), (5, 10)], [(0, 10)], "overlap") == (1, 0, 1)


def test_overlap_greedy_by_length():
    # (8, 10) overlaps gold (0, 10) by 2 and gold (9, 20) by 1; (0, 5) overlaps only (0, 10), by 5.
    # Taking the longest overlap first pairs (0, 5) with (0, 10), which leaves (9, 20) for (8, 10).
    assert document_counts([(0, 10), (9, 20)], [(8, 10), (0, 5)], "overlap") == (2, 0, 0)


def test_overlap_touching_spans_do_not_match():
    assert document_counts([(0, 5)], [(5, 9)], "overlap") == (0, 1, 1)


def test_strict_duplicate_predictions():
    assert document_counts([(0, 5)], [(0, 5), (0, 5)], "strict") == (1, 1, 0)


def test_empty_predictions():
    scores = span_scores([[(0, 5)], [(6, 9)]], [[], []], "strict")

    assert (scores.tp, scores.fp, scores.fn) == (0, 0, 2)
    assert scores.precision == 1.0
    assert scores.recall == 0.0
    assert scores.f1 == 0.0


def test_empty_gold():
    scores = span_scores([[]], [[(0, 5)]], "overlap")

    assert (scores.tp, scores.fp, scores.fn) == (0, 1, 0)
    assert scores.precision == 0.0
    assert scores.recall == 1.0
    assert scores.f1 == 0.0


def test_both_empty():
    for gold, predicted in (([[]], [[]]), ([], [])):
        scores = span_scores(gold, predicted, "strict")
        assert (scores.tp, scores.fp, scores.fn) == (0, 0, 0)
        assert scores.precision == 1.0
        assert scores.recall == 1.0
        assert scores.f1 == 1.0


def test_span_scores_input_errors():
    with pytest.raises(ValueError, match="gold has 2 documents but predicted has 1"):
        span_scores(GOLD, PREDICTED[:1], "strict")
    with pytest.raises(ValueError, match=r"predicted span \(5, 5\) in document 0 is invalid"):
        span_scores([[]], [[(5, 5)]], "strict")
    with pytest.raises(ValueError, match="unknown match mode 'fuzzy'"):
        span_scores(GOLD, PREDICTED, "fuzzy")


def test_set_scores_micro_average():
    gold = [{"Procambarus clarkii", "Trachemys scripta"}, {"Eichhornia crassipes"}, set()]
    predicted = [{"Procambarus clarkii"}, {"Eichhornia crassipes", "Pistia stratiotes"}, {"Nasua nasua"}]

    scores = set_scores(gold, predicted)

    assert (scores.tp, scores.fp, scores.fn) == (2, 2, 1)
    assert scores.per_document == ((1, 0, 1), (1, 1, 0), (0, 1, 0))
    assert scores.as_dict()["precision"] == pytest.approx(0.5)


def test_set_scores_length_mismatch():
    with pytest.raises(ValueError, match="gold has 1 items but predicted has 0"):
        set_scores([{"a"}], [])


def test_precision_recall_f1_values():
    assert precision_recall_f1(3, 1, 2) == pytest.approx((0.75, 0.6, 2 / 3))


COUNTS = [(3, 1, 0), (2, 0, 1), (0, 1, 1), (4, 0, 0), (1, 1, 1), (2, 1, 0), (5, 0, 2), (1, 0, 0)] * 3


@pytest.mark.parametrize("metric", ["precision", "recall", "f1"])
def test_bootstrap_contains_point_estimate(metric):
    point = getattr(Scores(*[sum(column) for column in zip(*COUNTS)]), metric)

    low, high = bootstrap_interval(COUNTS, metric)

    assert 0.0 <= low <= point <= high <= 1.0
    assert low < high


def test_bootstrap_deterministic_for_seed():
    first = bootstrap_interval(COUNTS, "f1", n_resamples=500, seed=7)
    second = bootstrap_interval(COUNTS, "f1", n_resamples=500, seed=7)
    other = bootstrap_interval(COUNTS, "f1", n_resamples=500, seed=8)

    assert first == second
    assert first != other


def test_bootstrap_wider_at_higher_level():
    narrow = bootstrap_interval(COUNTS, "recall", level=0.5)
    wide = bootstrap_interval(COUNTS, "recall", level=0.99)

    assert wide[0] <= narrow[0]
    assert wide[1] >= narrow[1]


def test_bootstrap_identical_documents_give_point():
    assert bootstrap_interval([(2, 1, 1)] * 10, "precision") == pytest.approx((2 / 3, 2 / 3))


def test_bootstrap_input_errors():
    with pytest.raises(ValueError, match="per_document_counts is empty"):
        bootstrap_interval([], "f1")
    with pytest.raises(ValueError, match="unknown metric 'accuracy'"):
        bootstrap_interval(COUNTS, "accuracy")
    with pytest.raises(ValueError, match="level must be between 0 and 1"):
        bootstrap_interval(COUNTS, "f1", level=95)
    with pytest.raises(ValueError, match=r"expected \(tp, fp, fn\) triples"):
        bootstrap_interval([(1, 2)], "f1")


def test_confusion_matrix_counts():
    matrix = confusion_matrix(["live", "none", "live", "seeds"], ["live", "live", "none", "seeds"],
                              ["live", "seeds", "none"])

    assert matrix == {
        "live": {"live": 1, "seeds": 0, "none": 1},
        "seeds": {"live": 0, "seeds": 1, "none": 0},
        "none": {"live": 1, "seeds": 0, "none": 0},
    }


def test_confusion_matrix_unknown_label():
    with pytest.raises(ValueError, match="labels 'eggs' are not in labels"):
        confusion_matrix(["live"], ["eggs"], ["live", "none"])
    with pytest.raises(ValueError, match="gold has 2 labels but predicted has 1"):
        confusion_matrix(["live", "none"], ["live"], ["live", "none"])


def test_span_report_scores_each_language_strict_and_overlapping():
    from evaluation.corpora import evaluate_spans
    from evaluation.datasets import Document, GoldSpan
    from evaluation.report import spans_markdown

    documents = [
        Document("a", "Knochen von Hydrodamalis gigas†.", [GoldSpan(12, 31, "Hydrodamalis gigas†", "SCIENTIFIC")], "de"),
        Document("b", "Bones of Hydrodamalis gigas†.", [GoldSpan(9, 28, "Hydrodamalis gigas†", "SCIENTIFIC")], "en"),
    ]
    # The system leaves the dagger out of the span, as the name-shape finder does.
    report = evaluate_spans(documents, {"finder": lambda d: [(d.spans[0].start, d.spans[0].end - 1)]}, "finder",
                            resamples=10)
    assert report["by_language"]["de"]["recall"] == 0.0
    assert report["by_language_overlap"]["de"]["recall"] == 1.0
    report.update(provenance={"dataset": "daggers", "seed": 13}, types=["SCIENTIFIC"], latin_only=False)
    assert "## Overlap F1 by language (finder)" in spans_markdown(report)
