"""Write a taxon's name the way sellers and authors do: forms, authorship, case, typos and plurals.

Every function takes a ``random.Random`` so that output depends only on the seed. Authorship,
cultivar epithets and brackets are returned as literal pieces next to the :class:`Mention`, so the
span covers the name alone.
"""

from __future__ import annotations

import random

from training_data.assemble import Mention, Piece
from training_data.extra_names import PLURALS
from training_data.names import ListedTaxon
from training_data.unlisted import Unlisted

SCIENTIFIC = "SCIENTIFIC"
VERNACULAR = "VERNACULAR"
# Languages whose nouns do not inflect for number, so a plural slot takes the singular name.
NUMBERLESS = frozenset({"zh", "ja"})
# Languages whose vernacular names sellers often start with a lower-case letter.
LOWER_CASE_START = frozenset({"en", "fr", "nl", "es", "it", "pt", "pl", "cs", "sv", "da", "ru", "no"})
ENGLISH_INVARIANT = ("fish", "deer", "sheep", "mink", "muntjac", "axis", "sika", "moose")


def typo(text: str, rng: random.Random) -> str:
    """Return ``text`` with one seeded typing error inside a word (never at the first letter)."""
    positions = [i for i in range(1, len(text) - 1) if text[i].isalpha() and text[i - 1].isalpha()]
    if not positions:
        return text
    i = rng.choice(positions)
    operation = rng.choice(("swap", "drop", "double", "vowel"))
    if operation == "swap" and text[i + 1].isalpha() and text[i + 1] != text[i]:
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]
    if operation == "double":
        return text[:i] + text[i] + text[i:]
    if operation == "vowel" and text[i].lower() in "aeiou":
        swap = {"a": "e", "e": "a", "i": "y", "o": "u", "u": "o"}[text[i].lower()]
        return text[:i] + (swap.upper() if text[i].isupper() else swap) + text[i + 1:]
    return text[:i] + text[i + 1:]


def abbreviate(scientific: str, rng: random.Random) -> str:
    """Abbreviate the genus: "T. scripta", or now and then "Tra. scripta"."""
    genus, _, rest = scientific.partition(" ")
    if not rest or not genus.isalpha():
        return scientific
    letters = 3 if rng.random() < 0.1 and len(genus) > 4 else 1
    return f"{genus[:letters]}. {rest}"


def hybrid_variant(scientific: str, rng: random.Random) -> str:
    """Write the hybrid sign as sellers do: "×", "x" or attached "×bohemica"."""
    if " × " not in scientific:
        return scientific
    return scientific.replace(" × ", rng.choice((" × ", " x ", " ×", " X ")))


def scientific_case(text: str, rng: random.Random) -> str:
    """Mostly keep the usual case; sometimes write all capitals, all lower case or title case."""
    roll = rng.random()
    if roll < 0.06:
        return text.upper()
    if roll < 0.12:
        return text.lower()
    if roll < 0.16:
        return title_case(text)
    return text


# Rank markers and hybrid signs keep their case in a title-cased name.
_UNCASED_WORDS = frozenset({"sp.", "spp.", "ssp.", "subsp.", "var.", "f.", "cf.", "aff.", "x", "×"})


def title_case(text: str) -> str:
    """Capitalise every epithet, as titles and older literature do ("Procambarus Clarkii")."""
    words = text.split(" ")
    return " ".join(w if w in _UNCASED_WORDS or not w[:1].islower() else w[0].upper() + w[1:] for w in words)


def vernacular_case(text: str, language: str, rng: random.Random) -> str:
    """Lower-case an initial capital half the time in languages that do not capitalise nouns."""
    if language in LOWER_CASE_START and text[:1].isupper() and text[1:2].islower() and rng.random() < 0.5:
        return text[0].lower() + text[1:]
    return text


def english_plural(name: str) -> str:
    """Pluralise an English vernacular name by the regular rules, with the usual invariant nouns."""
    words = name.split(" ")
    index = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    word = words[index]
    lower = word.lower()
    if lower.endswith(ENGLISH_INVARIANT) or not word.isascii() or word.isupper():
        return name
    if lower.endswith("goose"):
        plural = word[:-5] + ("GEESE" if word.isupper() else "geese")
    elif lower.endswith("y") and lower[-2:-1] not in tuple("aeiou"):
        plural = word[:-1] + "ies"
    elif lower.endswith(("s", "x", "z", "ch", "sh")):
        plural = word + "es"
    else:
        plural = word + "s"
    words[index] = plural
    return " ".join(words)


def plural(name: str, language: str) -> str | None:
    """Return the plural of a vernacular name, or None when it is unknown for the language."""
    if language in NUMBERLESS:
        return name
    table = PLURALS.get(language, {})
    if name.lower() in table:
        return table[name.lower()]
    if language == "en":
        return english_plural(name)
    return None


def _scientific_pieces(scientific: str, name: str | None, authorship: str, rng: random.Random,
                       *, abbreviated: bool = False, with_author: float = 0.1,
                       typo_rate: float = 0.015) -> list[Piece]:
    text = hybrid_variant(scientific, rng)
    if abbreviated:
        text = abbreviate(text, rng)
    if rng.random() < typo_rate:
        text = typo(text, rng)
    text = scientific_case(text, rng)
    pieces: list[Piece] = [Mention(text, SCIENTIFIC, name)]
    if authorship and rng.random() < with_author:
        pieces.append(" " + authorship)
    return pieces


