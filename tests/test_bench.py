"""Smoke tests of the benchmark functions on three listings: result structure only, no timing checks."""

import random
from pathlib import Path

import pytest

from evaluation.bench_api import measure_api_latency
from evaluation.bench_index import CompendiumRecords, measure_encoder_rate, measure_index_scaling, misspell
from evaluation.bench_memory import measure_peak_memory
from evaluation.bench_report import render_markdown
from evaluation.bench_throughput import build_listing_set, measure_throughput, read_texts
from index.model import default_cache_dir

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "listings.jsonl"


@pytest.fixture(scope="module")
def texts():
    return read_texts(EXAMPLES)[:3]


@pytest.fixture(scope="module")
def results(texts, taxonomy, fast_tagger, tagger):
    """Run every measurement once at its smallest size, sharing the session's loaded taggers."""
    compendium = CompendiumRecords(records=list(taxonomy.names[:600]), distinct_names=600, checklists=1)
    return {
        "quick": True,
        "total_seconds": 1.0,
        "warmup_listings": 10,
        "machine": {"date": "today", "cpu_model": "test", "cpus": 2, "cpus_available": 2, "memory_gib": 1.0,
                    "os": "test", "python": "3", "torch": "2", "faiss": "1", "sentence_transformers": "6",
                    "omp_num_threads": "unset", "openblas_num_threads": "unset", "commit": "test",
                    "load_average_before": "0 0 0", "load_average_after": "0 0 0"},
        "listing_set": {"base_listings": 3, "copies": 1, "example_listings": 0},
        "throughput": measure_throughput(texts, {("fast", 1): fast_tagger, ("full", 1): tagger}, repeats=1),
        "encoder": measure_encoder_rate(tagger.encoder, [record.name for record in taxonomy.names[:8]], repeats=1),
        "memory": measure_peak_memory(texts, default_cache_dir(), paths=("fast",), threads=1),
        "api": measure_api_latency(texts, default_cache_dir(), single_requests=3, batch_sizes=(3,),
                                   batch_requests={3: 1}, fast=True),
        "index": measure_index_scaling(taxonomy.names[:300], compendium, sizes=(500,), queries=3, repeats=1),
    }


def test_listing_set_repeats_base():
    assert build_listing_set(["a", "b"], 3, ["c"]) == ["a", "b"] * 3 + ["c"]


def test_misspell_changes_one_word():
    typo = misspell("Eichhornia crassipes (Mart.) Solms", random.Random(1))
    words = typo.split()
    assert len(words) == 2
    assert typo != "Eichhornia crassipes"
    assert sum(a != b for a, b in zip(words, ["Eichhornia", "crassipes"])) == 1


def test_throughput_rows_and_ratio(results):
    throughput = results["throughput"]
    assert throughput["listings"] == 3
    assert [(row["path"], row["threads"]) for row in throughput["rows"]] == [("fast", 1), ("full", 1)]
    for row in throughput["rows"]:
        assert len(row["runs_seconds"]) == 1
        assert row["listings_per_second"] > 0
        assert row["mb_per_second"] > 0
    assert [ratio["threads"] for ratio in throughput["full_over_fast"]] == [1]


def test_memory_child_reports_peak(results):
    (row,) = results["memory"]
    assert row["path"] == "fast"
    assert row["listings"] == 3
    assert row["max_rss_mib"] >= row["rss_after_load_mib"] > 0


def test_api_latency_structure(results):
    api = results["api"]
    assert api["path"] == "fast"
    assert api["single"]["requests"] == 3
    assert api["single"]["p95_ms"] is None
    (batch,) = api["batches"]
    assert batch["listings_per_request"] == 3
    assert batch["requests"] == 1


def test_index_scaling_rows(results):
    sizes = results["index"]["sizes"]
    assert [entry["label"] for entry in sizes] == ["EU Union list", "GRIIS", "GRIIS distinct names, HNSW forced"]
    assert sizes[1]["names"] == 500
    assert [entry["index"] for entry in sizes] == ["flat", "flat", "HNSW"]
    assert sizes[1]["exact_hit_rate"] is None
    assert 0 <= sizes[2]["exact_hit_rate"] <= 1
    assert all(0 <= entry["hit_rate"] <= 1 for entry in sizes)


def test_encoder_rate_positive(results):
    assert results["encoder"]["names"] == 8
    assert results["encoder"]["names_per_second"] > 0


def test_report_has_every_section(results):
    page = render_markdown(results)
    for heading in ("## Machine", "## Throughput", "## Load time", "## API latency", "## Peak memory",
                    "## Index build and lookup", "## Semantic index"):
        assert heading in page
