"""Money in notices: amounts in euro, what each amount is, and co-financing rates.

:func:`parse_amount` turns one money expression in any European number format into euros;
:func:`find_amounts` finds every euro amount and tells from its label what it is (EU
funding, total budget, one partner's budget, a programme's budget, something else);
:func:`find_cofinancing_rate` finds a stated co-financing rate; :func:`find_rate_amount_pair`
reads keep.eu's "55.6%   709 596,05" bullet (EU co-financing rate, EU funding).

Labels per language live in ``data/money.toml``. This module must not convert other
currencies (an amount in złoty or forint is skipped, not guessed) nor derive one amount
from another (no total from rate and funding): that is the assembler's call.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files
from typing import Any

from coopkg.extraction.labels import may_contain, phrase_matches
from coopkg.records.hits import Hit

__all__ = ["find_amounts", "find_cofinancing_rate", "find_rate_amount_pair", "parse_amount"]

_SPACES = re.compile(r"[\u00a0\u202f\u2009\u2007]")
# A number: digit groups with thousands separators (space, dot, comma, apostrophe) and an
# optional decimal part, or a plain number.
_NUM = (
    r"(?<![\d.,])(?:\d{1,3}(?:(?:[ \u00a0\u202f\u2009'’]|\.|,)\d{3})+(?:[.,]\d{1,2})?"
    r"|\d+(?:[.,]\d+)?)(?![\d])"
)
_NUM_RE = re.compile(_NUM)
_PERCENT_AFTER = re.compile(r"^\s?%")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    raw = (files("coopkg.extraction") / "data" / "money.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw)


def _languages(languages: Sequence[str]) -> tuple[str, ...]:
    known = tuple(_data()["languages"])
    chosen = tuple(dict.fromkeys(lang for lang in languages if lang in known))
    return chosen or known


def _words(words: Sequence[str]) -> str:
    """An alternation of phrases, longest first; a space or hyphen inside a phrase also
    matches the other or none ("co-financing rate" = "co financing rate" = "cofinancing")."""
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?") for w in ordered)


def _whole(words: Sequence[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + _words(words) + r")(?!\w)", re.IGNORECASE)


def _inflected(words: Sequence[str]) -> re.Pattern[str] | None:
    """:func:`_whole`, letting the last word (five letters or more) of a label of several
    words take a short case ending: "teljes költség" also matches "teljes költsége"."""
    if not words:
        return None
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    parts = []
    for w in ordered:
        body = re.escape(w).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?")
        # Only a phrase of two words or more: a lone word ("budżet") inflected is as often
        # another budget ("z budżetu państwa").
        last = w.split()[-1] if w.split() else w
        if " " in w and len(last) >= 5 and last[-1].isalpha():
            body += r"[^\W\d_]{0,2}"
        parts.append(body)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


# --------------------------------------------------------------------------- parsing


@lru_cache(maxsize=1)
def _parse_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = _data()
    prefixed = re.compile(
        r"(?<![^\W\d_])(?:" + _words(list(data["euro_prefixed"])) + r")(?![^\W\d_])",
        re.IGNORECASE,
    )
    euro = re.compile(r"(?<![^\W\d_])(?:" + _words(data["euro"]) + r")(?![^\W\d_])", re.IGNORECASE)
    other = re.compile(
        r"(?<![^\W\d_])(?:" + _words(data["non_euro"]["words"]) + r")(?![^\W\d_])",
        re.IGNORECASE,
    )
    multiplier = re.compile(
        r"(?<![^\W\d_])(?:" + _words(list(data["multipliers"])) + r")\.?(?![^\W\d_])",
        re.IGNORECASE,
    )
    return prefixed, euro, other, multiplier


def parse_amount(
    text: str, language: str | None = None, scale_language: str | None = None
) -> float | None:
    """One money expression as euros, or None when it is not one (or not in euro).

    ``language`` (ISO 639-1) settles "1.687": a decimal in English, 1687 in languages
    that group thousands with dots. Without a language, a lone dot before three digits is
    read as thousands when a currency is written and as a decimal otherwise.
    ``scale_language`` (default ``language``) settles an abbreviation two languages read
    differently: "mil." is a thousand in Spanish, a million in Czech.

    >>> parse_amount("1 687 872,00 EUR")
    1687872.0
    >>> parse_amount("1,2 Mio. €")
    1200000.0
    >>> parse_amount("EUR 1.687", "en"), parse_amount("EUR 1.687", "de")
    (1.687, 1687.0)
    """
    clean = _SPACES.sub(" ", text).strip()
    if not clean or len(clean) > 120 or "%" in clean:
        return None
    prefixed, euro, other, multiplier = _parse_regexes()
    factors = _factors(scale_language or language)
    combined = prefixed.search(clean)
    has_euro = combined is not None or euro.search(clean) is not None
    if not has_euro and other.search(clean):
        return None
    number = _NUM_RE.search(clean)
    if number is None:
        return None
    factor = 1.0
    if combined is not None:
        factor = float(_data()["euro_prefixed"][combined.group().lower()])
    else:
        after = clean[number.end() :]
        found = multiplier.match(after.lstrip())
        if found is not None:
            factor = factors.get(found.group().lower().rstrip("."), 1.0)
    value = _number(number.group(), language, has_euro, factor != 1.0)
    if value is None:
        return None
    return round(value * factor, 6)  # drop float noise, keep every written decimal


@lru_cache(maxsize=64)
def _factors(language: str | None) -> dict[str, float]:
    """Multiplier word -> factor, with the language's own readings of shared words."""
    data = _data()
    out = {k.lower(): float(v) for k, v in data["multipliers"].items()}
    own = data.get("multipliers_by_language", {}).get(language or "", {})
    out.update({k.lower(): float(v) for k, v in own.items()})
    return out


def _number(raw: str, language: str | None, has_currency: bool, has_factor: bool) -> float | None:
    """A number written with any European separators, as a float.

    Kept by hand rather than ``babel.numbers.parse_decimal``: babel needs the locale,
    which a notice often does not settle (the page and the project text differ, or the
    language is unknown); in strict mode it rejects the plain-space grouping that French,
    Polish and Finnish pages write ("757 500,00", "1 687 872,00": it expects a no-break
    space); and it reads "4.000" in English as 4, where a money figure means 4000.
    """
    spaced = bool(re.search(r"\d[ \u00a0\u202f\u2009'’]\d", raw))
    s = re.sub(r"[ \u00a0\u202f\u2009'’]", "", raw)
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        decimal = "." if s.rfind(".") > s.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        whole, _, fraction = s.rpartition(decimal)
        return _join(whole.split(thousands), fraction)
    if not dots and not commas:
        return float(s) if s.isdigit() else None
    sep = "." if dots else ","
    parts = s.split(sep)
    if len(parts) > 2:
        return _join(parts, "")  # "4.738.764": several separators can only group thousands
    whole, fraction = parts
    if len(fraction) != 3 or spaced or has_factor or whole == "0":
        return _join([whole], fraction)
    # One separator before exactly three digits: thousands or a decimal?
    if sep == ",":
        return _join(parts, "")  # money with three decimals is not written: "1,687" = 1687
    if fraction.endswith("0"):
        return _join(parts, "")  # a decimal drops trailing zeros: "4.000", "1.500" are grouped
    decimal_point = set(_data()["decimal_point_languages"])
    if language is not None:
        return _join([whole], fraction) if language in decimal_point else _join(parts, "")
    return _join(parts, "") if has_currency else _join([whole], fraction)


