"""Cross-check the embedded EU Union list against the public reference files it was compiled from.

The reference files live in the ``shared/reference`` folder next to the repository clone; the
tests are skipped when it is absent.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from taxonomy import Taxonomy, load_taxonomy

REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "reference"
KOSOVO = REFERENCE / "kosovo-biodiversity-data-workshop-2026" / "data" / "eu_ias_union_list.csv"
UNION_LIST = REFERENCE / "union-list" / "data" / "raw" / "list_of_invasive_alien_species_of_union_concern.tsv"
ASPBO = REFERENCE / "aspbo" / "data" / "output" / "UAT_processing" / "eu_concern_species.tsv"
RIPARIAS = REFERENCE / "riparias-target-list" / "data" / "raw" / "input_taxa.tsv"

pytestmark = pytest.mark.skipif(not KOSOVO.is_file(), reason=f"reference files not found in {REFERENCE}")

# Listed name (Kosovo file) -> accepted name here, with the reason for the difference.
RENAMED = {
    "Orconectes limosus": ("Faxonius limosus", "Faxonius was raised to a genus (Crandall & De Grave 2017)"),
    "Orconectes virilis": ("Faxonius virilis", "Faxonius was raised to a genus (Crandall & De Grave 2017)"),
    "Procambarus fallax f. virginalis": ("Procambarus virginalis", "described as a species by Lyko (2017)"),
    "Nanozostera japonica": ("Zostera japonica", "POWO, WoRMS and the GBIF backbone accept Zostera japonica"),
    "Alopochen aegyptiacus": ("Alopochen aegyptiaca", "the epithet agrees with the feminine genus"),
}

# Names in the union-list table that differ from the accepted name here.
UNION_LIST_RENAMED = {
    "Eichhornia crassipes": ("Pontederia crassipes", "Eichhornia was merged into Pontederia; the 2022 amendment uses it"),
    "Pennisetum setaceum": ("Cenchrus setaceus", "Pennisetum was merged into Cenchrus; the 2017 amendment uses it"),
    "Triadica sebífera": ("Triadica sebifera", "the accent is a typo in the table"),
    "Orconectes limosus": RENAMED["Orconectes limosus"],
    "Orconectes virilis": RENAMED["Orconectes virilis"],
    "Nanozostera japonica": RENAMED["Nanozostera japonica"],
    "Alopochen aegyptiacus": RENAMED["Alopochen aegyptiacus"],
}

# Listed name -> the Kosovo key column that contains the taxon id here, where it is not the usage key.
SPECIES_KEY_USED = {
    "Orconectes limosus": "the usage key is Orconectes limosus; the species key is Faxonius limosus",
    "Orconectes virilis": "the usage key is Orconectes virilis; the species key is Faxonius virilis",
    "Procambarus fallax f. virginalis": "the usage key is the form; the species key is Procambarus virginalis",
    "Nanozostera japonica": "the usage key is Nanozostera japonica; the species key is Zostera japonica",
}

# Names whose GBIF key here differs from aspbo's backbone key, with the reason.
ASPBO_KEY_DIFFERENCES = {
    "Heracleum persicum": "aspbo (2024) and the Kosovo file (2026) matched different backbone versions",
    "Lampropeltis getula": "aspbo (2024) and the Kosovo file (2026) matched different backbone versions",
    "Salvinia molesta": "aspbo (2024) and the Kosovo file (2026) matched different backbone versions",
    "Orconectes limosus": SPECIES_KEY_USED["Orconectes limosus"],
    "Orconectes virilis": SPECIES_KEY_USED["Orconectes virilis"],
    "Procambarus fallax f. virginalis": SPECIES_KEY_USED["Procambarus fallax f. virginalis"],
    "Vespa velutina nigrithorax": "aspbo records the key of the species Vespa velutina",
    "Eichhornia crassipes": "aspbo keys the regulation's old name, now a synonym of Pontederia crassipes",
    "Pennisetum setaceum": "aspbo keys the regulation's old name, now a synonym of Cenchrus setaceus",
}

# aspbo writes infraspecific names without the rank marker.
ASPBO_NAMES = {
    "Procambarus fallax virginalis": "Procambarus fallax f. virginalis",
    "Pueraria montana lobata": "Pueraria montana var. lobata",
}


def read_rows(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture(scope="module")
def kosovo_rows() -> list[dict[str, str]]:
    return read_rows(KOSOVO)


def scientific_names(taxonomy: Taxonomy, taxon_id: str) -> set[str]:
    return {record.name for record in taxonomy.names_of(taxon_id) if record.form in ("accepted", "synonym")}


def test_same_species_count(taxonomy, kosovo_rows):
    assert len(kosovo_rows) == len(taxonomy.taxa) == 114


def test_accepted_names_match_regulation(taxonomy, kosovo_rows):
    accepted = {taxon.scientific_name for taxon in taxonomy.taxa.values()}
    for row in kosovo_rows:
        listed = row["scientific_name"]
        expected = RENAMED.get(listed, (listed, ""))[0]
        assert expected in accepted, f"{listed}: expected accepted name {expected!r}"


def test_gbif_keys_match_kosovo_file(taxonomy, kosovo_rows):
    for row in kosovo_rows:
        column = "gbif_species_key" if row["scientific_name"] in SPECIES_KEY_USED else "gbif_usage_key"
        taxon_id = row[column]
        assert taxon_id in taxonomy.taxa, f"{row['scientific_name']}: no taxon with id {taxon_id}"
        taxon = taxonomy.taxon(taxon_id)
        assert taxon.gbif_key == int(taxon_id)
        assert row["scientific_name"] in scientific_names(taxonomy, taxon_id) | {taxon.scientific_name} or (
            row["scientific_name"] in RENAMED
        )


def test_memberships_match_kosovo_file(taxonomy, kosovo_rows):
    by_listed_name = {membership.listed_name: membership for membership in taxonomy.memberships}
    for row in kosovo_rows:
        membership = by_listed_name[row["scientific_name"]]
        assert membership.applies_from.isoformat() == row["applies_from"], row["scientific_name"]
        assert membership.legal_act.endswith(row["listing_act"]), row["scientific_name"]


def test_regulation_names_are_synonyms(taxonomy, kosovo_rows):
    for row in kosovo_rows:
        taxon_id = row["gbif_species_key"] if row["scientific_name"] in SPECIES_KEY_USED else row["gbif_usage_key"]
        names = scientific_names(taxonomy, taxon_id)
        assert row["scientific_name"] in names
        if row["alternative_name"]:
            assert row["alternative_name"] in names


def test_union_list_names_are_known(taxonomy):
    all_scientific = {record.name for record in taxonomy.names if record.form in ("accepted", "synonym")}
    accepted = {taxon.scientific_name for taxon in taxonomy.taxa.values()}
    for row in read_rows(UNION_LIST, delimiter="\t"):
        name = row["scientific_name"].replace("(", " (").split(" (")[0]
        name = " ".join(word for word in name.split() if word[0].islower() or word == name.split()[0] or word == "×")
        # The table writes authorship after the name; compare the binomial (and hybrid sign) only.
        binomial = " ".join(name.split()[:3] if "×" in name else name.split()[:2])
        if binomial in UNION_LIST_RENAMED:
            assert UNION_LIST_RENAMED[binomial][0] in accepted, binomial
            continue
        assert any(candidate.startswith(binomial) for candidate in all_scientific), binomial


def test_gbif_keys_match_aspbo(taxonomy):
    taxon_by_name = {
        record.name: record.taxon_id for record in taxonomy.names if record.form in ("accepted", "synonym")
    }
    for row in read_rows(ASPBO, delimiter="\t"):
        name = ASPBO_NAMES.get(row["checklist_scientificName"], row["checklist_scientificName"])
        assert name in taxon_by_name, f"{name} is not an accepted name or synonym"
        if name in ASPBO_KEY_DIFFERENCES:
            continue
        assert taxon_by_name[name] == row["backbone_taxonKey"], name


def test_gbif_keys_match_riparias(taxonomy):
    for row in read_rows(RIPARIAS, delimiter="\t"):
        if row["gbif_key"] in taxonomy.taxa:
            names = scientific_names(taxonomy, row["gbif_key"])
            assert row["scientific_name"] in names, row["scientific_name"]
