"""Fit the NER head over frozen multilingual-e5 token states: ``ias-tagger train ner``.

The encoder runs once over every example, about 5 minutes on 2 cores. The head then trains on the
stored token states in seconds per epoch. The span threshold is picked on the dev split of
``training_data/``, and nothing here reads a test split or the shared dev listings.
"""

from __future__ import annotations

import json
import logging
import random
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nlp.encoding import encode_texts
from nlp.ner import DEFAULT_CONFIG, DEFAULT_WEIGHTS, ENTITY_TYPES, FEATURES, LABELS, NerModel, token_features, token_labels
from nlp.span_vectors import DEFAULT_PATH as PROJECTION_PATH
from nlp.training_examples import Example, corpus_examples, record_examples

logger = logging.getLogger(__name__)
PROJECTION_SPANS = 30_000


@dataclass
class HeadSettings:
    """Hyper-parameters of the head; the defaults are the ones the committed artifact used."""

    hidden_size: int = 256
    epochs: int = 12
    learning_rate: float = 2e-3
    weight_decay: float = 1e-4
    dropout: float = 0.1
    batch_tokens: int = 1024
    entity_weight: float = 3.0


@dataclass
class Encoded:
    """One example's token states, spelling features and gold labels."""

    example: Example
    offsets: np.ndarray
    hidden: np.ndarray
    features: np.ndarray
    labels: np.ndarray


def encode_examples(encoder, examples: list[Example], progress: bool = False) -> list[Encoded]:
    """Run the encoder over the examples, shortest first so that batches carry little padding."""
    from tqdm import tqdm

    order = sorted(range(len(examples)), key=lambda i: len(examples[i].text))
    encoded: list[Encoded | None] = [None] * len(examples)
    for start in tqdm(range(0, len(order), 64), desc="encoding", disable=not progress):
        batch = order[start : start + 64]
        for i, encoding in zip(batch, encode_texts(encoder, [examples[i].text for i in batch])):
            example = examples[i]
            encoded[i] = Encoded(example, encoding.offsets, encoding.hidden_states.astype(np.float16),
                                 token_features(example.text, encoding.offsets),
                                 token_labels(encoding.offsets, example.spans))
    return encoded


def fit_head(train: list[Encoded], settings: HeadSettings, seed: int) -> dict[str, np.ndarray]:
    """Train the head with AdamW on all tokens; entity labels weigh ``entity_weight`` times O."""
    import torch

    torch.manual_seed(seed)
    hidden = torch.from_numpy(np.concatenate([e.hidden for e in train]).astype(np.float32))
    features = torch.from_numpy(np.concatenate([e.features for e in train]))
    labels = torch.from_numpy(np.concatenate([e.labels for e in train]))
    dimension = hidden.shape[1]

    norm = torch.nn.LayerNorm(dimension)
    dense = torch.nn.Linear(dimension + len(FEATURES), settings.hidden_size)
    out = torch.nn.Linear(settings.hidden_size, len(LABELS))
    dropout = torch.nn.Dropout(settings.dropout)
    parameters = [*norm.parameters(), *dense.parameters(), *out.parameters()]
    optimiser = torch.optim.AdamW(parameters, lr=settings.learning_rate, weight_decay=settings.weight_decay)
    weights = torch.full((len(LABELS),), settings.entity_weight)
    weights[0] = 1.0
    loss_function = torch.nn.CrossEntropyLoss(weight=weights)
    steps = settings.epochs * ((len(labels) + settings.batch_tokens - 1) // settings.batch_tokens)
    scheduler = torch.optim.lr_scheduler.OneCycleLR(optimiser, settings.learning_rate, total_steps=steps)

    generator = torch.Generator().manual_seed(seed)
    for epoch in range(settings.epochs):
        order = torch.randperm(len(labels), generator=generator)
        total = 0.0
        for start in range(0, len(order), settings.batch_tokens):
            rows = order[start : start + settings.batch_tokens]
            inputs = torch.cat([norm(hidden[rows]), features[rows]], dim=1)
            logits = out(dropout(torch.relu(dense(dropout(inputs)))))
            loss = loss_function(logits, labels[rows])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            scheduler.step()
            total += float(loss.detach()) * len(rows)
        logger.info("epoch %d: loss %.4f", epoch + 1, total / len(labels))

    state = {"norm.weight": norm.weight, "norm.bias": norm.bias, "dense.weight": dense.weight,
             "dense.bias": dense.bias, "out.weight": out.weight, "out.bias": out.bias}
    return {name: tensor.detach().numpy().astype(np.float32) for name, tensor in state.items()}


def span_scores(model: NerModel, examples: list[Encoded]) -> dict:
    """Strict span precision, recall and F1 per entity type and per language."""
    from nlp.encoding import ListingEncoding

    counts: dict[str, list[int]] = {}
    for encoded in examples:
        encoding = ListingEncoding(encoded.example.text, encoded.offsets, encoded.hidden.astype(np.float32),
                                   np.zeros(encoded.hidden.shape[1], dtype=np.float32))
        predicted = {(s.start, s.end, s.label) for s in model.spans(encoding)}
        gold = set(encoded.example.spans)
        for key in (*ENTITY_TYPES, f"language:{encoded.example.language}", "all"):
            if key in ENTITY_TYPES:
                p = {s for s in predicted if s[2] == key}
                g = {s for s in gold if s[2] == key}
            else:
                p, g = predicted, gold
            tp_fp_fn = counts.setdefault(key, [0, 0, 0])
            tp_fp_fn[0] += len(p & g)
            tp_fp_fn[1] += len(p - g)
            tp_fp_fn[2] += len(g - p)
    result = {}
    for key, (tp, fp, fn) in sorted(counts.items()):
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[key] = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                       "gold": tp + fn}
    return result


