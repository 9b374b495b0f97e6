"""Merge the NER tagger's spans with the name-shape finder's candidates and the dictionary's hits.

The two finders are good at different things. The NER reads from context whether a word belongs to
a name, and the name-shape grammar reads where a name ends (rank markers, hybrid signs, epithet
lists). So a candidate that the spelling rules could not accept is kept when the NER confirms it,
and an NER span that no finder covers becomes a mention of its own only when it can be a name.
"""

from __future__ import annotations

import re

from nlp.normalize import normalised_span, original_span
from nlp.scientific import ScientificLexicon
from nlp.spans import Mention, NormalizedText

# Words that follow an author, never a genus ("L. emend.", "Engl. ex Dammer").
AUTHORSHIP_WORDS = frozenset({"et", "and", "ex", "in", "non", "nec", "emend", "sensu", "auct", "nom", "comb",
                              "stat", "nov", "ined", "pro"})

# Text allowed between a name and its authors: brackets, initials, surnames, years, "&", "ex".
_AUTHOR_GAP = re.compile(
    r"[\s(),&:;.\d]*(?:(?:[A-Z][^\W\d_]*(?:['’.-][^\W\d_]*)*|et|ex|in|von|van|der|den|de|emend|al)[\s(),&:;.\d]*)*"
)
_MAX_AUTHOR_GAP = 80

# Endings of ranks above the genus (family, order, class, phylum). A word with one of them is not a
# species mention ("Boraginaceae", "Sulfolobales").
_HIGHER_RANK_ENDINGS = ("idae", "aceae", "ales", "oidea", "phyceae", "mycetes", "mycota", "phyta", "opsida")

_LATIN_NAME_START = re.compile(r"[×⨉⨯]?[A-Z][a-z]*\.?(?:\s|$)")


def has_latin_name_shape(text: str) -> bool:
    """Return whether an NER span has the shape of a Latin name: Latin letters, opening with a genus.

    Epithets without a genus ("Thuja plicata, obtusa") come from the name-shape finder, so the NER
    need not propose them. A lone lower-case word that the NER labels SCIENTIFIC is far more often a
    Latin-looking word of the listing's language ("lineana").
    """
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c < "\u0250" for c in letters) and _LATIN_NAME_START.match(text) is not None


def overlaps(mention: Mention, others: list[Mention]) -> bool:
    return any(mention.start < o.end and o.start < mention.end for o in others)


def confirmed_candidates(nt: NormalizedText, candidates: list[Mention], ner, encoding,
                         probabilities) -> list[Mention]:
    """Keep accepted candidates, and unaccepted ones that the NER confirms.

    A candidate is confirmed when the mean SCIENTIFIC probability of its tokens, or of the tokens
    after its first word, reaches the NER threshold. The tagger is often unsure of a rare genus and
    sure of its epithet ("Bb nitida"). In English prose it is sure of a genus and rightly not of the
    noun after it ("Arabidopsis seed"), so the genus alone confirms nothing.
    An item of an epithet list is kept only with its head (see :func:`_follows_head`).
    """
    confirmed = []
    head_kept = item_kept = False
    for candidate in candidates:
        accepted = candidate.details.get("accepted", True)
        if "list_head" in candidate.details:
            keep = head_kept and (accepted or _follows_head(nt, candidate, item_kept, encoding)
                                  or _confirmed(nt, candidate, ner, encoding, probabilities))
            item_kept = keep
        else:
            # "Engl. ex Dammer" is an author team, not a genus and an epithet.
            keep = accepted or (candidate.details.get("epithet", "").lower() not in AUTHORSHIP_WORDS
                                and _confirmed(nt, candidate, ner, encoding, probabilities))
            head_kept, item_kept = keep, False
        if keep:
            confirmed.append(candidate)
    return confirmed


def _confirmed(nt: NormalizedText, candidate: Mention, ner, encoding, probabilities) -> bool:
    """Score an unaccepted candidate with the NER; record the score when it passes."""
    start, end = normalised_span(nt, candidate.start, candidate.end)
    score = ner.span_score(encoding, probabilities, start, end, "SCIENTIFIC")
    first_word_end = start + len(nt.text[start:end].split(maxsplit=1)[0])
    if first_word_end < end:
        score = max(score, ner.span_score(encoding, probabilities, first_word_end, end, "SCIENTIFIC"))
    if score < ner.threshold:
        return False
    candidate.score = score
    candidate.details["ner_score"] = round(score, 4)
    return True


def _follows_head(nt: NormalizedText, item: Mention, previous_kept: bool, encoding) -> bool:
    """Return whether a list item belongs to the kept name before it ("Quercus petraea, robur").

    It does when it ends like a Latin epithet, or when the item before it was kept, because the
    grammar lists a word that does not look Latin ("pubesc") only after one that does. A word that
    the encoder's vocabulary contains whole is a common word of some language ("dans", "den"), so
    it needs the NER instead.
    """
    evidence = item.details.get("evidence", [])
    if not (previous_kept or "latin_ending" in evidence or "strong_latin_ending" in evidence):
        return False
    start, end = normalised_span(nt, item.start, item.end)
    inside = (encoding.offsets[:, 0] < end) & (encoding.offsets[:, 1] > start)
    return int(inside.sum()) > 1


def _follows_name(text: str, start: int, name_ends: list[int]) -> bool:
    """Return whether only authorship ("(L.) H. Karst.", "Engl. ex") lies between a name and ``start``."""
    before = [end for end in name_ends if end <= start]
    if not before:
        return False
    gap = text[max(before) : start]
    return len(gap) <= _MAX_AUTHOR_GAP and _AUTHOR_GAP.fullmatch(gap) is not None


def can_stand_as_name(text: str, start: int, span_text: str, name_ends: list[int],
                      lexicon: ScientificLexicon) -> bool:
    """Return whether a SCIENTIFIC span that only the NER found can be a name.

    It needs the shape of a Latin name. A single word must be a known genus, or else neither sit
    among the authors after a name ("Dammer", "L."), nor open a hyphenated compound, nor carry the
    ending of a family or order. Two or more words must not be an author and an authorship word
    ("L. emend").
    """
    if not has_latin_name_shape(span_text):
        return False
    words = span_text.split()
    if len(words) > 1:
        return words[1].rstrip(".").lower() not in AUTHORSHIP_WORDS
    if lexicon.genus_of(words[0]) is not None:
        return True
    end = start + len(span_text)
    if re.match(r"-[^\W\d_]", text[end : end + 2]):
        return False  # the first part of a compound ("Linnaean-nomenclatuur")
    return not _follows_name(text, start, name_ends) and not words[0].lower().endswith(_HIGHER_RANK_ENDINGS)


def ner_mentions(nt: NormalizedText, spans: list, mentions: list[Mention], candidates: list[Mention],
                 lexicon: ScientificLexicon) -> list[Mention]:
    """Turn NER spans that no finder covers, and that can be names, into mentions."""
    name_ends = sorted(normalised_span(nt, m.start, m.end)[1] for m in (*mentions, *candidates))
    added: list[Mention] = []
    for span in spans:
        span_text = nt.text[span.start : span.end]
        if span.label == "SCIENTIFIC" and not can_stand_as_name(nt.text, span.start, span_text, name_ends, lexicon):
            continue
        start, end = original_span(nt, span.start, span.end)
        mention = Mention(start, end, nt.original[start:end], "ner", score=span.score,
                          form="accepted" if span.label == "SCIENTIFIC" else "vernacular",
                          details={"label": span.label})
        if not overlaps(mention, mentions) and not overlaps(mention, added):
            added.append(mention)
    return added
