"""Find strings shaped like Latin scientific names, known or not, in normalised listing text.

:mod:`nlp.nomenclature` reads each candidate: a genus, then epithets, rank markers, qualifiers,
subgenus, section, hybrid signs and trailing markers ("Polystichum spp.") in the forms of the
botanical and zoological codes. Authorship, annotations ("nom. rej.", "sensu lato") and a quoted
cultivar epithet after the name go into ``details`` with their own original offsets, and the
mention span covers the name only. A comma list of bare epithets after an accepted name
("Thuja plicata, occidentalis") gives one mention per epithet.

A capitalised word followed by another word is common in every language ("Selling pond",
"Vendo peces"), so a candidate is accepted only with evidence (see :func:`_accept`): a known
genus, a close misspelling of one, Latin endings on genus and epithet, or nomenclatural
structure (a trailing marker, a dagger, a qualifier, a subgenus, authorship). With
``keep_unsupported`` the finder also returns the candidates that lack this evidence, for a later
stage to judge.

gbif-name-parser (``nameparser``) parses every capitalised pair it is given ("Selling pond",
"Puma Sport") and treats any trailing capitalised word as an author, so it cannot tell a name
from a phrase. It is used only where its structure helps: to split the taxonomy's scientific
names into genus and epithets when building a :class:`ScientificLexicon` (about 35 µs a name).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import nameparser
from rapidfuzz import fuzz, process

from nlp.nomenclature import (
    GENUS_ENDINGS,
    MIN_EPITHET_LENGTH,
    STRONG_EPITHET_ENDINGS,
    WEAK_EPITHET_ENDINGS,
    WORD,
    Candidate,
    Token,
    epithet_form,
    read_candidate,
)
from nlp.normalize import original_span
from nlp.spans import Mention, NormalizedText
from taxonomy.schema import SCIENTIFIC_FORMS, NameRecord

__all__ = ["ScientificLexicon", "find_scientific_names"]

FINDER = "scientific_name"

# Minimum rapidfuzz ratio (0-100) for a word to count as a misspelling of a known genus or epithet.
GENUS_SIMILARITY = 85.0
EPITHET_SIMILARITY = 80.0
# Words that often open listings, capitalised, or that end like a Latin genus. They are never
# taken as an unknown genus.
_NON_GENUS_WORDS = frozenset(
    {
        "selling", "sale", "sell", "buy", "free", "new", "neu", "neue", "neuer", "verkaufe", "biete",
        "suche", "vendo", "vendesi", "vende", "venta", "compro", "regalo", "cerco", "vends", "achat",
        "sprzedam", "oddam", "kupie", "te", "koop", "verkoop", "plus", "bonus", "status", "campus",
        "virus", "focus", "corpus", "opus", "genus", "species", "familia", "ordo", "aquarium",
        "terrarium", "paludarium", "vivarium", "pflanzen", "planten", "plantas", "piante", "plantes",
        "fische", "peces", "pesci", "poissons", "vissen", "total",
    }
)
# Latin-looking words of everyday text that do not make an unknown genus's pair a name
# ("Aquarium Cactus", "Planta medium").
_NON_EPITHET_WORDS = frozenset(
    {
        "plus", "bonus", "status", "campus", "focus", "opus", "corpus", "minus", "versus",
        "modus", "bus", "premium", "maximum", "minimum", "medium", "forum", "museum", "stadium",
        "datum", "cactus",
    }
)
# Articles, pronouns, prepositions and common sentence openers of the listing languages. A pair
# with one of them is not returned even as an unsupported candidate ("The turtle", "These results").
_FUNCTION_WORDS = frozenset(
    {
        "the", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "from", "by", "is",
        "are", "was", "were", "be", "been", "has", "have", "had", "can", "may", "will", "this",
        "that", "these", "those", "it", "its", "my", "your", "our", "we", "you", "he", "she", "they",
        "not", "no", "all", "both", "each", "some", "such", "other", "only", "also", "then", "when",
        "while", "where", "which", "what", "who", "how", "if", "but", "so", "as", "even", "though",
        "although", "however", "thus", "here", "there", "after", "before", "since", "during",
        "under", "without", "between", "among", "one", "two", "three", "der", "die", "das", "den",
        "dem", "des", "ein", "eine", "einen", "und", "oder", "mit", "von", "zu", "im", "am", "ist",
        "sind", "nicht", "auch", "wir", "sie", "el", "la", "los", "las", "un", "una", "de", "del",
        "en", "con", "por", "para", "es", "se", "que", "le", "les", "du", "et", "ou", "est", "au",
        "aux", "il", "lo", "gli", "di", "da", "che", "per", "si", "het", "een", "van", "met", "op",
        "voor", "niet", "na", "och", "att", "med", "som", "og", "er", "os", "um", "uma", "do",
        "dos", "em", "ao",
    }
)

# A list of further epithets after a name: the first item follows a comma, later ones a comma or
# a conjunction. An item is a single word, so "Trachemys scripta, tortuga barata" is no list.
_LIST_SEPARATOR = re.compile(r", ?| (?:and|und|et|y|e|och|og|en|i) | ?& ?")
_LIST_ITEM_END = re.compile(r"$|[,;.:)\]!?\n]| (?:and|und|et|y|e|och|og|en|i) | ?&")

# Signs written only in names, which make any capitalised genus enough (see _accept).
_WRITTEN_ONLY_EVIDENCE = frozenset({"rank_marker", "dagger", "section", "hybrid_sign"})
_EPITHET_KNOWN_EVIDENCE = frozenset(
    {"known_epithet", "epithet_misspelt", "epithet_of_other_genus", "epithet_expanded"}
)
_GENUS_KNOWN_EVIDENCE = frozenset({"known_genus", "genus_expanded", "genus_misspelt"})


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
class _Assessment:
    """Evidence for a candidate, the details it produces, and whether it is accepted."""

    genus: str | None
    genus_evidence: list[str]
    genus_score: float
    evidence: list[str]
    details: dict[str, object]
    score: float
    accepted: bool
    plausible: bool  # shaped well enough to return unaccepted with ``keep_unsupported``


_lexicon_cache: tuple[object, ScientificLexicon] | None = None


def find_scientific_names(
    nt: NormalizedText,
    genera: Mapping[str, set[str]] | None = None,
    *,
    lexicon: ScientificLexicon | None = None,
    keep_unsupported: bool = False,
) -> list[Mention]:
    """Find Latin names by their shape, known or not.

    Args:
        nt: Normalised listing text.
        genera: Known genera mapped to taxon ids, as ``Taxonomy.genera()`` returns them. Used
            when ``lexicon`` is None.
        lexicon: Known genera, epithets and names. With epithets known, an abbreviated genus
            ("T. scripta") is expanded when exactly one known genus with that initial has the
            epithet, and known epithets count as evidence.
        keep_unsupported: Also return name-shaped candidates without enough evidence ("Cenchrus
            advena" with no lexicon, "Selling Pond" too). Every mention then has
            ``details["accepted"]`` and ``details["evidence"]``, the list of evidence names.

    Returns:
        Mentions sorted by start offset, with offsets into ``nt.original``.
    """
    lexicon = lexicon or _lexicon_for(genera)
    text = nt.text
    tokens = list(WORD.finditer(text))
    mentions: list[Mention] = []
    genera_seen: list[str] = []
    epithets_seen: list[tuple[str, str]] = []
    lower_genera = lexicon._lower_genera
    index = 0
    while index < len(tokens):
        word = tokens[index].group()
        if word[0].islower() and word not in lower_genera:
            # Most tokens are lower-case words, which start a name only as a known genus.
            index += 1
            continue
        candidate = read_candidate(nt, tokens, index, lexicon)
        assessment = None
        if candidate is not None:
            assessment = _assess(nt, candidate, lexicon, genera_seen, epithets_seen)
        if assessment is not None and not (assessment.accepted or (keep_unsupported and assessment.plausible)):
            assessment = None
        if assessment is not None and _overtaken(
            nt, tokens, candidate, assessment, lexicon, genera_seen, epithets_seen
        ):
            assessment = None
        if candidate is None or assessment is None:
            # A known genus on its own ("Trachemys-Arten") can still expand a later "T. scripta".
            if word[0].isupper():
                known = lexicon.genus_of(word.split("-")[0])
                if known is not None:
                    genera_seen.append(known)
            index += 1
            continue

        mentions.append(_mention(nt, candidate, assessment, lexicon, keep_unsupported))
        resume = candidate.resume
        if assessment.accepted:
            genus = assessment.details.get("genus")
            if isinstance(genus, str) and not genus.endswith("."):
                genera_seen.append(genus)
                if candidate.epithet and not candidate.epithet_abbreviated:
                    epithets_seen.append((genus, candidate.epithet))
        # An unsupported head may still be confirmed by the NER, so its list is read too, with
        # every item unsupported.
        if candidate.trailing is None and (assessment.accepted or keep_unsupported):
            items, resume = _list_mentions(nt, candidate, assessment, lexicon, keep_unsupported)
            mentions += items
        index = max(candidate.last + 1, bisect_left(tokens, resume, key=Token.start))
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


def _overtaken(
    nt: NormalizedText,
    tokens: list[Token],
    candidate: Candidate,
    assessment: _Assessment,
    lexicon: ScientificLexicon,
    genera_seen: list[str],
    epithets_seen: list[tuple[str, str]],
) -> bool:
    """Return whether a better name starts at the candidate's epithet, which then gives way.

    A weak reading would otherwise swallow the genus of a real name: "Verkaufe Ailanthus
    altissima" has the shape genus + capitalised epithet, and "Aquarium trachemys scripta" has
    the shape genus + epithet. An accepted name there wins over a reading that is not accepted
    or whose genus is not known, and a plausible genus + Latin lower-case epithet reading wins
    over a capitalised-epithet one whose genus is not known.
    """
    if candidate.epithet is None or candidate.epithet_abbreviated:
        return False
    if assessment.accepted and "known_genus" in assessment.genus_evidence and not candidate.epithet_capitalised:
        return False
    inner = read_candidate(nt, tokens, candidate.epithet_index, lexicon)
    if inner is None:
        return False
    inner_assessment = _assess(nt, inner, lexicon, genera_seen, epithets_seen)
    if inner_assessment is None:
        return False
    if inner_assessment.accepted:
        return True
    if not candidate.epithet_capitalised or not inner_assessment.plausible:
        return False
    # German capitalises every noun, so "Namen Malus domestica" reads as genus + capitalised
    # epithet. A Latin or known lower-case epithet after the second word, or authorship, shows
    # where the name starts.
    inner_latin = not inner.epithet_capitalised and bool(
        ({"latin_ending", "strong_latin_ending", "authorship"} | _EPITHET_KNOWN_EVIDENCE)
        & set(inner_assessment.evidence)
    )
    return not assessment.accepted or ("known_genus" not in assessment.genus_evidence and inner_latin)


def _assess(
    nt: NormalizedText,
    candidate: Candidate,
    lexicon: ScientificLexicon,
    genera_seen: list[str],
    epithets_seen: list[tuple[str, str]],
) -> _Assessment | None:
    """Weigh the evidence for ``candidate``, or return None for an unknown lower-case or ALL-CAPS genus."""
    evidence: list[str] = []
    details: dict[str, object] = {}
    genus, score = _resolve_genus(candidate, lexicon, genera_seen, evidence, details)
    if genus is None and candidate.genus_case in ("upper", "lower"):
        return None
    genus_evidence = list(evidence)
    genus_score = score

    epithet = candidate.epithet
    if candidate.epithet_abbreviated:
        expanded = _expand_epithet(genus, epithet or "", lexicon, epithets_seen)
        if expanded is not None:
            evidence.append("epithet_expanded")
            details["expanded_epithet"] = expanded
            score += 0.2
        else:
            # The abbreviation carries no evidence, so the infraspecific epithet has to.
            score += _epithet_evidence(genus, candidate.infraspecific[-1][1], lexicon, evidence, details)
    elif epithet is not None:
        # A hybrid formula or a rank-marked name is as Latin as its most Latin epithet, and the
        # species epithet wins a tie. A bare third word does not count, because prose follows
        # names with Latin-looking words ("T. nigriceps larvae", "Hepatitis delta virus").
        others = [candidate.formula_epithet] + [word for rank, word in candidate.infraspecific if rank]
        score += _best_epithet_evidence(genus, [epithet, *others], lexicon, evidence, details)

    evidence += _structure_evidence(candidate)
    trailing = candidate.trailing
    strong_authorship = trailing is not None and trailing.strong
    if candidate.epithet_capitalised:
        strong_authorship = trailing is not None and trailing.dated
    if candidate.infraspecific:
        score += 0.05
    if candidate.inner_authorship is not None or (trailing is not None and trailing.authorship is not None):
        evidence.append("authorship")
        score += 0.1
    if trailing is not None and trailing.annotations:
        evidence.append("annotation")
    return _Assessment(
        genus=genus,
        genus_evidence=genus_evidence,
        genus_score=genus_score,
        evidence=evidence,
        details=details,
        score=score,
        accepted=_accept(candidate, evidence, strong_authorship),
        plausible=_plausible(nt, candidate, evidence),
    )


def _structure_evidence(candidate: Candidate) -> list[str]:
    """List the evidence that the way the name is written gives."""
    found = []
    if candidate.subgenus:
        found.append("subgenus")
    if candidate.section:
        found.append("section")
    if candidate.qualifier:
        found.append("qualifier")
    if candidate.hybrid_sign:
        found.append("hybrid_sign")
    if candidate.marker:
        found.append("rank_marker")
    if candidate.dagger:
        found.append("dagger")
    return found


def _resolve_genus(
    candidate: Candidate,
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
        if candidate.epithet is not None and not candidate.epithet_abbreviated:
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


def _expand_epithet(
    genus: str | None, initial: str, lexicon: ScientificLexicon, epithets_seen: list[tuple[str, str]]
) -> str | None:
    """Expand an abbreviated species epithet ("h.") from the listing, or from the lexicon if unique."""
    if genus is None:
        return None
    for seen_genus, seen_epithet in reversed(epithets_seen):
        if seen_genus == genus and seen_epithet.startswith(initial):
            return seen_epithet
    matches = [epithet for epithet in lexicon.epithets.get(genus, ()) if epithet.startswith(initial)]
    return matches[0] if len(matches) == 1 else None


def _best_epithet_evidence(
    genus: str | None,
    epithets: list[str | None],
    lexicon: ScientificLexicon,
    evidence: list[str],
    details: dict[str, object],
) -> float:
    """Add the evidence of the best-supported epithet, which a hybrid formula chooses from two."""
    best: tuple[float, list[str], dict[str, object]] | None = None
    for epithet in epithets:
        if epithet is None:
            continue
        found: list[str] = []
        found_details: dict[str, object] = {}
        score = _epithet_evidence(genus, epithet, lexicon, found, found_details)
        if best is None or score > best[0]:
            best = (score, found, found_details)
    if best is None:
        return 0.0
    evidence += best[1]
    details.update(best[2])
    return best[0]


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
    if len(epithet) >= MIN_EPITHET_LENGTH and epithet.endswith(STRONG_EPITHET_ENDINGS):
        evidence.append("strong_latin_ending")
        return 0.1
    if epithet.endswith(WEAK_EPITHET_ENDINGS) and len(epithet) >= 4:
        evidence.append("latin_ending")
        return 0.05
    return 0.0


def _accept(candidate: Candidate, evidence: list[str], strong_authorship: bool) -> bool:
    """Apply the acceptance rule: known evidence for the genus, Latin shape, or nomenclatural structure.

    A trailing marker, dagger, section, hybrid sign or authorship before a rank marker is
    written only in names, so it is enough for any capitalised genus that is not a common word
    ("Homo sapiens ssp.", "Hydrodamalis gigas†"). A qualifier, a subgenus in brackets or
    authorship after the name also occur in prose ("Details cf. website", "Syndiniales
    (Alveolata) are", "North America and Europe."), so they need a genus that ends like a Latin
    genus, and the last two also a Latin epithet ending.
    """
    found = set(evidence)
    epithet_known = bool(found & _EPITHET_KNOWN_EVIDENCE)
    strong = "strong_latin_ending" in found
    weak = strong or "latin_ending" in found
    written_only = bool(found & _WRITTEN_ONLY_EVIDENCE) or candidate.inner_authorship is not None
    structural = written_only or "qualifier" in found
    if weak or epithet_known:
        structural = structural or strong_authorship or "subgenus" in found
    genus_known = bool(found & _GENUS_KNOWN_EVIDENCE)

    if candidate.epithet is None:
        if genus_known:
            return True
        latin_genus = candidate.genus_text.lower().endswith(GENUS_ENDINGS)
        return _may_be_unknown_genus(candidate) and (candidate.marker_dotted or latin_genus)
    if candidate.epithet_capitalised:
        # After a known genus, an ending common in Romance words is not enough for a capitalised
        # second word: "Puma Roma" is a shoe and "Python Developer" a job.
        if genus_known:
            return epithet_known or strong or structural
        return _accept_unknown_genus(candidate, strong, structural, written_only)
    if genus_known:
        return epithet_known or weak or structural
    if "genus_abbreviated" in found:
        return epithet_known or (strong and candidate.epithet not in _NON_EPITHET_WORDS) or structural
    return _accept_unknown_genus(candidate, strong, structural, written_only)


def _may_be_unknown_genus(candidate: Candidate) -> bool:
    """Return whether the genus is a capitalised word of three letters or more and no common word.

    Authorship before a rank marker is written only in names, so it overrides the list of common
    words, which contains "Genus" and "Selling" ("Genus species Mill. subsp. alba").
    """
    genus = candidate.genus_text.lower()
    common = genus in _NON_GENUS_WORDS and candidate.inner_authorship is None
    return (
        candidate.genus_case == "capitalised"
        and len(genus) >= MIN_EPITHET_LENGTH
        and not common
        and genus not in _FUNCTION_WORDS
    )


def _accept_unknown_genus(candidate: Candidate, strong: bool, structural: bool, written_only: bool) -> bool:
    # NOTE: without structure, an unknown genus needs a strong Latin epithet ending, so unknown
    # names with epithets such as "-a" or "-es" ("Cenchrus advena" without a lexicon) are left to
    # keep_unsupported on purpose.
    if not _may_be_unknown_genus(candidate):
        return False
    # An abbreviated species epithet ("h.") carries no evidence, so the infraspecific one is checked.
    epithet = candidate.infraspecific[-1][1] if candidate.epithet_abbreviated else candidate.epithet or ""
    if epithet in _NON_EPITHET_WORDS or epithet in _FUNCTION_WORDS or len(epithet) < MIN_EPITHET_LENGTH:
        return False
    if written_only:
        return True
    if not candidate.genus_text.lower().endswith(GENUS_ENDINGS):
        return False
    return (strong and len(candidate.genus_text) >= 4) or structural


def _plausible(nt: NormalizedText, candidate: Candidate, evidence: list[str]) -> bool:
    """Return whether an unaccepted candidate is worth returning with ``keep_unsupported``.

    It must start with a capitalised or abbreviated genus, stay on one line, and contain no
    function word. A capitalised second word must at least end like a Latin word, because
    German and title-case text pair capitalised words all the time.
    """
    if candidate.genus_case not in ("capitalised", "abbreviation"):
        return False
    if "\n" in nt.text[candidate.start : candidate.end]:
        return False
    genus = candidate.genus_text.lower()
    if genus in _NON_GENUS_WORDS or genus in _FUNCTION_WORDS:
        return False
    epithet = candidate.epithet
    if epithet is not None and epithet in _FUNCTION_WORDS:
        return False
    if candidate.epithet_capitalised:
        found = set(evidence)
        return bool(found & _EPITHET_KNOWN_EVIDENCE) or "strong_latin_ending" in found or "latin_ending" in found
    return True


def _mention(
    nt: NormalizedText,
    candidate: Candidate,
    assessment: _Assessment,
    lexicon: ScientificLexicon,
    keep_unsupported: bool,
) -> Mention:
    """Build the mention of an assessed candidate, with the parts of the name in ``details``."""
    details = assessment.details
    evidence = assessment.evidence
    written_genus = candidate.genus_text + ("." if candidate.genus_case == "abbreviation" else "")
    epithet = candidate.epithet
    if epithet is not None and candidate.epithet_abbreviated:
        details["epithet_abbreviation"] = epithet + "."
        epithet = str(details.pop("expanded_epithet", epithet + "."))
    canonical = _canonical(assessment.genus or written_genus, candidate, epithet)
    start, end = original_span(nt, candidate.start, candidate.end)
    if candidate.original_start is not None:
        start = candidate.original_start

    details["genus"] = assessment.genus or written_genus
    if epithet is not None:
        details["epithet"] = epithet
    if candidate.infraspecific:
        rank, infraspecific = candidate.infraspecific[-1]
        details["infraspecific"] = infraspecific
        if rank:
            details["rank"] = rank
    for key, value in (
        ("hybrid", candidate.hybrid),
        ("nothogenus", candidate.nothogenus),
        ("second_genus", candidate.second_genus),
        ("second_parent", candidate.formula_epithet),
        ("subgenus", candidate.subgenus),
        ("section", candidate.section),
        ("qualifier", candidate.qualifier),
        ("marker", candidate.marker),
        ("dagger", candidate.dagger),
    ):
        if value:
            details[key] = value
    if candidate.inner_authorship is not None:
        inner_start, inner_end = candidate.inner_authorship
        details["species_authorship"] = nt.text[inner_start:inner_end]
        details["species_authorship_span"] = original_span(nt, inner_start, inner_end)
    trailing = candidate.trailing
    if trailing is not None:
        details["authorship"] = nt.text[trailing.start : trailing.end]
        details["authorship_span"] = original_span(nt, trailing.start, trailing.end)
        if trailing.annotations:
            details["annotations"] = list(trailing.annotations)
    if candidate.cultivar is not None:
        cultivar = candidate.cultivar
        details["cultivar"] = cultivar.group("cultivar")
        details["cultivar_span"] = original_span(nt, cultivar.start("cultivar") - 1, cultivar.end("cultivar") + 1)
    details["evidence"] = evidence
    if keep_unsupported:
        details["accepted"] = assessment.accepted
    if "genus_expanded" in evidence or "epithet_expanded" in evidence:
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
        score=round(min(assessment.score, 1.0), 2),
        ambiguous=False,
        details=details,
    )


def _canonical(genus: str, candidate: Candidate, epithet: str | None) -> str:
    """Build the name without authorship, qualifier, subgenus and section, as nameparser writes it."""
    parts = ["×"] if candidate.nothogenus else []
    parts.append(genus)
    if candidate.second_genus:
        parts += ["×", candidate.second_genus]
    if epithet is not None:
        if candidate.hybrid and not candidate.second_genus and not candidate.formula_epithet:
            parts.append("×")
        parts.append(epithet)
    if candidate.formula_epithet:
        parts += ["×", candidate.formula_epithet]
    for rank, infraspecific in candidate.infraspecific:
        if rank:
            parts.append(rank)
        parts.append(infraspecific)
    if candidate.marker:
        parts.append(candidate.marker)
    return " ".join(parts)


def _list_mentions(
    nt: NormalizedText,
    candidate: Candidate,
    assessment: _Assessment,
    lexicon: ScientificLexicon,
    keep_unsupported: bool,
) -> tuple[list[Mention], int]:
    """Read a comma list of bare epithets after an accepted name ("Thuja plicata, obtusa").

    Each item becomes a mention of the epithet word alone, named with the head's genus (and
    species, when the head is infraspecific). An item is accepted with a known epithet or a strong
    Latin ending. Other items that end like Latin words go on the list but come back only with
    ``keep_unsupported``. The first item that does not look Latin ends the list, and is returned
    as unsupported when an earlier item made the list one of epithets.

    Returns:
        The item mentions and the offset after the last item read.
    """
    text = nt.text
    position = candidate.resume
    if (
        candidate.epithet is None
        or candidate.epithet_abbreviated
        or candidate.formula_epithet
        or candidate.marker
        or candidate.cultivar is not None
    ):
        return [], position
    genus = str(assessment.details["genus"])
    prefix = genus
    if candidate.infraspecific:
        rank = candidate.infraspecific[-1][0]
        prefix = f"{genus} {candidate.epithet}" + (f" {rank}" if rank else "")
    mentions: list[Mention] = []
    items = 0
    while True:
        separator = _LIST_SEPARATOR.match(text, position)
        if separator is None or (items == 0 and not separator.group().startswith(",")):
            break
        word_match = WORD.match(text, separator.end())
        if word_match is None:
            break
        word = word_match.group()
        if len(word) < MIN_EPITHET_LENGTH or epithet_form(word, "capitalised") is None:
            break
        # An item that running text follows ("Thuja plicata, obtusa in the garden") may end the
        # list or start a phrase ("tortuga barata"); only the NER can tell, so it is unsupported.
        open_end = _LIST_ITEM_END.match(text, word_match.end()) is None
        if open_end and not keep_unsupported:
            break
        evidence = list(assessment.genus_evidence)
        details: dict[str, object] = {}
        score = assessment.genus_score + _epithet_evidence(assessment.genus, word, lexicon, evidence, details)
        accepted = assessment.accepted and not open_end and (
            bool(set(evidence) & _EPITHET_KNOWN_EVIDENCE) or "strong_latin_ending" in evidence
        )
        # "-es" is left out because it makes English plurals look Latin ("Trachemys scripta, turtles").
        latin = accepted or (word.endswith(WEAK_EPITHET_ENDINGS) and not word.endswith("es"))
        if not latin and items == 0:
            break
        items += 1
        position = word_match.end()
        if accepted or keep_unsupported:
            canonical = f"{prefix} {word}"
            details["genus"] = genus
            details["infraspecific" if candidate.infraspecific else "epithet"] = word
            details["expanded"] = canonical
            details["list_head"] = _canonical(genus, candidate, candidate.epithet)
            details["evidence"] = evidence + ["epithet_list"]
            if keep_unsupported:
                details["accepted"] = accepted
            start, end = original_span(nt, word_match.start(), word_match.end())
            mentions.append(
                Mention(start=start, end=end, text=nt.original[start:end], finder=FINDER,
                        taxon_ids=tuple(lexicon.names.get(canonical, ())), matched_name=canonical,
                        score=round(min(score, 1.0), 2), details=details)
            )
        if not latin or open_end:
            break
    return mentions, position
