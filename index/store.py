"""FAISS indexes over every name form of a taxonomy, saved with the facts needed to trust them.

An index folder contains ``lexical.faiss`` (character n-grams), ``semantic.faiss`` (encoder vectors,
absent on the fast path), ``names.jsonl`` (row number to name record), ``idf.npy`` and
``meta.json``. ``meta.json`` records the taxonomy version and the encoder that built the vectors;
loading compares both with what the caller has and refuses a mismatch.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

import faiss
import numpy as np
from tqdm import tqdm

from index.lexical import NgramVectorizer, fold_for_lexical
from taxonomy.loader import Taxonomy

logger = logging.getLogger(__name__)

FORMAT_VERSION = 2

# Above this many names, exact search gives way to HNSW graphs, which trade a little recall for
# lookups that stay fast as the taxonomy grows.
HNSW_MIN_ROWS = 50_000


class TextEncoder(Protocol):
    """The encoder interface that the semantic index needs."""

    model_id: str
    fingerprint: str
    dimension: int

    def encode_queries(self, texts: list[str], batch_size: int = ...) -> np.ndarray: ...


@dataclass(frozen=True)
class IndexedName:
    """One row of the indexes: a name string of one taxon."""

    taxon_id: str
    name: str
    form: str
    language: str | None
    ambiguous: bool


@dataclass
class IndexMeta:
    """Contents of ``meta.json``."""

    format_version: int
    taxonomy_version: str
    rows: int
    lexical_dimension: int
    encoder_model: str | None
    encoder_fingerprint: str | None
    semantic_dimension: int | None


def semantic_form(texts: list[str]) -> list[str]:
    """Lower-case texts before encoding, so "RED EAR SLIDER" and "red-eared slider" embed alike."""
    return [text.casefold() for text in texts]


def index_dir_for(cache_dir: Path, taxonomy_version: str, semantic: bool) -> Path:
    """Return the folder that contains the indexes of one taxonomy version."""
    safe_version = taxonomy_version.replace("/", "_").replace("@", "-").replace("+", "-")
    return cache_dir / "indexes" / f"{safe_version}{'' if semantic else '-lexical'}"


def _index_rows(taxonomy: Taxonomy) -> list[IndexedName]:
    seen: set[tuple[str, str]] = set()
    rows: list[IndexedName] = []
    for record in taxonomy.names:
        key = (record.taxon_id, fold_for_lexical(record.name))
        if key in seen:
            continue
        seen.add(key)
        rows.append(
            IndexedName(record.taxon_id, record.name, record.form, record.language, record.ambiguous)
        )
    return rows


def _flat_or_hnsw(dimension: int, rows: int) -> faiss.Index:
    if rows >= HNSW_MIN_ROWS:
        index = faiss.IndexHNSWFlat(dimension, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efSearch = 64
        return index
    return faiss.IndexFlatIP(dimension)


def _semantic_vectors(names: list[str], encoder: TextEncoder, previous: NameIndex | None,
                      progress: bool) -> np.ndarray:
    """Return the encoder vector of every name, copying those that ``previous`` already holds."""
    known: dict[str, int] = {}
    if (previous is not None and previous.semantic is not None
            and previous.meta.encoder_fingerprint == encoder.fingerprint):
        known = {row.name: position for position, row in enumerate(previous.rows)}
    vectors = np.zeros((len(names), encoder.dimension), dtype=np.float32)
    missing = [position for position, name in enumerate(names) if name not in known]
    for position, name in enumerate(names):
        if name in known:
            vectors[position] = previous.semantic.reconstruct(known[name])
    batch = 256
    for start in tqdm(range(0, len(missing), batch), desc="semantic index", disable=not progress):
        chunk = missing[start : start + batch]
        vectors[chunk] = encoder.encode_queries(semantic_form([names[i] for i in chunk]))
    if known:
        logger.info("semantic index: %d names reused, %d encoded", len(names) - len(missing), len(missing))
    return vectors


class NameIndex:
    """The lexical and (optionally) semantic FAISS indexes of one taxonomy version."""

    def __init__(
        self,
        meta: IndexMeta,
        rows: list[IndexedName],
        vectorizer: NgramVectorizer,
        lexical: faiss.Index,
        semantic: faiss.Index | None,
    ) -> None:
        self.meta = meta
        self.rows = rows
        self.vectorizer = vectorizer
        self.lexical = lexical
        self.semantic = semantic

    @classmethod
    def build(
        cls,
        taxonomy: Taxonomy,
        encoder: TextEncoder | None = None,
        lexical_dimension: int = 2048,
        progress: bool = False,
        previous: NameIndex | None = None,
    ) -> NameIndex:
        """Vectorise every name of ``taxonomy`` and fill the indexes.

        With ``previous``, an index of an earlier taxonomy version built with the same encoder, the
        semantic vectors of names it already contains are copied instead of encoded, so a curated change
        encodes only its new names. The lexical index is always rebuilt, because its n-gram weights
        depend on all names.
        """
        rows = _index_rows(taxonomy)
        names = [row.name for row in rows]
        vectorizer = NgramVectorizer(lexical_dimension).fit(names)
        lexical = _flat_or_hnsw(lexical_dimension, len(rows))
        batch = 4096
        for start in tqdm(range(0, len(names), batch), desc="lexical index", disable=not progress):
            lexical.add(vectorizer.transform(names[start : start + batch]))

        semantic = None
        if encoder is not None:
            semantic = _flat_or_hnsw(encoder.dimension, len(rows))
            semantic.add(_semantic_vectors(names, encoder, previous, progress))

        meta = IndexMeta(
            format_version=FORMAT_VERSION,
            taxonomy_version=taxonomy.version,
            rows=len(rows),
            lexical_dimension=lexical_dimension,
            encoder_model=encoder.model_id if encoder else None,
            encoder_fingerprint=encoder.fingerprint if encoder else None,
            semantic_dimension=encoder.dimension if encoder else None,
        )
        logger.info("built name index: %d names, taxonomy %s", len(rows), taxonomy.version)
        return cls(meta, rows, vectorizer, lexical, semantic)

    def save(self, folder: Path) -> None:
        """Write the indexes to ``folder``, replacing it atomically."""
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=folder.parent))
        faiss.write_index(self.lexical, str(staging / "lexical.faiss"))
        if self.semantic is not None:
            faiss.write_index(self.semantic, str(staging / "semantic.faiss"))
        np.save(staging / "idf.npy", self.vectorizer.idf)
        with open(staging / "names.jsonl", "w", encoding="utf-8") as handle:
            for row in self.rows:
                handle.write(json.dumps(asdict(row), ensure_ascii=False) + "\n")
        (staging / "meta.json").write_text(json.dumps(asdict(self.meta), indent=2), encoding="utf-8")

        if folder.exists():
            retired = folder.with_name(folder.name + ".old")
            shutil.rmtree(retired, ignore_errors=True)
            os.replace(folder, retired)
            os.replace(staging, folder)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.replace(staging, folder)

    @classmethod
    def load(
        cls, folder: Path, taxonomy_version: str, encoder: TextEncoder | None = None
    ) -> NameIndex:
        """Read indexes from ``folder`` and check that they fit the taxonomy and encoder.

        Raises:
            FileNotFoundError: when the folder contains no index.
            ValueError: when the index was built from another taxonomy version or encoder.
        """
        meta_path = folder / "meta.json"
        if not meta_path.exists():
            raise FileNotFoundError(
                f"no name index in {folder}; build it with 'ias-tagger index build'"
            )
        meta = IndexMeta(**json.loads(meta_path.read_text(encoding="utf-8")))
        if meta.format_version != FORMAT_VERSION or meta.taxonomy_version != taxonomy_version:
            raise ValueError(
                f"index in {folder} was built from taxonomy {meta.taxonomy_version} (format "
                f"{meta.format_version}) but {taxonomy_version} (format {FORMAT_VERSION}) is "
                "loaded; rebuild it with 'ias-tagger index build'"
            )
        semantic = None
        if encoder is not None:
            if meta.encoder_fingerprint != encoder.fingerprint:
                raise ValueError(
                    f"semantic index in {folder} was built with encoder {meta.encoder_model} "
                    f"({meta.encoder_fingerprint}, dimension {meta.semantic_dimension}) but "
                    f"{encoder.model_id} ({encoder.fingerprint}, dimension {encoder.dimension}) "
                    "is loaded; rebuild it with 'ias-tagger index build'"
                )
            semantic = faiss.read_index(str(folder / "semantic.faiss"))

        with open(folder / "names.jsonl", encoding="utf-8") as handle:
            rows = [IndexedName(**json.loads(line)) for line in handle]
        vectorizer = NgramVectorizer(meta.lexical_dimension, np.load(folder / "idf.npy"))
        lexical = faiss.read_index(str(folder / "lexical.faiss"))
        return cls(meta, rows, vectorizer, lexical, semantic)


def load_or_build(
    taxonomy: Taxonomy,
    cache_dir: Path,
    encoder: TextEncoder | None = None,
    progress: bool = False,
    previous: NameIndex | None = None,
) -> NameIndex:
    """Load the saved index of this taxonomy version, building and saving it on first use.

    ``previous`` lends the vectors of unchanged names to a build (see :meth:`NameIndex.build`).
    """
    folder = index_dir_for(cache_dir, taxonomy.version, semantic=encoder is not None)
    try:
        return NameIndex.load(folder, taxonomy.version, encoder)
    except FileNotFoundError:
        logger.info("no saved name index in %s; building it once", folder)
    except ValueError as error:
        logger.warning("saved name index is stale (%s); rebuilding it", error)
    index = NameIndex.build(taxonomy, encoder, progress=progress, previous=previous)
    index.save(folder)
    return index
