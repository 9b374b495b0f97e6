"""Generate marketplace listings from the per-language templates in ``training_data.templates``.

Each listing is drawn from one scenario. Positives offer a listed taxon alive or as propagules. Hard
negatives name a listed taxon without offering it alive: a product, equipment, a service, news, a
lost animal, or a negated or compared name. Other negatives offer an unlisted taxon alive or name no
species. The same title and description templates serve listed and unlisted offers, so the
classifier has to look at which taxon is named rather than at the wording.
"""

from __future__ import annotations

import importlib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from training_data.assemble import Mention, Piece, fill, join, mentions_in, slots_of, transform
from training_data.catalogue import LOOKALIKES, LOST_TAXA, PRODUCT_TAXA, PROPAGULES, SERVICE_TAXA
from training_data.names import ListedTaxon, NamePools
from training_data.records import split_for
from training_data.templates.services_wanted import SERVICES_WANTED
from training_data.render import listed_mention, typo, unlisted_mention
from training_data.unlisted import Unlisted

PLANT_SETTINGS = ("aquatic_plant", "garden_plant")
# How often each setting is offered; aquarium, pond and garden trade dominate online listings.
SETTING_WEIGHTS = {"turtle": 2, "terrarium": 1.5, "aquarium": 5, "pond_animal": 3, "mammal": 2.5, "park_mammal": 1.5,
                   "waterfowl": 1.5, "cagebird": 1, "ants": 1, "aquatic_plant": 5, "garden_plant": 4}
SCENARIO_WEIGHTS = {"offer": 30, "propagule": 8, "unlisted": 15, "product": 14, "equipment": 4, "service": 4,
                    "service_wanted": 4, "news": 5, "lost": 2, "negation": 5, "alternative": 3, "none": 10}
INTENT_WEIGHTS = {"sale": 6, "wanted": 2, "giveaway": 2}
# Price ranges by setting, in whole currency units.
PRICE_RANGES = {"turtle": (10, 120), "terrarium": (30, 250), "aquarium": (2, 40), "pond_animal": (3, 60),
                "mammal": (40, 450), "park_mammal": (80, 900), "waterfowl": (30, 300), "cagebird": (40, 500),
                "ants": (15, 90), "aquatic_plant": (2, 20), "garden_plant": (4, 45), "propagule": (2, 15),
                "product": (5, 120), "other": (10, 250)}
EMOJI = {"turtle": ["🐢"], "terrarium": ["🦎", "🐍", "🐸"], "aquarium": ["🐟", "🦞", "🐠", "🦀"],
         "pond_animal": ["🐟", "🦞", "🐸"], "mammal": ["🐿️", "🦝", "🐾"], "park_mammal": ["🦌", "🐾"],
         "waterfowl": ["🦆", "🪿"], "cagebird": ["🐦"], "ants": ["🐜"], "aquatic_plant": ["🌿", "🪴", "💧"],
         "garden_plant": ["🌱", "🌿", "🌸"], "propagule": ["🌱", "🌰"], "product": ["✨", "🎁"], "other": ["📦", "✅"]}
GENERIC_EMOJI = ["✅", "🔥", "⭐", "📦", "🚚", "💶", "👍", "‼️"]
TITLE_SEPARATORS = ["\n", "\n", "\n", "\n\n", " - ", " | ", "<br>", "<br />"]
LINE_SEPARATORS = ["\n", "\n", " ", " ", "\n\n", "<br>", "<br />\n", " · "]


@dataclass
class Draft:
    """A listing before noise and joining: title pieces, description lines and labels."""

    title: list[Piece]
    lines: list[list[Piece]]
    commodity: str
    intent: str
    regulated_offer: bool
    setting: str


FRENCH_ELIDING = re.compile(r"(?:^|(?<=[\s(']))(de|le|la|que|jusque) $", re.IGNORECASE)
FRENCH_VOWEL_START = re.compile(r"^[aeiouyhàâéèêëîïôûœ]", re.IGNORECASE)


def elide_french(pieces: list[Piece]) -> list[Piece]:
    """Write "d'acacia" for "de acacia" where a filled name starts with a vowel or mute h."""
    result = list(pieces)
    for i in range(len(result) - 1):
        before, after = result[i], result[i + 1]
        following = after.text if isinstance(after, Mention) else after
        if isinstance(before, str) and FRENCH_VOWEL_START.match(following):
            result[i] = FRENCH_ELIDING.sub(lambda m: m.group(1)[:-1] + "'", before)
    return result


