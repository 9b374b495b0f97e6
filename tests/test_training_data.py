"""Check the committed NER and listing-classifier training data and its loader.

The checks against held-out data (the dev listings and the A100 gold names) read files in the
``shared`` folder next to the repository clone and are skipped when it is absent.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from training_data.records import LIVE_COMMODITIES, load_records, split_for

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LISTINGS = ROOT / "training_data" / "listings" / "generated.jsonl"
HANDWRITTEN = ROOT / "training_data" / "listings" / "handwritten.jsonl"
SENTENCES = ROOT / "training_data" / "sentences" / "generated.jsonl"
DEV_LISTINGS = SHARED / "listings" / "dev.jsonl"
A100_GOLD = SHARED / "corpora" / "a100" / "A100-LN.tsv"
SENTENCE_LANGUAGES = {"zh", "cs", "da", "nl", "en", "fr", "de", "it", "ja", "la", "no", "pl", "pt", "ru", "es", "sv"}


@pytest.fixture(scope="module")
def records() -> dict[str, list[dict]]:
    return {"listings": load_records(LISTINGS), "handwritten": load_records(HANDWRITTEN),
            "sentences": load_records(SENTENCES)}


def test_generated_listings_languages(records):
    languages = {r["language"] for r in records["listings"]}
    assert len(languages) >= 12, sorted(languages)
    assert 3000 <= len(records["listings"]) <= 4000


def test_handwritten_listings_shape(records):
    rows = records["handwritten"]
    assert len(rows) >= 120
    assert len({r["language"] for r in rows}) >= 10
    negatives = sum(1 for r in rows if not r["regulated_offer"])
    assert 0.4 <= negatives / len(rows) <= 0.7, f"{negatives} of {len(rows)} are negatives"


def test_sentence_languages(records):
    assert {r["language"] for r in records["sentences"]} == SENTENCE_LANGUAGES


def test_sources_match_files(records):
    assert {r["source"] for r in records["listings"]} == {"templates"}
    assert {r["source"] for r in records["handwritten"]} == {"handwritten"}
    assert {r["source"] for r in records["sentences"]} == {"sentences"}


def test_listing_labels_cover_all_classes(records):
    rows = records["listings"] + records["handwritten"]
    assert {r["commodity"] for r in rows} == {"live_animal", "live_plant", "seeds_or_propagules", "product", "other"}
    assert {r["intent"] for r in rows} == {"sale", "wanted", "giveaway", "none"}
    assert {r["regulated_offer"] for r in rows} == {True, False}


def test_regulated_offers_are_live(records):
    for record in records["listings"] + records["handwritten"]:
        if record["regulated_offer"]:
            assert record["commodity"] in LIVE_COMMODITIES, record["id"]
            assert record["intent"] != "none", record["id"]


def test_split_is_about_fifteen_percent(records):
    rows = [r for rows in records.values() for r in rows]
    share = sum(r["split"] == "dev" for r in rows) / len(rows)
    assert 0.12 <= share <= 0.18


def test_split_depends_only_on_id():
    assert split_for("listing-de-00042") == split_for("listing-de-00042")
    assert {split_for(f"x-{i}") for i in range(200)} == {"train", "dev"}


def test_ids_unique_across_files(records):
    ids = [r["id"] for rows in records.values() for r in rows]
    assert len(ids) == len(set(ids))


@pytest.mark.skipif(not DEV_LISTINGS.is_file(), reason=f"{DEV_LISTINGS} not found")
def test_no_text_equals_dev_listing(records):
    # Compared for equality only; the dev texts are never printed.
    with DEV_LISTINGS.open(encoding="utf-8") as handle:
        dev_texts = {json.loads(line)["text"].strip() for line in handle if line.strip()}
    leaked = [r["id"] for rows in records.values() for r in rows if r["text"].strip() in dev_texts]
    assert not leaked, f"records equal to a dev listing: {leaked}"


@pytest.mark.skipif(not A100_GOLD.is_file(), reason=f"{A100_GOLD} not found")
def test_no_a100_gold_name_as_span_name(records):
    with A100_GOLD.open(encoding="utf-8", newline="") as handle:
        gold = {" ".join(row[1].split()) for row in csv.reader(handle, delimiter="\t") if len(row) > 1}
    genera = {name.split()[0] for name in gold if name and not name.split()[0].endswith(".")}
    for record in (r for rows in records.values() for r in rows):
        for span in record["spans"]:
            assert span["name"] not in gold, (record["id"], span["name"])
            if span["name"]:
                assert span["name"].split()[0] not in genera, (record["id"], span["name"])


def _valid_record() -> dict:
    record_id = "listing-en-99999"
    return {"id": record_id, "source": "templates", "language": "en", "split": split_for(record_id),
            "text": "Selling red-eared sliders", "spans": [{"start": 8, "end": 25, "label": "VERNACULAR",
                                                          "name": "Trachemys scripta"}],
            "commodity": "live_animal", "intent": "sale", "regulated_offer": True}


BROKEN = [
    ("spans", lambda r: r["spans"][0].update(start=7)),
    ("spans", lambda r: r["spans"][0].update(end=40)),
    ("spans", lambda r: r["spans"].append(dict(r["spans"][0]))),
    ("label", lambda r: r["spans"][0].update(label="SPECIES")),
    ("split", lambda r: r.update(split="dev" if r["split"] == "train" else "train")),
    ("regulated_offer", lambda r: r.update(commodity="product")),
    ("commodity", lambda r: r.update(source="sentences")),
    ("intent", lambda r: r.update(intent="rent")),
    ("language", lambda r: r.pop("language")),
]


@pytest.mark.parametrize(("field", "damage"), BROKEN, ids=[f for f, _ in BROKEN])
def test_loader_rejects_broken_record(tmp_path, field, damage):
    record = _valid_record()
    damage(record)
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(_valid_record()) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(ValueError) as error:
        load_records(path)
    assert "line 2" in str(error.value)
    assert field in str(error.value)


def test_loader_accepts_valid_record(tmp_path):
    path = tmp_path / "good.jsonl"
    path.write_text(json.dumps(_valid_record()) + "\n", encoding="utf-8")
    assert load_records(path)[0]["spans"][0]["name"] == "Trachemys scripta"


GENERATE_SOME = f"""
import json, random
from pathlib import Path
from taxonomy import load_taxonomy
from training_data.listings import ListingGenerator
from training_data.names import NamePools, load_exclusions
pools = NamePools(load_taxonomy(), load_exclusions(Path({str(SHARED)!r})))
print(json.dumps(ListingGenerator(pools, "fr", random.Random("seed")).generate(40)))
"""


@pytest.mark.skipif(not A100_GOLD.is_file(), reason=f"{A100_GOLD} not found")
def test_listing_generator_ignores_hash_seed():
    # Two processes with different string hashing must draw the same listings from the same seed.
    outputs = []
    for hash_seed in ("1", "2"):
        environment = {**os.environ, "PYTHONHASHSEED": hash_seed}
        result = subprocess.run([sys.executable, "-c", GENERATE_SOME], cwd=ROOT, env=environment,
                                capture_output=True, text=True, check=True)
        outputs.append(json.loads(result.stdout))
    assert len(outputs[0]) == 40
    assert outputs[0] == outputs[1]
