"""Mention-level and set-level scores, bootstrap intervals and a confusion matrix.

Conventions shared by every score here: precision is 1.0 when nothing is predicted (no false
positive was made), recall is 1.0 when there is no gold (nothing was missed), and F1 is 0.0 when
precision and recall are both 0. So empty gold with empty predictions scores P = R = F1 = 1.0,
and empty predictions against non-empty gold score P = 1.0, R = 0.0, F1 = 0.0.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

Span = tuple[int, int]
Counts = tuple[int, int, int]
Metric = Literal["precision", "recall", "f1"]
MatchMode = Literal["strict", "overlap"]


def precision_recall_f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Compute precision, recall and F1 from counts under the module's empty-set conventions."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass(frozen=True)
class Scores:
    """Micro-averaged counts and scores over a corpus, with the per-document (tp, fp, fn) counts."""

    tp: int
    fp: int
    fn: int
    per_document: tuple[Counts, ...] = ()

    @property
    def precision(self) -> float:
        return precision_recall_f1(self.tp, self.fp, self.fn)[0]

    @property
    def recall(self) -> float:
        return precision_recall_f1(self.tp, self.fp, self.fn)[1]

    @property
    def f1(self) -> float:
        return precision_recall_f1(self.tp, self.fp, self.fn)[2]

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


def _check_span(span: Span, side: str, document: int) -> None:
    start, end = span
    if not 0 <= start < end:
        raise ValueError(f"{side} span {span} in document {document} is invalid; expected 0 <= start < end")


def _overlap(first: Span, second: Span) -> int:
    return max(0, min(first[1], second[1]) - max(first[0], second[0]))


def document_counts(gold: Sequence[Span], predicted: Sequence[Span], mode: MatchMode = "strict") -> Counts:
    """Count (tp, fp, fn) for one document's gold and predicted spans.

    "strict" matches spans with identical offsets, as multisets: two identical predictions
    against one gold span give one TP and one FP. "overlap" matches spans that share at least one
    character, each gold and each predicted span at most once. Pairs are taken greedily by
    overlap length, longest first, with ties broken by gold order then prediction order. Greedy
    matching can pair fewer spans than a maximum matching would in rare chained overlaps.
    """
    if mode == "strict":
        tp = sum((Counter(map(tuple, gold)) & Counter(map(tuple, predicted))).values())
        return tp, len(predicted) - tp, len(gold) - tp
    if mode != "overlap":
        raise ValueError(f"unknown match mode {mode!r}; use 'strict' or 'overlap'")

    pairs = []
    for gold_index, gold_span in enumerate(gold):
        for predicted_index, predicted_span in enumerate(predicted):
            length = _overlap(gold_span, predicted_span)
            if length:
                pairs.append((-length, gold_index, predicted_index))
    pairs.sort()

    matched_gold: set[int] = set()
    matched_predicted: set[int] = set()
    for _, gold_index, predicted_index in pairs:
        if gold_index in matched_gold or predicted_index in matched_predicted:
            continue
        matched_gold.add(gold_index)
        matched_predicted.add(predicted_index)
    tp = len(matched_gold)
    return tp, len(predicted) - tp, len(gold) - tp


def span_scores(
    gold: Sequence[Sequence[Span]],
    predicted: Sequence[Sequence[Span]],
    mode: MatchMode = "strict",
) -> Scores:
    """Score predicted (start, end) character spans against gold, one sequence per document.

    ``gold[i]`` and ``predicted[i]`` belong to the same document. ``document_counts`` describes
    how spans match in each mode.
    """
    if len(gold) != len(predicted):
        raise ValueError(
            f"gold has {len(gold)} documents but predicted has {len(predicted)}; pass one span list per document to both"
        )
    per_document = []
    for index, (gold_spans, predicted_spans) in enumerate(zip(gold, predicted)):
        for span in gold_spans:
            _check_span(span, "gold", index)
        for span in predicted_spans:
            _check_span(span, "predicted", index)
        per_document.append(document_counts(gold_spans, predicted_spans, mode))
    return _sum_counts(per_document)


def set_scores(gold: Sequence[set[Hashable]], predicted: Sequence[set[Hashable]]) -> Scores:
    """Micro-average set agreement per item, such as the taxon ids each listing offers."""
    if len(gold) != len(predicted):
        raise ValueError(
            f"gold has {len(gold)} items but predicted has {len(predicted)}; pass one set per item to both"
        )
    per_item = []
    for gold_set, predicted_set in zip(gold, predicted):
        gold_set, predicted_set = set(gold_set), set(predicted_set)
        tp = len(gold_set & predicted_set)
        per_item.append((tp, len(predicted_set) - tp, len(gold_set) - tp))
    return _sum_counts(per_item)


def _sum_counts(per_document: Sequence[Counts]) -> Scores:
    tp = sum(counts[0] for counts in per_document)
    fp = sum(counts[1] for counts in per_document)
    fn = sum(counts[2] for counts in per_document)
    return Scores(tp, fp, fn, tuple(per_document))


def _metric_values(totals: np.ndarray, metric: Metric) -> np.ndarray:
    """Apply ``precision_recall_f1`` row-wise to an (n, 3) array of tp, fp, fn sums."""
    tp, fp, fn = (totals[:, column].astype(float) for column in range(3))
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = np.where(tp + fp > 0, tp / (tp + fp), 1.0)
        recall = np.where(tp + fn > 0, tp / (tp + fn), 1.0)
        if metric == "precision":
            return precision
        if metric == "recall":
            return recall
        return np.where(precision + recall > 0, 2 * precision * recall / (precision + recall), 0.0)


def bootstrap_interval(
    per_document_counts: Sequence[Counts],
    metric: Metric = "f1",
    n_resamples: int = 1000,
    seed: int = 13,
    level: float = 0.95,
) -> tuple[float, float]:
    """Estimate a percentile bootstrap interval of a micro-averaged metric by resampling documents.

    Each resample draws as many documents as there are, with replacement, sums their
    (tp, fp, fn) counts and computes ``metric``. The bounds are the ``(1 - level) / 2`` and
    ``(1 + level) / 2`` quantiles of the resampled values. The same seed gives the same bounds.
    """
    if metric not in ("precision", "recall", "f1"):
        raise ValueError(f"unknown metric {metric!r}; use 'precision', 'recall' or 'f1'")
    if not per_document_counts:
        raise ValueError("per_document_counts is empty; a bootstrap needs at least one document")
    if n_resamples < 1:
        raise ValueError(f"n_resamples must be at least 1, got {n_resamples}")
    if not 0 < level < 1:
        raise ValueError(f"level must be between 0 and 1, got {level}")

    counts = np.asarray(per_document_counts, dtype=np.int64)
    if counts.ndim != 2 or counts.shape[1] != 3:
        raise ValueError(f"expected (tp, fp, fn) triples, got an array of shape {counts.shape}")

    generator = np.random.default_rng(seed)
    values = np.empty(n_resamples)
    # Resample in chunks so memory stays near chunk_size * len(counts) indices.
    chunk_size = max(1, min(n_resamples, 2_000_000 // len(counts)))
    for offset in range(0, n_resamples, chunk_size):
        size = min(chunk_size, n_resamples - offset)
        indices = generator.integers(0, len(counts), size=(size, len(counts)))
        values[offset : offset + size] = _metric_values(counts[indices].sum(axis=1), metric)

    low, high = np.quantile(values, [(1 - level) / 2, (1 + level) / 2])
    return float(low), float(high)


def confusion_matrix(
    gold_labels: Sequence[Hashable],
    predicted_labels: Sequence[Hashable],
    labels: Sequence[Hashable],
) -> dict[Hashable, dict[Hashable, int]]:
    """Count label pairs as ``matrix[gold][predicted]``, with a zero for every pair in ``labels``."""
    if len(gold_labels) != len(predicted_labels):
        raise ValueError(
            f"gold has {len(gold_labels)} labels but predicted has {len(predicted_labels)}; pass one label per item to both"
        )
    known = set(labels)
    unknown = sorted({repr(label) for label in [*gold_labels, *predicted_labels] if label not in known})
    if unknown:
        raise ValueError(f"labels {', '.join(unknown)} are not in labels={list(labels)}; add them to labels")

    matrix = {gold: {predicted: 0 for predicted in labels} for gold in labels}
    for gold, predicted in zip(gold_labels, predicted_labels):
        matrix[gold][predicted] += 1
    return matrix
