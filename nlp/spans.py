"""Types shared by the detection stages: normalised text with its offset map, and mentions."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class NormalizedText:
    """Text after normalisation, with a map back to the caller's original string.

    ``offsets`` has ``len(text) + 1`` entries: ``offsets[i]`` is the index in ``original`` of the
    character that produced ``text[i]``, and the last entry is ``len(original)``, so a normalised
    span ``[start, end)`` maps to ``[offsets[start], offsets[end])`` when ``end`` begins a new
    original character.
    """

    original: str
    text: str
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to a span of the original text.

        The end maps past the last original character that the span's last character came from,
        so an expanded character (one original code point that became several) is covered whole.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(
                f"span [{start}, {end}) is outside the normalised text of length {len(self.text)}"
            )
        if start == end:
            position = self.offsets[start]
            return position, position
        original_start = self.offsets[start]
        last = self.offsets[end - 1]
        original_end = self.offsets[end]
        if original_end <= last:
            original_end = last + 1
        return original_start, original_end


@dataclass
class Mention:
    """A candidate name in a listing, with offsets into the original text.

    ``finder`` names the stage that proposed it: ``dictionary`` (a known name form),
    ``scientific_name`` (the shape of a Latin name), ``ner`` (the transformer tagger) or
    ``fuzzy`` (a near match from the lexical index). ``taxon_ids`` contains the taxa that an
    exact dictionary hit names. The linker fills or re-ranks them.
    """

    start: int
    end: int
    text: str
    finder: str
    taxon_ids: tuple[str, ...] = ()
    matched_name: str | None = None
    form: str | None = None
    language: str | None = None
    score: float = 1.0
    ambiguous: bool = False
    details: dict[str, object] = field(default_factory=dict)
