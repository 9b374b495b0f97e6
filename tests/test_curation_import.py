"""Checklist import into the curation store: reading Darwin Core Archives and CSV, the dry-run
diff, applying it as one audited change, and reverting it."""

from datetime import date

import pytest

from taxonomy.curation.dwca import ChecklistError, read_csv_checklist, read_dwca
from taxonomy.curation.importer import list_for_import, plan_import
from taxonomy.loader import load_taxonomy
from tests.conftest import SHARED

MALAWI = SHARED / "reference/griis-compendium/data/dwca/GRIIS Checklist of Introduced and Invasive Species - Malawi - Version 1.2"

META = """<archive xmlns="http://rs.tdwg.org/dwc/text/" metadata="eml.xml">
  <core encoding="UTF-8" fieldsTerminatedBy="\\t" linesTerminatedBy="\\n" ignoreHeaderLines="1"
        rowType="http://rs.tdwg.org/dwc/terms/Taxon">
    <files><location>taxon.txt</location></files>
    <id index="0" />
    <field index="1" term="http://rs.tdwg.org/dwc/terms/scientificName"/>
    <field index="2" term="http://rs.tdwg.org/dwc/terms/acceptedNameUsage"/>
    <field index="3" term="http://rs.tdwg.org/dwc/terms/kingdom"/>
    <field index="4" term="http://rs.tdwg.org/dwc/terms/taxonRank"/>
    <field index="5" term="http://rs.tdwg.org/dwc/terms/taxonomicStatus"/>
  </core>
  <extension encoding="UTF-8" fieldsTerminatedBy="\\t" ignoreHeaderLines="1"
             rowType="http://rs.gbif.org/terms/1.0/VernacularName">
    <files><location>vernacularname.txt</location></files>
    <coreid index="0" />
    <field index="1" term="http://rs.tdwg.org/dwc/terms/vernacularName"/>
    <field index="2" term="http://purl.org/dc/terms/language"/>
  </extension>
</archive>
"""
TAXA = [
    ("1", "Procambarus clarkii (Girard, 1852)", "", "Animalia", "SPECIES", "ACCEPTED"),
    ("2", "Agave americana L.", "", "Plantae", "SPECIES", "ACCEPTED"),
    ("3", "Agave altissima Zumagl.", "Agave americana L.", "Plantae", "SPECIES", "SYNONYM"),
    ("4", "Agavaceae", "", "Plantae", "FAMILY", "ACCEPTED"),
]
VERNACULARS = [("2", "Amerikanische Agave", "de"), ("1", "Roter Sumpfkrebs", "de")]


@pytest.fixture
def archive(tmp_path):
    folder = tmp_path / "checklist"
    folder.mkdir()
    (folder / "meta.xml").write_text(META, encoding="utf-8")
    (folder / "taxon.txt").write_text(
        "id\tscientificName\tacceptedNameUsage\tkingdom\ttaxonRank\ttaxonomicStatus\n"
        + "".join("\t".join(row) + "\n" for row in TAXA), encoding="utf-8")
    (folder / "vernacularname.txt").write_text(
        "id\tvernacularName\tlanguage\n" + "".join("\t".join(row) + "\n" for row in VERNACULARS), encoding="utf-8")
    return folder


def _list(list_id="test-list"):
    return list_for_import(list_id, "Test list", "XX", "negative", date(2025, 1, 1))


def test_dwca_rows_split_and_skipped(archive):
    checklist = read_dwca(archive)
    assert [(r.canonical, r.status) for r in checklist.rows] == [
        ("Procambarus clarkii", "accepted"), ("Agave americana", "accepted"), ("Agave altissima", "synonym")]
    assert checklist.rows[0].authorship == "(Girard, 1852)"
    assert checklist.rows[1].vernaculars == [("Amerikanische Agave", "de")]
    assert dict(checklist.skipped) == {"rank FAMILY": 1}


def test_folder_without_meta_names_fix(tmp_path):
    with pytest.raises(ChecklistError, match="no meta.xml"):
        read_dwca(tmp_path)


