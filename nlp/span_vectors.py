"""Query vectors for spans of a listing, read from the listing's one encoder pass.

The semantic index contains e5 query vectors of names encoded alone. Encoding every candidate n-gram
of a listing alone would cost one transformer pass per n-gram, so instead a linear map, fitted by
ridge regression, turns the mean of a span's contextual token states into an estimate of the
span's stand-alone query vector. ``nlp.train_ner`` fits it on word n-grams of the training texts
and writes ``nlp/artifacts/span_projection.npz``.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np

from nlp.encoding import ListingEncoding

DEFAULT_PATH = Path(__file__).parent / "artifacts" / "span_projection.npz"
RIDGE_ALPHA = 1.0
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def span_means(encoding: ListingEncoding, spans: list[tuple[int, int]]) -> np.ndarray:
    """Mean token state of each ``(start, end)`` span of the encoded text (zeros for a span with no token)."""
    result = np.zeros((len(spans), encoding.hidden_states.shape[1]), dtype=np.float32)
    for row, (start, end) in enumerate(spans):
        inside = (encoding.offsets[:, 0] < end) & (encoding.offsets[:, 1] > start)
        if inside.any():
            result[row] = encoding.hidden_states[inside].mean(axis=0)
    return result


class SpanProjection:
    """``vector = normalise(mean_state @ weight + bias)``."""

    def __init__(self, weight: np.ndarray, bias: np.ndarray) -> None:
        self.weight = weight.astype(np.float32)
        self.bias = bias.astype(np.float32)

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> SpanProjection:
        """Load the projection; a missing file names the command that writes it."""
        if not Path(path).is_file():
            raise FileNotFoundError(f"span projection {path} not found; run `ias-tagger train ner` to build it")
        with np.load(path) as data:
            return cls(data["weight"], data["bias"])

    def save(self, path: Path = DEFAULT_PATH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, weight=self.weight, bias=self.bias)

    def vectors(self, encoding: ListingEncoding, spans: list[tuple[int, int]]) -> np.ndarray:
        """L2-normalised estimated query vectors of the spans, shape ``(len(spans), dimension)``."""
        projected = span_means(encoding, spans) @ self.weight + self.bias
        norms = np.linalg.norm(projected, axis=1, keepdims=True)
        return (projected / np.where(norms > 0, norms, 1.0)).astype(np.float32)


def sample_ngrams(text: str, rng: random.Random, per_text: int) -> list[tuple[int, int]]:
    """Up to ``per_text`` random 1- to 3-word spans of ``text`` that stay on one line."""
    words = [m.span() for m in _WORD.finditer(text)]
    spans = []
    for i in range(len(words)):
        for n in (1, 2, 3):
            if i + n <= len(words) and "\n" not in text[words[i][0] : words[i + n - 1][1]]:
                spans.append((words[i][0], words[i + n - 1][1]))
    rng.shuffle(spans)
    return spans[:per_text]


def fit_projection(means: np.ndarray, targets: np.ndarray, alpha: float = RIDGE_ALPHA) -> SpanProjection:
    """Ridge regression from mean token states to stand-alone query vectors, with an unpenalised bias."""
    x_mean, y_mean = means.mean(axis=0), targets.mean(axis=0)
    x, y = means - x_mean, targets - y_mean
    weight = np.linalg.solve(x.T @ x + alpha * np.eye(x.shape[1]), x.T @ y)
    return SpanProjection(weight, y_mean - x_mean @ weight)
