"""Lexical index build and lookup time as the taxonomy grows, and the encoder's rate on names.

Large taxonomies are synthesised from GRIIS (Global Register of Introduced and Invasive Species)
checklists in Darwin Core archive form: every row of every ``taxon.txt`` becomes one
:class:`taxonomy.schema.NameRecord`.
"""

from __future__ import annotations

import csv
import random
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

import faiss

from index.candidates import CandidateGenerator
from index.lexical import fold_for_lexical
from index.store import HNSW_MIN_ROWS, NameIndex, _flat_or_hnsw, semantic_form
from taxonomy.schema import NameRecord

# NameIndex.build encodes names in chunks of this size when it builds the semantic index.
SEMANTIC_BUILD_CHUNK = 256


@dataclass
class SyntheticTaxonomy:
    """The two attributes of :class:`taxonomy.loader.Taxonomy` that ``NameIndex.build`` reads."""

    names: list[NameRecord]
    version: str


@dataclass
class CompendiumRecords:
    """Name records read from GRIIS checklists, distinct name strings first."""

    records: list[NameRecord]
    distinct_names: int
    checklists: int


def read_compendium(dwca_dir: Path, seed: int = 0) -> CompendiumRecords:
    """Read every ``*/taxon.txt`` under ``dwca_dir`` into name records.

    The taxon id is ``<checklist number>:<row id>``, so a species listed by several countries
    becomes several taxa with the same name, as in a taxonomy that merges checklists without
    reconciling them. Records are ordered with the first row of each distinct ``scientificName``
    first, shuffled with ``seed``, then the repeated rows, also shuffled. So a prefix of up to
    ``distinct_names`` records contains only distinct names, and a longer prefix adds repeats.

    Raises:
        FileNotFoundError: when ``dwca_dir`` contains no ``*/taxon.txt``.
    """
    files = sorted(dwca_dir.glob("*/taxon.txt"))
    if not files:
        raise FileNotFoundError(f"no */taxon.txt under {dwca_dir}; pass the folder of unpacked GRIIS archives")
    first: list[NameRecord] = []
    repeats: list[NameRecord] = []
    seen: set[str] = set()
    for number, path in enumerate(files):
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                name = (row.get("scientificName") or "").strip()
                if not name:
                    continue
                status = (row.get("taxonomicStatus") or "").upper()
                form = "synonym" if "SYNONYM" in status else "accepted"
                record = NameRecord(f"{number}:{row['id']}", name, form, None, "griis")
                if name in seen:
                    repeats.append(record)
                else:
                    seen.add(name)
                    first.append(record)
    rng = random.Random(seed)
    rng.shuffle(first)
    rng.shuffle(repeats)
    return CompendiumRecords(first + repeats, len(first), len(files))


def misspell(name: str, rng: random.Random) -> str:
    """Return the first two words of ``name`` with one typo: a deleted, doubled, swapped or replaced letter.

    The typo falls inside a word of four or more letters, never on its first letter, as in
    "Eichornia crassipes" for "Eichhornia crassipes". Without such a word the words are returned unchanged.
    """
    words = name.split()[:2]
    candidates = [i for i, word in enumerate(words) if len(word) >= 4]
    if not candidates:
        return " ".join(words)
    index = rng.choice(candidates)
    word = words[index]
    position = rng.randrange(1, len(word) - 1)
    edit = rng.choice(("delete", "double", "swap", "replace"))
    if edit == "delete":
        word = word[:position] + word[position + 1 :]
    elif edit == "double":
        word = word[:position] + word[position] + word[position:]
    elif edit == "swap":
        word = word[:position] + word[position + 1] + word[position] + word[position + 2 :]
    else:
        word = word[:position] + rng.choice("aeiounrst") + word[position + 1 :]
    words[index] = word
    return " ".join(words)


def _index_kind(index: NameIndex) -> str:
    return "HNSW" if "HNSW" in type(index.lexical).__name__ else "flat"


def _time_lookups(generator: CandidateGenerator, batch: list[str], k: int, repeats: int) -> tuple[list, list[float]]:
    """Return the candidates of one untimed call and the milliseconds of ``repeats`` timed calls."""
    candidates = generator(batch, k)
    milliseconds = []
    for _ in range(repeats):
        started = time.perf_counter()
        generator(batch, k)
        milliseconds.append((time.perf_counter() - started) * 1000)
    return candidates, milliseconds


def _hit_rate(sources: list[str], candidates: list[list]) -> float:
    hits = 0
    for source, found in zip(sources, candidates):
        target = fold_for_lexical(" ".join(source.split()[:2]))
        hits += any(fold_for_lexical(candidate.name.name).startswith(target) for candidate in found)
    return hits / len(sources)


