"""Names read from public reference checklists, for the sentence and listing generators.

Latin names come from GRIIS (all country checklists), DAISIE, CITES Appendix I and US-RIIS plants;
each is parsed with the GBIF name parser into a canonical name and its authorship. Vernacular names
come from DAISIE, the taxonomy and ``extra_names``. US-RIIS plants introduced through horticulture
become unlisted garden plants for the listings. Names excluded by :class:`Exclusions` never enter the
pools. A name that is also a name of the taxonomy carries the taxon's accepted name.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import nameparser

from index.lexical import fold_for_lexical
from taxonomy.loader import Taxonomy
from training_data.extra_names import EXTRA_VERNACULARS
from training_data.names import Exclusions
from training_data.unlisted import UNLISTED, Unlisted

EPITHET = re.compile(r"^[a-zë-]+$")
GENUS = re.compile(r"^[A-Z][a-zë]+$")
RANK_MARKERS = {"var.", "subsp.", "f.", "ssp."}
PLANT_GROUPS = {"Magnoliophyta", "Gymnospermae", "Pteridophyta", "Bryophyta"}
# DAISIE taxon groups that are neither plants nor animals (fungi, protists, algae).
OTHER_GROUPS = {"Fungi", "Chromista", "Bacteria", "Protista", "Rhodophyta", "Other algae", "Dinophyta",
                         "Chlorophyta", "Other protoctista"}
GRIIS_KINGDOMS = {"Plantae": "plant", "Animalia": "animal"}
# Vernacular names need letters and a plausible length, because DAISIE contains some numbered cells.
VERNACULAR_SHAPE = re.compile(r"^[^\d()\[\];/]{4,60}$")
CAPITALISED_CHECKLISTS = frozenset({"en", "de", "nl", "sv", "da", "no"})
FOREIGN_PARTICLES = re.compile(r"\b(del|della|di|de la|des|du|und)\b")


@dataclass(frozen=True)
class LatinName:
    """A canonical scientific name with its authorship, broad kind (plant, animal, other) and taxon link."""

    canonical: str
    authorship: str
    kind: str
    name: str | None

    @property
    def is_hybrid(self) -> bool:
        return "×" in self.canonical

    @property
    def is_infraspecific(self) -> bool:
        return any(word in RANK_MARKERS for word in self.canonical.split()) or len(self.canonical.split()) == 3


@dataclass(frozen=True)
class Vernacular:
    """A vernacular name in one language, the scientific name it stands for, and its taxon link."""

    text: str
    scientific: str
    name: str | None


def _parse(raw: str) -> tuple[str, str] | None:
    text = " ".join(raw.replace("\xa0", " ").split())
    if not text or "Ã" in text or "\ufffd" in text:
        return None
    try:
        parsed = nameparser.parse(text)
    except Exception:  # noqa: BLE001 - the parser raises several error types for unparsable strings
        return None
    # Informal names ("Rhizobium sp. RMCC TR1811") come back as another type without authorship.
    if not isinstance(parsed, nameparser.ParsedName):
        return None
    canonical = parsed.canonical_name_without_authorship() or ""
    # Some checklists glue the hybrid sign to the epithet as a letter ("Ribes xpallidum"). So an
    # epithet that starts with "x" and a consonant is read as such a hybrid.
    words = []
    for word in canonical.split():
        if len(word) > 3 and word[0] == "x" and word[1] not in "aeiouy" and word[1:].isalpha():
            words += ["×", word[1:]]
        else:
            words.append(word)
    canonical = " ".join(words)
    if len(words) < 2 or not GENUS.match(words[0]):
        return None
    for word in words[1:]:
        if word not in RANK_MARKERS and word != "×" and not EPITHET.match(word):
            return None
    if words[1] == "×" and len(words) < 3:
        return None
    return canonical, parsed.authorship_complete() or ""


class ReferencePools:
    """Latin names by kind and vernacular names by language, built once per generator run."""

    def __init__(self, shared: Path, taxonomy: Taxonomy, exclusions: Exclusions) -> None:
        self.exclusions = exclusions
        self._accepted_by_folded: dict[str, str] = {}
        for record in taxonomy.names:
            if record.form in ("accepted", "synonym", "misspelling"):
                accepted = taxonomy.taxon(record.taxon_id).scientific_name
                self._accepted_by_folded[fold_for_lexical(record.name)] = accepted
                self._accepted_by_folded[fold_for_lexical(record.name.replace(" × ", " "))] = accepted
        self._blocked_accepted = {t.scientific_name for t in taxonomy.taxa.values()
                                  if exclusions.blocks(t.scientific_name)}
        reference = shared / "reference"
        names: dict[str, LatinName] = {}
        for canonical, authorship, kind in self._read_all(reference):
            if canonical in names or exclusions.blocks(canonical):
                continue
            accepted = self.accepted_for(canonical)
            if accepted in self._blocked_accepted:
                continue
            names[canonical] = LatinName(canonical, authorship, kind, accepted)
        self.latin = [names[key] for key in sorted(names)]
        self.daisie_names: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.vernaculars = self._vernaculars(reference, taxonomy)
        self.horticultural = self._horticultural(reference / "LivingWithFire_RogueRaise" / "database-sources" /
                                                 "invasive" / "USGS_RIIS" / "plants.csv")

    def accepted_for(self, canonical: str) -> str | None:
        """Return the accepted name of the taxonomy that a scientific name belongs to, if any."""
        folded = fold_for_lexical(canonical)
        return self._accepted_by_folded.get(folded) or self._accepted_by_folded.get(folded.replace(" x ", " "))

    def _read_all(self, reference: Path):
        yield from self._read_griis(reference / "griis-compendium" / "data" / "dwca")
        yield from self._read_daisie(reference / "daisie-checklist" / "data" / "raw" / "input_taxon.csv")
        yield from self._read_cites(reference / "data-cites-appendixI" / "NameUsage.tsv")
        yield from self._read_riis(reference / "LivingWithFire_RogueRaise" / "database-sources" / "invasive" /
                                   "USGS_RIIS" / "plants.csv")

    def _read_griis(self, folder: Path):
        for path in sorted(folder.glob("*/taxon.txt")):
            with path.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle, delimiter="\t"):
                    parsed = _parse(row.get("scientificName", ""))
                    if parsed:
                        yield *parsed, GRIIS_KINGDOMS.get(row.get("kingdom", ""), "other")

    def _read_daisie(self, path: Path):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                group = row["taxon_group"]
                kind = "animal"
                if group in PLANT_GROUPS:
                    kind = "plant"
                elif group in OTHER_GROUPS:
                    kind = "other"
                species = row["species"].replace("x ", "× ") if row["subtaxon_rank"] == "hyb." else row["species"]
                text = f"{row['genus']} {species}"
                if row["subtaxon"] and row["subtaxon_rank"] in ("var.", "subsp.", "f."):
                    text += f" {row['subtaxon_rank']} {row['subtaxon']}"
                    authority = row["subtaxon_authority"]
                else:
                    authority = row["authority"]
                parsed = _parse(f"{text} {authority}".strip())
                if parsed:
                    yield *parsed, kind

    def _read_cites(self, path: Path):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        parents = {row["ID"]: row["parentID"] for row in rows}
        kingdom_of_id = {row["ID"]: row["scientificName"] for row in rows if row["rank"] == "kingdom"}

        def kingdom(identifier: str) -> str:
            for _ in range(20):
                if identifier in kingdom_of_id:
                    return GRIIS_KINGDOMS.get(kingdom_of_id[identifier], "other")
                identifier = parents.get(identifier, "")
            return "other"
        for row in rows:
            if row["rank"] not in ("species", "subspecies", "variety"):
                continue
            parsed = _parse(f"{row['scientificName']} {row['authorship']}".strip())
            if parsed:
                yield *parsed, kingdom(row["ID"])

    def _read_riis(self, path: Path):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                parsed = _parse(row["scientific_name"].replace(" X ", " × "))
                if parsed:
                    yield *parsed, "plant"

    def _vernaculars(self, reference: Path, taxonomy: Taxonomy) -> dict[str, list[Vernacular]]:
        result: dict[str, dict[str, Vernacular]] = defaultdict(dict)

        def add(language: str, text: str, scientific: str, name: str | None, checked: bool = True) -> None:
            text = " ".join(text.split())
            if not VERNACULAR_SHAPE.match(text) or text.lower() in result[language]:
                return
            # DAISIE cells are sometimes cut at the front or filed under the wrong language. In languages
            # whose checklists capitalise names, a lower-case start marks such a cell.
            if not checked and (language in CAPITALISED_CHECKLISTS and not text[0].isupper()
                                or language == "en" and FOREIGN_PARTICLES.search(text)):
                return
            result[language][text.lower()] = Vernacular(text, scientific, name)
        owners: dict[str, set[str]] = defaultdict(set)
        for record in taxonomy.names:
            if record.form in ("vernacular", "trade"):
                owners[fold_for_lexical(record.name)].add(record.taxon_id)
        for record in taxonomy.names:
            accepted = taxonomy.taxon(record.taxon_id).scientific_name
            if record.form not in ("vernacular", "trade") or record.ambiguous or accepted in self._blocked_accepted:
                continue
            if len(owners[fold_for_lexical(record.name)]) == 1 and record.language:
                add(record.language, record.name, accepted, accepted)
        for language, table in EXTRA_VERNACULARS.items():
            for accepted, names in table.items():
                if accepted not in self._blocked_accepted:
                    for text in names.split("|"):
                        add(language, text, accepted, accepted)
        for entry in UNLISTED:
            if not self.exclusions.blocks(entry.scientific):
                for language, names in entry.names.items():
                    for text in names.split("|"):
                        add(language, text, entry.scientific, None)
        species = self._daisie_species(reference / "daisie-checklist" / "data" / "raw" / "input_taxon.csv")
        path = reference / "daisie-checklist" / "data" / "processed" / "vernacularname.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                binomial = species.get(row["taxonID"])
                if not binomial or self.exclusions.blocks(binomial):
                    continue
                accepted = self.accepted_for(binomial)
                if accepted in self._blocked_accepted:
                    continue
                add(row["language"].strip(), row["vernacularName"], binomial, accepted, checked=False)
                text = " ".join(row["vernacularName"].split())
                if VERNACULAR_SHAPE.match(text):
                    self.daisie_names[binomial][row["language"].strip()].append(text)
        return {language: [table[key] for key in sorted(table)] for language, table in result.items()}

    def _horticultural(self, path: Path) -> list[Unlisted]:
        """Return US-RIIS plants introduced through horticulture that the taxonomy does not list.

        They are plants that are really sold, so the listing generator offers them as unlisted garden
        plants, named in English by US-RIIS and in other languages by DAISIE.
        """
        entries: dict[str, Unlisted] = {}
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if "horticulture" not in row["pathway"]:
                    continue
                parsed = _parse(row["scientific_name"].replace(" X ", " × "))
                if not parsed or parsed[0] in entries:
                    continue
                canonical = parsed[0]
                binomial = " ".join(canonical.split()[:2])
                if self.exclusions.blocks(canonical) or self.accepted_for(canonical) or self.accepted_for(binomial):
                    continue
                names = {language: "|".join(dict.fromkeys(texts))
                         for language, texts in sorted(self.daisie_names.get(binomial, {}).items())}
                if row["common_name"].strip():
                    names["en"] = "|".join(dict.fromkeys([row["common_name"].strip(), *names.get("en", "").split("|")]))
                    names["en"] = names["en"].rstrip("|")
                # Potted garden plants only: the habitat column marks trees such as alder as wetland
                # plants, which aquarium templates ("each bunch") would misdescribe.
                entries[canonical] = Unlisted(canonical, "garden_plant", names)
        return [entries[key] for key in sorted(entries)]

    @staticmethod
    def _daisie_species(path: Path) -> dict[str, str]:
        with path.open(encoding="utf-8", newline="") as handle:
            return {row["idspecies"]: f"{row['genus']} {row['species']}".strip() for row in csv.DictReader(handle)}