def choose_threshold(weights: dict[str, np.ndarray], config: dict, dev: list[Encoded]) -> float:
    """Pick the span-score threshold with the best overall dev F1 (ties go to the higher threshold)."""
    best = (-1.0, 0.5)
    for threshold in np.arange(0.3, 0.95, 0.05):
        model = NerModel(weights, {**config, "threshold": float(threshold)})
        f1 = span_scores(model, dev)["all"]["f1"]
        if f1 >= best[0]:
            best = (f1, float(round(threshold, 2)))
    return best[1]


def train_projection(encoder, encoded: list[Encoded], seed: int, limit: int = PROJECTION_SPANS) -> tuple:
    """Fit the span projection on word n-grams and gold spans of the training texts; hold out a tenth to score it."""
    from index.store import semantic_form
    from nlp.encoding import ListingEncoding
    from nlp.span_vectors import fit_projection, sample_ngrams, span_means

    rng = random.Random(seed)
    means, texts = [], []
    for item in rng.sample(encoded, len(encoded)):
        text = item.example.text
        spans = sample_ngrams(text, rng, 3) + [(s, e) for s, e, _ in item.example.spans[:2]]
        spans = [(s, e) for s, e in spans if e - s <= 60]
        encoding = ListingEncoding(text, item.offsets, item.hidden.astype(np.float32), np.zeros(0))
        means.append(span_means(encoding, spans))
        texts += [text[s:e] for s, e in spans]
        if len(texts) >= limit:
            break
    means_array = np.concatenate(means)[:limit]
    texts = texts[:limit]
    targets = encoder.encode_queries(semantic_form(texts), batch_size=64)
    held_out = len(texts) // 10
    projection = fit_projection(means_array[held_out:], targets[held_out:])
    estimate = means_array[:held_out] @ projection.weight + projection.bias
    estimate /= np.linalg.norm(estimate, axis=1, keepdims=True)
    cosine = np.sum(estimate * targets[:held_out], axis=1)
    scores = {"spans": len(texts), "heldout_mean_cosine": round(float(cosine.mean()), 4),
              "heldout_p10_cosine": round(float(np.percentile(cosine, 10)), 4)}
    return fit_projection(means_array, targets), scores


def train(encoder, seed: int = 13, settings: HeadSettings | None = None, progress: bool = False,
          weights_path: Path = DEFAULT_WEIGHTS, config_path: Path = DEFAULT_CONFIG,
          projection_path: Path = PROJECTION_PATH) -> dict:
    """Encode the examples, fit the span projection and the head, pick the threshold on dev, write the artifacts."""
    settings = settings or HeadSettings()
    started = time.perf_counter()
    train_examples = record_examples("train") + corpus_examples(seed)
    dev_examples = record_examples("dev")
    logger.info("NER examples: %d train, %d dev", len(train_examples), len(dev_examples))
    train_encoded = encode_examples(encoder, train_examples, progress)
    dev_encoded = encode_examples(encoder, dev_examples, progress)
    encode_seconds = time.perf_counter() - started

    projection, projection_scores = train_projection(encoder, train_encoded, seed)
    projection.save(projection_path)
    weights = fit_head(train_encoded, settings, seed)
    config = {"labels": list(LABELS), "features": list(FEATURES), "encoder": encoder.model_id,
              "encoder_fingerprint": encoder.fingerprint, "seed": seed, "settings": settings.__dict__}
    config["threshold"] = choose_threshold(weights, config, dev_encoded)
    model = NerModel(weights, config)
    config["metrics"] = {"dev": span_scores(model, dev_encoded), "span_projection": projection_scores}
    config["data"] = {
        "train_examples": len(train_examples), "dev_examples": len(dev_examples),
        "train_tokens": int(sum(len(e.labels) for e in train_encoded)),
        "sources": sorted({e.source for e in train_examples}),
    }
    config["seconds"] = {"encode": round(encode_seconds, 1), "total": round(time.perf_counter() - started, 1)}

    weights_path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(weights_path, **weights)
    config_path.write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return config
