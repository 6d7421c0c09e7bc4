"""Dates in notices, in many languages: parse one expression, find all, pick the project's run.

:func:`parse_date` turns one date expression into a :class:`datetime.date` (with dateparser);
:func:`find_dates` finds every date expression in a text with this module's own patterns
(built from dateparser's month names, so "FR" or a bare number never becomes a date);
:func:`find_project_dates` picks the project's start and end from labelled dates and ranges.

Vocabularies (labels per language) live in ``data/dates.toml``: adding a language is an
entry there, not code. This module must not guess: it never computes a date from a
duration, never takes an unlabelled date as the project's start or end, and never calls
dateparser's ``search_dates`` (slow, and it reads "FR" as a date).
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files
from itertools import pairwise
from typing import Any

import ahocorasick

from coopkg.extraction.labels import fold_case, matches_at
from coopkg.records.hits import Hit

__all__ = [
    "find_dates",
    "find_project_dates",
    "parse_date",
    "period_labels",
    "supported_languages",
]

_MONTH_KEYS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_ROMAN = re.compile(r"^[ivxlc]+$", re.IGNORECASE)
_MONTH_SUFFIX = ":month"
_MAX_EXPRESSION = 80  # parse_date takes one expression; longer input is not one


@dataclass(frozen=True, slots=True)
class _Labels:
    start: tuple[str, ...]
    end: tuple[str, ...]
    duration: tuple[str, ...]
    range_from: tuple[str, ...]
    range_to: tuple[str, ...]
    ignore: tuple[str, ...]
    project: tuple[str, ...]


# --------------------------------------------------------------------------- data


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    raw = (files("coopkg.extraction") / "data" / "dates.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw)


def supported_languages() -> tuple[str, ...]:
    """The ISO 639-1 codes that have date labels, in preference order."""
    return tuple(_data()["languages"])


def _languages(languages: Sequence[str]) -> tuple[str, ...]:
    """The supported languages among ``languages``; all supported ones when none is."""
    known = supported_languages()
    chosen = tuple(dict.fromkeys(lang for lang in languages if lang in known))
    return chosen or known


def period_labels(languages: Sequence[str] = ()) -> tuple[str, ...]:
    """Labels of a programming period in ``languages`` (all languages when none is known)."""
    table = _data().get("period_labels", {})
    return tuple(w for lang in _languages(languages) for w in table.get(lang, ()))


#: Locales whose month and weekday names CLDR gives through babel: the 24 official EU
#: languages, Norwegian, Icelandic and the co-official Catalan.
CLDR_LOCALES = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it",
    "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "nb", "nn", "is", "ca",
)  # fmt: skip
#: Article prefixes CLDR writes into some format forms ("de gener", "d’abril").
_CLDR_PREFIX = re.compile(r"^(?:de |d['’]|del )", re.IGNORECASE)


def _cldr_names(locale: str, kind: str) -> dict[str, int]:
    """Lower-cased month (``kind="month"``) or weekday names of one CLDR locale -> number.

    Wide and abbreviated, format (the genitive in Slavic and Baltic languages: "stycznia",
    "sausio") and stand-alone forms ("styczeń", "sausis").
    """
    from babel.dates import get_day_names, get_month_names

    getter = get_month_names if kind == "month" else get_day_names
    out: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            try:
                names = getter(width, context, locale)
            except Exception:  # an unknown locale in an old babel: no names from it
                continue
            for number, name in names.items():
                key = _CLDR_PREFIX.sub("", name.lower()).rstrip(".")
                out.setdefault(key, int(number) + (1 if kind == "day" else 0))
    return out


@lru_cache(maxsize=1)
def weekday_names() -> frozenset[str]:
    """Weekday names of every CLDR locale, lower-cased ("sunday", "mercredi", "środa")."""
    return frozenset(
        name for loc in CLDR_LOCALES for name in _cldr_names(loc, "day") if len(name) >= 3
    )


def _month_names(lang: str, extra: dict[str, Any]) -> dict[str, int]:
    """Month names of one language: dateparser's, CLDR's (babel) and ``extra_months``."""
    table: dict[str, int] = {}
    try:
        info = importlib.import_module(f"dateparser.data.date_translation_data.{lang}").info
    except ImportError:
        info = {}
    for number, key in enumerate(_MONTH_KEYS, start=1):
        for name in info.get(key, ()):
            table.setdefault(name.lower().rstrip("."), number)
    for name, number in _cldr_names("nb" if lang == "no" else lang, "month").items():
        table.setdefault(name, number)
    for name, number in extra.get(lang, {}).items():
        table.setdefault(name.lower(), int(number))
    return table


@lru_cache(maxsize=64)
def _month_table(langs: tuple[str, ...]) -> dict[str, int]:
    """Lower-cased month name -> month number; earlier languages win on clashes.

    The notice's languages come first, then every other CLDR locale, so a date in a
    language the notice's detection missed is still read ("1. oktoober 2008"), while a
    name two languages give different months ("listopad": Polish November, Croatian
    October) takes the notice's language's meaning.
    """
    table: dict[str, int] = {}
    extra = _data().get("extra_months", {})
    for lang in dict.fromkeys((*langs, *CLDR_LOCALES)):
        for name, number in _month_names(lang, extra).items():
            # Roman numerals (Hungarian "III") and one-letter forms would match ordinary
            # text; they are never needed next to a day and a year.
            # Irish names two words long ("Meán Fómhair") are kept; CLDR's Catalan forms
            # with an article ("de gener") are not: the bare names are there too.
            if len(name) >= 3 and _is_month_word(name) and not _ROMAN.match(name):
                table.setdefault(name, number)
    return table


def _is_month_word(name: str) -> bool:
    """Letters only, or two words of three letters or more ("meán fómhair")."""
    words = name.split(" ")
    return all(w.isalpha() for w in words) and (len(words) == 1 or min(map(len, words)) >= 3)


@lru_cache(maxsize=1)
def _every_date_label() -> frozenset[str]:
    return frozenset(
        w.casefold()
        for table in _data()["lang"].values()
        for kind in ("start", "end", "duration")
        for w in table.get(kind, ())
    )


def is_date_label(text: str) -> bool:
    """Whether ``text`` is, whole, a start, end or duration label in some language: a fact
    sheet's label cell read as a name ("Λήξη", "Laufzeit") names no organisation.

    >>> is_date_label("Λήξη:"), is_date_label("Laufzeit"), is_date_label("Stadt Wien")
    (True, True, False)
    """
    return " ".join(text.strip(" :.\t").split()).casefold() in _every_date_label()


@lru_cache(maxsize=64)
def _labels(langs: tuple[str, ...]) -> _Labels:
    tables = [_data()["lang"].get(lang, {}) for lang in langs]

    def merged(key: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(w.lower() for t in tables for w in t.get(key, ())))

    return _Labels(
        start=merged("start"),
        end=merged("end"),
        duration=merged("duration"),
        range_from=merged("range_from"),
        range_to=merged("range_to"),
        ignore=merged("ignore"),
        project=merged("project"),
    )


def _alternation(words: Sequence[str], *, glued: bool = False) -> str:
    """A regex alternation of ``words``, longest first, as whole words.

    ``glued``: a capitalised word may also follow a lower-case letter directly, as scraped
    pages glue a label to the text before it ("informacje o projekcieData początkowa").
    """
    ordered = sorted(set(words), key=len, reverse=True)
    left = r"(?:(?<!\w)|(?<=[a-zà-ÿ])(?=(?-i:[A-ZÀ-Ý])))" if glued else r"(?<!\w)"
    return left + r"(?:" + "|".join(re.escape(w) for w in ordered) + r")(?!\w)"


# --------------------------------------------------------------------------- patterns

# Ordinal endings: English, French ("1er", "1e"), Romance "º", Greek "1η" (the first).
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|e|η|º|°|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"


@dataclass(frozen=True, slots=True)
class _Pattern:
    rule: str
    regex: re.Pattern[str]
    month_only: bool = False


@lru_cache(maxsize=64)
def _patterns(langs: tuple[str, ...]) -> tuple[_Pattern, ...]:
    return _name_patterns(frozenset(_month_table(langs)))


@lru_cache(maxsize=8)
def _name_patterns(month_names: frozenset[str]) -> tuple[_Pattern, ...]:
    """The date patterns of a set of month names. Keyed by the names alone: every language
    list has the same ones (all CLDR locales), so a notice in a new pair of languages
    reuses the compiled patterns (the trie does not depend on the names' order)."""
    names = sorted(month_names, key=len, reverse=True)
    month = (
        _NOT_LETTER_BEFORE + "(?P<mon>" + _trie_pattern(names) + ")" + _NOT_LETTER_AFTER + r"\.?"
    )
    flags = re.IGNORECASE
    return (
        _Pattern(
            "date:dmy-name",
            re.compile(
                r"(?<![\d.,])" + _DAY + r"\s*(?:(?:de|of|d'|ta['’])\s*)?" + month + r",?\s*"
                r"(?:(?:de|del|r\.)\s+)?" + _YEAR,
                flags,
            ),
        ),
        _Pattern(
            "date:mdy-name",
            re.compile(month + r"\s*(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d),?\s*" + _YEAR, flags),
        ),
        _Pattern(
            "date:ymd-name",
            re.compile(
                # "2019 m. kovo 1 d." (Lithuanian), "2019. március 1." (Hungarian)
                r"(?<!\d)" + _YEAR + r"\.?\s*(?:m\.\s*)?" + month + r"\s*(?P<day>[0-3]?\d)(?!\d)"
                r"\.?(?:\s?d\.)?",
                flags,
            ),
        ),
        _Pattern(
            "date:ydm-name",
            # "2024. gada 1. marta" (Latvian: year, "gada" = of the year, day, month)
            re.compile(r"(?<!\d)" + _YEAR + r"\.?\s*gada\s+(?P<day>[0-3]?\d)\.\s*" + month, flags),
        ),
        _Pattern(
            "date:iso",
            re.compile(r"(?<![\d.])" + _YEAR + r"-(?P<mon>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)"),
        ),
        # "2012.11.01." (Hungarian, Lithuanian and Latvian order), dots only: "2012-11-01"
        # is ISO above and "2012/11" is no day.
        _Pattern(
            "date:ymd-numeric",
            re.compile(
                r"(?<![\d.,])" + _YEAR + r"\.\s?(?P<mon>[01]?\d)\.\s?(?P<day>[0-3]?\d)(?!\d)\.?"
            ),
        ),
        _Pattern(
            "date:dmy-numeric",
            re.compile(
                r"(?<![\d.,/])(?P<day>[0-3]?\d)(?:\.\s?|/|-)(?P<mon>[01]?\d)(?:\.\s?|/|-)"
                + _YEAR
                + r"(?![.,]?\d)"
            ),
        ),
        _Pattern(
            "date:my-name",
            re.compile(month + r"\s*(?:(?:de|del)\s+)?" + _YEAR, flags),
            month_only=True,
        ),
        _Pattern(
            "date:my-numeric",
            re.compile(
                r"(?<![\d.,/])(?P<mon>0[1-9]|1[0-2]|(?<!\d)[1-9](?=/))[./]" + _YEAR + r"(?![.,]?\d)"
            ),
            month_only=True,
        ),
    )


#: The patterns that start with a month's name.
_MONTH_FIRST = frozenset({"date:mdy-name", "date:my-name"})
#: Where a number begins: every pattern but those starts with a number not after a digit.
_NUMBER_START = re.compile(r"(?<!\d)\d")


@lru_cache(maxsize=64)
def _month_automaton(langs: tuple[str, ...]) -> ahocorasick.Automaton:
    """The month names, folded as :func:`labels.fold_case` folds a text."""
    return _names_automaton(frozenset(_month_table(langs)))


@lru_cache(maxsize=8)
def _names_automaton(names: frozenset[str]) -> ahocorasick.Automaton:
    # Keyed by the names alone: every language list has the same ones (all CLDR locales).
    automaton = ahocorasick.Automaton()
    for name in names:
        key = fold_case(name) or name
        automaton.add_word(key, len(key))
    automaton.make_automaton()
    return automaton


def _month_starts(text: str, langs: tuple[str, ...]) -> list[int] | None:
    """Where a month's name may start in ``text``, in order (None: not known, search all).

    A pattern that starts with a month name is tried only there: Python's engine would try
    its case-insensitive trie at every position of the text.
    """
    folded = fold_case(text)
    automaton = _month_automaton(langs)
    if folded is None or not len(automaton):
        return None
    return sorted({end - size + 1 for end, size in automaton.iter(folded)})


def _trie_pattern(words: Sequence[str]) -> str:
    """A regex matching any of ``words``, as a character trie.

    Python's engine tries a flat alternation word by word; hundreds of month names in a
    trie are tried letter by letter, which keeps scanning long notices fast.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(c) + pattern(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return pattern(trie)


def _date_of(match: re.Match[str], pattern: _Pattern, months: dict[str, int]) -> dt.date | None:
    """The date a pattern match spells, or None when it is not a real calendar date."""
    groups = match.groupdict()
    year = int(groups["year"])
    raw_month = groups["mon"]
    month = int(raw_month) if raw_month.isdigit() else months.get(raw_month.lower().rstrip("."))
    day = 1 if pattern.month_only else int(groups["day"])
    if month is None:
        return None
    if month > 12 and day <= 12 and pattern.rule == "date:dmy-numeric":
        day, month = month, day  # US order, unambiguous because the "month" exceeds 12
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# --------------------------------------------------------------------------- public API


@lru_cache(maxsize=32)
def _parser(langs: tuple[str, ...]) -> Any:
    from dateparser.date import DateDataParser

    settings = {
        "DATE_ORDER": "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "PARSERS": ["absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
    return DateDataParser(languages=list(langs), settings=settings, try_previous_locales=False)


def parse_date(text: str, languages: Sequence[str] = ()) -> dt.date | None:
    """One date expression as a date; month-only expressions give the month's first day.

    Years alone are not dates. Returns None for anything that is not one date.

    >>> parse_date("1er janvier 2012", ["fr"])
    datetime.date(2012, 1, 1)
    >>> parse_date("März 2012")
    datetime.date(2012, 3, 1)
    >>> parse_date("2012") is None
    True
    """
    expression = " ".join(text.split())
    if not expression or len(expression) > _MAX_EXPRESSION or not any(c.isdigit() for c in text):
        return None
    langs = _languages(languages)
    try:
        data = _parser(langs).get_date_data(expression)
    except Exception:  # a third-party parser on arbitrary text: any failure means "no date"
        data = None
    if data is not None and data.date_obj is not None and data.period == "day":
        return data.date_obj.date()
    # dateparser needs day, month and year; month-only expressions come from our patterns.
    hits = find_dates(expression, langs)
    if len(hits) == 1 and _covers(expression, hits[0]):
        return hits[0].value
    return None


def _covers(text: str, hit: Hit) -> bool:
    """Whether ``hit`` spans all of ``text`` but punctuation and spaces."""
    rest = text[: hit.start] + text[hit.end :]
    return not any(c.isalnum() for c in rest)


def find_dates(text: str, languages: Sequence[str] = ()) -> list[Hit]:
    """Every date expression in ``text``, in text order, without overlaps.

    Day-precise dates have rules like ``date:dmy-name``; month-only ones end in
    ``:month`` and carry the month's first day.

    >>> [h.value.isoformat() for h in find_dates("Start: 1. März 2019, Ende: 02/2022")]
    ['2019-03-01', '2022-02-01']
    """
    langs = _languages(languages)
    months = _month_table(langs)
    found: list[Hit] = []
    starts = _month_starts(text, langs)
    # Every other pattern starts with a number's first digit (its day, month or year).
    numbers = [m.start() for m in _NUMBER_START.finditer(text)]
    for pattern in _patterns(langs):
        if pattern.rule not in _MONTH_FIRST:
            matches = matches_at(pattern.regex, text, numbers)
        elif starts is not None:
            matches = matches_at(pattern.regex, text, starts)
        else:
            matches = pattern.regex.finditer(text)
        for match in matches:
            value = _date_of(match, pattern, months)
            if value is None:
                continue
            rule = pattern.rule + (_MONTH_SUFFIX if pattern.month_only else "")
            confidence = 0.6 if pattern.month_only else 0.95
            found.append(Hit(match.start(), match.end(), value, rule, confidence))
    # Longest match first at each position, then drop anything overlapping a kept hit.
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for hit in found:
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


# --------------------------------------------------------------------------- project run

_WINDOW = 90  # how far before a date its label may start
_MAX_GAP = 40  # characters allowed between a label and its date
# A sentence may start with a Latin, Greek or Cyrillic capital.
_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-ZÀ-ÝĀ-ŽΆ-ΏΑ-ΩЀ-Я])|\n\s*\n|[\n•·]")


@lru_cache(maxsize=64)
def _label_regexes(langs: tuple[str, ...]) -> dict[str, re.Pattern[str]]:
    labels = _labels(langs)
    kinds = ("start", "end", "duration", "ignore", "project", "range_from")
    return {
        kind: re.compile(_alternation(getattr(labels, kind), glued=True), re.IGNORECASE)
        for kind in kinds
        if getattr(labels, kind)
    }


def _nearest_label(window: str, regexes: dict[str, re.Pattern[str]]) -> tuple[str, int] | None:
    """The kind and end offset of the label nearest the end of ``window``."""
    best: tuple[int, int, str] | None = None
    for kind in ("start", "end", "duration", "ignore"):
        regex = regexes.get(kind)
        if regex is None:
            continue
        for match in regex.finditer(window):
            key = (match.end(), match.end() - match.start(), kind)
            if best is None or key[:2] > best[:2]:
                best = key
    return None if best is None else (best[2], best[0])


@lru_cache(maxsize=64)
def _until_regex(langs: tuple[str, ...]) -> re.Pattern[str] | None:
    """Words for "until" right before a date ("bis", "jusqu'au"), for the end in prose."""
    table = _data().get("until", {})
    words = [w.lower() for lang in langs for w in table.get(lang, ())]
    return re.compile(_alternation(words) + r"\s*$", re.IGNORECASE) if words else None


#: "une durée prévue de 24 mois, à titre indicatif du ...": a duration between its label
#: and the range is no other figure.
_DURATION_FIGURE = re.compile(r"\d{1,3}\s*[^\W\d]+")


def _duration_applies(gap: str) -> bool:
    """Whether a duration label still names the range after a stated length in months."""
    # "a duration of 2 years and 6 months (01/07/2020 – ...)": up to two length figures.
    rest = _DURATION_FIGURE.sub("", gap, count=2)
    return len(gap) <= 2 * _MAX_GAP and _label_applies(rest[:_MAX_GAP])


def _label_applies(gap: str) -> bool:
    """Whether the text between a label and a date still ties them together."""
    return (
        len(gap) <= _MAX_GAP
        and not any(c.isdigit() for c in gap)
        and gap.count("\n") <= 2
        and not re.search(r"[.!?;]\s+\w", gap)
    )


def _connected(gap: str, labels: _Labels, fillers: frozenset[str]) -> bool:
    """Whether ``gap`` is the connector of a range ("–", "to", "bis zum", "al")."""
    # "→" joins a range on cards ("2019-01-01 → 2021-06-30") like a dash.
    # A period right after the first date closes a year ("od 1. srpnja 2017. godine do").
    words = re.sub(r"[-–—‒→]", " - ", gap.lower().removeprefix(".")).replace(",", " ").split()
    suffixes = frozenset(_data().get("year_suffixes", {}).get("any", ()))
    allowed = fillers | suffixes | {"-"} | {w for phrase in labels.range_to for w in phrase.split()}
    # "Sunday, January 1, 2017 to Wednesday, August 31, 2022": the second date's weekday.
    if len(words) > 1 and words[-1] not in allowed and words[-1] in weekday_names():
        gap, words = gap[: gap.lower().rfind(words[-1])], words[:-1]
    if not words or len(gap) > 20:
        return False
    return all(w in allowed for w in words) and any(
        w == "-" or w in {p.split()[0] for p in labels.range_to} for w in words
    )


def _sentence_start(text: str, position: int) -> int:
    start = max(0, position - 300)
    last = start
    for match in _SENTENCE_END.finditer(text, start, position):
        last = match.end()
    return last


def day_precise(hit: Hit | None) -> Hit | None:
    """``hit`` when it names a day; None for a month-only date ("Dauer: 5/2016 – 12/2020").

    A record date is a full day: a month-only run would be recorded as an invented first
    day, so it may only inform a derived status.
    """
    return None if hit is None or hit.rule.endswith(_MONTH_SUFFIX) else hit


def _tag(hit: Hit, kind: str, rule: str, confidence: float) -> Hit:
    month = hit.rule.endswith(_MONTH_SUFFIX)
    return replace(
        hit,
        kind=kind,
        rule=rule + (_MONTH_SUFFIX if month else ""),
        confidence=round(confidence * (0.7 if month else 1.0), 3),
    )


def find_project_dates(text: str, languages: Sequence[str] = ()) -> tuple[Hit | None, Hit | None]:
    """The project's start and end dates, each None when the text does not state it.

    Only dates labelled as start/end, ranges after a duration label, or a "from X to Y"
    range in a sentence about the project count; publication dates, deadlines and
    durations in months never do. When the start is after the end both are returned with
    lowered confidence.

    >>> s, e = find_project_dates("Published on 2 May 2023. Laufzeit: 01.03.2019 - 28.02.2022")
    >>> s.value.isoformat(), e.value.isoformat(), s.kind, e.kind
    ('2019-03-01', '2022-02-28', 'start', 'end')
    """
    langs = _languages(languages)
    labels = _labels(langs)
    regexes = _label_regexes(langs)
    fillers = frozenset(_data().get("fillers", ()))
    dates = find_dates(text, langs)
    # tiers: 0 = own label, 1 = range after a duration label, 2 = range in a project sentence
    starts: list[tuple[int, Hit]] = []
    ends: list[tuple[int, Hit]] = []
    previous_end = 0
    # Dates under a row of column labels take their column's label, not the nearest one.
    rows = _header_row_pairs(text, dates, regexes)
    in_rows = {h.start for pair in rows for h in pair}
    for index, hit in enumerate(dates):
        if hit.start in in_rows:
            previous_end = hit.end
            continue
        window_start = max(previous_end, hit.start - _WINDOW)
        window = text[window_start : hit.start]
        previous_end = hit.end
        following = dates[index + 1] if index + 1 < len(dates) else None
        ranged = following is not None and _connected(
            text[hit.end : following.start], labels, fillers
        )
        nearest = _nearest_label(window, regexes)
        kind = None
        if nearest is not None and _label_applies(window[nearest[1] :]):
            kind = nearest[0]
        elif (
            nearest is not None
            and nearest[0] == "duration"
            and ranged
            and _duration_applies(window[nearest[1] :])
        ):
            kind = "duration"
        if kind == "start":
            starts.append((0, _tag(hit, "start", "project-date:start-label", 0.95)))
            if (
                ranged
                and following is not None
                and (following.value - hit.value).days >= MIN_RUN_DAYS
            ):
                # "Start | 03. Mar 2016 – 28. Feb 2019": a start label over a
                # whole run; its second date ends it.
                ends.append((1, _tag(following, "end", "project-date:start-label-range", 0.85)))
        elif kind == "end":
            ends.append((0, _tag(hit, "end", "project-date:end-label", 0.95)))
        elif kind == "duration" and ranged and following is not None:
            starts.append((1, _tag(hit, "start", "project-date:range-label", 0.9)))
            ends.append((1, _tag(following, "end", "project-date:range-label", 0.9)))
        elif kind is None and ranged and following is not None:
            sentence = text[_sentence_start(text, hit.start) : following.end]
            if (
                _about_project(sentence, regexes)
                or _range_line(text, hit, following, regexes)
                or _long_run_in_project_sentence(text, hit, following, regexes)
            ):
                starts.append((2, _tag(hit, "start", "project-date:range-sentence", 0.7)))
                ends.append((2, _tag(following, "end", "project-date:range-sentence", 0.7)))
        elif kind is None and not ranged and _until_end(text, hit, window, regexes, langs):
            ends.append((3, _tag(hit, "end", "project-date:until-sentence", 0.7)))
    for first, second in rows:
        starts.append((0, _tag(first, "start", "project-date:table-row", 0.9)))
        ends.append((0, _tag(second, "end", "project-date:table-row", 0.9)))
    start = min(starts, key=lambda t: (t[0], t[1].start))[1] if starts else None
    end = min(ends, key=lambda t: (t[0], t[1].start))[1] if ends else None
    if start is not None and end is not None and start.value > end.value:
        start = replace(start, confidence=round(start.confidence * 0.5, 3))
        end = replace(end, confidence=round(end.confidence * 0.5, 3))
    return start, end


def _header_row_pairs(
    text: str, dates: Sequence[Hit], regexes: dict[str, re.Pattern[str]]
) -> list[tuple[Hit, Hit]]:
    """Two dates on a line of their own under a line of column labels, the start label
    before the end label: a table flattened into a header row and a value row
    ("Start date  End date  Months" / "01/03/2017 30/06/2019 28")."""
    start_re, end_re = regexes.get("start"), regexes.get("end")
    if start_re is None or end_re is None:
        return []
    out = []
    for first, second in pairwise(dates):
        gap = text[first.end : second.start]
        if gap.strip() or "\n" in gap or second.value <= first.value:
            continue
        line_start = text.rfind("\n", 0, first.start) + 1
        line_end = text.find("\n", second.end)
        line_end = len(text) if line_end < 0 else line_end
        # Nothing but the dates and a number (the duration column) on the value line.
        if text[line_start : first.start].strip() or not re.fullmatch(
            r"[\s\d.,]*", text[second.end : line_end]
        ):
            continue
        above = text[:line_start].rstrip()
        header = above[above.rfind("\n") + 1 :]
        s, e = start_re.search(header), end_re.search(header)
        if (
            s is not None
            and e is not None
            and s.end() <= e.start()
            and not re.search(r"\d", header)
        ):
            out.append((first, second))
    return out


#: A bare range line spans at least this many days to be a run, not an event's days.
MIN_RUN_DAYS = 180


#: What may stand before a range on its line: a bullet, a short label ending in a colon
#: ("Projekta ieviešanas laiks:"), a weekday ("Sunday,").
_LINE_LEAD = re.compile(r"[\s•·*▪►–-]*(?:[^\W\d][^:\n\d]{0,48}:)?[\s,]*")
#: What may follow it: a stated length in brackets ("(28 mėn.)", "(20 mēneši)").
_LINE_TAIL = re.compile(
    r"[\s.]*(?:[^\W\d]{1,6}\.?)?[\s.]*(?:\(\s*\d{1,3}\s*[^\W\d]*\.?\s*\)[\s.]*)?"
)


def _range_line(
    text: str, first: Hit, second: Hit, regexes: dict[str, re.Pattern[str]] | None = None
) -> bool:
    """A line holding nothing but a long day-precise range ("2019-01-01 → 2021-06-30"),
    as project cards show the run; a short range alone is an event's days.

    A bullet, a weekday or a short label of any language may open the line and a stated
    length in brackets close it, unless the label is one of dates to ignore ("Call:").
    """
    line_start = text.rfind("\n", 0, first.start) + 1
    line_end = text.find("\n", second.end)
    line_end = len(text) if line_end < 0 else line_end
    lead = text[line_start : first.start]
    lead_words = lead.strip(" ,").split()
    if lead_words and lead_words[-1].lower().strip(",") in weekday_names():
        lead = lead[: lead.lower().rfind(lead_words[-1].lower())]
    if not _LINE_LEAD.fullmatch(lead) or not _LINE_TAIL.fullmatch(text[second.end : line_end]):
        return False
    ignore = (regexes or {}).get("ignore")
    if ignore is not None and lead.strip() and ignore.search(lead):
        return False
    if first.rule.endswith(_MONTH_SUFFIX) or second.rule.endswith(_MONTH_SUFFIX):
        return False
    return (second.value - first.value).days >= MIN_RUN_DAYS


def _until_end(
    text: str, hit: Hit, window: str, regexes: dict[str, re.Pattern[str]], langs: tuple[str, ...]
) -> bool:
    """Whether "until" a day ends the project ("das Vorhaben bis 31. Dezember 2021")."""
    until = _until_regex(langs)
    if until is None or hit.rule.endswith(_MONTH_SUFFIX) or not until.search(window):
        return False
    stop = _SENTENCE_END.search(text, hit.end)
    sentence = text[_sentence_start(text, hit.start) : stop.start() if stop else len(text)]
    return _names_project_plainly(sentence, regexes)


def _long_run_in_project_sentence(
    text: str, first: Hit, second: Hit, regexes: dict[str, re.Pattern[str]]
) -> bool:
    """A long day-precise range in a sentence naming the project anywhere, with no word for
    "from" before it: "Running between 1 May 2023 and 30 April 2026, the project ...",
    "Hanke toteutetaan 1.9.2023–31.8.2026", "2023. szeptember 1. és 2026. augusztus 31.
    között" (Finnish and Hungarian write no "from"). A short range is an event's days.
    """
    if first.rule.endswith(_MONTH_SUFFIX) or second.rule.endswith(_MONTH_SUFFIX):
        return False
    if (second.value - first.value).days < MIN_RUN_DAYS:
        return False
    stop = _SENTENCE_END.search(text, second.end)
    sentence = text[_sentence_start(text, first.start) : stop.start() if stop else len(text)]
    return _names_project_plainly(sentence, regexes)


def _names_project_plainly(sentence: str, regexes: dict[str, re.Pattern[str]]) -> bool:
    """A sentence that names the project and is no deadline or news date."""
    project, ignore = regexes.get("project"), regexes.get("ignore")
    return (
        project is not None
        and project.search(sentence) is not None
        and (ignore is None or ignore.search(sentence) is None)
    )


def _about_project(sentence: str, regexes: dict[str, re.Pattern[str]]) -> bool:
    """A sentence that names the project, says "from", and is no deadline or news date."""
    project = regexes.get("project")
    range_from = regexes.get("range_from")
    ignore = regexes.get("ignore")
    return (
        project is not None
        and project.search(sentence) is not None
        and range_from is not None
        and range_from.search(sentence) is not None
        and (ignore is None or ignore.search(sentence) is None)
    )
