"""Towns and villages a notice names as project or partner territory.

The NUTS gazetteer finds regions and main cities (:mod:`.places`); notices also name small
places: the municipalities of a partnership ("Općina Vinica", "Gmina Łodygowice"), the
villages a trail links, the towns of a twin-town project. This finder reads capitalised
word runs (up to five words, with the connecting words place names carry: "Petrovice u
Karviné", "San Lorenzo al Mare") and keeps a run when

* a place of that name lies in one of the notice's countries (:mod:`coopkg.records.localities`),
* it is not a country's name and not a word the text also writes in lower case,
* a single common word of the notice's language ("Alap", "Parco", "Monte") is not taken
  for a small place of that name: below :data:`LARGE_PLACE` inhabitants a word as frequent
  as :data:`COMMON_ZIPF` on the Zipf scale (wordfreq) in the notice's language, the official
  languages of its countries (CLDR through babel) or English is
  a word, not a place; a sentence's first word must name a large place too,
* it is not the seat of an institution named with it ("Lund University"), while a
  territorial body's place counts ("Stadt Karlsruhe", "Općina Vinica"),
* it is not a venue, a co-funder, a payer or inside a programme's name (the same tests the
  region finder applies).

It must not link places to codes (the linker does) and knows nothing about RDF.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from coopkg.extraction.mentions import WORD
from coopkg.records.hits import Hit

#: A single word naming a place this large is read as the place even if it is common.
LARGE_PLACE = 15_000
#: Zipf frequency (wordfreq) from which a word is a common word of a language.
COMMON_ZIPF = 4.5
_MAX_WORDS = 5
#: Lower-case words that join the words of a place name in the EU's languages.
_CONNECTORS = frozenset(
    [
        "nad",
        "pod",
        "de",
        "di",
        "del",
        "della",
        "dei",
        "v",
        "na",
        "an",
        "der",
        "am",
        "la",
        "le",
        "les",
        "do",
        "da",
        "du",
        "des",
        "sur",
        "sul",
        "im",
        "in",
        "pri",
        "u",
        "z",
        "w",
        "von",
        "bei",
        "en",
        "y",
        "al",
        "of",
        "upon",
        "on",
    ]
)
#: wordfreq's codes where they differ from the notice's (ISO 639-1) language codes.
_WORDFREQ_CODES = {"hr": "sh", "sr": "sh", "bs": "sh", "no": "nb"}


@functools.lru_cache(maxsize=4096)
def _is_common(word: str, languages: tuple[str, ...]) -> bool:
    from wordfreq import available_languages, zipf_frequency

    known = available_languages()
    codes = {_WORDFREQ_CODES.get(lang, lang) for lang in (*languages, "en")}
    return any(zipf_frequency(word, code) >= COMMON_ZIPF for code in codes if code in known)


@functools.lru_cache(maxsize=64)
def _languages_of(countries: frozenset[str]) -> tuple[str, ...]:
    """Official languages of the countries (CLDR via babel): their words are not places."""
    from babel.languages import get_official_languages

    found = {lang.split("_")[0] for c in countries for lang in get_official_languages(c)}
    return tuple(sorted(found))


def _seat_of_an_institution(clean: str, run: Sequence[tuple[int, int]], k: int, last: int) -> bool:
    """Whether the run names an institution the place is only the seat of ("Lund
    University", "Technische Universität Dresden"), not a territorial body ("Stadt
    Karlsruhe", "Općina Vinica")."""
    from coopkg.records.organisation_terms import TERRITORIAL, concept_of

    concepts = {concept_of(clean[s:e]) for i, (s, e) in enumerate(run) if not k <= i <= last} - {
        None
    }
    return bool(concepts) and not concepts & TERRITORIAL


def _runs(text: str) -> Iterable[list[tuple[int, int]]]:
    """Runs of capitalised words (with connectors between them), as word spans."""
    words = [(m.start(), m.end()) for m in WORD.finditer(text)]
    i = 0
    while i < len(words):
        if not text[words[i][0]].isupper():
            i += 1
            continue
        run = [words[i]]
        j = i + 1
        while j < len(words) and len(run) < _MAX_WORDS:
            start, end = words[j]
            gap = text[run[-1][1] : start]
            if "\n" in gap or any(c in gap for c in ".,;:()|/"):
                break
            if text[start].isupper() or (
                text[start:end].lower() in _CONNECTORS and j + 1 < len(words)
            ):
                run.append(words[j])
            else:
                break
            j += 1
        while run and not text[run[-1][0]].isupper():
            run.pop()  # a run ends on a name word, not on "de"
        yield run
        i += len(run)


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start]
    return start == 0 or re.search(r"(^|[.!?:\n]\s*)$", before) is not None


def find_localities(
    clean: str,
    countries: Sequence[str],
    languages: Sequence[str] = (),
    taken: Sequence[tuple[int, int]] = (),
) -> list[Hit]:
    """Places in ``countries`` that ``clean`` names, longest name first within a run.

    ``taken`` are spans other finders already read (regions, main cities): a locality
    inside one is not found again.

    >>> text = "Trail linking Kysucké Nové Mesto and the village of Łodygowice."
    >>> [h.value for h in find_localities(text, ["SK", "PL"], ["en"])]
    ['Kysucké Nové Mesto', 'Łodygowice']
    """
    from coopkg.extraction.places import is_incidental
    from coopkg.records.countries import country_code
    from coopkg.records.localities import localities_named
    from coopkg.records.organisation_terms import concept_of

    wanted = {"GR" if c == "EL" else "GB" if c == "UK" else c for c in countries}
    if not wanted:
        return []
    lower_words = {m.group().lower() for m in WORD.finditer(clean) if m.group()[0].islower()}
    langs = tuple(sorted(set(languages) | set(_languages_of(frozenset(wanted)))))
    hits: list[Hit] = []
    for run in _runs(clean):
        k = 0
        while k < len(run):
            for last in range(len(run) - 1, k - 1, -1):
                start, end = run[k][0], run[last][1]
                if any(s <= start < e or s < end <= e for s, e in taken):
                    continue
                name = clean[start:end]
                found = {c: p for c, p in localities_named(name).items() if c in wanted}
                if not found or country_code(name) or concept_of(name):
                    continue
                if _seat_of_an_institution(clean, run, k, last):
                    continue
                single = last == k
                population = max(found.values())
                small = population < LARGE_PLACE
                if single and (
                    name.lower() in lower_words
                    or (name.isupper() and len(name) <= 5)
                    or (
                        small and (_sentence_start(clean, start) or _is_common(name.lower(), langs))
                    )
                ):
                    continue
                if is_incidental(clean, start, end):
                    continue
                hits.append(
                    Hit(start, end, name, "localities:named", 0.6, max(found, key=found.get))
                )
                k = last
                break
            k += 1
    return hits
