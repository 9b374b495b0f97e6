"""Write the negative queries used to calibrate the linker, from public corpora and checklists.

Negatives are strings the fuzzy linker must not link to a regulated taxon: everyday words and word
pairs from running text in 16 languages, and the scientific and vernacular names of alien species
that are NOT on the embedded regulated list (DAISIE, CITES Appendix I). The output,
``training_data/linking/negatives.jsonl``, is committed, so calibration needs no ``../shared``.

Run from the repository root: ``python -m training_data.prepare_linking``.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from index.lexical import fold_for_lexical
from taxonomy import load_taxonomy

OUTPUT = Path(__file__).parent / "linking" / "negatives.jsonl"
WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
# Normalised Levenshtein similarity above which a string counts as a spelling variant of a name.
SPELLING_VARIANT_SIMILARITY = 0.85


def _text_words(shared: Path, rng: random.Random) -> list[dict[str, str]]:
    rows = []
    for folder in sorted((shared / "corpora" / "a100").iterdir()):
        if not folder.is_dir() or folder.name == "lat":
            continue
        words = []
        for path in sorted(folder.glob("*.txt")):
            words.extend(WORD.findall(path.read_text(encoding="utf-8")))
        unique = sorted(set(words))
        rows += [{"text": w, "kind": "word", "source": f"a100-{folder.name}"} for w in unique]
        pairs = {f"{rng.choice(unique)} {rng.choice(unique)}" for _ in range(len(unique))}
        rows += [{"text": p, "kind": "word_pair", "source": f"a100-{folder.name}"} for p in sorted(pairs)]
    s800_words: set[str] = set()
    for path in sorted((shared / "corpora" / "s800-revised").glob("*.txt"))[:200]:
        s800_words.update(WORD.findall(path.read_text(encoding="utf-8")))
    rows += [{"text": w, "kind": "word", "source": "s800"} for w in sorted(s800_words)]
    return rows


def _unlisted_species(shared: Path, regulated: set[str], regulated_genera_epithets: set[str]) -> list[dict[str, str]]:
    rows = []
    daisie = shared / "reference" / "daisie-checklist" / "data"
    unlisted_ids: set[str] = set()
    with open(daisie / "raw" / "input_taxon.csv", encoding="utf-8") as handle:
        for record in csv.DictReader(handle):
            name = f"{record['genus']} {record['species']}".strip()
            if fold_for_lexical(name) in regulated_genera_epithets:
                continue
            unlisted_ids.add(record["idspecies"])
            rows.append({"text": name, "kind": "unlisted_scientific", "source": "daisie"})
    with open(daisie / "processed" / "vernacularname.csv", encoding="utf-8") as handle:
        for record in csv.DictReader(handle):
            if record["taxonID"] in unlisted_ids:
                rows.append({"text": record["vernacularName"], "kind": "unlisted_vernacular", "source": "daisie"})
    cites = shared / "reference" / "data-cites-appendixI"
    with open(cites / "NameUsage.tsv", encoding="utf-8") as handle:
        for record in csv.DictReader(handle, delimiter="\t"):
            if record.get("rank") == "species":
                rows.append({"text": record["scientificName"], "kind": "unlisted_scientific", "source": "cites-appendix-i"})
    with open(cites / "vernacular-name.tsv", encoding="utf-8") as handle:
        for record in csv.DictReader(handle, delimiter="\t"):
            rows.append({"text": record["name"], "kind": "unlisted_vernacular", "source": "cites-appendix-i"})
    return [row for row in rows if fold_for_lexical(row["text"]) not in regulated]


def _drop_spelling_variants(rows: list[dict[str, str]], names: list[str]) -> list[dict[str, str]]:
    """Drop strings within a few edits of a regulated name.

    Checklists spell the same species differently ("Elodea nuttalli"), so such a string is more
    likely a variant of a listed name than a true negative, and as a negative it would teach the
    calibration to reject real misspellings.
    """
    folded = [fold_for_lexical(row["text"]) for row in rows]
    best = process.cdist(folded, names, scorer=Levenshtein.normalized_similarity, workers=-1).max(axis=1)
    return [row for row, similarity in zip(rows, best) if similarity < SPELLING_VARIANT_SIMILARITY]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared",
                        help="Folder holding reference/ and corpora/ (default: ../shared).")
    parser.add_argument("--seed", type=int, default=13, help="Seed for sampling word pairs.")
    args = parser.parse_args()

    taxonomy = load_taxonomy()
    regulated = {fold_for_lexical(record.name) for record in taxonomy.names}
    binomials = {" ".join(fold_for_lexical(r.name).split()[:2]) for r in taxonomy.names if r.form != "vernacular"}

    rng = random.Random(args.seed)
    rows = _text_words(args.shared, rng) + _unlisted_species(args.shared, regulated, binomials)
    seen: set[str] = set()
    unique_rows = []
    for row in rows:
        key = fold_for_lexical(row["text"])
        if key and key not in seen and key not in regulated:
            seen.add(key)
            unique_rows.append(row)

    unique_rows = _drop_spelling_variants(unique_rows, sorted(regulated))

    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        for row in unique_rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(unique_rows)} negative queries to {OUTPUT}")


if __name__ == "__main__":
    main()
