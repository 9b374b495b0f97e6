"""Plan the import of a checklist into the curated taxonomy, as a diff that a curator reviews first.

A checklist row matches a taxon of the taxonomy when its canonical name is the taxon's accepted name
or one of its synonyms. Unmatched accepted rows become new taxa with ``local:`` ids. Every accepted
row goes onto the list that the import names. Synonyms and vernacular names are added where the
taxon lacks them. A name that already names another taxon is left out rather than made ambiguous,
because that takes a curator's judgement.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from taxonomy.curation.dwca import Checklist, ChecklistRow
from taxonomy.languages import language_tag_problem
from taxonomy.loader import Taxonomy
from taxonomy.schema import Membership, NameRecord, Taxon, TaxonList
from taxonomy.validate import normalise_name

_GROUPS = {"plantae": "plants", "animalia": "animals", "fungi": "fungi", "chromista": "chromists",
           "bacteria": "bacteria", "protozoa": "protozoa"}


@dataclass
class ImportPlan:
    """The diff of an import: the list, taxa, names and memberships it adds, and the rows it skips."""

    source: str
    taxon_list: TaxonList
    new_list: bool
    taxa: list[Taxon] = field(default_factory=list)
    names: list[NameRecord] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    matched_taxa: int = 0
    skipped: Counter = field(default_factory=Counter)

    def summary(self, examples: int = 5) -> dict:
        """Return the counts of the diff, with a few examples of each kind of addition."""
        forms = Counter(record.form for record in self.names)
        return {
            "source": self.source,
            "list": {"id": self.taxon_list.id, "new": self.new_list, "title": self.taxon_list.title},
            "taxa_matched": self.matched_taxa,
            "taxa_added": len(self.taxa),
            "names_added": dict(sorted(forms.items())),
            "memberships_added": len(self.memberships),
            "skipped": dict(sorted(self.skipped.items())),
            "examples": {
                "taxa": [taxon.scientific_name for taxon in self.taxa[:examples]],
                "names": [f"{record.name} ({record.form}) -> {record.taxon_id}" for record in self.names[:examples]],
            },
        }


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def plan_import(taxonomy: Taxonomy, checklist: Checklist, taxon_list: TaxonList, source: str,
                vernacular_language: str | None = None) -> ImportPlan:
    """Compare a checklist with the taxonomy and return the additions an import would make.

    ``vernacular_language`` is the language of vernacular names that the checklist gives without one.
    """
    plan = ImportPlan(source, taxon_list, taxon_list.id not in taxonomy.lists, skipped=Counter(checklist.skipped))
    taxon_by_name: dict[str, str] = {}
    names_by_string: dict[str, set[str]] = {}
    for record in taxonomy.names:
        key = normalise_name(record.name)
        names_by_string.setdefault(key, set()).add(record.taxon_id)
        if record.form in ("accepted", "synonym"):
            taxon_by_name.setdefault(key, record.taxon_id)
    listed = {(m.list_id, m.taxon_id) for m in taxonomy.memberships}
    taxon_ids = set(taxonomy.taxa)

    def add_name(taxon_id: str, name: str, form: str, language: str | None) -> None:
        name = " ".join(name.split())  # checklists carry doubled and trailing spaces
        if not name:
            return
        key = normalise_name(name)
        owners = names_by_string.get(key, set())
        if taxon_id in owners:
            return
        if owners:
            plan.skipped["name already names another taxon"] += 1
            return
        names_by_string.setdefault(key, set()).add(taxon_id)
        plan.names.append(NameRecord(taxon_id, name, form, language, source))

    accepted_rows = [row for row in checklist.rows if row.status == "accepted"]
    for row in accepted_rows:
        taxon_id = taxon_by_name.get(normalise_name(row.canonical))
        if taxon_id is None and normalise_name(row.canonical) in names_by_string:
            # The name is a vernacular or trade name of another taxon; a new taxon would have no
            # accepted name of its own.
            plan.skipped["accepted name already names another taxon"] += 1
            continue
        if taxon_id is None:
            taxon_id = _new_taxon(plan, row, taxon_ids)
            taxon_by_name[normalise_name(row.canonical)] = taxon_id
            add_name(taxon_id, row.canonical, "accepted", None)
        else:
            plan.matched_taxa += 1
        if (taxon_list.id, taxon_id) not in listed:
            listed.add((taxon_list.id, taxon_id))
            plan.memberships.append(Membership(taxon_list.id, taxon_id, taxon_list.applies_from, row.canonical,
                                               taxon_list.legal_act))
        _add_vernaculars(plan, row, taxon_id, add_name, vernacular_language)

    for row in checklist.rows:
        if row.status != "synonym":
            continue
        taxon_id = taxon_by_name.get(normalise_name(row.accepted_canonical))
        if taxon_id is None:
            plan.skipped["synonym of a name the checklist does not accept"] += 1
            continue
        add_name(taxon_id, row.canonical, "synonym", None)
        _add_vernaculars(plan, row, taxon_id, add_name, vernacular_language)
    return plan


def _new_taxon(plan: ImportPlan, row: ChecklistRow, taxon_ids: set[str]) -> str:
    taxon_id = f"local:{_slug(row.canonical)}"
    suffix = 2
    while taxon_id in taxon_ids:
        taxon_id = f"local:{_slug(row.canonical)}-{suffix}"
        suffix += 1
    taxon_ids.add(taxon_id)
    group = _GROUPS.get(row.kingdom.lower(), "other")
    plan.taxa.append(Taxon(taxon_id, row.canonical, row.authorship, row.rank, row.kingdom or "incertae sedis", group))
    return taxon_id


def _add_vernaculars(plan: ImportPlan, row: ChecklistRow, taxon_id: str, add_name,
                     default_language: str | None) -> None:
    for name, language in row.vernaculars:
        language = language or default_language or ""
        tag = language.strip().lower()[:2] if language else ""
        if not tag or language_tag_problem(tag) is not None:
            plan.skipped["vernacular name without a valid language"] += 1
            continue
        add_name(taxon_id, name, "vernacular", tag)


def list_for_import(list_id: str, title: str, jurisdiction: str, kind: str, applies_from: date,
                    legal_act: str = "") -> TaxonList:
    """Return the list an import fills."""
    return TaxonList(list_id, title, jurisdiction, legal_act, applies_from, kind)