def test_csv_checklist(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("scientificName,taxonRank,kingdom,vernacularName,language\n"
                    "Agave americana L.,species,Plantae,century plant,en\n", encoding="utf-8")
    [row] = read_csv_checklist(path).rows
    assert (row.canonical, row.vernaculars) == ("Agave americana", [("century plant", "en")])


def test_plan_matches_existing_and_adds_new(archive):
    plan = plan_import(load_taxonomy(), read_dwca(archive), _list(), "test-source")
    summary = plan.summary()
    assert summary["taxa_matched"] == 1
    assert summary["taxa_added"] == 1
    assert summary["names_added"] == {"accepted": 1, "synonym": 1, "vernacular": 1}
    assert summary["memberships_added"] == 2
    # "Roter Sumpfkrebs" is already a name of Procambarus clarkii in the shipped taxonomy.
    assert [t.id for t in plan.taxa] == ["local:agave-americana"]


def test_import_applies_audits_and_reverts(store, archive):
    shipped_version = store.taxonomy().version
    plan = plan_import(store.taxonomy(), read_dwca(archive), _list(), "test-source")
    change = store.apply_import("curator", "national list", plan)

    curated = store.taxonomy()
    assert change["taxonomy_version"] == curated.version
    assert curated.version != shipped_version
    assert [lst.id for lst in curated.lists_of("local:agave-americana")] == ["test-list"]
    assert change["after"]["summary"]["taxa_added"] == 1

    store.revert("curator", "wrong list", change["id"])
    assert store.taxonomy().version == shipped_version
    assert [e["action"] for e in store.changes()] == ["revert", "import", "seed"]


@pytest.mark.skipif(not MALAWI.is_dir(), reason="the GRIIS checklists in ../shared are not checked out")
def test_griis_malawi_counts():
    plan = plan_import(load_taxonomy(), read_dwca(MALAWI), _list("griis-mw"), "griis")
    summary = plan.summary()
    assert (summary["taxa_matched"], summary["taxa_added"], summary["memberships_added"]) == (4, 181, 185)
    assert summary["names_added"] == {"accepted": 181, "synonym": 3}


def test_dwca_export_reads_back(tmp_path):
    from taxonomy.curation.export import export_dwca

    taxonomy = load_taxonomy()
    checklist = read_dwca(export_dwca(taxonomy, tmp_path / "out"))
    accepted = [row for row in checklist.rows if row.status == "accepted"]
    assert len(accepted) == len(taxonomy.taxa)
    plan = plan_import(taxonomy, checklist, _list("eu-union-list"), "test-source")
    assert (plan.summary()["taxa_added"], plan.summary()["memberships_added"]) == (0, 0)


def _write_csv(path, header, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(",".join(header) + "\n" + "".join(",".join(f'"{v}"' for v in row) + "\n" for row in rows),
                    encoding="utf-8")


def test_daisie_tables_read(tmp_path):
    from taxonomy.curation.daisie import read_daisie

    columns = ["idspecies", "genus", "species", "authority", "subtaxon", "subtaxon_rank", "subtaxon_authority"]
    _write_csv(tmp_path / "data/raw/input_taxon.csv", columns + ["phylum"], [
        ["1", "Agave", "americana", "L.", "", "", "", "Magnoliophyta"],
        ["2", "Vespa", "velutina", "Lepeletier, 1836", "nigrithorax", "subsp.", "du Buysson, 1905", "Arthropoda"],
        ["3", "Rubus", "fruticosus", "L.", "x", "hyb.", "", "Magnoliophyta"],
    ])
    _write_csv(tmp_path / "data/raw/input_synonyms.csv", columns + ["is_accepted"], [
        ["1", "Agave", "altissima", "Zumagl.", "", "", "", "0"],
        ["1", "Agave", "americana", "L.", "", "", "", "1"],
    ])
    _write_csv(tmp_path / "data/processed/vernacularname.csv", ["taxonID", "vernacularName", "source", "language"],
               [["1", "century  plant", "", "en"]])

    checklist = read_daisie(tmp_path)
    assert [(r.canonical, r.rank, r.kingdom, r.status) for r in checklist.rows] == [
        ("Agave americana", "species", "Plantae", "accepted"),
        ("Vespa velutina subsp. nigrithorax", "subspecies", "Animalia", "accepted"),
        ("Agave altissima", "species", "Plantae", "synonym"),
    ]
    assert dict(checklist.skipped) == {"rank hyb.": 1}
    plan = plan_import(load_taxonomy(), checklist, _list(), "daisie")
    # Doubled spaces are collapsed, since the validator rejects them.
    assert ("century plant", "vernacular") in {(n.name, n.form) for n in plan.names}


NIUA = next(iter(sorted((SHARED / "reference/griis-compendium/data/dwca").glob("*Niua Islands*"))), None)


@pytest.mark.skipif(NIUA is None, reason="the GRIIS checklists in ../shared are not checked out")
def test_core_vernaculars_need_a_language():
    checklist = read_dwca(NIUA)
    without = plan_import(load_taxonomy(), checklist, _list("griis-niua"), "griis").summary()
    with_english = plan_import(load_taxonomy(), checklist, _list("griis-niua"), "griis", "en").summary()
    assert "vernacular" not in without["names_added"]
    assert without["skipped"]["vernacular name without a valid language"] == 12
    assert with_english["names_added"]["vernacular"] == 9


def test_taxa_keep_order_after_import_revert(store, archive):
    from taxonomy.schema import Taxon

    change = store.apply_import("curator", "national list", plan_import(store.taxonomy(), read_dwca(archive),
                                                                         _list(), "test-source"))
    store.add_taxon("curator", "first", Taxon("local:first-taxon", "Primus unus", "", "species", "Animalia", "x"))
    store.revert("curator", "wrong list", change["id"])
    store.add_taxon("curator", "second", Taxon("local:second-taxon", "Secundus duo", "", "species", "Animalia", "x"))
    assert list(store.taxonomy().taxa)[-2:] == ["local:first-taxon", "local:second-taxon"]
    # Export order comes from the position column, so two taxa must never share one.
    from sqlalchemy import select

    from taxonomy.curation.models import TaxonRow

    with store.sessions() as session:
        positions = session.scalars(select(TaxonRow.position)).all()
    assert len(positions) == len(set(positions))
