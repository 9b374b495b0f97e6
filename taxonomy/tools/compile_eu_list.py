"""Compile the embedded EU Union list dataset (``taxonomy/data/eu-union-list``).

Maintainer script, not used at run time. It drafts taxa, names, the list and memberships from
the reference files in ``<repo>/../shared/reference`` and merges the hand-curated names in
``taxonomy/tools/curated/``, so curated names survive every re-run. The JSONL files it writes
are the source of truth and are committed.

Run from the repository root::

    python -m taxonomy.tools.compile_eu_list [--reference DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from taxonomy.schema import NAME_FORMS
from taxonomy.validate import normalise_name

logger = logging.getLogger("compile_eu_list")

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = REPO_ROOT / "taxonomy" / "data" / "eu-union-list"
CURATED_DIR = Path(__file__).resolve().parent / "curated"
DEFAULT_REFERENCE = REPO_ROOT.parent / "shared" / "reference"

KOSOVO_FILE = "kosovo-biodiversity-data-workshop-2026/data/eu_ias_union_list.csv"
UNION_LIST_FILE = "union-list/data/raw/list_of_invasive_alien_species_of_union_concern.tsv"
EASIN_FILE = "iEcology-IAS-miner/EASIN_species_names_synonyms_with_id.csv"
WIKIPEDIA_FILE = "iEcology-IAS-miner/scripts/unionconcern_invasive_species_wikipedia_links_2025.csv"
RIPARIAS_FILE = "riparias-target-list/data/raw/input_taxa.tsv"

LIST_ID = "eu-union-list"

DATASET = {
    "id": "eu-union-list",
    "title": "Invasive alien species of Union concern (Regulation (EU) No 1143/2014)",
    "version": "2025.1",
    "licence": "CC-BY-4.0",
    "sources": [
        "eu-regulation",
        "union-list",
        "easin",
        "wikipedia",
        "riparias",
        "daisie",
        "ias-tagger-curation",
    ],
}

UNION_LIST = {
    "id": LIST_ID,
    "title": "List of invasive alien species of Union concern",
    "jurisdiction": "EU",
    "legal_act": (
        "Regulation (EU) No 1143/2014; Commission Implementing Regulation (EU) 2016/1141 as amended"
    ),
    "applies_from": "2016-08-03",
    "kind": "negative",
    "url": "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02016R1141-20250807",
}

# Taxa whose current accepted name differs from the name the regulation lists. The value is the
# accepted name and which GBIF key of the Kosovo file belongs to it: "usage" (the key of the
# matched name) or "species" (the key of the accepted species).
RENAMES: dict[str, tuple[str, str]] = {
    # Faxonius was raised from a subgenus of Orconectes to a genus (Crandall & De Grave 2017).
    "Orconectes limosus": ("Faxonius limosus", "species"),
    "Orconectes virilis": ("Faxonius virilis", "species"),
    # The marbled crayfish was described as a species by Lyko (2017).
    "Procambarus fallax f. virginalis": ("Procambarus virginalis", "species"),
    # POWO, WoRMS and the GBIF backbone accept Zostera japonica; Nanozostera is a subgenus there.
    "Nanozostera japonica": ("Zostera japonica", "species"),
    # The feminine ending agrees with Alopochen; the GBIF backbone matched the name as a variant.
    "Alopochen aegyptiacus": ("Alopochen aegyptiaca", "usage"),
}

# Names the union-list table spells differently from the regulation's current text.
UNION_LIST_ALIASES = {
    "Eichhornia crassipes": "Pontederia crassipes",
    "Pennisetum setaceum": "Cenchrus setaceus",
    "Triadica sebífera": "Triadica sebifera",
    "Procambarus fallax": "Procambarus fallax f. virginalis",
    "Pueraria montana": "Pueraria montana var. lobata",
}

# Authorship where the regulation's text is incomplete or the genus changed (parentheses added
# because the species was first described in another genus).
AUTHORSHIP: dict[str, str] = {
    "Acacia mearnsii": "De Wild.",
    "Alopochen aegyptiaca": "(Linnaeus, 1766)",
    "Acridotheres tristis": "(Linnaeus, 1766)",
    "Callosciurus erythraeus": "(Pallas, 1779)",
    "Cenchrus setaceus": "(Forssk.) Morrone",
    "Corvus splendens": "Vieillot, 1817",
    "Faxonius limosus": "(Rafinesque, 1817)",
    "Faxonius virilis": "(Hagen, 1870)",
    "Herpestes javanicus": "(É. Geoffroy Saint-Hilaire, 1818)",
    "Lepomis gibbosus": "(Linnaeus, 1758)",
    "Lithobates catesbeianus": "(Shaw, 1802)",
    "Lysichiton americanus": "Hultén & H.St.John",
    "Muntiacus reevesi": "(Ogilby, 1839)",
    "Myocastor coypus": "(Molina, 1782)",
    "Nasua nasua": "(Linnaeus, 1766)",
    "Neogale vison": "(Schreber, 1777)",
    "Nyctereutes procyonoides": "(Gray, 1834)",
    "Ondatra zibethicus": "(Linnaeus, 1766)",
    "Oxyura jamaicensis": "(Gmelin, 1789)",
    "Pacifastacus leniusculus": "(Dana, 1852)",
    "Pontederia crassipes": "Mart.",
    "Procambarus clarkii": "(Girard, 1852)",
    "Procambarus virginalis": "Lyko, 2017",
    "Procyon lotor": "(Linnaeus, 1758)",
    "Pseudorasbora parva": "(Temminck & Schlegel, 1846)",
    "Pueraria montana var. lobata": "(Willd.) Maesen & S.M.Almeida ex Sanjappa & Predeep",
    "Tamias sibiricus": "(Laxmann, 1769)",
    "Threskiornis aethiopicus": "(Latham, 1790)",
    "Trachemys scripta": "(Schoepff, 1792)",
    "Vespa velutina nigrithorax": "du Buysson, 1905",
    "Arthurdendyus triangulatus": "(Dendy, 1894)",
    "Asterias amurensis": "Lütken, 1871",
    "Cipangopaludina chinensis": "(Gray, 1834)",
    "Marisa cornuarietis": "(Linnaeus, 1758)",
    "Reynoutria sachalinensis": "(F.Schmidt) Nakai",
    "Zostera japonica": "Asch. & Graebn.",
}

# Lower-case words that start an authorship, not an epithet ("de Buysson", "du Buysson").
AUTHOR_PARTICLES = {"de", "du", "van", "von", "ex", "in", "and"}

# Spellings in the union-list table that are parsing leftovers or typos, not synonyms.
NOT_SYNONYMS = {"Triadica sebífera", "Procambarus fallax", "Pueraria montana"}

RANK_BY_KOSOVO = {"SPECIES": "species", "SUBSPECIES": "subspecies", "VARIETY": "variety", "FORM": "form"}

FISH_ORDERS = {"Siluriformes", "Perciformes", "Cyprinodontiformes", "Cypriniformes"}

# Typos in the English names of the source files.
VERNACULAR_FIXES = {
    "Sika dear": "sika deer",
    "Dwarf surf clamb": "dwarf surf clam",
    "Japanese eelgras": "Japanese eelgrass",
    "Perrenial veldt grass": "perennial veldt grass",
    "Chinese mittencrab": "Chinese mitten crab",
    "Coati rode": "",  # French "coati roux" mixed into the English column; South American coati is curated.
    "Noord-Atlantische zeester": "",  # Asterias amurensis is the North Pacific seastar.
    "Amerikanische Kermesbeere": "",  # Phytolacca americana, a plant, entered for the white perch.
    "Sosnowskyi Bärenklau": "Sosnowsky-Bärenklau",
    "perche soleil ": "perche soleil",
    "Östliche Moskitofisch": "Östlicher Moskitofisch",
    "Glatte Krallenfrosch": "Glatter Krallenfrosch",
    "Giant asian hornet": "giant Asian hornet",
    "Red-eared, yellow-bellied and Cumberland sliders": "",  # split into three curated names
}


@dataclass
class DraftName:
    taxon_id: str
    name: str
    form: str
    language: str | None
    source: str
    ambiguous: bool = False


def canonical_name(text: str) -> str:
    """Return the canonical scientific name at the start of ``text``, without authorship."""
    tokens = text.replace("(", " (").split()
    result = tokens[:1]
    for token in tokens[1:]:
        if token in AUTHOR_PARTICLES:
            break
        if token in {"var.", "f.", "subsp.", "×"} or (token.islower() and token.replace("-", "").isalpha()):
            result.append(token)
        else:
            break
    while result and result[-1] in {"var.", "f.", "subsp."}:
        result.pop()
    return " ".join(result)


def authorship_of(text: str, name: str) -> str:
    """Return what follows the canonical name in ``text``."""
    spaced = " ".join(text.replace("(", " (").split())
    return spaced[len(name):].strip() if spaced.startswith(name) else ""


def group_of(row: dict[str, str]) -> str:
    kingdom, phylum, klass, order = row["kingdom"], row["phylum"], row["class"], row["order"]
    if kingdom == "Plantae":
        return "plants"
    if kingdom == "Chromista":
        return "algae"
    if phylum == "Chordata":
        by_class = {"Mammalia": "mammals", "Aves": "birds", "Amphibia": "amphibians"}
        if klass in by_class:
            return by_class[klass]
        # The Kosovo file leaves class empty for fish and shifts order into class for reptiles.
        if klass in {"Squamata", "Testudines"}:
            return "reptiles"
        if order in FISH_ORDERS:
            return "fishes"
    if phylum == "Arthropoda":
        return {"Malacostraca": "crustaceans", "Insecta": "insects"}[klass]
    if phylum == "Mollusca":
        return "molluscs"
    if phylum == "Platyhelminthes":
        return "flatworms"
    if phylum == "Echinodermata":
        return "other invertebrates"
    raise ValueError(f"no group for {row['scientific_name']}: {kingdom}/{phylum}/{klass}/{order}")


def read_csv(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def read_curated(file: str) -> list[dict[str, str]]:
    """Read a curated TSV; lines starting with '#' are comments."""
    path = CURATED_DIR / file
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def build_taxa(reference: Path) -> tuple[list[dict], list[dict], dict[str, str]]:
    """Return taxa, memberships and a map from every listed or accepted name to the taxon id."""
    kosovo = read_csv(reference / KOSOVO_FILE)
    union_rows = read_csv(reference / UNION_LIST_FILE, delimiter="\t")
    union_authorship = {}
    for row in union_rows:
        name = canonical_name(row["scientific_name"])
        union_authorship[UNION_LIST_ALIASES.get(name, name)] = authorship_of(row["scientific_name"], name)

    taxa, memberships, ids = [], [], {}
    for row in kosovo:
        listed = row["scientific_name"]
        accepted, key_kind = RENAMES.get(listed, (listed, "usage"))
        key = row["gbif_species_key"] if key_kind == "species" else row["gbif_usage_key"]
        rank = "species" if accepted != listed and key_kind == "species" else RANK_BY_KOSOVO[row["matched_rank"]]
        authorship = AUTHORSHIP.get(accepted) or union_authorship.get(listed, "")
        taxa.append(
            {
                "id": key,
                "scientific_name": accepted,
                "authorship": authorship,
                "rank": rank,
                "kingdom": row["kingdom"],
                "group": group_of(row),
                "gbif_key": int(key),
            }
        )
        memberships.append(
            {
                "list_id": LIST_ID,
                "taxon_id": key,
                "applies_from": row["applies_from"],
                "listed_name": listed,
                "legal_act": "Commission " + row["listing_act"],
            }
        )
        ids[listed] = key
        ids[accepted] = key
    taxa.sort(key=lambda taxon: taxon["scientific_name"])
    memberships.sort(key=lambda membership: ids_order(taxa, membership["taxon_id"]))
    return taxa, memberships, ids


def ids_order(taxa: list[dict], taxon_id: str) -> int:
    return next(index for index, taxon in enumerate(taxa) if taxon["id"] == taxon_id)


def split_cell(cell: str) -> list[str]:
    """Split a cell that contains several names separated by ";" or " / "."""
    return [part.strip() for part in re.split(r";| / ", cell) if part.strip()]


def regulation_names(reference: Path, taxa: list[dict], ids: dict[str, str]) -> list[DraftName]:
    """Names the regulation uses: the listed name and the names it adds in brackets."""
    drafts = []
    accepted = {taxon["id"]: taxon["scientific_name"] for taxon in taxa}
    for row in read_csv(reference / KOSOVO_FILE):
        taxon_id = ids[row["scientific_name"]]
        for name in (row["scientific_name"], row["alternative_name"]):
            if name and name != accepted[taxon_id]:
                drafts.append(DraftName(taxon_id, name, "synonym", None, "eu-regulation"))
        if "(Rana)" in row["verbatim_entry"]:
            drafts.append(DraftName(taxon_id, "Rana catesbeiana", "synonym", None, "eu-regulation"))
    return drafts


def union_list_names(reference: Path, ids: dict[str, str]) -> list[DraftName]:
    drafts = []
    columns = {"english_name": "en", "dutch_name": "nl", "french_name": "fr", "german_name": "de"}
    for row in read_csv(reference / UNION_LIST_FILE, delimiter="\t"):
        listed = canonical_name(row["scientific_name"])
        taxon_id = ids[UNION_LIST_ALIASES.get(listed, listed)]
        for name in (listed, canonical_name(row["scientific_name_synonym"])):
            if name and name not in ids and name not in NOT_SYNONYMS:
                drafts.append(DraftName(taxon_id, name, "synonym", None, "union-list"))
        for column, language in columns.items():
            for name in split_cell(row[column]):
                name = VERNACULAR_FIXES.get(name, name)
                if name:
                    drafts.append(DraftName(taxon_id, name, "vernacular", language, "union-list"))
    return drafts


def riparias_names(reference: Path, ids: dict[str, str]) -> list[DraftName]:
    drafts = []
    columns = {"vernacular_name_en": "en", "vernacular_name_nl": "nl", "vernacular_name_fr": "fr"}
    for row in read_csv(reference / RIPARIAS_FILE, delimiter="\t"):
        taxon_id = ids.get(row["scientific_name"])
        if taxon_id is None:
            continue
        for column, language in columns.items():
            for name in split_cell(row[column]):
                drafts.append(DraftName(taxon_id, name, "vernacular", language, "riparias"))
    return drafts


def easin_synonyms(reference: Path, ids: dict[str, str]) -> list[DraftName]:
    """EASIN synonyms, minus the excluded ones; its common names carry no language and are not used."""
    aliases = {"Neltuma juliflora": "Prosopis juliflora", "Urva auropunctata": "Herpestes javanicus",
               "Reynoutria x bohemica": "Reynoutria × bohemica",
               "Pueraria montana (Lour.) Merr. var. lobata": "Pueraria montana var. lobata"}
    drafts = []
    for row in read_csv(reference / EASIN_FILE):
        if row["Label"] != "Synonym":
            continue
        species = canonical_name(row["Scientific Name"].replace(" x ", " × "))
        species = aliases.get(row["Scientific Name"], species)
        taxon_id = ids[species]
        name = " ".join(row["All Names"].split())
        drafts.append(DraftName(taxon_id, name, "synonym", None, "easin"))
    return drafts


def wikipedia_names(reference: Path, ids: dict[str, str], scientific: set[str]) -> list[DraftName]:
    """Article titles that are vernacular names; titles equal to a scientific name are skipped."""
    aliases = {"Eichhornia crassipes": "Pontederia crassipes", "Pennisetum setaceum": "Cenchrus setaceus",
               "Pueraria montana": "Pueraria montana var. lobata", "Trachemys scripta elegans": "Trachemys scripta"}
    drafts = []
    for row in read_csv(reference / WIKIPEDIA_FILE):
        species = aliases.get(row["Scientific Name"], row["Scientific Name"])
        taxon_id = ids[species]
        title = re.sub(r"\s*\([^)]*\)$", "", row["Wikipedia Title"]).strip()
        if normalise_name(title) in scientific:
            continue
        if normalise_name(title) == normalise_name(row["Scientific Name"]):
            continue
        drafts.append(DraftName(taxon_id, title, "vernacular", row["Language"], "wikipedia"))
    return drafts


FORM_CODES = {"v": "vernacular", "t": "trade", "a": "abbreviation", "s": "synonym", "m": "misspelling"}


def curated_names(ids: dict[str, str]) -> list[DraftName]:
    """Parse ``curated/names.txt``; its header comment describes the format."""
    drafts = []
    taxon_id = None
    path = CURATED_DIR / "names.txt"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or (line.startswith("#") and not line.startswith("## ")):
            continue
        if line.startswith("## "):
            taxon_id = ids[line[3:].strip()]
            continue
        head, _, cell = line.partition(":")
        code, _, language = head.partition(" ")
        language, _, source = language.partition("@")
        if code not in FORM_CODES or taxon_id is None or not cell.strip():
            raise ValueError(f"{path.name} line {number}: cannot parse {line!r}; see the format in the header")
        for name in split_cell(cell):
            ambiguous = name.endswith("*")
            drafts.append(
                DraftName(
                    taxon_id,
                    name.rstrip("*").strip(),
                    FORM_CODES[code],
                    language.strip() or None,
                    source.strip() or "ias-tagger-curation",
                    ambiguous,
                )
            )
    return drafts


def merge(drafts: list[DraftName], ambiguous: set[str], taxa: list[dict]) -> list[DraftName]:
    """Drop repeats (first source wins), apply curated ambiguity and sort per taxon."""
    order = {taxon["id"]: index for index, taxon in enumerate(taxa)}
    first_by_key: dict[tuple, DraftName] = {}
    for draft in drafts:
        key = (draft.taxon_id, normalise_name(draft.name), draft.form, draft.language)
        if key in first_by_key:
            first_by_key[key].ambiguous = first_by_key[key].ambiguous or draft.ambiguous
            continue
        first_by_key[key] = draft
    names = list(first_by_key.values())
    # A scientific name that is also a vernacular of the same taxon stays only as scientific.
    scientific = {(n.taxon_id, normalise_name(n.name)) for n in names if n.language is None}
    names = [n for n in names if n.language is None or (n.taxon_id, normalise_name(n.name)) not in scientific]
    for name in names:
        if normalise_name(name.name) in ambiguous:
            name.ambiguous = True
    form_order = {form: index for index, form in enumerate(NAME_FORMS)}
    names.sort(key=lambda n: (order[n.taxon_id], form_order[n.form], n.language or "", normalise_name(n.name)))
    return names


def write_jsonl(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE, help="folder of the reference files")
    arguments = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    taxa, memberships, ids = build_taxa(arguments.reference)
    accepted = {taxon["id"]: taxon["scientific_name"] for taxon in taxa}
    excluded = {(row["taxon"], row["name"]): row["reason"] for row in read_curated("excluded.tsv")}
    ambiguous = {normalise_name(row["name"]) for row in read_curated("ambiguous.tsv")}

    drafts = [DraftName(taxon_id, name, "accepted", None, "eu-regulation") for taxon_id, name in accepted.items()]
    drafts += regulation_names(arguments.reference, taxa, ids)
    drafts += union_list_names(arguments.reference, ids)
    drafts += easin_synonyms(arguments.reference, ids)
    scientific = {normalise_name(draft.name) for draft in drafts if draft.language is None}
    curated = curated_names(ids)
    scientific |= {normalise_name(draft.name) for draft in curated if draft.language is None}
    drafts += riparias_names(arguments.reference, ids)
    drafts += wikipedia_names(arguments.reference, ids, scientific)
    drafts = [draft for draft in drafts if (accepted[draft.taxon_id], draft.name) not in excluded]
    drafts += curated
    names = merge(drafts, ambiguous, taxa)

    DATA_DIR.mkdir(parents=True, exist_ok=True)
    (DATA_DIR / "dataset.json").write_text(json.dumps(DATASET, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_jsonl(DATA_DIR / "taxa.jsonl", taxa)
    write_jsonl(DATA_DIR / "names.jsonl", [asdict(name) for name in names])
    write_jsonl(DATA_DIR / "lists.jsonl", [UNION_LIST])
    write_jsonl(DATA_DIR / "memberships.jsonl", memberships)
    logger.info("wrote %d taxa, %d names, %d memberships to %s", len(taxa), len(names), len(memberships), DATA_DIR)


if __name__ == "__main__":
    main()
