"""Find strings shaped like Latin scientific names, known or not, in normalised listing text.

A candidate starts with a genus: capitalised "Trachemys", abbreviated "T.", ALL-CAPS "TRACHEMYS",
or lower-case "trachemys" when the genus is known. An optional hybrid sign ("×", or "x" between
spaces) and a specific epithet follow, then optionally an infraspecific epithet with or without
a rank marker (var., subsp., ssp., f., forma …). Parts may be separated by a line break. After the name,
an authorship ("(Linnaeus, 1758)", "(Mill.) Swingle", "L.") and a quoted cultivar epithet
('Rubrum') are recognised. They go into ``details`` with their own original offsets, and the
mention span covers the name only.

A capitalised word followed by a lower-case word is common in every language ("Selling pond",
"Vendo peces"), so a candidate is kept only with evidence (see :func:`_accept`): a known genus,
a close misspelling of one, or, for an unknown genus, a genus and an epithet that both end like
Latin words. The score adds up the evidence.

gbif-name-parser (``nameparser``) parses every capitalised pair it is given ("Selling pond",
"Puma Sport") and treats any trailing capitalised word as an author, so it cannot tell a name
from a phrase. It is used only where its structure helps: to split the taxonomy's scientific
names into genus and epithets when building a :class:`ScientificLexicon` (about 35 µs a name).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import nameparser
from rapidfuzz import fuzz, process

from nlp.normalize import original_span
from nlp.spans import Mention, NormalizedText
from taxonomy.schema import SCIENTIFIC_FORMS, NameRecord

__all__ = ["ScientificLexicon", "find_scientific_names"]

FINDER = "scientific_name"

# Rank markers as written in names, mapped to the form used in canonical names.
RANK_MARKERS = {
    "var": "var.", "subsp": "subsp.", "ssp": "subsp.", "f": "f.", "fo": "f.", "forma": "f.",
    "subvar": "subvar.", "nothosubsp": "nothosubsp.", "nothovar": "nothovar.",
}

# Endings that rarely end an ordinary word in the listing languages; enough on their own.
STRONG_EPITHET_ENDINGS = (
    "us", "um", "ii", "ae", "ensis", "oides", "ides", "alis", "aris", "ilis", "orum", "arum",
    "iae", "ianus", "ellus", "iflora", "ifolia", "iformis",
)
# Endings that are common for epithets but also for words in Romance languages; they count only
# together with other evidence.
WEAK_EPITHET_ENDINGS = STRONG_EPITHET_ENDINGS + (
    "a", "is", "i", "es", "ans", "ens", "or", "ax", "ex", "ix", "ys", "yx", "on",
)
# Endings of Latin or latinised genus names, used only when the genus is unknown.
GENUS_ENDINGS = ("a", "us", "um", "is", "on", "es", "ys", "x", "ops", "ia", "er", "en", "as")

MIN_EPITHET_LENGTH = 3
# Minimum rapidfuzz ratio (0-100) for a word to count as a misspelling of a known genus or epithet.
GENUS_SIMILARITY = 85.0
EPITHET_SIMILARITY = 80.0

# Words that often open listings, capitalised. They are never taken as an unknown genus.
_NON_GENUS_WORDS = frozenset(
    {
        "selling", "sale", "sell", "buy", "free", "new", "neu", "neue", "neuer", "verkaufe", "biete",
        "suche", "vendo", "vendesi", "vende", "venta", "compro", "regalo", "cerco", "vends", "achat",
        "sprzedam", "oddam", "kupie", "te", "koop", "verkoop", "plus", "bonus", "status", "campus",
        "virus", "focus", "corpus", "opus", "genus", "species", "familia", "ordo",
    }
)

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LATIN_LETTERS = re.compile(r"[A-Za-zëï]+(?:-[A-Za-zëï]+)*")

# Authorship after a name: a bracketed basionym authorship optionally followed by a combination
# author ("(Mill.) Swingle"), or an unbracketed author team with a year or an abbreviation
# ("L.", "Gray, 1831"). An unbracketed capitalised word alone is not enough ("Trachemys scripta
# Verkauf"), and a bracket needs a year or an abbreviated author ("(Waschbär)" is not authorship).
_AUTHOR = (
    r"(?:(?:d'|de |van |von |du |le |la )?[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'’-]*\.?"
    r"(?:\s?[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'’-]*\.)*(?<=\.)[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'’-]+|"
    r"(?:d'|de |van |von |du |le |la )?[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'’-]*\.?(?:\s?[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'’-]*\.)*)"
)
_TEAM = rf"{_AUTHOR}(?:\s*(?:,|&|\bet\b|\band\b|\bex\b)\s*{_AUTHOR})*"
_YEAR = r"(?:1[5-9]\d\d|20[0-2]\d)"
_AUTHORSHIP = re.compile(
    rf"[ \t]+(?P<authorship>"
    rf"\((?P<bracket>{_TEAM}(?:,?\s*{_YEAR})?|{_YEAR})\)(?:[ \t]+(?P<combination>{_TEAM})(?:,?\s*{_YEAR})?)?"
    rf"|(?P<plain>{_TEAM}),?[ \t]*(?P<year>{_YEAR})"
    rf"|(?P<abbreviated>{_TEAM})"
    rf")"
)
_CULTIVAR = re.compile(r"\s+(?:cv\.?\s+)?['‘’\"“”](?P<cultivar>[A-Z][^'‘’\"“”\n]{0,40}?)['‘’\"“”]")


@dataclass(frozen=True)
class ScientificLexicon:
    """Known genera and epithets that the finder uses as evidence and to expand abbreviations.

    ``genera`` maps a genus to the taxon ids it names, and ``epithets`` maps a genus to its
    species epithets. ``names`` maps a canonical name ("Pueraria montana var. lobata") to taxon ids.
    """

    genera: Mapping[str, frozenset[str]]
    epithets: Mapping[str, frozenset[str]] = field(default_factory=dict)
    names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    _lower_genera: dict[str, str] = field(init=False, repr=False, compare=False)
    _genera_by_initial: dict[str, list[str]] = field(init=False, repr=False, compare=False)
    _all_epithets: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # The dataclass is frozen, so the derived lookups are set through object.__setattr__.
        by_initial: dict[str, list[str]] = defaultdict(list)
        for genus in self.genera:
            by_initial[genus[:1]].append(genus)
        all_epithets = frozenset(epithet for values in self.epithets.values() for epithet in values)
        object.__setattr__(self, "_lower_genera", {genus.lower(): genus for genus in self.genera})
        object.__setattr__(self, "_genera_by_initial", dict(by_initial))
        object.__setattr__(self, "_all_epithets", all_epithets)

    @classmethod
    def from_genera(cls, genera: Mapping[str, Iterable[str]]) -> ScientificLexicon:
        """Build a lexicon of genera without epithets, from the mapping ``Taxonomy.genera()`` returns."""
        return cls(genera={genus: frozenset(ids) for genus, ids in genera.items() if genus})

    @classmethod
    def from_records(cls, records: Iterable[NameRecord]) -> ScientificLexicon:
        """Build a lexicon from the scientific forms (accepted, synonym, misspelling) of name records."""
        genera: dict[str, set[str]] = defaultdict(set)
        epithets: dict[str, set[str]] = defaultdict(set)
        names: dict[str, list[str]] = defaultdict(list)
        for record in records:
            if record.form not in SCIENTIFIC_FORMS:
                continue
            parts = _split_scientific_name(record.name)
            if parts is None:
                continue
            genus, epithet, canonical = parts
            genera[genus].add(record.taxon_id)
            if epithet:
                epithets[genus].add(epithet)
            if record.taxon_id not in names[canonical]:
                names[canonical].append(record.taxon_id)
        return cls(
            genera={genus: frozenset(ids) for genus, ids in genera.items()},
            epithets={genus: frozenset(values) for genus, values in epithets.items()},
            names={name: tuple(ids) for name, ids in names.items()},
        )

    def genus_of(self, word: str) -> str | None:
        """Return the known genus spelled ``word`` in any letter case, or None."""
        return self._lower_genera.get(word.lower())

    def closest_genus(self, word: str) -> str | None:
        """Return the known genus most similar to ``word`` (same initial), if similar enough."""
        choices = self._genera_by_initial.get(word[:1], ())
        found = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=GENUS_SIMILARITY)
        return found[0] if found else None

    def closest_epithet(self, genus: str, epithet: str) -> str | None:
        found = process.extractOne(
            epithet, self.epithets.get(genus, ()), scorer=fuzz.ratio, score_cutoff=EPITHET_SIMILARITY
        )
        return found[0] if found else None

    def knows_epithet(self, epithet: str) -> bool:
        return epithet in self._all_epithets

    def genera_with_epithet(self, prefix: str, epithet: str) -> list[str]:
        """Return the known genera that start with ``prefix`` and have the species ``epithet``."""
        return [
            genus
            for genus in self._genera_by_initial.get(prefix[:1], ())
            if genus.startswith(prefix) and epithet in self.epithets.get(genus, ())
        ]


def _split_scientific_name(name: str) -> tuple[str, str | None, str] | None:
    """Split a scientific name into genus, species epithet and canonical name without authorship."""
    try:
        parsed = nameparser.parse(name)
    except nameparser.UnparsableNameError:
        return None
    genus = getattr(parsed, "genus", None) or getattr(parsed, "uninomial", None)
    if not genus:
        return None
    canonical = parsed.canonical_name_without_authorship() or name
    return genus, getattr(parsed, "specific_epithet", None), canonical


@dataclass
class _Token:
    start: int
    end: int
    word: str


@dataclass
class _Candidate:
    """A name-shaped run of tokens before the decision whether to keep it."""

    first: int  # token indexes
    last: int
    start: int  # normalised offset of the genus
    genus_text: str
    genus_case: str  # "capitalised", "upper", "lower" or "abbreviation"
    epithet: str
    hybrid: bool = False
    rank: str | None = None
    infraspecific: str | None = None
    end: int = 0  # normalised offset after the name


_lexicon_cache: tuple[object, ScientificLexicon] | None = None


def find_scientific_names(
    nt: NormalizedText,
    genera: Mapping[str, set[str]] | None = None,
    *,
    lexicon: ScientificLexicon | None = None,
) -> list[Mention]:
    """Find Latin names by their shape, known or not.

    Args:
        nt: Normalised listing text.
        genera: Known genera mapped to taxon ids, as ``Taxonomy.genera()`` returns them. Used
            when ``lexicon`` is None.
        lexicon: Known genera, epithets and names. With epithets known, an abbreviated genus
            ("T. scripta") is expanded when exactly one known genus with that initial has the
            epithet, and known epithets count as evidence.

    Returns:
        Mentions sorted by start offset, with offsets into ``nt.original``.
    """
    lexicon = lexicon or _lexicon_for(genera)
    text = nt.text
    tokens = [_Token(match.start(), match.end(), match.group()) for match in _WORD.finditer(text)]
    mentions: list[Mention] = []
    genera_seen: list[str] = []
    index = 0
    while index < len(tokens):
        candidate = _candidate_at(text, tokens, index, lexicon)
        mention = _decide(nt, candidate, lexicon, genera_seen) if candidate is not None else None
        if candidate is None or mention is None:
            # A known genus on its own ("Trachemys-Arten") can still expand a later "T. scripta".
            first_part = tokens[index].word.split("-")[0]
            known = lexicon.genus_of(first_part)
            if known is not None and first_part[:1].isupper():
                genera_seen.append(known)
            index += 1
            continue
        mentions.append(mention)
        genus = mention.details.get("genus")
        if isinstance(genus, str) and not genus.endswith("."):
            genera_seen.append(genus)
        index = candidate.last + 1
    return mentions


def _lexicon_for(genera: Mapping[str, set[str]] | None) -> ScientificLexicon:
    """Return a genera-only lexicon, reusing the last one when the same mapping comes again."""
    global _lexicon_cache
    if genera is None:
        return ScientificLexicon(genera={})
    cached = _lexicon_cache
    if cached is not None and cached[0] is genera:
        return cached[1]
    lexicon = ScientificLexicon.from_genera(genera)
    _lexicon_cache = (genera, lexicon)
    return lexicon


def _candidate_at(text: str, tokens: list[_Token], index: int, lexicon: ScientificLexicon) -> _Candidate | None:
    """Read genus, hybrid sign, epithet and infraspecific part from token ``index`` on."""
    genus_token = tokens[index]
    genus_case = _genus_case(text, genus_token, lexicon)
    if genus_case is None:
        return None

    following = index + 1
    if following >= len(tokens):
        return None
    gap = text[_genus_end(text, genus_token, genus_case) : tokens[following].start]
    hybrid = gap.strip() == "×"
    if not hybrid and not (gap.isspace() or gap == ""):
        return None
    if gap == "" and genus_case != "abbreviation":
        return None
    if tokens[following].word in ("x", "X") and _only_space_between(text, tokens, following) and following + 1 < len(tokens):
        hybrid = True
        following += 1

    epithet = _epithet(tokens[following].word, genus_case)
    if epithet is None:
        return None
    candidate = _Candidate(index, following, genus_token.start, genus_token.word, genus_case, epithet, hybrid=hybrid)
    candidate.end = tokens[following].end
    _read_infraspecific(text, tokens, candidate, lexicon)
    return candidate


def _genus_case(text: str, token: _Token, lexicon: ScientificLexicon) -> str | None:
    word = token.word
    if not _LATIN_LETTERS.fullmatch(word):
        return None
    if (
        len(word) <= 2
        and word[0].isupper()
        and (len(word) == 1 or word[1:].islower())
        and text[token.end : token.end + 1] == "."
    ):
        return "abbreviation"
    if len(word) >= 3 and word[0].isupper() and word[1:].islower():
        return "capitalised"
    if len(word) >= 3 and word.isupper():
        return "upper"
    if word.islower() and lexicon.genus_of(word) is not None:
        return "lower"
    return None


def _genus_end(text: str, token: _Token, genus_case: str) -> int:
    return token.end + 1 if genus_case == "abbreviation" else token.end


def _only_space_between(text: str, tokens: list[_Token], index: int) -> bool:
    before = text[tokens[index - 1].end : tokens[index].start]
    after = text[tokens[index].end : tokens[index + 1].start] if index + 1 < len(tokens) else ""
    return before.isspace() and after.isspace()


def _epithet(word: str, genus_case: str) -> str | None:
    """Return ``word`` in lower case if it can be an epithet after a genus written in ``genus_case``."""
    if len(word) < MIN_EPITHET_LENGTH or not _LATIN_LETTERS.fullmatch(word):
        return None
    if genus_case == "upper":
        return word.lower() if word.isupper() else None
    return word if word.islower() else None


def _read_infraspecific(text: str, tokens: list[_Token], candidate: _Candidate, lexicon: ScientificLexicon) -> None:
    """Extend ``candidate`` by a rank-marked or bare infraspecific epithet when one follows."""
    following = candidate.last + 1
    if following >= len(tokens) or not text[tokens[following - 1].end : tokens[following].start].isspace():
        return
    marker = tokens[following].word.lower()
    if marker in RANK_MARKERS and following + 1 < len(tokens):
        gap = text[tokens[following].end : tokens[following + 1].start]
        if gap.strip() not in ("", ".") or gap == "":
            return
        if marker in ("f", "fo") and not gap.startswith("."):
            return
        epithet = _epithet(tokens[following + 1].word, candidate.genus_case)
        if epithet is None:
            return
        candidate.rank = RANK_MARKERS[marker]
        candidate.infraspecific = epithet
        candidate.last = following + 1
        candidate.end = tokens[following + 1].end
        return

    epithet = _epithet(tokens[following].word, candidate.genus_case)
    if epithet is None or not _looks_like_infraspecific(epithet, lexicon):
        return
    candidate.infraspecific = epithet
    candidate.last = following
    candidate.end = tokens[following].end


def _looks_like_infraspecific(epithet: str, lexicon: ScientificLexicon) -> bool:
    """Accept a bare third word ("Trachemys scripta elegans") only when it is clearly Latin."""
    if lexicon.knows_epithet(epithet) or epithet.endswith(STRONG_EPITHET_ENDINGS):
        return True
    return len(epithet) >= 5 and epithet.endswith(("ans", "ens", "ata", "ica", "ina", "osa"))


def _decide(
    nt: NormalizedText, candidate: _Candidate, lexicon: ScientificLexicon, genera_seen: list[str]
) -> Mention | None:
    """Weigh the evidence for ``candidate`` and return a mention, or None to reject it."""
    evidence: list[str] = []
    details: dict[str, object] = {}
    genus, score = _resolve_genus(candidate, lexicon, genera_seen, evidence, details)
    if genus is None and candidate.genus_case in ("upper", "lower"):
        return None

    epithet = candidate.epithet
    epithet_score = _epithet_evidence(genus, epithet, lexicon, evidence, details)
    if not _accept(candidate, evidence):
        return None
    score += epithet_score

    written_genus = candidate.genus_text + ("." if candidate.genus_case == "abbreviation" else "")
    canonical = _canonical(genus or written_genus, candidate)
    start, end = original_span(nt, candidate.start, candidate.end)
    details["genus"] = genus or written_genus
    details["epithet"] = epithet
    if candidate.infraspecific:
        details["infraspecific"] = candidate.infraspecific
        score += 0.05
    if candidate.rank:
        details["rank"] = candidate.rank
    if candidate.hybrid:
        details["hybrid"] = True
    score += _read_trailing_parts(nt, candidate.end, details, evidence)
    details["evidence"] = evidence

    if "genus_expanded" in evidence:
        details["expanded"] = canonical
    return Mention(
        start=start,
        end=end,
        text=nt.original[start:end],
        finder=FINDER,
        taxon_ids=tuple(lexicon.names.get(canonical, ())),
        matched_name=canonical,
        form=None,
        language=None,
        score=round(min(score, 1.0), 2),
        ambiguous=False,
        details=details,
    )


def _resolve_genus(
    candidate: _Candidate,
    lexicon: ScientificLexicon,
    genera_seen: list[str],
    evidence: list[str],
    details: dict[str, object],
) -> tuple[str | None, float]:
    """Return the genus the candidate names (None when unknown) and the score it earns."""
    written = candidate.genus_text
    if candidate.genus_case == "abbreviation":
        details["abbreviation"] = written + "."
        for genus in reversed(genera_seen):
            if genus.startswith(written):
                evidence.append("genus_expanded")
                details["expanded_from"] = "listing"
                return genus, 0.6
        matches = lexicon.genera_with_epithet(written, candidate.epithet)
        if len(matches) == 1:
            evidence.append("genus_expanded")
            details["expanded_from"] = "lexicon"
            return matches[0], 0.55
        evidence.append("genus_abbreviated")
        return None, 0.35

    known = lexicon.genus_of(written)
    if known is not None and (candidate.genus_case != "capitalised" or known == written):
        evidence.append("known_genus")
        return known, 0.65
    if candidate.genus_case == "lower":
        return None, 0.0
    closest = lexicon.closest_genus(written.capitalize())
    if closest is not None:
        evidence.append("genus_misspelt")
        details["written_genus"] = written
        return closest, 0.5
    return None, 0.3


def _epithet_evidence(
    genus: str | None, epithet: str, lexicon: ScientificLexicon, evidence: list[str], details: dict[str, object]
) -> float:
    if genus is not None and epithet in lexicon.epithets.get(genus, ()):
        evidence.append("known_epithet")
        return 0.2
    if genus is not None:
        closest = lexicon.closest_epithet(genus, epithet)
        if closest is not None:
            evidence.append("epithet_misspelt")
            details["closest_known"] = f"{genus} {closest}"
            return 0.1
    if lexicon.knows_epithet(epithet):
        evidence.append("epithet_of_other_genus")
        return 0.1
    if epithet.endswith(STRONG_EPITHET_ENDINGS):
        evidence.append("strong_latin_ending")
        return 0.1
    if epithet.endswith(WEAK_EPITHET_ENDINGS) and len(epithet) >= 4:
        evidence.append("latin_ending")
        return 0.05
    return 0.0


def _accept(candidate: _Candidate, evidence: list[str]) -> bool:
    """Apply the acceptance rule: known evidence for the genus, or Latin shape on both words."""
    epithet_known = bool({"known_epithet", "epithet_misspelt", "epithet_of_other_genus"} & set(evidence))
    strong = "strong_latin_ending" in evidence
    weak = strong or "latin_ending" in evidence
    if "known_genus" in evidence:
        return epithet_known or weak
    if "genus_expanded" in evidence:
        return epithet_known or weak
    if "genus_misspelt" in evidence:
        return epithet_known or weak
    if "genus_abbreviated" in evidence:
        return epithet_known or strong
    # NOTE: an unknown genus needs a strong Latin epithet ending, so unknown names with epithets
    # such as "-a" or "-es" ("Cenchrus advena" without a lexicon) are missed on purpose.
    genus = candidate.genus_text.lower()
    return (
        candidate.genus_case == "capitalised"
        and strong
        and len(genus) >= 4
        and genus not in _NON_GENUS_WORDS
        and genus.endswith(GENUS_ENDINGS)
    )


def _read_trailing_parts(nt: NormalizedText, position: int, details: dict[str, object], evidence: list[str]) -> float:
    """Record an authorship and a cultivar epithet that follow the name; return the score they add."""
    score = 0.0
    authorship = _AUTHORSHIP.match(nt.text, position)
    if authorship is not None and _is_authorship(authorship):
        authorship_end = authorship.end("authorship")
        bracket = authorship.group("bracket")
        if bracket is not None and re.search(_YEAR, bracket):
            # A bracket with a year is zoological authorship, which no combination author follows.
            authorship_end = authorship.end("bracket") + 1
        details["authorship"] = nt.text[authorship.start("authorship") : authorship_end]
        details["authorship_span"] = original_span(nt, authorship.start("authorship"), authorship_end)
        evidence.append("authorship")
        score += 0.1
        position = authorship_end
    cultivar = _CULTIVAR.match(nt.text, position)
    if cultivar is not None:
        details["cultivar"] = cultivar.group("cultivar")
        details["cultivar_span"] = original_span(nt, cultivar.start("cultivar") - 1, cultivar.end("cultivar") + 1)
    return score


def _is_authorship(match: re.Match[str]) -> bool:
    """Accept a bracket or an author team only if it has a year or an abbreviated author name."""
    if match.group("plain") is not None:
        return True
    if match.group("bracket") is not None:
        inner = match.group("bracket")
        return bool(re.search(_YEAR, inner)) or "." in inner
    return "." in (match.group("abbreviated") or "")


def _canonical(genus: str, candidate: _Candidate) -> str:
    parts = [genus]
    if candidate.hybrid:
        parts.append("×")
    parts.append(candidate.epithet)
    if candidate.infraspecific:
        if candidate.rank:
            parts.append(candidate.rank)
        parts.append(candidate.infraspecific)
    return " ".join(parts)

