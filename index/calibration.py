"""Calibrated link scores: a logistic model over candidate features, fitted on data.

A candidate's features are its similarities (edit, lexical, semantic), whether the two indexes agree
on its taxon, and the shape of the query. ``fit`` learns weights from labelled candidates and
picks the acceptance threshold on a held-out part; the result is a small JSON file that ships
with the package and that ``ias-tagger train linker`` rebuilds.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
from rapidfuzz.distance import Levenshtein

from index.candidates import Candidate
from index.lexical import fold_for_lexical

FEATURES = (
    "edit",
    "lexical",
    "semantic",
    "semantic_missing",
    "indexes_agree",
    "query_length",
    "same_word_count",
    "same_initial",
    "length_ratio",
    "worst_word",
    "semantic_x_worst_word",
    "lexical_x_worst_word",
)

DEFAULT_PATH = Path(__file__).parent / "artifacts" / "calibration.json"


def candidate_features(query: str, candidate: Candidate, candidates: list[Candidate]) -> list[float]:
    """Return the feature vector of one candidate of ``query``, in the order of ``FEATURES``."""
    best_lexical = max(candidates, key=lambda c: c.lexical or -1.0)
    scored_semantic = [c for c in candidates if c.semantic is not None]
    best_semantic = max(scored_semantic, key=lambda c: c.semantic or -1.0) if scored_semantic else None
    agree = (
        best_semantic is not None
        and best_lexical.name.taxon_id == best_semantic.name.taxon_id == candidate.name.taxon_id
    )
    folded_query = fold_for_lexical(query)
    folded_name = fold_for_lexical(candidate.name.name)
    # The products let a linear model learn that high similarity counts only when no word is far
    # off ("Redclaw crayfish" is near "red swamp crayfish" as a whole, but not word by word).
    worst_word = worst_word_similarity(folded_query, folded_name)
    return [
        candidate.edit,
        candidate.lexical or 0.0,
        candidate.semantic or 0.0,
        1.0 if candidate.semantic is None else 0.0,
        1.0 if agree else 0.0,
        min(len(folded_query), 40) / 40,
        1.0 if len(folded_query.split()) == len(folded_name.split()) else 0.0,
        1.0 if folded_query[:1] == folded_name[:1] else 0.0,
        min(len(folded_query), len(folded_name)) / max(len(folded_query), len(folded_name), 1),
        worst_word,
        (candidate.semantic or 0.0) * worst_word,
        (candidate.lexical or 0.0) * worst_word,
    ]


def worst_word_similarity(folded_query: str, folded_name: str) -> float:
    """Return the lowest similarity of a query word to its best-matching word of the name.

    One wrong word sinks a candidate however similar the rest is: "Cardiospermum halicacabum" is
    not "Cardiospermum grandiflorum", and "African dwarf frog" is not "African clawed frog".
    """
    name_words = folded_name.split()
    query_words = folded_query.split()
    if not name_words or not query_words:
        return 0.0
    return min(
        max(Levenshtein.normalized_similarity(word, name_word) for name_word in name_words)
        for word in query_words
    )


@dataclass
class Calibration:
    """Logistic weights, the acceptance threshold and the held-out figures behind it."""

    path: str
    weights: list[float]
    bias: float
    threshold: float
    heldout_precision: float
    heldout_recall: float
    training_rows: int
    data_fingerprint: str

    def probability(self, features: list[float]) -> float:
        """Return the calibrated probability that the candidate names the right taxon."""
        z = self.bias + sum(w * x for w, x in zip(self.weights, features))
        return 1.0 / (1.0 + math.exp(-z))


def fit(
    path: str,
    features: np.ndarray,
    labels: np.ndarray,
    groups: np.ndarray,
    fingerprint: str,
    beta: float = 0.25,
    seed: int = 13,
) -> Calibration:
    """Fit weights on 70 % of the query groups and choose the threshold on the other 30 %.

    The threshold maximises the held-out F-beta score (beta 0.25 weighs precision 16 times as much as
    recall), counted on each query's best candidate, since the linker only ever accepts that one.
    A fixed precision target was tried first and proved unstable: a few near-duplicate negatives
    among the top scores pushed its threshold to 1.0.
    """
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(seed)
    unique_groups = np.unique(groups)
    heldout_groups = set(rng.choice(unique_groups, size=max(1, int(0.3 * len(unique_groups))), replace=False))
    heldout = np.array([g in heldout_groups for g in groups])

    model = LogisticRegression(C=1.0, max_iter=1000)
    model.fit(features[~heldout], labels[~heldout])
    probabilities = model.predict_proba(features[heldout])[:, 1]

    best_per_query: dict[int, tuple[float, int]] = {}
    for probability, label, group in zip(probabilities, labels[heldout], groups[heldout]):
        if group not in best_per_query or probability > best_per_query[group][0]:
            best_per_query[group] = (float(probability), int(label))
    scored = sorted(best_per_query.values(), reverse=True)
    positives = sum(label for _, label in scored) or 1

    threshold, precision, recall, best_score = 1.0, 1.0, 0.0, -1.0
    true_positives = 0
    beta_squared = beta * beta
    for rank, (probability, label) in enumerate(scored, start=1):
        true_positives += label
        current_precision = true_positives / rank
        current_recall = true_positives / positives
        denominator = beta_squared * current_precision + current_recall
        score = (1 + beta_squared) * current_precision * current_recall / denominator if denominator else 0.0
        if score > best_score:
            best_score = score
            threshold, precision, recall = probability, current_precision, current_recall

    return Calibration(
        path=path,
        weights=[float(w) for w in model.coef_[0]],
        bias=float(model.intercept_[0]),
        threshold=threshold,
        heldout_precision=precision,
        heldout_recall=recall,
        training_rows=int((~heldout).sum()),
        data_fingerprint=fingerprint,
    )


def save_calibrations(calibrations: dict[str, Calibration], path: Path = DEFAULT_PATH) -> None:
    """Write the calibration of each path (``lexical``, ``semantic``) to one JSON file.

    Entries for paths not in ``calibrations`` are kept when they were fitted on the same features,
    so retraining the fast path alone leaves the semantic calibration in place.
    """
    paths = {}
    if path.exists():
        previous = json.loads(path.read_text(encoding="utf-8"))
        if previous.get("features") == list(FEATURES):
            paths = previous["paths"]
    paths.update({name: asdict(calibration) for name, calibration in calibrations.items()})
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"features": list(FEATURES), "paths": paths}
    path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")


def load_calibration(path_name: str, path: Path = DEFAULT_PATH) -> Calibration:
    """Read the calibration of one path (``lexical`` or ``semantic``).

    Raises:
        FileNotFoundError: when the file is missing.
        ValueError: when it was written for other features or lacks the path.
    """
    if not path.exists():
        raise FileNotFoundError(f"calibration file {path} is missing; run 'ias-tagger train linker'")
    payload = json.loads(path.read_text(encoding="utf-8"))
    if payload.get("features") != list(FEATURES):
        raise ValueError(
            f"calibration file {path} was fitted on features {payload.get('features')} but the code "
            f"uses {list(FEATURES)}; run 'ias-tagger train linker'"
        )
    if path_name not in payload["paths"]:
        raise ValueError(
            f"calibration file {path} has no '{path_name}' entry (it has {sorted(payload['paths'])}); "
            "run 'ias-tagger train linker'"
        )
    return Calibration(**payload["paths"][path_name])
