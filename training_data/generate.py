"""Write the NER and listing-classifier training data and print the counts for the datasheets.

Outputs, all JSON Lines in the format of ``training_data/FORMAT.md``:

- ``training_data/listings/generated.jsonl``: template listings in 14 languages;
- ``training_data/listings/handwritten.jsonl``: the hand-written listings of ``handwritten_listings.py``;
- ``training_data/sentences/generated.jsonl``: running-text sentences in 16 languages.

Run from the repository root: ``python -m training_data.generate``. The output depends only on
``--seed`` and the files under ``--shared`` (the reference lists and the A100 gold name list).
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from taxonomy.loader import load_taxonomy
from training_data.handwritten import handwritten_records
from training_data.listings import ListingGenerator
from training_data.names import Exclusions, NamePools, load_exclusions
from training_data.records import load_records, write_records
from training_data.reference_names import ReferencePools
from training_data.sentences import SENTENCE_LANGUAGES, SentenceGenerator

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parents[1] / "shared"
LISTINGS_PATH = HERE / "listings" / "generated.jsonl"
HANDWRITTEN_PATH = HERE / "listings" / "handwritten.jsonl"
SENTENCES_PATH = HERE / "sentences" / "generated.jsonl"
# Listings per language: more for the languages with the most vernacular names in the taxonomy.
LISTING_COUNTS = {"en": 380, "de": 380, "fr": 300, "nl": 280, "es": 280, "it": 280, "pt": 220, "pl": 220,
                  "zh": 220, "sv": 200, "cs": 200, "da": 200, "ja": 110, "ru": 110}
SENTENCES_PER_LANGUAGE = 190


def check_exclusions(records: list[dict], exclusions: Exclusions, where: str) -> None:
    """Raise when a span names, or is written with, a genus or name held out for the A100 test set."""
    for record in records:
        for span in record["spans"]:
            surface = record["text"][span["start"]:span["end"]]
            names = [span["name"]] if span["name"] else []
            if span["label"] == "SCIENTIFIC" and surface[:1].isupper():
                names.append(surface)
            for name in names:
                if exclusions.blocks(name):
                    raise RuntimeError(f"{where}: record {record['id']} has span {surface!r} ({name}), which the "
                                       "A100 exclusion list holds out; fix the pools that produced it")


def scientific_form(surface: str, text: str, start: int, end: int) -> str:
    """Classify how a SCIENTIFIC span is written, for the summary."""
    words = surface.split()
    if "†" in text[max(0, start - 1):end + 1]:
        return "dagger"
    if words[-1] in ("sp.", "spp."):
        return "sp./spp."
    if "×" in words or "x" in words or "X" in words or "×" in surface:
        return "hybrid"
    if any(word in ("var.", "subsp.", "ssp.", "f.", "forma") for word in words):
        return "rank marker"
    if words[0].endswith("."):
        return "abbreviated genus"
    if surface.isupper():
        return "all capitals"
    if surface.islower():
        return "lower case"
    if len(words) > 1 and all(word[:1].isupper() for word in words):
        return "title case"
    return "plain"


def summarise(records: list[dict]) -> str:
    """Return Markdown tables of records, splits, languages, labels and listing classes."""
    languages = Counter(r["language"] for r in records)
    splits = Counter(r["split"] for r in records)
    labels = Counter(s["label"] for r in records for s in r["spans"])
    linked = Counter("taxonomy" if s["name"] else "null" for r in records for s in r["spans"])
    lines = [f"records: {len(records)} (train {splits['train']}, dev {splits['dev']}); "
             f"spans: {sum(labels.values())} (SCIENTIFIC {labels['SCIENTIFIC']}, VERNACULAR {labels['VERNACULAR']}; "
             f"name set {linked['taxonomy']}, name null {linked['null']}); "
             f"records without spans: {sum(1 for r in records if not r['spans'])}; "
             f"taxa of the taxonomy named: {len({s['name'] for r in records for s in r['spans'] if s['name']})}", "",
             "| language | records | SCIENTIFIC | VERNACULAR |", "|---|---|---|---|"]
    for language in sorted(languages):
        spans = Counter(s["label"] for r in records if r["language"] == language for s in r["spans"])
        lines.append(f"| {language} | {languages[language]} | {spans['SCIENTIFIC']} | {spans['VERNACULAR']} |")
    forms = Counter(scientific_form(r["text"][s["start"]:s["end"]], r["text"], s["start"], s["end"])
                    for r in records for s in r["spans"] if s["label"] == "SCIENTIFIC")
    lines += ["", "SCIENTIFIC spans by form: " + ", ".join(f"{key} {forms[key]}" for key in sorted(forms))]
    if records and records[0]["commodity"] is not None:
        for field in ("commodity", "intent", "regulated_offer"):
            counts = Counter(str(r[field]).lower() for r in records)
            lines.append("")
            lines.append(f"{field}: " + ", ".join(f"{key} {counts[key]}" for key in sorted(counts)))
    return "\n".join(lines)


def build(shared: Path, seed: int) -> dict[Path, list[dict]]:
    """Generate all three record sets; return them keyed by output path."""
    taxonomy = load_taxonomy()
    exclusions = load_exclusions(shared)
    reference = ReferencePools(shared, taxonomy, exclusions)
    print(f"reference pools: {len(reference.latin)} Latin names, "
          f"{sum(len(v) for v in reference.vernaculars.values())} vernacular names in "
          f"{len(reference.vernaculars)} languages, {len(reference.horticultural)} unlisted horticultural "
          "plants\n")
    names = NamePools(taxonomy, exclusions, reference.horticultural)
    listings: list[dict] = []
    for language, count in LISTING_COUNTS.items():
        generator = ListingGenerator(names, language, random.Random(f"{seed}-listing-{language}"))
        listings += generator.generate(count)
    sentences: list[dict] = []
    for language in SENTENCE_LANGUAGES:
        generator = SentenceGenerator(reference, language, random.Random(f"{seed}-sentence-{language}"))
        sentences += generator.generate(SENTENCES_PER_LANGUAGE)
    outputs = {LISTINGS_PATH: listings, HANDWRITTEN_PATH: handwritten_records(), SENTENCES_PATH: sentences}
    for path, records in outputs.items():
        check_exclusions(records, exclusions, path.name)
    return outputs


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help="shared data folder holding reference/ and corpora/a100/ (default: ../shared)")
    parser.add_argument("--seed", type=int, default=13, help="seed of every random choice (default: 13)")
    args = parser.parse_args(argv)
    for path, records in build(args.shared, args.seed).items():
        write_records(records, path)
        reloaded = load_records(path)
        print(f"## {path.relative_to(HERE.parent)}\n\n{summarise(reloaded)}\n")


if __name__ == "__main__":
    main()
