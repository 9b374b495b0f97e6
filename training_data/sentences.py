"""Generate running-text sentences with scientific and vernacular names, from ``templates.sentence_<code>``.

Each sentence comes from one template category. Categories hold one Latin name (any organism, or a
plant- or animal-specific one), two names, a full name and its abbreviated genus, a vernacular name,
or a museum label with the extinct-taxon dagger. The last category has no name at all but capitalised
place, person and organisation names and ordinary Latin prose, so that the tagger learns precision.
Latin names are written in the forms authors use: bare, with authorship, infraspecific, hybrid,
"Genus sp.", abbreviated, in capitals, in title case.
"""

from __future__ import annotations

import importlib
import random
from types import ModuleType

from training_data.assemble import Mention, Piece, fill, join, slots_of
from training_data.records import split_for
from training_data.reference_names import LatinName, ReferencePools, Vernacular
from training_data.render import SCIENTIFIC, VERNACULAR, abbreviate, hybrid_variant, title_case, vernacular_case

SENTENCE_LANGUAGES = ("zh", "cs", "da", "nl", "en", "fr", "de", "it", "ja", "la", "no", "pl", "pt", "ru", "es", "sv")
CATEGORY_WEIGHTS = {"any": 26, "plant": 13, "animal": 13, "pair": 10, "abbrev": 8, "vernacular": 12, "fossil": 3,
                    "none": 15}
# Share of Latin names drawn from names that are also names of the embedded taxonomy.
LISTED_SHARE = 0.12
# Extinct vertebrates for the museum-label sentences with the dagger, so that "†" never marks a
# living species. The reference lists have no extinct taxa; these names and authorships were
# written for this project.
EXTINCT = (("Raphus cucullatus", "(Linnaeus, 1758)"), ("Pinguinus impennis", "(Linnaeus, 1758)"),
           ("Ectopistes migratorius", "(Linnaeus, 1766)"), ("Thylacinus cynocephalus", "(Harris, 1808)"),
           ("Mammuthus primigenius", "(Blumenbach, 1799)"), ("Megaloceros giganteus", "(Blumenbach, 1799)"),
           ("Conuropsis carolinensis", "(Linnaeus, 1758)"), ("Camptorhynchus labradorius", "(Gmelin, 1789)"),
           ("Bos primigenius", "Bojanus, 1827"), ("Coelodonta antiquitatis", "(Blumenbach, 1799)"),
           ("Ursus spelaeus", "Rosenmüller, 1794"), ("Dinornis robustus", "Owen, 1846"),
           ("Smilodon fatalis", "(Leidy, 1868)"), ("Xenicus lyalli", "(Rothschild, 1894)"))


def load_pack(language: str) -> ModuleType:
    """Import the sentence templates of a language."""
    return importlib.import_module(f"training_data.templates.sentence_{language}")


