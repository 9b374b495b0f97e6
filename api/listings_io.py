"""Read listings from a text argument, a text file (one listing a line), CSV/TSV or JSON Lines."""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
TABLE_SUFFIXES = {".csv": ",", ".tsv": "\t"}
TEXT_SUFFIXES = (".txt",)
MAX_REPORTED_ERRORS = 20


class InputError(ValueError):
    """A listing input that can't be read, with the place and the fix in the message."""


@dataclass(frozen=True)
class ListingInput:
    """One listing to tag; ``extra`` keeps the other fields of a JSONL or CSV record."""

    id: str
    text: str
    extra: dict[str, object]


def _decode_lines(data: bytes, source: str) -> list[str]:
    lines = []
    for number, raw in enumerate(data.splitlines(), start=1):
        try:
            lines.append(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError as error:
            raise InputError(
                f"{source} line {number}: invalid UTF-8 at byte {error.start} ({raw[error.start:error.start + 1]!r}); "
                "convert the file to UTF-8 (for example: iconv -f latin1 -t utf-8)"
            ) from None
    return lines


def _from_jsonl(lines: list[str], source: str, errors: list[str]) -> list[ListingInput]:
    listings = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            errors.append(f"{source} line {number}: invalid JSON ({error.msg}); write one JSON object a line")
            continue
        if not isinstance(record, dict):
            errors.append(f"{source} line {number}: expected a JSON object with 'text', got {type(record).__name__}")
            continue
        text = record.get("text")
        if not isinstance(text, str):
            errors.append(
                f"{source} line {number}: field 'text' is missing or not a string (keys: {sorted(record)}); "
                "give each record a 'text' string"
            )
            continue
        listing_id = record.get("id", f"{Path(source).stem}:{number}")
        extra = {k: v for k, v in record.items() if k not in ("id", "text")}
        listings.append(ListingInput(str(listing_id), text, extra))
    return listings


def _from_table(lines: list[str], source: str, delimiter: str, errors: list[str]) -> list[ListingInput]:
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    if reader.fieldnames is None or "text" not in reader.fieldnames:
        errors.append(
            f"{source} line 1: the header {reader.fieldnames} has no 'text' column; "
            "name the listing column 'text' (and optionally an 'id' column)"
        )
        return []
    listings = []
    for record in reader:
        number = reader.line_num
        text = record.get("text")
        if not text or not text.strip():
            errors.append(f"{source} line {number}: the 'text' column is empty; remove the row or fill it")
            continue
        listing_id = record.get("id") or f"{Path(source).stem}:{number}"
        extra = {k: v for k, v in record.items() if k not in ("id", "text") and k is not None}
        listings.append(ListingInput(listing_id, text, extra))
    return listings


def _from_lines(lines: list[str], source: str) -> list[ListingInput]:
    return [
        ListingInput(f"{Path(source).stem}:{number}", line, {})
        for number, line in enumerate(lines, start=1)
        if line.strip()
    ]


def _parse(lines: list[str], source: str, suffix: str) -> list[ListingInput]:
    errors: list[str] = []
    if suffix in JSONL_SUFFIXES:
        listings = _from_jsonl(lines, source, errors)
    elif suffix in TABLE_SUFFIXES:
        listings = _from_table(lines, source, TABLE_SUFFIXES[suffix], errors)
    else:
        listings = _from_lines(lines, source)
    if errors:
        reported = errors[:MAX_REPORTED_ERRORS]
        more = len(errors) - len(reported)
        raise InputError(
            f"{len(errors)} invalid record(s), so nothing was tagged; fix them and run again:\n  "
            + "\n  ".join(reported)
            + (f"\n  ... and {more} more" if more else "")
        )
    return listings


def _looks_like_path(argument: str) -> bool:
    if "\n" in argument or len(argument) >= 4096 or " " in Path(argument).name:
        return False
    suffix = Path(argument).suffix.lower()
    known = suffix in JSONL_SUFFIXES or suffix in TABLE_SUFFIXES or suffix in TEXT_SUFFIXES
    return known or "/" in argument or Path(argument).is_file()


def read_listings(argument: str) -> list[ListingInput]:
    """Return every listing of ``argument``: a file path, ``-`` for standard input, or listing text.

    Files ending in ``.jsonl``/``.ndjson``/``.json`` hold one JSON object a line with ``text`` and an
    optional ``id``; ``.csv`` and ``.tsv`` files need a ``text`` column and may have ``id``; other
    files hold one listing a line. The whole input is checked before anything is tagged, so an
    invalid record stops the run before any result is written rather than part-way through.
    An argument that looks like a path (a known suffix or a ``/``) but names no file is an error,
    so a typo in a path is not tagged as listing text.

    Raises:
        InputError: naming each invalid line and the fix.
    """
    if argument == "-":
        lines = _decode_lines(sys.stdin.buffer.read(), "stdin")
        looks_json = next((line for line in lines if line.strip()), "").lstrip().startswith("{")
        return _parse(lines, "stdin", ".jsonl" if looks_json else ".txt")

    if not _looks_like_path(argument):
        return [ListingInput("arg:1", argument, {})]

    path = Path(argument)
    if not path.is_file():
        raise InputError(
            f"input file '{argument}' not found; give an existing file, '-' for standard input, or the listing text"
        )
    return _parse(_decode_lines(path.read_bytes(), str(path)), str(path), path.suffix.lower())
