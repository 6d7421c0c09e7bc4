"""Countries a notice names anywhere in its text, in any EU language.

The record's ``countries`` are the countries *written in the text* (the annotation rule of
the shared gold, and what an analyst filters on): a partner's country, a programme's area
("Interreg Slovenija-Hrvatska") and a country named only as context all count. This module
finds every capitalised country name (1-4 words, the names pycountry and CLDR give in the
EU/EEA languages, see :mod:`coopkg.records.countries`); codes ("IT", "AUT") are left to the
partner finders, where a code follows a partner and is not a word of the prose.

It must not decide which countries a *partner* is in; that is the partner finders' job.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from coopkg.records.hits import Hit

if TYPE_CHECKING:
    from coopkg.records.inflection import InflectedIndex

#: Rule of a country named in a compound of country names ("Interreg Spain-Portugal").
COMPOUND = "countries:joined"
#: Longest country name, in words ("Bosnia and Herzegovina", "Północna Macedonia").
_MAX_WORDS = 4
#: Shorter index keys are codes (EL, AUT) or too ambiguous to read in prose.
_MIN_KEY = 4
#: A word of a name: letters, with inner hyphens and apostrophes ("Jastrzębie-Zdrój").
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    from coopkg.records.countries import country_names

    return {k: v for k, v in country_names().items() if len(k) >= _MIN_KEY}


@functools.lru_cache(maxsize=1)
def _first_words() -> tuple[str, ...]:
    """The first words of the names, sorted."""
    return tuple(sorted({key.split(" ")[0] for key in _names()}))


def _may_start_name(key: str) -> bool:
    """Whether a word (its index key) can begin a country's name: whatever words follow it,
    a name's first word starts with the word's first one, so a word that begins no name's
    first word is not looked up with each of its followers (most capitalised words)."""
    first = key.split(" ")[0]
    if not first:
        return True
    names = _first_words()
    k = bisect.bisect_left(names, first)
    return k < len(names) and names[k].startswith(first)


def country_mentions(text: str, languages: Sequence[str] = ()) -> list[Hit]:
    """Every capitalised country name in ``text``, one hit per mention, in text order.

    Parts of hyphenated words count ("Interreg Slovenija-Hrvaška", "Pohjois-Suomen"), and
    in a language that declines names, so do the case forms of the country names of the
    text's ``languages`` (CLDR through babel): "v Avstriji", "Suomesta", "Latvijas",
    "την Κύπρο" (see :mod:`coopkg.records.inflection`); so do country adjectives of the
    label tables ("österreichischen", "italiennes").

    >>> [(h.value, h.quote("Partners from Slovenija and Hrvatska; Österreich too."))
    ...  for h in country_mentions("Partners from Slovenija and Hrvatska; Österreich too.")]
    [('SI', 'Slovenija'), ('HR', 'Hrvatska'), ('AT', 'Österreich')]
    >>> country_mentions("the slovenija team")  # not a name: lower case
    []
    >>> [h.value for h in country_mentions("Staze u Austriji i Mađarskoj.", ["hr"])]
    ['AT', 'HU']
    """
    return list(_country_mentions(text, tuple(languages)))


@functools.lru_cache(maxsize=4)
def _country_mentions(text: str, languages: tuple[str, ...]) -> tuple[Hit, ...]:
    """Cached: the record and the region finder both ask about the same notice."""
    from coopkg.records.countries import normalise_name

    names = _names()
    words = [(m.start(), m.end()) for m in WORD.finditer(text)]
    hits: list[Hit] = []
    i = 0
    while i < len(words):
        start = words[i][0]
        if not (
            text[start].isupper() and _may_start_name(normalise_name(text[start : words[i][1]]))
        ):
            i += 1
            continue
        for size in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            start, end = words[i][0], words[i + size - 1][1]
            code = names.get(normalise_name(text[start:end]))
            if code and size == 1 and _other_adjective(text, start, end, code, languages):
                i += 1
                break
            if code:
                hits.append(Hit(start, end, code, "countries:named", 0.8))
                i += size
                break
        else:
            i += 1
    hits += _part_mentions(text, hits, languages)
    hits += _adjective_mentions(text, hits)
    hits += _local_adjective_mentions(text, hits, languages)
    hits = [h for h in hits if not _on_a_hotline(text, h.start)]
    return tuple(sorted(hits, key=lambda h: h.start))


#: A phone number written out: "+49 30 1234567", "0049 ...", "0888 478 606", "0888478606".
_PHONE_NUMBER = re.compile(
    r"(?:\+|(?<!\d)00)\s?\d{2,3}(?:[\s/().-]*\d){6,}|(?<![\d.,])0\d{2,4}(?:[\s/-]?\d){5,8}(?![\d.,])"
)
#: Words of a contact line that names a partner's own address ("Tel.", "Phone:", "E-mail").
_CONTACT_LABEL = re.compile(r"(?i)(?<!\w)(?:tel|phone|fax|e-?mail|mob|gsm|тел)(?!\w)|@")


def _on_a_hotline(text: str, start: int) -> bool:
    """A country on a line that offers a phone number without a contact label: a help line
    or a call-us banner of the page ("a hotline for citizens of Ukraine - 0888 478 606",
    "Call us in Germany: +49 ..."), not a country of the project. A partner's contact line
    ("Tel. +39 0432 ..., Italy") keeps its country."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    return _PHONE_NUMBER.search(line) is not None and _CONTACT_LABEL.search(line) is None


