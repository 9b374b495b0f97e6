"""Fit the listing classifier: ``ias-tagger train classifier``.

Each listing record of ``training_data/`` goes through the full pipeline with the NER on and the
classifier off, which gives the pooled vector, the evidence features and the rules' commodity and intent. A
logistic model per question is fitted on the train split of the templated listings, with its
regularisation chosen by 5-fold cross-validation, and a temperature is fitted on their dev split.

Templated listings are easy for a model that has seen their templates, so the classifier and the
rules are compared on the hand-written listings, which the classifier never trains on. The
classifier replaces the rules for a question only when its macro F1 there is higher and, for the
commodity, when it misses no more hand-written regulated offers than the rules do.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import numpy as np

from nlp.classifier import (
    DEFAULT_CONFIG,
    DEFAULT_WEIGHTS,
    QUESTIONS,
    evidence_feature_names,
)
from nlp.training_examples import Example, record_examples

logger = logging.getLogger(__name__)
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)


def listing_rows(tagger, examples: list[Example], progress: bool = False) -> tuple[np.ndarray, list[dict]]:
    """Return the classifier inputs of each listing, and the rules' outputs with the gold labels."""
    from tqdm import tqdm

    rows, facts = [], []
    for example in tqdm(examples, desc="listings", disable=not progress):
        analysis = tagger.analyse(example.text)
        decision = analysis.rules_decision
        features = tagger.classifier_features(analysis.nt, analysis.mentions, analysis.links, decision)
        rows.append(np.concatenate([analysis.encoding.pooled, features]))
        facts.append({"rules": {"commodity": decision.commodity, "intent": decision.intent},
                      "gold": {q: example.labels[q] for q in QUESTIONS}, "language": example.language,
                      "free": decision.free, "regulated_offer": example.labels.get("regulated_offer")})
    return np.asarray(rows, dtype=np.float32), facts


def _macro_f1(gold: list[str], predicted: list[str], classes: tuple[str, ...]) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(gold, predicted, labels=list(classes), average="macro", zero_division=0))


def _fit_temperature(logits: np.ndarray, gold: np.ndarray) -> float:
    """Return the temperature in [0.25, 4], on a log grid, that minimises the dev log-loss."""
    best = (float("inf"), 1.0)
    for temperature in np.exp(np.linspace(np.log(0.25), np.log(4.0), 41)):
        scaled = logits / temperature
        scaled = scaled - scaled.max(axis=1, keepdims=True)
        log_probabilities = scaled - np.log(np.exp(scaled).sum(axis=1, keepdims=True))
        loss = -float(log_probabilities[np.arange(len(gold)), gold].mean())
        if loss < best[0]:
            best = (loss, float(temperature))
    return best[1]


def _expected_calibration_error(probabilities: np.ndarray, gold: np.ndarray, bins: int = 10) -> float:
    confidence = probabilities.max(axis=1)
    correct = probabilities.argmax(axis=1) == gold
    edges = np.linspace(0, 1, bins + 1)
    error = 0.0
    for low, high in zip(edges, edges[1:]):
        inside = (confidence > low) & (confidence <= high)
        if inside.any():
            error += inside.mean() * abs(correct[inside].mean() - confidence[inside].mean())
    return float(error)


def _offer_errors(facts: list[dict], commodities: list[str]) -> dict[str, int]:
    """Count regulated offers missed and non-offers flagged when these commodities decide the offer."""
    from nlp.decision import LIVE_COMMODITIES

    errors = {"missed": 0, "false": 0}
    for fact, commodity in zip(facts, commodities):
        offered = commodity in LIVE_COMMODITIES and any(fact["free"].values())
        if fact["regulated_offer"] and not offered:
            errors["missed"] += 1
        if fact["regulated_offer"] is False and offered:
            errors["false"] += 1
    return errors


