"""Normalise listing text for matching while keeping a map back to the caller's original offsets.

:func:`normalize` applies, in order:

1. HTML: comments and ``<script>``/``<style>`` blocks are removed, block-level tags (``<br>``,
   ``<p>``, ``<li>``, ``<div>``, table cells, headings …) become a line break, other tags are
   removed, and entities (``&amp;``, ``&nbsp;``, ``&#233;``, ``&eacute;``) are decoded.
2. Characters: each character gets NFKC, so full-width Latin becomes ASCII and ligatures split.
   Format characters (category Cf: soft hyphen, zero-width space and joiners, bidi marks, BOM)
   and variation selectors are removed. Emoji and other pictographs become a space, so that
   "🐢Trachemys" splits, and control characters become whitespace. A base letter followed by
   combining marks is composed with NFC as one unit.
3. A word hyphenated across a line break is joined: "Eich-\\nhornia" becomes "Eichhornia" when
   the next line starts in lower case, and "Rotwangen-\\nSchmuckschildkröte" keeps its hyphen
   because a capital after the break marks a real hyphen. A hyphen inside a line stays.
4. Whitespace: a run that contains a line break becomes one ``"\\n"``, any other run becomes one
   space, and the text is stripped at both ends. The single ``"\\n"`` is kept so that finders
   can tell a title from the body, but a name may still continue across it.

Every character of the result maps to the original character (or HTML entity, tag, or combining
sequence) that produced it, so :meth:`NormalizedText.to_original` returns original offsets.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from nlp.spans import NormalizedText

__all__ = ["normalize", "normalised_span", "original_span"]

# Tags after which the text starts a new line in a browser, so the words on either side stay apart.
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "header", "hr", "html", "li", "main", "nav", "ol", "option", "p", "pre", "section",
        "select", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "title", "tr", "ul",
    }
)

# Comments, script and style blocks (removed with their content) and tags. A tag must start with
# a letter after "<" (or "</"), so "price < 5" and "<3" stay text.
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(?P<raw>script|style)\b[^>]*>.*?(?:</(?P=raw)\s*>|\Z)"
    r"|</?(?P<tag>[A-Za-z][A-Za-z0-9:-]*)(?:\s[^<>]*)?/?>",
    re.DOTALL | re.IGNORECASE,
)

# Named entities without a semicolon are decoded only where html.unescape accepts them.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")

_COMBINING_RUN = re.compile(
    r".[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ef\ufe20-\ufe2f]+", re.DOTALL
)

# A letter, a hyphen, optional spaces, a line break, optional whitespace, then a letter.
_LINE_BREAK_HYPHEN = re.compile(r"(?<=[^\W\d_])[-\u2010\u2011][ \t]*\n\s*(?=[^\W\d_])")

_WHITESPACE_RUN = re.compile(r"\s+")

# Material that produces no normalised text: used to trim it from the end of a mapped span.
_TRAILING_DROPPED = re.compile(
    r"(?:<[^<>]*>|[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufe00-\ufe0f\ufeff])+\Z"
)

_Segments = tuple[list[str], list[int]]


def normalize(text: str) -> NormalizedText:
    """Normalise ``text`` for matching and record where each output character came from.

    Args:
        text: The listing as received, plain text or HTML.

    Returns:
        The normalised text with an offset map into ``text``.
    """
    chars, offsets = _decode_markup(text)
    normalised = "".join(chars)
    normalised, offsets = _rewrite(normalised, offsets, _COMBINING_RUN, _compose)
    normalised, offsets = _rewrite(normalised, offsets, _LINE_BREAK_HYPHEN, _join_hyphenated)
    normalised, offsets = _rewrite(normalised, offsets, _WHITESPACE_RUN, _collapse_whitespace)
    normalised, offsets = _strip(normalised, offsets)
    return NormalizedText(original=text, text=normalised, offsets=tuple(offsets) + (len(text),))


def original_span(nt: NormalizedText, start: int, end: int) -> tuple[int, int]:
    """Map a normalised span to the original text without trailing tags or invisible characters.

    :meth:`NormalizedText.to_original` ends a span where the next normalised character begins, so
    a word followed by a closing tag ("<b>Trachemys</b> scripta") would map to "Trachemys</b>".
    This trims tags and format characters that follow the span's last producing unit.
    """
    original_start, original_end = nt.to_original(start, end)
    if start == end:
        return original_start, original_end
    last_unit_start = nt.offsets[end - 1]
    tail_start = last_unit_start + 1
    if original_end <= tail_start:
        return original_start, original_end
    # Trailing tags, and characters that normalise to nothing or to a space (emoji, spaces), are
    # not part of the span. Strip both kinds until neither is left.
    while original_end > tail_start:
        match = _TRAILING_DROPPED.search(nt.original, tail_start, original_end)
        if match is not None and match.start() >= tail_start:
            original_end = match.start()
            continue
        if _map_char(nt.original[original_end - 1]).strip():
            break
        original_end -= 1
    return original_start, original_end


def normalised_span(nt: NormalizedText, start: int, end: int) -> tuple[int, int]:
    """Map an original span to the normalised text: the normalised characters its original characters produced."""
    body = nt.offsets[:-1]
    return bisect.bisect_left(body, start), bisect.bisect_left(body, end)


def _decode_markup(text: str) -> _Segments:
    """Remove tags, decode entities and map characters, recording each output character's source index."""
    chars: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in _MARKUP.finditer(text):
        _map_plain(text, position, match.start(), chars, offsets)
        tag = match.group("tag")
        if tag is not None and tag.lower() in _BLOCK_TAGS:
            chars.append("\n")
            offsets.append(match.start())
        elif match.group("raw") is not None:
            chars.append(" ")
            offsets.append(match.start())
        position = match.end()
    _map_plain(text, position, len(text), chars, offsets)
    return chars, offsets