def _join(groups: Sequence[str], fraction: str) -> float | None:
    """Digit groups (first any length, others exactly three) plus a decimal fraction."""
    if not groups or not all(g.isdigit() for g in groups):
        return None
    if any(len(g) != 3 for g in groups[1:]) or (fraction and not fraction.isdigit()):
        return None
    return float("".join(groups) + ("." + fraction if fraction else ""))


# --------------------------------------------------------------------------- finding


@dataclass(frozen=True, slots=True)
class _Vocab:
    money: re.Pattern[str]
    labels: dict[str, re.Pattern[str]]
    partner_named: tuple[re.Pattern[str], ...]
    approximate: re.Pattern[str] | None  # "rund", "ruim", "casi" right before an amount
    scope: re.Pattern[str] | None  # programme scope in the sentence: "envelope", "projects"
    source_after: re.Pattern[str] | None  # "... aus Interreg Europe" right after an amount
    source_before: re.Pattern[str] | None  # "wovon die EU 2,1 Mio." right before an amount
    rates: tuple[re.Pattern[str], ...] = ()  # the rate patterns of these languages
    bound: re.Pattern[str] | None = None  # "more than", "up to": a bound, not the amount


#: Confidence of an amount stated as a bound ("more than 1.5 million", "up to 30 000 EUR"):
#: kept as a hit, never a fact. A hedged amount ("about 1.5 million", "ca. 2,5 mio.") is
#: recorded as written: the annotation rules take a rounded or approximate figure as stated.
APPROXIMATE_CONFIDENCE = 0.4
#: Amounts below this confidence are not project facts (the assembler skips them).
FACT_CONFIDENCE = 0.5


#: An amount written with this many significant digits is a fact even after "ca.".
PRECISE_DIGITS = 6


def _significant_digits(value: float) -> int:
    digits = f"{value:.2f}".replace(".", "").lstrip("0").rstrip("0")
    return len(digits)


_KINDS = (
    "eu_funding",
    "total_budget",
    "partner_budget",
    "other",
    "generic_budget",
    "generic_funding",
    "programme",
    "project",
)


@lru_cache(maxsize=1)
def _currency_words() -> tuple[str, ...]:
    """The words for the euro a written amount may begin with ("EUR 5 000", "€5m")."""
    data = _data()
    return tuple(w.lower() for w in [*data["euro"], *data["euro_prefixed"]])


@lru_cache(maxsize=64)
def _vocab(langs: tuple[str, ...]) -> _Vocab:
    data = _data()
    euro_words = [*data["euro"], *data["euro_prefixed"]]
    cur = r"(?<![^\W\d_])(?:" + _words(euro_words) + r")(?![^\W\d_])"
    mult = r"(?<![^\W\d_])(?:" + _words(list(data["multipliers"])) + r")(?![^\W\d_])"
    # An abbreviation's dot ("Mio.") belongs to the amount unless it ends the sentence.
    final_dot = r"(?:\.(?!\s*(?:$|[A-ZÀ-Ý])))?"
    of = r"(?:(?:de|d['’]|di|of|od|van)\s*)?"
    money = re.compile(
        rf"(?:{cur})(?:\s?:)?\s?{_NUM}(?:\s?{mult}{final_dot})?|{_NUM}\s?(?:{mult}\.?\s?)?{of}(?:{cur})",
        re.IGNORECASE,
    )
    tables = [data["lang"].get(lang, {}) for lang in langs]
    labels: dict[str, re.Pattern[str]] = {}
    for kind in _KINDS:
        pattern = _inflected([w for t in tables for w in t.get(kind, ())])
        if pattern is not None:
            labels[kind] = pattern
    # A compound holding the word "project" names the project too ("Projektpartner",
    # "Gesamtprojektvolumen", "projectpartners"), as German, Dutch or Nordic write them.
    project_words = [w for t in tables for w in t.get("project", ()) if " " not in w]
    if project_words:
        labels["project"] = re.compile(
            r"(?<!\w)[^\W\d_]*(?:" + _words(project_words) + r")[^\W\d_]*(?!\w)",
            re.IGNORECASE,
        )
    froms_words = [w for t in tables for w in t.get("from_source", ())]
    if froms_words:
        labels["from"] = re.compile(r"(?<!\w)(?:" + _words(froms_words) + r")\s*$", re.IGNORECASE)
    inclusion = _whole(data.get("inclusion_words", {}).get("any", ()))
    if inclusion is not None:
        labels["inclusion"] = inclusion
    named = tuple(
        re.compile(p + r"[\s€]*(?:eur|euro)?\s*$", re.IGNORECASE)
        for t in tables
        for p in t.get("partner_named", ())
    )
    approx = [w for t in tables for w in t.get("approximate", ())]
    scope = _whole([w for t in tables for w in t.get("scope", t.get("programme_scope", ()))])
    froms = [w for t in tables for w in t.get("from_source", ())]
    sources = _words(data["eu_sources"])
    # "€1.36 milliún (85%) á chur ar fáil ag an Aontas Eorpach": the share in brackets
    # may stand between the amount and its payer.
    share = r"(?:\(\s*\d{1,3}(?:[.,]\d{1,2})?\s?%\s*\)\s*)?"
    source_after = (
        re.compile(
            r"^[\s,]*"
            + share
            + r"(?:"
            + _words(froms)
            + r")\s*(?<=[\s'’])(?:"
            + sources
            + r")(?!\w)",
            re.IGNORECASE,
        )
        if froms
        else None
    )
    # "die EU 2,1 Millionen", "die EU soll davon 2,1 Millionen", "der Europäischen Union
    # (ca. 1.174.475 €)": the payer named as the subject, two filler words at most between.
    approx = [*approx, *data.get("prose_approximate", {}).get("any", ())]
    fillers = _words(data.get("prose_source_fillers", {}).get("any", ()) or ["-"])
    source_before = re.compile(
        r"(?<!\w)(?:" + sources + r")(?:\s+(?:" + fillers + r")){0,2}(?:\s*\()?\s*"
        r"(?:(?:" + _words(approx) + r")\s*)?$",
        re.IGNORECASE,
    )
    approximate = (
        re.compile(r"(?<!\w)(?:" + _words(approx) + r")\s*$", re.IGNORECASE) if approx else None
    )
    bounds = data.get("bounds", {}).get("any", ())
    bound = re.compile(r"(?<!\w)(?:" + _words(bounds) + r")\s*$", re.IGNORECASE) if bounds else None
    return _Vocab(
        money,
        labels,
        named,
        approximate,
        scope,
        source_after,
        source_before,
        _rate_regexes(langs),
        bound,
    )


# A sentence may start with a Latin, Greek or Cyrillic capital.
_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-ZÀ-ÝĀ-ŽΆ-ΏΑ-ΩЀ-Я])|\n|•")
_AFTER_REACH = 40  # a label after the amount counts within this many characters


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(0, start - 300)
    begin = left
    for match in _SENTENCE_END.finditer(text, left, start):
        begin = match.end()
    stop = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    return begin, (stop.start() if stop else min(len(text), end + 300))


def _last(pattern: re.Pattern[str] | None, text: str) -> re.Match[str] | None:
    if pattern is None:
        return None
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - we want the last match
        pass
    return found