def _other_adjective(
    text: str, start: int, end: int, code: str, languages: tuple[str, ...]
) -> bool:
    """A country's one-word name that another language's adjective spells alike, before a
    lower-case word: "Slovensko kulturno društvo" (a Slovenian society) in a
    Slovene or Italian text is no mention of Slovakia."""
    from coopkg.records.countries import adjective_of_other

    following = re.match(r"\s+([^\W\d_]+)", text[end : end + 40])
    return (
        following is not None
        and following.group(1).islower()
        and adjective_of_other(text[start:end], code, languages) is not None
    )


#: Shorter words are too often something else ("grec" aside, adjectives are longer).
_MIN_ADJECTIVE = 5
#: Characters before an adjective in which a programme cue makes it the programme's area.
_CUE_REACH = 40


@functools.lru_cache(maxsize=1)
def _adjectives() -> re.Pattern[str]:
    """One pattern over every country's adjectives; the group that matched names it."""
    from coopkg.extraction import labels

    table = labels.section("country_adjectives")
    groups = [f"(?P<{code}>{'|'.join(v)})" for code, v in table.items() if isinstance(v, list)]
    return re.compile("|".join(groups), re.IGNORECASE)


@functools.lru_cache(maxsize=65536)  # every word of every page is asked
def general_adjective(word: str) -> str | None:
    """The country of a whole word in the general adjective table (the languages of the
    label table, any text): "polnisch" -> PL, "franco" -> FR."""
    match = _adjectives().fullmatch(word)
    return match.lastgroup if match else None


@functools.lru_cache(maxsize=1)
def _language_names() -> frozenset[str]:
    """Names of the indexed languages in each of them (CLDR through babel), casefolded."""
    from babel import Locale, UnknownLocaleError

    from coopkg.records.countries import INDEX_LANGUAGES

    names: set[str] = set()
    for display in INDEX_LANGUAGES:
        try:
            table = Locale.parse(display).languages
        except (UnknownLocaleError, ValueError):
            continue
        names.update(table[code].casefold() for code in INDEX_LANGUAGES if code in table)
    return frozenset(names)


