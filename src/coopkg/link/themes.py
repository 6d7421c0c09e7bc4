"""Theme scoring: rank keep.eu themes for a project by keyword hits in its texts.

Keywords come from ``coopkg.records.vocab.themes()`` (``ontology/themes.ttl``), in every language,
or from a vocabulary passed in (tests). A theme the notice names outright (record.themes
equal to a theme label) counts extra. Scores are normalised to the best theme (1.0); the
top three at or above :data:`MIN_SCORE` are kept. A theme needs :data:`MIN_KEYWORDS`
distinct keywords (variants of one word count once) unless the notice names it.
This module only reads records and the vocabulary.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from coopkg.records import ProjectRecord, ThemeScore
from coopkg.records.countries import normalise_name

#: Minimum normalised score of a kept theme (the best always has 1.0).
MIN_SCORE = 0.34
#: Themes kept per project.
TOP = 3
#: Weight of a theme the notice names by its label, against one keyword hit.
LABEL_WEIGHT = 3.0


class ThemeLike(Protocol):
    id: str
    labels: Mapping[str, str]
    keywords: Mapping[str, Sequence[str]]


def project_text(record: ProjectRecord) -> str:
    """The texts themes are read from: title, description, themes and results."""
    parts = [record.title or "", record.description or "", *record.themes, *record.results]
    return "\n".join(p for p in parts if p)


#: Letters a short keyword (fewer than 6) may grow by: "cluster" finds "clusters", but
#: "coal" must not find "coalitions".
SHORT_KEYWORD_SUFFIX = 3
#: Distinct keywords a theme needs (unless the notice names it, or repeats its one keyword
#: :data:`MIN_REPEATS` times): one generic word said once ("networks") says little.
MIN_KEYWORDS = 2
MIN_REPEATS = 3


@functools.lru_cache(maxsize=4096)
def _pattern(keyword: str) -> re.Pattern[str]:
    # Keywords match at word starts, so "innovat" finds "innovation" and "innovative".
    key = normalise_name(keyword)
    tail = "" if len(key) >= 6 else rf"\w{{0,{SHORT_KEYWORD_SUFFIX}}}(?!\w)"
    return re.compile(r"(?<!\w)" + re.escape(key) + tail)


def _distinct(keywords: Iterable[str]) -> list[str]:
    """Matched keywords without variants: case, accents, and longer forms of a matched stem
    ("cluster", "Cluster", "clusters" count once)."""
    keys = sorted({normalise_name(k) for k in keywords}, key=len)
    kept: list[str] = []
    for key in keys:
        if not any(key.startswith(shorter) for shorter in kept):
            kept.append(key)
    return kept


@dataclass(frozen=True, slots=True)
class _Keyword:
    """One keyword of a theme, ready to count: its normalised key, pattern and gate."""

    word: str
    key: str
    pattern: re.Pattern[str]
    #: The first three letters a word of the text must start with for the keyword to be
    #: there at all (None when the key does not start with three word characters).
    gate: str | None
    #: Letters a word may have beyond a one-word key (None: any number; the key of
    #: several words, or with other characters, is found by its pattern instead).
    grows: int | None = None
    one_word: bool = False


@dataclass(frozen=True, slots=True)
class _Theme:
    id: str
    labels: frozenset[str]
    keywords: tuple[_Keyword, ...]


@dataclass(frozen=True, slots=True)
class _Index:
    """A compiled vocabulary and, per gate, which keywords of which themes it opens.

    A record's text starts some hundreds of words, and a keyword can only match where
    its gate starts one: looking the text's word starts up here finds the few keywords
    to try, instead of testing the gate of each of the vocabulary's thousands.
    """

    themes: tuple[_Theme, ...]
    #: gate -> (theme position, keyword position) pairs, in vocabulary order.
    by_gate: dict[str, tuple[tuple[int, int], ...]]
    #: Keywords without a gate (tried on every text), as (theme, keyword) positions.
    ungated: tuple[tuple[int, int], ...]


_GATE = re.compile(r"\w{3}")
_WORD = re.compile(r"\w+")


def _compile(vocabulary: Iterable[ThemeLike]) -> _Index:
    """The vocabulary with its keywords normalised and compiled once (not per record)."""
    compiled = []
    by_gate: dict[str, list[tuple[int, int]]] = {}
    ungated: list[tuple[int, int]] = []
    for position, theme in enumerate(vocabulary):
        keywords = sorted({k for words in theme.keywords.values() for k in words if k.strip()})
        items = []
        for word in keywords:
            key = normalise_name(word)
            gate = key[:3] if _GATE.fullmatch(key[:3]) else None
            place = (position, len(items))
            if gate is None:
                ungated.append(place)
            else:
                by_gate.setdefault(gate, []).append(place)
            one_word = _WORD.fullmatch(key) is not None
            grows = None if len(key) >= 6 else SHORT_KEYWORD_SUFFIX
            items.append(_Keyword(word, key, _pattern(word), gate, grows, one_word))
        labels = frozenset(normalise_name(label) for label in theme.labels.values())
        compiled.append(_Theme(theme.id, labels, tuple(items)))
    gates = {gate: tuple(places) for gate, places in by_gate.items()}
    return _Index(tuple(compiled), gates, tuple(ungated))


@functools.lru_cache(maxsize=8)
def _compiled(vocabulary: tuple[ThemeLike, ...]) -> _Index:
    return _compile(vocabulary)


def _compiled_vocabulary(vocabulary: Iterable[ThemeLike]) -> _Index:
    items = tuple(vocabulary)
    try:
        return _compiled(items)
    except TypeError:  # unhashable themes (tests pass plain namespaces): compile here
        return _compile(items)


def theme_scorer(
    vocabulary: Iterable[ThemeLike] | None = None,
) -> Callable[[ProjectRecord], tuple[ThemeScore, ...]]:
    """:func:`score_themes` with the vocabulary compiled once, for many records (linking
    a build scores every record; looking a vocabulary up again per record cost a tenth
    of the linking's CPU)."""
    if vocabulary is None:
        from coopkg.records.vocab import themes

        vocabulary = themes()
    index = _compiled_vocabulary(vocabulary)
    return functools.partial(_score, index=index)


def _hits(keyword: _Keyword, text: str, words: dict[str, list[str]]) -> int:
    """How often the keyword's pattern matches the text. A one-word key matches once per
    word it starts (a word start is where the pattern may match; the rest of the word
    decides the short key's tail), so the words opened by its gate are counted instead
    of running the pattern over the whole text."""
    if not keyword.one_word or keyword.gate is None:
        return len(keyword.pattern.findall(text))
    key, grows = keyword.key, keyword.grows
    if grows is None:
        return sum(1 for word in words.get(keyword.gate, ()) if word.startswith(key))
    longest = len(key) + grows
    return sum(
        1 for word in words.get(keyword.gate, ()) if len(word) <= longest and word.startswith(key)
    )


def score_themes(
    record: ProjectRecord,
    vocabulary: Iterable[ThemeLike] | None = None,
    *,
    top: int = TOP,
    min_score: float = MIN_SCORE,
) -> tuple[ThemeScore, ...]:
    """The record's best themes, highest score first.

    >>> from types import SimpleNamespace as T
    >>> vocab = [T(id="tourism", labels={"en": "Tourism"}, keywords={"en": ("tourism", "hotel")}),
    ...          T(id="energy", labels={"en": "Energy"}, keywords={"en": ("solar",)})]
    >>> score_themes(ProjectRecord(source="x", title="Rural tourism and hotels, solar"), vocab)
    (ThemeScore(theme_id='tourism', score=1.0, matched=('hotel', 'tourism')),)
    """
    return theme_scorer(vocabulary)(record, top=top, min_score=min_score)


def _score(
    record: ProjectRecord, *, index: _Index, top: int = TOP, min_score: float = MIN_SCORE
) -> tuple[ThemeScore, ...]:
    source = project_text(record)
    text = normalise_name(source) if source else ""
    if not text:
        return ()
    # A keyword matches at a word start, so a keyword whose first three letters start no
    # word of the text cannot match: only the keywords the text's word starts open (and
    # those without a gate) are tried, theme by theme in the vocabulary's order.
    words: dict[str, list[str]] = {}  # the text's words by their first three letters
    for word in _WORD.findall(text):
        words.setdefault(word[:3], []).append(word)
    opened: dict[int, list[int]] = {}
    for gate in words:
        for position, keyword_at in index.by_gate.get(gate, ()):
            opened.setdefault(position, []).append(keyword_at)
    for position, keyword_at in index.ungated:
        opened.setdefault(position, []).append(keyword_at)
    named = {normalise_name(t) for t in record.themes}
    raw: list[tuple[float, str, tuple[str, ...]]] = []
    for position, theme in enumerate(index.themes):
        tried = opened.get(position)
        if tried is None and not named & theme.labels:
            continue
        matched: list[str] = []
        score = 0.0
        counted: dict[str, int] = {}  # hits per normalised keyword (variants count once)
        for keyword_at in sorted(tried or ()):
            keyword = theme.keywords[keyword_at]
            hits = _hits(keyword, text, words)
            if hits:
                counted[keyword.key] = hits
                matched.append(keyword.word)
                # Repeats count, but less than new keywords: 1 + log-ish damping.
                score += 1.0 + 0.5 * min(hits - 1, 4)
        named_here = bool(named & theme.labels)
        if not counted and not named_here:
            continue
        repeats = sum(counted[k] for k in _distinct(counted))
        if not named_here and len(_distinct(matched)) < MIN_KEYWORDS and repeats < MIN_REPEATS:
            continue  # one keyword said once or twice is not a theme
        if named_here:
            score += LABEL_WEIGHT
            matched.append("label")
        if score:
            raw.append((score, theme.id, tuple(matched)))
    if not raw:
        return ()
    best = max(s for s, _, _ in raw)
    ranked = sorted(raw, key=lambda item: (-item[0], item[1]))
    kept = [
        ThemeScore(theme_id, round(score / best, 3), matched)
        for score, theme_id, matched in ranked
        if score / best >= min_score
    ]
    return tuple(kept[:top])
