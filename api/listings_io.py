"""Read listings from a text argument, a text file (one listing a line) or JSON Lines."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

LISTING_SUFFIXES = (".jsonl", ".ndjson", ".json", ".txt", ".tsv", ".csv")


class InputError(ValueError):
    """A listing input that can't be read, with the place and the fix in the message."""


@dataclass(frozen=True)
class ListingInput:
    """One listing to tag; ``extra`` keeps the other fields of a JSONL record."""

    id: str
    text: str
    extra: dict[str, object]


def _from_jsonl(lines: Iterator[str], source: str) -> Iterator[ListingInput]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{source} line {number}: invalid JSON ({error.msg}); write one JSON object a line") from None
        if not isinstance(record, dict):
            raise InputError(f"{source} line {number}: expected a JSON object with 'text', got {type(record).__name__}")
        text = record.get("text")
        if not isinstance(text, str):
            raise InputError(
                f"{source} line {number}: field 'text' is missing or not a string (keys: {sorted(record)}); "
                "give each record a 'text' string"
            )
        listing_id = record.get("id", f"{Path(source).stem}:{number}")
        extra = {k: v for k, v in record.items() if k not in ("id", "text")}
        yield ListingInput(str(listing_id), text, extra)


def _from_lines(lines: Iterator[str], source: str) -> Iterator[ListingInput]:
    for number, line in enumerate(lines, start=1):
        text = line.rstrip("\n")
        if text.strip():
            yield ListingInput(f"{Path(source).stem}:{number}", text, {})


def read_listings(argument: str) -> Iterator[ListingInput]:
    """Yield listings from ``argument``: a file path, ``-`` for standard input, or listing text.

    Files ending in ``.jsonl``/``.ndjson``/``.json`` hold one JSON object a line with ``text`` and an
    optional ``id``; other files hold one listing a line. An argument that looks like a file name but
    names no file is an error rather than a listing, so a typo in a path is not tagged as text.
    """
    if argument == "-":
        lines = list(sys.stdin)
        looks_json = next((l for l in lines if l.strip()), "").lstrip().startswith("{")
        reader = _from_jsonl if looks_json else _from_lines
        yield from reader(iter(lines), "stdin")
        return

    path = Path(argument)
    is_file_name = "\n" not in argument and len(argument) < 4096 and (
        path.suffix.lower() in LISTING_SUFFIXES and " " not in path.name
    )
    if is_file_name or (len(argument) < 4096 and "\n" not in argument and path.is_file()):
        if not path.is_file():
            raise InputError(f"input file '{argument}' not found; give an existing file, '-' for standard input, or the listing text")
        with open(path, encoding="utf-8") as handle:
            reader = _from_jsonl if path.suffix.lower() in (".jsonl", ".ndjson", ".json") else _from_lines
            yield from reader(handle, str(path))
        return

    yield ListingInput("arg:1", argument, {})
