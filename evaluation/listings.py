"""Score listing-level decisions against gold listings, beside a keyword baseline.

Gold listings are JSON Lines with ``id``, ``text``, ``offered_taxa`` and ``mentioned_taxa`` (scientific
names, which may be older names such as those in the regulation's own table), ``regulated_offer``
and ``commodity``. Gold names are resolved to taxon ids through every scientific name form of the
taxonomy, so a prediction under the current accepted name still matches.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from index.lexical import fold_for_lexical
from taxonomy.loader import Taxonomy
from taxonomy.schema import SCIENTIFIC_FORMS

BASELINE_LANGUAGES = ("en", "nl", "fr", "de")
BASELINE_SOURCES = ("eu-regulation", "union-list")


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": tp, "fp": fp, "fn": fn}


def read_gold(path: Path) -> list[dict]:
    """Read gold listings, naming the line of any record that lacks a required field."""
    required = ("text", "offered_taxa", "mentioned_taxa", "regulated_offer", "commodity")
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path} line {number}: invalid JSON ({error.msg})") from None
            missing = [field for field in required if field not in record]
            if missing:
                raise ValueError(f"{path} line {number}: missing field(s) {missing}; each gold listing needs {list(required)}")
            record.setdefault("id", f"{path.stem}:{number}")
            rows.append(record)
    return rows


class GoldResolver:
    """Map gold scientific names to taxon ids of the taxonomy."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.ids: dict[str, str] = {}
        for record in taxonomy.names:
            if record.form in SCIENTIFIC_FORMS:
                self.ids.setdefault(fold_for_lexical(record.name), record.taxon_id)
        for membership in taxonomy.memberships:
            if membership.listed_name:
                self.ids.setdefault(fold_for_lexical(membership.listed_name), membership.taxon_id)

    def __call__(self, names: list[str]) -> set[str]:
        resolved = set()
        for name in names:
            taxon_id = self.ids.get(fold_for_lexical(name))
            if taxon_id is None:
                raise ValueError(f"gold taxon '{name}' is not a name in the loaded taxonomy; fix the gold file or add the name")
            resolved.add(taxon_id)
        return resolved


class KeywordBaseline:
    """Exact, case-insensitive whole-word matching of the Union list table's own names.

    The terms are the scientific names and the en/nl/fr/de vernacular names as the list's source
    table gives them (sources ``eu-regulation`` and ``union-list``), with no synonyms, inflection,
    misspellings or other languages: what an agency's keyword search does today.
    """

    def __init__(self, taxonomy: Taxonomy) -> None:
        terms: dict[str, set[str]] = {}
        for membership in taxonomy.memberships:
            if membership.listed_name:
                terms.setdefault(membership.listed_name.lower(), set()).add(membership.taxon_id)
        for record in taxonomy.names:
            if record.source not in BASELINE_SOURCES:
                continue
            if record.form in SCIENTIFIC_FORMS or (
                record.form == "vernacular" and record.language in BASELINE_LANGUAGES
            ):
                terms.setdefault(record.name.lower(), set()).add(record.taxon_id)
        self.terms = terms
        alternatives = sorted((re.escape(t) for t in terms), key=len, reverse=True)
        self.pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)

    def __call__(self, text: str) -> set[str]:
        found: set[str] = set()
        for match in self.pattern.finditer(text):
            found |= self.terms.get(match.group(0).lower(), set())
        return found


def _score(rows: list[dict], predictions: list[dict]) -> dict:
    offer = Counter()
    offered = Counter()
    mentioned = Counter()
    commodity = Counter()
    for gold, predicted in zip(rows, predictions):
        outcome = {(True, True): "tp", (True, False): "fp", (False, True): "fn", (False, False): "tn"}
        offer[outcome[(bool(predicted["regulated_offer"]), bool(gold["regulated_offer"]))]] += 1
        for counter, field in ((offered, "offered"), (mentioned, "mentioned")):
            counter["tp"] += len(predicted[field] & gold[field])
            counter["fp"] += len(predicted[field] - gold[field])
            counter["fn"] += len(gold[field] - predicted[field])
        if predicted.get("commodity") is not None:
            commodity["correct"] += predicted["commodity"] == gold["commodity"]
            commodity["total"] += 1
    report = {
        "regulated_offer": _prf(offer["tp"], offer["fp"], offer["fn"]),
        "offered_taxa": _prf(offered["tp"], offered["fp"], offered["fn"]),
        "mentioned_taxa": _prf(mentioned["tp"], mentioned["fp"], mentioned["fn"]),
    }
    if commodity["total"]:
        report["commodity_accuracy"] = round(commodity["correct"] / commodity["total"], 4)
    return report


