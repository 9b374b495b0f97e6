"""Read and check the JSON Lines records of the NER and listing-classifier training data.

The record format is described in ``training_data/FORMAT.md``. :func:`load_records` checks every
record and raises ``ValueError`` naming the file, line, field and the fix, so a broken generator or
a hand edit fails loudly instead of training a model on shifted offsets.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

SOURCES = ("templates", "handwritten", "sentences")
SPLITS = ("train", "dev")
LABELS = ("SCIENTIFIC", "VERNACULAR")
COMMODITIES = ("live_animal", "live_plant", "seeds_or_propagules", "product", "other")
LIVE_COMMODITIES = frozenset({"live_animal", "live_plant", "seeds_or_propagules"})
INTENTS = ("sale", "wanted", "giveaway", "none")
FIELDS = ("id", "source", "language", "split", "text", "spans", "commodity", "intent", "regulated_offer")
SPAN_FIELDS = ("start", "end", "label", "name")

# Share of ids that hash into the dev split.
DEV_PERCENT = 15


def split_for(record_id: str) -> str:
    """Return "dev" or "train" from a SHA-256 of the id, so a record keeps its split when counts change."""
    bucket = int(hashlib.sha256(record_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "dev" if bucket < DEV_PERCENT else "train"


def _invalid(path: Path | str, line: int, field: str, message: str) -> ValueError:
    return ValueError(f"{path} line {line}, field {field!r}: {message}")


def _check_spans(record: dict, path: Path | str, line: int) -> None:
    text = record["text"]
    spans = record["spans"]
    if not isinstance(spans, list):
        raise _invalid(path, line, "spans", "must be a list of span objects; write [] for a record without names")
    previous_end = 0
    for index, span in enumerate(spans):
        where = f"spans[{index}]"
        if not isinstance(span, dict) or set(span) != set(SPAN_FIELDS):
            raise _invalid(path, line, where, f"must be an object with exactly the keys {list(SPAN_FIELDS)}")
        start, end = span["start"], span["end"]
        if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
            raise _invalid(path, line, where, "start and end must be integers (code-point offsets into text)")
        if not 0 <= start < end <= len(text):
            raise _invalid(path, line, where, f"offsets {start}..{end} are outside 0..{len(text)} or empty; "
                                              "recompute them from the text")
        surface = text[start:end]
        if surface != surface.strip():
            raise _invalid(path, line, where, f"surface {surface!r} starts or ends with whitespace; "
                                              "move the offsets onto the name")
        if start < previous_end:
            raise _invalid(path, line, where, f"span {start}..{end} ({surface!r}) overlaps or precedes the previous "
                                              "span; sort spans by start and drop overlaps")
        previous_end = end
        if span["label"] not in LABELS:
            raise _invalid(path, line, f"{where}.label", f"{span['label']!r} is not one of {list(LABELS)}")
        name = span["name"]
        if name is not None and (not isinstance(name, str) or not name.strip()):
            raise _invalid(path, line, f"{where}.name", "must be an accepted scientific name or null")


def _check_listing_fields(record: dict, path: Path | str, line: int) -> None:
    is_sentence = record["source"] == "sentences"
    for field, allowed in (("commodity", COMMODITIES), ("intent", INTENTS)):
        value = record[field]
        if is_sentence and value is not None:
            raise _invalid(path, line, field, "must be null for a sentence record")
        if not is_sentence and value not in allowed:
            raise _invalid(path, line, field, f"{value!r} is not one of {list(allowed)}")
    offer = record["regulated_offer"]
    if is_sentence:
        if offer is not None:
            raise _invalid(path, line, "regulated_offer", "must be null for a sentence record")
        return
    if not isinstance(offer, bool):
        raise _invalid(path, line, "regulated_offer", f"{offer!r} must be true or false for a listing")
    if offer and record["commodity"] not in LIVE_COMMODITIES:
        raise _invalid(path, line, "regulated_offer",
                       f"is true but commodity {record['commodity']!r} is not a live organism or propagule; "
                       "set it to false or fix the commodity")
    if offer and not any(span["name"] for span in record["spans"]):
        raise _invalid(path, line, "regulated_offer",
                       "is true but no span names a taxon of the taxonomy; add the span or set it to false")


def validate_record(record: object, path: Path | str = "<record>", line: int = 0) -> dict:
    """Check one record and return it; raise ValueError naming the line, field and fix."""
    if not isinstance(record, dict):
        raise _invalid(path, line, "<record>", "each line must contain one JSON object")
    missing = [name for name in FIELDS if name not in record]
    if missing:
        raise _invalid(path, line, missing[0], f"missing; every record needs {list(FIELDS)}")
    extra = sorted(set(record) - set(FIELDS))
    if extra:
        raise _invalid(path, line, extra[0], f"unknown field; allowed fields are {list(FIELDS)}")
    for field in ("id", "language", "text"):
        if not isinstance(record[field], str) or not record[field]:
            raise _invalid(path, line, field, "must be a non-empty string")
    if record["source"] not in SOURCES:
        raise _invalid(path, line, "source", f"{record['source']!r} is not one of {list(SOURCES)}")
    if record["split"] != split_for(record["id"]):
        raise _invalid(path, line, "split", f"{record['split']!r} does not match the hash of id {record['id']!r}; "
                                            f"use split_for(id), which gives {split_for(record['id'])!r}")
    _check_spans(record, path, line)
    _check_listing_fields(record, path, line)
    return record


def load_records(path: str | Path) -> list[dict]:
    """Read a JSON Lines file of training records, checking each one and that ids are unique."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path}: file not found; run `python -m training_data.generate` to write it")
    records = []
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for line_number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path} line {line_number}: invalid JSON ({error.msg}); "
                                 "write one JSON object a line") from None
            validate_record(record, path, line_number)
            if record["id"] in seen:
                raise _invalid(path, line_number, "id", f"{record['id']!r} repeats line {seen[record['id']]}; "
                                                        "ids must be unique")
            seen[record["id"]] = line_number
            records.append(record)
    return records


def write_records(records: list[dict], path: str | Path) -> None:
    """Check every record, then write them as JSON Lines with keys in the documented order."""
    path = Path(path)
    for index, record in enumerate(records, start=1):
        validate_record(record, path, index)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            ordered = {name: record[name] for name in FIELDS}
            handle.write(json.dumps(ordered, ensure_ascii=False) + "\n")
