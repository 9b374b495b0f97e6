"""Find known name strings (scientific, vernacular, trade) in normalised listing text.

Matching works on a folded copy of the text. Folding applies case folding and strips combining
marks ("é" → "e", "ö" → "o"). It also maps "ß" → "ss", "œ" → "oe", "æ" → "ae", "ø" → "o" and
"ł" → "l", and unifies apostrophe variants to "'" and dash variants to "-". Each folded character keeps the index of the
normalised character it came from, so mentions carry offsets into the original text.

Names in space-separated scripts match whole words only. Words are compared one by one, and the
separators between them must agree once spaces and hyphens are ignored, so "poisson chat" matches
"poisson-chat" and "red eared slider" matches "red-eared slider". A word may carry an inflectional
ending of the name's language ("szopy pracze" for "szop pracz", "Schmuckschildkröten"). Umlaut
plurals ("Waschbären") need no rule, because folding removes the umlaut. German and Dutch names of
eight or more letters also match as the head (last part) of a compound ("Zwergwasserhyazinthe").
Names in Chinese, Japanese or Thai script match as substrings, because those scripts do not
separate words with spaces.

Scores: 1.0 for an exact folded match, 0.95 for a hyphenated German or Dutch name written as one
word, 0.9 for an inflected match (0.85 when the caller's language differs from the name's),
0.8 for a compound head (0.75 inflected).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from nlp.normalize import original_span
from nlp.spans import Mention, NormalizedText
from taxonomy.schema import NameRecord

__all__ = ["DictionaryMatcher", "fold", "fold_with_offsets"]

FINDER = "dictionary"

SCORE_EXACT = 1.0
SCORE_JOINED_VARIANT = 0.95
SCORE_INFLECTED = 0.9
SCORE_INFLECTED_OTHER_LANGUAGE = 0.85
SCORE_COMPOUND_HEAD = 0.8
SCORE_COMPOUND_HEAD_INFLECTED = 0.75

# A stem shorter than this takes no endings, so short words such as "de" or "rak" match only as
# written or with an ending added to the whole word.
MIN_STEM_LENGTH = 3

# The shortest German or Dutch name that may match as the head of a compound. Shorter heads
# ("Krebs", "Aal") occur inside too many unrelated compounds.
MIN_COMPOUND_HEAD_LENGTH = 8
COMPOUNDING_LANGUAGES = frozenset({"de", "nl"})

# Inflectional endings per language, folded (no diacritics). A name word is reduced to stems by
# removing any of these endings. A text word matches when it is a stem plus one of them, so each
# set contains both the singular endings to remove and the plural or case endings to add.
# simplemma 2.0 lemmatisation was measured as an alternative and not used: loading its dictionaries
# for seven languages took about 6 s, and it left "Schmuckschildkröten" and Polish "szopy"
# unchanged, both of which these endings handle.
# NOTE: these are suffix lists, not morphology. Irregular plurals (es "pez" → "peces", nl "-eren"),
# Finnish, Hungarian and the Slavic languages other than Polish match only as written.
ENDINGS: dict[str, frozenset[str]] = {
    "en": frozenset({"s", "es", "ies", "y"}),
    "de": frozenset({"e", "en", "n", "s", "es", "er", "ern", "nen"}),
    # Dutch diminutives ("zonnebaarsjes") are as common in listings as plurals.
    "nl": frozenset({"en", "s", "e", "je", "jes", "tje", "tjes"}),
    "fr": frozenset({"s", "x", "es", "al", "aux"}),
    "es": frozenset({"s", "es"}),
    "ca": frozenset({"s", "es", "os"}),
    "pt": frozenset({"s", "es", "ns", "m", "ao", "oes", "aes", "aos", "l", "is"}),
    "it": frozenset({"o", "a", "e", "i", "he", "hi"}),
    "pl": frozenset(
        {"a", "u", "owi", "em", "ie", "y", "i", "ow", "om", "ami", "ach", "e", "o",
         "ego", "emu", "ym", "ych", "ymi", "ej", "ich", "im", "imi"}
    ),
    "sv": frozenset({"ar", "or", "er", "en", "na", "arna", "orna", "erna", "n", "et"}),
    "da": frozenset({"e", "er", "en", "erne", "ene", "et", "r"}),
    "no": frozenset({"er", "en", "ene", "et", "a", "e"}),
}
_MAX_ENDING_LENGTH = max(len(ending) for endings in ENDINGS.values() for ending in endings)

_FORM_PRIORITY = {"accepted": 0, "synonym": 1, "vernacular": 2, "trade": 3, "abbreviation": 4, "misspelling": 5}

_APOSTROPHES = "\u2019\u2018\u02bc\u0060\u00b4\u2032\uff07"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d"
_SPECIAL_FOLDS = {"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "×": "x"}

_WORD = re.compile(r"[^\W_]+")
_GAP_NOISE = re.compile(r"[\s\-]+")
# Scripts written without spaces between words: CJK ideographs, kana, Thai.
_UNSPACED_SCRIPT = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f\U00020000-\U0002fa1f]")


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    if char in _APOSTROPHES:
        return "'"
    if char in _DASHES:
        return "-"
    folded = []
    for part in char.casefold():
        part = _SPECIAL_FOLDS.get(part, part)
        for decomposed in unicodedata.normalize("NFD", part):
            if not unicodedata.combining(decomposed):
                folded.append(decomposed)
    return "".join(folded)


def fold(text: str) -> str:
    """Fold ``text`` for case-, accent- and punctuation-variant-insensitive comparison."""
    return "".join(_fold_char(char) for char in text)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` and return, for each folded character, the index of its source character."""
    if text.isascii() and "`" not in text:
        return text.lower(), list(range(len(text)))
    pieces: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        pieces.append(folded)
        offsets.extend([index] * len(folded))
    return "".join(pieces), offsets