def measure_index_size(
    label: str,
    names: list[NameRecord],
    queries: int = 100,
    repeats: int = 5,
    k: int = 10,
    seed: int = 0,
    force_hnsw: bool = False,
) -> dict:
    """Build the lexical index of ``names`` and time batches of ``queries`` misspelled names.

    Each query misspells a name drawn from ``names`` with ``seed``. ``hit_rate`` is the share of
    queries whose source name (first two words, folded) begins one of the ``k`` candidates. For an
    HNSW index the same queries also run as exact search over the vectors the graph stores
    (``exact_*`` fields), which separates what HNSW loses from what the n-gram vectors miss.
    ``force_hnsw`` moves the vectors of a smaller index into an HNSW graph configured as
    ``index.store`` configures it, and the build time then includes that step.
    """
    taxonomy = SyntheticTaxonomy(list(names), f"bench-{label}-{len(names)}")
    started = time.perf_counter()
    index = NameIndex.build(taxonomy)
    if force_hnsw and _index_kind(index) == "flat":
        graph = _flat_or_hnsw(index.lexical.d, HNSW_MIN_ROWS)
        graph.add(index.lexical.reconstruct_n(0, index.lexical.ntotal))
        index.lexical = graph
    build_seconds = time.perf_counter() - started

    rng = random.Random(seed)
    sources = [rng.choice(index.rows).name for _ in range(queries)]
    batch = [misspell(source, rng) for source in sources]
    candidates, lookup_ms = _time_lookups(CandidateGenerator(index, None), batch, k, repeats)
    result = {
        "label": label,
        "names": len(names),
        "rows": len(index.rows),
        "index": _index_kind(index),
        "forced_hnsw": force_hnsw,
        "build_seconds": round(build_seconds, 2),
        "queries": queries,
        "lookup_ms_median": round(statistics.median(lookup_ms), 2),
        "lookup_ms_runs": [round(value, 2) for value in lookup_ms],
        "hit_rate": round(_hit_rate(sources, candidates), 3),
        "exact_lookup_ms_median": None,
        "exact_hit_rate": None,
    }

    if result["index"] == "HNSW":
        storage = faiss.downcast_index(index.lexical.storage)
        exact = NameIndex(index.meta, index.rows, index.vectorizer, storage, None)
        candidates, lookup_ms = _time_lookups(CandidateGenerator(exact, None), batch, k, repeats)
        result["exact_lookup_ms_median"] = round(statistics.median(lookup_ms), 2)
        result["exact_hit_rate"] = round(_hit_rate(sources, candidates), 3)
    return result


def measure_index_scaling(
    union_names: list[NameRecord],
    compendium: CompendiumRecords,
    sizes: tuple[int | None, ...],
    queries: int = 100,
    repeats: int = 5,
) -> dict:
    """Measure the Union list's own names, then prefixes of ``compendium.records`` of each size.

    A last row puts only the distinct names into an HNSW graph, to tell the graph's recall loss
    on repeated names apart from its loss on distinct ones.

    A size of ``None`` means every record. Sizes larger than the compendium are clipped to its
    length, and each resulting size is measured once.
    """
    results = [measure_index_size("EU Union list", union_names, queries, repeats)]
    measured: set[int] = set()
    for size in sizes:
        size = len(compendium.records) if size is None else min(size, len(compendium.records))
        if size in measured:
            continue
        measured.add(size)
        results.append(measure_index_size("GRIIS", compendium.records[:size], queries, repeats))
    distinct = compendium.records[: compendium.distinct_names]
    results.append(measure_index_size("GRIIS distinct names, HNSW forced", distinct, queries, repeats, force_hnsw=True))
    return {
        "hnsw_min_rows": HNSW_MIN_ROWS,
        "compendium_rows": len(compendium.records),
        "compendium_distinct_names": compendium.distinct_names,
        "compendium_checklists": compendium.checklists,
        "sizes": results,
    }


def measure_encoder_rate(encoder, names: list[str], repeats: int = 3) -> dict:
    """Time encoding ``names`` the way ``NameIndex.build`` does for the semantic index.

    Returns the median names per second over ``repeats`` passes, after one untimed chunk.
    """
    if not names:
        raise ValueError("no names to encode")
    texts = semantic_form(names)
    encoder.encode_queries(texts[:SEMANTIC_BUILD_CHUNK])
    seconds = []
    for _ in range(repeats):
        started = time.perf_counter()
        for start in range(0, len(texts), SEMANTIC_BUILD_CHUNK):
            encoder.encode_queries(texts[start : start + SEMANTIC_BUILD_CHUNK])
        seconds.append(time.perf_counter() - started)
    median = statistics.median(seconds)
    return {
        "names": len(names),
        "threads": encoder.num_threads,
        "runs_seconds": [round(value, 3) for value in seconds],
        "names_per_second": round(len(names) / median, 1),
    }
