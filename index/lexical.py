"""Character n-gram vectors for spelling-tolerant name lookup.

Names and queries become hashed character 2- to 4-gram counts weighted by inverse document
frequency over the indexed names, then L2-normalised, so an inner product is a cosine similarity
that stays high under the typos seen in listings ("Eichornia crasipes", "Procambarus clarki").
Hashing keeps the vector size fixed whatever the number of names.
"""

from __future__ import annotations

import unicodedata
import zlib

import numpy as np

NGRAM_SIZES = (2, 3, 4)


def fold_for_lexical(text: str) -> str:
    """Lower-case, strip accents and unify separators, so spelling variants share n-grams."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = [c for c in decomposed if not unicodedata.combining(c)]
    folded = "".join(" " if c in "-_'’.,;:/()" else c for c in letters)
    return " ".join(folded.split())


def _ngrams(folded: str) -> list[str]:
    if not folded:
        return []
    padded = f" {folded} "
    grams: list[str] = []
    for size in NGRAM_SIZES:
        grams.extend(padded[i : i + size] for i in range(len(padded) - size + 1))
    return grams


def _bucket(gram: str, dimension: int) -> int:
    # crc32 is stable across processes, unlike hash(), so saved indexes stay valid.
    return zlib.crc32(gram.encode("utf-8")) % dimension


class NgramVectorizer:
    """Hashed, IDF-weighted character n-gram vectors of a fixed dimension."""

    def __init__(self, dimension: int = 2048, idf: np.ndarray | None = None) -> None:
        if dimension < 64:
            raise ValueError(f"n-gram vector dimension {dimension} is too small; use 64 or more")
        self.dimension = dimension
        self.idf = idf if idf is not None else np.ones(dimension, dtype=np.float32)
        if self.idf.shape != (dimension,):
            raise ValueError(
                f"IDF weights have shape {self.idf.shape} but the dimension is {dimension}; "
                "rebuild the index"
            )

    def fit(self, names: list[str]) -> NgramVectorizer:
        """Set IDF weights from the names to be indexed."""
        document_frequency = np.zeros(self.dimension, dtype=np.float64)
        for name in names:
            buckets = {_bucket(g, self.dimension) for g in _ngrams(fold_for_lexical(name))}
            document_frequency[list(buckets)] += 1
        count = max(len(names), 1)
        self.idf = (np.log((1 + count) / (1 + document_frequency)) + 1).astype(np.float32)
        return self

    def transform(self, texts: list[str]) -> np.ndarray:
        """Return one L2-normalised float32 row per text."""
        matrix = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for gram in _ngrams(fold_for_lexical(text)):
                matrix[row, _bucket(gram, self.dimension)] += 1.0
        matrix *= self.idf
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return matrix / norms
