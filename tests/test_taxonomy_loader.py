"""Tests of the taxonomy loader and validator, on the embedded EU Union list and on broken copies."""

from __future__ import annotations

import csv
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from taxonomy import Taxonomy, TaxonomyError, load_taxonomy
from taxonomy.languages import language_tag_problem
from taxonomy.loader import DEFAULT_DATASET_DIR

REQUIRED_LANGUAGES = ("en", "de", "fr", "nl", "es", "it", "pt", "pl")

# Taxon and language pairs that have no vernacular name on purpose, each with its reason.
NO_VERNACULAR_FILE = (
    Path(__file__).resolve().parents[1] / "taxonomy" / "tools" / "curated" / "no_vernacular.tsv"
)

# Taxa renamed since the regulation listed them: current accepted name -> names the list used.
RENAMED = {
    "Pontederia crassipes": ["Eichhornia crassipes"],
    "Cenchrus setaceus": ["Pennisetum setaceum"],
    "Faxonius limosus": ["Orconectes limosus"],
    "Faxonius virilis": ["Orconectes virilis"],
    "Procambarus virginalis": ["Procambarus fallax f. virginalis"],
    "Neogale vison": ["Neovison vison", "Mustela vison"],
    "Persicaria perfoliata": ["Polygonum perfoliatum"],
    "Koenigia polystachya": ["Polygonum polystachyum", "Persicaria wallichii"],
    "Zostera japonica": ["Nanozostera japonica"],
    "Alopochen aegyptiaca": ["Alopochen aegyptiacus"],
    "Lithobates catesbeianus": ["Rana catesbeiana", "Aquarana catesbeiana"],
    "Prosopis juliflora": ["Neltuma juliflora"],
    "Triadica sebifera": ["Sapium sebiferum"],
    "Tamias sibiricus": ["Eutamias sibiricus"],
    "Pueraria montana var. lobata": ["Pueraria lobata"],
}


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


def taxon_id_of(taxonomy: Taxonomy, scientific_name: str) -> str:
    matches = [taxon.id for taxon in taxonomy.taxa.values() if taxon.scientific_name == scientific_name]
    assert len(matches) == 1, f"{scientific_name!r} names {len(matches)} taxa"
    return matches[0]


# --- the embedded dataset ---------------------------------------------------------------------


def test_embedded_dataset_loads(taxonomy):
    assert taxonomy.info.id == "eu-union-list"
    assert len(taxonomy.taxa) == 114
    assert len(taxonomy.memberships) == 114
    assert set(taxonomy.lists) == {"eu-union-list"}
    assert taxonomy.version.startswith(f"eu-union-list@{taxonomy.info.version}+")
    assert len(taxonomy.version.rsplit("+", 1)[1]) == 12


def test_every_taxon_has_one_accepted_name(taxonomy):
    for taxon_id, taxon in taxonomy.taxa.items():
        assert taxonomy.accepted_name(taxon_id).name == taxon.scientific_name


def test_every_taxon_is_on_the_union_list(taxonomy):
    for taxon_id in taxonomy.taxa:
        assert [item.id for item in taxonomy.lists_of(taxon_id)] == ["eu-union-list"]


def read_no_vernacular_pairs() -> set[tuple[str, str]]:
    """Read the (scientific name, language) pairs of the curated no-vernacular file."""
    with NO_VERNACULAR_FILE.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return {(row["taxon"], row["language"]) for row in csv.DictReader(lines, delimiter="\t")}


def vernacular_languages(taxonomy: Taxonomy, taxon_id: str) -> set[str | None]:
    return {record.language for record in taxonomy.names_of(taxon_id) if record.form == "vernacular"}


