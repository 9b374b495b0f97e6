"""Read species checklists: Darwin Core Archives (as GBIF and GRIIS publish them) and plain CSV.

A Darwin Core Archive is a folder (or its unzipped content) with ``meta.xml`` describing a Taxon core
file and optional extension files. This reader uses the Taxon core and the VernacularName,
Distribution and SpeciesProfile extensions, and splits each scientific name into its canonical
form and authorship with the GBIF name parser.
"""

from __future__ import annotations

import csv
import io
import tempfile
import xml.etree.ElementTree as ElementTree
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import nameparser

DWC = "http://rs.tdwg.org/dwc/terms/"
TEXT_NS = "{http://rs.tdwg.org/dwc/text/}"
# Checklist ranks that the taxonomy schema has; rows of other ranks are skipped and counted.
RANKS = {"species": "species", "subspecies": "subspecies", "variety": "variety", "form": "form", "genus": "genus"}


@dataclass
class ChecklistRow:
    """One taxon row of a checklist, with its name split and its extension rows attached."""

    row_id: str
    canonical: str
    authorship: str
    rank: str
    kingdom: str
    status: str  # "accepted" or "synonym"
    accepted_canonical: str = ""
    vernaculars: list[tuple[str, str]] = field(default_factory=list)  # (name, language code)
    countries: list[str] = field(default_factory=list)


@dataclass
class Checklist:
    """The usable rows of a checklist and the count of rows skipped, by reason."""

    title: str
    rows: list[ChecklistRow]
    skipped: Counter


class ChecklistError(ValueError):
    """A checklist file that cannot be read; the message names the file and the fix."""


def _split_name(text: str) -> tuple[str, str] | None:
    """Return the canonical name and authorship of a scientific name, or None if it does not parse."""
    if not text.strip():
        return None
    try:
        parsed = nameparser.parse(text)
    except nameparser.UnparsableNameError:
        return None
    canonical = parsed.canonical_name_without_authorship() or ""
    if not canonical:
        return None
    return canonical, parsed.authorship_complete() or ""


def _read_table(path: Path, delimiter: str, header_lines: int, encoding: str) -> list[list[str]]:
    if not path.is_file():
        raise ChecklistError(f"{path}: file not found; meta.xml names it, so add it or fix meta.xml")
    with path.open(encoding=encoding, newline="") as handle:
        rows = list(csv.reader(handle, delimiter=delimiter, quoting=csv.QUOTE_NONE))
    return rows[header_lines:]


def _file_spec(element: ElementTree.Element, folder: Path) -> tuple[Path, str, int, str, dict[str, int], int]:
    """Return the path, delimiter, header lines, encoding, term indexes and id index of a core or extension."""
    location = element.find(f"{TEXT_NS}files/{TEXT_NS}location")
    if location is None or not (location.text or "").strip():
        raise ChecklistError(f"{folder / 'meta.xml'}: a core or extension has no <files><location>")
    delimiter = (element.get("fieldsTerminatedBy") or "\\t").encode().decode("unicode_escape")
    terms = {}
    for item in element.findall(f"{TEXT_NS}field"):
        if item.get("index") is not None:
            terms[item.get("term", "").rsplit("/", 1)[-1]] = int(item.get("index"))
    id_element = element.find(f"{TEXT_NS}id")
    if id_element is None:
        id_element = element.find(f"{TEXT_NS}coreid")
    id_index = int(id_element.get("index", 0)) if id_element is not None else 0
    return (folder / location.text.strip(), delimiter, int(element.get("ignoreHeaderLines", "0")),
            element.get("encoding", "UTF-8"), terms, id_index)


def _cell(row: list[str], terms: dict[str, int], term: str) -> str:
    index = terms.get(term)
    return row[index].strip() if index is not None and index < len(row) else ""


