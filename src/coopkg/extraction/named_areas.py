"""Areas a notice names with an area noun before a proper name: "mikroregion povodí
Olšovky", "Euroregion Tatry", "Region Holicko-Pardubicko", "the river basins Narva/Narova
and Daugava/Väina".

Micro-regions, Euroregions and river basins are project territories no gazetteer lists:
the noun says that the name after it is an area. A phrase counts when one of the nouns
below (any case ending) stands right before a capitalised name on the same line. Nouns
that belong to the area's name ("Euroregion", "mikroregion") stay in the written name;
a generic noun ("Region", "river basin") is dropped, as a reader writes the name alone.

After a lower-case noun only a one-word name counts (hyphens and slashes join its parts):
"předseda euroregionu Jan Novák" names the chairman, not an area. A capitalised noun
("EUREGIO Rhein-Waal", "Region Holicko-Pardubicko") heads a name of up to three words.
A name another finder read already (a gazetteer region) is left to that finder.

Some languages make an area's name with a suffix word instead ("Kempenstreek", "Tisza-vidék",
"Duna-völgy"): :func:`suffix_areas` reads those of the text's languages, the case ending
cut off ("Tisza-vidéki" -> "Tisza-vidék"), and the suspended compounds before one
("Rába-, Marcal- és Répce-völgyében": three valleys).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from coopkg.records.hits import Hit

#: Nouns that are part of an area's name, as stems (case endings may follow), in the EU's
#: languages: Euroregions, Euregios and micro-regions.
_NAME_NOUNS = (
    "euroregion", "euroregión", "euroregija", "euroregiune", "euroregiunea", "euroregione",
    "eurorregión", "eurorregião", "eurorégion", "euregio", "mikroregion", "mikroregión",
    "mikroregija", "microregion", "microregiune", "microregiunea", "microregione",
    "micro-région", "microrregión", "microrregião", "kleinregion",
)  # fmt: skip

#: Lower-case words of a basin or catchment between the noun and the name ("mikroregion
#: povodí Olšovky", "mikroregión povodia Torysy").
_BASIN_WORDS = ("povodí", "povodia", "dorzecza", "porečja", "porječja")

#: Generic nouns before an area's name, left out of the name: a capitalised "Region" (as
#: German, Scandinavian, Czech and Dutch write it before the name), river basins.
_GENERIC_NOUNS = (
    "river basin", "river basins", "Region", "Regio", "Flussgebiet", "stroomgebied",
    "bacino idrografico", "bassin versant", "cuenca hidrográfica", "bacia hidrográfica",
)  # fmt: skip

#: One name word: capitalised, with parts joined by a hyphen or a slash ("Holicko-Pardubicko",
#: "Narva/Narova", "Rhein-Waal").
_WORD = r"[^\W\d_a-zß][^\W\d_]*(?:[-/‐][^\W\d_]+)*"
_GAP = r"[ \t\u00a0]+"
_AND = r"(?:and|und|et|e|y|i|a|és|ja|og|och|en|și|и|και|oraz|ir|un)"


def _stem(noun: str) -> str:
    words = noun.split()
    last = re.escape(re.sub(r"(?:a|e|o|á|é|ó|ã)$", "", words[-1])) + r"[^\W\d_]{0,4}"
    return _GAP.join([*(re.escape(w) for w in words[:-1]), last])


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    named = "|".join(_stem(n) for n in sorted(_NAME_NOUNS, key=len, reverse=True))
    basin = "|".join(map(re.escape, _BASIN_WORDS))
    lower = sorted((n for n in _GENERIC_NOUNS if n.islower()), key=len, reverse=True)
    capital = sorted((n for n in _GENERIC_NOUNS if not n.islower()), key=len, reverse=True)
    # Generic nouns in the case they are listed in: "River Basin Management Planning" is a
    # title; a capitalised noun without endings: "Regional" and "Regione" are no "Region".
    generic = "|".join([*(_stem(n) for n in lower), *(re.escape(n) for n in capital)])
    # A name of one word, or (after a capitalised noun) of up to three.
    name = rf"(?P<name>{_WORD}(?:{_GAP}{_WORD}){{0,2}})"
    named_re = re.compile(
        rf"(?<![\w-])(?P<noun>(?i:{named}))(?:{_GAP}(?P<basin>{basin}))?{_GAP}{name}(?![\w-])"
    )
    generic_re = re.compile(rf"(?<![\w-])(?P<noun>{generic}){_GAP}{name}(?![\w-])")
    return named_re, generic_re


def _name_of(noun: str, name: str) -> str | None:
    """The name after ``noun``, its capitalised words only; after a lower-case noun only a
    name of one word ("předseda euroregionu Jan Novák" names a person, not an area)."""
    words = []
    for word in name.split():
        if not word[:1].isupper():
            break
        words.append(word)
    if not words or (noun[:1].islower() and len(words) > 1):
        return None
    return name[: name.index(words[-1]) + len(words[-1])]


#: English writes the generic noun after the name: "the Centre Region of Portugal", "the
#: Tampere Region"; as written, with the country that follows.
_REGION_AFTER = re.compile(
    r"(?<![\w-])[Tt]he[ \t]+(?P<name>(?:[^\W\d_a-z][\w’'-]*[ \t]+){1,3}Region"
    r"(?:[ \t]+of[ \t]+[^\W\d_a-z][\w-]*)?)(?![\w-])"
)
#: Capitalised words that make "the X Region" a role, not a name ("the Partner Region").
_ROLE_WORDS = frozenset(
    {"european", "programme", "program", "partner", "project", "pilot", "border", "target",
     "eligible", "cooperation", "lead", "participating", "model", "whole", "entire", "same",
     "other", "each", "every", "this", "our", "their", "host", "cross-border",
     "neighbouring", "neighboring"}
)  # fmt: skip


#: Zipf frequency (wordfreq) from which a word after a generic noun is a common word of the
#: text's language ("für die Region Arbeitsplätze schaffen": jobs, not a region's name).
_COMMON_ZIPF = 3.5


def _is_common(word: str, languages: Sequence[str]) -> bool:
    from coopkg.extraction.wordlists import zipf_frequencies

    return any(z >= _COMMON_ZIPF for z in zipf_frequencies(word.lower(), (*languages, "en")))


def named_areas(
    clean: str, taken: Sequence[tuple[int, int]] = (), languages: Sequence[str] = ()
) -> list[Hit]:
    """Areas named after an area noun, as written, in text order; none that overlaps a
    span of ``taken``.

    >>> [h.value for h in named_areas("spolupráce škol v mikroregionu povodí Olšovky.")]
    ['mikroregionu povodí Olšovky']
    >>> [h.value for h in named_areas("Partner: Region Holicko-Pardubicko, Česko")]
    ['Holicko-Pardubicko']
    >>> [h.value for h in named_areas("the river basins Narva/Narova and Daugava/Väina.")]
    ['Narva/Narova', 'Daugava/Väina']
    >>> named_areas("řekl předseda euroregionu Jan Novák.")
    []
    >>> named_areas("Wir wollen für die Region Arbeitsplätze schaffen.", languages=["de"])
    []
    >>> [h.value for h in named_areas("in the Centre Region of Portugal and the Partner Region.")]
    ['Centre Region of Portugal']
    """
    named_re, generic_re = _patterns()
    out: list[Hit] = []
    for pattern, keep_noun in ((named_re, True), (generic_re, False)):
        for m in pattern.finditer(clean):
            name = _name_of(m.group("noun"), m.group("name"))
            if name is None or (not keep_noun and _is_common(name.split()[0], languages)):
                continue
            start = m.start() if keep_noun else m.start("name")
            end = m.start("name") + len(name)
            spans = [(start, end)]
            if not keep_noun:
                # "river basins X and Y": the second name after a conjunction too.
                more = re.compile(rf"{_GAP}{_AND}{_GAP}({_WORD})(?![\w-])").match(clean, end)
                if more and m.group("noun").lower().endswith("s"):
                    spans.append((more.start(1), more.end(1)))
            for s, e in spans:
                if any(a < e and s < b for a, b in [*taken, *((h.start, h.end) for h in out)]):
                    continue
                out.append(Hit(s, e, clean[s:e], "places:named-area", 0.6))
    for m in _REGION_AFTER.finditer(clean):
        s, e = m.start("name"), m.end("name")
        if m.group("name").split()[0].lower() in _ROLE_WORDS:
            continue
        if any(a < e and s < b for a, b in [*taken, *((h.start, h.end) for h in out)]):
            continue
        out.append(Hit(s, e, clean[s:e], "places:named-area", 0.6))
    return sorted(out, key=lambda h: h.start)


#: Words that end an area's compound name, per language, as written before a case ending,
#: with their nominative: a region ("streek"), a land ("vidék", "maa", "zeme"), a valley
#: ("völgy", "dalen", "laakso"), the land between two rivers ("köz"), a land named after
#: its town ("Opolszczyzna"). These languages write common nouns in lower case, so a
#: capitalised compound inside a sentence is a name.
_AREA_SUFFIXES: dict[str, dict[str, str]] = {
    "nl": {"streek": "streek"},
    "hu": {"vidék": "vidék", "völgy": "völgy", "köz": "köz"},
    "sv": {"dalen": "dalen", "bygden": "bygden"},
    "da": {"dalen": "dalen"},
    "nb": {"dalen": "dalen"},
    "no": {"dalen": "dalen"},
    "fi": {"laakso": "laakso"},
    "et": {"maa": "maa"},
    "lv": {"zeme": "zeme", "zemē": "zeme", "zemes": "zeme"},
    "pl": {"szczyzn": "szczyzna", "szczyźn": "szczyzna"},
}
#: Words that join suspended compounds ("Rába-, Marcal- és Répce-völgy").
_SUSPENDED = re.compile(r"((?:[^\W\d_]+-,[ \t]*)*[^\W\d_]+-)[ \t]+(?:és|meg|en|of|und|and)[ \t]+$")


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start]
    return start == 0 or re.search(r"(^|[.!?:\n][\s*•·–-]*)$", before) is not None


def suffix_areas(
    clean: str, languages: Sequence[str] = (), taken: Sequence[tuple[int, int]] = ()
) -> list[Hit]:
    """Areas named by a compound that ends in an area word of the text's languages, in the
    nominative (the case ending cut off), with the suspended compounds before it.

    >>> [h.value for h in suffix_areas("A Rába-, Marcal- és Répce-völgyében.", ["hu"])]
    ['Rába-völgy', 'Marcal-völgy', 'Répce-völgy']
    >>> [h.value for h in suffix_areas("De sterke punten van de Kempenstreek.", ["nl"])]
    ['Kempenstreek']
    >>> suffix_areas("A völgyben és a vidéken.", ["hu"])
    []
    >>> [h.value for h in suffix_areas("Hanke toimii Kymenlaaksossa.", ["fi"])]
    ['Kymenlaakso']
    >>> [h.value for h in suffix_areas("Matkarajad üle Eestimaa ja Virumaal.", ["et"])]
    ['Virumaa']
    """
    from coopkg.records.countries import country_code

    table = {k: v for lang in languages for k, v in _AREA_SUFFIXES.get(lang, {}).items()}
    suffixes = sorted(table, key=len)
    if not suffixes:
        return []
    alternation = "|".join(map(re.escape, reversed(suffixes)))
    pattern = re.compile(
        rf"(?<![\w-])(?P<head>[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)*?-?)"
        rf"(?P<suffix>{alternation})[^\W\d_]{{0,6}}(?![\w-])",
        re.IGNORECASE,
    )
    out: list[Hit] = []
    for m in pattern.finditer(clean):
        head, suffix = m.group("head"), m.group("suffix")
        # A proper name: capitalised, with a word of its own before the suffix; a
        # sentence's first word is capitalised anyway ("Hegyvidéken ..."), unless it is
        # a hyphenated compound of names.
        if not head[:1].isupper() or not suffix.islower() or len(head.strip("-")) < 2:
            continue
        if "-" not in head and _sentence_start(clean, m.start()):
            continue
        # "Eestimaa", "Lätimaa": a country's land is the country, not a region (a name,
        # not a two-letter code: "Ér" is a river, not Eritrea).
        country_head = head.rstrip("-")
        if len(country_head) >= 4 and (country_code(country_head) or country_code(head + suffix)):
            continue
        suffix = table.get(suffix.lower(), suffix)
        found = [(m.start(), m.end("suffix"))]
        line_start = clean.rfind("\n", 0, m.start()) + 1
        hang = _SUSPENDED.search(clean, line_start, m.start())
        before: list[Hit] = []
        if hang:
            for part in re.finditer(r"[^\W\d_]+-", hang.group(1)):
                s = hang.start(1) + part.start()
                if clean[s].isupper():
                    name = part.group() + suffix
                    before.append(Hit(s, s + len(part.group()), name, "places:named-area", 0.6))
        s, e = found[0]
        hits = [*before, Hit(s, e, head + suffix, "places:named-area", 0.6)]
        for hit in hits:
            if any(
                a < hit.end and hit.start < b for a, b in [*taken, *((h.start, h.end) for h in out)]
            ):
                continue
            out.append(hit)
    return sorted(out, key=lambda h: h.start)
