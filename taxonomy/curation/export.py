"""Write the curated taxonomy as a Darwin Core Archive or as one CSV table of names."""

from __future__ import annotations

import csv
from pathlib import Path

from taxonomy.loader import Taxonomy

_DWC = "http://rs.tdwg.org/dwc/terms/"
_TAXON_TERMS = ("taxonID", "scientificName", "scientificNameAuthorship", "taxonRank", "kingdom",
                "taxonomicStatus", "acceptedNameUsageID")
_VERNACULAR_TERMS = ("vernacularName", "language")
_DISTRIBUTION_TERMS = ("locality", "establishmentMeans", "eventDate", "source")


def _meta_xml() -> str:
    def fields(terms, base, start):
        return "".join(f'    <field index="{i}" term="{base}{term}"/>\n' for i, term in enumerate(terms, start))

    return (
        '<archive xmlns="http://rs.tdwg.org/dwc/text/">\n'
        '  <core encoding="UTF-8" fieldsTerminatedBy="\\t" linesTerminatedBy="\\n" ignoreHeaderLines="1" '
        'rowType="http://rs.tdwg.org/dwc/terms/Taxon">\n    <files><location>taxon.txt</location></files>\n'
        '    <id index="0"/>\n' + fields(_TAXON_TERMS, _DWC, 1) + "  </core>\n"
        '  <extension encoding="UTF-8" fieldsTerminatedBy="\\t" linesTerminatedBy="\\n" ignoreHeaderLines="1" '
        'rowType="http://rs.gbif.org/terms/1.0/VernacularName">\n'
        "    <files><location>vernacularname.txt</location></files>\n    <coreid index=\"0\"/>\n"
        + fields(_VERNACULAR_TERMS[:1], _DWC, 1)
        + '    <field index="2" term="http://purl.org/dc/terms/language"/>\n  </extension>\n'
        '  <extension encoding="UTF-8" fieldsTerminatedBy="\\t" linesTerminatedBy="\\n" ignoreHeaderLines="1" '
        'rowType="http://rs.gbif.org/terms/1.0/Distribution">\n'
        "    <files><location>distribution.txt</location></files>\n    <coreid index=\"0\"/>\n"
        + fields(_DISTRIBUTION_TERMS[:3], _DWC, 1)
        + '    <field index="4" term="http://purl.org/dc/terms/source"/>\n  </extension>\n</archive>\n'
    )


def _write_tsv(path: Path, header: tuple[str, ...], rows: list[tuple]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        writer.writerow(("id", *header))
        writer.writerows(rows)


def export_dwca(taxonomy: Taxonomy, folder: Path | str) -> Path:
    """Write taxon.txt (accepted names and synonyms), vernacularname.txt, distribution.txt (one row per
    list entry, with the list's jurisdiction as locality) and meta.xml into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    taxa, vernaculars, distribution = [], [], []
    for taxon in taxonomy.taxa.values():
        taxa.append((taxon.id, taxon.id, taxon.scientific_name, taxon.authorship, taxon.rank, taxon.kingdom,
                     "accepted", ""))
        for number, record in enumerate(taxonomy.names_of(taxon.id)):
            if record.form == "synonym":
                synonym_id = f"{taxon.id}:synonym:{number}"
                taxa.append((synonym_id, synonym_id, record.name, "", taxon.rank, taxon.kingdom, "synonym", taxon.id))
            elif record.form in ("vernacular", "trade"):
                vernaculars.append((taxon.id, record.name, record.language))
        for membership in taxonomy.memberships_of(taxon.id):
            listed = taxonomy.lists[membership.list_id]
            distribution.append((taxon.id, listed.jurisdiction, "introduced", membership.applies_from.isoformat(),
                                 f"{listed.id}: {listed.title}"))
    _write_tsv(folder / "taxon.txt", _TAXON_TERMS, taxa)
    _write_tsv(folder / "vernacularname.txt", _VERNACULAR_TERMS, vernaculars)
    _write_tsv(folder / "distribution.txt", _DISTRIBUTION_TERMS, distribution)
    (folder / "meta.xml").write_text(_meta_xml(), encoding="utf-8")
    return folder


def export_csv(taxonomy: Taxonomy, path: Path | str) -> Path:
    """Write one row per name: taxon id, scientific name, name, form, language, and the taxon's lists."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("taxonID", "scientificName", "name", "form", "language", "lists"))
        for record in taxonomy.names:
            taxon = taxonomy.taxa[record.taxon_id]
            lists = ";".join(m.list_id for m in taxonomy.memberships_of(taxon.id))
            writer.writerow((taxon.id, taxon.scientific_name, record.name, record.form, record.language or "", lists))
    return path
