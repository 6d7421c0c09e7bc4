"""Counts in notices: the stated number of partners, and quantified results (indicators).

:func:`find_partner_count` reads "12 Partners", "Number of partners: 7", "7 Projektpartner";
:func:`find_indicators` reads results stated in prose or bullets ("51 interregionale
Lernveranstaltungen", "at least 14 good practices") as :class:`coopkg.records.Indicator`.

Vocabularies per language live in ``data/quantities.toml``. This module must not count
partners from a partner list (that is the assembler's job) nor translate indicator labels:
labels stay in the text's language.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

from coopkg.extraction import labels
from coopkg.records import Indicator
from coopkg.records.hits import Hit

__all__ = ["find_indicators", "find_partner_count"]

_MAX_LABEL_WORDS = 6
_MAX_CONTEXT = 2000  # characters after a results label that can hold its figures


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    raw = (files("coopkg.extraction") / "data" / "quantities.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw)


def _languages(languages: Sequence[str]) -> tuple[str, ...]:
    known = tuple(_data()["languages"])
    chosen = tuple(dict.fromkeys(lang for lang in languages if lang in known))
    return chosen or known


def _merged(langs: tuple[str, ...], key: str) -> list[str]:
    tables = [_data()["lang"].get(lang, {}) for lang in langs]
    return list(dict.fromkeys(w.lower() for t in tables for w in t.get(key, ())))


def _merged_map(langs: tuple[str, ...], key: str) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for lang in langs:
        for word, value in _data()["lang"].get(lang, {}).get(key, {}).items():
            merged.setdefault(word.lower(), value)
    return merged


def _alternation(words: Sequence[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) for w in ordered) + ")"


# --------------------------------------------------------------------------- partner count

#: How many letters an inflection may add to a partner noun's stem ("partnerių", "partnerów").
_MAX_ENDING = 4


@lru_cache(maxsize=1)
def _stem_regex() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a count then a partner noun's stem in any language, the words that end a count).

    For languages whose tables lack a noun or an inflection: "11 partnerių" (Lithuanian),
    "27 olika partners", "5 партньори", "4 εταίροι". A derived word ("partnership",
    "partnerské" = partner's) or a noun after it ("3 partner regions") is no count.
    """
    stems = _data().get("partner_stems", {}).get("any", ())
    endings = _data().get("partner_stem_not_endings", {}).get("any", ())
    bad_end = r"(?!(?:" + "|".join(re.escape(e) for e in endings) + r")(?!\w))" if endings else ""
    conj = _data().get("count_conjunctions", {}).get("any", ())
    # One word between number and noun, or two joined by a conjunction ("polskými a českými").
    between = r"(?:[^\W\d]{2,12}\s+(?:" + "|".join(map(re.escape, conj)) + r")\s+)?" if conj else ""
    count = re.compile(
        r"(?<![\d.,])(?P<n>\d{1,3})(?![\d.,]\d)\s+" + between + r"(?:[^\W\d]{2,12}\s+)?"
        r"(?:"
        + "|".join(re.escape(x) for x in stems)
        + r")"
        + bad_end
        + r"[^\W\d]{0,"
        + str(_MAX_ENDING)
        + r"}(?![\w-])",
        re.IGNORECASE,
    )
    after = [w for t in _data()["lang"].values() for w in t.get("not_after", ())]
    stop = re.compile(r"\s+" + _alternation(after) + r"(?!\w)", re.IGNORECASE)
    return count, stop


#: A count: not a part of a larger figure, an amount or a share ("61 538,40 €", "85 %").
_COUNT_END = r"(?![\d.,]?\d)(?!\s?\d{3}(?!\d))(?!\s*(?:%|€|eur\b|euro))"


@lru_cache(maxsize=1)
def _total_regex() -> re.Pattern[str] | None:
    """A partner noun's stem, a few words, an "in total" word and the count after it."""
    stems = _data().get("partner_stems", {}).get("any", ())
    totals = _data().get("total_words", {}).get("any", ())
    if not stems or not totals:
        return None
    return re.compile(
        # A compound may lead the stem ("Projektpartner", "projektipartnerit").
        r"(?<!\w)[^\W\d]{0,10}?(?:"
        + "|".join(map(re.escape, stems))
        + r")[^\W\d]{0,6}(?:\s+[^\W\d]{1,15}){0,4}?\s+"
        + _alternation(totals)
        + r"\s*[:=]?\s*(?P<n>\d{1,3})"
        + _COUNT_END,
        re.IGNORECASE,
    )