def _primary_language(tag: str | None) -> str | None:
    if not tag or tag == "und":
        return None
    return tag.split("-")[0].lower()


@dataclass(frozen=True)
class _Entry:
    """The records that share one folded name, with what matching needs to know about it."""

    key: str
    words: tuple[str, ...]
    gaps: tuple[str, ...]
    records: tuple[NameRecord, ...]
    taxon_ids: tuple[str, ...]
    matched_name: str
    form: str
    languages: tuple[str, ...]
    ambiguous: bool
    joined_variant: bool
    # Per language: for each word, the stems a text word may extend with that language's endings.
    stems: Mapping[str, tuple[frozenset[str], ...]]

    @property
    def language(self) -> str | None:
        return self.languages[0] if len(self.languages) == 1 else None


@dataclass(frozen=True)
class _Hit:
    start: int  # folded-text offsets
    end: int
    entry: _Entry
    score: float
    inflected_language: str | None
    compound_head: bool = False


class DictionaryMatcher:
    """Find name strings from a fixed list of name records in normalised text.

    The matcher is built once in the constructor and never changes afterwards, so one instance
    can serve concurrent :meth:`find` calls from several threads.

    Args:
        records: Name records; records whose folded names are equal are merged, so a match
            reports every taxon id that the string names.
    """

    def __init__(self, records: Iterable[NameRecord]) -> None:
        grouped: dict[str, list[NameRecord]] = defaultdict(list)
        for record in records:
            key = " ".join(_WORD.findall(fold(record.name)))
            if key:
                grouped[key].append(record)

        self._by_first_word: dict[str, list[_Entry]] = defaultdict(list)
        self._by_stem: dict[str, list[tuple[_Entry, str]]] = defaultdict(list)
        self._unspaced = ahocorasick.Automaton()
        self._compound_heads = ahocorasick.Automaton()
        self.entry_count = 0

        for key, group in grouped.items():
            entry = _make_entry(key, group, joined_variant=False)
            self._add(entry)
            joined = _joined_variant(entry)
            if joined is not None and joined.key not in grouped:
                self._add(joined)

        for automaton in (self._unspaced, self._compound_heads):
            if len(automaton):
                automaton.make_automaton()

    def _add(self, entry: _Entry) -> None:
        self.entry_count += 1
        if _UNSPACED_SCRIPT.search(entry.key):
            _add_to_automaton(self._unspaced, entry.key, (entry, entry.key))
            return
        self._by_first_word[entry.words[0]].append(entry)
        for language, word_stems in entry.stems.items():
            for stem in word_stems[0]:
                self._by_stem[stem].append((entry, language))
            if (
                language in COMPOUNDING_LANGUAGES
                and len(entry.words) == 1
                and len(entry.words[0]) >= MIN_COMPOUND_HEAD_LENGTH
            ):
                for stem in word_stems[0]:
                    _add_to_automaton(self._compound_heads, stem, (entry, language, stem))

    def find(self, nt: NormalizedText, language: str | None = None) -> list[Mention]:
        """Find every known name in ``nt``; overlapping matches keep the longest.

        Args:
            nt: Normalised listing text.
            language: BCP 47 tag of the listing, if known. It only lowers the score of an
                inflected match in another language; it never hides a match.

        Returns:
            Mentions sorted by start offset, with offsets into ``nt.original``.
        """
        folded, folded_offsets = fold_with_offsets(nt.text)
        tokens = [(match.start(), match.end()) for match in _WORD.finditer(folded)]
        text_language = _primary_language(language)

        hits = self._word_hits(folded, tokens, text_language)
        hits.extend(self._compound_hits(folded, tokens))
        hits.extend(self._unspaced_hits(folded))
        return [self._mention(nt, folded_offsets, hit, text_language) for hit in _longest_first(hits)]

    def _word_hits(self, folded: str, tokens: list[tuple[int, int]], text_language: str | None) -> list[_Hit]:
        hits: list[_Hit] = []
        for index, (start, end) in enumerate(tokens):
            word = folded[start:end]
            for entry in self._by_first_word.get(word, ()):
                # The first word is as written; later words may still be inflected ("red-eared sliders").
                for language in (None, *entry.stems):
                    hit = _match_from(folded, tokens, index, entry, language, text_language)
                    if hit is not None:
                        hits.append(hit)
                        break
            for ending_length in range(1, min(_MAX_ENDING_LENGTH, len(word) - MIN_STEM_LENGTH) + 1):
                ending = word[-ending_length:]
                for entry, language in self._by_stem.get(word[:-ending_length], ()):
                    if ending in ENDINGS[language]:
                        hit = _match_from(folded, tokens, index, entry, language, text_language)
                        if hit is not None:
                            hits.append(hit)
        return hits

    def _compound_hits(self, folded: str, tokens: list[tuple[int, int]]) -> list[_Hit]:
        if not len(self._compound_heads) or not tokens:
            return []
        token_ends = {}
        for start, end in tokens:
            for position in range(start, end):
                token_ends[position] = (start, end)
        hits: list[_Hit] = []
        for last, values in self._compound_heads.iter(folded):
            for entry, language, stem in values:
                head_start = last + 1 - len(stem)
                token = token_ends.get(head_start)
                if token is None or head_start - token[0] < MIN_STEM_LENGTH:
                    continue
                remainder = folded[last + 1 : token[1]]
                if remainder == "" and stem == entry.words[0]:
                    score = SCORE_COMPOUND_HEAD
                elif remainder in ENDINGS[language]:
                    score = SCORE_COMPOUND_HEAD_INFLECTED
                else:
                    continue
                hits.append(_Hit(token[0], token[1], entry, score, language, compound_head=True))
        return hits

    def _unspaced_hits(self, folded: str) -> list[_Hit]:
        if not len(self._unspaced):
            return []
        hits = []
        # NOTE: two-character names (八哥, 构树) also match inside longer words, because these
        # scripts give no word boundaries; the linker has to weigh such hits.
        for last, values in self._unspaced.iter(folded):
            for entry, key in values:
                hits.append(_Hit(last + 1 - len(key), last + 1, entry, SCORE_EXACT, None))
        return hits

    def _mention(
        self, nt: NormalizedText, folded_offsets: list[int], hit: _Hit, text_language: str | None
    ) -> Mention:
        normalized_start = folded_offsets[hit.start]
        normalized_end = folded_offsets[hit.end - 1] + 1
        start, end = original_span(nt, normalized_start, normalized_end)
        entry = hit.entry
        language = hit.inflected_language or entry.language
        if language is None and text_language in entry.languages:
            language = text_language
        details: dict[str, object] = {"folded": entry.key}
        if len(entry.languages) > 1:
            details["languages"] = list(entry.languages)
        if hit.inflected_language is not None:
            details["inflected"] = True
        if hit.compound_head:
            details["compound_head"] = True
        if entry.joined_variant:
            details["joined_variant"] = True
        return Mention(
            start=start,
            end=end,
            text=nt.original[start:end],
            finder=FINDER,
            taxon_ids=entry.taxon_ids,
            matched_name=entry.matched_name,
            form=entry.form,
            language=language,
            score=hit.score,
            ambiguous=entry.ambiguous,
            details=details,
        )


