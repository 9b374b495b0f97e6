"""Listing classifier: commodity and intent from the listing vector and the evidence features.

The inputs are the pooled encoder vector of the listing (``nlp.encoding``) and features that the
rules also see: cue counts in the title and the body, a price, the kingdoms of the linked taxa and
the rules' own commodity and intent. Two multinomial logistic models, one per question, give probabilities that
a fitted temperature calibrates on the dev split. ``nlp.train_classifier`` writes the weights to
``nlp/artifacts/classifier.npz`` and the settings, metrics and the rule replacement decision to
``classifier.json``: the classifier answers a question only where it measured better than the
rules on that split.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nlp.cues import find_cues
from nlp.decision import PRICE
from nlp.result import COMMODITIES
from nlp.spans import NormalizedText

INTENTS: tuple[str, ...] = ("sale", "wanted", "giveaway", "none")
QUESTIONS = {"commodity": COMMODITIES, "intent": INTENTS}
CUE_RULES = ("product", "service", "propagule", "live_animal", "live_plant", "equipment", "sale", "wanted",
             "giveaway", "negation", "comparison", "not_included")
KINGDOMS = ("Animalia", "Plantae", "Fungi", "Chromista")
ARTIFACT_DIR = Path(__file__).parent / "artifacts"
DEFAULT_WEIGHTS = ARTIFACT_DIR / "classifier.npz"
DEFAULT_CONFIG = ARTIFACT_DIR / "classifier.json"
MAX_COUNT = 3


def evidence_feature_names() -> list[str]:
    """Names of the evidence features, in the order :func:`evidence_features` returns them."""
    names = [f"{part}:{rule}" for rule in CUE_RULES for part in ("title", "body")]
    names += ["price", *(f"kingdom:{k}" for k in KINGDOMS), "linked_taxa", "ner_scientific", "ner_vernacular"]
    names += [f"rules_commodity:{c}" for c in COMMODITIES] + [f"rules_intent:{i}" for i in INTENTS]
    return names


def evidence_features(nt: NormalizedText, kingdoms: list[str], ner_counts: tuple[int, int],
                      rules_commodity: str, rules_intent: str) -> np.ndarray:
    """Counts of each cue family in the title and the body (capped at 3, scaled to [0, 1]) and the other facts."""
    title_end = nt.text.find("\n") if "\n" in nt.text else len(nt.text)
    values: list[float] = []
    for rule in CUE_RULES:
        hits = find_cues(nt.text, rule)
        in_title = sum(1 for h in hits if h.start < title_end)
        values += [min(in_title, MAX_COUNT) / MAX_COUNT, min(len(hits) - in_title, MAX_COUNT) / MAX_COUNT]
    values.append(float(PRICE.search(nt.text) is not None))
    values += [float(k in kingdoms) for k in KINGDOMS]
    values.append(min(len(kingdoms), MAX_COUNT) / MAX_COUNT)
    values += [min(n, MAX_COUNT) / MAX_COUNT for n in ner_counts]
    values += [float(c == rules_commodity) for c in COMMODITIES]
    values += [float(i == rules_intent) for i in INTENTS]
    return np.asarray(values, dtype=np.float32)


@dataclass(frozen=True)
class Prediction:
    """Calibrated probabilities of each class, and whether the classifier replaces the rules here."""

    question: str
    probabilities: dict[str, float]
    replaces_rules: bool

    @property
    def label(self) -> str:
        return max(self.probabilities, key=self.probabilities.get)


class ListingClassifier:
    """Both logistic models with their standardisation and temperatures."""

    def __init__(self, weights: dict[str, np.ndarray], config: dict) -> None:
        if config["evidence_features"] != evidence_feature_names():
            raise ValueError(
                "the classifier artifact was trained with other evidence features than this code computes; "
                "rebuild it with `ias-tagger train classifier`"
            )
        self.weights = weights
        self.config = config

    @classmethod
    def load(cls, weights: Path = DEFAULT_WEIGHTS, config: Path = DEFAULT_CONFIG) -> ListingClassifier:
        """Load ``classifier.npz`` and ``classifier.json``; a missing file names the command that writes it."""
        for path in (weights, config):
            if not Path(path).is_file():
                raise FileNotFoundError(
                    f"classifier artifact {path} not found; run `ias-tagger train classifier` to build it"
                )
        with np.load(weights) as data:
            arrays = {name: data[name].astype(np.float32) for name in data.files}
        return cls(arrays, json.loads(Path(config).read_text(encoding="utf-8")))

    def predict(self, pooled: np.ndarray, evidence: np.ndarray) -> dict[str, Prediction]:
        """Probabilities for each question from one listing's vector and evidence features."""
        inputs = np.concatenate([pooled, evidence])[None, :]
        inputs = (inputs - self.weights["mean"]) / self.weights["scale"]
        predictions = {}
        for question, classes in QUESTIONS.items():
            logits = inputs @ self.weights[f"{question}.coef"].T + self.weights[f"{question}.intercept"]
            logits = logits[0] / self.config["temperature"][question]
            logits -= logits.max()
            probabilities = np.exp(logits) / np.exp(logits).sum()
            predictions[question] = Prediction(
                question, {c: round(float(p), 4) for c, p in zip(classes, probabilities)},
                question in self.config["replaces_rules"],
            )
        return predictions
