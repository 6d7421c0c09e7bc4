"""Place names written in an inflected case: "Mariboru", "Suomen", "Περιφέρεια Ηπείρου".

Finnish, Estonian, Hungarian, the Baltic, Slavic and Greek languages (and Romanian, German
and the Scandinavian genitive) decline proper names, so a notice writes "v Mariboru",
"Suomesta", "Aradon", "Latvijas", "Δυτικής Ελλάδας" where the tables hold "Maribor",
"Suomi", "Arad", "Latvija", "Δυτική Ελλάδα". This module matches such forms against a
table of nominative names: a written word matches a name's word when it is that word or
its stem (the word without its final vowels, in Baltic and Greek also without the final
-s) followed by one of the case endings of the text's language. Endings are compared in
the folded form of :func:`coopkg.records.countries.normalise_name` (case and accents
dropped, so Hungarian "Gyulán" is "gyula" + "n").

A stem must keep :data:`MIN_STEM` letters, and only the languages listed in
:data:`ENDINGS` are read this way: English "Austrian" is not Austria, while a word of a
language without case endings is matched only as written. This module must not guess
which place a name means: it returns every name an inflected word can be.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from coopkg.records.countries import normalise_name

#: Letters a stem keeps at least: shorter stems ("Ar" of "Arad") match too many words;
#: and a name's word must have :data:`MIN_WORD` letters to be read from its stem at all.
MIN_STEM = 3
MIN_WORD = 5

#: Case endings (folded) per language; the empty ending (the name as written) always counts.
#: Written from the grammars of each language: the singular cases of nouns and the genitive
#: and locative plural that plural place names ("Biržai", "Gorlice") take.
_ENDINGS_TEXT: dict[str, str] = {
    "fi": "n a ta na ssa sta lla lta lle ksi en in an un on yn seen hin hen han hon iin een "
    "aan uun oon yyn tta ineen esta essa ella elta elle eksi ena ea",
    "et": "s st sse l lt le ks ni na ta ga d de te i e a u",
    "hu": "n t an en on ban ben ba be bol rol ra re nak nek val vel hoz hez tol ig ert "
    "at et ot nal nel i",
    "lv": "a as ai u us am s e es ei i is im os o iem ai am em",
    "lt": "a os ai oje e es ei eje as o ui u us aus ys io iui i yje uose ose iu ijos "
    "ijoje ijai iji",
    "pl": "a y i e ie u owi em iem om ach ami ow ii ia ja ji o ce",
    "cs": "a y u e em ou ovi i im om ach ami ech ich",
    "sk": "a y u e em ou ovi i om ach ami iu ie ej ov och",
    "sl": "a e i o u om em ju ji jo je ja ih ima ama ami ah ov ev",
    "hr": "a e i o u om em oj ju ji je ja ima ama ovi",
    "sr": "a e i o u om em oj ju ji je ja ima ama ovi",
    "bs": "a e i o u om em oj ju ji je ja ima ama ovi",
    # Greek (folded: no accents, every sigma "σ"): genitive and accusative of the
    # declensions place names take.
    "el": "α ασ η ησ ο ου οσ ων εσ οι ι ιου ια ιασ ιων ον ηο",
    "ro": "ei ul ului lui ii iei le lor",
    "de": "s es n",
    "sv": "s",
    "da": "s",
    "nb": "s",
    "no": "s",
    "nn": "s",
    "is": "s ar ur i a u",
}
ENDINGS: dict[str, frozenset[str]] = {
    lang: frozenset(text.split()) for lang, text in _ENDINGS_TEXT.items()
}
#: The Slavic adjective's case endings (folded), read only on names that are adjectives
#: (:data:`_ADJECTIVAL`): regions are named by adjectives there ("Województwa
#: Śląskiego", "Moravskoslezského kraje", "Primorsko-goranske"), while a noun's name read
#: with them would take its adjective for itself ("Bystrzycy Kłodzkiej" is no Kłodzko).
_ADJECTIVE_ENDINGS_TEXT: dict[str, str] = {
    "pl": "iego iej im ich imi ego ej ym ych ymi",
    "cs": "eho emu ym ych ymi",
    "sk": "eho emu ym ych ymi",
    "sl": "ega emu",
    "hr": "og oga ome",
}
ADJECTIVE_ENDINGS: dict[str, frozenset[str]] = {
    lang: frozenset(text.split()) for lang, text in _ADJECTIVE_ENDINGS_TEXT.items()
}
#: A name's word that is a Slavic adjective ("śląskie", "moravskoslezský", "pomurska").
_ADJECTIVAL = re.compile(r"[sckz]k(?:ie|i|a|e|y)$")
_ADJECTIVE_MARK = "^"
_LONGEST_ENDING = max(
    len(e) for table in (ENDINGS, ADJECTIVE_ENDINGS) for endings in table.values() for e in endings
)

#: Letters stripped from the end of a name's word to find its stem (folded forms).
_VOWELS = frozenset("aeiouyαεηιουωаеиоуыэюяъь")
#: A final -s that Baltic and Greek nominatives add to the stem ("Saldus", "Ήπειρος").
_NOMINATIVE_S = frozenset("sσ")
_STEM_MARK = "~"
#: A last syllable whose vowel the Slavic cases drop: consonant, e/o, c/k/l/n.
_FLEETING = re.compile(r"[^aeiouyαεηιουωаеиоуыэюяъь][eo][ckln]$")


def stems(word: str, final_s: bool = False) -> tuple[str, ...]:
    """The forms a (folded) name word inflects from: itself and its vowel-less stems.

    ``final_s``: the name is Baltic or Greek, whose nominatives end in -s ("Saldus",
    "Ήπειρος") that the other cases drop (Romanian "Mureş" keeps its ş).

    >>> stems("suomi"), stems("ηπειροσ", final_s=True), stems("lappi")
    (('suomi', 'suom'), ('ηπειροσ', 'ηπειρ'), ('lappi', 'lapp', 'lap'))
    >>> stems("cakovec")
    ('cakovec', 'cakovc')
    """
    out = [word]

    def add(stem: str) -> None:
        if len(word) >= MIN_WORD and len(stem) >= MIN_STEM and stem not in out:
            out.append(stem)

    bare = word.rstrip("".join(_VOWELS))
    add(bare)
    # A Greek neuter in -ιο keeps its "ι" before the ending: "Βόρειο Αιγαίο" is "Βορείου
    # Αιγαίου" (the feminine "Αλεξάνδρεια" keeps the vowel-less stem only).
    if word.endswith("ο") and len(word) - len(bare) > 1:
        add(word[:-1])
    if final_s and word[-1:] in _NOMINATIVE_S:
        add(word[:-1].rstrip("".join(_VOWELS)))
    # Finnish and Estonian weaken a double consonant before most endings ("Lappi": "Lapin").
    if len(bare) > 1 and bare[-1] == bare[-2] and bare[-1] not in _VOWELS:
        add(bare[:-1])
    # The Slavic languages drop the "e" or "o" of a last syllable before an ending
    # ("Čakovec": "Čakovcu", "Kežmarok": "Kežmarku", "Zgorzelec": "Zgorzelca").
    if _FLEETING.search(word):
        add(word[:-2] + word[-1])
    return tuple(out)


def readings(word: str, languages: Iterable[str]) -> tuple[str, ...]:
    """The stems a written (folded) word can be read as, in the given languages.

    >>> readings("mariboru", ["sl"])
    ('mariboru', 'maribor', 'maribor~')
    >>> readings("mariboru", ["en"])
    ('mariboru',)
    """
    return _readings(word, tuple(languages))


@functools.lru_cache(maxsize=65536)  # a notice repeats its words; one language set per notice
def _readings(word: str, languages: tuple[str, ...]) -> tuple[str, ...]:
    endings = _endings(languages)
    adjective = _adjective_endings(languages)
    out = [word]
    for cut in range(1, min(_LONGEST_ENDING, len(word) - MIN_STEM) + 1):
        if word[-cut:] in endings:
            # The rest is the name's own word plus an ending ("kainuu" + "n") or its stem
            # ("suom" + "en"), marked "~" in the index so that an uninflected word never
            # matches a bare stem ("Lund" is not "Lunda").
            out += [word[:-cut], word[:-cut] + _STEM_MARK]
        if word[-cut:] in adjective:
            out.append(word[:-cut] + _ADJECTIVE_MARK)
    return tuple(out)


@functools.lru_cache(maxsize=64)
def _adjective_endings(languages: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(ADJECTIVE_ENDINGS.get(lang, frozenset()) for lang in languages))


@functools.lru_cache(maxsize=64)
def _endings(languages: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(ENDINGS.get(lang, frozenset()) for lang in languages))


@dataclass(frozen=True, slots=True)
class InflectedIndex:
    """Stems of names -> the names' targets, for :func:`find_inflected`."""

    keys: Mapping[str, tuple[str, ...]]
    first: Mapping[str, int]


