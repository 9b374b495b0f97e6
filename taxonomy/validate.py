"""Parse and validate the files of a taxonomy folder.

:func:`read_folder` reads every file, checks every rule and raises one :class:`TaxonomyError`
that lists all problems found. Each problem names the file, the line, the bad value and the fix.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from taxonomy.languages import language_tag_problem
from taxonomy.schema import (
    LANGUAGE_FORMS,
    LIST_KINDS,
    NAME_FORMS,
    RANKS,
    SCIENTIFIC_FORMS,
    DatasetInfo,
    IgnoreEntry,
    Membership,
    NameRecord,
    Taxon,
    TaxonList,
)

DATASET_FILE = "dataset.json"
TAXA_FILE = "taxa.jsonl"
NAMES_FILE = "names.jsonl"
LISTS_FILE = "lists.jsonl"
MEMBERSHIPS_FILE = "memberships.jsonl"
# Optional: a folder without it has no ignore entries, and its version hash is as before the file existed.
IGNORE_FILE = "ignore.jsonl"

# The order in which files are read and hashed into the taxonomy version.
DATA_FILES: tuple[str, ...] = (DATASET_FILE, TAXA_FILE, NAMES_FILE, LISTS_FILE, MEMBERSHIPS_FILE)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class TaxonomyError(ValueError):
    """A taxonomy folder that breaks one or more rules; ``problems`` lists every one of them."""

    def __init__(self, folder: Path | str, problems: list[str]) -> None:
        self.folder = str(folder)
        self.problems = list(problems)
        listing = "\n".join(f"- {problem}" for problem in self.problems)
        super().__init__(f"invalid taxonomy in {self.folder}: {len(self.problems)} problem(s)\n{listing}")


@dataclass
class FolderContent:
    """The validated records of a folder and the canonical text its version hash is computed from."""

    info: DatasetInfo
    taxa: list[Taxon]
    names: list[NameRecord]
    lists: list[TaxonList]
    memberships: list[Membership]
    canonical_text: str
    ignores: list[IgnoreEntry] = dataclasses.field(default_factory=list)


@dataclass
class _Row:
    """One parsed JSON object and the line it came from."""

    file: str
    line: int
    values: dict[str, Any]


def normalise_name(name: str) -> str:
    """Return ``name`` folded for comparison: accents removed, case folded, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", name)
    without_marks = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(without_marks.casefold().split())


def _field_types(record_type: type) -> dict[str, tuple[str, bool]]:
    """Map each field of a schema dataclass to (kind, required)."""
    kinds: dict[str, tuple[str, bool]] = {}
    for item in dataclasses.fields(record_type):
        required = item.default is dataclasses.MISSING and item.default_factory is dataclasses.MISSING
        annotation = str(item.type)
        if annotation == "date":
            kind = "date"
        elif annotation == "bool":
            kind = "bool"
        elif annotation.startswith("int"):
            kind = "int or null"
        elif annotation.startswith("list"):
            kind = "list of strings"
        elif "None" in annotation:
            kind = "string or null"
        else:
            kind = "string"
        kinds[item.name] = (kind, required)
    return kinds


def _type_problem(value: Any, kind: str) -> str | None:
    """Return why ``value`` does not fit ``kind`` (as produced by _field_types), or None."""
    if kind == "string" and not isinstance(value, str):
        return "a JSON string"
    if kind == "string or null" and value is not None and not isinstance(value, str):
        return "a JSON string or null"
    if kind == "bool" and not isinstance(value, bool):
        return "true or false"
    if kind == "int or null" and value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        return "a JSON integer or null"
    if kind == "list of strings" and not (
        isinstance(value, list) and all(isinstance(entry, str) for entry in value)
    ):
        return "a JSON list of strings"
    if kind == "date":
        if not isinstance(value, str) or not _ISO_DATE.match(value):
            return "an ISO date string such as \"2016-08-03\""
        try:
            date.fromisoformat(value)
        except ValueError:
            return "a real calendar date written as YYYY-MM-DD"
    return None