def _adjective_mentions(text: str, taken: Sequence[Hit]) -> list[Hit]:
    """Countries written as adjectives ("österreichische Gemeinden", "les communes
    françaises et italiennes"): the annotation counts a country written in any form (label
    table ``country_adjectives``)."""
    from coopkg.extraction import labels

    cue = labels.compiled("programme_cues")
    languages = _language_names()
    out = []
    for m in _PART.finditer(text):
        word = m.group()
        if len(word) < _MIN_ADJECTIVE or any(h.start <= m.start() < h.end for h in taken):
            continue
        # "English", "Deutsch", "Français": a language (a page's language menu, "in
        # English"), not a country.
        if word.casefold() in languages:
            continue
        code = general_adjective(word)
        # "programma di cooperazione italo-svizzero": the programme's area, not a country
        # the text says the project is in; "w językach polskim i niemieckim": languages.
        if (
            code
            and not cue.search(text[max(0, m.start() - _CUE_REACH) : m.start()])
            and not _names_language(word, text, m.start(), m.end())
        ):
            out.append(Hit(m.start(), m.end(), code, "countries:adjective", 0.6))
    return out


#: Words naming a language after a language's adjective ("latviešu valodā", "in lingua
#: italiana" aside: the adjective comes first in these languages): the adjective names the
#: language there, not a country.
_LANGUAGE_NOUNS = re.compile(
    r"(?:valod|keel|kiel|kalb|jazyk|jazyc|język|jezik|langu|lingu|idiom|taal|nyelv|limb|език|γλώσσ|sprog|språk|tungumál|teanga|"
    r"lingw|language|sprache)\w*",
    re.IGNORECASE,
)
#: Currencies after an adjective ("svenska kronor", "českých korun", "magyar forint"): an
#: amount's unit, not a country the text places anything in.
_CURRENCY_NOUNS = re.compile(
    r"(?:kron|kroon|krón|korun|forint|złot|zlot|лев|dinar|франк|frank|franc|pund|pound|hryvn|"
    r"гривн)\w*|kun(?:a|e|i|ama)|lir[aei]|leva|lei|leu",
    re.IGNORECASE,
)
#: Styles and churches named by a country's adjective ("román stílusú" is Romanesque,
#: "görög katolikus" Greek Catholic): no country of the project.
_STYLE_NOUNS = re.compile(
    r"(?:stílus|kori|korabeli|templom|katol|catholic|ortodox|orthodox|pravoslav|evangeli)\w*",
    re.IGNORECASE,
)
#: A noun that ends a run of coordinated adjectives, whatever its ending ("gréckej
#: katolíckej fary": the style noun is the adjectives').
_NOUNS_AFTER = re.compile(
    f"{_LANGUAGE_NOUNS.pattern}|{_CURRENCY_NOUNS.pattern}|{_STYLE_NOUNS.pattern}", re.IGNORECASE
)
#: Prepositions before a language's name ("på svenska", "în română", "στα ελληνικά"): the
#: text names a language. Not "na", "i" or "in": "na hrvatskoj strani" (on the Croatian
#: side), "hrvatski i slovenski", "hrvaški in slovenski" (and) name countries.
_LANGUAGE_PREPOSITIONS = frozenset({"på", "în", "στα", "á"})
#: Where a capitalised adjective is still a common word: at the start of a line or sentence.
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*(?:[-•*–]\s*)?)$")