def _map_plain(text: str, start: int, end: int, chars: list[str], offsets: list[int]) -> None:
    """Decode the entities of ``text[start:end]`` and map each of its characters."""
    position = start
    for match in _ENTITY.finditer(text, start, end):
        _map_characters(text[position : match.start()], position, chars, offsets)
        decoded = html.unescape(match.group())
        if decoded == match.group():
            _map_characters(decoded, match.start(), chars, offsets)
        else:
            for char in decoded:
                mapped = _map_char(char)
                chars.extend(mapped)
                offsets.extend([match.start()] * len(mapped))
        position = match.end()
    _map_characters(text[position:end], position, chars, offsets)


def _map_characters(segment: str, base: int, chars: list[str], offsets: list[int]) -> None:
    if segment.isascii() and segment.isprintable():
        chars.extend(segment)
        offsets.extend(range(base, base + len(segment)))
        return
    for index, char in enumerate(segment):
        mapped = _map_char(char)
        if mapped:
            chars.extend(mapped)
            offsets.extend([base + index] * len(mapped))


@lru_cache(maxsize=8192)
def _map_char(char: str) -> str:
    """Return what one original character becomes: itself, its NFKC form, a space, or nothing."""
    if char in "\n\r\u2028\u2029\x0b\x0c\x85":
        return "\n"
    category = unicodedata.category(char)
    if category == "Cf" or 0xFE00 <= ord(char) <= 0xFE0F or 0xE0100 <= ord(char) <= 0xE01EF:
        return ""
    if category == "Cc":
        return " "
    if 0x1F3FB <= ord(char) <= 0x1F3FF or char == "\u20e3":
        # Emoji skin-tone modifiers and the keycap mark belong to the pictograph before them.
        return ""
    composed = unicodedata.normalize("NFKC", char)
    if composed != char:
        # Spacing accents such as "´" decompose to a space and a combining mark; keep them whole.
        if composed[0].isspace() and not char.isspace():
            return char
        return composed
    if category in ("So", "Cs", "Co") and ord(char) >= 0x2000:
        return " "
    return char


def _rewrite(
    text: str, offsets: list[int], pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]
) -> tuple[str, list[int]]:
    """Replace each match of ``pattern``, mapping the replacement to the match's first source index."""
    pieces: list[str] = []
    new_offsets: list[int] = []
    position = 0
    for match in pattern.finditer(text):
        replacement = replace(match)
        if replacement == match.group():
            continue
        pieces.append(text[position : match.start()])
        new_offsets.extend(offsets[position : match.start()])
        pieces.append(replacement)
        new_offsets.extend([offsets[match.start()]] * len(replacement))
        position = match.end()
    if position == 0:
        return text, offsets
    pieces.append(text[position:])
    new_offsets.extend(offsets[position:])
    return "".join(pieces), new_offsets


def _compose(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFC", match.group())


def _join_hyphenated(match: re.Match[str]) -> str:
    # NOTE: a real hyphen at a line end before a lower-case word is removed as well, so
    # "poisson-\nchat" becomes "poissonchat". The text gives no way to tell the two apart.
    following = match.string[match.end()] if match.end() < len(match.string) else ""
    return "" if following.islower() else "-"


def _collapse_whitespace(match: re.Match[str]) -> str:
    return "\n" if "\n" in match.group() else " "


def _strip(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    leading = len(text) - len(text.lstrip())
    trailing_end = len(text.rstrip())
    if leading == 0 and trailing_end == len(text):
        return text, offsets
    return text[leading:trailing_end], offsets[leading:trailing_end]
