"""Examples for the NER tagger and the listing classifier, read from ``training_data/`` and the corpora.

Every example is normalised the way the pipeline normalises a listing, and its spans are moved
to offsets in the normalised text, so the models train on the same text that they tag at inference.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from nlp.normalize import normalised_span, normalize

TRAINING_DATA = Path(__file__).resolve().parents[1] / "training_data"
RECORD_FILES = (
    TRAINING_DATA / "listings" / "generated.jsonl",
    TRAINING_DATA / "listings" / "handwritten.jsonl",
    TRAINING_DATA / "sentences" / "generated.jsonl",
)
# Public corpora in English running text, loaded through the evaluation loaders: train splits only.
CORPORA = ("s800-train", "s1000-train", "linnaeus-train")
# LINNAEUS is full-text articles, tokenised ("E . coli"); a sample of its sentences keeps it from
# outweighing the listings.
LINNAEUS_SENTENCES = 2500
LINNAEUS_EMPTY_SHARE = 0.2


@dataclass
class Example:
    """A normalised text with entity spans ``(start, end, type)`` in normalised offsets."""

    id: str
    text: str
    spans: list[tuple[int, int, str]]
    source: str
    language: str | None
    labels: dict = field(default_factory=dict)


def normalised_example(id: str, text: str, spans: list[tuple[int, int, str]], source: str,
                       language: str | None, labels: dict | None = None) -> Example:
    """Normalise ``text`` and carry its spans along; spans that normalisation empties are dropped."""
    nt = normalize(text)
    moved = []
    for start, end, entity in spans:
        new_start, new_end = normalised_span(nt, start, end)
        if new_end > new_start:
            moved.append((new_start, new_end, entity))
    return Example(id, nt.text, sorted(moved), source, language, labels or {})


def record_examples(split: str, files: tuple[Path, ...] = RECORD_FILES) -> list[Example]:
    """Examples from the JSONL records of ``training_data/`` in ``split`` ("train" or "dev")."""
    from training_data.records import load_records

    examples = []
    for path in files:
        for record in load_records(path):
            if record["split"] != split:
                continue
            spans = [(s["start"], s["end"], s["label"]) for s in record["spans"]]
            labels = {key: record.get(key) for key in ("commodity", "intent", "regulated_offer")}
            examples.append(normalised_example(record["id"], record["text"], spans, record["source"],
                                               record.get("language"), labels))
    return examples


def corpus_examples(seed: int) -> list[Example]:
    """Training examples from the public corpora; a Latin-shaped gold span is SCIENTIFIC, any other VERNACULAR."""
    from evaluation.datasets import is_latin_name, iter_iob, load_corpus, CORPORA as REGISTERED

    examples = []
    for name in CORPORA[:2]:
        for document in load_corpus(name):
            spans = [(s.start, s.end, "SCIENTIFIC" if is_latin_name(s.text) else "VERNACULAR") for s in document.spans]
            examples.append(normalised_example(f"{name}:{document.id}", document.text, spans, name, "en"))

    rng = random.Random(seed)
    sentences = list(iter_iob(REGISTERED["linnaeus-train"].path, grouping="sentence"))
    with_names = [d for d in sentences if d.spans]
    without = [d for d in sentences if not d.spans]
    rng.shuffle(with_names)
    rng.shuffle(without)
    empty = int(LINNAEUS_SENTENCES * LINNAEUS_EMPTY_SHARE)
    for document in with_names[: LINNAEUS_SENTENCES - empty] + without[:empty]:
        spans = [(s.start, s.end, "SCIENTIFIC" if is_latin_name(s.text) else "VERNACULAR") for s in document.spans]
        examples.append(normalised_example(f"linnaeus-train:{document.id}", document.text, spans,
                                           "linnaeus-train", "en"))
    return examples
