"""Transparent rules that decide the commodity and which linked taxa a listing offers.

Each cue family of ``nlp.cues`` adds weight to a commodity: 2 for a cue in the title (the first
line), 1 elsewhere. The kingdom of the linked taxa adds a prior toward a live animal or a live
plant. A taxon counts as offered when the commodity is a live organism or propagule and at least
one of its mentions sits in a clause without negation or comparison ("not Elodea nuttallii",
"a native alternative to ..."). Every rule that fired is named in the evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nlp.cues import CueHit, find_cues
from nlp.linker import LinkedMention
from nlp.normalize import original_span
from nlp.spans import NormalizedText
from taxonomy.loader import Taxonomy

LIVE_COMMODITIES = frozenset({"live_animal", "live_plant", "seeds_or_propagules"})
TITLE_WEIGHT = 2.0
KINGDOM_PRIOR = 1.5
CLAUSE_BREAK = re.compile(r"[.!?;:\n|•,]")
SENTENCE_BREAK = re.compile(r"[.!?\n]")
PRICE = re.compile(r"(?:[€$£¥]\s?\d|\d+(?:[.,]\d+)?\s?(?:€|eur|euro|zł|pln|chf|kr|\$|£|元|块))", re.IGNORECASE)

# Ties go to the earlier entry: a fur coat that names "mink" is a product before it is an animal.
COMMODITY_ORDER = ("product", "service", "propagule", "live_animal", "live_plant", "equipment")
COMMODITY_OF_RULE = {
    "product": "product",
    "service": "other",
    "propagule": "seeds_or_propagules",
    "live_animal": "live_animal",
    "live_plant": "live_plant",
    "equipment": "other",
}


@dataclass
class Decision:
    """The listing-level decision and the evidence behind it."""

    commodity: str
    intent: str
    offered: dict[str, bool]
    evidence: list[tuple[str, str, int | None, int | None]] = field(default_factory=list)
    free: dict[str, bool] = field(default_factory=dict)
    """Per taxon, whether a mention sits outside negation, comparison and not-included clauses."""

    def with_classifier(self, predictions: dict) -> Decision:
        """Take the classifier's commodity and intent where it replaces the rules, and redo the offer gate.

        ``predictions`` maps a question to an ``nlp.classifier.Prediction``.
        """
        commodity, intent, evidence = self.commodity, self.intent, list(self.evidence)
        for question, prediction in predictions.items():
            if not prediction.replaces_rules:
                continue
            label = prediction.label
            evidence.append((f"classifier:{question}", f"{label} {prediction.probabilities[label]:.2f}", None, None))
            if question == "commodity":
                commodity = label
            else:
                intent = label
        offered = {taxon: free and commodity in LIVE_COMMODITIES for taxon, free in self.free.items()}
        return Decision(commodity, intent, offered, evidence, dict(self.free))


def _clauses(nt: NormalizedText, breaks: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    breaks = breaks or CLAUSE_BREAK
    bounds = [0] + [m.end() for m in breaks.finditer(nt.text)] + [len(nt.text)]
    return [nt.to_original(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _weight(hit: CueHit, title_end: int) -> float:
    return TITLE_WEIGHT if hit.start < title_end else 1.0


def _intent(nt: NormalizedText, hits: dict[str, list[CueHit]]) -> tuple[str, list[CueHit]]:
    for rule in ("wanted", "giveaway", "sale"):
        if hits[rule]:
            return rule, hits[rule]
    price = PRICE.search(nt.text)
    if price:
        return "sale", [CueHit("sale", price.start(), price.end(), price.group(0))]
    return "none", []


def decide(nt: NormalizedText, links: list[LinkedMention], taxonomy: Taxonomy) -> Decision:
    """Decide the commodity, the intent and, per linked taxon, whether it is offered."""
    title_end = nt.text.find("\n") if "\n" in nt.text else len(nt.text)
    rules = ("product", "service", "propagule", "live_animal", "live_plant", "equipment",
             "sale", "wanted", "giveaway", "negation", "comparison", "not_included")
    hits = {rule: find_cues(nt.text, rule) for rule in rules}
    evidence: list[tuple[str, str, int | None, int | None]] = []

    scores = {rule: sum(_weight(h, title_end) for h in hits[rule]) for rule in COMMODITY_ORDER}
    if links and not hits["not_included"]:
        # Tanks, cages and filters come with animals as often as instead of them, so equipment
        # decides the commodity only when no regulated taxon is named, or when the listing states
        # the organisms are not included ("NUR Becken + Technik, KEINE Tiere").
        scores["equipment"] = 0.0
    elif hits["not_included"] and scores["equipment"]:
        scores["equipment"] += sum(scores[r] for r in ("live_animal", "live_plant")) + 2 * KINGDOM_PRIOR
        for hit in hits["not_included"]:
            start, end = original_span(nt, hit.start, hit.end)
            evidence.append(("organisms_not_included", nt.original[start:end], start, end))
    kingdoms = {taxonomy.taxa[l.taxon_id].kingdom for l in links}
    if "Animalia" in kingdoms:
        scores["live_animal"] += KINGDOM_PRIOR
        evidence.append(("kingdom_prior:Animalia", "", None, None))
    if kingdoms & {"Plantae", "Chromista"}:
        scores["live_plant"] += KINGDOM_PRIOR
        evidence.append(("kingdom_prior:Plantae", "", None, None))

    best_rule = max(COMMODITY_ORDER, key=lambda r: (scores[r], -COMMODITY_ORDER.index(r)))
    commodity = COMMODITY_OF_RULE[best_rule] if scores[best_rule] > 0 else "other"
    for hit in hits[best_rule]:
        start, end = original_span(nt, hit.start, hit.end)
        evidence.append((f"commodity:{best_rule}", nt.original[start:end], start, end))

    intent, intent_hits = _intent(nt, hits)
    if not intent_hits:
        evidence.append(("intent:none", "", None, None))
    for hit in intent_hits[:3]:
        start, end = original_span(nt, hit.start, hit.end)
        evidence.append((f"intent:{intent}", nt.original[start:end], start, end))

    blocked = []
    for rule in ("negation", "comparison"):
        for hit in hits[rule]:
            blocked.append((rule, *nt.to_original(hit.start, hit.end)))
    clauses = _clauses(nt)
    sentences = _clauses(nt, SENTENCE_BREAK)
    excluded = [nt.to_original(h.start, h.end) for h in hits["not_included"]]

    offered: dict[str, bool] = {}
    for link in links:
        clause = next(((a, b) for a, b in clauses if a <= link.mention.start < b), (0, len(nt.original)))
        blockers = [rule for rule, s, e in blocked if clause[0] <= s < clause[1]]
        sentence = next(((a, b) for a, b in sentences if a <= link.mention.start < b), (0, len(nt.original)))
        if any(sentence[0] <= s < sentence[1] for s, _ in excluded):
            blockers.append("not_included")
        free = not blockers
        if blockers:
            evidence.append((f"mention_in_{blockers[0]}_clause", link.mention.text, link.mention.start, link.mention.end))
        offered[link.taxon_id] = offered.get(link.taxon_id, False) or free

    # A marketplace listing offers what it shows unless a cue states otherwise, so a missing sale,
    # wanted or giveaway cue does not block an offer. The intent stays in the evidence.
    free = dict(offered)
    for taxon_id in offered:
        offered[taxon_id] = offered[taxon_id] and commodity in LIVE_COMMODITIES
    return Decision(commodity, intent, offered, evidence, free)
