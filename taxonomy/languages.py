"""BCP 47 language tags for vernacular and trade names.

A tag must have the shape RFC 5646 defines: a language, then an optional script, region and
variants. Its primary language subtag must be an ISO 639-1 code, or one of the ISO 639-2/3 codes
in :data:`EXTRA_LANGUAGES` for languages without a two-letter code. Extension and private-use
subtags are rejected because no name in a taxonomy needs them.
"""

from __future__ import annotations

import re

# Every current ISO 639-1 code. The withdrawn codes iw, in, ji, jw, sh and mo are not included.
ISO_639_1: frozenset[str] = frozenset(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht
    hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky
    la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny
    oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss
    st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo
    za zh zu
    """.split()
)

# Three-letter codes for languages without an ISO 639-1 code, plus the special code "und"
# (undetermined), which trade names in Latin or mixed language use.
EXTRA_LANGUAGES: frozenset[str] = frozenset(
    {
        "und",  # undetermined
        "mul",  # multiple languages
        "ast",  # Asturian
        "fil",  # Filipino
        "hsb",  # Upper Sorbian
        "dsb",  # Lower Sorbian
        "fur",  # Friulian
        "lad",  # Ladino
        "lij",  # Ligurian
        "lmo",  # Lombard
        "nap",  # Neapolitan
        "nds",  # Low German
        "scn",  # Sicilian
        "sco",  # Scots
        "szl",  # Silesian
        "vec",  # Venetian
        "yue",  # Cantonese
        "nan",  # Min Nan Chinese
    }
)

# Codes people often write in place of the ISO 639-1 code: ISO 639-2 bibliographic and
# terminology codes, deprecated two-letter codes and English language names.
SUGGESTIONS: dict[str, str] = {
    "ger": "de", "deu": "de", "german": "de",
    "eng": "en", "english": "en",
    "fre": "fr", "fra": "fr", "french": "fr",
    "dut": "nl", "nld": "nl", "dutch": "nl",
    "spa": "es", "spanish": "es",
    "ita": "it", "italian": "it",
    "por": "pt", "portuguese": "pt",
    "pol": "pl", "polish": "pl",
    "chi": "zh", "zho": "zh", "chinese": "zh",
    "swe": "sv", "swedish": "sv",
    "dan": "da", "danish": "da",
    "fin": "fi", "finnish": "fi",
    "cze": "cs", "ces": "cs", "czech": "cs",
    "slo": "sk", "slk": "sk", "slovak": "sk",
    "slv": "sl", "slovenian": "sl",
    "hun": "hu", "hungarian": "hu",
    "rum": "ro", "ron": "ro", "romanian": "ro",
    "bul": "bg", "bulgarian": "bg",
    "gre": "el", "ell": "el", "greek": "el",
    "hrv": "hr", "croatian": "hr",
    "srp": "sr", "serbian": "sr",
    "est": "et", "estonian": "et",
    "lav": "lv", "latvian": "lv",
    "lit": "lt", "lithuanian": "lt",
    "mlt": "mt", "maltese": "mt",
    "gle": "ga", "irish": "ga",
    "wel": "cy", "cym": "cy", "welsh": "cy",
    "baq": "eu", "eus": "eu", "basque": "eu",
    "cat": "ca", "catalan": "ca",
    "glg": "gl", "galician": "gl",
    "ice": "is", "isl": "is", "icelandic": "is",
    "nor": "no", "norwegian": "no",
    "tur": "tr", "turkish": "tr",
    "rus": "ru", "russian": "ru",
    "ukr": "uk", "ukrainian": "uk",
    "jpn": "ja", "japanese": "ja",
    "kor": "ko", "korean": "ko",
    "heb": "he", "hebrew": "he", "iw": "he",
    "ind": "id", "in": "id",
    "ji": "yi",
    "jw": "jv",
    "sh": "sr",
    "mo": "ro",
}

_TAG_PATTERN = re.compile(
    r"^(?P<language>[A-Za-z]{2,3})"
    r"(?:-(?P<script>[A-Za-z]{4}))?"
    r"(?:-(?P<region>[A-Za-z]{2}|[0-9]{3}))?"
    r"(?P<variants>(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*)$"
)


def canonical_case(tag: str) -> str:
    """Return ``tag`` with each subtag in the case RFC 5646 recommends (zh-Hans-CN, pt-BR)."""
    parts = tag.split("-")
    result = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            result.append(part.title())
        elif len(part) == 2 and part.isalpha():
            result.append(part.upper())
        else:
            result.append(part.lower())
    return "-".join(result)


def language_tag_problem(tag: object) -> str | None:
    """Return why ``tag`` is not an accepted BCP 47 tag, with the fix, or None when it is valid.

    The returned text reads as the end of a sentence that starts with the field name, for
    example "'ger' is not a valid BCP 47 tag; use 'de'".
    """
    if not isinstance(tag, str):
        return f"{tag!r} is not a string; use a BCP 47 tag such as 'en' or 'zh-Hans'"
    suggestion = SUGGESTIONS.get(tag.lower().replace("_", "-").split("-")[0])
    match = _TAG_PATTERN.match(tag.replace("_", "-"))
    if match is None:
        if suggestion:
            return f"{tag!r} is not a valid BCP 47 tag; use {suggestion!r}"
        return f"{tag!r} is not a valid BCP 47 tag; use a tag such as 'en', 'pt-BR' or 'zh-Hans'"
    language = match.group("language").lower()
    if suggestion and language not in ISO_639_1:
        return f"{tag!r} is not a valid BCP 47 tag; use {suggestion!r}"
    if language not in ISO_639_1 and language not in EXTRA_LANGUAGES:
        return (
            f"{tag!r} has an unknown primary language subtag {language!r}; "
            "use an ISO 639-1 code, or 'und' when the language is undetermined"
        )
    if "_" in tag or canonical_case(tag) != tag:
        return f"{tag!r} is not in canonical BCP 47 form; use {canonical_case(tag.replace('_', '-'))!r}"
    return None