def _classify(
    before: str,
    after: str,
    sentence_before: str,
    vocab: _Vocab,
    earlier: str = "",
    precise: bool = False,
) -> tuple[str | None, str | None, float, str]:
    """Kind, subject, confidence and rule of an amount from the words around it.

    A hedged amount ("rund 2 Mio. EUR", "ca. 2,5 mio. evrov") keeps its confidence and is
    stated as written (the rule name ends in ":approximate"). A bound ("mehr als 2 Mio.",
    "up to 30 000 EUR") keeps its kind at a confidence below :data:`FACT_CONFIDENCE`:
    readers may see it, the record does not state it, unless it is ``precise`` (written to
    the euro, the qualifier is a hedge).
    """
    kind, subject, confidence, rule = _kind(before, after, sentence_before, vocab, earlier)
    if kind in ("eu_funding", "total_budget", None) and _own_share_qualified(sentence_before):
        return "partner_budget", None, 0.75, "money:own-share-qualifier"
    # "... for the projects approved in the first call. The total investment is 3.1 M€":
    # a sentence that does not name the project continues a paragraph about several.
    project = vocab.labels.get("project")
    if (
        kind in ("total_budget", "eu_funding", None)
        and vocab.scope is not None
        and vocab.scope.search(earlier)
        and not (project is not None and project.search(sentence_before + after))
        and not _project_after_scope(earlier, vocab)
    ):
        return "programme_budget", None, 0.6, "money:programme-scope-paragraph"
    if vocab.bound is not None and vocab.bound.search(before) and not precise:
        return kind, subject, min(confidence, APPROXIMATE_CONFIDENCE), rule + ":bound"
    if vocab.approximate is not None and vocab.approximate.search(before):
        return kind, subject, confidence, rule + ":approximate"
    return kind, subject, confidence, rule


def _project_after_scope(earlier: str, vocab: _Vocab) -> bool:
    """The paragraph names the project after its last programme-scope word ("el área de
    Programas Europeos va a liderar el proyecto europeo X."): it is about the project."""
    project = vocab.labels.get("project")
    if project is None or vocab.scope is None:
        return False
    last = None
    for last in vocab.scope.finditer(earlier):  # noqa: B007 - the last match is wanted
        pass
    return last is not None and project.search(earlier, last.end()) is not None


def _part_of_total(labels: dict[str, re.Pattern[str]], after: str) -> bool:
    """The total label after an amount follows "of"/"from": the amount is a part of it."""
    total, of = labels.get("total_budget"), labels.get("from")
    found = total.search(after[: _AFTER_REACH + 60]) if total is not None else None
    return found is not None and of is not None and of.search(after[: found.start()]) is not None


@lru_cache(maxsize=1)
def _own_share_qualifier() -> re.Pattern[str] | None:
    return _whole(_data().get("own_share_qualifiers", {}).get("any", ()))


def _own_share_qualified(sentence_before: str) -> bool:
    """ "... pro naši obec činí": the amount is the publishing partner's own share."""
    pattern = _own_share_qualifier()
    return pattern is not None and pattern.search(sentence_before) is not None


def _label_start(labels: dict[str, re.Pattern[str]], kind: str, after: str) -> int:
    """Where the first label of ``kind`` starts after an amount (far away when none)."""
    pattern = labels.get(kind)
    found = pattern.search(after[: _AFTER_REACH + 60]) if pattern is not None else None
    return found.start() if found is not None else len(after) + 1


def _label_after(pattern: re.Pattern[str] | None, after: str) -> bool:
    """A label starting within reach after the amount ("739.000 euro uit het EFRO")."""
    if pattern is None:
        return False
    found = pattern.search(after[: _AFTER_REACH + 60])
    return found is not None and found.start() <= _AFTER_REACH


#: "... € 734.500,00 per il Capofila", "EUR 90 000 for the partner from ...": an amount
#: given to one partner (prepositions and articles of EU languages; partner words: the lead
#: labels and the singular word for a partner).
_FOR_PARTNER_WORDS = (
    "partner", "partenaire", "socio", "parceiro", "partneri", "партньор",
    # case forms after the preposition: pl/cs/sk/hr "dla partnera", ro "pentru partenerul",
    # sl "za partnerja"
    "partnera", "partenerul", "partnerja", "beneficjenta", "lidera",
)  # fmt: skip


@lru_cache(maxsize=1)
def _for_partner() -> re.Pattern[str]:
    words = sorted({*labels_phrases("partner_labels.lead"), *_FOR_PARTNER_WORDS}, key=len)
    return re.compile(
        r"[ \t]*(?:for|per|für|pour|para|dla|pro|voor|pentru|за|για|för)[ \t]+"
        r"(?:(?:the|its|il|lo|la|le|el|den|die|das|dem|de|het|o|a|του|της|τον|την)[ \t]+|l['’])?"
        r"(?:" + "|".join(re.escape(w) for w in reversed(words)) + r")(?!\w)",
        re.IGNORECASE,
    )


def labels_phrases(name: str) -> tuple[str, ...]:
    from coopkg.extraction import labels

    return labels.phrases(name)


def _kind(
    before: str, after: str, sentence_before: str, vocab: _Vocab, earlier: str = ""
) -> tuple[str | None, str | None, float, str]:
    labels = vocab.labels
    other = _last(labels.get("other"), before)
    if other is not None and len(before) - other.end() <= 60:
        return "other", None, 0.8, "money:other-label"
    if _for_partner().match(after):
        return "partner_budget", None, 0.8, "money:for-partner"
    # A sentence about an envelope or about several projects gives programme money
    # ("the programme's 140 million EUR envelope", "37 approvals worth 88,7 million").
    if vocab.scope is not None and vocab.scope.search(sentence_before + " " + after):
        return "programme_budget", None, 0.7, "money:programme-scope"
    for pattern in vocab.partner_named:
        match = pattern.search(before)
        if match is not None:
            name = match.group("name").strip(" \t'\"“”")
            if not _is_common_subject(name, labels):
                return "partner_budget", name, 0.85, "money:partner-named-label"
    partner = _last(labels.get("partner_budget"), before)
    if partner is not None and len(before) - partner.end() <= 30:
        return "partner_budget", None, 0.75, "money:partner-label"
    is_programme = _programme_sentence(sentence_before, labels)
    specific = [(k, _last(labels.get(k), before)) for k in ("eu_funding", "total_budget")]
    hits = [(m.end(), k) for k, m in specific if m is not None]
    # "davon trägt der EFRE 75 Prozent, das sind 889.800 Euro": the EU fund's share, as a
    # rate and then as an amount (the fund's name is no programme subject here).
    if not hits and _eu_rate_before(before, vocab):
        return "eu_funding", None, 0.8, "money:eu-rate-before"
    if hits:
        kind = max(hits)[1]
        if is_programme:
            return "programme_budget", None, 0.7, "money:programme-sentence"
        return kind, None, 0.9, f"money:{kind}-label"
    # "3 millones de euros de Interreg Sudoe, al 75 %": the payer named right after the
    # amount says whose money it is before a rate does.
    if not is_programme and vocab.source_after is not None and vocab.source_after.match(after):
        return "eu_funding", None, 0.75, "money:eu-source-after"
    # "Europa draagt € 1.920.000 bij via het EFRO, een steunpercentage van 80%": the EU
    # named as the payer right before the amount says whose money it is before a rate does.
    if (
        not is_programme
        and vocab.source_before is not None
        and vocab.source_before.search(before[-60:])
        and _rate_follows(after, vocab)
    ):
        return "eu_funding", None, 0.7, "money:eu-source-before"
    # "3,4 millions d'euros, est financé à 69 %": the amount the rate applies to is the total.
    if not is_programme and _rate_follows(after, vocab):
        return "total_budget", None, 0.8, "money:total-before-rate"
    # The nearest label after the amount is its own ("€980,000 an buiséad iomlán, agus tá
    # €833,000 de mhaoiniú ón AE": the total's label comes first).
    for kind in sorted(
        ("eu_funding", "total_budget"), key=lambda k: _label_start(labels, k, after)
    ):
        if _label_after(labels.get(kind), after):
            # "77 000 евро от общата сума": a part of the total, not the total.
            if kind == "total_budget" and _part_of_total(labels, after):
                continue
            if is_programme:
                return "programme_budget", None, 0.7, "money:programme-sentence"
            return kind, None, 0.8, f"money:{kind}-label-after"
    if is_programme:
        return "programme_budget", None, 0.7, "money:programme-sentence"
    # The payer named next to the amount: "1,5 Mio. Euro aus Interreg Europe",
    # "wovon die EU 2,1 Millionen Euro übernehmen soll".
    if vocab.source_after is not None and vocab.source_after.match(after):
        return "eu_funding", None, 0.75, "money:eu-source-after"
    if vocab.source_before is not None and vocab.source_before.search(before[-60:]):
        return "eu_funding", None, 0.7, "money:eu-source-before"
    # "1.097.782,96 € aus diesem Fonds" right after a sentence naming the EU fund.
    if _fund_anaphora(after, sentence_before, earlier, vocab):
        return "eu_funding", None, 0.7, "money:eu-fund-anaphora"
    generic = [
        (m.end(), kind)
        for kind, key in (("total_budget", "generic_budget"), ("eu_funding", "generic_funding"))
        if (m := _last(labels.get(key), before)) is not None
    ]
    if generic:
        return max(generic)[1], None, 0.6, f"money:{max(generic)[1]}-generic"
    return None, None, 0.5, "money:unlabelled"


