"""Language identification for notices and their blocks.

Wraps py3langid restricted to the official languages of the EU/EEA and answers with ISO
639-1 codes, or ``None`` when the text is too short or the model is unsure: a wrong guess
is worse than no guess for the extractor's label tables. Also holds the letters each of
those languages writes (used by the reader to choose between candidate encodings).

This module must not read files and must not do work at import time: the model is loaded
on first use and cached.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coopkg.records import Notice

#: Official EU languages, the EEA's Icelandic and Norwegian, and Catalan, in which
#: cross-border programmes of Spain, France and Andorra publish (ISO 639-1).
EU_LANGUAGES = (
    "bg", "ca", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "is",
    "it", "lt", "lv", "mt", "nl", "no", "pl", "pt", "ro", "sk", "sl", "sv",
)  # fmt: skip

#: The non-ASCII letters each language writes (lower case). Greek and Bulgarian are
#: given as whole scripts. Used to judge which decoding of a byte string is plausible.
LETTERS: dict[str, str] = {
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюяѝ",
    "ca": "àçèéíïòóúü·",
    "cs": "áčďéěíňóřšťúůýž",
    "da": "æøåé",
    "de": "äöüß",
    "el": "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
    "en": "",
    "es": "áéíñóúü",
    "et": "äöõüšž",
    "fi": "äöåšž",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "ga": "áéíóú",
    "hr": "čćđšž",
    "hu": "áéíóöőúüű",
    "is": "áðéíóúýþæö",
    "it": "àèéìíîòóùú",
    "lt": "ąčęėįšųūž",
    "lv": "āčēģīķļņšūž",
    "mt": "àèìòùċġħż",
    "nl": "áéèëïóöüĳ",
    "no": "æøåéèóòô",
    "pl": "ąćęłńóśźż",
    "pt": "áâãàçéêíóôõú",
    "ro": "ăâîșşțţ",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "sl": "čšžćđ",
    "sv": "åäöé",
}

#: Fewer letters than this and we do not guess.
MIN_LETTERS = 12

#: Below this normalised probability the guess is dropped.
MIN_CONFIDENCE = 0.5

_LETTER = re.compile(r"[^\W\d_]")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's identifier, restricted to :data:`EU_LANGUAGES`, loaded once."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages([code for code in EU_LANGUAGES if code in identifier.labels])
    return identifier


def rank_languages(text: str) -> list[tuple[str, float]]:
    """Every EU/EEA language with its probability for ``text``, best first."""
    return [(code, float(p)) for code, p in _identifier().rank(text)]


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the EU/EEA language ``text`` is written in, or ``None``.

    ``None`` when the text has fewer than :data:`MIN_LETTERS` letters (URLs ignored)
    or the best language's probability is below :data:`MIN_CONFIDENCE`.

    >>> detect_language("Le projet renforce la coopération entre les régions frontalières.")
    'fr'
    >>> detect_language("EUR 1") is None
    True
    """
    cleaned = _URL.sub(" ", text)
    # Counting stops at the threshold: listing every letter of a long page cost a sixth of
    # the detection.
    if sum(1 for _ in itertools.islice(_LETTER.finditer(cleaned), MIN_LETTERS)) < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(cleaned)
    if probability < MIN_CONFIDENCE:
        return None
    return str(code)


def block_languages(notice: Notice) -> tuple[str | None, ...]:
    """The language of each of ``notice.blocks`` (``None`` where unsure or too short)."""
    return tuple(detect_language(notice.text[start:end]) for start, end in notice.blocks)
