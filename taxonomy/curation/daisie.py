"""Read the DAISIE inventory of alien species in Europe from its source tables.

DAISIE publishes ``input_taxon.csv`` (genus, species, authority, infraspecific parts, phylum),
``input_synonyms.csv`` (the same columns plus ``is_accepted``, keyed by the accepted taxon's
``idspecies``) and ``vernacularname.csv`` (``taxonID``, ``vernacularName``, ISO 639-1 ``language``).
The tables have no kingdom column, so the kingdom comes from the phylum.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from taxonomy.curation.dwca import Checklist, ChecklistError, ChecklistRow

_RANK_MARKERS = {"subsp.": ("subspecies", "subsp."), "subspecies": ("subspecies", "subsp."),
                 "var.": ("variety", "var."), "f.": ("form", "f.")}
_PHYLUM_KINGDOM = {
    **dict.fromkeys(("magnoliophyta", "pinophyta", "polypodiophyta", "bryophyta", "marchantiophyta",
                     "chlorophyta", "rhodophyta", "equisetophyta", "cycadophyta", "lycopodiophyta", "gnetophyta",
                     "anthocerotophyta", "ginkgophyta", "charophyta"), "Plantae"),
    **dict.fromkeys(("arthropoda", "chordata", "choradata", "mollusca", "annelida", "nematoda", "platyhelminthes",
                     "cnidaria", "bryozoa", "porifera", "echinodermata", "acanthocephala", "nemertea", "phoronida",
                     "ctenophora", "rotifera", "tunicata", "entoprocta", "kamptozoa"), "Animalia"),
    **dict.fromkeys(("ascomycota", "basidiomycota", "chytridiomycota", "fungi", "zygomycota",
                     "microsporidia", "glomeromycota"), "Fungi"),
    **dict.fromkeys(("oomycota", "heterokontophyta", "dinozoa", "haptophyta", "ciliophora", "cercozoa"),
                    "Chromista"),
    "bacteria": "Bacteria",
}


def _table(folder: Path, name: str) -> list[dict[str, str]]:
    for path in (folder / name, folder / "data" / "raw" / name, folder / "data" / "processed" / name):
        if path.is_file():
            with path.open(encoding="utf-8", newline="") as handle:
                return [{key: (value or "").strip() for key, value in row.items()} for row in csv.DictReader(handle)]
    raise ChecklistError(f"{folder}: {name} not found; pass the DAISIE checklist folder (with data/raw/)")


def _name(row: dict[str, str]) -> tuple[str, str, str] | None:
    """Return (canonical name, authorship, rank) of a DAISIE row, or None for a rank we do not keep."""
    genus, species = row.get("genus", ""), row.get("species", "")
    if not genus or not species:
        return None
    subtaxon = row.get("subtaxon", "")
    if not subtaxon:
        return f"{genus} {species}", row.get("authority", ""), "species"
    marker = _RANK_MARKERS.get(row.get("subtaxon_rank", "").strip())
    if marker is None:
        return None
    return f"{genus} {species} {marker[1]} {subtaxon}", row.get("subtaxon_authority", ""), marker[0]


def read_daisie(folder: Path | str) -> Checklist:
    """Read accepted taxa, synonyms and vernacular names from a DAISIE checklist folder."""
    folder = Path(folder)
    skipped: Counter = Counter()
    accepted: dict[str, ChecklistRow] = {}
    for row in _table(folder, "input_taxon.csv"):
        parts = _name(row)
        if parts is None:
            skipped[f"rank {row.get('subtaxon_rank') or 'missing'}"] += 1
            continue
        kingdom = _PHYLUM_KINGDOM.get(row.get("phylum", "").lower(), "")
        accepted[row["idspecies"]] = ChecklistRow(row["idspecies"], parts[0], parts[1], parts[2], kingdom,
                                                  "accepted")

    for row in _table(folder, "vernacularname.csv"):
        taxon = accepted.get(row.get("taxonID", ""))
        if taxon is not None and row.get("vernacularName"):
            taxon.vernaculars.append((row["vernacularName"], row.get("language", "")))

    synonyms = []
    for row in _table(folder, "input_synonyms.csv"):
        if row.get("is_accepted") != "0":
            continue
        taxon, parts = accepted.get(row.get("idspecies", "")), _name(row)
        if taxon is None or parts is None:
            skipped["synonym of a taxon that is not read"] += 1
            continue
        synonyms.append(ChecklistRow(f"synonym:{len(synonyms)}", parts[0], parts[1], parts[2], taxon.kingdom,
                                     "synonym", taxon.canonical))
    return Checklist("DAISIE", list(accepted.values()) + synonyms, skipped)
