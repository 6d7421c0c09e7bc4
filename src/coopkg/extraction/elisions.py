"""Names written with a shared part left out and marked by a hyphen.

Compounding languages coordinate names by writing their shared part once: the head
("Pohjois-Suomen, -Ruotsin ja -Norjan" = northern Finland, Sweden and Norway) or the tail
("Ober- und Niederösterreich", "Noord- en Zuid-Holland", "Etelä- ja Pohjois-Savo"). A
reader of single names sees only the one written whole. :func:`elided_names` gives each
shortened member with its full forms, for the region finders to test; it knows nothing
about places itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Elided", "elided_names"]

#: "and" / "or" in the languages that build compounds (and English, for translated pages).
_CONJUNCTIONS = (
    "und", "oder", "sowie", "and", "or", "en", "of", "ja", "tai", "sekä", "och", "eller",
    "og", "és", "vagy", "ning", "või", "un", "vai", "ir", "arba", "a", "i", "et", "e", "y",
)  # fmt: skip
#: Shortest part a tail may keep ("-au" in "Ober- und Unterau" is too short to test).
_MIN_TAIL = 3


@dataclass(frozen=True, slots=True)
class Elided:
    """A shortened member (its span in the text) and the full names it may stand for
    (where a closed compound's own prefix ends is unknown: every split, longest tail
    first)."""

    start: int
    end: int
    full: tuple[str, ...]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    word = r"[^\W\d_]+"
    conj = r"(?:" + "|".join(_CONJUNCTIONS) + r")"
    # A head written once: "Pohjois-Suomen, -Ruotsin ja -Norjan".
    head = re.compile(
        rf"(?<![\w-])(?P<head>{word}-){word}"
        rf"(?P<rest>(?:\s*,\s*-{word})*\s*,?\s+{conj}\s+-{word})"
    )
    # A tail written once: "Ober- und Niederösterreich", "Noord-, Midden- en Zuid-Holland".
    tail = re.compile(
        rf"(?<![\w-])(?P<items>(?:{word}-\s*,\s*)*{word}-)"
        rf"\s+{conj}\s+(?P<last>{word}(?:-{word})?)(?![\w-])"
    )
    return head, tail


def elided_names(text: str) -> list[Elided]:
    """The shortened members of coordinated names in ``text``.

    >>> [e.full for e in elided_names("Pohjois-Suomen ja -Ruotsin")]
    [('Pohjois-Ruotsin',)]
    >>> [e.full for e in elided_names("Noord- en Zuid-Holland")]
    [('Noord-Holland',)]
    >>> "Oberösterreich" in elided_names("Ober- und Niederösterreich")[0].full
    True
    """
    head, tail = _patterns()
    out: list[Elided] = []
    for m in head.finditer(text):
        if not m.group("head")[0].isupper():
            continue
        for part in re.finditer(r"-([^\W\d_]+)", m.group("rest")):
            start = m.start("rest") + part.start()
            out.append(
                Elided(start, start + len(part.group(0)), (m.group("head") + part.group(1),))
            )
    for m in tail.finditer(text):
        last = m.group("last")
        for item in re.finditer(r"([^\W\d_]+)-", m.group("items")):
            if not (item.group(1)[0].isupper() and last[0].isupper()):
                continue
            start = m.start("items") + item.start()
            prefix = item.group(1)
            if "-" in last:
                full: tuple[str, ...] = (prefix + "-" + last.split("-", 1)[1],)
            else:
                # "Niederösterreich": where its own prefix ends is unknown; longest tail first.
                full = tuple(
                    prefix + last[k:]
                    for k in range(1, len(last) - _MIN_TAIL + 1)
                    if last[k].islower()
                )
            out.append(Elided(start, start + len(item.group(0)), full))
    return out