def train(tagger, seed: int = 13, progress: bool = False,
          weights_path: Path = DEFAULT_WEIGHTS, config_path: Path = DEFAULT_CONFIG) -> dict:
    """Fit both questions and write the artifact; ``tagger`` must have the NER on and no classifier."""
    from sklearn.linear_model import LogisticRegressionCV
    from sklearn.preprocessing import StandardScaler

    if tagger.ner is None or tagger.classifier is not None:
        raise ValueError("train the classifier with a tagger that runs the NER and has no classifier loaded")
    started = time.perf_counter()
    def templated(e: Example) -> bool:
        return e.labels.get("commodity") is not None and e.source == "templates"

    train_examples = [e for e in record_examples("train") if templated(e)]
    dev_examples = [e for e in record_examples("dev") if templated(e)]
    check_examples = [e for split in ("train", "dev") for e in record_examples(split) if e.source == "handwritten"]
    x_train, train_facts = listing_rows(tagger, train_examples, progress)
    x_dev, dev_facts = listing_rows(tagger, dev_examples, progress)
    x_check, check_facts = listing_rows(tagger, check_examples, progress)

    scaler = StandardScaler().fit(x_train)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    z_train, z_dev = (x_train - scaler.mean_) / scale, (x_dev - scaler.mean_) / scale
    z_check = (x_check - scaler.mean_) / scale
    weights = {"mean": scaler.mean_.astype(np.float32), "scale": scale.astype(np.float32)}
    config: dict = {"evidence_features": evidence_feature_names(), "encoder": tagger.info.encoder_model,
                    "seed": seed, "temperature": {}, "replaces_rules": [], "metrics": {}, "C": {}}

    for question, classes in QUESTIONS.items():
        y_train = np.array([classes.index(f["gold"][question]) for f in train_facts])
        y_dev = np.array([classes.index(f["gold"][question]) for f in dev_facts])
        model = LogisticRegressionCV(Cs=list(C_GRID), cv=5, max_iter=2000, scoring="neg_log_loss",
                                     random_state=seed).fit(z_train, y_train)
        # Classes missing from the train split would drop rows; keep the full class order.
        coef = np.zeros((len(classes), z_train.shape[1]), dtype=np.float32)
        intercept = np.full(len(classes), -30.0, dtype=np.float32)
        coef[model.classes_] = model.coef_
        intercept[model.classes_] = model.intercept_
        weights[f"{question}.coef"], weights[f"{question}.intercept"] = coef, intercept

        logits = z_dev @ coef.T + intercept
        temperature = _fit_temperature(logits, y_dev)
        scaled = logits / temperature
        probabilities = np.exp(scaled - scaled.max(axis=1, keepdims=True))
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        predicted = [classes[i] for i in probabilities.argmax(axis=1)]
        gold = [classes[i] for i in y_dev]
        rules = [f["rules"][question] for f in dev_facts]
        classifier_f1, rules_f1 = _macro_f1(gold, predicted, classes), _macro_f1(gold, rules, classes)
        config["temperature"][question] = round(temperature, 4)
        config["C"][question] = float(model.C_[0])

        check_predicted = [classes[i] for i in (z_check @ coef.T + intercept).argmax(axis=1)]
        check_gold = [f["gold"][question] for f in check_facts]
        check_rules = [f["rules"][question] for f in check_facts]
        check = {"classifier": round(_macro_f1(check_gold, check_predicted, classes), 4),
                 "rules": round(_macro_f1(check_gold, check_rules, classes), 4)}
        config["metrics"][question] = {
            "dev_macro_f1": {"classifier": round(classifier_f1, 4), "rules": round(rules_f1, 4)},
            "dev_accuracy": {"classifier": round(float(np.mean(np.array(predicted) == np.array(gold))), 4),
                             "rules": round(float(np.mean(np.array(rules) == np.array(gold))), 4)},
            "dev_ece": round(_expected_calibration_error(probabilities, y_dev), 4),
            "handwritten_macro_f1": check,
        }
        better = check["classifier"] > check["rules"]
        if question == "commodity":
            # A missed offer is the costlier error for a biosecurity agency, so the classifier may
            # not lose offers that the rules find, whatever it gains in precision.
            pairs = (("classifier", check_predicted), ("rules", check_rules))
            offers = {name: _offer_errors(check_facts, labels) for name, labels in pairs}
            config["metrics"][question]["handwritten_offer_errors"] = offers
            better = better and offers["classifier"]["missed"] <= offers["rules"]["missed"]
        if better:
            config["replaces_rules"].append(question)

    config["data"] = {"train_listings": len(train_examples), "dev_listings": len(dev_examples),
                      "handwritten_listings": len(check_examples)}
    config["seconds"] = round(time.perf_counter() - started, 1)
    weights_path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(weights_path, **{k: v.astype(np.float32) for k, v in weights.items()})
    config_path.write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return config