def for_setting(templates: list, setting: str) -> list[str]:
    """Keep plain templates and those whose (template, settings) pair lists the setting."""
    return [t if isinstance(t, str) else t[0] for t in templates if isinstance(t, str) or setting in t[1]]


def load_pack(language: str) -> ModuleType:
    """Import the listing templates of a language."""
    return importlib.import_module(f"training_data.templates.listing_{language}")


class ListingGenerator:
    """Draw listings in one language from its template pack and the name pools."""

    def __init__(self, pools: NamePools, language: str, rng: random.Random) -> None:
        self.pools = pools
        self.language = language
        self.pack = load_pack(language)
        self.rng = rng
        # Drawn once per listing in generate(), so that title and description agree.
        self.place = self.pack.PLACES[0]
        self.count = "2"
        self.scenarios: dict[str, Callable[[], Draft | None]] = {
            "offer": self._offer, "propagule": self._propagule, "unlisted": self._unlisted,
            "product": self._product, "equipment": self._equipment, "service": self._service, "service_wanted": self._service_wanted, "news": self._news,
            "lost": self._lost, "negation": self._negation, "alternative": self._alternative, "none": self._none,
        }

    # ---- slot values -------------------------------------------------------------------------

    def _price(self, setting: str) -> str:
        low, high = PRICE_RANGES.get(setting, (5, 100))
        # Prices are drawn in euro-sized units and scaled for currencies such as yen or koruna.
        amount = self.rng.randint(low, high) * getattr(self.pack, "PRICE_SCALE", 1)
        if amount > 20:
            amount = round(amount, -1) if self.rng.random() < 0.6 else amount
        return self.rng.choice(self.pack.PRICES).format(n=amount)

    def _fill(self, template: str, setting: str, name: Callable[[], list[Piece]] | None = None,
              names: Callable[[], list[Piece]] | None = None, latin: Callable[[], list[Piece]] | None = None,
              **extra: Callable[[], object]) -> list[Piece]:
        values: dict[str, object] = {}
        rng = self.rng
        for slot in slots_of(template):
            if slot == "name" and name:
                values[slot] = name()
            elif slot == "names" and names:
                values[slot] = names()
            elif slot == "latin" and latin:
                values[slot] = latin()
            elif slot in extra:
                values[slot] = extra[slot]()
            elif slot == "count":
                values[slot] = self.count
            elif slot == "price":
                values[slot] = self._price(setting)
            elif slot == "place":
                values[slot] = self.place
            elif slot == "size":
                values[slot] = str(rng.choice((3, 5, 8, 10, 12, 15, 20, 25, 30, 40, 60)))
            elif slot == "age":
                values[slot] = str(rng.randint(2, 9))
            elif slot == "year":
                values[slot] = str(rng.randint(2019, 2025))
            elif slot == "km":
                values[slot] = str(rng.choice((10, 15, 20, 30, 50, 80, 100)))
            else:
                raise KeyError(f"listing_{self.language}: template {template!r} uses unknown slot {slot!r}")
        pieces = fill(template, values)
        return elide_french(pieces) if self.language == "fr" else pieces

    def _latin_listed(self, taxon: ListedTaxon) -> Callable[[], list[Piece]]:
        return lambda: listed_mention(taxon, self.language, self.rng, scientific_only=True)

    def _latin_unlisted(self, entry: Unlisted) -> Callable[[], list[Piece]]:
        return lambda: unlisted_mention(entry, self.language, self.rng, scientific_only=True)

    def _listed_names(self, taxon: ListedTaxon, in_title: bool, everyday: bool = False) -> tuple[Callable, Callable]:
        def single() -> list[Piece]:
            return listed_mention(taxon, self.language, self.rng, allow_abbreviation=not in_title,
                                  prefer_vernacular=everyday)

        def several() -> list[Piece]:
            return listed_mention(taxon, self.language, self.rng, plural_form=True, allow_abbreviation=not in_title,
                                  prefer_vernacular=everyday)
        return single, several

    def _unlisted_names(self, entry: Unlisted, in_title: bool) -> tuple[Callable, Callable]:
        genus_only = (entry.scientific.split()[0] not in self.pools.genera and self.rng.random() < 0.08)

        def single() -> list[Piece]:
            return unlisted_mention(entry, self.language, self.rng, allow_abbreviation=not in_title,
                                    genus_only=genus_only)

        def several() -> list[Piece]:
            return unlisted_mention(entry, self.language, self.rng, plural_form=True,
                                    allow_abbreviation=not in_title, genus_only=genus_only)
        return single, several

    # ---- scenarios ---------------------------------------------------------------------------

    def _pick_setting(self, candidates: list[str]) -> str:
        return self.rng.choices(candidates, weights=[SETTING_WEIGHTS[s] for s in candidates])[0]

    def _pick_intent(self, available: dict) -> str:
        intents = [i for i in INTENT_WEIGHTS if available.get(i)]
        return self.rng.choices(intents, weights=[INTENT_WEIGHTS[i] for i in intents])[0]

    def _live_offer(self, setting: str, single: Callable, several: Callable, title_names: tuple[Callable, Callable],
                    latin: Callable, regulated: bool) -> Draft:
        pack, rng = self.pack, self.rng
        intent = self._pick_intent(pack.TITLES)
        title = self._fill(rng.choice(for_setting(pack.TITLES[intent], setting)), setting, *title_names)
        intro = self._fill(rng.choice(pack.INTROS[intent]), setting, single, several)
        # A buyer does not describe the animal's condition, so wanted listings get no detail lines.
        details = pack.DETAILS.get(setting, []) if intent != "wanted" else []
        middle = [self._fill(t, setting, single, several)
                  for t in rng.sample(details, k=min(len(details), rng.choice((1, 1, 2))))]
        if rng.random() < 0.15 and setting in ("aquarium", "pond_animal", "aquatic_plant", "garden_plant"):
            others = self.pools.unlisted_in(setting)
            if others:
                other = rng.choice(others)
                middle.append(self._fill(rng.choice(pack.ALSO), setting,
                                         other=lambda: unlisted_mention(other, self.language, rng, plural_form=True)))
        middle.append(self._fill(rng.choice(pack.LOGISTICS[intent]), setting))
        rng.shuffle(middle)
        lines = [intro, *middle]
        if not mentions_in(title) and not any(mentions_in(line) for line in lines):
            lines.insert(0, self._fill(rng.choice(pack.SPECIES_LINE), setting, single, several, latin))
        if rng.random() < 0.4:
            lines.append(self._fill(rng.choice(pack.CLOSINGS), setting))
        commodity = "live_plant" if setting in PLANT_SETTINGS else "live_animal"
        return Draft(title, lines, commodity, intent, regulated, setting)

    def _offer(self) -> Draft | None:
        setting = self._pick_setting([s for s in SETTING_WEIGHTS if self.pools.listed_in(s)])
        taxon = self.rng.choice(self.pools.listed_in(setting))
        single, several = self._listed_names(taxon, in_title=False)
        return self._live_offer(setting, single, several, self._listed_names(taxon, in_title=True),
                                self._latin_listed(taxon), True)

    def _unlisted(self) -> Draft | None:
        setting = self._pick_setting([s for s in SETTING_WEIGHTS if self.pools.unlisted_in(s)])
        entry = self.rng.choice(self.pools.unlisted_in(setting))
        single, several = self._unlisted_names(entry, in_title=False)
        return self._live_offer(setting, single, several, self._unlisted_names(entry, in_title=True),
                                self._latin_unlisted(entry), False)

    def _propagule(self) -> Draft | None:
        pack, rng = self.pack, self.rng
        candidates = [name for name in PROPAGULES if name in self.pools.listed]
        taxon = self.pools.listed[rng.choice(candidates)]
        kind = rng.choice(PROPAGULES[taxon.accepted])
        units = pack.PROPAGULE_UNITS.get(kind)
        if not units:
            return None
        intent = self._pick_intent(pack.PROPAGULE_TITLES)
        unit = rng.choice(units)
        single, several = self._listed_names(taxon, in_title=False)
        title = self._fill(rng.choice(pack.PROPAGULE_TITLES[intent]), "propagule",
                           *self._listed_names(taxon, in_title=True), unit=lambda: unit)
        lines = [self._fill(t, "propagule", single, several)
                 for t in rng.sample(pack.PROPAGULE_DETAILS[kind], k=min(2, len(pack.PROPAGULE_DETAILS[kind])))]
        if rng.random() < 0.5 or not mentions_in(title):
            lines.insert(0, self._fill(rng.choice(pack.SPECIES_LINE), "propagule", single, several,
                                       self._latin_listed(taxon)))
        lines.append(self._fill(rng.choice(pack.LOGISTICS[intent]), "propagule"))
        return Draft(title, lines, "seeds_or_propagules", intent, True, "propagule")

    def _titled_entry(self, entry: tuple, setting: str, taxon: ListedTaxon | None,
                      **extra: Callable) -> tuple[list[Piece], list[list[Piece]]]:
        # Products, services and news name a taxon the way shoppers do, mostly by a vernacular name.
        title_names = self._listed_names(taxon, in_title=True, everyday=True) if taxon else (None, None)
        body_names = self._listed_names(taxon, in_title=False, everyday=True) if taxon else (None, None)
        title = self._fill(entry[0], setting, *title_names, **extra)
        lines = [self._fill(entry[1], setting, *body_names, **extra)]
        return title, lines

    def _product(self) -> Draft | None:
        rng = self.rng
        kinds = [k for k in self.pack.PRODUCTS if any(t in self.pools.listed for t in PRODUCT_TAXA.get(k, ()))]
        kind = rng.choice(kinds)
        taxon = self.pools.listed[rng.choice([t for t in PRODUCT_TAXA[kind] if t in self.pools.listed])]
        entry = rng.choice(self.pack.PRODUCTS[kind])
        title, lines = self._titled_entry(entry, "product", taxon)
        intent = entry[2] if len(entry) > 2 else "sale"
        if rng.random() < 0.5:
            lines.append(self._fill(rng.choice(self.pack.LOGISTICS[intent]), "product"))
        return Draft(title, lines, "product", intent, False, "product")

    def _equipment(self) -> Draft | None:
        setting = self.rng.choice([s for s in self.pack.EQUIPMENT if self.pools.listed_in(s)])
        taxon = self.rng.choice(self.pools.listed_in(setting))
        title, lines = self._titled_entry(self.rng.choice(self.pack.EQUIPMENT[setting]), "other", taxon)
        if self.rng.random() < 0.4:
            lines.append(self._fill(self.rng.choice(self.pack.LOGISTICS["sale"]), "other"))
        return Draft(title, lines, "other", "sale", False, "other")

    def _service(self) -> Draft | None:
        group = self.rng.choice(sorted(self.pack.SERVICES))
        taxa = [t for t in SERVICE_TAXA[group] if t in self.pools.listed]
        taxon = self.pools.listed[self.rng.choice(taxa)]
        title, lines = self._titled_entry(self.rng.choice(self.pack.SERVICES[group]), "other", taxon)
        return Draft(title, lines, "other", "sale", False, "other")

    def _service_wanted(self) -> Draft | None:
        group = self.rng.choice(sorted(SERVICES_WANTED[self.language]))
        taxa = [t for t in SERVICE_TAXA[group] if t in self.pools.listed]
        taxon = self.pools.listed[self.rng.choice(taxa)]
        title, lines = self._titled_entry(self.rng.choice(SERVICES_WANTED[self.language][group]), "other", taxon)
        return Draft(title, lines, "other", "wanted", False, "other")

    def _news(self) -> Draft | None:
        taxon = self.rng.choice(list(self.pools.listed.values()))
        title, lines = self._titled_entry(self.rng.choice(self.pack.NEWS), "other", taxon)
        return Draft(title, lines, "other", "none", False, "other")

    def _lost(self) -> Draft | None:
        taxon = self.pools.listed[self.rng.choice([t for t in LOST_TAXA if t in self.pools.listed])]
        title, lines = self._titled_entry(self.rng.choice(self.pack.LOST), "other", taxon)
        return Draft(title, lines, "live_animal", "none", False, taxon.setting or "mammal")

    def _pair(self, plants_only: bool) -> tuple[ListedTaxon, Unlisted] | None:
        keys = [k for k in LOOKALIKES if k in self.pools.listed]
        if plants_only:
            keys = [k for k in keys if self.pools.listed[k].setting in PLANT_SETTINGS]
        listed = self.pools.listed[self.rng.choice(keys)]
        options = [self.pools.unlisted[u] for u in LOOKALIKES[listed.accepted] if u in self.pools.unlisted]
        return (listed, self.rng.choice(options)) if options else None

    def _contrast(self, templates: list, plants_only: bool) -> Draft | None:
        pair = self._pair(plants_only)
        if pair is None:
            return None
        listed, entry = pair
        offered_single, _ = self._unlisted_names(entry, in_title=False)

        def listed_name() -> list[Piece]:
            return listed_mention(listed, self.language, self.rng, allow_combination=False)
        setting = entry.setting
        title, lines = self._titled_entry(self.rng.choice(templates), setting, None,
                                          offered=offered_single, listed=listed_name)
        lines.append(self._fill(self.rng.choice(self.pack.LOGISTICS["sale"]), setting))
        commodity = "live_plant" if setting in PLANT_SETTINGS else "live_animal"
        return Draft(title, lines, commodity, "sale", False, setting)

    def _negation(self) -> Draft | None:
        return self._contrast(self.pack.NEGATION, plants_only=False)

    def _alternative(self) -> Draft | None:
        return self._contrast(self.pack.ALTERNATIVE, plants_only=True)

    def _none(self) -> Draft | None:
        title_template, body_template, commodity, intent = self.rng.choice(self.pack.NO_SPECIES)
        setting = "product" if commodity == "product" else "other"
        return Draft(self._fill(title_template, setting), [self._fill(body_template, setting)], commodity, intent,
                     False, setting)

    # ---- noise and output --------------------------------------------------------------------

    def _decorate(self, draft: Draft) -> list[Piece]:
        rng = self.rng
        title = list(draft.title)

        if rng.random() < 0.08 and self.language not in ("zh", "ja"):
            title = transform(title, str.upper, str.upper)
        if rng.random() < 0.2:
            emoji = rng.choice(EMOJI.get(draft.setting, GENERIC_EMOJI) + GENERIC_EMOJI)
            if rng.random() < 0.5:
                title = [emoji + " ", *title]
            else:
                title = [*title, " " + emoji]
        if rng.random() < 0.08:
            title.append(rng.choice(("!!!", "!!", " !!!", " ***")))

        lines = [list(line) for line in draft.lines]
        if rng.random() < 0.12:
            lines = [transform(line, lambda s: s.replace("&", "&amp;").replace("'", "&#39;")) for line in lines]
        if rng.random() < 0.06:
            self._typo_in_literal(lines)
        if rng.random() < 0.12:
            lines.append([" ".join(rng.sample(self.pack.HASHTAGS, k=min(3, len(self.pack.HASHTAGS))))])

        separator = rng.choice(LINE_SEPARATORS)
        if self.language in ("zh", "ja") and separator == " ":
            separator = ""
        if "\n" not in separator and "<br" not in separator:
            # Lines run together in one paragraph, so each needs its closing punctuation.
            stop = "。" if self.language in ("zh", "ja") else "."
            for line in lines[:-1]:
                last = line[-1] if line else ""
                text = last.text if isinstance(last, Mention) else last
                if text and text.rstrip()[-1:] not in tuple(".!?。！？:)）"):
                    line.append(stop)

        pieces: list[Piece] = [*title, rng.choice(TITLE_SEPARATORS)]
        for index, line in enumerate(lines):
            if index:
                pieces.append(separator)
            pieces.extend(line)
        if rng.random() < 0.03:
            pieces = ["<p>", *pieces, "</p>"]
        return pieces

    def _typo_in_literal(self, lines: list[list[Piece]]) -> None:
        candidates = [(i, j) for i, line in enumerate(lines) for j, piece in enumerate(line)
                      if isinstance(piece, str) and any(len(w) >= 5 for w in piece.split())]
        if not candidates:
            return
        i, j = self.rng.choice(candidates)
        words = lines[i][j].split(" ")
        long_words = [k for k, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        if long_words:
            k = self.rng.choice(long_words)
            words[k] = typo(words[k], self.rng)
            lines[i][j] = " ".join(words)

    def generate(self, count: int, start: int = 0) -> list[dict]:
        """Return ``count`` listing records with ids ``listing-<language>-<number>`` from ``start``."""
        records = []
        scenarios = list(SCENARIO_WEIGHTS)
        weights = [SCENARIO_WEIGHTS[s] for s in scenarios]
        seen_texts: set[str] = set()
        number = start
        attempts = 0
        while len(records) < count:
            attempts += 1
            if attempts > count * 20:
                raise RuntimeError(f"listing_{self.language}: could not draw {count} distinct listings; "
                                   "add templates or lower the count")
            scenario = self.rng.choices(scenarios, weights=weights)[0]
            self.place = self.rng.choice(self.pack.PLACES)
            self.count = str(self.rng.choice((2, 2, 3, 3, 4, 5, 6, 8, 10, 12)))
            draft = self.scenarios[scenario]()
            if draft is None:
                continue
            text, spans = join(self._decorate(draft))
            if text in seen_texts or any(text[s["start"]:s["end"]] != text[s["start"]:s["end"]].strip()
                                         for s in spans):
                continue
            seen_texts.add(text)
            record_id = f"listing-{self.language}-{number:05d}"
            number += 1
            records.append({"id": record_id, "source": "templates", "language": self.language,
                            "split": split_for(record_id), "text": text, "spans": spans,
                            "commodity": draft.commodity, "intent": draft.intent,
                            "regulated_offer": draft.regulated_offer})
        return records