class SentenceGenerator:
    """Draw sentences in one language from its template pack and the reference name pools."""

    def __init__(self, pools: ReferencePools, language: str, rng: random.Random) -> None:
        self.language = language
        self.pack = load_pack(language)
        self.rng = rng
        self.extinct = [LatinName(name, author, "animal", None) for name, author in EXTINCT
                        if not pools.exclusions.blocks(name)]
        self.by_kind = {
            "any": pools.latin,
            "plant": [n for n in pools.latin if n.kind == "plant"],
            "animal": [n for n in pools.latin if n.kind == "animal"],
        }
        self.listed = {kind: [n for n in names if n.name] for kind, names in self.by_kind.items()}
        self.hybrids = {kind: [n for n in names if n.is_hybrid] for kind, names in self.by_kind.items()}
        self.infraspecific = {kind: [n for n in names if n.is_infraspecific and not n.is_hybrid]
                              for kind, names in self.by_kind.items()}
        vernaculars = pools.vernaculars.get(language, [])
        self.vernaculars_listed = [v for v in vernaculars if v.name]
        self.vernaculars_other = [v for v in vernaculars if not v.name]

    # ---- names -------------------------------------------------------------------------------

    def _pick(self, kind: str) -> LatinName:
        pool = self.listed[kind] if self.listed[kind] and self.rng.random() < LISTED_SHARE else self.by_kind[kind]
        return self.rng.choice(pool)

    def _latin(self, kind: str, *, dagger: bool = False, full: bool = False) -> tuple[list[Piece], LatinName, str]:
        """Render a Latin name; ``full`` rules out "Genus sp." and abbreviations (an {abbr} follows)."""
        rng = self.rng
        entry = rng.choice(self.extinct) if dagger else self._pick(kind)
        roll = rng.random()
        if dagger:
            pass
        elif roll < 0.08 and self.infraspecific[kind]:
            entry = rng.choice(self.infraspecific[kind])
        elif roll < 0.13 and self.hybrids[kind]:
            entry = rng.choice(self.hybrids[kind])

        text = hybrid_variant(entry.canonical, rng)
        name = entry.name
        form = rng.random()
        author = False
        if not full and form < 0.07:
            text = entry.canonical.split()[0] + rng.choice((" sp.", " spp.", " sp."))
            name = None
        elif not full and form < 0.11:
            text = abbreviate(text, rng)
        elif form < 0.13:
            text = text.upper()
        elif form < 0.14 and not dagger:
            text = text.lower()
        elif form < 0.17 and not dagger:
            text = title_case(text)
        elif form < 0.32 and entry.authorship:
            author = True

        pieces: list[Piece] = [Mention(text, SCIENTIFIC, name)]
        if dagger:
            pieces = ["†", *pieces] if rng.random() < 0.6 else [*pieces, "†"]
        if author:
            pieces.append(" " + entry.authorship)
        return pieces, entry, text

    def _vernacular(self) -> Vernacular | None:
        pools = [p for p in (self.vernaculars_listed, self.vernaculars_other) if p]
        if not pools:
            return None
        return self.rng.choice(self.rng.choice(pools))

    # ---- sentences ---------------------------------------------------------------------------

    def _values(self, template: str, category: str) -> dict[str, object] | None:
        rng = self.rng
        slots = slots_of(template)
        values: dict[str, object] = {}
        kind = "any"
        if category in ("plant", "animal"):
            kind = category
        elif category == "fossil":
            # Museum labels with the dagger describe bones, so they take animal names.
            kind = "animal"

        entry = None
        written = ""
        vernacular = None
        if "vern" in slots:
            vernacular = self._vernacular()
            if vernacular is None:
                return None
            values["vern"] = [Mention(vernacular_case(vernacular.text, self.language, rng), VERNACULAR,
                                      vernacular.name)]
        if "sci" in slots:
            if vernacular is not None:
                values["sci"] = [Mention(vernacular.scientific, SCIENTIFIC, vernacular.name)]
            else:
                values["sci"], entry, written = self._latin(kind, dagger=category == "fossil", full="abbr" in slots)
        if "sci2" in slots:
            values["sci2"], _, _ = self._latin(kind)
        if "abbr" in slots:
            # The abbreviation repeats the name as written before it (same hybrid sign and case). It
            # is the only name when the template has no full name.
            target = entry or self._pick(kind)
            values["abbr"] = [Mention(abbreviate(written or target.canonical, rng), SCIENTIFIC, target.name)]

        for slot, options in (("place", self.pack.PLACES), ("person", self.pack.PERSONS),
                              ("org", getattr(self.pack, "ORGS", []))):
            if slot in slots:
                values[slot] = rng.choice(options)

        words = getattr(self.pack, "WORDS", {})
        for slot in slots:
            if slot in words:
                values[slot] = rng.choice(words[slot])
            elif slot.endswith("_lower") and slot[:-6] in words:
                values[slot] = rng.choice(words[slot[:-6]]).lower()
        if "year" in slots:
            values["year"] = str(rng.randint(1880, 2024))
        if "n" in slots:
            values["n"] = str(rng.choice((2, 3, 4, 5, 7, 9, 12, 15, 20, 35)))
        return values

    def _sentence(self) -> list[Piece] | None:
        categories = [c for c in CATEGORY_WEIGHTS if self.pack.TEMPLATES.get(c)]
        category = self.rng.choices(categories, weights=[CATEGORY_WEIGHTS[c] for c in categories])[0]
        template = self.rng.choice(self.pack.TEMPLATES[category])
        values = self._values(template, category)
        if values is None:
            return None
        return capitalise_start(fill(template, values))

    def generate(self, count: int, start: int = 0) -> list[dict]:
        """Return ``count`` sentence records with ids ``sentence-<language>-<number>`` from ``start``."""
        records: list[dict] = []
        seen: set[str] = set()
        attempts = 0
        while len(records) < count:
            attempts += 1
            if attempts > count * 20:
                raise RuntimeError(f"sentence_{self.language}: could not draw {count} distinct sentences")
            pieces = self._sentence()
            if pieces is None:
                continue
            text, spans = join(pieces)
            if text in seen:
                continue
            seen.add(text)
            record_id = f"sentence-{self.language}-{start + len(records):05d}"
            records.append({"id": record_id, "source": "sentences", "language": self.language,
                            "split": split_for(record_id), "text": text, "spans": spans,
                            "commodity": None, "intent": None, "regulated_offer": None})
        return records


def capitalise_start(pieces: list[Piece]) -> list[Piece]:
    """Upper-case the first letter of a sentence, whether it starts with a literal or a name."""
    if not pieces:
        return pieces
    first = pieces[0]
    text = first.text if isinstance(first, Mention) else first
    if not text or not text[0].islower():
        return pieces
    capitalised = text[0].upper() + text[1:]
    head = Mention(capitalised, first.label, first.name) if isinstance(first, Mention) else capitalised
    return [head, *pieces[1:]]