#: Languages whose nominatives end in -s dropped by other cases, and their countries.
FINAL_S_LANGUAGES = frozenset({"lt", "lv", "el"})
FINAL_S_COUNTRIES = frozenset({"LT", "LV", "GR", "EL", "CY"})


def build_index(names: Iterable[tuple[str, str, bool]], max_words: int = 4) -> InflectedIndex:
    """An index of ``(name, target, final_s)`` by every combination of their words' stems
    (``final_s`` as in :func:`stems`)."""
    keys: dict[str, list[str]] = {}
    first: dict[str, int] = {}
    for name, target, final_s in names:
        words = normalise_name(name).split()
        if not words or len(words) > max_words:
            continue
        variants = [
            (
                w,
                *(s + _STEM_MARK for s in stems(w, final_s)[1:]),
                *((w.rstrip("".join(_VOWELS)) + _ADJECTIVE_MARK,) if _ADJECTIVAL.search(w) else ()),
            )
            for w in words
        ]
        for combo in itertools.product(*variants):
            key = " ".join(combo)
            bucket = keys.setdefault(key, [])
            if target not in bucket:
                bucket.append(target)
            first[combo[0]] = max(first.get(combo[0], 0), len(words))
    return InflectedIndex({k: tuple(v) for k, v in keys.items()}, first)