def test_vernacular_names_in_required_languages(taxonomy):
    allowed_gaps = read_no_vernacular_pairs()
    gaps = []
    for taxon_id, taxon in sorted(taxonomy.taxa.items(), key=lambda item: item[1].scientific_name):
        languages = vernacular_languages(taxonomy, taxon_id)
        missing = [
            language
            for language in REQUIRED_LANGUAGES
            if language not in languages and (taxon.scientific_name, language) not in allowed_gaps
        ]
        if missing:
            gaps.append(f"{taxon.scientific_name}: {', '.join(missing)}")
    assert not gaps, (
        f"{len(gaps)} taxa lack vernacular names in some languages, "
        f"and {NO_VERNACULAR_FILE.name} does not excuse them:\n" + "\n".join(gaps)
    )


def test_no_vernacular_pairs_are_current(taxonomy):
    taxon_ids = {taxon.scientific_name: taxon_id for taxon_id, taxon in taxonomy.taxa.items()}
    pairs = read_no_vernacular_pairs()
    unknown_taxa = sorted(name for name, _ in pairs if name not in taxon_ids)
    assert not unknown_taxa, f"{NO_VERNACULAR_FILE.name} names taxa not in the dataset: {unknown_taxa}"
    unknown_languages = sorted(
        f"{name}: {language}" for name, language in pairs if language not in REQUIRED_LANGUAGES
    )
    assert not unknown_languages, (
        f"{NO_VERNACULAR_FILE.name} lists languages that are not required: {unknown_languages}"
    )
    named = sorted(
        f"{name}: {language}"
        for name, language in pairs
        if name in taxon_ids and language in vernacular_languages(taxonomy, taxon_ids[name])
    )
    assert not named, (
        f"remove these pairs from {NO_VERNACULAR_FILE.name}, because they now have a name: {named}"
    )


@pytest.mark.parametrize("accepted, old_names", sorted(RENAMED.items()))
def test_renamed_taxa_keep_old_names_as_synonyms(taxonomy, accepted, old_names):
    taxon_id = taxon_id_of(taxonomy, accepted)
    synonyms = {record.name for record in taxonomy.names_of(taxon_id) if record.form == "synonym"}
    for old_name in old_names:
        assert old_name in synonyms


def test_listed_name_is_the_regulation_name(taxonomy):
    membership = taxonomy.memberships_of(taxon_id_of(taxonomy, "Procambarus virginalis"))[0]
    assert membership.listed_name == "Procambarus fallax f. virginalis"
    assert membership.applies_from == date(2016, 8, 3)


def test_lists_of_respects_deferred_dates(taxonomy):
    beaver = taxon_id_of(taxonomy, "Castor canadensis")
    assert taxonomy.memberships_of(beaver)[0].applies_from == date(2027, 8, 7)
    assert taxonomy.lists_of(beaver, on=date(2026, 1, 1)) == []
    assert [item.id for item in taxonomy.lists_of(beaver, on=date(2027, 8, 7))] == ["eu-union-list"]


def test_trade_names_of_sliders_and_crayfish(taxonomy):
    slider = {record.name.casefold() for record in taxonomy.names_of(taxon_id_of(taxonomy, "Trachemys scripta"))}
    assert {"red-eared slider", "yellow-bellied slider", "巴西龟", "res"} <= slider
    marbled = {record.name.casefold() for record in taxonomy.names_of(taxon_id_of(taxonomy, "Procambarus virginalis"))}
    assert {"marmorkrebs", "marbled crayfish"} <= marbled


def test_generic_words_are_ambiguous(taxonomy):
    for name in ("mink", "Nerz", "hogweed", "Elodea", "Cabomba", "pampas grass", "fountain grass", "sunfish"):
        records = [record for record in taxonomy.names if record.name.casefold() == name.casefold()]
        assert records, f"{name!r} is missing"
        assert all(record.ambiguous for record in records), f"{name!r} is not marked ambiguous"


def test_genera_maps_genus_to_taxa(taxonomy):
    genera = taxonomy.genera()
    assert genera["Trachemys"] == {taxon_id_of(taxonomy, "Trachemys scripta")}
    assert taxon_id_of(taxonomy, "Faxonius limosus") in genera["Orconectes"]
    assert len(genera["Heracleum"]) == 3


