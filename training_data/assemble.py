"""Build a text and its name spans from template pieces, so offsets never need counting.

A template is a ``str.format`` pattern. Each slot is filled with a string, a :class:`Mention` or a
list of both; :func:`fill` turns the template into a list of pieces and :func:`join` concatenates
pieces into ``(text, spans)``. Transformations such as upper-casing a title are applied piece by
piece before joining, so a name whose length changes ("ß" becomes "SS") keeps exact offsets.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

FORMATTER = string.Formatter()


@dataclass(frozen=True)
class Mention:
    """A name as it appears in the text, with its span label and the accepted name it refers to."""

    text: str
    label: str
    name: str | None


Piece = str | Mention
SlotValue = str | Mention | Sequence[Piece]


def slots_of(template: str) -> list[str]:
    """Return the slot names used in a template, once each, in order of appearance.

    The order is fixed so that filling the slots draws from the random generator in the same order
    on every run (a set would follow the per-process string hash).
    """
    return list(dict.fromkeys(field for _, field, _, _ in FORMATTER.parse(template) if field))


def fill(template: str, values: Mapping[str, SlotValue]) -> list[Piece]:
    """Split a template into literal strings and slot values; raise KeyError naming a missing slot."""
    pieces: list[Piece] = []
    for literal, field, _, _ in FORMATTER.parse(template):
        if literal:
            pieces.append(literal)
        if field is None:
            continue
        if field not in values:
            raise KeyError(f"template {template!r} needs slot {field!r}, which was not filled")
        value = values[field]
        if isinstance(value, (str, Mention)):
            pieces.append(value)
        else:
            pieces.extend(value)
    return pieces


def transform(pieces: Sequence[Piece], on_text: Callable[[str], str],
              on_name: Callable[[str], str] | None = None) -> list[Piece]:
    """Apply ``on_text`` to literal pieces and ``on_name`` (default: unchanged) to mention text."""
    result: list[Piece] = []
    for piece in pieces:
        if isinstance(piece, Mention):
            result.append(replace(piece, text=on_name(piece.text)) if on_name else piece)
        else:
            result.append(on_text(piece))
    return result


def join(pieces: Sequence[Piece]) -> tuple[str, list[dict]]:
    """Concatenate pieces into a text and the span dicts of its mentions, in text order."""
    parts: list[str] = []
    spans: list[dict] = []
    offset = 0
    for piece in pieces:
        if isinstance(piece, Mention):
            spans.append({"start": offset, "end": offset + len(piece.text), "label": piece.label, "name": piece.name})
            parts.append(piece.text)
            offset += len(piece.text)
        else:
            # A value ending in a full stop ("Genus sp.", "40 kr.") must not gain a second one from the
            # template; an ellipsis is left alone.
            if parts and parts[-1].endswith(".") and not parts[-1].endswith("..") and piece.startswith(".") \
                    and not piece.startswith(".."):
                piece = piece[1:]
            parts.append(piece)
            offset += len(piece)
    return "".join(parts), spans


def mentions_in(pieces: Sequence[Piece]) -> list[Mention]:
    """Return the mentions among pieces."""
    return [piece for piece in pieces if isinstance(piece, Mention)]
