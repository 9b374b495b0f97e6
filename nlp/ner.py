"""Transformer tagger for species mentions: a small head over frozen multilingual-e5 token states.

Each token gets the encoder's final hidden state and a few spelling features of its word (case,
Latin endings, abbreviation, rank marker, script). A two-layer head maps them to BIO labels for
``SCIENTIFIC`` (Latin names) and ``VERNACULAR`` (common and trade names). Runs of labelled tokens
become spans, widened to whole words and trimmed of brackets and sentence punctuation.

The head runs in NumPy, so inference needs no torch beyond the encoder. ``nlp.train_ner`` fits it
and writes ``nlp/artifacts/ner.npz`` with ``ner.json`` (labels, feature names, threshold, metrics).
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nlp.encoding import ListingEncoding
from nlp.scientific import STRONG_EPITHET_ENDINGS, WEAK_EPITHET_ENDINGS

ENTITY_TYPES = ("SCIENTIFIC", "VERNACULAR")
LABELS = ("O", "B-SCIENTIFIC", "I-SCIENTIFIC", "B-VERNACULAR", "I-VERNACULAR")
ARTIFACT_DIR = Path(__file__).parent / "artifacts"
DEFAULT_WEIGHTS = ARTIFACT_DIR / "ner.npz"
DEFAULT_CONFIG = ARTIFACT_DIR / "ner.json"

# Brackets, quotes, daggers and clause punctuation end a word; the dot stays, since it marks
# abbreviations ("T. scripta", "spp.").
_WORD = re.compile(r"[^\s()\[\]{}\"'«»“”„‘’†,;:!?。，、！？（）]+")
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,2}\.")
_RANK_WORDS = frozenset({"sp", "spp", "ssp", "subsp", "subspp", "var", "f", "forma", "cf", "aff", "x", "×", "⨉", "⨯"})
_TRIM = "()[]{}\"'«»“”„‘’†,;:!?。，、！？（）-–—/*#"
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff66-\uff9f]")
_KEEP_DOT = frozenset({"sp", "spp", "ssp", "subsp", "subspp", "var", "f", "cf", "aff"})

FEATURES = (
    "word_start", "capitalised", "lower", "upper", "abbreviation", "strong_latin_ending",
    "latin_ending", "rank_marker", "non_latin_script", "after_capitalised", "before_lower",
    "word_length", "punctuation", "in_brackets", "digit",
)


def _is_latin_script(word: str) -> bool:
    return all(not c.isalpha() or c < "\u0250" for c in word)


def _word_features(text: str, words: list[tuple[int, int]], index: int) -> list[float]:
    start, end = words[index]
    word = text[start:end]
    bare = word.rstrip(".")
    letters = [c for c in bare if c.isalpha()]
    lower = bare.lower()
    previous = text[words[index - 1][0] : words[index - 1][1]] if index > 0 else ""
    following = text[words[index + 1][0] : words[index + 1][1]] if index + 1 < len(words) else ""
    before = text[max(0, start - 2) : start].strip()
    return [
        0.0,  # word_start is per token; filled in by the caller
        float(bool(letters) and letters[0].isupper() and all(c.islower() for c in letters[1:])),
        float(bool(letters) and all(c.islower() for c in letters)),
        float(len(letters) > 1 and all(c.isupper() for c in letters)),
        float(bool(_ABBREVIATION.fullmatch(word))),
        float(len(lower) > 3 and lower.endswith(STRONG_EPITHET_ENDINGS)),
        float(len(lower) > 2 and lower.endswith(WEAK_EPITHET_ENDINGS)),
        float(lower in _RANK_WORDS),
        float(bool(letters) and not _is_latin_script(word)),
        float(bool(previous[:1].isupper()) and _is_latin_script(previous)),
        float(bool(following[:1].islower())),
        min(len(bare), 20) / 20,
        float(not letters and not any(c.isdigit() for c in word)),
        float(before[-1:] in ("(", "[")),
        float(any(c.isdigit() for c in word)),
    ]


def token_features(text: str, offsets: np.ndarray) -> np.ndarray:
    """Spelling features of each token's word, in the order of ``FEATURES``."""
    words = [m.span() for m in _WORD.finditer(text)]
    starts = [w[0] for w in words]
    cache: dict[int, list[float]] = {}
    rows = []
    for token_start, _ in offsets:
        index = bisect.bisect_right(starts, token_start) - 1
        if index < 0 or words[index][1] <= token_start:
            # A token outside every word: punctuation or a bracket.
            row = [0.0] * len(FEATURES)
            row[FEATURES.index("punctuation")] = 1.0
            rows.append(row)
            continue
        if index not in cache:
            cache[index] = _word_features(text, words, index)
        row = list(cache[index])
        row[0] = float(token_start == words[index][0])
        rows.append(row)
    return np.asarray(rows, dtype=np.float32).reshape(len(rows), len(FEATURES))


def token_labels(offsets: np.ndarray, spans: list[tuple[int, int, str]]) -> np.ndarray:
    """BIO label index of each token from character spans ``(start, end, entity type)``."""
    labels = np.zeros(len(offsets), dtype=np.int64)
    for start, end, entity in spans:
        inside = np.flatnonzero((offsets[:, 0] < end) & (offsets[:, 1] > start))
        if len(inside) == 0:
            continue
        labels[inside] = LABELS.index(f"I-{entity}")
        labels[inside[0]] = LABELS.index(f"B-{entity}")
    return labels


@dataclass(frozen=True)
class NerSpan:
    """A span the tagger labelled, with the mean probability of its label over its tokens."""

    start: int
    end: int
    label: str
    score: float