def evaluate_listings(path: Path, tagger) -> dict:
    """Tag every gold listing with ``tagger`` and the keyword baseline, and score both."""
    rows = read_gold(path)
    resolve = GoldResolver(tagger.taxonomy)
    baseline = KeywordBaseline(tagger.taxonomy)
    for row in rows:
        row["offered"] = resolve(row["offered_taxa"])
        row["mentioned"] = resolve(row["mentioned_taxa"])

    pipeline_predictions, baseline_predictions, errors = [], [], []
    for row in rows:
        result = tagger.tag(row["text"], row["id"])
        predicted = {
            "regulated_offer": result.regulated_offer,
            "offered": {t.taxon_id for t in result.taxa if t.offered},
            "mentioned": {t.taxon_id for t in result.taxa},
            "commodity": result.commodity,
        }
        pipeline_predictions.append(predicted)
        found = baseline(row["text"])
        baseline_predictions.append({"regulated_offer": bool(found), "offered": found, "mentioned": found})
        if (predicted["regulated_offer"] != row["regulated_offer"] or predicted["offered"] != row["offered"]
                or predicted["mentioned"] != row["mentioned"]):
            errors.append({
                "id": row["id"],
                "gold_regulated_offer": row["regulated_offer"],
                "predicted_regulated_offer": predicted["regulated_offer"],
                "gold_offered": sorted(tagger.taxonomy.taxa[t].scientific_name for t in row["offered"]),
                "predicted_offered": sorted(tagger.taxonomy.taxa[t].scientific_name for t in predicted["offered"]),
                "gold_mentioned": sorted(tagger.taxonomy.taxa[t].scientific_name for t in row["mentioned"]),
                "predicted_mentioned": sorted(tagger.taxonomy.taxa[t].scientific_name for t in predicted["mentioned"]),
                "gold_commodity": row["commodity"],
                "predicted_commodity": predicted["commodity"],
                "text": row["text"][:160],
            })
    return {
        "dataset": str(path),
        "listings": len(rows),
        "taxonomy_version": tagger.taxonomy.version,
        "pipeline": _score(rows, pipeline_predictions),
        "keyword_baseline": _score(rows, baseline_predictions),
        "errors": errors,
    }


def format_report(report: dict) -> str:
    """Return the report as a Markdown table plus the listings still wrong."""
    lines = [
        f"{report['listings']} listings from {report['dataset']}, taxonomy {report['taxonomy_version']}",
        "",
        "| system | offer P | offer R | offer F1 | offered-taxa P | R | F1 | mentioned-taxa P | R | F1 | commodity acc. |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for system in ("keyword_baseline", "pipeline"):
        scores = report[system]
        cells = [system]
        for part in ("regulated_offer", "offered_taxa", "mentioned_taxa"):
            cells += [f"{scores[part][m]:.3f}" for m in ("precision", "recall", "f1")]
        cells.append(f"{scores['commodity_accuracy']:.3f}" if "commodity_accuracy" in scores else "n/a")
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", f"listings still wrong: {len(report['errors'])}"]
    for error in report["errors"]:
        lines.append(
            f"- {error['id']}: offer {error['predicted_regulated_offer']} (gold {error['gold_regulated_offer']}); "
            f"offered {error['predicted_offered']} (gold {error['gold_offered']}); "
            f"mentioned {error['predicted_mentioned']} (gold {error['gold_mentioned']}); "
            f"commodity {error['predicted_commodity']} (gold {error['gold_commodity']})"
        )
    return "\n".join(lines)
