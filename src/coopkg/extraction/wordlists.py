"""How common a word is in the languages of a text, from wordfreq's word lists.

Several finders ask it: a place name that is also a common word ("Par", "Inn") is not
taken for the place, a coined one-word project name is a word no list knows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache

#: wordfreq's codes where they differ from the notice's (ISO 639-1) language codes.
WORDFREQ_CODES: Mapping[str, str] = {"hr": "sh", "sr": "sh", "bs": "sh", "no": "nb", "nn": "nb"}


@lru_cache(maxsize=1)
def wordfreq_languages() -> frozenset[str]:
    """wordfreq's languages, read once: wordfreq lists its data folder on every call."""
    from wordfreq import available_languages

    return frozenset(available_languages())


def zipf_frequencies(
    word: str, languages: Iterable[str], codes: Mapping[str, str] = WORDFREQ_CODES
) -> Iterator[float]:
    """The Zipf frequency of ``word`` in each of ``languages`` wordfreq has a list for
    (each language once), lazily: callers stop at the first that decides."""
    zipf_frequency = _zipf_frequency()
    known = wordfreq_languages()
    for code in {codes.get(lang, lang) for lang in languages}:
        if code in known:
            yield zipf_frequency(word, code)


def _zipf_frequency() -> Callable[[str, str], float]:
    """wordfreq's look-up over compact tables (:mod:`coopkg.extraction.frequency_tables`:
    the same figures, without building a dict of every word of each language)."""
    from coopkg.extraction.frequency_tables import zipf_frequency

    return zipf_frequency