@lru_cache(maxsize=1)
def _prose_regexes() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(fund anaphora right after an amount, programme frame before a programme word)."""
    data = _data()
    out: list[re.Pattern[str] | None] = []
    for key, shape in (
        ("prose_fund_anaphora", r"^[\s,]*(?:{})(?!\w)"),
        ("prose_programme_frames", r"(?<!\w)(?:{})\s+[\w'’-]*$"),
    ):
        words = data.get(key, {}).get("any", ())
        out.append(re.compile(shape.format(_words(words)), re.IGNORECASE) if words else None)
    return out[0], out[1]


def _fund_anaphora(after: str, sentence_before: str, earlier: str, vocab: _Vocab) -> bool:
    """ "... aus diesem Fonds" after the amount, the EU fund named in the sentence before."""
    anaphora = _prose_regexes()[0]
    if anaphora is None or not anaphora.match(after):
        return False
    eu = vocab.labels.get("eu_funding")
    return eu is not None and eu.search(earlier[-300:] + " " + sentence_before) is not None


def _rate_follows(after: str, vocab: _Vocab) -> bool:
    """A co-financing rate phrase right after the amount ("..., financé à 69 %")."""
    head = after[: _AFTER_REACH + 40]
    # A rate label, or the EU fund with its share ("(con financiación FEDER del 75%)").
    for regex in (vocab.rates[0], *vocab.rates[3:]):
        found = regex.search(head)
        if (
            found is not None
            and found.start() <= 25
            and not re.search(r"\d", head[: found.start()])
        ):
            return True
    return False


def _eu_rate_before(before: str, vocab: _Vocab) -> bool:
    """An EU fund's percentage between the previous amount and this one."""
    return any(regex.search(before) for regex in vocab.rates[3:])


def _is_common_subject(name: str, labels: dict[str, re.Pattern[str]]) -> bool:
    """Whether a "budget of X" names the project, programme or a total, not a partner."""
    lowered = name.lower()
    for key in ("project", "programme", "total_budget", "eu_funding"):
        pattern = labels.get(key)
        if pattern is not None and pattern.match(lowered):
            return True
    return lowered in {"total", "totale", "insgesamt", "the", "all", "partners"}


def _programme_sentence(sentence_before: str, labels: dict[str, re.Pattern[str]]) -> bool:
    """A sentence whose subject is a programme, fund or call, not the project.

    A field label naming the programme ("Programme: Interreg Europe | ERDF: ...") is not
    such a subject: the amount then belongs to a later label.
    """
    programme = _last(labels.get("programme"), sentence_before)
    if programme is None:
        return False
    project = labels.get("project")
    if project is not None and project.search(sentence_before) is not None:
        return False
    # "im Rahmen des Interreg-Programms": the programme is the setting, the project the subject.
    frame = _prose_regexes()[1]
    if frame is not None and frame.search(sentence_before[: programme.start()]):
        return False
    between = sentence_before[programme.end() :]
    if re.search(r"[|\t]", between):
        return False
    stripped = between.strip()
    if stripped.startswith(":") and stripped != ":":
        return False
    return between.count(":") <= 1


def find_amounts(text: str, languages: Sequence[str] = ()) -> list[Hit]:
    """Every euro amount in ``text``, with its kind when the words around it tell.

    ``kind`` is ``eu_funding``, ``total_budget``, ``partner_budget`` (``subject`` = the
    partner as the label names it), ``programme_budget``, ``other`` (share capital,
    prices) or None when unlabelled. Percentages and other currencies are skipped.

    >>> [(h.value, h.kind) for h in find_amounts("ERDF funding: 1 687 872,00 EUR")]
    [(1687872.0, 'eu_funding')]
    """
    return list(_amounts(text, _languages(languages)))