def _match_from(
    folded: str,
    tokens: list[tuple[int, int]],
    first: int,
    entry: _Entry,
    language: str | None,
    text_language: str | None,
) -> _Hit | None:
    """Match ``entry`` word by word from token ``first``; ``language`` allows its endings."""
    if first + len(entry.words) > len(tokens):
        return None
    inflected = False
    for offset, name_word in enumerate(entry.words):
        start, end = tokens[first + offset]
        if offset:
            gap = _GAP_NOISE.sub("", folded[tokens[first + offset - 1][1] : start])
            if gap and gap != entry.gaps[offset - 1]:
                return None
        text_word = folded[start:end]
        if text_word == name_word:
            continue
        if language is None or not _is_inflection(text_word, entry.stems[language][offset], language):
            return None
        inflected = True

    start = tokens[first][0]
    end = tokens[first + len(entry.words) - 1][1]
    if not inflected:
        score = SCORE_JOINED_VARIANT if entry.joined_variant else SCORE_EXACT
        return _Hit(start, end, entry, score, None)
    score = SCORE_INFLECTED
    if text_language is not None and text_language != language:
        score = SCORE_INFLECTED_OTHER_LANGUAGE
    return _Hit(start, end, entry, score, language)


def _is_inflection(text_word: str, stems: frozenset[str], language: str) -> bool:
    endings = ENDINGS[language]
    for stem in stems:
        if text_word.startswith(stem) and text_word[len(stem) :] in endings:
            return True
    return False


