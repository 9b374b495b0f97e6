"""Measure throughput, API latency, peak memory and index scaling, and write docs/benchmarks.md.

Run from the repository root: ``make bench`` or ``python -m evaluation.bench``. The full run takes
about ten minutes on two CPUs. ``--quick`` shrinks every measurement for a smoke run and prints the
page instead of writing it. The listing texts are only timed: no labels are read and nothing is tuned.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path

from index.model import default_cache_dir

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_LISTINGS = REPO_ROOT.parent / "shared" / "listings" / "dev.jsonl"
DEFAULT_GRIIS = REPO_ROOT.parent / "shared" / "reference" / "griis-compendium" / "data" / "dwca"
EXAMPLES = REPO_ROOT / "examples" / "listings.jsonl"
DEFAULT_OUTPUT = REPO_ROOT / "docs" / "benchmarks.md"

logger = logging.getLogger("evaluation.bench")


def _plan(quick: bool) -> dict:
    """Return the sizes of every measurement; ``quick`` gives a smoke run of about a minute."""
    if quick:
        return {"copies": 1, "base_limit": 20, "repeats": 1, "threads": (1, 2), "single_requests": 20,
                "batch_sizes": (10, 100), "batch_requests": {10: 3, 100: 1}, "index_sizes": (5_000,),
                "lookup_repeats": 2, "encoder_names": 256, "encoder_repeats": 1}
    return {"copies": 5, "base_limit": None, "repeats": 3, "threads": (1, 2), "single_requests": 200,
            "batch_sizes": (100, 1000), "batch_requests": {100: 5, 1000: 1},
            "index_sizes": (10_000, 30_000, 49_999, 50_000, None),
            "lookup_repeats": 5, "encoder_names": 1024, "encoder_repeats": 3}


def run(listings_path: Path, griis_dir: Path, cache_dir: Path, quick: bool = False) -> dict:
    """Run every measurement and return the results as one JSON-serialisable dict."""
    from evaluation.bench_api import measure_api_latency
    from evaluation.bench_index import measure_encoder_rate, measure_index_scaling, read_compendium
    from evaluation.bench_memory import measure_peak_memory
    from evaluation.bench_report import load_average, machine_info
    from evaluation.bench_throughput import (
        WARMUP_LISTINGS, build_listing_set, load_taggers, measure_throughput, read_texts,
    )
    from taxonomy.loader import load_taxonomy

    plan = _plan(quick)
    started = time.perf_counter()
    base = read_texts(listings_path)[: plan["base_limit"]]
    examples = read_texts(EXAMPLES)
    texts = build_listing_set(base, plan["copies"], examples)
    compendium = read_compendium(griis_dir)
    taxonomy = load_taxonomy()
    results: dict = {
        "quick": quick,
        "machine": machine_info(),
        "warmup_listings": WARMUP_LISTINGS,
        "listing_set": {"base_listings": len(base), "copies": plan["copies"], "example_listings": len(examples)},
    }

    logger.info("throughput: %d listings, %d passes per tagger", len(texts), plan["repeats"])
    taggers = load_taggers(taxonomy, cache_dir, ("fast", "full"), plan["threads"])
    results["throughput"] = measure_throughput(texts, taggers, plan["repeats"])

    logger.info("encoder rate on %d names", plan["encoder_names"])
    encoder = taggers[("full", max(plan["threads"]))].encoder
    names = [record.name for record in compendium.records[: plan["encoder_names"]]]
    import torch

    torch.set_num_threads(encoder.num_threads)
    results["encoder"] = measure_encoder_rate(encoder, names, plan["encoder_repeats"])
    del taggers, encoder

    # Peak memory depends on the loaded components, not on how often a text repeats, so each
    # child tags the distinct listings once to keep the run short.
    logger.info("peak memory: one process per path")
    results["memory"] = measure_peak_memory(base + examples, cache_dir, threads=max(plan["threads"]))

    logger.info("API latency: %d single requests, batches %s", plan["single_requests"], plan["batch_sizes"])
    results["api"] = measure_api_latency(texts, cache_dir, plan["single_requests"], plan["batch_sizes"],
                                         plan["batch_requests"])

    logger.info("index scaling: sizes %s", plan["index_sizes"])
    results["index"] = measure_index_scaling(taxonomy.names, compendium, plan["index_sizes"],
                                             repeats=plan["lookup_repeats"])
    results["machine"]["load_average_after"] = load_average()
    results["total_seconds"] = round(time.perf_counter() - started, 1)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark ias-tagger on this machine and write docs/benchmarks.md.")
    parser.add_argument("--quick", action="store_true",
                        help="Smoke run of about a minute with small sizes; prints the page unless --output is given.")
    parser.add_argument("--listings", type=Path, default=DEFAULT_LISTINGS,
                        help="JSON Lines file of listings whose 'text' fields are timed (default: %(default)s).")
    parser.add_argument("--griis", type=Path, default=DEFAULT_GRIIS,
                        help="Folder of unpacked GRIIS Darwin Core archives, one per checklist (default: %(default)s).")
    parser.add_argument("--cache-dir", type=Path, default=default_cache_dir(),
                        help="Folder with the converted model and saved indexes (default: %(default)s, from $IAS_CACHE_DIR when set).")
    parser.add_argument("--output", type=Path, help=f"Markdown page to write (default: {DEFAULT_OUTPUT}; none with --quick).")
    parser.add_argument("--json", type=Path, help="Also write the raw results to this JSON file.")
    parser.add_argument("--from-json", type=Path,
                        help="Render the page from results saved with --json instead of measuring again.")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

    from evaluation.bench_report import render_markdown

    if args.from_json:
        results = json.loads(args.from_json.read_text(encoding="utf-8"))
    else:
        for path, option in ((args.listings, "--listings"), (args.griis, "--griis")):
            if not path.exists():
                print(f"bench: {path} not found; pass {option} with an existing path", file=sys.stderr)
                return 2
        results = run(args.listings, args.griis, args.cache_dir, quick=args.quick)
    page = render_markdown(results)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    output = args.output or (None if results["quick"] else DEFAULT_OUTPUT)
    if output is None:
        print(page)
    else:
        output.write_text(page, encoding="utf-8")
        logger.info("wrote %s", output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
