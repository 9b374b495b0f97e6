"""Name pools for the listing generator: listed taxa from the taxonomy, unlisted look-alikes, exclusions.

Names of a held-out test set are excluded here. The gold names of the A100 corpus (dpl10/quaesitor)
are read, and every training name whose genus or canonical form equals a gold name is dropped. So is
every taxon whose accepted name has such a genus.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from index.lexical import fold_for_lexical
from taxonomy.loader import Taxonomy
from training_data.catalogue import LIVE_SETTING, LOOKALIKES, PRODUCT_TAXA, PROPAGULES, SERVICE_TAXA
from training_data.extra_names import EXTRA_VERNACULARS
from training_data.unlisted import UNLISTED, Unlisted

SCIENTIFIC_FORMS = ("accepted", "synonym", "misspelling")


@dataclass(frozen=True)
class Exclusions:
    """Genera and canonical names that must not occur in training data, because a test set uses them."""

    genera: frozenset[str]
    names: frozenset[str]

    def blocks(self, scientific: str) -> bool:
        """Return True when a scientific name or its genus is excluded."""
        words = scientific.replace("×", " ").split()
        if not words:
            return False
        canonical = " ".join(words)
        return words[0] in self.genera or canonical in self.names or scientific in self.names


def load_exclusions(shared: Path) -> Exclusions:
    """Read the A100 gold names (second column only); abbreviated genera such as "H." are not genera."""
    path = shared / "corpora" / "a100" / "A100-LN.tsv"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found; pass --shared pointing at the shared data folder")
    genera: set[str] = set()
    names: set[str] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if len(row) < 2 or not row[1].strip():
                continue
            name = " ".join(row[1].split())
            names.add(name)
            genus = name.split()[0]
            if not genus.endswith("."):
                genera.add(genus)
    return Exclusions(frozenset(genera), frozenset(names))


@dataclass
class ListedTaxon:
    """Names of one taxon of the taxonomy, sorted for the generator."""

    accepted: str
    authorship: str
    kingdom: str
    setting: str | None
    vernaculars: dict[str, list[str]] = field(default_factory=dict)
    ambiguous: dict[str, list[str]] = field(default_factory=dict)
    synonyms: list[str] = field(default_factory=list)
    misspellings: list[str] = field(default_factory=list)


class NamePools:
    """Listed taxa, unlisted look-alikes and exclusions, checked against each other on construction."""

    def __init__(self, taxonomy: Taxonomy, exclusions: Exclusions, extra_unlisted: list[Unlisted] = ()) -> None:
        self.exclusions = exclusions
        self.genera = set(taxonomy.genera())
        unlisted_folded = {fold_for_lexical(n) for u in UNLISTED for v in u.names.values() for n in v.split("|")}
        self.taxonomy_folded = {fold_for_lexical(record.name) for record in taxonomy.names}
        self.accepted_names = {taxon.scientific_name for taxon in taxonomy.taxa.values()}
        self.listed = self._collect_listed(taxonomy, unlisted_folded)
        self.unlisted = self._collect_unlisted(list(UNLISTED) + list(extra_unlisted))
        self._check_catalogue()

    def _collect_listed(self, taxonomy: Taxonomy, unlisted_folded: set[str]) -> dict[str, ListedTaxon]:
        # A vernacular string used for several taxa cannot be given one accepted name, so it is left out.
        owners: dict[str, set[str]] = defaultdict(set)
        for record in taxonomy.names:
            if record.form not in SCIENTIFIC_FORMS:
                owners[fold_for_lexical(record.name)].add(record.taxon_id)
        listed: dict[str, ListedTaxon] = {}
        for taxon in taxonomy.taxa.values():
            if self.exclusions.blocks(taxon.scientific_name):
                continue
            entry = ListedTaxon(taxon.scientific_name, taxon.authorship, taxon.kingdom,
                                LIVE_SETTING.get(taxon.scientific_name))
            for record in taxonomy.names_of(taxon.id):
                folded = fold_for_lexical(record.name)
                if record.form in ("synonym", "misspelling"):
                    if self.exclusions.blocks(record.name) or record.name == taxon.scientific_name:
                        continue
                    target = entry.synonyms if record.form == "synonym" else entry.misspellings
                    if record.name not in target:
                        target.append(record.name)
                    continue
                if record.form == "accepted" or record.language in (None, "und") or len(owners[folded]) > 1:
                    continue
                if record.ambiguous and folded in unlisted_folded:
                    continue
                bucket = entry.ambiguous if record.ambiguous else entry.vernaculars
                bucket.setdefault(record.language, [])
                if record.name not in bucket[record.language]:
                    bucket[record.language].append(record.name)
            for language, names in EXTRA_VERNACULARS.items():
                for name in names.get(taxon.scientific_name, "").split("|"):
                    if name and name not in entry.vernaculars.get(language, []):
                        entry.vernaculars.setdefault(language, []).append(name)
            listed[taxon.scientific_name] = entry
        return listed

    def _collect_unlisted(self, entries: list[Unlisted]) -> dict[str, Unlisted]:
        result = {}
        for entry in entries:
            binomial = " ".join(entry.scientific.split()[:2])
            if fold_for_lexical(entry.scientific) in self.taxonomy_folded or \
                    fold_for_lexical(binomial) in self.taxonomy_folded:
                raise ValueError(f"unlisted taxon {entry.scientific!r} is a name of the taxonomy; "
                                 "remove it from training_data/unlisted.py")
            if self.exclusions.blocks(entry.scientific) or entry.scientific in result:
                continue
            result[entry.scientific] = entry
        return result

    def _check_catalogue(self) -> None:
        # Catalogue keys must be accepted names; a typo there would silently drop a taxon.
        keys = set(LIVE_SETTING) | set(PROPAGULES) | set(LOOKALIKES)
        keys |= {name for names in PRODUCT_TAXA.values() for name in names}
        keys |= {name for names in SERVICE_TAXA.values() for name in names}
        unknown = sorted(keys - self.accepted_names)
        if unknown:
            raise ValueError(f"catalogue names {unknown} are not accepted names of the taxonomy; fix catalogue.py")
        missing = sorted({u for values in LOOKALIKES.values() for u in values} - {e.scientific for e in UNLISTED})
        if missing:
            raise ValueError(f"look-alikes {missing} are missing from unlisted.py; add them or drop the pairing")

    def listed_in(self, setting: str) -> list[ListedTaxon]:
        """Return the listed taxa sold alive in a setting, in taxonomy order."""
        return [taxon for taxon in self.listed.values() if taxon.setting == setting]

    def unlisted_in(self, setting: str) -> list[Unlisted]:
        """Return the unlisted taxa sold alive in a setting, in table order."""
        return [entry for entry in self.unlisted.values() if entry.setting == setting]
