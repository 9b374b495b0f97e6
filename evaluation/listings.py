"""Score listing-level decisions against gold listings, for several systems on the same data.

Gold listings are JSON Lines with ``id``, ``text``, ``offered_taxa`` and ``mentioned_taxa`` (scientific
names, which may be older names such as those in the regulation's own table), ``regulated_offer``
and ``commodity``. The optional ``lang`` and ``name_form`` fields feed the breakdowns. A ``<stem>_notes.tsv``
file beside the listings with ``id`` and ``name_form`` columns fills ``name_form`` where the records
lack it. Gold names are resolved to taxon ids through every scientific name form of the taxonomy, so
a prediction under the current accepted name still matches.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from evaluation.datasets import iter_listings
from evaluation.metrics import bootstrap_interval, confusion_matrix, precision_recall_f1
from index.lexical import fold_for_lexical
from nlp.result import COMMODITIES, ListingResult
from taxonomy.loader import Taxonomy
from taxonomy.schema import SCIENTIFIC_FORMS

BASELINE_LANGUAGES = ("en", "nl", "fr", "de")
BASELINE_SOURCES = ("eu-regulation", "union-list")
REQUIRED_FIELDS = ("text", "offered_taxa", "mentioned_taxa", "regulated_offer", "commodity")


@dataclass
class Prediction:
    """One system's output for one listing."""

    regulated_offer: bool
    offered: set[str]
    mentioned: set[str]
    commodity: str | None = None
    offer_score: float = 0.0
    result: ListingResult | None = None


System = Callable[[str, str], Prediction]


@dataclass
class GoldListing:
    """One gold listing with its taxa resolved to taxon ids."""

    id: str
    text: str
    language: str
    regulated_offer: bool
    commodity: str
    offered: set[str]
    mentioned: set[str]
    name_form: str = ""
    extra: dict = field(default_factory=dict)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision, recall, f1 = precision_recall_f1(tp, fp, fn)
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": tp, "fp": fp, "fn": fn}


def read_gold(path: Path) -> list[dict]:
    """Read gold listings, naming the line of any record that is invalid or lacks a required field."""
    rows = []
    for document in iter_listings(path):
        record = {"id": document.id, "text": document.text, **document.meta}
        if document.language:
            record["lang"] = document.language
        missing = [name for name in REQUIRED_FIELDS if name not in record]
        if missing:
            raise ValueError(
                f"{path} line {document.meta['line']}: missing field(s) {missing}; "
                f"each gold listing needs {list(REQUIRED_FIELDS)}"
            )
        rows.append(record)
    notes = path.with_name(f"{path.stem}_notes.tsv")
    if notes.exists():
        with open(notes, encoding="utf-8") as handle:
            forms = {r["id"]: r.get("name_form", "") for r in csv.DictReader(handle, delimiter="\t")}
        for record in rows:
            record.setdefault("name_form", forms.get(record["id"], ""))
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
                raise ValueError(
                    f"gold taxon '{name}' is not a name in the loaded taxonomy; fix the gold file or add the name"
                )
            resolved.add(taxon_id)
        return resolved


def load_gold(path: Path, taxonomy: Taxonomy) -> list[GoldListing]:
    """Read gold listings and resolve their taxa."""
    resolve = GoldResolver(taxonomy)
    return [
        GoldListing(
            id=str(row["id"]), text=row["text"], language=row.get("lang", "und"),
            regulated_offer=bool(row["regulated_offer"]), commodity=row["commodity"],
            offered=resolve(row["offered_taxa"]), mentioned=resolve(row["mentioned_taxa"]),
            name_form=row.get("name_form") or "",
        )
        for row in read_gold(path)
    ]


