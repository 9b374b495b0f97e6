"""Candidate generation: the nearest indexed names of a mention, with raw scores.

The generator returns every neighbour it finds. Thresholds and the final choice belong to the
linker (``nlp/linker.py``), so recall@k can be measured apart from end-to-end precision.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import Levenshtein

from index.lexical import fold_for_lexical
from index.store import IndexedName, NameIndex, TextEncoder, semantic_form


@dataclass(frozen=True)
class Candidate:
    """One indexed name near a query string.

    ``lexical`` and ``semantic`` are cosine similarities (``None`` when that index did not return
    the name). ``edit`` is the normalised Levenshtein similarity of the folded strings, in [0, 1].
    """

    row: int
    name: IndexedName
    lexical: float | None
    semantic: float | None
    edit: float


class CandidateGenerator:
    """Query the lexical index, and the semantic one when an encoder is loaded."""

    def __init__(self, index: NameIndex, encoder: TextEncoder | None = None) -> None:
        if (encoder is None) != (index.semantic is None):
            raise ValueError(
                "the encoder and the semantic index must be loaded together; got "
                f"encoder={'yes' if encoder else 'no'}, semantic index="
                f"{'yes' if index.semantic is not None else 'no'}"
            )
        self.index = index
        self.encoder = encoder

    def __call__(
        self,
        queries: list[str],
        k: int = 10,
        query_vectors: np.ndarray | None = None,
        use_semantic: bool = True,
    ) -> list[list[Candidate]]:
        """Return up to ``k`` candidates from each index per query, best first.

        ``use_semantic=False`` skips the encoder, for a cheap first pass over many queries.

        Note:
            A query may get fewer than ``k`` candidates, or none, when the index is small or the
            query shares no n-gram with any name.
        """
        if not queries:
            return []
        k = min(k, len(self.index.rows))
        lexical_scores, lexical_rows = self.index.lexical.search(
            self.index.vectorizer.transform(queries), k
        )
        semantic_hits: list[dict[int, float]] = [{} for _ in queries]
        if use_semantic and self.encoder is not None and self.index.semantic is not None:
            if query_vectors is None:
                query_vectors = self.encoder.encode_queries(semantic_form(queries))
            semantic_scores, semantic_rows = self.index.semantic.search(query_vectors, k)
            for i in range(len(queries)):
                semantic_hits[i] = {
                    int(r): float(s) for r, s in zip(semantic_rows[i], semantic_scores[i]) if r >= 0
                }

        results: list[list[Candidate]] = []
        for i, query in enumerate(queries):
            lexical_hits = {
                int(r): float(s) for r, s in zip(lexical_rows[i], lexical_scores[i]) if r >= 0
            }
            folded_query = fold_for_lexical(query)
            candidates = []
            for row in lexical_hits.keys() | semantic_hits[i].keys():
                name = self.index.rows[row]
                edit = Levenshtein.normalized_similarity(folded_query, fold_for_lexical(name.name))
                candidates.append(
                    Candidate(row, name, lexical_hits.get(row), semantic_hits[i].get(row), edit)
                )
            candidates.sort(key=lambda c: (c.edit, c.lexical or 0.0, c.semantic or 0.0), reverse=True)
            results.append(candidates)
        return results
