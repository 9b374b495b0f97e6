"""Records of the taxonomy: taxa, their names, regulatory lists and list memberships.

A dataset lives in one folder (see ``taxonomy/data/eu-union-list``) as JSON Lines files, one record a
line, with the field names of the dataclasses below:

- ``dataset.json``: id, title, version, licence and the sources it was compiled from.
- ``taxa.jsonl``: one :class:`Taxon` a line.
- ``names.jsonl``: one :class:`NameRecord` a line.
- ``lists.jsonl``: one :class:`TaxonList` a line.
- ``memberships.jsonl``: one :class:`Membership` a line.
- ``ignore.jsonl`` (optional): one :class:`IgnoreEntry` a line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

NameForm = Literal["accepted", "synonym", "vernacular", "trade", "abbreviation", "misspelling"]
NAME_FORMS: tuple[str, ...] = ("accepted", "synonym", "vernacular", "trade", "abbreviation", "misspelling")

# Forms written in Latin nomenclature; they carry no language tag.
SCIENTIFIC_FORMS: frozenset[str] = frozenset({"accepted", "synonym", "misspelling"})

# Forms that belong to a human language and need a BCP 47 tag.
LANGUAGE_FORMS: frozenset[str] = frozenset({"vernacular", "trade"})

Rank = Literal["genus", "species", "subspecies", "variety", "form"]
RANKS: tuple[str, ...] = ("genus", "species", "subspecies", "variety", "form")

ListKind = Literal["negative", "positive"]
LIST_KINDS: tuple[str, ...] = ("negative", "positive")


@dataclass(frozen=True)
class Taxon:
    """A taxon that at least one list regulates.

    ``id`` is the GBIF backbone usage key as a decimal string when one is known, otherwise
    ``local:<slug>``. ``scientific_name`` is canonical: no authorship, rank markers kept
    (``Pueraria montana var. lobata``).
    """

    id: str
    scientific_name: str
    authorship: str
    rank: str
    kingdom: str
    group: str
    gbif_key: int | None = None


@dataclass(frozen=True)
class NameRecord:
    """One string that names a taxon.

    ``language`` is a BCP 47 tag for vernacular and trade names and ``None`` for scientific
    forms. ``ambiguous`` marks a string that may name another taxon or be an everyday word
    ("Iris", "Python"): the linker accepts it only with supporting evidence.
    """

    taxon_id: str
    name: str
    form: str
    language: str | None
    source: str
    ambiguous: bool = False


@dataclass(frozen=True)
class TaxonList:
    """A regulatory list.

    A negative list names what is prohibited; a positive list names what is permitted, so every
    taxon missing from it is prohibited. ``applies_from`` is the date the list first applied.
    """

    id: str
    title: str
    jurisdiction: str
    legal_act: str
    applies_from: date
    kind: str
    url: str = ""


@dataclass(frozen=True)
class Membership:
    """A taxon's entry on a list, with the date that entry applies from and the name the act uses."""

    list_id: str
    taxon_id: str
    applies_from: date
    listed_name: str = ""
    legal_act: str = ""


@dataclass(frozen=True)
class IgnoreEntry:
    """A string that must not link: a brand, or a word that is common in one language.

    ``taxon_id`` limits the entry to links to that taxon and ``language`` (a BCP 47 tag) to
    listings in that language; None means any.
    """

    text: str
    language: str | None
    taxon_id: str | None
    source: str
    reason: str = ""


@dataclass
class DatasetInfo:
    """The ``dataset.json`` manifest of a taxonomy folder."""

    id: str
    title: str
    version: str
    licence: str
    sources: list[str] = field(default_factory=list)