def listed_mention(taxon: ListedTaxon, language: str, rng: random.Random, *, plural_form: bool = False,
                   allow_abbreviation: bool = False, allow_combination: bool = True,
                   prefer_vernacular: bool = False, scientific_only: bool = False) -> list[Piece]:
    """Render a listed taxon: a vernacular, trade or scientific name, or a pair of them.

    ``prefer_vernacular`` suits products and news, which name a taxon the way shoppers do;
    ``scientific_only`` suits a "Latin name:" line.
    """
    vernaculars = [] if scientific_only else list(taxon.vernaculars.get(language, []))
    ambiguous = [] if scientific_only else list(taxon.ambiguous.get(language, []))
    boost = 3.0 if prefer_vernacular else 1.0
    choices = []
    if vernaculars:
        choices += [("vernacular", 6.0 * boost)]
    if ambiguous:
        choices += [("ambiguous", 0.8 * boost)]
    choices += [("accepted", 2.5), ("synonym", 0.7 if taxon.synonyms else 0.0),
                ("misspelling", 0.3 if taxon.misspellings else 0.0), ("typo", 0.25)]
    if allow_abbreviation:
        choices.append(("abbreviation", 0.8))
    if allow_combination and vernaculars:
        choices.append(("combination", 1.6))
    kind = rng.choices([c for c, _ in choices], weights=[w for _, w in choices])[0]
    accepted = taxon.accepted
    if kind == "combination" and plural_form:
        vernaculars = [v for v in vernaculars if plural(v, language)]
        if not vernaculars:
            kind = "accepted"
    if kind == "combination":
        vernacular = _vernacular_piece(rng.choice(vernaculars), accepted, language, rng, plural_form)
        scientific = _scientific_pieces(_pick_scientific(taxon, rng), accepted, taxon.authorship, rng,
                                        with_author=0.15)
        pattern = rng.choice(("v (s)", "s (v)", "v - s", "s - v", "v / s", "s, v"))
        first, second = (vernacular, scientific) if pattern[0] == "v" else (scientific, vernacular)
        middle = pattern[1:-1]
        if "(" in middle:
            return [*first, " (", *second, ")"]
        return [*first, middle, *second]
    if kind in ("vernacular", "ambiguous"):
        name = rng.choice(vernaculars if kind == "vernacular" else ambiguous)
        # A plural slot needs a correct plural; Latin names need none, so they stand in when the
        # plural of a vernacular name is unknown.
        if not plural_form or plural(name, language):
            return _vernacular_piece(name, accepted, language, rng, plural_form)
        kind = "accepted"
    if kind == "synonym":
        return _scientific_pieces(_pick_synonym(taxon, rng), accepted, "", rng)
    if kind == "misspelling":
        return [Mention(scientific_case(rng.choice(taxon.misspellings), rng), SCIENTIFIC, accepted)]
    if kind == "typo":
        return _scientific_pieces(accepted, accepted, "", rng, typo_rate=1.0)
    return _scientific_pieces(accepted, accepted, taxon.authorship, rng, abbreviated=kind == "abbreviation")


def _pick_scientific(taxon: ListedTaxon, rng: random.Random) -> str:
    return _pick_synonym(taxon, rng) if taxon.synonyms and rng.random() < 0.15 else taxon.accepted


def _pick_synonym(taxon: ListedTaxon, rng: random.Random) -> str:
    # Sellers use the well-known older names (same epithet, or the infraspecific name of the trade)
    # far more than obscure basionyms, so those are weighted up.
    epithet = taxon.accepted.split()[-1]
    weights = [4.0 if (s.split()[-1] == epithet or s.startswith(taxon.accepted)) else 1.0 for s in taxon.synonyms]
    return rng.choices(taxon.synonyms, weights=weights)[0]


def _vernacular_piece(name: str, accepted: str | None, language: str, rng: random.Random,
                      plural_form: bool) -> list[Piece]:
    text = name
    if plural_form:
        text = plural(name, language) or name
    text = vernacular_case(text, language, rng)
    if rng.random() < 0.015:
        text = typo(text, rng)
    if rng.random() < 0.03 and language not in NUMBERLESS:
        text = text.upper()
    return [Mention(text, VERNACULAR, accepted)]


def unlisted_mention(entry: Unlisted, language: str, rng: random.Random, *, plural_form: bool = False,
                     allow_abbreviation: bool = False, genus_only: bool = False,
                     scientific_only: bool = False) -> list[Piece]:
    """Render an unlisted taxon (span name null): vernacular or scientific, with a cultivar now and then."""
    names = [] if scientific_only else [n for n in entry.names.get(language, "").split("|") if n]
    if genus_only:
        return [Mention(entry.scientific.split()[0] + rng.choice((" sp.", " spp.", " sp.")), SCIENTIFIC, None)]
    if plural_form:
        names = [n for n in names if plural(n, language)]
    roll = rng.random()
    if names and roll < 0.65:
        pieces = _vernacular_piece(rng.choice(names), None, language, rng, plural_form)
        if rng.random() < 0.25:
            pieces += [" (", *_scientific_pieces(entry.scientific, None, "", rng), ")"]
        return pieces
    pieces = _scientific_pieces(entry.scientific, None, "", rng, abbreviated=allow_abbreviation and roll > 0.9,
                                with_author=0.0, typo_rate=0.015)
    if entry.cultivars and rng.random() < 0.45:
        cultivar = rng.choice(entry.cultivars)
        # Plant cultivars are quoted by convention; reptile and fish morphs are usually written bare.
        if entry.setting.endswith("plant"):
            pieces.append(rng.choice((f" '{cultivar}'", f" ‘{cultivar}’", f" \"{cultivar}\"")))
        else:
            pieces.append(f" {cultivar}")
    return pieces
