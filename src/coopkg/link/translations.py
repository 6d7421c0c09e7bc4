"""One organisation named in two languages: "Univerza v Ljubljani" = "University of Ljubljana".

A name is split into what kind of body it is (its *concepts*: university, technical,
ministry, development, agency, ... from the multilingual table of
:mod:`coopkg.records.organisation_terms`) and its proper *words* (places resolved through
the gazetteer, so "München" and "Munich" are one; other words kept folded
to Latin letters). Two names in one country are one organisation when they have the same
concepts, at least one, and their words pair up one to one: the same place, or the same
word up to an inflected ending ("Ljubljani" / "Ljubljana", "Krakowie" / "Kraków"). Word
order does not matter.

The rule is deliberately strict: a word more or less ("Chamber of Commerce and Industry"
against "Chamber of Commerce"), a different kind of body ("City of Graz" against
"University of Graz") or another country keeps two names apart. This module must not read
notices or mint keys; :mod:`coopkg.link.organisations` calls :func:`translated_pairs`.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import permutations

from coopkg.records.organisation_terms import fold, terms

#: Longest inflected ending two spellings of one word may differ by ("-ie" in "Krakowie").
MAX_ENDING = 3
#: Names with more proper words than this are paired greedily instead of exhaustively.
_EXHAUSTIVE = 6


@dataclass(frozen=True, slots=True)
class Word:
    """A proper word of a name, folded; ``place`` says which place it names, if one."""

    text: str
    place: str | None = None
    place_names: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class NameParts:
    """What kind of body a name says (concepts) and what it is called (words)."""

    concepts: frozenset[str]
    words: tuple[Word, ...]


def _compound(token: str, concept_of: Mapping[str, str]) -> tuple[str, ...]:
    """Concepts of a compound of two concept words ("wirtschaftsministerium")."""
    for cut in range(4, len(token) - 3):
        head, tail = token[:cut], token[cut:]
        for left in (head, head.removesuffix("s")):
            if left in concept_of and tail in concept_of:
                return concept_of[left], concept_of[tail]
    return ()


@functools.lru_cache(maxsize=1 << 16)
def _place(text: str, country: str) -> tuple[str, frozenset[str]] | None:
    """The identity of the one place these words name in ``country``: a main city
    (``city:DE:munchen``, whatever the spelling) or a NUTS region's code."""
    from coopkg.records.gazetteer import cities_named, regions_named

    cities = cities_named(text, country)
    if len({c.name for c in cities}) == 1:
        # A city is itself, not its NUTS 3 region: Malmö and Lund share SE224.
        names = frozenset(fold(n) for c in cities for n in c.names)
        return f"city:{country}:{fold(cities[0].name)}", names
    regions = regions_named(text, country)
    if len(regions) == 1:
        return regions[0].code, frozenset({text})
    return None


def _place_at(
    tokens: Sequence[str],
    i: int,
    country: str,
    concept_of: Mapping[str, str],
    function_words: frozenset[str],
) -> tuple[int, tuple[str, frozenset[str]] | None]:
    """The longest place (up to three words) starting at token ``i``, with its size."""
    for size in (3, 2, 1):
        chunk = tokens[i : i + size]
        if len(chunk) < size:
            continue
        if size == 1 and (chunk[0] in function_words or chunk[0] in concept_of):
            return 1, None
        found = _place(" ".join(chunk), country)
        if found:
            return size, found
    return 1, None


def name_parts(name: str, country: str) -> NameParts:
    """Split an organisation's name (legal form already removed) into concepts and words.

    >>> parts = name_parts("Univerza v Ljubljani", "SI")
    >>> sorted(parts.concepts), [w.text for w in parts.words]
    (['university'], ['ljubljani'])
    >>> [w.place for w in name_parts("Technische Universität München", "DE").words]
    ['city:DE:munchen']
    """
    concept_of, function_words = terms()
    tokens = fold(name).split()
    concepts: set[str] = set()
    words: list[Word] = []
    i = 0
    while i < len(tokens):
        size, found = _place_at(tokens, i, country, concept_of, function_words)
        if found:
            words.append(Word(" ".join(tokens[i : i + size]), found[0], found[1]))
            i += size
            continue
        token = tokens[i]
        i += 1
        if token in function_words:
            continue
        if token in concept_of:
            concepts.add(concept_of[token])
        elif parts := _compound(token, concept_of):
            concepts.update(parts)
        else:
            words.append(Word(token))
    return NameParts(frozenset(concepts), tuple(words))