@lru_cache(maxsize=4)
def _amounts(text: str, langs: tuple[str, ...]) -> tuple[Hit, ...]:
    """Cached: the record's money and :func:`find_cofinancing_rate` read the same text."""
    vocab = _vocab(langs)
    language = langs[0] if len(langs) == 1 else None
    hits: list[Hit] = []
    previous_end = 0
    # A written amount begins with a currency or a number's first digit.
    written = list(phrase_matches(vocab.money, text, _currency_words(), digits=True))
    spans = [
        ((h[0] if (h := _spelled_head(text, w.start())) else w.start()), w.end()) for w in written
    ]
    bare = [
        m
        for m in _bare_millions(text)
        if not any(m.start() < e and s < m.end() for s, e in spans) and not _counted(text, m.end())
    ]
    worded_re, numbers = _worded_regex(langs)
    worded = [
        m
        for m in (worded_re.finditer(text) if worded_re is not None else ())
        if not any(m.start() < e and s < m.end() for s, e in spans)
    ]
    for match in sorted([*written, *bare, *worded], key=lambda m: m.start()):
        if _PERCENT_AFTER.match(text[match.end() :]):
            continue
        if match.re is worded_re:
            value = _worded_value(match, numbers)
        else:
            value = parse_amount(match.group(), language, langs[0] if langs else None)
        if value is None:
            continue
        if match.re is not vocab.money and _other_currency_near(text, match):
            continue
        head = _spelled_head(text, match.start())
        if head is not None:
            # "6 milioni 657 mila 204 euro": the amount spelled in parts.
            value += head[1]
        begin, stop = _sentence_bounds(text, match.start(), match.end())
        before = text[max(begin, previous_end) : match.start()]
        line_start = text.rfind("\n", 0, begin) + 1
        sentence_before = text[begin : match.start()]
        # Only a hedge before it ("ca. 2,5 mio.") still leaves the amount alone on its line.
        bare = before.strip(" \t•-–(")
        if vocab.approximate is not None and vocab.approximate.fullmatch(bare):
            bare = ""
        before = _after_previous_label(before, hits, previous_end, vocab)
        above = _label_above(text, begin, previous_end) if not bare else None
        if above is not None:
            before = sentence_before = above + before
        bare_amount = match.re is not vocab.money and match.re is not worded_re
        after = text[match.end() : stop]
        if bare_amount and not _near_label_after(text, match.end(), vocab):
            # With no currency, only a label within a few words after it is its own.
            after = after[: len(after) - len(after.lstrip(" ,;:)"))]
        kind, subject, confidence, rule = _classify(
            before,
            after,
            sentence_before,
            vocab,
            text[line_start:begin],
            _significant_digits(value) >= PRECISE_DIGITS,
        )
        if kind in ("eu_funding", "total_budget") and _in_partner_block(text, line_start):
            kind, rule = "partner_budget", "money:partner-block"
        elif kind in ("eu_funding", "total_budget") and _side_label(
            text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        ):
            kind, rule = "partner_budget", "money:side-share"
        elif kind in ("eu_funding", "total_budget") and _share_of_partner(
            text, hits, previous_end, match.start(), vocab
        ):
            kind, rule = "partner_budget", "money:partner-share-included"
        if bare_amount:
            # Millions with no currency are money only where the words say whose budget
            # or which EU fund: "un bilancio di 4,1 milioni, di cui 3,3 milioni ...
            # cofinanziati dal FESR"; "2 millions d'habitants" is not.
            # A generic word ("bilancio di 4,1 milioni,") counts only where the number
            # ends its phrase: "valore di 2 milioni di visitatori" counts people.
            inclusion = vocab.labels.get("inclusion")
            gap = text[previous_end : match.start()]
            if (
                _COUNTED.match(text, match.end())
                and hits
                and hits[-1].end == previous_end
                and hits[-1].kind in (None, "total_budget")
                and len(gap) <= _INCLUDED_GAP
                and inclusion is not None
                and inclusion.search(gap)
            ):
                # "4 millions d'euros, dont 2,6 millions de fonds européens": the EU's share
                # of the amount just before it, the fund named after the share.
                kind, rule, confidence = "eu_funding", "money:eu-share-named-after", 0.8
                hits[-1] = replace(
                    hits[-1], kind="total_budget", rule="money:total-including-eu", confidence=0.8
                )
            if kind not in ("eu_funding", "total_budget") or (
                rule.endswith("-generic") and not _PHRASE_END.match(text, match.end())
            ):
                continue
            rule += ":no-currency"
        start = head[0] if head is not None else match.start()
        hits.append(Hit(start, match.end(), value, rule, confidence, kind, subject))
        previous_end = match.end()
    return tuple(_including(text, hits, vocab))


def _after_previous_label(
    before: str, hits: Sequence[Hit], previous_end: int, vocab: _Vocab
) -> str:
    """``before`` without the label the previous amount took from right after itself
    ("€1.6m total budget of the project, and €1.36m ..."): that label is not this amount's.
    A label after a joining word ("2.4m, with ERDF aid of 1.9m") stays the next amount's."""
    if not hits or hits[-1].end != previous_end or not hits[-1].rule.endswith("-label-after"):
        return before
    pattern = vocab.labels.get(str(hits[-1].kind))
    found = pattern.search(before) if pattern is not None else None
    if found is None:
        return before
    lead = before[: found.start()].strip(" \t,;:()")
    if len(lead) > 3 or " " in lead:  # an article at most ("an", "the")
        return before
    return before[found.end() :]


def _share_of_partner(
    text: str, hits: Sequence[Hit], previous_end: int, start: int, vocab: _Vocab
) -> bool:
    """The amount is included in a partner's budget just before it ("Budget del partner X:
    320.000 €, di cui FESR 272.000 €"): the EU share of that partner, not the project's."""
    if not hits or hits[-1].kind != "partner_budget" or hits[-1].end != previous_end:
        return False
    gap = text[previous_end:start]
    inclusion = vocab.labels.get("inclusion")
    return (
        len(gap) <= _INCLUDED_GAP
        and "\n" not in gap
        and inclusion is not None
        and inclusion.search(gap) is not None
    )


@lru_cache(maxsize=1)
def _side_label_re() -> re.Pattern[str]:
    from coopkg.extraction.labels import section

    adjectives = "|".join(str(w) for ws in section("country_adjectives").values() for w in ws)
    side = _words(_data().get("side_words", {}).get("any", ()))
    # "Hungarian side", "Szlovák oldal" (a capitalised side name, then the word "side"), or
    # "Parte slovena" (the word "side", then a country adjective).
    return re.compile(
        r"[\s•·*▪–-]*(?:[A-ZÀ-Ý][^\W\d_]+[ \t]+(?i:" + side + r")"
        r"|(?i:" + side + r")[ \t]+(?i:" + adjectives + r"))(?![\w-])"
    )


def _side_label(line_label: str) -> bool:
    """A label line that opens with one side of the border ("Hungarian side support:",
    "Parte slovena:", "Szlovák oldal támogatása:"): the amount is that side's share, not
    the project's. A label ending in a colon on the amount's line only: in prose the words
    may qualify the whole project."""
    return ":" in line_label and _side_label_re().match(line_label) is not None


@lru_cache(maxsize=32)
def _worded_regex(langs: tuple[str, ...]) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    """A small number written as a word, a word for a million or more and the euro ("two
    million euros", "kaksi miljoonaa euroa"), and the numbers' values (lower case)."""
    data = _data()
    table = data.get("number_words", {})
    chosen = [lang for lang in langs if lang in table] or list(table)
    numbers = {w.lower(): int(v) for lang in chosen for w, v in table[lang].items()}
    if not numbers:
        return None, {}
    big = _words(list(_big_words()))
    cur = _words([*data["euro"]])
    of = r"(?:(?:de|d['’]|di|of|od|van)\s*)?"
    pattern = re.compile(
        r"(?<![^\W\d_])(?P<n>" + _words(list(numbers)) + r")\s+(?P<m>" + big + r")"
        r"(?![^\W\d_])\s?" + of + r"(?:" + cur + r")(?![^\W\d_])",
        re.IGNORECASE,
    )
    return pattern, numbers


def _worded_value(match: re.Match[str], numbers: dict[str, int]) -> float | None:
    number = numbers.get(match.group("n").lower())
    factor = _data()["multipliers"].get(match.group("m").lower().rstrip("."))
    if number is None or factor is None:
        return None
    return float(number) * float(factor)


def _overlap(a: re.Match[str], b: re.Match[str]) -> bool:
    return a.start() < b.end() and b.start() < a.end()


@lru_cache(maxsize=1)
def _big_words() -> tuple[str, ...]:
    """The words for a million or more."""
    return tuple(w for w, f in _data()["multipliers"].items() if float(f) >= 1e6 and len(w) > 2)


