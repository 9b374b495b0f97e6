"""Read a scientific name as written in running text, with what surrounds it.

:func:`read_candidate` reads the grammar of the botanical and zoological codes from a genus token
on, without deciding whether the words are a name; :mod:`nlp.scientific` weighs the evidence. A
candidate is:

- a nothogenus sign or a dagger before the genus ("×Cupressocyparis", "†Passer"),
- a genus: capitalised "Trachemys", abbreviated "T." or "Pha.", ALL-CAPS "TRACHEMYS", or lower-case
  "trachemys" when the lexicon contains the genus,
- between genus and epithet: an intergeneric hybrid formula ("Dryopteris × Polystichum"), a
  subgenus in brackets ("Xyris (X.) alba"), a section ("sect. Atlanthemum", "§Atlanthemum"), a
  qualifier ("cf.", "aff.", "nr.") and a hybrid sign ("×", "⨉", "⨯", "✕", or "x" between spaces),
- a specific epithet in lower case, capitalised as older literature writes it ("Centaurea
  Cyanus"), or abbreviated to one letter before an infraspecific epithet ("A. h. berezowskii"),
  or instead of an epithet a trailing marker ("Polystichum spp."),
- a hybrid formula between epithets ("Callitropsis macnabiana × sargentii"),
- infraspecific epithets, bare ("Trachemys scripta elegans") or after rank markers, with an
  optional authorship before each marker ("Rosa gallica L. var. gallica"), and a trailing
  marker ("Homo sapiens ssp."),
- after the name, outside its span: a dagger, authorship ("(Mill.) Swingle", "Xu et al., 2015"),
  annotations ("nom. rej.", "sensu lato", "sp. nov.") and a quoted cultivar epithet.

Parts of the name proper may be separated by a line break. The patterns run on normalised text,
where a run of spaces is one space and a line break is one ``"\\n"``, so the patterns for what
follows a name match single spaces and never cross a line break.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from nlp.spans import NormalizedText

if TYPE_CHECKING:
    from nlp.scientific import ScientificLexicon

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
# Epithets of two letters exist ("Ia io"), but only a known one is accepted.
MIN_CANDIDATE_EPITHET_LENGTH = 2
# Infraspecific epithets read after one species epithet, with or without rank markers.
MAX_INFRASPECIFIC_PARTS = 3

# Abbreviations of titles and common words that look like an abbreviated genus ("Mr. smith").
_NON_GENUS_ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "st", "nr", "no", "tel", "ca", "sr", "jr", "inc", "ltd", "co", "vs",
        "fr", "hr", "min", "max", "bzw", "usw", "ggf", "str", "sra", "dra", "sig", "mme", "ref",
    }
)

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LATIN_LETTERS = re.compile(r"[A-Za-zëï]+(?:-[A-Za-zëï]+)*")

# Rank markers before an infraspecific epithet, mapped to the form used in canonical names.
RANK_MARKERS = {
    "var": "var.", "subsp": "subsp.", "ssp": "subsp.", "f": "f.", "fo": "f.", "forma": "f.",
    "subvar": "subvar.", "nothosubsp": "nothosubsp.", "nothovar": "nothovar.",
}
# Markers that end a name without an epithet after them ("Polystichum spp.", "Homo sapiens ssp."),
# by the part they follow. "var" needs its dot because it is a word in Swedish and Norwegian.
GENUS_MARKERS = {"sp": "sp.", "spp": "spp."}
SPECIES_MARKERS = {
    "ssp": "subsp.", "subsp": "subsp.", "sspp": "subspp.", "subspp": "subspp.", "var": "var.",
}
MARKERS_NEEDING_DOT = frozenset({"var"})
# Qualifiers of an uncertain identification between genus and epithet. "nr" needs its dot
# because "nr" without one abbreviates "number" in several languages.
QUALIFIERS = {"cf": "cf.", "aff": "aff.", "nr": "nr."}
QUALIFIERS_NEEDING_DOT = frozenset({"nr"})
# Ranks between genus and species, written before a capitalised name ("sect. Atlanthemum").
SECTION_MARKERS = {
    "sect": "sect.", "subsect": "subsect.", "ser": "ser.", "subser": "subser.", "subg": "subg.",
    "subgen": "subg.",
}
SECTION_SIGN = "§"
# Marker words, which are never an epithet themselves ("Procambarus sp. z o.o.").
_NOT_EPITHETS = frozenset(
    [*RANK_MARKERS, *GENUS_MARKERS, *SPECIES_MARKERS, *QUALIFIERS, *SECTION_MARKERS]
)

# Multiplication signs that normalisation keeps. "✕" (U+2715) is a pictograph to
# nlp.normalize, which turns it into a space, so finders look for it in the original text.
HYBRID_SIGNS = frozenset("×⨉⨯")
ORIGINAL_ONLY_HYBRID_SIGNS = frozenset("✕")
DAGGER = "†"

_UPPER = "A-ZÀ-ÖØ-ÞĆČĎĘĚŁŃŇŐŘŚŠŤŮŰŹŻŽ"
# Possessive quantifiers keep the regex from ending a match inside a word ("Ros" of "Rosa") or
# before a dot that belongs to the author ("Suppl" of "Suppl.").
_SURNAME = rf"[{_UPPER}](?:[^\W\d_]|['’-])*+"
_INITIAL = rf"[{_UPPER}][^\W\d_]?\."
_PARTICLE = r"(?:d'|d’|de |del |della |di |da |dos |du |la |le |van der |van den |van |von der |von |ter |ten )?"
_YEAR = r"(?:1[5-9]\d\d|20[0-2]\d)"
# Lower-case words that may follow an author inside authorship or an annotation. Any other
# lower-case word after a listed author ends the team, so "L., Rosa gallica" keeps "Rosa" a genus.
_FOLLOWING_WORDS = (
    r"et|and|ex|in|non|nec|emend|sensu|auct|nom|s|sp|spp|comb|stat|nov|ined|p|pro|"
    r"var|subsp|ssp|f|fo|forma|subvar|nothosubsp|nothovar"
)
_NOT_BEFORE_LOWER = rf"(?! (?!(?:{_FOLLOWING_WORDS})\b)[a-z])"
# An author: initials run together with the surname ("H.St.John", "G.López"), initials alone
# ("L."), or initials spaced from the surname ("J. E. Gray"). The spaced form must not be followed
# by a lower-case word, so that "L. Rosa gallica" reads as "L." and the binomial "Rosa gallica".
_AUTHOR = (
    rf"{_PARTICLE}(?:{_INITIAL} ?)+{_SURNAME}\.?+{_NOT_BEFORE_LOWER}"
    rf"|{_PARTICLE}(?:{_INITIAL})*{_SURNAME}\.?+"
    rf"|{_PARTICLE}(?:{_INITIAL})+"
)
# Inside brackets a surname may have two words ("Rivas Goday"), because the bracket closes it.
_BRACKET_AUTHOR = rf"(?:{_AUTHOR})(?: {_SURNAME}\.?+)?"
_CONNECTOR = r"(?: ?& ?| (?:et|and|ex|in) )"


def _team(author: str) -> str:
    # After a comma or a conjunction, an undotted capitalised word followed by a lower-case word
    # is more likely the genus of the next name than an author ("L., Rosa gallica L.", "L. et
    # Salvinia molesta").
    return (
        rf"(?:{author})(?:(?:{_CONNECTOR}|, ?)(?:{author})(?:(?<=\.)|{_NOT_BEFORE_LOWER}))*"
        r"(?: et al\.)?"
    )


_TEAM = _team(_AUTHOR)
_BRACKET_TEAM = _team(_BRACKET_AUTHOR)

AUTHORSHIP = re.compile(
    rf"(?P<authorship>"
    rf"\((?P<bracket>{_BRACKET_TEAM}(?:,? ?{_YEAR})?|{_YEAR})\)"
    rf"(?: (?P<combination>{_TEAM})(?:,? ?{_YEAR})?)?"
    rf"|(?P<plain>{_TEAM}),? ?(?P<year>{_YEAR})"
    rf"|(?P<abbreviated>{_TEAM})"
    rf")"
)
# Authorship between a species epithet and a rank marker ("Rosa gallica L. var. gallica",
# "Cupressus arizonica Greene var. glabra"). The rank marker that must follow makes an
# unabbreviated single author safe to take here.
INNER_AUTHORSHIP = re.compile(
    rf" (?P<authorship>(?:\({_BRACKET_TEAM}(?:,? ?{_YEAR})?\) ?)?(?:{_TEAM})(?:,? ?{_YEAR})?"
    rf"|\({_BRACKET_TEAM}(?:,? ?{_YEAR})?\)) (?=(?:{'|'.join(RANK_MARKERS)})[. ])"
)
# Standard author abbreviations that are written without a dot.
DOTLESS_AUTHORS = frozenset({"DC", "HBK"})

_RANK_ABBREVIATIONS = r"gen|sp|spp|subsp|ssp|var|f|comb|stat|nom|ser|sect|subgen"
# Nomenclatural status, sense and novelty annotations. They follow a name or its authorship and
# are never part of the name.
ANNOTATION = re.compile(
    rf"(?P<annotation>"
    rf"nom\. ?(?:rej|nud|cons|illeg|inval|superfl|dub|prov|ambig|confus|alt|nov)\.(?: prop\.)?"
    rf"|auct\.(?: (?:non|nec) {_TEAM}(?:,? ?{_YEAR})?| mult\.| plur\.)?"
    rf"|(?:non|nec) {_TEAM}(?:,? ?{_YEAR})?"
    rf"|emend\. {_TEAM}"
    rf"|(?:sensu|sec\.) (?:lato|stricto|amplo|latiore|auct(?:orum|\.)|{_TEAM}(?:,? ?{_YEAR})?)"
    rf"|s\. ?(?:l|lat|str|s|ampl)\."
    rf"|(?:(?:{_RANK_ABBREVIATIONS})\. ?(?:et (?:{_RANK_ABBREVIATIONS})\. ?)?)?nov\."
    rf"|(?:{_RANK_ABBREVIATIONS})\. ?n\.(?![^\W\d_])"
    rf"|n\. ?(?:gen|sp|subsp|comb)\."
    rf"|p\. ?p\.|pro parte|pro syn\.|ined\.|incertae sedis"
    rf")"
)
CULTIVAR = re.compile(r"\s+(?:cv\.?\s+)?['‘’\"“”](?P<cultivar>[A-Z][^'‘’\"“”\n]{0,40}?)['‘’\"“”]")
_YEAR_IN_TEXT = re.compile(_YEAR)
# An abbreviated author name of two letters or more ("Mill.", "Hook."), which a single capital
# ("L.", also a clothing size) is not.
_ABBREVIATED_NAME = re.compile(r"[^\W\d_]{2,}\.")


@dataclass
class Trailing:
    """Authorship and annotations after a name, as offsets into the normalised text.

    ``strong`` is true when the trailing parts alone are good evidence of a name. That is the case
    for an annotation ("nom. rej.") and for authorship with a year, a bracket, an author team or
    an abbreviated author name of two letters or more, but not for a lone "L." or "DC".
    ``dated`` is true when the authorship has a year or a bracket, which a capitalised word at the
    end of a sentence ("Porta Nigra Trier.") does not have.
    """

    start: int
    end: int
    authorship: str | None = None
    annotations: list[str] = field(default_factory=list)
    strong: bool = False
    dated: bool = False


def _read_trailing(text: str, position: int, formal: bool) -> Trailing | None:
    """Read authorship and annotations that follow a name ending at ``position``.

    Args:
        text: Normalised text.
        position: Offset just after the name.
        formal: True when the name is written in a nomenclatural style (inner authorship, rank
            marker, qualifier, subgenus). Then a bracketed single author followed by a
            combination author ("(Sudworth) Little") counts as authorship without a dot or year.

    Returns:
        The trailing parts, or None when neither authorship nor an annotation follows.
    """
    trailing = Trailing(position, position)
    cursor = position
    # A name is followed by at most one authorship, but annotations may come before or after
    # it ("auct. non Vahl", "L. nom. cons.", "sp. nov. Xu et al., 2015").
    for _ in range(4):
        separator = _separator_length(text, cursor, first=cursor == position)
        if separator is None:
            break
        start = cursor + separator
        annotation = ANNOTATION.match(text, start)
        if annotation is not None and _ends_word(text, annotation.end()):
            trailing.annotations.append(annotation.group())
            trailing.strong = True
            cursor = annotation.end()
            continue
        if trailing.authorship is not None:
            break
        authorship_end = _authorship_end(text, start, formal)
        if authorship_end is None:
            break
        trailing.authorship = text[start:authorship_end]
        trailing.strong = trailing.strong or _is_strong(trailing.authorship)
        trailing.dated = "(" in trailing.authorship or _YEAR_IN_TEXT.search(trailing.authorship) is not None
        cursor = authorship_end
    if cursor == position:
        return None
    trailing.start = position + 1
    trailing.end = cursor
    return trailing


def _inner_authorship_end(text: str, position: int) -> int | None:
    """Return where authorship between a species epithet and a rank marker ends, or None."""
    match = INNER_AUTHORSHIP.match(text, position)
    return match.end("authorship") if match is not None else None


def _starts_annotation(text: str, position: int) -> bool:
    """Return whether an annotation ("subsp. nov.", "sp. n.") starts at ``position``."""
    match = ANNOTATION.match(text, position)
    return match is not None and _ends_word(text, match.end())


def _separator_length(text: str, position: int, first: bool) -> int | None:
    if text.startswith(" ", position):
        return 1
    if not first and text.startswith(", ", position):
        return 2
    return None


def _ends_word(text: str, position: int) -> bool:
    return position >= len(text) or not (text[position].isalnum() or text[position] == "-")


def _authorship_end(text: str, start: int, formal: bool) -> int | None:
    """Return the end of a valid authorship at ``start``, or None."""
    match = AUTHORSHIP.match(text, start)
    if match is None or not _ends_word(text, match.end()):
        return None
    bracket = match.group("bracket")
    if bracket is not None:
        if _YEAR_IN_TEXT.search(bracket):
            # A bracket with a year is zoological authorship, which no combination author follows.
            return match.end("bracket") + 1
        if "." in bracket or (formal and match.group("combination") is not None):
            return match.end("authorship")
        return None
    if match.group("plain") is not None:
        return match.end("authorship")
    team = match.group("abbreviated")
    if "." in team or team in DOTLESS_AUTHORS:
        return match.end("authorship")
    return None


def _is_strong(authorship: str) -> bool:
    if "(" in authorship or _YEAR_IN_TEXT.search(authorship):
        return True
    if re.search(r" ?& ?| (?:et|ex|in) ", authorship):
        return True
    return _ABBREVIATED_NAME.search(authorship) is not None


# A token is a match of WORD. Tokens stay regex matches: building an object for every word made
# find_scientific_names about 15% slower on 8,000 sentences of S800 and LINNAEUS.
Token = re.Match[str]


@dataclass
class Candidate:
    """A name-shaped run of tokens before the decision whether to keep it.

    Offsets are into the normalised text. ``epithet`` is None for a genus followed directly by a
    trailing marker ("Polystichum spp."). ``infraspecific`` contains (rank or None, epithet) pairs.
    """

    first: int  # token indexes
    last: int
    start: int
    end: int  # after the last part of the name
    genus_text: str
    genus_case: str  # "capitalised", "upper", "lower" or "abbreviation"
    epithet: str | None = None
    epithet_index: int = 0
    epithet_capitalised: bool = False
    epithet_abbreviated: bool = False
    nothogenus: bool = False
    hybrid: bool = False
    hybrid_sign: bool = False  # a multiplication sign, which the letter "x" is not
    second_genus: str | None = None
    formula_epithet: str | None = None
    subgenus: str | None = None
    section: str | None = None
    qualifier: str | None = None
    dagger: bool = False
    infraspecific: list[tuple[str | None, str]] = field(default_factory=list)
    marker: str | None = None
    marker_dotted: bool = True
    inner_authorship: tuple[int, int] | None = None
    trailing: Trailing | None = None
    cultivar: re.Match[str] | None = None
    resume: int = 0  # where the search goes on: after authorship, annotations and a cultivar
    original_start: int | None = None  # set when a sign that normalisation drops opens the span


def read_candidate(nt: NormalizedText, tokens: list[Token], index: int, lexicon: ScientificLexicon) -> Candidate | None:
    """Read a name from token ``index`` on, or return None when no name shape starts there."""
    text = nt.text
    genus_token = tokens[index]
    genus_case = _genus_case(text, genus_token, lexicon)
    if genus_case is None or index + 1 >= len(tokens):
        return None
    candidate = Candidate(
        index, index, genus_token.start(), _genus_end(genus_token, genus_case), genus_token.group(), genus_case
    )
    _read_before_genus(nt, candidate)

    position = index + 1
    if genus_case == "capitalised":
        position = _read_intergeneric(nt, tokens, position, candidate, lexicon)
    if candidate.second_genus is None:
        position = _read_subgenus(text, tokens, position, candidate)
        position = _read_section(text, tokens, position, candidate)
        position = _read_qualifier(text, tokens, position, candidate)
    if position >= len(tokens):
        return None
    if (
        candidate.qualifier is None
        and candidate.second_genus is None
        and genus_case != "abbreviation"
        and _read_marker(text, tokens, position, candidate, GENUS_MARKERS)
    ):
        _read_after_name(nt, candidate)
        return candidate

    if candidate.second_genus is None and candidate.qualifier is None:
        position = _read_letter_x(text, tokens, position, candidate)
    if position >= len(tokens) or not _read_epithet(nt, tokens, position, candidate, lexicon):
        return None
    _read_hybrid_formula(nt, tokens, candidate, lexicon)
    if candidate.formula_epithet is None:
        _read_infraspecific(text, tokens, candidate, lexicon)
    if candidate.epithet_abbreviated and not candidate.infraspecific:
        return None
    _read_after_name(nt, candidate)
    return candidate


def _genus_case(text: str, token: Token, lexicon: ScientificLexicon) -> str | None:
    word = token.group()
    if not _LATIN_LETTERS.fullmatch(word):
        return None
    if (
        len(word) <= 3
        and word[0].isupper()
        and (len(word) == 1 or word[1:].islower())
        and text[token.end() : token.end() + 1] == "."
    ):
        return None if word.lower() in _NON_GENUS_ABBREVIATIONS else "abbreviation"
    if len(word) >= 2 and word[0].isupper() and word[1:].islower():
        return "capitalised"
    if len(word) >= 3 and word.isupper():
        return "upper"
    if word.islower() and lexicon.genus_of(word) is not None:
        return "lower"
    return None


def _genus_end(token: Token, genus_case: str) -> int:
    return token.end() + 1 if genus_case == "abbreviation" else token.end()


def _is_capitalised(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and word[1:].islower() and _LATIN_LETTERS.fullmatch(word) is not None


def _read_before_genus(nt: NormalizedText, candidate: Candidate) -> None:
    """Note a dagger or a nothogenus sign right before the genus ("†Passer", "×Cupressocyparis")."""
    text = nt.text
    before = text[candidate.start - 1] if candidate.start > 0 else ""
    if before == DAGGER:
        candidate.dagger = True
        return
    if before in HYBRID_SIGNS:
        candidate.nothogenus = candidate.hybrid_sign = True
        candidate.start -= 1
        return
    # A spaced sign ("× Cupressocyparis") opens the name only where no word precedes it, because
    # "Dryopteris × Polystichum" is an intergeneric formula.
    if before == " " and candidate.start >= 2 and text[candidate.start - 2] in HYBRID_SIGNS:
        if not _word_before(text, candidate.start - 2):
            candidate.nothogenus = candidate.hybrid_sign = True
            candidate.start -= 2
        return
    original = nt.original
    position = nt.offsets[candidate.start]
    if position >= 1 and original[position - 1] in ORIGINAL_ONLY_HYBRID_SIGNS:
        sign_position = position - 1
    elif position >= 2 and original[position - 2] in ORIGINAL_ONLY_HYBRID_SIGNS and original[position - 1] == " ":
        sign_position = position - 2
        if _word_before(original, sign_position):
            return
    else:
        return
    candidate.nothogenus = candidate.hybrid_sign = True
    candidate.original_start = sign_position


def _word_before(text: str, position: int) -> bool:
    """Return whether a letter is the last character before ``position``, spaces aside."""
    preceding = text[:position].rstrip(" ")
    return bool(preceding) and preceding[-1].isalpha()


def _has_original_sign(nt: NormalizedText, start: int, end: int) -> bool:
    """Return whether the original text behind normalised ``[start, end)`` contains "✕"."""
    segment = nt.original[nt.offsets[start] : nt.offsets[end]]
    return any(sign in segment for sign in ORIGINAL_ONLY_HYBRID_SIGNS)


def _hybrid_gap(nt: NormalizedText, start: int, end: int) -> bool:
    """Return whether ``[start, end)`` is a hybrid sign with optional spaces, on one line."""
    gap = nt.text[start:end]
    if "\n" in gap:
        return False
    if gap.strip() in HYBRID_SIGNS:
        return True
    # "✕" became a space, so a gap of one space may hide it. Most such gaps are plain spaces, which
    # the offsets show without reading the original text.
    return gap in (" ", "") and nt.offsets[end] - nt.offsets[start] > 1 and _has_original_sign(nt, start, end)


def _read_intergeneric(
    nt: NormalizedText, tokens: list[Token], position: int, candidate: Candidate, lexicon: ScientificLexicon
) -> int:
    """Read "× Polystichum" of an intergeneric formula ("Dryopteris ⨉ Polystichum singulare").

    The sign must be spaced from the second genus, because a sign attached to it marks a
    nothogenus ("Haie ✕Cupressocyparis leylandii"), and the first genus must be known or end like
    a Latin genus.
    """
    if position + 1 >= len(tokens):
        return position
    second, following = tokens[position], tokens[position + 1]
    first = candidate.genus_text
    if lexicon.genus_of(first) is None and not first.lower().endswith(GENUS_ENDINGS):
        return position
    if not nt.original[nt.offsets[second.start()] - 1 : nt.offsets[second.start()]].isspace():
        return position
    if (
        not _hybrid_gap(nt, candidate.end, second.start())
        or not _is_capitalised(second.group())
        or len(second.group()) < 3
        or nt.text[second.end() : following.start()] != " "
        or epithet_form(following.group(), "capitalised") is None
    ):
        return position
    candidate.second_genus = second.group()
    candidate.hybrid = candidate.hybrid_sign = True
    candidate.end = second.end()
    return position + 1


def _read_subgenus(text: str, tokens: list[Token], position: int, candidate: Candidate) -> int:
    """Read a subgenus in brackets: "Xyris (X.) alba", "Bombus (Psithyrus) vestalis"."""
    if position + 1 >= len(tokens) or text[candidate.end : tokens[position].start()] != " (":
        return position
    token = tokens[position]
    word = token.group()
    if not _is_capitalised(word) and not (len(word) == 1 and word.isupper()):
        return position
    closing = text[token.end() : token.end() + 3]
    if closing.startswith(".) ") and len(word) <= 3:
        name, end = word + ".", token.end() + 2
    elif closing.startswith(") ") and (word == candidate.genus_text or word.lower().endswith(GENUS_ENDINGS)):
        name, end = word, token.end() + 1
    else:
        return position
    candidate.subgenus = name
    candidate.end = end
    return position + 1


def _read_section(text: str, tokens: list[Token], position: int, candidate: Candidate) -> int:
    """Read a section or another rank between genus and species: "sect. Atlanthemum", "§X."."""
    if position + 1 >= len(tokens):
        return position
    token = tokens[position]
    gap = text[candidate.end : token.start()]
    if token.group() in SECTION_MARKERS and gap == " " and text[token.end() : token.end() + 2] == ". ":
        label = SECTION_MARKERS[token.group()] + " "
        name_index = position + 1
        if tokens[name_index].start() != token.end() + 2:
            return position
    elif gap in (" " + SECTION_SIGN, " " + SECTION_SIGN + " "):
        label = SECTION_SIGN
        name_index = position
    else:
        return position
    name_token = tokens[name_index]
    word = name_token.group()
    abbreviated = (
        len(word) <= 3
        and word[0].isupper()
        and (len(word) == 1 or word[1:].islower())
        and text[name_token.end() : name_token.end() + 1] == "."
    )
    if name_index + 1 >= len(tokens) or not (abbreviated or (_is_capitalised(word) and len(word) >= 3)):
        return position
    candidate.section = label + word + ("." if abbreviated else "")
    candidate.end = name_token.end() + (1 if abbreviated else 0)
    return name_index + 1


def _read_qualifier(text: str, tokens: list[Token], position: int, candidate: Candidate) -> int:
    """Read "cf.", "aff." or "nr." before the epithet ("Corvus cf. nasicus")."""
    if position + 1 >= len(tokens):
        return position
    token = tokens[position]
    if token.group() not in QUALIFIERS or text[candidate.end : token.start()] != " ":
        return position
    dotted = text[token.end() : token.end() + 1] == "."
    if not dotted and token.group() in QUALIFIERS_NEEDING_DOT:
        return position
    candidate.qualifier = QUALIFIERS[token.group()]
    candidate.end = token.end() + (1 if dotted else 0)
    return position + 1


def _read_marker(
    text: str, tokens: list[Token], position: int, candidate: Candidate, markers: Mapping[str, str]
) -> bool:
    """Read a trailing marker without an epithet after it ("Polystichum spp.", "Homo sapiens ssp.")."""
    token = tokens[position]
    if token.group() not in markers or text[candidate.end : token.start()] != " ":
        return False
    dotted = text[token.end() : token.end() + 1] == "."
    if not dotted and token.group() in MARKERS_NEEDING_DOT:
        return False
    if dotted and _starts_annotation(text, token.start()):
        # "subsp. nov." and "sp. n." announce a new name, so they are annotations and not markers.
        return False
    if dotted and text.startswith(" z o", token.end() + 1):
        # "sp. z o.o." is the Polish form of "Ltd." after a company name.
        return False
    candidate.marker = markers[token.group()]
    candidate.marker_dotted = dotted
    candidate.last = position
    candidate.end = token.end() + (1 if dotted else 0)
    return True


def _read_letter_x(text: str, tokens: list[Token], position: int, candidate: Candidate) -> int:
    """Skip a hybrid "x" written as a letter between spaces ("Salvinia x molesta")."""
    token = tokens[position]
    if (
        token.group() in ("x", "X")
        and position + 1 < len(tokens)
        and text[candidate.end : token.start()].isspace()
        and text[token.end() : tokens[position + 1].start()].isspace()
    ):
        candidate.hybrid = True
        candidate.end = token.end()
        return position + 1
    return position


def _read_epithet(
    nt: NormalizedText, tokens: list[Token], position: int, candidate: Candidate, lexicon: ScientificLexicon
) -> bool:
    """Read the specific epithet at token ``position`` and the signs attached before it."""
    text = nt.text
    token = tokens[position]
    gap_end = token.start()
    if text[gap_end - 1] == DAGGER:
        candidate.dagger = True
        gap_end -= 1
    gap = text[candidate.end : gap_end]
    if candidate.second_genus is None and candidate.qualifier is None and _hybrid_gap(nt, candidate.end, gap_end):
        candidate.hybrid = candidate.hybrid_sign = True
        gap = " "
    if gap == "":
        # Only an abbreviated genus may touch its epithet ("T.scripta").
        genus_token = tokens[candidate.first]
        if candidate.genus_case != "abbreviation" or candidate.end != _genus_end(genus_token, "abbreviation"):
            return False
    elif not gap.isspace():
        return False

    word = token.group()
    end = token.end()
    if (
        len(word) == 1
        and word.islower()
        and text[token.end() : token.end() + 1] == "."
        and candidate.genus_case != "upper"
        and not candidate.hybrid
    ):
        candidate.epithet_abbreviated = True
        epithet = word
        end += 1
    elif word.lower() in _NOT_EPITHETS:
        return False
    else:
        epithet = epithet_form(word, candidate.genus_case, MIN_CANDIDATE_EPITHET_LENGTH)
        if epithet is None and _capitalised_epithet_allowed(text, token, candidate, lexicon):
            epithet = word.lower()
            candidate.epithet_capitalised = True
        if epithet is None:
            return False
    candidate.epithet = epithet
    candidate.epithet_index = position
    candidate.last = position
    candidate.end = end
    return True


def _capitalised_epithet_allowed(text: str, token: Token, candidate: Candidate, lexicon: ScientificLexicon) -> bool:
    """Return whether ``token`` may be a capitalised specific epithet ("Centaurea Cyanus").

    The word must not be a known genus, which starts a name of its own, nor an abbreviated author
    ("Mill."). Only a capitalised genus takes one, because ALL-CAPS text capitalises everything.
    """
    word = token.group()
    return (
        candidate.genus_case == "capitalised"
        and len(word) >= MIN_EPITHET_LENGTH
        and _is_capitalised(word)
        and text[token.end() : token.end() + 1] != "."
        and lexicon.genus_of(word) is None
    )


def epithet_form(word: str, genus_case: str, min_length: int = MIN_EPITHET_LENGTH) -> str | None:
    """Return ``word`` in lower case if it can be an epithet after a genus written in ``genus_case``."""
    if len(word) < min_length or not _LATIN_LETTERS.fullmatch(word):
        return None
    if genus_case == "upper":
        return word.lower() if word.isupper() else None
    return word if word.islower() else None


def _read_hybrid_formula(
    nt: NormalizedText, tokens: list[Token], candidate: Candidate, lexicon: ScientificLexicon
) -> None:
    """Read the second parent of a hybrid formula ("Callitropsis macnabiana × sargentii")."""
    text = nt.text
    position = candidate.last + 1
    if candidate.epithet_abbreviated or position >= len(tokens):
        return
    token = tokens[position]
    letter = False
    if token.group() in ("x", "X") and position + 1 < len(tokens) and text[candidate.end : token.start()] == " ":
        if text[token.end() : tokens[position + 1].start()] != " ":
            return
        letter = True
        position += 1
        token = tokens[position]
    elif not _hybrid_gap(nt, candidate.end, token.start()):
        return
    epithet = epithet_form(token.group(), candidate.genus_case)
    if epithet is None:
        return
    # The letter "x" joins ordinary words too ("Tank x large"), so the second parent must then
    # look Latin.
    if letter and not (lexicon.knows_epithet(epithet) or epithet.endswith(WEAK_EPITHET_ENDINGS)):
        return
    candidate.formula_epithet = epithet
    candidate.hybrid = True
    candidate.hybrid_sign = candidate.hybrid_sign or not letter
    candidate.last = position
    candidate.end = token.end()


def _read_infraspecific(text: str, tokens: list[Token], candidate: Candidate, lexicon: ScientificLexicon) -> None:
    """Extend ``candidate`` by infraspecific epithets, bare or after rank markers, and a trailing marker."""
    if not _read_bare_infraspecific(text, tokens, candidate, lexicon):
        for _ in range(MAX_INFRASPECIFIC_PARTS):
            if not _read_ranked_infraspecific(text, tokens, candidate):
                break
    if candidate.marker is None and candidate.last + 1 < len(tokens):
        _read_marker(text, tokens, candidate.last + 1, candidate, SPECIES_MARKERS)


def _read_bare_infraspecific(text: str, tokens: list[Token], candidate: Candidate, lexicon: ScientificLexicon) -> bool:
    """Read a third word without a rank marker ("Trachemys scripta elegans", "A. h. berezowskii")."""
    following = candidate.last + 1
    if following >= len(tokens) or not text[candidate.end : tokens[following].start()].isspace():
        return False
    if tokens[following].group().lower() in RANK_MARKERS:
        return False
    epithet = epithet_form(tokens[following].group(), candidate.genus_case)
    if epithet is None:
        return False
    # After an abbreviated species epithet a third word must follow, so any Latin ending will do.
    # A repeated epithet names the nominotypical subspecies ("Radix auricularia auricularia").
    looks_latin = _looks_like_infraspecific(epithet, lexicon) or epithet == candidate.epithet or (
        candidate.epithet_abbreviated and epithet.endswith(WEAK_EPITHET_ENDINGS)
    )
    if not looks_latin:
        return False
    candidate.infraspecific.append((None, epithet))
    candidate.last = following
    candidate.end = tokens[following].end()
    return True


def _read_ranked_infraspecific(text: str, tokens: list[Token], candidate: Candidate) -> bool:
    """Read an optional authorship, a rank marker and an epithet ("L. var. gallica")."""
    following = candidate.last + 1
    if following >= len(tokens):
        return False
    authorship = None
    if text[candidate.end : tokens[following].start()].isspace() and tokens[following].group().lower() in RANK_MARKERS:
        marker_index = following
    else:
        authorship_end = _inner_authorship_end(text, candidate.end)
        if authorship_end is None:
            return False
        marker_index = following
        while marker_index < len(tokens) and tokens[marker_index].start() <= authorship_end:
            marker_index += 1
        authorship = (candidate.end + 1, authorship_end)

    if marker_index + 1 >= len(tokens):
        return False
    marker_token, epithet_token = tokens[marker_index], tokens[marker_index + 1]
    marker = marker_token.group().lower()
    if marker not in RANK_MARKERS or _starts_annotation(text, marker_token.start()):
        return False
    gap = text[marker_token.end() : epithet_token.start()]
    if gap.strip() not in ("", ".") or gap == "":
        return False
    if marker in ("f", "fo") and not gap.startswith("."):
        return False
    word = epithet_token.group()
    epithet = epithet_form(word, candidate.genus_case)
    capitalised = candidate.genus_case != "upper" and _is_capitalised(word) and len(word) >= MIN_EPITHET_LENGTH
    if epithet is None and capitalised:
        # After a rank marker a capitalised word is always the epithet ("subsp. Darwinii").
        epithet = word.lower()
    if epithet is None:
        return False
    if authorship is not None:
        if candidate.inner_authorship is None:
            candidate.inner_authorship = authorship
    candidate.infraspecific.append((RANK_MARKERS[marker], epithet))
    candidate.last = marker_index + 1
    candidate.end = epithet_token.end()
    return True


def _looks_like_infraspecific(epithet: str, lexicon: ScientificLexicon) -> bool:
    """Accept a bare third word ("Trachemys scripta elegans") only when it is clearly Latin."""
    if lexicon.knows_epithet(epithet) or epithet.endswith(STRONG_EPITHET_ENDINGS):
        return True
    return len(epithet) >= 5 and epithet.endswith(("ans", "ens", "ata", "ica", "ina", "osa"))


def _read_after_name(nt: NormalizedText, candidate: Candidate) -> None:
    """Read a dagger, authorship, annotations and a cultivar after the name, and set ``resume``."""
    text = nt.text
    position = candidate.end
    if text[position : position + 1] == DAGGER:
        candidate.dagger = True
        position += 1
    formal = bool(
        candidate.inner_authorship
        or candidate.qualifier
        or candidate.subgenus
        or candidate.section
        or candidate.marker
        or any(rank for rank, _ in candidate.infraspecific)
    )
    candidate.trailing = _read_trailing(text, position, formal)
    if candidate.trailing is not None:
        position = candidate.trailing.end
    candidate.cultivar = CULTIVAR.match(text, position)
    if candidate.cultivar is not None:
        position = candidate.cultivar.end()
    candidate.resume = position