def _check_fields(row: _Row, record_type: type, problems: list[str]) -> dict[str, Any] | None:
    """Check field names and value types of ``row``; return constructor arguments, or None on error."""
    kinds = _field_types(record_type)
    where = f"{row.file} line {row.line}"
    ok = True
    for name in row.values:
        if name not in kinds:
            close = difflib.get_close_matches(name, list(kinds), n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"allowed fields are {', '.join(kinds)}"
            problems.append(f"{where}: unknown field {name!r}; remove it or rename it ({hint})")
            ok = False
    for name, (kind, required) in kinds.items():
        if name not in row.values:
            if required:
                problems.append(f"{where}: missing field {name!r}; add it as {kind}")
                ok = False
            continue
        value = row.values[name]
        expected = _type_problem(value, kind)
        if expected is not None:
            if kind == "date" and isinstance(value, str):
                problems.append(f"{where}: {name} {value!r} is not an ISO date; write it as YYYY-MM-DD")
            else:
                problems.append(f"{where}: field {name!r} is {json.dumps(value, ensure_ascii=False)}; write {expected}")
            ok = False
    if not ok:
        return None
    arguments = dict(row.values)
    for name, (kind, _required) in kinds.items():
        if kind == "date" and name in arguments:
            arguments[name] = date.fromisoformat(arguments[name])
    return arguments


def _read_jsonl(folder: Path, file: str, problems: list[str]) -> list[_Row]:
    """Read one JSON object a line; blank lines are skipped."""
    path = folder / file
    if not path.is_file():
        problems.append(f"{file}: file not found in {folder}; create it (it may be empty)")
        return []
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            try:
                values = json.loads(text)
            except json.JSONDecodeError as error:
                problems.append(
                    f"{file} line {number}: invalid JSON ({error.msg} at column {error.colno}); "
                    "write one JSON object per line"
                )
                continue
            if not isinstance(values, dict):
                problems.append(f"{file} line {number}: {text.strip()[:60]!r} is not a JSON object; write one object per line")
                continue
            rows.append(_Row(file, number, values))
    return rows


def _read_dataset(folder: Path, problems: list[str]) -> DatasetInfo | None:
    path = folder / DATASET_FILE
    if not path.is_file():
        problems.append(f"{DATASET_FILE}: file not found in {folder}; create it with id, title, version, licence and sources")
        return None
    try:
        values = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        problems.append(f"{DATASET_FILE} line {error.lineno}: invalid JSON ({error.msg}); fix the syntax")
        return None
    if not isinstance(values, dict):
        problems.append(f"{DATASET_FILE} line 1: the file is not a JSON object; write one object")
        return None
    arguments = _check_fields(_Row(DATASET_FILE, 1, values), DatasetInfo, problems)
    return DatasetInfo(**arguments) if arguments is not None else None


def _check_choice(row: _Row, field_name: str, allowed: tuple[str, ...], problems: list[str]) -> bool:
    value = row.values.get(field_name)
    if value in allowed:
        return True
    problems.append(
        f"{row.file} line {row.line}: unknown {field_name} {value!r}; use one of {', '.join(allowed)}"
    )
    return False


def _check_name_text(row: _Row, problems: list[str]) -> bool:
    name = row.values["name"]
    if not name.strip():
        problems.append(f"{row.file} line {row.line}: empty name; write the name or remove the line")
        return False
    if name != " ".join(name.split()):
        cleaned = " ".join(name.split())
        problems.append(
            f"{row.file} line {row.line}: name {name!r} has extra or leading/trailing spaces; write {cleaned!r}"
        )
        return False
    return True


def _check_language(row: _Row, problems: list[str]) -> bool:
    form = row.values["form"]
    language = row.values.get("language")
    where = f"{row.file} line {row.line}"
    if form in LANGUAGE_FORMS and language is None:
        problems.append(
            f"{where}: {form} name {row.values['name']!r} has no language; "
            "add a BCP 47 tag such as 'en', or 'und' when the language is undetermined"
        )
        return False
    if form in SCIENTIFIC_FORMS and language is not None:
        problems.append(
            f"{where}: {form} name {row.values['name']!r} has language {language!r}; "
            "set language to null because scientific names carry no language"
        )
        return False
    if language is not None:
        problem = language_tag_problem(language)
        if problem is not None:
            problems.append(f"{where}: language {problem}")
            return False
    return True


def _parse_taxa(rows: list[_Row], problems: list[str]) -> tuple[list[Taxon], dict[str, int]]:
    taxa: list[Taxon] = []
    first_line: dict[str, int] = {}
    for row in rows:
        arguments = _check_fields(row, Taxon, problems)
        if arguments is None:
            continue
        if not _check_choice(row, "rank", RANKS, problems):
            continue
        taxon = Taxon(**arguments)
        if taxon.id in first_line:
            problems.append(
                f"{row.file} line {row.line}: duplicate taxon id {taxon.id!r} (first on line "
                f"{first_line[taxon.id]}); give each taxon its own id or merge the two lines"
            )
            continue
        first_line[taxon.id] = row.line
        taxa.append(taxon)
    return taxa, first_line


def _parse_lists(rows: list[_Row], problems: list[str]) -> list[TaxonList]:
    lists: list[TaxonList] = []
    first_line: dict[str, int] = {}
    for row in rows:
        arguments = _check_fields(row, TaxonList, problems)
        if arguments is None or not _check_choice(row, "kind", LIST_KINDS, problems):
            continue
        taxon_list = TaxonList(**arguments)
        if taxon_list.id in first_line:
            problems.append(
                f"{row.file} line {row.line}: duplicate list id {taxon_list.id!r} (first on line "
                f"{first_line[taxon_list.id]}); give each list its own id"
            )
            continue
        first_line[taxon_list.id] = row.line
        lists.append(taxon_list)
    return lists


def _parse_names(
    rows: list[_Row], taxon_ids: set[str], sources: set[str], problems: list[str]
) -> list[tuple[int, NameRecord]]:
    names: list[tuple[int, NameRecord]] = []
    seen: dict[tuple[str, str, str, str | None], int] = {}
    for row in rows:
        arguments = _check_fields(row, NameRecord, problems)
        if arguments is None:
            continue
        checks = [
            _check_choice(row, "form", NAME_FORMS, problems),
            _check_name_text(row, problems),
        ]
        if not all(checks) or not _check_language(row, problems):
            continue
        record = NameRecord(**arguments)
        where = f"{row.file} line {row.line}"
        if record.taxon_id not in taxon_ids:
            problems.append(
                f"{where}: taxon_id {record.taxon_id!r} of name {record.name!r} is not in {TAXA_FILE}; "
                "add the taxon or fix the id"
            )
            continue
        if record.source not in sources:
            problems.append(
                f"{where}: source {record.source!r} is not listed in {DATASET_FILE}; "
                f"add it to the sources there or use one of {', '.join(sorted(sources))}"
            )
            continue
        key = (record.taxon_id, normalise_name(record.name), record.form, record.language)
        if key in seen:
            problems.append(
                f"{where}: name {record.name!r} repeats line {seen[key]} (same taxon, form and language); "
                "remove one of the two lines"
            )
            continue
        seen[key] = row.line
        names.append((row.line, record))
    return names


def _check_accepted_names(
    taxa: list[Taxon], taxon_lines: dict[str, int], names: list[tuple[int, NameRecord]], problems: list[str]
) -> None:
    accepted: dict[str, list[tuple[int, NameRecord]]] = defaultdict(list)
    for line, record in names:
        if record.form == "accepted":
            accepted[record.taxon_id].append((line, record))
    for taxon in taxa:
        entries = accepted.get(taxon.id, [])
        if not entries:
            problems.append(
                f"{TAXA_FILE} line {taxon_lines[taxon.id]}: taxon {taxon.id!r} ({taxon.scientific_name}) has no "
                f"accepted name in {NAMES_FILE}; add a record with form 'accepted' and name {taxon.scientific_name!r}"
            )
            continue
        first_line = entries[0][0]
        for line, record in entries[1:]:
            problems.append(
                f"{NAMES_FILE} line {line}: taxon {taxon.id!r} has a second accepted name {record.name!r} "
                f"(first on line {first_line}); keep one accepted name and make the others synonyms"
            )
        for line, record in entries:
            if record.name != taxon.scientific_name:
                problems.append(
                    f"{NAMES_FILE} line {line}: accepted name {record.name!r} differs from scientific_name "
                    f"{taxon.scientific_name!r} in {TAXA_FILE} line {taxon_lines[taxon.id]}; make the two equal"
                )


def _check_shared_names(names: list[tuple[int, NameRecord]], problems: list[str]) -> None:
    """Reject a name string that names two taxa unless every record of that string is ambiguous."""
    by_string: dict[str, list[tuple[int, NameRecord]]] = defaultdict(list)
    for line, record in names:
        by_string[normalise_name(record.name)].append((line, record))
    for entries in by_string.values():
        taxon_ids = {record.taxon_id for _line, record in entries}
        if len(taxon_ids) < 2:
            continue
        for line, record in entries:
            if record.ambiguous:
                continue
            others = sorted(
                f"{other.taxon_id!r} (line {other_line})"
                for other_line, other in entries
                if other.taxon_id != record.taxon_id
            )
            problems.append(
                f"{NAMES_FILE} line {line}: name {record.name!r} also names taxon {', '.join(others)}; "
                "mark every record of this name \"ambiguous\": true, or remove the wrong record"
            )


def _parse_memberships(
    rows: list[_Row], taxon_ids: set[str], list_ids: set[str], problems: list[str]
) -> list[Membership]:
    memberships: list[Membership] = []
    seen: dict[tuple[str, str], int] = {}
    for row in rows:
        arguments = _check_fields(row, Membership, problems)
        if arguments is None:
            continue
        membership = Membership(**arguments)
        where = f"{row.file} line {row.line}"
        valid = True
        if membership.taxon_id not in taxon_ids:
            problems.append(
                f"{where}: taxon_id {membership.taxon_id!r} is not in {TAXA_FILE}; add the taxon or fix the id"
            )
            valid = False
        if membership.list_id not in list_ids:
            problems.append(
                f"{where}: list_id {membership.list_id!r} is not in {LISTS_FILE}; add the list or fix the id"
            )
            valid = False
        key = (membership.list_id, membership.taxon_id)
        if valid and key in seen:
            problems.append(
                f"{where}: taxon {membership.taxon_id!r} is on list {membership.list_id!r} twice (first on line "
                f"{seen[key]}); keep one line"
            )
            valid = False
        if valid:
            seen[key] = row.line
            memberships.append(membership)
    return memberships


def _parse_ignores(rows: list[_Row], taxon_ids: set[str], problems: list[str]) -> list[IgnoreEntry]:
    entries: list[IgnoreEntry] = []
    for row in rows:
        arguments = _check_fields(row, IgnoreEntry, problems)
        if arguments is None:
            continue
        entry = IgnoreEntry(**arguments)
        where = f"{row.file} line {row.line}"
        if not entry.text.strip() or entry.text != " ".join(entry.text.split()):
            problems.append(f"{where}: text {entry.text!r} is empty or has extra spaces; write it as it is matched")
            continue
        if entry.language is not None and language_tag_problem(entry.language) is not None:
            problems.append(f"{where}: language {language_tag_problem(entry.language)}")
            continue
        if entry.taxon_id is not None and entry.taxon_id not in taxon_ids:
            problems.append(f"{where}: taxon_id {entry.taxon_id!r} is not in {TAXA_FILE}; fix the id or write null")
            continue
        entries.append(entry)
    return entries


def _canonical_text(info_values: dict[str, Any] | None, rows_by_file: dict[str, list[_Row]]) -> str:
    """Serialise every record with sorted keys, so formatting changes keep the version and data changes alter it."""
    parts = [DATASET_FILE, json.dumps(info_values, sort_keys=True, ensure_ascii=False)]
    for file in DATA_FILES[1:] + ((IGNORE_FILE,) if IGNORE_FILE in rows_by_file else ()):
        parts.append(file)
        parts.extend(json.dumps(row.values, sort_keys=True, ensure_ascii=False) for row in rows_by_file[file])
    return "\n".join(parts)


def read_folder(folder: Path) -> FolderContent:
    """Read and validate every file of ``folder``; raise :class:`TaxonomyError` listing all problems."""
    problems: list[str] = []
    info = _read_dataset(folder, problems)
    rows_by_file = {file: _read_jsonl(folder, file, problems) for file in DATA_FILES[1:]}
    if (folder / IGNORE_FILE).is_file():
        rows_by_file[IGNORE_FILE] = _read_jsonl(folder, IGNORE_FILE, problems)

    taxa, taxon_lines = _parse_taxa(rows_by_file[TAXA_FILE], problems)
    lists = _parse_lists(rows_by_file[LISTS_FILE], problems)
    sources = set(info.sources) if info is not None else set()
    names = _parse_names(rows_by_file[NAMES_FILE], set(taxon_lines), sources, problems)
    _check_accepted_names(taxa, taxon_lines, names, problems)
    _check_shared_names(names, problems)
    memberships = _parse_memberships(
        rows_by_file[MEMBERSHIPS_FILE], set(taxon_lines), {item.id for item in lists}, problems
    )
    ignores = _parse_ignores(rows_by_file.get(IGNORE_FILE, []), set(taxon_lines), problems)

    if problems or info is None:
        raise TaxonomyError(folder, problems)
    info_values = dataclasses.asdict(info)
    return FolderContent(
        info=info,
        taxa=taxa,
        names=[record for _line, record in names],
        lists=lists,
        memberships=memberships,
        ignores=ignores,
        canonical_text=_canonical_text(info_values, rows_by_file),
    )
