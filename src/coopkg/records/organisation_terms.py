"""What kind of body an organisation's name says it is, in 26 languages.

``org_terms.toml`` groups the words that name a kind of body (university, ministry,
municipality, agency, ...) by concept, in the EU's official languages plus Norwegian and
Icelandic. The linker compares two names by their concepts
(:mod:`coopkg.link.translations`); the extractor tells a place that *is* a partner's
territory ("Općina Vinica", "Stadt Karlsruhe") from the seat of an institution ("Lund
University"). Words are folded to Latin letters (anyascii, case-folded) on loading.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

from anyascii import anyascii

#: Concepts whose body *is* a territory: a place named with them is the partner's area.
TERRITORIAL = frozenset({"municipality", "city", "county"})
_TOKEN = re.compile(r"[0-9a-z]+")


def fold(text: str) -> str:
    """Lower-case Latin letters and digits, one space between words.

    >>> fold("Πανεπιστήμιο Κρήτης"), fold("Universität Wien")
    ('panepistimio kritis', 'universitat wien')
    """
    return " ".join(_TOKEN.findall(anyascii(text).casefold()))


def terms() -> tuple[Mapping[str, str], frozenset[str]]:
    """The folded word -> concept table (read-only) and the folded function words."""
    concepts, joiners = _terms()
    return MappingProxyType(concepts), joiners


@functools.lru_cache(maxsize=1)
def _terms() -> tuple[dict[str, str], frozenset[str]]:
    raw = resources.files("coopkg.records").joinpath("org_terms.toml").read_bytes()
    data = tomllib.loads(raw.decode("utf-8"))
    concept_of: dict[str, str] = {}
    for concept, words in data["concepts"].items():
        for word in words:
            concept_of.setdefault(fold(word), concept)
    function_words = frozenset(fold(w) for w in data["function_words"]["words"])
    return concept_of, function_words - set(concept_of)


def concept_table() -> dict[str, str]:
    """Folded word -> concept.

    >>> table = concept_table()
    >>> table["universitat"], table["univerza"], table["panepistimio"]
    ('university', 'university', 'university')
    """
    return dict(_terms()[0])


def function_words() -> frozenset[str]:
    """Folded articles, prepositions and conjunctions that join the words of a name."""
    return _terms()[1]


def concept_of(word: str) -> str | None:
    """The concept a single word names, if any ("Gemeinde" -> "municipality").

    >>> concept_of("Gemeinde"), concept_of("Općina"), concept_of("Karlsruhe")
    ('municipality', 'municipality', None)
    """
    return _terms()[0].get(fold(word))