def read_dwca(folder: Path | str) -> Checklist:
    """Read the Taxon core and its extensions from a Darwin Core Archive folder."""
    folder = Path(folder)
    meta = folder / "meta.xml"
    if not meta.is_file():
        raise ChecklistError(f"{folder}: no meta.xml; pass an unzipped Darwin Core Archive folder, or a .csv file")
    root = ElementTree.parse(meta).getroot()
    core = root.find(f"{TEXT_NS}core")
    if core is None or not core.get("rowType", "").endswith("Taxon"):
        raise ChecklistError(f"{meta}: the core is not a Taxon core; only checklists can be imported")

    path, delimiter, header, encoding, terms, id_index = _file_spec(core, folder)
    raw = {}
    for row in _read_table(path, delimiter, header, encoding):
        if row and len(row) > id_index:
            raw[row[id_index]] = {term: _cell(row, terms, term) for term in terms}

    extras: dict[str, dict[str, list[dict[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for extension in root.findall(f"{TEXT_NS}extension"):
        kind = extension.get("rowType", "").rsplit("/", 1)[-1]
        path, delimiter, header, encoding, terms, id_index = _file_spec(extension, folder)
        for row in _read_table(path, delimiter, header, encoding):
            if row and len(row) > id_index:
                extras[kind][row[id_index]].append({term: _cell(row, terms, term) for term in terms})

    records = []
    for row_id, values in raw.items():
        # Some checklists (GRIIS for Pacific islands) put one vernacular name in the core row.
        if values.get("vernacularName"):
            values.setdefault("_vernaculars", []).append((values["vernacularName"], ""))
        for vernacular in extras["VernacularName"].get(row_id, []):
            if vernacular.get("vernacularName"):
                values.setdefault("_vernaculars", []).append((vernacular["vernacularName"],
                                                               vernacular.get("language", "")))
        values["_countries"] = [d["countryCode"] for d in extras["Distribution"].get(row_id, []) if d.get("countryCode")]
        records.append((row_id, values))
    return _checklist(folder.name, records)


def read_csv_checklist(path: Path | str) -> Checklist:
    """Read a CSV checklist with Darwin Core column names (scientificName, taxonRank, kingdom,
    taxonomicStatus, acceptedNameUsage, and optionally vernacularName with language)."""
    path = Path(path)
    if not path.is_file():
        raise ChecklistError(f"{path}: file not found")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if "scientificName" not in (reader.fieldnames or []):
            raise ChecklistError(f"{path}: no scientificName column; name the columns with Darwin Core terms")
        records = []
        for number, row in enumerate(reader, start=2):
            values = {key: (value or "").strip() for key, value in row.items() if key}
            if values.get("vernacularName"):
                values["_vernaculars"] = [(values["vernacularName"], values.get("language", ""))]
            records.append((str(number), values))
    return _checklist(path.stem, records)


def _checklist(title: str, records: list[tuple[str, dict]]) -> Checklist:
    rows: list[ChecklistRow] = []
    skipped: Counter = Counter()
    # A synonym points at its accepted name by name (acceptedNameUsage) or by id (acceptedNameUsageID).
    name_of_id = {values.get("taxonID") or row_id: values.get("scientificName", "") for row_id, values in records}
    for row_id, values in records:
        if not values.get("acceptedNameUsage") and values.get("acceptedNameUsageID"):
            values["acceptedNameUsage"] = name_of_id.get(values["acceptedNameUsageID"], "")
        rank = RANKS.get(values.get("taxonRank", "").lower())
        if rank is None:
            skipped[f"rank {values.get('taxonRank') or 'missing'}"] += 1
            continue
        split = _split_name(values.get("scientificName", ""))
        if split is None:
            skipped["unparsable scientific name"] += 1
            continue
        status = "synonym" if values.get("taxonomicStatus", "").lower() in ("synonym", "homotypic synonym",
                                                                           "heterotypic synonym") else "accepted"
        accepted = ""
        if status == "synonym":
            accepted_split = _split_name(values.get("acceptedNameUsage", ""))
            if accepted_split is None:
                skipped["synonym without a parsable acceptedNameUsage"] += 1
                continue
            accepted = accepted_split[0]
        rows.append(ChecklistRow(row_id, split[0], split[1], rank, values.get("kingdom", ""), status, accepted,
                                 list(values.get("_vernaculars", [])), list(values.get("_countries", []))))
    return Checklist(title, rows, skipped)


def read_checklist_bytes(data: bytes, media_type: str) -> Checklist:
    """Read a checklist sent as bytes: a zipped Darwin Core Archive or CSV, by its media type."""
    if media_type.startswith("text/csv"):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "checklist.csv"
            path.write_bytes(data)
            return read_csv_checklist(path)
    if media_type.startswith(("application/zip", "application/x-zip-compressed")):
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            raise ChecklistError("the body is not a valid ZIP file; send the Darwin Core Archive as it was "
                                 "downloaded") from None
        with tempfile.TemporaryDirectory() as folder, archive:
            for member in archive.infolist():
                # Only the flat file names of an archive are used, so no member can write outside the folder.
                name = Path(member.filename).name
                if name and not member.is_dir():
                    (Path(folder) / name).write_bytes(archive.read(member))
            return read_dwca(folder)
    raise ChecklistError(f"content type {media_type!r} is not a checklist; send application/zip (a Darwin Core "
                         "Archive) or text/csv")
