"""Load a taxonomy folder into a :class:`Taxonomy` with lookups by taxon id."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import date
from pathlib import Path

from taxonomy.schema import DatasetInfo, IgnoreEntry, Membership, NameRecord, Taxon, TaxonList
from taxonomy.validate import TaxonomyError, normalise_name, read_folder

DEFAULT_DATASET_DIR = Path(__file__).resolve().parent / "data" / "eu-union-list"

__all__ = ["DEFAULT_DATASET_DIR", "Taxonomy", "TaxonomyError", "load_taxonomy"]


class Taxonomy:
    """The validated records of one taxonomy folder.

    ``version`` is ``<dataset id>@<dataset version>+<hash>``, where the hash is the first 12 hex
    digits of a SHA-256 over the canonical content of all data files, so any edit to a record
    changes it while reformatting a file does not.
    """

    def __init__(
        self,
        info: DatasetInfo,
        taxa: list[Taxon],
        names: list[NameRecord],
        lists: list[TaxonList],
        memberships: list[Membership],
        content_hash: str,
        ignores: list[IgnoreEntry] | None = None,
    ) -> None:
        self.info = info
        self.taxa: dict[str, Taxon] = {taxon.id: taxon for taxon in taxa}
        self.names = list(names)
        self.lists: dict[str, TaxonList] = {item.id: item for item in lists}
        self.memberships = list(memberships)
        self.version = f"{info.id}@{info.version}+{content_hash[:12]}"
        self.ignores = list(ignores or [])
        self._ignored: dict[str, list[IgnoreEntry]] = defaultdict(list)
        for entry in self.ignores:
            self._ignored[normalise_name(entry.text)].append(entry)

        self._names_by_taxon: dict[str, list[NameRecord]] = defaultdict(list)
        for record in self.names:
            self._names_by_taxon[record.taxon_id].append(record)
        self._memberships_by_taxon: dict[str, list[Membership]] = defaultdict(list)
        for membership in self.memberships:
            self._memberships_by_taxon[membership.taxon_id].append(membership)

    def __repr__(self) -> str:
        return f"Taxonomy({self.version!r}, {len(self.taxa)} taxa, {len(self.names)} names)"

    def taxon(self, taxon_id: str) -> Taxon:
        """Return the taxon with ``taxon_id``; raise KeyError naming the id when there is none."""
        try:
            return self.taxa[taxon_id]
        except KeyError:
            raise KeyError(f"taxon id {taxon_id!r} is not in taxonomy {self.version}") from None

    def names_of(self, taxon_id: str) -> list[NameRecord]:
        """Return every name record of a taxon, in file order."""
        self.taxon(taxon_id)
        return list(self._names_by_taxon.get(taxon_id, []))

    def accepted_name(self, taxon_id: str) -> NameRecord:
        """Return the one accepted name record of a taxon (validation guarantees exactly one)."""
        for record in self.names_of(taxon_id):
            if record.form == "accepted":
                return record
        raise KeyError(f"taxon id {taxon_id!r} has no accepted name in taxonomy {self.version}")

    def memberships_of(self, taxon_id: str) -> list[Membership]:
        """Return the list entries of a taxon, in file order."""
        self.taxon(taxon_id)
        return list(self._memberships_by_taxon.get(taxon_id, []))

    def lists_of(self, taxon_id: str, on: date | None = None) -> list[TaxonList]:
        """Return the lists a taxon is on; with ``on``, only entries that apply on or before that date."""
        result = []
        for membership in self.memberships_of(taxon_id):
            if on is not None and membership.applies_from > on:
                continue
            result.append(self.lists[membership.list_id])
        return result

    def is_ignored(self, text: str, language: str | None, taxon_id: str) -> bool:
        """Return whether an ignore entry forbids ``text`` to link to ``taxon_id`` in ``language``."""
        for entry in self._ignored.get(normalise_name(text), ()):
            if entry.taxon_id not in (None, taxon_id):
                continue
            if entry.language is None or (language or "").split("-")[0] == entry.language.split("-")[0]:
                return True
        return False

    def genera(self) -> dict[str, set[str]]:
        """Map each genus of an accepted or synonym name to the ids of the taxa it names.

        The scientific-name finder uses this to expand abbreviations such as "T. scripta".
        """
        result: dict[str, set[str]] = defaultdict(set)
        for record in self.names:
            if record.form not in ("accepted", "synonym"):
                continue
            genus = record.name.split()[0]
            if genus.isalpha() and genus[0].isupper():
                result[genus].add(record.taxon_id)
        return dict(result)


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Load and validate the taxonomy folder at ``path``, by default the embedded EU Union list.

    Raises :class:`TaxonomyError` listing every problem found in the folder.
    """
    folder = Path(path) if path is not None else DEFAULT_DATASET_DIR
    if not folder.is_dir():
        raise TaxonomyError(folder, [f"{folder}: folder not found; pass the folder that contains dataset.json"])
    content = read_folder(folder)
    content_hash = hashlib.sha256(content.canonical_text.encode("utf-8")).hexdigest()
    return Taxonomy(
        info=content.info,
        taxa=content.taxa,
        names=content.names,
        lists=content.lists,
        memberships=content.memberships,
        content_hash=content_hash,
        ignores=content.ignores,
    )
