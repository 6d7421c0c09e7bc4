"""A partner count stated in parts: "seis socios asturianos y tres del sur de Francia".

The count reader (:mod:`quantities`) reads the first part ("seis socios"); taken alone it
is a part of the partnership given as its whole. :func:`second_part` finds the number of a
second part right after it (a conjunction, a number, then the word that opens its origin,
in ``data/count_parts.toml``), so the assembler can state the sum, marked derived.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

__all__ = ["second_part"]

#: Words that may stand between the first part's noun and the conjunction ("asturianos").
_MAX_BETWEEN = 3


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, dict[str, list[str]]], dict[str, int]]:
    pkg = resources.files("coopkg.extraction")
    parts = tomllib.loads(pkg.joinpath("data/count_parts.toml").read_bytes().decode())
    quantities = tomllib.loads(pkg.joinpath("data/quantities.toml").read_bytes().decode())
    numbers: dict[str, int] = {}
    for table in quantities["lang"].values():
        for word, value in table.get("number_words", {}).items():
            numbers.setdefault(word.casefold(), int(value))
    return parts, numbers


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _regex() -> re.Pattern[str]:
    parts, numbers = _tables()
    ands = [w for t in parts.values() for w in t.get("and", ())]
    froms = [w for t in parts.values() for w in t.get("from", ())]
    return re.compile(
        r"(?:\s+[^\W\d]+){0,"
        + str(_MAX_BETWEEN)
        + r"}?\s*,?\s+(?:"
        + _alternation(ands)
        + r")\s+(?P<n>\d{1,3}|"
        + _alternation(list(numbers))
        + r")\s+(?:"
        + _alternation(froms)
        # A word ends the origin word, unless it is elided ("d'Autriche").
        + r")(?:(?<=['’])|(?=\s))",
        re.IGNORECASE,
    )


def second_part(text: str, end: int) -> int | None:
    """The number of a second part of the partnership stated right after a count that
    ends at ``end``, or None.

    >>> t = "Seis socios asturianos y tres del sur de Francia"
    >>> second_part(t, len("Seis socios"))
    3
    >>> second_part("12 partners and 3 associated partners", len("12 partners")) is None
    True
    """
    m = _regex().match(text, end)
    if m is None:
        return None
    raw = m.group("n")
    value = int(raw) if raw.isdigit() else _tables()[1].get(raw.casefold())
    return value if value and 0 < value <= 200 else None