@lru_cache(maxsize=1)
def _bare_regex() -> re.Pattern[str]:
    """A number and a word for a million or more, no currency ("4,1 milioni")."""
    big = list(_big_words())
    return re.compile(
        rf"{_NUM}\s?(?:{_words(big)})\.?(?![^\W\d_])(?!\s*(?:%|[^\W\d_]+\s*%))",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _spelled_regex() -> re.Pattern[str]:
    mult = _data()["multipliers"]
    big = _words([w for w, f in mult.items() if float(f) >= 1e6 and len(w) > 2])
    small = _words([w for w, f in mult.items() if float(f) == 1e3 and len(w) > 2])
    return re.compile(
        rf"(?<![\d.,])(?:(?P<m>\d{{1,3}}) (?:{big}) +)?(?:(?P<k>\d{{1,3}}) (?:{small}) +)?$",
        re.IGNORECASE,
    )


def _spelled_head(text: str, start: int) -> tuple[int, float] | None:
    """(start, value) of the millions and thousands written in words before the last
    part of an amount ("6 milioni 657 mila " before "204 euro"), or None."""
    found = _spelled_regex().search(text[max(0, start - 40) : start])
    if found is None or not (found.group("m") or found.group("k")):
        return None
    value = int(found.group("m") or 0) * 1e6 + int(found.group("k") or 0) * 1e3
    return start - (len(found.string) - found.start()), value


def _bare_millions(text: str) -> list[re.Match[str]]:
    # Every match needs a word for a million or more: most pages write none.
    if not may_contain(text, _big_words()):
        return []
    return list(_bare_regex().finditer(text))


_CURRENCY_REACH = 30
#: Millions "of" something ("1,5 millones de habitantes", "3 million of visitors") count
#: things, not euros (a currency after the link is read as money by the main pattern).
_COUNTED = re.compile(
    r"\s+(?:de|di|of|od|van|von|des|del|dei|degli|da|do|dos|das)\s|\s*(?:d|dell)['’]",
    re.IGNORECASE,
)
_LABEL_WORDS = 4


@lru_cache(maxsize=1)
def _eu_source_start() -> re.Pattern[str]:
    return re.compile(r"(?:" + _words(_data()["eu_sources"]) + r")(?![^\W\d_])", re.IGNORECASE)


def _counted(text: str, end: int) -> bool:
    """Millions "of" something that are not the EU's money: "2,6 millions de fonds
    européens", "2,6 milioni di fondi europei" name the fund, "2 millions d'habitants"
    counts people."""
    m = _COUNTED.match(text, end)
    return m is not None and _eu_source_start().match(text, m.end()) is None


def _near_label_after(text: str, end: int, vocab: _Vocab) -> bool:
    """An EU-fund or budget label within :data:`_LABEL_WORDS` words after ``end``."""
    after = text[end : end + _AFTER_REACH + 60]
    found = [
        m
        for k in ("eu_funding", "total_budget")
        if (p := vocab.labels.get(k)) is not None and (m := p.search(after)) is not None
    ]
    if not found:
        return False
    first = min(m.start() for m in found)
    return len(after[:first].split()) <= _LABEL_WORDS and not re.search(r"[,;.]", after[:first])


_PHRASE_END = re.compile(r"\s*(?:[,;:)]|\.(?:\s|$)|$)")


def _other_currency_near(text: str, match: re.Match[str]) -> bool:
    """A currency other than the euro written next to an amount ("9,5 miljoner kronor")."""
    other = _parse_regexes()[2]
    near = text[max(0, match.start() - _CURRENCY_REACH) : match.end() + _CURRENCY_REACH]
    return other.search(near) is not None


#: The longest line read as the label of an amount on the line below it.
_LABEL_LINE = 100


def _label_above(text: str, begin: int, previous_end: int) -> str | None:
    """The line above an amount that stands alone on its line: a label-value pair split
    over two lines ("Project budget" / "410 256 €"), as key-figure tables are flattened.

    Only a short line with no digits, below the previous amount, counts.
    """
    end = text.rfind("\n", 0, begin)
    while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
        end = text.rfind("\n", 0, end)
    if end <= 0:
        return None
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end].strip()
    if not line or len(line) > _LABEL_LINE or start < previous_end:
        return None
    # "Dofinansowanie z EFRR 80%": a rate in the label keeps it a label.
    if re.search(r"\d", _PERCENT_RE.sub("", line)):
        return None
    return line + " "


#: Rules that gave an amount its kind from a label or fund after it.
_AFTER_RULES = ("money:eu_funding-label-after", "money:eu-source-after")
_INCLUDED_GAP = 50


def _including(text: str, hits: list[Hit], vocab: _Vocab) -> list[Hit]:
    """Amounts followed by the EU share they include, relabelled as totals.

    "1 376 386 euros, including 894 650 of ERDF", "5.841.575,33 euro met een
    Interreg-bijdrage van 2.920.787,66 euro": the fund named after the first amount is the
    second amount's label. The first is the total when an inclusion word ("including",
    "dont", "davon", "di cui", "w tym", "waarvan") or a "with" joins them; otherwise it
    keeps no kind.
    """
    out = list(hits)
    inclusion = vocab.labels.get("inclusion")
    for i, a in enumerate(out):
        # "1 376 386 euros inclosos 894 650 de FEDER": the included share written bare.
        head = text[a.end : a.end + _INCLUDED_GAP]
        m = inclusion.match(head.lstrip(" ,(")) if inclusion is not None else None
        if (
            m is not None
            and a.kind == "eu_funding"
            and a.rule in _AFTER_RULES
            and re.match(r"\s+\d{1,3}(?:[ .,\u00a0]\d{3})+", head.lstrip(" ,(")[m.end() :])
        ):
            out[i] = replace(
                a, kind="total_budget", rule="money:total-including-eu", confidence=0.8
            )
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        gap = text[a.end : b.start]
        if (
            a.kind == "eu_funding"
            and a.rule in _AFTER_RULES
            and b.rule == "money:total-before-rate"
            and len(gap) <= _INCLUDED_GAP
            and not re.search(r"\d|\n", gap)
            and inclusion is not None
            and inclusion.search(gap)
        ):
            # "€980,000, li minnhom €833,000 huma fondi tal-UE (85%)": the EU label and
            # its rate follow the included share, not the total before it.
            out[i] = replace(a, kind="total_budget", rule="money:total-including-eu")
            out[i + 1] = replace(b, kind="eu_funding", rule="money:eu-share-included")
            continue
        if a.kind != "eu_funding" or a.rule not in _AFTER_RULES or b.kind != "eu_funding":
            continue
        if len(gap) > _INCLUDED_GAP or re.search(r"\d|\n", gap):
            continue
        if inclusion is not None and inclusion.search(gap):
            out[i] = replace(
                a, kind="total_budget", rule="money:total-including-eu", confidence=0.8
            )
        else:
            out[i] = replace(a, kind=None, rule="money:label-of-next-amount", confidence=0.5)
    return out


_BLOCK_LINES = 6


@lru_cache(maxsize=1)
def _partner_detail() -> re.Pattern[str]:
    words = [w for ws in _data()["partner_detail_lines"].values() for w in ws]
    return re.compile(r"^\s*(?:" + _words(words) + r")\s*:", re.IGNORECASE | re.MULTILINE)


def _in_partner_block(text: str, line_start: int) -> bool:
    """Whether a partner's detail lines ("Address:", "Legal status:") sit just above."""
    lines = [x for x in text[:line_start].splitlines() if x.strip()][-_BLOCK_LINES:]
    return any(_partner_detail().match(x) for x in lines)


# --------------------------------------------------------------------------- rates

#: A percentage: "75 %", "75%", and written out: "75 Prozent", "75 per cent", "75 procent".
_PERCENT = (
    r"(?P<pct>\d{1,3}(?:[.,]\d{1,2})?)\s?(?P<sign>%(?:-(?:ban|ben|os|át|a)(?!\w))?"
    r"|(?:per\s?cent|prozent|pour\s+cent|per\s+cento|por\s+ciento|por\s+cento|procent"
    r"|procento|procenta|procentů|prosent|prósent|prosentin|prosenttia|odstotkov|posto"
    r"|proc\.(?!\w)|процента|τοις\s+εκατό"
    r"|-?odstotn[oaie]|százalék)(?!\w))"
)
# The sign takes a Hungarian case ending ("80%-ban", in 80 %) and the Slovenian adverb
# ("80-odstotno", at 80 per cent); Nordic and Finnish write the word ("80 prosentin").
_PERCENT_RE = re.compile(_PERCENT, re.IGNORECASE)
#: "European" in any EU language and case, as the first letters of the word ("europskih",
#: "Evropske", "Európai", "Eiropas", "Euroopa", "Ευρωπαϊκό", "Европейския").
_EUROPEAN = r"(?:europ|evrop|európ|eiropas|euroop|ευρωπα|европе)[^\W\d_]*"