def _same_word(a: str, b: str) -> bool:
    """Equal, or equal up to an inflected ending of at most MAX_ENDING letters each."""
    if a == b:
        return True
    if a.isdigit() or b.isdigit():
        return False
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= 4 and len(a) - common <= MAX_ENDING and len(b) - common <= MAX_ENDING


def _words_match(a: Word, b: Word) -> bool:
    if a.place and b.place:
        return a.place == b.place
    if a.place or b.place:
        place, other = (a, b) if a.place else (b, a)
        return any(_same_word(name, other.text) for name in place.place_names | {place.text})
    return _same_word(a.text, b.text)


def same_organisation(a: NameParts, b: NameParts) -> bool:
    """Whether two names' parts say the same body (see the module docstring).

    >>> same_organisation(name_parts("Univerza v Ljubljani", "SI"),
    ...                   name_parts("University of Ljubljana", "SI"))
    True
    >>> same_organisation(name_parts("University of Graz", "AT"),
    ...                   name_parts("City of Graz", "AT"))
    False
    """
    if not a.concepts or a.concepts != b.concepts or len(a.words) != len(b.words):
        return False
    if not a.words:
        return False
    if len(a.words) <= _EXHAUSTIVE:
        return any(
            all(_words_match(x, y) for x, y in zip(a.words, order, strict=True))
            for order in permutations(b.words)
        )
    left = list(b.words)
    for word in a.words:
        match = next((w for w in left if _words_match(word, w)), None)
        if match is None:
            return False
        left.remove(match)
    return True


def translated_pairs(names: Sequence[tuple[str, str]]) -> list[tuple[int, int]]:
    """Index pairs of names (name, country) that are one organisation in two languages.

    Names without a country are never paired (there is no safe block without one).

    >>> translated_pairs([("Universität Wien", "AT"), ("University of Vienna", "AT"),
    ...                   ("Stadt Wien", "AT")])
    [(0, 1)]
    """
    # Blocks of one country, the same concepts and as many words: only names in one block
    # can be the same body (same_organisation asks all three), and comparing each pair of
    # a block is quadratic, so the blocks are kept small.
    groups: dict[tuple[str, frozenset[str], int], list[tuple[int, NameParts]]] = defaultdict(list)
    for index, (name, country) in enumerate(names):
        if not country:
            continue
        parts = name_parts(name, country)
        if parts.concepts and parts.words:
            groups[(country, parts.concepts, len(parts.words))].append((index, parts))
    # Pairs in the order of blocks of (country, concepts) first met, then by index: the
    # order merges are decided and reported in.
    rank: dict[tuple[str, frozenset[str]], int] = {}
    for country, concepts, _size in groups:
        rank.setdefault((country, concepts), len(rank))
    pairs = []
    for (country, concepts, _size), members in groups.items():
        block = rank[(country, concepts)]
        for left, right in _candidates(members):
            if same_organisation(left[1], right[1]):
                pairs.append((block, left[0], right[0]))
    return [(left, right) for _block, left, right in sorted(pairs)]


def _candidates(
    members: list[tuple[int, NameParts]],
) -> Iterator[tuple[tuple[int, NameParts], tuple[int, NameParts]]]:
    """The pairs of a block that :func:`same_organisation` can accept, left before right.

    Two words match only when they share a key of :func:`_word_keys` (a place, or the
    first four letters of a word or of a place's name), and each word of one name must
    match a word of the other: so only names holding a key of each of the other's words
    are compared (comparing every pair of a block is quadratic).
    """
    holders: dict[tuple[str, str], list[int]] = defaultdict(list)
    for position, (_index, parts) in enumerate(members):
        for key in {key for word in parts.words for key in _word_keys(word)}:
            holders[key].append(position)
    for position, left in enumerate(members):
        found: set[int] | None = None
        for word in left[1].words:
            some = set().union(*(holders.get(key, ()) for key in _word_keys(word)))
            found = some if found is None else found & some
        for other in sorted(p for p in found or () if p > position):
            yield left, members[other]


def _word_keys(word: Word) -> set[tuple[str, str]]:
    """What a word shares with every word it matches (see :func:`_words_match`)."""
    if not word.place:
        return {("text", word.text[:4])}
    return {("place", word.place)} | {("text", n[:4]) for n in word.place_names | {word.text}}
