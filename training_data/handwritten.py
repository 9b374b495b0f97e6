"""Convert the hand-written listings of ``handwritten_listings.py`` into training records.

Each entry names its spans by surface string; :func:`locate_spans` finds every whole-word occurrence
of each surface in the text, so offsets are never counted by hand. An entry whose surface is missing
from its text raises ValueError naming the entry.
"""

from __future__ import annotations

import re

from training_data.handwritten_listings import LISTINGS
from training_data.records import split_for

# Scripts written without spaces between words, where a name may touch the surrounding text.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def locate_spans(text: str, surfaces: list[tuple[str, str, str | None]], where: str) -> list[dict]:
    """Return sorted, non-overlapping spans for every whole-word occurrence of each surface.

    Longer surfaces win over shorter ones inside them ("Trachemys scripta elegans" over
    "Trachemys scripta"). Raise ValueError when a surface does not occur in the text.
    """
    candidates = []
    for surface, label, name in surfaces:
        if UNSPACED.search(surface):
            pattern = re.compile(re.escape(surface))
        else:
            pattern = re.compile(r"(?<![\w])" + re.escape(surface) + r"(?![\w])")
        matches = list(pattern.finditer(text))
        if not matches:
            raise ValueError(f"{where}: span surface {surface!r} not found in the text; fix the entry")
        candidates += [(m.start(), m.end(), label, name) for m in matches]
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    chosen: list[tuple[int, int, str, str | None]] = []
    for start, end, label, name in candidates:
        if all(end <= s or start >= e for s, e, _, _ in chosen):
            chosen.append((start, end, label, name))
    chosen.sort()
    return [{"start": s, "end": e, "label": label, "name": name} for s, e, label, name in chosen]


def handwritten_records() -> list[dict]:
    """Return the hand-written listings as records, numbered per language in file order."""
    records = []
    counters: dict[str, int] = {}
    for language, commodity, intent, offer, text, surfaces in LISTINGS:
        counters[language] = counters.get(language, 0) + 1
        record_id = f"handwritten-{language}-{counters[language]:03d}"
        records.append({
            "id": record_id, "source": "handwritten", "language": language, "split": split_for(record_id),
            "text": text, "spans": locate_spans(text, surfaces, record_id),
            "commodity": commodity, "intent": intent, "regulated_offer": offer,
        })
    return records