def _longest_first(hits: list[_Hit]) -> list[_Hit]:
    """Keep the longest hit of each overlapping group (then the higher score), in text order."""
    chosen: list[_Hit] = []
    occupied = [False] * (max((hit.end for hit in hits), default=0))
    for hit in sorted(hits, key=lambda hit: (hit.start - hit.end, -hit.score, hit.start)):
        if any(occupied[hit.start : hit.end]):
            continue
        for position in range(hit.start, hit.end):
            occupied[position] = True
        chosen.append(hit)
    return sorted(chosen, key=lambda hit: hit.start)


def _make_entry(key: str, group: list[NameRecord], *, joined_variant: bool) -> _Entry:
    folded_name = fold(group[0].name)
    words = tuple(key.split(" "))
    gaps = tuple(_GAP_NOISE.sub("", gap) for gap in _WORD.split(folded_name)[1:-1])
    preferred = min(group, key=lambda record: _FORM_PRIORITY.get(record.form, len(_FORM_PRIORITY)))
    languages = tuple(dict.fromkeys(
        language for record in group if (language := _primary_language(record.language)) is not None
    ))
    stems = {
        language: tuple(_stems(word, language) for word in words)
        for language in languages
        if language in ENDINGS
    }
    return _Entry(
        key=key,
        words=words,
        gaps=gaps,
        records=tuple(group),
        taxon_ids=tuple(dict.fromkeys(record.taxon_id for record in group)),
        matched_name=preferred.name,
        form=preferred.form,
        languages=languages,
        ambiguous=any(record.ambiguous for record in group),
        joined_variant=joined_variant,
        stems=stems,
    )


def _joined_variant(entry: _Entry) -> _Entry | None:
    """Return the one-word spelling of a hyphenated German or Dutch name ("Rotwangenschmuckschildkröte")."""
    if len(entry.words) < 2 or not COMPOUNDING_LANGUAGES.intersection(entry.languages):
        return None
    if any(gap != "" for gap in entry.gaps) or not all(
        fold(record.name).count("-") == len(entry.words) - 1 for record in entry.records
    ):
        return None
    joined = "".join(entry.words)
    variant = _make_entry(joined, list(entry.records), joined_variant=True)
    return variant


def _stems(word: str, language: str) -> frozenset[str]:
    """Return the stems of a name word: the word itself and the word minus each ending it has."""
    if len(word) < MIN_STEM_LENGTH:
        return frozenset()
    stems = {word}
    for ending in ENDINGS[language]:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM_LENGTH:
            stems.add(word[: -len(ending)])
    if language == "nl":
        stems.update(_dutch_plural_stems(word))
    return frozenset(stems)


_DUTCH_VOWELS = "aeiou"


def _dutch_plural_stems(word: str) -> set[str]:
    """Return Dutch spelling changes before "-en": "schildpad" → "schildpadd", "boom" → "bom"."""
    stems = set()
    if len(word) >= 3 and word[-1] not in _DUTCH_VOWELS and word[-2] in _DUTCH_VOWELS:
        if word[-3] not in _DUTCH_VOWELS:
            stems.add(word + word[-1])
        elif word[-3] == word[-2]:
            stems.add(word[:-2] + word[-1])
    return stems


def _add_to_automaton(automaton: ahocorasick.Automaton, key: str, value: object) -> None:
    """Append ``value`` to the list stored under ``key``, since several entries may share a key."""
    automaton.add_word(key, automaton.get(key, []) + [value])
