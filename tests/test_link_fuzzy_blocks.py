"""The fuzzy rule's block matrices find, for every name, the match a comparison with
every earlier name of its blocks finds (the same best, the same score, the same tie)."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from coopkg.link import organisations
from coopkg.link.organisations import FUZZY_THRESHOLD, _best_match, _near_pairs, _rare_words

#: Bodies of one kind in eight languages, each in a few towns, with the slips a page
#: makes (a letter dropped or doubled, a word swapped, a number): many near names per
#: block, several of them equally near.
BODIES = (
    "regionalna razvojna agencija",
    "agenzia per lo sviluppo regionale",
    "agence de developpement economique",
    "agencia de desarrollo local",
    "regionale entwicklungsagentur",
    "regionale ontwikkelingsmaatschappij",
    "regionalni rozvojova agentura",
    "agencia regional de energia",
)
TOWNS = ("celje", "koper", "udine", "nantes", "girona", "graz", "tilburg", "brno")


def _slips(name: str) -> list[str]:
    words = name.split()
    return [
        name,
        name[:-1],
        name + name[-1],
        " ".join(reversed(words)),
        name.replace("a", "aa", 1),
        name + " 2",
        name + " 3",
    ]


def _names() -> list[str]:
    names = []
    for body in BODIES:
        for town in TOWNS:
            names.extend(_slips(f"{body} {town}"))
    return list(dict.fromkeys(names))


def _every_earlier(names: list[str]) -> dict[int, tuple[float, int] | None]:
    """Each name's best match among all earlier names sharing a blocking word."""
    members = list(range(len(names)))
    frequency = Counter(w for n in members for w in set(names[n].split()))
    index: dict[str, list[int]] = defaultdict(list)
    found = {}
    for n in sorted(members, key=lambda m: names[m]):
        rare = _rare_words(names[n], frequency)
        found[n] = _best_match(names, n, {c for w in rare for c in index[w]}, FUZZY_THRESHOLD)
        for w in rare:
            index[w].append(n)
    return found


@pytest.mark.parametrize("cells", [1 << 22, 7])  # one matrix a block, or a band a row
def test_block_matrices_find_the_same_best_matches(
    cells: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(organisations, "_MATRIX_CELLS", cells)
    names = _names()
    order, near = _near_pairs(names, list(range(len(names))), FUZZY_THRESHOLD)
    got = {n: _best_match(names, n, near.get(n, set()), FUZZY_THRESHOLD) for n in order}
    expected = _every_earlier(names)
    assert got == expected
    assert order == sorted(range(len(names)), key=lambda m: names[m])
    assert sum(best is not None for best in expected.values()) > len(names) // 2
