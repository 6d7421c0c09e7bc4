"""Places a municipal body names that the table of localities does not know.

"Gmina Zgłobień", "Szalacs Község", "Sotenäs kommun", "Comune di Premana": the body's word
says the name beside it is a municipality's, so the place counts as partner territory even
when it is too small for :mod:`coopkg.records.localities`. Only the municipality and town
words count (a county's or region's word is too often part of other names), the name must
be one capitalised word (or a hyphenated one) that is not a common word of the text's
languages, and it is taken as written. It must not link places to codes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from coopkg.extraction.localities import COMMON_ZIPF
from coopkg.extraction.wordlists import WORDFREQ_CODES, zipf_frequencies
from coopkg.records.countries import country_code
from coopkg.records.hits import Hit
from coopkg.records.organisation_terms import concept_of

__all__ = ["municipal_names"]

#: The body words that make the name beside them a municipality's.
_BODIES = frozenset({"municipality", "city"})
#: Words linking a body to its place's name ("Comune di", "Municipality of", "Mairie de").
_LINKS = ("di", "de", "do", "da", "del", "of", "du", "d'", "d’")
#: Languages that write the body after the place ("Szalacs Község", "Sotenäs kommun");
#: the others write it before ("Gmina Zgłobień", "Comune di Premana"), English both.
_BODY_AFTER = frozenset({"hu", "sv", "da", "no", "nb", "nn", "et", "fi", "lv", "lt", "is"})
#: Of those, the ones that write the place in the genitive ("Sodankylän kunta", "Bauskas
#: novads"), and Greek after its body ("Δήμος Θάσου"): not the place's name as written.
_GENITIVE = frozenset({"fi", "lv", "lt", "el"})
_MIN_NAME = 4
#: A further capitalised word of the same name, one space on.
_NEXT_NAME = re.compile(r"[ \u00a0]([^\W\d_a-z][^\W\d_]+)(?![\w-])")


_NAME = r"[^\W\d_][^\W\d_'’]*(?:-[^\W\d_]+)*"
_WORDS = re.compile(rf"(?<![\w-]){_NAME}(?![\w-])")
_LINK = "|".join(re.escape(w) for w in _LINKS)
#: The name after a body's word: "Gmina Zgłobień", "Comune di Premana".
_NAME_AFTER = re.compile(
    rf"(?:[ \u00a0]+(?:{_LINK})[ \u00a0]*|[ \u00a0]+)(?P<name>{_NAME})(?![\w-])"
)
#: A list's next name after a body's word in the plural: "los concellos de O Porriñal, A
#: Valiña y Arbo", "die Gemeinden Kleinwaldau und Gochfeld" (an article may lead a name).
_AND = r"(?:and|y|e|et|und|i|a|és|ja|och|og|en|și|ir|un|in|&)"
_ARTICLE = r"(?:(?:O|A|Os|As|La|Le|Les|El|Il|Lo)[ \u00a0]+)?"
_LIST_NEXT = re.compile(
    rf"(?:[ \u00a0]*,[ \u00a0]*(?:{_AND}[ \u00a0]+)?|[ \u00a0]+{_AND}[ \u00a0]+)"
    rf"(?P<name>{_ARTICLE}{_NAME})(?![\w-])"
)
#: The first name after a plural body's word, an article allowed.
_LIST_FIRST = re.compile(
    rf"(?:[ \u00a0]+(?:{_LINK})[ \u00a0]*|[ \u00a0]+)(?P<name>{_ARTICLE}{_NAME})(?![\w-])"
)
#: Plural body words: a list of places may follow them.
_PLURAL_BODIES = frozenset(
    {"municipalities", "cities", "towns", "communes", "comuni", "municipios", "municípios",
     "concellos", "ayuntamientos", "ajuntaments", "gemeinden", "kommunen", "städte", "gminy",
     "obcí", "općine", "občine", "gemeenten", "comunele", "municipiile", "orașele", "общини"}
)  # fmt: skip
#: Portuguese writes a municipality as its chamber ("Câmara da Murtosa", "Câmara
#: Municipal de Arouca"), the word for any chamber elsewhere ("Câmara de Comércio"; "de"
#: without an article names no town).
_MUNICIPAL_CHAMBER = re.compile(
    r"(?i:câmara)(?:[ \u00a0]+(?i:municipal)(?=[ \u00a0]+d[aeo]s?[ \u00a0])"
    r"|(?=[ \u00a0]+d[ao]s?[ \u00a0]))"
)


#: The name before a body's word: "Szalacs Község" (searched up to the body's word).
_NAME_BEFORE = re.compile(rf"(?<![\w-])(?P<name>{_NAME})[ \u00a0]+\Z")


@lru_cache(maxsize=65536)  # a notice repeats its words, and notices share most of them
def _concept(word: str) -> str | None:
    return concept_of(word)


def _common(word: str, languages: tuple[str, ...]) -> bool:
    found = zipf_frequencies(word.lower(), (*languages, "en"), WORDFREQ_CODES)
    return any(frequency >= COMMON_ZIPF for frequency in found)


def municipal_names(
    clean: str, languages: Sequence[str], taken: Sequence[tuple[int, int]] = ()
) -> list[Hit]:
    """(hit per place) of the names a municipal body's word stands beside.

    >>> [h.value for h in municipal_names("Partner: Szalacs Község.", ["hu"])]
    ['Szalacs']
    """
    out: list[Hit] = []
    langs = set(languages)
    if langs & _GENITIVE:
        return out
    after = bool(langs & _BODY_AFTER) or "en" in langs or not langs
    before = bool(langs - _BODY_AFTER) or not langs
    spans: list[tuple[int, int]] = []
    for body in _WORDS.finditer(clean):
        listed = (
            _listed_after(clean, body.end())
            if before and body.group(0).lower() in _PLURAL_BODIES
            else []
        )
        if listed:
            spans += listed
            continue
        if _concept(body.group(0)) not in _BODIES:
            continue
        m = _NAME_AFTER.match(clean, body.end()) if before else None
        if m is not None and _concept(m.group("name")) is None:
            end = m.end("name")
            # A name of two or three words ("Kranjska Gora", "Nova Gorica").
            for _ in range(2):
                more = _NEXT_NAME.match(clean, end)
                if more is None or _concept(more.group(1)) is not None:
                    break
                end = more.end()
            spans.append((m.start("name"), end))
        m = _NAME_BEFORE.search(clean, max(0, body.start() - 60), body.start()) if after else None
        if m is not None and _concept(m.group("name")) is None:
            spans.append((m.start("name"), m.end("name")))
    if "pt" in langs and "âmara" in clean:
        for chamber in _MUNICIPAL_CHAMBER.finditer(clean):
            m = _NAME_AFTER.match(clean, chamber.end())
            if m is not None and _concept(m.group("name")) is None:
                spans.append((m.start("name"), m.end("name")))
    for start, end in dict.fromkeys(spans):
        word = clean[start:end]
        if (
            not word[0].isupper()
            # A name in another script the table lacks has no known Latin spelling.
            or any(c.isalpha() and ord(c) >= 0x370 for c in word)
            or word.isupper()
            or not word.split()[-1][0].isupper()
            or len(word) < _MIN_NAME
            or country_code(word)
            or _common(word, tuple(languages))
            or any(s < end and start < e for s, e in taken)
        ):
            continue
        out.append(Hit(start, end, word, "localities:body", 0.5, None))
    return out


def _listed_after(clean: str, end: int) -> list[tuple[int, int]]:
    """Spans of the names listed after a plural body's word ending at ``end``: two at
    least, each one or two capitalised words (an article may lead it), up to the list's
    end; none where the words after the body are no list of names."""
    m = _LIST_FIRST.match(clean, end)
    if m is None:
        return []
    out = [(m.start("name"), m.end("name"))]
    pos = m.end()
    while (more := _LIST_NEXT.match(clean, pos)) is not None:
        out.append((more.start("name"), more.end("name")))
        pos = more.end()
    return out if len(out) >= 2 else []