def find_inflected(
    words: Sequence[tuple[int, int, str]],
    index: InflectedIndex,
    languages: Iterable[str],
) -> list[tuple[int, int, int, tuple[str, ...]]]:
    """``(first word, last word + 1, changed words, targets)`` of the names ``words`` write.

    ``words`` are ``(start, end, folded)`` word spans in text order (the caller decides
    which words may start a name, e.g. capitalised ones). Longest names first; a match
    whose words are all written as in the table counts ``0`` changed words.
    """
    languages = tuple(languages)
    options = [readings(w[2], languages) for w in words]
    out = []
    i = 0
    while i < len(words):
        heads = [r for r in options[i] if r in index.first]
        longest = max((index.first[r] for r in heads), default=0)
        found = None
        for size in range(min(longest, len(words) - i), 0, -1):
            for combo in itertools.product(heads, *options[i + 1 : i + size]):
                targets = index.keys.get(" ".join(combo))
                if targets:
                    changed = sum(
                        c != w[2] for c, w in zip(combo, words[i : i + size], strict=True)
                    )
                    found = (i, i + size, changed, targets)
                    break
            if found:
                break
        if found:
            out.append(found)
            i = found[1]
        else:
            i += 1
    return out


@functools.lru_cache(maxsize=64)
def territory_names(language: str) -> tuple[tuple[str, str], ...]:
    """``(name, alpha-2)`` of every country in one language, from CLDR (babel).

    >>> dict((c, n) for n, c in territory_names("lt"))["LV"]
    'Latvija'
    """
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        return ()
    return tuple(
        (name, code)
        for code, name in sorted(territories.items())
        if len(code) == 2 and code.isalpha() and code not in ("EU", "EZ", "UN", "ZZ", "QO")
    )
