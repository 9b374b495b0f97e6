"""Peak memory and cold load time of a fresh process that loads one path and tags a listing set.

The parent (:func:`measure_peak_memory`) runs ``python -m evaluation.bench_memory`` once per
path, so each figure covers one process from interpreter start: imports, loading the taxonomy,
encoder and indexes, then tagging. The child prints one JSON line on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def _status_mib(field: str) -> float:
    """Return a ``/proc/self/status`` memory field (reported in kB) in MiB."""
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise KeyError(f"{field} not found in /proc/self/status")


def _child(args: argparse.Namespace) -> None:
    started = time.perf_counter()
    from evaluation.bench_throughput import PATH_MODELS
    from nlp.pipeline import Tagger
    from taxonomy.loader import load_taxonomy

    texts = json.loads(Path(args.texts).read_text(encoding="utf-8"))
    tagger = Tagger(load_taxonomy(), Path(args.cache_dir), model=PATH_MODELS[args.path], threads=args.threads)
    loaded = time.perf_counter()
    rss_after_load = _status_mib("VmRSS")

    for number, text in enumerate(texts):
        tagger.tag(text, str(number))
    finished = time.perf_counter()

    # VmHWM, not ru_maxrss: Linux carries ru_maxrss across fork and exec, so a child of a large
    # benchmark process would report the parent's resident size as its own peak.
    peak = _status_mib("VmHWM")
    print(json.dumps({
        "path": args.path,
        "threads": args.threads,
        "listings": len(texts),
        "load_seconds": round(loaded - started, 3),
        "tag_seconds": round(finished - loaded, 3),
        "rss_after_load_mib": round(rss_after_load, 1),
        "max_rss_mib": round(peak, 1),
    }))


def measure_peak_memory(
    texts: list[str],
    cache_dir: Path,
    paths: tuple[str, ...] = ("fast", "full"),
    threads: int = 2,
    timeout_s: float = 600,
) -> list[dict]:
    """Run one child process per path and return what each reports.

    ``load_seconds`` counts from the start of the child's ``main`` (after the interpreter started),
    so it includes importing torch and sentence-transformers on the full path.

    Raises:
        RuntimeError: when a child exits with an error, naming the path and its stderr tail.
        subprocess.TimeoutExpired: when a child runs longer than ``timeout_s``.
    """
    results = []
    with tempfile.TemporaryDirectory(prefix="ias-bench-") as folder:
        texts_file = Path(folder) / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        for path in paths:
            command = [sys.executable, "-m", "evaluation.bench_memory", "--path", path,
                       "--texts", str(texts_file), "--cache-dir", str(cache_dir), "--threads", str(threads)]
            env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
            completed = subprocess.run(command, cwd=REPO_ROOT, env=env, capture_output=True, text=True,
                                       timeout=timeout_s, check=False)
            if completed.returncode != 0:
                raise RuntimeError(f"memory benchmark of the {path} path failed with exit status "
                                   f"{completed.returncode}: {completed.stderr[-2000:]}")
            results.append(json.loads(completed.stdout.strip().splitlines()[-1]))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description="Load one tagger path, tag listings and print peak memory as JSON.")
    parser.add_argument("--path", choices=("fast", "full"), required=True, help="Tagger path to load.")
    parser.add_argument("--texts", required=True, help="JSON file with a list of listing texts.")
    parser.add_argument("--cache-dir", required=True, help="Folder with the converted model and saved indexes.")
    parser.add_argument("--threads", type=int, default=2, help="Threads for torch and FAISS.")
    _child(parser.parse_args())


if __name__ == "__main__":
    main()