def test_taxon_lookup_names_missing_id(taxonomy):
    with pytest.raises(KeyError, match="'no-such-id'"):
        taxonomy.taxon("no-such-id")
    with pytest.raises(KeyError, match="'no-such-id'"):
        taxonomy.names_of("no-such-id")


# --- version and validation on copies of the dataset ------------------------------------------


@pytest.fixture()
def dataset_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "eu-union-list"
    shutil.copytree(DEFAULT_DATASET_DIR, folder)
    return folder


def edit_line(path: Path, line_number: int, change) -> None:
    """Replace the JSON object on ``line_number`` (1-based) with ``change(object)``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[line_number - 1] = json.dumps(change(json.loads(lines[line_number - 1])), ensure_ascii=False)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def append_line(path: Path, text: str) -> int:
    """Append one line to ``path`` and return its line number."""
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.append(text)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def load_problems(folder: Path) -> list[str]:
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy(folder)
    return caught.value.problems


def find_line(path: Path, text: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if text in line:
            return number
    raise AssertionError(f"{text!r} not in {path}")


def test_version_changes_when_content_changes(dataset_copy):
    original = load_taxonomy(dataset_copy).version
    assert load_taxonomy(DEFAULT_DATASET_DIR).version == original

    names = dataset_copy / "names.jsonl"
    line = find_line(names, '"name": "Marmorkrebs"')
    edit_line(names, line, lambda record: {**record, "name": "Marmorkrebse"})
    assert load_taxonomy(dataset_copy).version != original


def test_version_ignores_formatting(dataset_copy):
    original = load_taxonomy(dataset_copy).version
    dataset = dataset_copy / "dataset.json"
    dataset.write_text(json.dumps(json.loads(dataset.read_text(encoding="utf-8"))), encoding="utf-8")
    assert load_taxonomy(dataset_copy).version == original


def test_valid_language_tags():
    for tag in ("en", "de", "zh-Hans", "pt-BR", "und", "sr-Latn", "es-419"):
        assert language_tag_problem(tag) is None, tag


@pytest.mark.parametrize(
    "tag, expected",
    [
        ("ger", "'ger' is not a valid BCP 47 tag; use 'de'"),
        ("German", "'German' is not a valid BCP 47 tag; use 'de'"),
        ("xx", "unknown primary language subtag 'xx'"),
        ("pt_BR", "use 'pt-BR'"),
        ("zh-hans", "use 'zh-Hans'"),
    ],
)
def test_invalid_language_tags(tag, expected):
    assert expected in language_tag_problem(tag)


def test_rejects_invalid_json(dataset_copy):
    line = append_line(dataset_copy / "names.jsonl", '{"taxon_id": "2443002", "name": ')
    problems = load_problems(dataset_copy)
    assert any(p.startswith(f"names.jsonl line {line}: invalid JSON") and "one JSON object per line" in p for p in problems)


def test_rejects_missing_and_unknown_fields(dataset_copy):
    edit_line(dataset_copy / "taxa.jsonl", 3, lambda record: {**{k: v for k, v in record.items() if k != "rank"}, "rnak": "species"})
    problems = load_problems(dataset_copy)
    assert "taxa.jsonl line 3: missing field 'rank'; add it as string" in problems
    assert "taxa.jsonl line 3: unknown field 'rnak'; remove it or rename it (did you mean 'rank'?)" in problems


def test_rejects_duplicate_taxon_id(dataset_copy):
    taxa = dataset_copy / "taxa.jsonl"
    first = json.loads(taxa.read_text(encoding="utf-8").splitlines()[0])
    line = append_line(taxa, json.dumps({**first, "scientific_name": "Copy of taxon"}))
    problems = load_problems(dataset_copy)
    assert any(p.startswith(f"taxa.jsonl line {line}: duplicate taxon id '{first['id']}' (first on line 1)") for p in problems)


def test_rejects_duplicate_list_id(dataset_copy):
    lists = dataset_copy / "lists.jsonl"
    line = append_line(lists, lists.read_text(encoding="utf-8").splitlines()[0])
    problems = load_problems(dataset_copy)
    assert any(p.startswith(f"lists.jsonl line {line}: duplicate list id 'eu-union-list' (first on line 1)") for p in problems)


@pytest.mark.parametrize(
    "file, field, value, expected",
    [
        ("names.jsonl", "form", "common", "unknown form 'common'; use one of accepted, synonym"),
        ("taxa.jsonl", "rank", "superspecies", "unknown rank 'superspecies'; use one of genus, species"),
        ("lists.jsonl", "kind", "black", "unknown kind 'black'; use one of negative, positive"),
        ("lists.jsonl", "applies_from", "03/08/2016", "applies_from '03/08/2016' is not an ISO date; write it as YYYY-MM-DD"),
        ("memberships.jsonl", "applies_from", "2016-02-30", "applies_from '2016-02-30' is not an ISO date"),
    ],
)
def test_rejects_bad_values(dataset_copy, file, field, value, expected):
    edit_line(dataset_copy / file, 1, lambda record: {**record, field: value})
    problems = load_problems(dataset_copy)
    assert any(p.startswith(f"{file} line 1: {expected}") for p in problems), problems


def test_rejects_missing_language_on_vernacular(dataset_copy):
    names = dataset_copy / "names.jsonl"
    line = find_line(names, '"name": "Marmorkrebs", "form": "vernacular"')
    edit_line(names, line, lambda record: {**record, "language": None})
    problems = load_problems(dataset_copy)
    assert f"names.jsonl line {line}: vernacular name 'Marmorkrebs' has no language; add a BCP 47 tag such as 'en', or 'und' when the language is undetermined" in problems


def test_rejects_language_on_scientific_name(dataset_copy):
    names = dataset_copy / "names.jsonl"
    line = find_line(names, '"name": "Rana catesbeiana"')
    edit_line(names, line, lambda record: {**record, "language": "la"})
    problems = load_problems(dataset_copy)
    assert any(p.startswith(f"names.jsonl line {line}: synonym name 'Rana catesbeiana' has language 'la'; set language to null") for p in problems)


def test_rejects_unknown_language_code(dataset_copy):
    names = dataset_copy / "names.jsonl"
    line = find_line(names, '"name": "Marmorkrebs", "form": "vernacular"')
    edit_line(names, line, lambda record: {**record, "language": "ger"})
    problems = load_problems(dataset_copy)
    assert f"names.jsonl line {line}: language 'ger' is not a valid BCP 47 tag; use 'de'" in problems


def test_rejects_name_of_unknown_taxon(dataset_copy):
    line = append_line(
        dataset_copy / "names.jsonl",
        '{"taxon_id": "999", "name": "Phantom", "form": "synonym", "language": null, "source": "union-list"}',
    )
    problems = load_problems(dataset_copy)
    assert f"names.jsonl line {line}: taxon_id '999' of name 'Phantom' is not in taxa.jsonl; add the taxon or fix the id" in problems


def test_rejects_membership_of_unknown_taxon_or_list(dataset_copy):
    edit_line(dataset_copy / "memberships.jsonl", 1, lambda record: {**record, "taxon_id": "999", "list_id": "nowhere"})
    problems = load_problems(dataset_copy)
    assert "memberships.jsonl line 1: taxon_id '999' is not in taxa.jsonl; add the taxon or fix the id" in problems
    assert "memberships.jsonl line 1: list_id 'nowhere' is not in lists.jsonl; add the list or fix the id" in problems


def test_rejects_taxon_without_accepted_name(dataset_copy):
    names = dataset_copy / "names.jsonl"
    line = find_line(names, '"name": "Procambarus virginalis", "form": "accepted"')
    edit_line(names, line, lambda record: {**record, "form": "synonym"})
    problems = load_problems(dataset_copy)
    taxa_line = find_line(dataset_copy / "taxa.jsonl", '"scientific_name": "Procambarus virginalis"')
    assert any(
        p.startswith(f"taxa.jsonl line {taxa_line}: taxon '9442269' (Procambarus virginalis) has no accepted name")
        for p in problems
    )


def test_rejects_second_accepted_name(dataset_copy):
    names = dataset_copy / "names.jsonl"
    line = find_line(names, '"name": "Procambarus fallax f. virginalis"')
    edit_line(names, line, lambda record: {**record, "form": "accepted"})
    problems = load_problems(dataset_copy)
    assert any(p.startswith(f"names.jsonl line {line}: taxon '9442269' has a second accepted name") for p in problems)


def test_rejects_accepted_name_that_differs_from_taxon(dataset_copy):
    names = dataset_copy / "names.jsonl"
    line = find_line(names, '"name": "Procambarus virginalis", "form": "accepted"')
    edit_line(names, line, lambda record: {**record, "name": "Procambarus virginalus"})
    problems = load_problems(dataset_copy)
    assert any(
        p.startswith(f"names.jsonl line {line}: accepted name 'Procambarus virginalus' differs from scientific_name 'Procambarus virginalis'")
        for p in problems
    )


def test_rejects_name_shared_by_two_taxa(dataset_copy):
    line = append_line(
        dataset_copy / "names.jsonl",
        '{"taxon_id": "2227300", "name": "MARMÖRKREBS", "form": "trade", "language": "de", "source": "union-list"}',
    )
    problems = load_problems(dataset_copy)
    assert any(
        p.startswith(f"names.jsonl line {line}: name 'MARMÖRKREBS' also names taxon '9442269'")
        and 'mark every record of this name "ambiguous": true' in p
        for p in problems
    )


def test_accepts_shared_name_when_all_records_ambiguous(dataset_copy):
    append_line(
        dataset_copy / "names.jsonl",
        '{"taxon_id": "2227300", "name": "fire ant", "form": "trade", "language": "en", "source": "union-list", "ambiguous": true}',
    )
    load_taxonomy(dataset_copy)


def test_reports_all_problems_at_once(dataset_copy):
    edit_line(dataset_copy / "lists.jsonl", 1, lambda record: {**record, "kind": "black"})
    edit_line(dataset_copy / "taxa.jsonl", 1, lambda record: {**record, "rank": "clade"})
    problems = load_problems(dataset_copy)
    assert any(p.startswith("lists.jsonl line 1: unknown kind") for p in problems)
    assert any(p.startswith("taxa.jsonl line 1: unknown rank") for p in problems)


def test_rejects_missing_folder(tmp_path):
    with pytest.raises(TaxonomyError, match="folder not found"):
        load_taxonomy(tmp_path / "absent")


def test_ignore_file_checked_and_versioned(tmp_path):
    folder = tmp_path / "taxonomy"
    shutil.copytree(DEFAULT_DATASET_DIR, folder)
    (folder / "ignore.jsonl").write_text(
        '{"text": "Puma", "language": "de", "taxon_id": null, "source": "eu-regulation", "reason": "brand"}\n'
        '{"text": "Nutria", "language": "xx-bad", "taxon_id": "999", "source": "eu-regulation", "reason": ""}\n',
        encoding="utf-8")
    with pytest.raises(TaxonomyError) as error:
        load_taxonomy(folder)
    assert any("ignore.jsonl line 2" in problem for problem in error.value.problems)

    (folder / "ignore.jsonl").write_text(
        '{"text": "Puma", "language": "de", "taxon_id": null, "source": "eu-regulation", "reason": "brand"}\n',
        encoding="utf-8")
    taxonomy = load_taxonomy(folder)
    assert taxonomy.version != load_taxonomy().version
    assert taxonomy.is_ignored("puma", "de", "any-taxon")
    assert not taxonomy.is_ignored("Puma", "en", "any-taxon")