@lru_cache(maxsize=64)
def _rate_regexes(langs: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    rates = _data()["rates"]
    label = r"(?<!\w)(?:" + _words([w for lang in langs for w in rates.get(lang, ())]) + r")(?!\w)"
    # The label's own percentage: no clause break or "and" between them ("spolufinancovanie
    # z programu ... a 5 % zo štátneho rozpočtu" gives the state's 5 % another subject).
    joiners = _words(_data().get("share_conjunctions", {}).get("any", ())) or r"(?!x)x"
    label_first = re.compile(
        label + r"(?:(?!\s(?:" + joiners + r")\s)[^\d\n%,;]){0,40}?" + _PERCENT, re.IGNORECASE
    )
    pct_first = re.compile(_PERCENT + r"\s{0,3}(?:[^\W\d]+\s){0,2}?" + label, re.IGNORECASE)
    # "dofinansowanie z Europejskiego Funduszu ... stanowi 85%": a longer gap, closed by a
    # verb or preposition that introduces the rate.
    verbs = [w for lang in langs for w in _data()["rate_verbs"].get(lang, ())]
    verb_first = (
        re.compile(
            label + r"[^\d\n%]{0,80}?(?<!\w)(?:" + _words(verbs) + r")\s*" + _PERCENT,
            re.IGNORECASE,
        )
        if verbs
        else re.compile(r"(?!x)x")
    )
    # The EU fund next to the percentage: "trägt der EFRE 75 Prozent", "75 % par le FEDER".
    sources = _words(_data()["eu_sources"])
    froms = (
        _words(
            [
                w
                for lang in langs
                for t in [_data()["lang"].get(lang, {})]
                for w in t.get("from_source", ())
            ]
        )
        or r"(?!x)x"
    )
    # "FEDER del 75%", "EFRE zu 80 %": up to two short words between, none a conjunction
    # ("ERDF and 15 %" is another share).
    source_first = re.compile(
        r"(?<!\w)(?:" + sources + r")(?!\w)\)?"
        r"(?:\s+(?!(?:" + joiners + r")(?!\w))[^\W\d]{1,5}){0,2}\s{0,3}\(?\s?" + _PERCENT,
        re.IGNORECASE,
    )
    # "85 % FEDER", "85% sredstev Evropske skupnosti", "85% europskih sredstava": the
    # percentage of a fund, or of "European" money in any language and case (one noun may
    # stand between: "of the funds of the European Community").
    pct_source = re.compile(
        _PERCENT + r"\s+(?:(?:" + froms + r")\s*(?<=[\s'’]))?(?:(?:" + sources + r")(?!\w)"
        r"|(?:[^\W\d_]+\s+)?" + _EUROPEAN + r")",
        re.IGNORECASE,
    )
    # "de los que el FEDER aportará el 65 %": the fund pays the share, by a contribution
    # verb (a verb whose subject is a partner makes the share that partner's own instead).
    own = [w for lang in langs for w in _data()["own_share_verbs"].get(lang, ())]
    source_verb = (
        re.compile(
            r"(?<!\w)(?:" + sources + r")(?!\w)\s+(?:" + _words(own) + r")"
            r"(?:\s+[^\W\d]{1,3})?\s{1,3}" + _PERCENT,
            re.IGNORECASE,
        )
        if own
        else re.compile(r"(?!x)x")
    )
    return label_first, pct_first, verb_first, source_first, pct_source, source_verb


_RATE_RULES = (
    "rate:label",
    "rate:label-after",
    "rate:label-verb",
    "rate:eu-source-before",
    "rate:eu-source-after",
    "rate:eu-source-verb",
)
# "jusqu'à 60 % au maximum", "max. 85 %": a ceiling of a programme or call, not a rate.
_CAP_AFTER = re.compile(
    r"^\s*(?:au\s+|al\s+|am\s+)?(?:maximum|max\.?|maximal|massimo|máximo|máximo|höchstens|maksymalnie)(?!\w)",
    re.IGNORECASE,
)
#: A percentage right before a fund's name ("85 % ERDF"): the fund's share is that one.
_PERCENT_BEFORE = re.compile(r"\d\s?%\s*\(?\s*$")
_PAREN_RATE = re.compile(r"^\s*\(\s*" + _PERCENT + r"\s*\)", re.IGNORECASE)
# "... 12,500,000.00 Euros, which is 75%", "772.181,21 EUR oziroma 85%": the EU amount's
# share said right after it (two short words at most, no "and": "and 15 %" is another share).
# Up to three short words, a comma or an abbreviation's dot after one: ", which
# corresponds to 85 %", ", det vill säga 85 procent", "t. y. 85 %", "bij, 85 procent".
_SAID_RATE = re.compile(
    r"^\s*,?\s*(?!(?:and|und|et|e|y|i|a|og|och|ja|és|și|и|και)\s)"
    r"(?:[^\W\d_]{1,11}\.?,?\s+){1,3}" + _PERCENT,
    re.IGNORECASE,
)


def _fraction(raw: str) -> float | None:
    value = float(raw.replace(",", "."))
    return round(value / 100, 4) if 0 < value <= 100 else None


def _rate_is_cap_or_programme(text: str, start: int, end: int, vocab: _Vocab) -> bool:
    """Whether a percentage is a ceiling ("up to 85 %") or in a sentence about many projects."""
    begin, stop = _sentence_bounds(text, start, end)
    if vocab.bound is not None and vocab.bound.search(text[max(begin, start - 30) : start]):
        return True
    if _CAP_AFTER.match(text[end:stop]):
        return True
    if _own_share(text[max(begin, start - 60) : start]):
        return True
    return vocab.scope is not None and vocab.scope.search(text[begin:stop]) is not None


@lru_cache(maxsize=1)
def _own_share_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = _words([w for ws in _data()["own_share_verbs"].values() for w in ws])
    return (
        re.compile(r"(?<!\w)(?:" + verbs + r")(?!\w)", re.IGNORECASE),
        re.compile(r"(?<!\w)(?:" + _words(_data()["eu_sources"]) + r")(?!\w)", re.IGNORECASE),
    )


def _own_share(before: str) -> bool:
    """Whether a percentage is what a partner itself pays ("la Diputación aporta el 25 %").

    A contribution verb before it with no EU fund after the verb, nor right before it as
    its subject ("el FEDER aportará el 65 %"): the payer is the partner.
    """
    verb, source = _own_share_regexes()
    found = _last(verb, before)
    if found is None or source.search(before[found.end() :]) is not None:
        return False
    subject = _last(source, before[: found.start()])
    return subject is None or before[subject.end() : found.start()].strip() != ""


def find_cofinancing_rate(text: str, languages: Sequence[str] = ()) -> Hit | None:
    """The stated co-financing rate as a fraction in [0, 1], or None.

    A ceiling ("jusqu'à 60 % au maximum") or a rate in a sentence about a programme's
    projects is not the project's rate. A percentage in brackets right after the EU amount
    ("Wkład UE: 1 465 604,10 € (75%)") is.

    >>> find_cofinancing_rate("Taux de cofinancement : 75 %", ["fr"]).value
    0.75
    """
    langs = _languages(languages)
    vocab = _vocab(langs)
    candidates: list[Hit] = []
    # Every rate pattern ends or starts with a percentage: most pages hold none.
    rated = _rate_regexes(langs) if _PERCENT_RE.search(text) else ()
    for regex, rule in zip(rated, _RATE_RULES, strict=False):
        for match in regex.finditer(text):
            value = _fraction(match.group("pct"))
            if value is None or re.search(r"[.!?]\s+[A-ZÀ-Ý]", match.group()):
                continue  # a label in an earlier sentence does not name this percentage
            start = match.start("pct")
            end = match.end("sign")
            if rule == "rate:eu-source-before" and _PERCENT_BEFORE.search(
                text[max(0, match.start() - 12) : match.start()]
            ):
                continue  # "85% ERDF 15% national": the fund took the percentage before it
            if _rate_is_cap_or_programme(text, start, end, vocab):
                continue
            candidates.append(Hit(start, end, value, rule, 0.9, "cofinancing_rate"))
    for amount in find_amounts(text, langs):
        if amount.kind != "eu_funding" or amount.confidence < FACT_CONFIDENCE:
            continue
        rest = _after_own_label(text, amount.end, vocab)
        match = _PAREN_RATE.match(rest) or _SAID_RATE.match(rest)
        value = _fraction(match.group("pct")) if match else None
        if match is not None and value is not None:
            offset = len(text[amount.end : amount.end + _OWN_LABEL_REACH]) - len(rest)
            start = amount.end + offset + match.start("pct")
            end = amount.end + offset + match.end("sign")
            candidates.append(
                Hit(start, end, value, "rate:after-eu-amount", 0.85, "cofinancing_rate")
            )
    if not candidates:
        return None
    return min(candidates, key=lambda h: (_rate_rank(text, h), h.start))


#: Up to two short words before an EU amount's own label after it ("833 000 euro i
#: EU-støtte (85 %)", "€ 833.000 EFRO-steun (85%)").
_OWN_LABEL_REACH = 200
_LEAD_WORD = re.compile(r"\s*[^\W\d_]{1,4}(?=\s)")
_COMPOUND_TAIL = re.compile(r"-[^\W\d_]+")


def _after_own_label(text: str, end: int, vocab: _Vocab) -> str:
    """The text after an EU amount, past its own EU label when one follows right away
    (the label's compound tail too: "EFRO-steun")."""
    rest = text[end : end + _OWN_LABEL_REACH]
    label = vocab.labels.get("eu_funding")
    if label is None:
        return rest
    at = 0
    for _ in range(3):
        found = label.match(rest, at + len(rest[at:]) - len(rest[at:].lstrip(" \t")))
        if found is not None:
            tail = _COMPOUND_TAIL.match(rest, found.end())
            return rest[tail.end() if tail is not None else found.end() :]
        word = _LEAD_WORD.match(rest, at)
        if word is None:
            break
        at = word.end()
    return rest


def _rate_rank(text: str, hit: Hit) -> int:
    """A rate candidate's rank, lower first: its rule's, but a share qualified by words
    that name no EU fund ("15 % national co-financing") comes after every other rule."""
    rank = _RATE_RULES.index(hit.rule) if hit.rule in _RATE_RULES else 1
    if hit.rule == "rate:label-after":
        words = re.match(r"\s*((?:[^\W\d]+\s){1,2})", text[hit.end : hit.end + 40])
        _, source = _own_share_regexes()
        if words is not None and source.search(words.group(1)) is None:
            return len(_RATE_RULES)
    return rank


_PAIR = re.compile(
    r"^[ \t]*(?:[•·▪◦*\-–][ \t]*)?(?P<rate>\d{1,3}(?:[.,]\d{1,2})?)[ \t\u00a0]?%[ \t\u00a0]+"
    r"(?P<amount>\d{1,3}(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d{1,2})?)"
    r"(?:[ \t\u00a0]*(?:EUR|€))?[ \t]*$",
    re.MULTILINE,
)


def find_rate_amount_pair(text: str) -> tuple[Hit, Hit] | None:
    """keep.eu's "EU co-financing rate, EU funding" bullet ("• 55.6%   709 596,05").

    Returns the rate hit (a fraction) and the amount hit (kind ``eu_funding``), or None.

    >>> rate, amount = find_rate_amount_pair("  • 56%   1 103 559,81")
    >>> rate.value, amount.value, amount.kind
    (0.56, 1103559.81, 'eu_funding')
    """
    for match in _PAIR.finditer(text):
        rate = _fraction(match.group("rate"))
        amount = parse_amount(match.group("amount"))
        if rate is None or amount is None:
            continue
        rate_hit = Hit(
            match.start("rate"),
            text.index("%", match.end("rate")) + 1,
            rate,
            "keep.eu:bullet-eu-cofinancing-rate",
            0.85,
            "cofinancing_rate",
        )
        amount_hit = Hit(
            match.start("amount"),
            match.end("amount"),
            amount,
            "keep.eu:bullet-eu-funding",
            0.85,
            "eu_funding",
        )
        return rate_hit, amount_hit
    return None


#: "80% (1 200 000 EUR) ..." — a share, then in brackets the amount it comes to.
_BRACKETED_SHARE = re.compile(
    r"(?<![\d.,])(?P<rate>\d{1,3}(?:[.,]\d{1,2})?)[ \t\u00a0]?%[ \t\u00a0]*\([ \t]*"
    r"(?:(?:EUR|€)[ \t\u00a0]?)?"
    r"(?P<amount>\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d{1,2})?)"
    r"[ \t\u00a0]*(?:EUR|€|euro)?[ \t]*\)",
    re.IGNORECASE,
)
#: How far after the brackets the EU as payer may be named.
_SHARE_SOURCE_REACH = 80


def find_bracketed_eu_share(text: str, languages: Sequence[str] = ()) -> tuple[Hit, Hit] | None:
    """A share of the total with its amount in brackets, the EU as payer named right after
    it: "no kurām 80% (1 200 000 EUR) finansē ERAF", "of which 80% (EUR
    1 200 000) is paid by the ERDF". Returns the rate hit (a fraction) and the EU amount hit.

    >>> rate, amount = find_bracketed_eu_share(
    ...     "Total 1 500 000 EUR, of which 80% (1 200 000 EUR) is financed by the ERDF.")
    >>> rate.value, amount.value, amount.kind
    (0.8, 1200000.0, 'eu_funding')
    """
    language = languages[0] if len(languages) == 1 else None
    for m in _BRACKETED_SHARE.finditer(text):
        stop = _SENTENCE_END.search(text, m.end())
        after = text[
            m.end() : min(m.end() + _SHARE_SOURCE_REACH, stop.start() if stop else len(text))
        ]
        if not any(_eu_source_start().match(after, i) for i in _word_starts(after)):
            continue
        rate = _fraction(m.group("rate"))
        amount = parse_amount(m.group("amount"), language)
        if rate is None or amount is None or not 0 < rate <= 1:
            continue
        rate_hit = Hit(
            m.start("rate"),
            m.start("rate") + len(m.group("rate")) + 1,
            rate,
            "money:bracketed-share-rate",
            0.8,
            "cofinancing_rate",
        )
        amount_hit = Hit(
            m.start("amount"),
            m.end("amount"),
            amount,
            "money:bracketed-eu-share",
            0.8,
            "eu_funding",
        )
        return rate_hit, amount_hit
    return None


def _word_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<!\w)\w", text)]