class KeywordBaseline:
    """Exact, case-insensitive whole-word matching of the Union list table's own names.

    The terms are the scientific names and the en/nl/fr/de vernacular names as the list's source
    table gives them (sources ``eu-regulation`` and ``union-list``), with no synonyms, inflection,
    misspellings or other languages: what an agency's keyword search does today. Every match counts
    as an offer.
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

    def find(self, text: str) -> list[tuple[int, int, set[str]]]:
        """Return every matched span with its taxon ids."""
        return [(m.start(), m.end(), self.terms[m.group(0).lower()]) for m in self.pattern.finditer(text)]

    def __call__(self, text: str) -> set[str]:
        found: set[str] = set()
        for _, _, taxa in self.find(text):
            found |= taxa
        return found

    def predict(self, text: str, listing_id: str) -> Prediction:
        """Predict as a system: every matched taxon is offered."""
        found = self(text)
        return Prediction(bool(found), found, found, None, 1.0 if found else 0.0)


def tagger_system(tagger) -> System:
    """Wrap a :class:`nlp.pipeline.Tagger` as a system."""

    def predict(text: str, listing_id: str) -> Prediction:
        result = tagger.tag(text, listing_id)
        offered = {t.taxon_id for t in result.taxa if t.offered}
        scores = [t.score for t in result.taxa if t.offered]
        return Prediction(result.regulated_offer, offered, {t.taxon_id for t in result.taxa},
                          result.commodity, max(scores, default=0.0), result)

    return predict


def _counts(gold: GoldListing, predicted: Prediction) -> dict[str, tuple[int, int, int]]:
    offer = (int(predicted.regulated_offer and gold.regulated_offer),
             int(predicted.regulated_offer and not gold.regulated_offer),
             int(gold.regulated_offer and not predicted.regulated_offer))
    offered = (len(predicted.offered & gold.offered), len(predicted.offered - gold.offered),
               len(gold.offered - predicted.offered))
    mentioned = (len(predicted.mentioned & gold.mentioned), len(predicted.mentioned - gold.mentioned),
                 len(gold.mentioned - predicted.mentioned))
    return {"regulated_offer": offer, "offered_taxa": offered, "mentioned_taxa": mentioned}


def _score(gold: list[GoldListing], predictions: list[Prediction], seed: int, resamples: int) -> dict:
    per_listing = [_counts(g, p) for g, p in zip(gold, predictions)]
    report: dict = {}
    for part in ("regulated_offer", "offered_taxa", "mentioned_taxa"):
        counts = [c[part] for c in per_listing]
        scores = _prf(*(sum(c[i] for c in counts) for i in range(3)))
        for metric in ("precision", "recall", "f1"):
            low, high = bootstrap_interval(counts, metric, n_resamples=resamples, seed=seed) if counts else (0.0, 0.0)
            scores[f"{metric}_ci95"] = [round(low, 4), round(high, 4)]
        report[part] = scores
    commodities = [(g.commodity, p.commodity) for g, p in zip(gold, predictions) if p.commodity is not None]
    if commodities:
        report["commodity_accuracy"] = round(sum(a == b for a, b in commodities) / len(commodities), 4)
        report["commodity_confusion"] = confusion_matrix(
            [a for a, _ in commodities], [b for _, b in commodities], list(COMMODITIES)
        )
    return report


def _breakdown(key: Callable[[GoldListing], str], gold, predictions, seed, resamples) -> dict:
    groups: dict[str, list[int]] = {}
    for i, listing in enumerate(gold):
        groups.setdefault(key(listing) or "unspecified", []).append(i)
    return {
        name: {"listings": len(rows), **_score([gold[i] for i in rows], [predictions[i] for i in rows], seed, resamples)}
        for name, rows in sorted(groups.items())
    }


def _per_taxon(gold: list[GoldListing], predictions: list[Prediction], taxonomy: Taxonomy) -> dict:
    counts: dict[str, list[int]] = {}
    for listing, predicted in zip(gold, predictions):
        for taxon_id in listing.offered | predicted.offered:
            tp_fp_fn = counts.setdefault(taxon_id, [0, 0, 0])
            tp_fp_fn[0] += taxon_id in listing.offered and taxon_id in predicted.offered
            tp_fp_fn[1] += taxon_id in predicted.offered and taxon_id not in listing.offered
            tp_fp_fn[2] += taxon_id in listing.offered and taxon_id not in predicted.offered
    return {taxonomy.taxa[t].scientific_name: _prf(*c) for t, c in sorted(counts.items())}


def _errors(gold: list[GoldListing], predictions: list[Prediction], taxonomy: Taxonomy) -> list[dict]:
    def names(ids: set[str]) -> list[str]:
        return sorted(taxonomy.taxa[t].scientific_name for t in ids)

    errors = []
    for listing, predicted in zip(gold, predictions):
        if (predicted.regulated_offer, predicted.offered, predicted.mentioned) == (
            listing.regulated_offer, listing.offered, listing.mentioned
        ):
            continue
        kind = "false_positive" if predicted.regulated_offer and not listing.regulated_offer else (
            "false_negative" if listing.regulated_offer and not predicted.regulated_offer else "taxa_differ"
        )
        errors.append({
            "id": listing.id, "kind": kind, "language": listing.language,
            "gold_regulated_offer": listing.regulated_offer, "predicted_regulated_offer": predicted.regulated_offer,
            "gold_offered": names(listing.offered), "predicted_offered": names(predicted.offered),
            "gold_mentioned": names(listing.mentioned), "predicted_mentioned": names(predicted.mentioned),
            "gold_commodity": listing.commodity, "predicted_commodity": predicted.commodity,
            "text": listing.text,
            "evidence": [e.model_dump() for e in predicted.result.evidence] if predicted.result else [],
        })
    return errors


def hard_negative_scores(gold: list[GoldListing], predictions: list[Prediction]) -> dict:
    """Listings that name a regulated taxon without offering it alive (fur, starch, news, equipment,
    negation), and how many of them a system still flags as offers."""
    rows = [p for g, p in zip(gold, predictions) if g.mentioned and not g.regulated_offer]
    false_offers = sum(p.regulated_offer for p in rows)
    return {"listings": len(rows), "false_offers": false_offers,
            "correct_rate": round(1 - false_offers / len(rows), 4) if rows else 1.0}


def threshold_curve(gold: list[GoldListing], predictions: list[Prediction]) -> list[dict]:
    """Return regulated-offer precision and recall as the minimum taxon score for an offer rises."""
    thresholds = sorted({round(p.offer_score, 4) for p in predictions if p.regulated_offer})
    curve = []
    for threshold in thresholds:
        tp = sum(p.regulated_offer and p.offer_score >= threshold and g.regulated_offer for g, p in zip(gold, predictions))
        fp = sum(p.regulated_offer and p.offer_score >= threshold and not g.regulated_offer for g, p in zip(gold, predictions))
        fn = sum(g.regulated_offer for g in gold) - tp
        curve.append({"threshold": threshold, **_prf(tp, fp, fn)})
    return curve


def evaluate_listings(
    path: Path,
    systems: dict[str, System],
    taxonomy: Taxonomy,
    main_system: str,
    seed: int = 13,
    resamples: int = 1000,
    progress: bool = False,
) -> dict:
    """Run every system on every gold listing and score them with one scorer.

    Returns a dict with overall scores (with 95 % bootstrap intervals over listings) per system,
    breakdowns by language, name form and taxon, the threshold curve and the error list of
    ``main_system``.
    """
    from tqdm import tqdm

    gold = load_gold(path, taxonomy)
    predictions: dict[str, list[Prediction]] = {name: [] for name in systems}
    for listing in tqdm(gold, desc="listings", disable=not progress):
        for name, system in systems.items():
            predictions[name].append(system(listing.text, listing.id))

    main = predictions[main_system]
    systems_report = {name: _score(gold, p, seed, resamples) for name, p in predictions.items()}
    for name, p in predictions.items():
        systems_report[name]["hard_negatives"] = hard_negative_scores(gold, p)
    return {
        "task": "listings",
        "listings": len(gold),
        "systems": systems_report,
        "by_language": {name: _breakdown(lambda g: g.language, gold, p, seed, resamples)
                        for name, p in predictions.items()},
        "by_name_form": {name: _breakdown(lambda g: g.name_form, gold, p, seed, resamples)
                         for name, p in predictions.items()},
        "by_taxon": _per_taxon(gold, main, taxonomy),
        "threshold_curve": threshold_curve(gold, main),
        "errors": _errors(gold, main, taxonomy),
        "main_system": main_system,
    }