def _local_adjective_mentions(
    text: str, taken: Sequence[Hit], languages: tuple[str, ...]
) -> list[Hit]:
    """Countries written as adjectives in the text's own languages, from the per-language
    tables of :func:`coopkg.records.countries.adjective_pattern` ("norsk prosjekteier",
    "magyar partner", "pohjoisruotsalainen kaupunki", "румънски партньори").

    An adjective is written in lower case (English capitalises it); a capitalised one counts
    only where a sentence or line starts ("Norsk prosjekteier: ..."), since inside a
    sentence it begins a proper name ("Slovensko kulturno društvo" is no
    Slovak body). A language's name
    ("på svenska", "latviešu valodā", a menu line "Magyar") names no country, nor does a
    currency ("svenska kronor") or a style or church ("román stílusú", "görög katolikus").
    """
    from coopkg.extraction import labels
    from coopkg.records.countries import adjective_pattern

    patterns = [p for p in dict.fromkeys(adjective_pattern(lang) for lang in languages) if p]
    if not patterns:
        return []
    cue = labels.compiled("programme_cues")
    out = []
    for m in _PART.finditer(text):
        word = m.group()
        if len(word) < 4 or any(h.start <= m.start() < h.end for h in taken):
            continue
        code = next((x.lastgroup for p in patterns if (x := p.fullmatch(word))), None)
        if code is None:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()]
        # English and Dutch capitalise the adjective: "the Albanian partners", "Oekraïense".
        capitalised = word[0].isupper() and any(lang in ("en", "nl") for lang in languages)
        if (
            not word.islower()
            and not capitalised
            and not (word[0].isupper() and _SENTENCE_START.search(before))
        ):
            continue
        line_end = text.find("\n", m.end())
        after = text[m.end() : line_end if line_end != -1 else len(text)]
        previous = before.split()[-1].casefold() if before.split() else ""
        following = _noun_after(word, after, patterns)
        # A language's name alone on its line or before punctuation: a menu, "in Swedish."
        if (
            (not following and word.casefold() in _language_names())
            or (following is not None and _LANGUAGE_NOUNS.fullmatch(following.group(1)))
            or (following is not None and _CURRENCY_NOUNS.fullmatch(following.group(1)))
            or (following is not None and _STYLE_NOUNS.fullmatch(following.group(1)))
            or _language_noun_before(word, before, patterns)
            or previous in _LANGUAGE_PREPOSITIONS
            or cue.search(text[max(0, m.start() - _CUE_REACH) : m.start()])
        ):
            continue
        out.append(Hit(m.start(), m.end(), code, "countries:adjective", 0.6))
    return out


#: "and"/"or" between coordinated adjectives in the EU languages ("slovenskom, nemeckom a
#: anglickom jazyku", "dansk og engelsk sprog"): the noun after the last one is theirs.
_COORDINATOR_WORDS = (
    "a i in ir ja un und és et e y o og och eller ou oder or and și sau и или και ή u"
)
_COORDINATORS = frozenset(_COORDINATOR_WORDS.split())
_WORD = re.compile(r"[\s,]*([^\W\d_]+)")


def _in_adjective_run(token: str, ending: str, patterns: Sequence[re.Pattern[str]]) -> bool:
    """``token`` can stand in a run of coordinated adjectives: "and"/"or", a language's
    name, a country adjective of the tables, or a lower-case word in the same case (the same
    ending: "nemeckom a anglickom")."""
    folded = token.casefold()
    return (
        folded in _COORDINATORS
        or folded in _language_names()
        or (token.islower() and len(token) > 4 and folded.endswith(ending))
        or general_adjective(token) is not None
        or any(p.fullmatch(token) for p in patterns)
    )


def _noun_after(
    adjective: str, after: str, patterns: Sequence[re.Pattern[str]] = ()
) -> re.Match[str] | None:
    """The first word after ``adjective``, past a run of coordinated adjectives, so that a
    language or currency noun after the last one ("slovenskom, nemeckom a anglickom
    jazyku") is seen by the first."""
    ending = adjective[-2:].casefold()
    pos = 0
    last = None
    for _ in range(6):  # a run of a few adjectives at most; a sentence goes on otherwise
        word = _WORD.match(after, pos)
        if word is None:
            # The run ends the line ("albanais et monténégrins."): its last word follows,
            # so the first adjective is not a language's name alone on its line.
            return last
        token = word.group(1)
        if _NOUNS_AFTER.fullmatch(token) or not _in_adjective_run(token, ending, patterns):
            return word
        pos, last = word.end(), word
    return None


def _language_noun_before(
    adjective: str, before: str, patterns: Sequence[re.Pattern[str]] = ()
) -> bool:
    """A language noun before a run of coordinated adjectives that ``adjective`` ends or
    continues ("în limbile română, bulgară și engleză", "w językach polskim i czeskim")."""
    ending = adjective[-2:].casefold()
    for token in list(reversed(re.findall(r"[^\W\d_]+", before)))[:6]:
        if _LANGUAGE_NOUNS.fullmatch(token):
            return True
        if not _in_adjective_run(token, ending, patterns):
            return False
    return False