def _stem_counts(text: str) -> list[Hit]:
    """Counts of partners found by a partner noun's stem (see :func:`_stem_regex`), and
    counts written after the noun with an "in total" word ("Partner sind insgesamt 9")."""
    count, stop = _stem_regex()
    out = []
    if (total := _total_regex()) is not None:
        for m in total.finditer(text):
            value = int(m.group("n"))
            if 1 < value <= 200:
                out.append(Hit(m.start("n"), m.end(), value, "count:total", 0.7, "partners"))
    others = _lowered("other_words")
    for m in count.finditer(text):
        if stop.match(text, m.end()):
            continue
        value = int(m.group("n"))
        if 1 < value <= 200:
            rule = "count:noun-stem"
            between = re.findall(r"[^\W\d]+", m.group(0).lower())[:-1]
            if others & {*between, _word_before(text, m.start())}:
                # "5 other partners": one partner besides them is named (see the noun rule).
                value, rule = value + 1, "count:noun-stem-others"
            out.append(Hit(m.start(), m.end(), value, rule, 0.7, "partners"))
    return out


@lru_cache(maxsize=4)
def _lowered(table: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _data().get(table, {}).get("any", ()))


@lru_cache(maxsize=4)
def _nouns(table: str) -> tuple[str, ...]:
    return tuple(_data().get(table, {}).get("any", ()))


@lru_cache(maxsize=1)
def _number_and_lands() -> tuple[str, list[str], tuple[str, ...]]:
    """A count in digits or words of any language, the words for "countries" that may
    follow one (the tables' ``not_after``), for the body and partnership counts, and the
    number words."""
    lands = [w for t in _data()["lang"].values() for w in t.get("not_after", ())]
    words = [w for t in _data()["lang"].values() for w in t.get("number_words", {})]
    return r"(?:\d{1,3}|" + _alternation(words) + r")", lands, tuple(words)