def _is_cjk(char: str) -> bool:
    return bool(_CJK.match(char))


def _joins(left: str, right: str) -> bool:
    """Return whether two neighbouring characters belong to one word. CJK text has no spaces, so a CJK character is a word boundary."""
    if _is_cjk(left) or _is_cjk(right):
        return False
    return (left.isalnum() or left in "-'’") and right.isalnum()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to whole words, then trim brackets, quotes and sentence punctuation."""
    while start > 0 and _joins(text[start - 1], text[start]):
        start -= 1
    while end < len(text) and _joins(text[end - 1], text[end]):
        end += 1
    while start < end and (text[start] in _TRIM or text[start].isspace()):
        start += 1
    while start < end and (text[end - 1] in _TRIM or text[end - 1].isspace()):
        end -= 1
    if end > start and text[end - 1] == ".":
        last = text[start : end - 1].split()[-1] if text[start : end - 1].split() else ""
        if last.lower() not in _KEEP_DOT and not re.fullmatch(r"[A-Z][a-z]{0,2}", last):
            end -= 1
    return start, end


class NerModel:
    """The trained head: BIO probabilities per token and the spans they form."""

    def __init__(self, weights: dict[str, np.ndarray], config: dict) -> None:
        if tuple(config["labels"]) != LABELS or tuple(config["features"]) != FEATURES:
            raise ValueError(
                "the NER artifact was trained with other labels or features than this code uses; "
                "rebuild it with `ias-tagger train ner`"
            )
        self.weights = weights
        self.config = config
        self.threshold = float(config.get("threshold", 0.5))

    @classmethod
    def load(cls, weights: Path = DEFAULT_WEIGHTS, config: Path = DEFAULT_CONFIG) -> NerModel:
        """Load ``ner.npz`` and ``ner.json``; a missing file names the command that writes it."""
        for path in (weights, config):
            if not Path(path).is_file():
                raise FileNotFoundError(f"NER artifact {path} not found; run `ias-tagger train ner` to build it")
        with np.load(weights) as data:
            arrays = {name: data[name].astype(np.float32) for name in data.files}
        return cls(arrays, json.loads(Path(config).read_text(encoding="utf-8")))

    def probabilities(self, encoding: ListingEncoding) -> np.ndarray:
        """Label probabilities, shape ``(tokens, len(LABELS))``."""
        if len(encoding.offsets) == 0:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        features = token_features(encoding.text, encoding.offsets)
        return forward(self.weights, encoding.hidden_states, features)

    def spans(self, encoding: ListingEncoding, probabilities: np.ndarray | None = None) -> list[NerSpan]:
        """Decode runs of tokens whose best label is an entity into word-aligned spans."""
        if probabilities is None:
            probabilities = self.probabilities(encoding)
        text = encoding.text
        best = probabilities.argmax(axis=1)
        spans: list[NerSpan] = []
        current: list[int] = []
        current_type = None

        def close() -> None:
            if current and current_type is not None:
                start, end = _trim(text, int(encoding.offsets[current[0], 0]), int(encoding.offsets[current[-1], 1]))
                columns = [LABELS.index(f"B-{current_type}"), LABELS.index(f"I-{current_type}")]
                score = float(probabilities[current][:, columns].sum(axis=1).mean())
                if end > start and score >= self.threshold:
                    spans.append(NerSpan(start, end, current_type, score))

        for index, label_index in enumerate(best):
            label = LABELS[label_index]
            if label == "O":
                close()
                current, current_type = [], None
                continue
            prefix, entity = label.split("-", 1)
            gap = current and text[int(encoding.offsets[current[-1], 1]) : int(encoding.offsets[index, 0])]
            if prefix == "B" or entity != current_type or (gap and "\n" in gap):
                close()
                current, current_type = [], entity
            current.append(index)
        close()
        return _merge_word_overlaps(spans)

    def span_score(self, encoding: ListingEncoding, probabilities: np.ndarray, start: int, end: int,
                   entity: str) -> float:
        """Mean probability of ``entity`` (B or I) over the tokens inside ``[start, end)``."""
        inside = (encoding.offsets[:, 0] < end) & (encoding.offsets[:, 1] > start)
        if not inside.any():
            return 0.0
        columns = [LABELS.index(f"B-{entity}"), LABELS.index(f"I-{entity}")]
        return float(probabilities[inside][:, columns].sum(axis=1).mean())


def _merge_word_overlaps(spans: list[NerSpan]) -> list[NerSpan]:
    """Widening to words can make neighbouring spans touch one word twice; keep the first."""
    result: list[NerSpan] = []
    for span in spans:
        if result and span.start < result[-1].end:
            continue
        result.append(span)
    return result


def forward(weights: dict[str, np.ndarray], hidden: np.ndarray, features: np.ndarray) -> np.ndarray:
    """Apply the head: layer norm on the hidden state, concatenate features, two dense layers, softmax."""
    mean = hidden.mean(axis=1, keepdims=True)
    variance = hidden.var(axis=1, keepdims=True)
    normed = (hidden - mean) / np.sqrt(variance + 1e-5) * weights["norm.weight"] + weights["norm.bias"]
    inputs = np.concatenate([normed, features], axis=1)
    hidden_layer = np.maximum(inputs @ weights["dense.weight"].T + weights["dense.bias"], 0.0)
    logits = hidden_layer @ weights["out.weight"].T + weights["out.bias"]
    logits -= logits.max(axis=1, keepdims=True)
    exp = np.exp(logits)
    return (exp / exp.sum(axis=1, keepdims=True)).astype(np.float32)
