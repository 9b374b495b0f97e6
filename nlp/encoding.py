"""One transformer pass over a listing, shared by the NER tagger and the listing classifier.

A listing longer than the model's 512 tokens is cut into windows at line and sentence breaks, and
the windows go through the encoder as one batch. The result keeps every token's hidden state with
its character offsets into the normalised text, and a mean-pooled listing vector.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

# Windows stay well under the model's 512 tokens, because the passage prompt and the special
# tokens take some, and CJK text can need a token per character.
MAX_WINDOW_TOKENS = 400
_BREAK = re.compile(r"(?<=[\n.!?。！？])\s*")


@dataclass(frozen=True)
class ListingEncoding:
    """Hidden states of one text's tokens.

    ``offsets[i]`` is the ``(start, end)`` character range of token ``i`` in the encoded text.
    ``pooled`` is the L2-normalised mean of all token states (zeros for a text with no tokens).
    """

    text: str
    offsets: np.ndarray
    hidden_states: np.ndarray
    pooled: np.ndarray


def _pieces(text: str) -> list[tuple[int, int]]:
    """Split ``text`` after line and sentence ends into (start, end) pieces that cover it."""
    bounds = [0] + [m.end() for m in _BREAK.finditer(text) if 0 < m.end() < len(text)] + [len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def windows(text: str, tokenizer, max_tokens: int = MAX_WINDOW_TOKENS) -> list[tuple[int, int]]:
    """Group sentence pieces of ``text`` into windows of at most ``max_tokens`` tokens each.

    A single piece longer than the limit becomes its own window, and the encoder truncates it.
    """
    pieces = _pieces(text)
    if not pieces:
        return []
    counts = [len(ids) for ids in tokenizer([text[a:b] for a, b in pieces], add_special_tokens=False)["input_ids"]]
    result: list[tuple[int, int]] = []
    start, end, used = pieces[0][0], pieces[0][1], counts[0]
    for (a, b), count in zip(pieces[1:], counts[1:]):
        if used + count > max_tokens:
            result.append((start, end))
            start, used = a, 0
        end = b
        used += count
    result.append((start, end))
    return result


def encode_texts(encoder, texts: list[str], batch_size: int = 16) -> list[ListingEncoding]:
    """Run the encoder once over every window of every text and join the windows back per text."""
    spans = [windows(text, encoder.tokenizer) for text in texts]
    flat = [(i, a, b) for i, text_spans in enumerate(spans) for a, b in text_spans]
    tokens = encoder.token_embeddings([texts[i][a:b] for i, a, b in flat], batch_size=batch_size)

    parts: list[list[tuple[np.ndarray, np.ndarray]]] = [[] for _ in texts]
    for (i, a, _), window in zip(flat, tokens):
        # A lone SentencePiece marker covers only the space before a word; it carries no text.
        keep = window.offsets[:, 1] > window.offsets[:, 0]
        parts[i].append((window.offsets[keep] + a, window.hidden_states[keep]))

    dimension = encoder.dimension
    results = []
    for text, text_parts in zip(texts, parts):
        if text_parts:
            offsets = np.concatenate([o for o, _ in text_parts]).astype(np.int64)
            hidden = np.concatenate([h for _, h in text_parts]).astype(np.float32)
        else:
            offsets = np.zeros((0, 2), dtype=np.int64)
            hidden = np.zeros((0, dimension), dtype=np.float32)
        pooled = hidden.mean(axis=0) if len(hidden) else np.zeros(dimension, dtype=np.float32)
        norm = float(np.linalg.norm(pooled))
        results.append(ListingEncoding(text, offsets, hidden, pooled / norm if norm else pooled))
    return results