@lru_cache(maxsize=1)
def _body_regex() -> re.Pattern[str] | None:
    """A count of organisations, then the count of the countries they come from."""
    bodies = _nouns("body_nouns")
    number, lands, _ = _number_and_lands()
    if not bodies or not lands:
        return None
    return re.compile(
        r"(?<![\w.,])(?P<n>"
        + number
        + r")\s+(?:[^\W\d]{2,14}\s+)?"
        + _alternation(bodies)
        + r"(?!\w)\s+(?:[^\W\d]{1,5}\s+)?"
        + number
        + r"\s+"
        + _alternation(lands)
        + r"(?!\w)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _group_regex() -> re.Pattern[str] | None:
    """A partnership noun and the number of its members: "a consortium of nine"."""
    groups = _nouns("group_nouns")
    number, lands, _ = _number_and_lands()
    if not groups:
        return None
    return re.compile(
        r"(?<!\w)"
        + _alternation(groups)
        + r"\s+(?:[^\W\d]{1,4}\s+)?(?P<n>"
        + number
        # The number ends the phrase, or the countries the members come from follow.
        + r")(?:(?=\s*[,.;:)]|\s*$)|(?=\s+(?:[^\W\d]{1,5}\s+)?"
        + number
        + r"\s+"
        + _alternation(lands)
        + r"(?!\w)))",
        re.IGNORECASE | re.MULTILINE,
    )


def _noun_counts(
    text: str,
    number_words: dict[str, int],
    regex: re.Pattern[str] | None,
    nouns: str,
    rule: str,
    starts: tuple[tuple[str, ...], bool],
) -> list[Hit]:
    """The counts a pattern of partnership or body nouns reads, where the text holds one of
    the table ``nouns`` at all (most texts do not, and that test is far cheaper than the
    pattern): "a consortium of nine" (``count:group``), "12 organisations from 7
    countries" (``count:bodies-countries``, where the text names no partner noun).
    ``starts``: the words the pattern's matches begin with, and whether a digit too."""
    out: list[Hit] = []
    if regex is None or not labels.may_contain(text, _nouns(nouns)):
        return out
    # Each pattern takes its words and numbers after no word character (``(?<!\w)``).
    for m in labels.phrase_matches(regex, text, *starts, whole_words=True):
        raw = m.group("n")
        value = int(raw) if raw.isdigit() else number_words.get(raw.lower())
        if value and 1 < value <= 200:
            out.append(Hit(m.start(), m.end(), value, rule, 0.6, "partners"))
    return out


@dataclass(frozen=True, slots=True)
class _CountRegexes:
    noun: re.Pattern[str]
    label: re.Pattern[str]
    number_words: dict[str, int]
    #: The words a match of ``noun`` may begin with besides a number's digit.
    noun_words: tuple[str, ...] = ()


@lru_cache(maxsize=64)
def _count_regexes(langs: tuple[str, ...]) -> _CountRegexes:
    words = {k: int(v) for k, v in _merged_map(langs, "number_words").items()}
    number = r"(?P<n>(?<![\d.,])\d{1,3}(?![\d.,]\d)"
    if words:
        number += r"|(?<!\w)" + _alternation(list(words)) + r"(?!\w)"
    number += ")"
    not_after = _merged(langs, "not_after")
    guard = r"(?!\s+" + _alternation(not_after) + r"(?!\w))" if not_after else ""
    # "five other partners", "otros cinco socios": the partners besides one already named.
    others = _alternation(_data().get("other_words", {}).get("any", ()) or ("\0",))
    noun = re.compile(
        r"(?:(?<!\w)(?P<o1>"
        + others
        + r")\s+)?"
        + number
        + r"\s+(?:(?P<o2>"
        + others
        + r")\s+)?"
        + _alternation(_merged(langs, "partner_nouns"))
        + r"(?![\w-])"
        + guard,
        re.IGNORECASE,
    )
    label = re.compile(
        r"(?<!\w)"
        + _alternation(_merged(langs, "count_labels"))
        + r"(?!\w)\s*(?:[:：=]\s*|\s)"
        + r"(?P<n>\d{1,3})"
        + _COUNT_END,
        re.IGNORECASE,
    )
    other_words = tuple(_data().get("other_words", {}).get("any", ()))
    return _CountRegexes(noun, label, words, (*other_words, *words))


def _list_number(text: str, match: re.Match[str]) -> bool:
    """Whether a label's number opens the next line's entry ("Partners" then "2  Riga
    Technical University"): a list's numbering, not the size of the partnership."""
    if "\n" not in text[match.start() : match.start("n")]:
        return False
    line_end = text.find("\n", match.end("n"))
    rest = text[match.end("n") : len(text) if line_end < 0 else line_end]
    return any(c.isalpha() for c in rest)


def find_partner_count(text: str, languages: Sequence[str] = ()) -> Hit | None:
    """The number of partners the text states, or None.

    "Number of partners: 7" (a label) wins over "12 partners" (a count noun); several
    different counts lower the confidence. Partner regions and countries are not partners.

    >>> find_partner_count("9 partners from 6 countries").value
    9
    """
    regexes = _count_regexes(_languages(languages))
    found: list[Hit] = []
    for regex, rule, confidence in (
        (regexes.label, "count:label", 0.9),
        (regexes.noun, "count:noun", 0.8),
    ):
        matches = (
            regex.finditer(text)
            if regex is regexes.label
            else labels.phrase_matches(
                regex, text, regexes.noun_words, digits=True, whole_words=True
            )
        )
        for match in matches:
            raw = match.group("n")
            value = int(raw) if raw.isdigit() else regexes.number_words.get(raw.lower())
            if not value or (rule == "count:label" and _list_number(text, match)):
                continue
            how = rule
            if "o1" in regex.groupindex and (match.group("o1") or match.group("o2")):
                # "N other partners" counts those besides the one the sentence names (the
                # lead, mostly): the partnership is one larger.
                value, how = value + 1, "count:noun-others"
            found.append(Hit(match.start(), match.end(), value, how, confidence, "partners"))
    if not found:
        found = _stem_counts(text)
    if not found:
        found = _noun_counts(
            text,
            regexes.number_words,
            _body_regex(),
            "body_nouns",
            "count:bodies-countries",
            (_number_and_lands()[2], True),
        )
    if not found:
        found = _noun_counts(
            text,
            regexes.number_words,
            _group_regex(),
            "group_nouns",
            "count:group",
            (_nouns("group_nouns"), False),
        )
    if not found:
        return None
    best = min(found, key=lambda h: (h.rule != "count:label", h.start))
    if len({h.value for h in found}) > 1:
        return Hit(best.start, best.end, best.value, best.rule, 0.6, best.kind)
    return best


# --------------------------------------------------------------------------- indicators


@dataclass(frozen=True, slots=True)
class _IndicatorVocab:
    results: re.Pattern[str]
    figure: re.Pattern[str]
    bullet: re.Pattern[str]
    qualifiers: dict[str, str]
    linkers: frozenset[str]
    conjunctions: frozenset[str]
    units: frozenset[str]


@lru_cache(maxsize=64)
def _indicator_vocab(langs: tuple[str, ...]) -> _IndicatorVocab:
    qualifiers = {k: str(v) for k, v in _merged_map(langs, "qualifiers").items()}
    qualifier = (
        r"(?:(?P<q>(?<!\w)" + _alternation(list(qualifiers)) + r")\s+)?" if qualifiers else ""
    )
    # A figure: an integer (thousands grouped or not) not glued to other digits or signs;
    # a comma right after a word may precede it ("Lernveranstaltungen,7 Aktionspläne").
    free = r"(?<![\w.+/#€$£-])(?<!\d,)"
    number = rf"(?P<n>{free}\d{{1,3}}(?:[ .,]\d{{3}})+(?![\d,.]?\d)|{free}\d{{1,4}}(?![\d,.]?\d))"
    label = r"(?P<label>[^\W\d_][^\d,;:.!?()\[\]\n•|/%€$£]*)"
    figure = re.compile(qualifier + number + r"[ \t\u00a0]+" + label, re.IGNORECASE)
    bullet = re.compile(r"^[ \t]*[•·▪◦*\-–][ \t]*(?=\S)", re.MULTILINE)
    return _IndicatorVocab(
        results=re.compile(r"(?<!\w)" + _alternation(_merged(langs, "results")) + r"(?!\w)", re.I),
        figure=figure,
        bullet=bullet,
        qualifiers=qualifiers,
        linkers=frozenset(_merged(langs, "linkers")),
        conjunctions=frozenset(_merged(langs, "conjunctions")),
        units=frozenset(_merged(langs, "units")),
    )


def _contexts(text: str, vocab: _IndicatorVocab) -> list[tuple[int, int, str]]:
    """Spans that state results: after a results label (to the paragraph's end) or bullets."""
    spans: list[tuple[int, int, str]] = []
    for match in vocab.results.finditer(text):
        paragraph_end = re.search(r"\n[ \t]*\n", text[match.end() :])
        end = match.end() + (paragraph_end.start() if paragraph_end else len(text))
        spans.append((match.end(), min(end, match.end() + _MAX_CONTEXT), "results-context"))
    for match in vocab.bullet.finditer(text):
        line_end = text.find("\n", match.end())
        spans.append((match.end(), len(text) if line_end < 0 else line_end, "bullet"))
    return spans


def _clean_label(raw: str, vocab: _IndicatorVocab) -> str | None:
    """The indicator's label: at most a few words, without trailing linking words."""
    words = raw.split()[:_MAX_LABEL_WORDS]
    trailing = vocab.linkers | vocab.conjunctions | {"-", "–"}
    while words and words[-1].lower() in trailing:
        words.pop()
    if not words or words[0].lower().rstrip("-") in vocab.units:
        return None
    if not any(sum(c.isalpha() for c in w) >= 3 for w in words):
        return None
    return " ".join(words).rstrip("-– ")


def _number(raw: str) -> float | None:
    digits = re.sub(r"[ .,]", "", raw)
    if not digits.isdigit() or (len(digits) > 1 and digits.startswith("0")):
        return None  # leading zeros: postcodes, phone numbers, codes
    value = float(digits)
    is_year = len(raw) == 4 and 1900 <= value <= 2099
    return None if is_year or value == 0 else value


def find_indicators(text: str, language: str | None = None) -> list[Hit]:
    """Quantified results in result contexts, as hits whose value is an Indicator.

    A figure counts after a results label (same paragraph) or at the head of a bullet;
    years, dates, money, percentages, partner counts and codes are not indicators. A figure
    right after a linking word ("for 6", "und 1") qualifies the previous one and is skipped.

    >>> [(h.value.value, h.value.label, h.value.qualifier) for h in find_indicators(
    ...     "Ergebnisse: 7 Aktionspläne für 6 Regionen, mindestens 14 bewährte Verfahren", "de")]
    [(7.0, 'Aktionspläne', None), (14.0, 'bewährte Verfahren', 'at least')]
    """
    langs = _languages([language] if language else [])
    vocab = _indicator_vocab(langs)
    hits: dict[int, Hit] = {}
    for start, end, kind in _contexts(text, vocab):
        sub_count = False  # whether the previous figure qualified another one
        for match in vocab.figure.finditer(text, start, end):
            if kind == "bullet" and match.start() != start:
                continue  # in a bullet only the leading figure is a result
            word = _word_before(text, match.start())
            if word in vocab.linkers or (sub_count and word in vocab.conjunctions):
                sub_count = True
                continue
            sub_count = False
            value = _number(match.group("n"))
            label = _clean_label(match.group("label"), vocab)
            if value is None or label is None or match.start() in hits:
                continue
            qualifier_word = match.group("q") if "q" in vocab.figure.groupindex else None
            qualifier = vocab.qualifiers.get(qualifier_word.lower()) if qualifier_word else None
            label_end = match.start("label") + match.group("label").find(label) + len(label)
            indicator = Indicator(label, value, qualifier, language)
            hits[match.start()] = Hit(
                match.start(), label_end, indicator, f"indicator:{kind}", 0.7, "indicator"
            )
    return sorted(hits.values(), key=lambda h: h.start)


def _word_before(text: str, position: int) -> str:
    """The word just before ``position``, lower-cased ("" when there is none)."""
    before = re.search(r"([^\W\d_]+)[ \t]*$", text[max(0, position - 30) : position])
    return "" if before is None else before.group(1).lower()