def _names_language(adjective: str, text: str, start: int, end: int) -> bool:
    """The adjective at ``start:end`` names a language, before or after a language noun
    on its line ("w językach polskim, niemieckim", "nemeckom a anglickom jazyku")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    following = _noun_after(adjective, text[end : line_end if line_end != -1 else len(text)])
    return bool(
        (following is not None and _LANGUAGE_NOUNS.fullmatch(following.group(1)))
        or _language_noun_before(adjective, text[line_start:start])
    )


#: Babel's locale names where a notice's language code differs ("no" is Bokmål there).
_CLDR_CODES = {"no": "nb"}


@functools.lru_cache(maxsize=32)
def inflected_country_index(languages: tuple[str, ...]) -> InflectedIndex:
    from coopkg.records.countries import NEIGHBOURHOOD
    from coopkg.records.inflection import FINAL_S_LANGUAGES, build_index, territory_names

    names = [
        (name, code, lang in FINAL_S_LANGUAGES)
        for lang in languages
        for name, code in territory_names(_CLDR_CODES.get(lang, lang))
        if len(name) >= _MIN_KEY and code in NEIGHBOURHOOD
    ]
    return build_index(names)


def _part_mentions(text: str, taken: Sequence[Hit], languages: tuple[str, ...]) -> list[Hit]:
    """Country names in parts of hyphenated words and, in the text's languages, in case
    forms: the words no whole-name hit covers."""
    from coopkg.records.countries import normalise_name
    from coopkg.records.inflection import find_inflected

    names = _names()
    index = inflected_country_index(tuple(sorted(set(languages))))
    covered = {p for h in taken for p in range(h.start, h.end)}
    words = [
        (m.start(), m.end(), normalise_name(m.group()))
        for m in _PART.finditer(text)
        if m.start() not in covered
    ]
    hits: list[Hit] = []
    for a, b, changed, targets in find_inflected(words, index, languages):
        start, end = words[a][0], words[b - 1][1]
        codes = set(targets)
        if text[start].isupper() and len(codes) == 1 and changed:
            hits.append(Hit(start, end, codes.pop(), "countries:inflected", 0.7))
    covered = {h.start for h in hits}
    parts = [
        (start, end, code)
        for start, end, key in words
        if (code := names.get(key))
        and start not in covered
        and text[start].isupper()
        and _is_part(text, start, end)
    ]
    for start, end, code in parts:
        # Countries joined into one word ("Spain-Portugal", "Slovenija-Hrvaška") name a
        # cross-border programme or area: the caller may count them as derived.
        joined = any(e == start - 1 or s == end + 1 for s, e, _ in parts)
        hits.append(Hit(start, end, code, COMPOUND if joined else "countries:named", 0.8))
    return hits


#: A word without inner hyphens: a part of "Slovenija-Hrvaška".
_PART = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


_COMPOUND = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)+")


def _is_part(text: str, start: int, end: int) -> bool:
    """Whether the word is a part of a hyphenated compound ("Slovenija-Hrvaška",
    "Poľsko-slovenská"; whole words were looked up), not of a name joined by a short
    lower-case word ("Hauts-de-France" is a French region)."""
    if text[start - 1 : start] not in ("-", "‐") and text[end : end + 1] not in ("-", "‐"):
        return False
    left = start
    while left > 0 and (text[left - 1].isalpha() or text[left - 1] in "-‐"):
        left -= 1
    m = _COMPOUND.match(text, left)
    # A short lower-case link ("-de-", "-sur-") makes one place name of the compound; an
    # adjective ("Poľsko-slovenská hranica") does not.
    return m is not None and not any(
        p.islower() and len(p) <= 3 for p in re.split("[-‐]", m.group())
    )
