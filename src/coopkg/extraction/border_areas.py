"""Border areas named by the countries on their sides: "the Czech-Polish border area",
"im polnisch-sächsischen Grenzraum", "pogranicza czesko-polskiego", "la région frontalière
franco-suisse".

A cooperation project's territory is often written this way rather than by region names.
A phrase counts when a hyphenated compound of adjectives, one of them a country's
("deutsch-dänisch"; "sächsisch" may join one), stands next to a noun for a border area of
the text's language family. A bare border ("die deutsch-dänische Grenze") is a line, not
an area, and does not count. The phrase is kept as written (its first form in the text);
its countries are found by :mod:`coopkg.extraction.mentions` as for any other compound.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from coopkg.extraction import labels
from coopkg.records.hits import Hit

#: Nouns for a border area, as stems (case endings follow) or fixed phrases, in the EU's
#: languages and Norwegian. The adjective compound stands before them in most languages,
#: after them in Polish, Czech, Slovak, Croatian, French, Italian, Spanish and Portuguese.
_AREA_NOUNS = (
    # en
    "border area", "border areas", "border region", "border regions", "borderland",
    "borderlands", "cross-border area", "cross-border region",
    # de, nl, da, sv, nb, fi, et, lv, lt, hu
    "grenzraum", "grenzräume", "grenzregion", "grenzgebiet", "grenzland", "grensregio",
    "grensgebied", "grensstreek", "grænseregion", "grænseområde", "gränsregion",
    "gränsområde", "grenseregion", "grenseområde", "raja-alue", "piiriala", "pierobeža",
    "pasienio regionas", "pasienio regione", "határ menti térség", "határtérség",
    "határvidék",
    # fr, it, es, pt, ro
    "région frontalière", "zone frontalière", "espace frontalier", "région transfrontalière",
    "espace transfrontalier", "territoire transfrontalier", "area di confine",
    "zona di confine", "regione di confine", "area transfrontaliera",
    "territorio transfrontaliero", "zona fronteriza", "región fronteriza",
    "área fronteriza", "espacio transfronterizo", "zona fronteiriça", "região fronteiriça",
    "área transfronteiriça", "espaço transfronteiriço", "zona de frontieră",
    "regiunea de frontieră", "regiunea transfrontalieră",
    # pl, cs, sk, sl, hr, bg, el
    "pogranicze", "obszar przygraniczny", "region przygraniczny", "pohraničí",
    "pohraničie", "příhraniční oblast", "příhraniční region", "prihraničný región",
    "obmejno območje", "obmejna regija", "pogranično područje", "granično područje",
    "погранични район", "гранична зона", "трансграничен регион", "παραμεθόρια περιοχή",
    "διασυνοριακή περιοχή",
)  # fmt: skip

#: The final vowel (or "ie") of a noun's word that case endings replace (:func:`_stem`).
_ENDING = re.compile(r"(?:ie|[aeiouyáéíóúěäåæøöő])$")

#: A compound of two to four adjectives joined by hyphens ("česko-polsko-slovenský").
_COMPOUND = r"[^\W\d_]{3,}(?:[-‐–][^\W\d_]{3,}){1,3}"
#: Where a compound can begin (inside one no other begins: none follows a letter or dash).
_COMPOUND_START = re.compile(r"(?<![\w-])[^\W\d_]{3,}[-‐–][^\W\d_]{3}")


def _stem(noun: str) -> str:
    """A noun's pattern with room for case endings on each word ("pogranicza",
    "Grenzraums", "pohraničia", "obmejnem območju"); short link words stay as they are."""

    def word(w: str) -> str:
        if len(w) <= 3:
            return re.escape(w)
        # Drop a final vowel (or "ie") that the case endings replace.
        return re.escape(_ENDING.sub("", w)) + r"[^\W\d_]{0,4}"

    return r"\s+".join(word(w) for w in noun.split())


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = "|".join(_stem(n) for n in sorted(_AREA_NOUNS, key=len, reverse=True))
    noun = r"(?:" + nouns + r")"
    after = re.compile(r"(?<![\w-])(" + _COMPOUND + r")\s+(" + noun + r")(?![\w-])", re.I)
    before = re.compile(r"(?<![\w-])(" + noun + r")\s+(" + _COMPOUND + r")(?![\w-])", re.I)
    return after, before


@lru_cache(maxsize=1)
def _noun_starts() -> tuple[str, ...]:
    """What each noun's pattern starts with, literally: its first word as :func:`_stem`
    keeps it (a page holding none of these names no border area)."""
    firsts = (noun.split()[0] for noun in _AREA_NOUNS)
    return tuple(w if len(w) <= 3 else _ENDING.sub("", w) for w in firsts)


def _country_of(part: str, languages: Sequence[str]) -> str | None:
    """The country a part of the compound is the adjective of, in the general table or the
    tables of ``languages``."""
    from coopkg.extraction.mentions import general_adjective
    from coopkg.records.countries import adjective_country

    found = general_adjective(part)
    if found:
        return found
    return next((c for lang in languages if (c := adjective_country(part, lang))), None)


def _side(part: str, languages: Sequence[str]) -> str:
    """What names one side in the area's key: its country where any table knows the word
    ("czesko" and "česko" are both CZ), else the word's first letters ("sächsisch")."""
    from coopkg.records.countries import ADJECTIVE_LANGUAGES, normalise_name

    return _country_of(part, (*languages, *ADJECTIVE_LANGUAGES)) or normalise_name(part)[:4]


def border_areas(clean: str, languages: Sequence[str] = ()) -> list[Hit]:
    """Border areas named by a compound of country adjectives, as written, in text order.

    >>> [h.value for h in border_areas("Radwege im polnisch-sächsischen Grenzraum.", ["de"])]
    ['polnisch-sächsischen Grenzraum']
    >>> [h.value for h in border_areas("szlaki turystyczne pogranicza czesko-polskiego", ["pl"])]
    ['pogranicza czesko-polskiego']
    >>> border_areas("Radwege entlang der deutsch-dänischen Grenze", ["de"])
    []
    """
    if not labels.may_contain(clean, _noun_starts()):
        return []
    after, before = _patterns()
    out: list[Hit] = []
    # Each pattern tried only where its matches can begin: a compound, a noun.
    compounds = [m.start() for m in _COMPOUND_START.finditer(clean)]
    for matches, group in (
        (labels.matches_at(after, clean, compounds), 1),
        (labels.phrase_matches(before, clean, _noun_starts()), 2),
    ):
        for m in matches:
            parts = re.split(r"[-‐–]", m.group(group))
            if not any(_country_of(p, languages) for p in parts):
                continue
            if any(h.start < m.end() and m.start() < h.end for h in out):
                continue
            # One area in several case forms and word orders ("pogranicza polsko-
            # słowackiego", "na polsko-słowackim pograniczu"): one kind for all of them.
            sides = sorted(_side(p, languages) for p in parts)
            kind = "border:" + "-".join(sides)
            out.append(Hit(m.start(), m.end(), m.group(), "places:border", 0.7, kind))
    return sorted(out, key=lambda h: h.start)
