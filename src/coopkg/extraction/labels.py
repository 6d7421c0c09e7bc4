"""Label tables of the record assembler, loaded from ``data/labels.toml``.

Every helper of the assembler reads its cue phrases (labels, furniture, status words,
legal forms) from here, so adding a language is a TOML entry, never code. This module only
loads and indexes data; it must not look at notices.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

import ahocorasick


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    raw = resources.files("coopkg.extraction").joinpath("data/labels.toml").read_bytes()
    return tomllib.loads(raw.decode("utf-8"))


def section(name: str) -> dict[str, Any]:
    """One section of the label table (dotted names reach sub-tables: ``status_words.ongoing``)."""
    node: Any = _table()
    for part in name.split("."):
        node = node.get(part, {}) if isinstance(node, dict) else {}
    return node if isinstance(node, dict) else {}


@lru_cache(maxsize=128)
def phrases(name: str) -> tuple[str, ...]:
    """All phrases of a section over all languages, unique, longest first.

    Longest first so that alternations built from them prefer "Project partners" over
    "Partner".
    """
    seen: dict[str, None] = {}
    for values in section(name).values():
        if isinstance(values, list):
            for v in values:
                seen.setdefault(str(v), None)
    return tuple(sorted(seen, key=lambda p: (-len(p), p)))


@lru_cache(maxsize=128)
def phrases_by_language(name: str) -> dict[str, tuple[str, ...]]:
    """The phrases of a section per language code."""
    return {
        lang: tuple(str(v) for v in values)
        for lang, values in section(name).items()
        if isinstance(values, list)
    }


#: Greek vowels with an accent -> the bare vowel: Greek capitals drop the accent
#: ("ΕΤΑΙΡΟΙ" is "Εταίροι"), so a phrase's accented vowel also matches the bare one.
GREEK_TONOS = {"ά": "α", "έ": "ε", "ή": "η", "ί": "ι", "ό": "ο", "ύ": "υ", "ώ": "ω"}


def phrase_pattern(phrase: str) -> str:
    """A regex for one phrase: literal, case is handled by the caller, any run of spaces.

    >>> bool(re.fullmatch(phrase_pattern("Εταίροι έργου"), "ΕΤΑΙΡΟΙ ΕΡΓΟΥ", re.IGNORECASE))
    True
    """
    parts = [re.escape(p) for p in phrase.split()]
    body = r"\s+".join(parts)
    for accented, bare in GREEK_TONOS.items():
        body = body.replace(accented, f"[{accented}{bare}]")
    # Word boundaries only where the phrase starts/ends with a word character, so that
    # "C/" or "ul." still match.
    left = r"(?<!\w)" if phrase[:1].isalnum() else ""
    right = r"(?!\w)" if phrase[-1:].isalnum() else ""
    return left + body + right


#: Letters that Python's ``re`` matches case-insensitively although ``str.lower`` keeps them
#: apart (``re._casefix``), and the Greek accented vowels a phrase pattern also accepts bare:
#: folded to one letter (:func:`fold_case`).
_RE_CASE_FOLD = str.maketrans(
    {
        "\u0131": "i",
        "\u017f": "s",
        "\u00b5": "\u03bc",
        "\u0345": "\u03b9",
        "\u1fbe": "\u03b9",
        "\u1fd3": "\u0390",
        "\u1fe3": "\u03b0",
        "\u03d0": "\u03b2",
        "\u03f5": "\u03b5",
        "\u03d1": "\u03b8",
        "\u03f0": "\u03ba",
        "\u03d6": "\u03c0",
        "\u03f1": "\u03c1",
        "\u03c2": "\u03c3",
        "\u03d5": "\u03c6",
        "\u1c80": "\u0432",
        "\u1c81": "\u0434",
        "\u1c82": "\u043e",
        "\u1c83": "\u0441",
        "\u1c84": "\u0442",
        "\u1c85": "\u0442",
        "\u1c86": "\u044a",
        "\u1c87": "\u0463",
        "\u1c88": "\ua64b",
        "\u1e9b": "\u1e61",
        "\ufb05": "\ufb06",
        **GREEK_TONOS,
    }
)


_FOLDED = re.compile("[" + "".join(chr(c) for c in _RE_CASE_FOLD) + "]")


@lru_cache(maxsize=8)
def fold_case(text: str) -> str | None:
    """``text`` in lower case with the letters of :data:`_RE_CASE_FOLD` folded, letter for
    letter, or None when lower case changes the length ("İ" becomes two letters).

    Where a lower-case phrase (folded the same way) occurs in the folded text is a superset
    of where a case-insensitive pattern of the phrase can start a match: an Aho-Corasick
    pass over it finds the few places worth a ``pattern.match``, where ``pattern.search``
    would try every position of the text.

    >>> fold_case("ΕΡΓΟΣ Ά")
    'εργοσ α'
    >>> fold_case("İzmir") is None
    True
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    return lowered.translate(_RE_CASE_FOLD) if _FOLDED.search(lowered) else lowered


@lru_cache(maxsize=64)
def _first_words(phrases: tuple[str, ...]) -> ahocorasick.Automaton | None:
    """The phrases' first words, folded, in one automaton (None: there are none, or one
    cannot be folded)."""
    if not phrases:
        return None
    automaton = ahocorasick.Automaton()
    for phrase in phrases:
        # Up to the first space or hyphen: some tables let a hyphen match a space or nothing.
        first = re.split(r"[\s\-]", phrase.strip(), maxsplit=1)[0]
        key = fold_case(first) if first else ""
        if not key:
            return None
        automaton.add_word(key, len(key))
    automaton.make_automaton()
    return automaton


def matches_at(regex: re.Pattern[str], text: str, starts: Sequence[int]) -> list[re.Match[str]]:
    """``regex.finditer(text)`` for a regex whose matches can only begin at ``starts``
    (in order): the leftmost match from each point on, as a search finds it.

    >>> [m.group() for m in matches_at(re.compile(r"ab|b"), "abab b", [0, 1, 2, 5])]
    ['ab', 'ab', 'b']
    """
    out: list[re.Match[str]] = []
    done = 0
    for i in starts:
        if i >= done and (m := regex.match(text, i)) is not None:
            out.append(m)
            done = max(m.end(), i + 1)
    return out


def may_contain(text: str, phrases: tuple[str, ...]) -> bool:
    """False only when no phrase's first word occurs in ``text`` in any case (folded as
    :func:`fold_case` folds): a case-insensitive pattern that needs one of ``phrases``
    then cannot match, and need not be run.

    >>> may_contain("9 MILLION", ("million",)), may_contain("9 members", ("million",))
    (True, False)
    """
    folded = fold_case(text)
    automaton = _first_words(phrases)
    if folded is None or automaton is None:
        return True
    return next(automaton.iter(folded), None) is not None


def phrase_search(
    regex: re.Pattern[str], text: str, phrases: tuple[str, ...]
) -> re.Match[str] | None:
    r"""``regex.search(text)`` for a regex each of whose matches starts with one of
    ``phrases`` (as for :func:`phrase_matches`), tried only where a phrase's first word
    starts: most lines and sentences hold none.

    >>> regex = re.compile(r"(?<!\w)(?:partner|lead)", re.IGNORECASE)
    >>> phrase_search(regex, "Our PARTNERS", ("partner", "lead")).group()
    'PARTNER'
    >>> phrase_search(regex, "Our members", ("partner", "lead")) is None
    True
    """
    starts = phrase_starts(text, phrases)
    if starts is None:
        return regex.search(text)
    for i in starts:
        if (m := regex.match(text, i)) is not None:
            return m
    return None


def phrase_matches(
    regex: re.Pattern[str],
    text: str,
    phrases: tuple[str, ...],
    digits: bool = False,
    whole_words: bool = False,
) -> list[re.Match[str]] | Iterator[re.Match[str]]:
    r"""``regex.finditer(text)`` for a case-insensitive regex each of whose matches starts
    with one of ``phrases`` (as :func:`phrase_pattern`, :func:`trie_alternation` or a
    plain escaped alternation writes them, any run of spaces between words).

    The regex is only tried where a phrase's first word starts (see :func:`fold_case`):
    Python's engine tries a case-insensitive alternation at every position of the text.
    With ``digits``, a match may also begin with a number's first digit ("12 partners",
    "EUR 5 000" and "5 000 EUR" alike). With ``whole_words``, the regex takes a phrase
    only where no word character precedes it (``(?<!\w)``): a phrase's first word inside
    a longer word ("un" in "fund") is not tried.

    >>> regex = re.compile(r"(?<!\w)(?:lead\s+partner|partners?)(?!\w)", re.IGNORECASE)
    >>> [m.group() for m in phrase_matches(regex, "Our PARTNERS: a Lead  Partner", (
    ...     "lead partner", "partners", "partner"))]
    ['PARTNERS', 'Lead  Partner']
    """
    starts = phrase_starts(text, phrases)
    if starts is None:
        return regex.finditer(text)
    if whole_words:
        starts = [i for i in starts if i == 0 or not _is_word_char(text[i - 1])]
    if digits:
        starts = sorted({*starts, *(m.start() for m in _NUMBER_START.finditer(text))})
    return matches_at(regex, text, starts)


def _is_word_char(char: str) -> bool:
    """Whether ``re`` takes ``char`` for ``\\w`` (a letter, a digit of any script, "_")."""
    return char.isalnum() or char == "_"


#: Where a number's digits begin (not inside a longer figure).
_NUMBER_START = re.compile(r"(?<![\d.,])\d")


def phrase_starts(text: str, phrases: tuple[str, ...]) -> list[int] | None:
    """Where one of ``phrases``' first words starts in ``text`` (folded as :func:`fold_case`
    folds), in order: the only places a case-insensitive match of a phrase can begin.
    None when the text or a phrase cannot be folded letter for letter (then every place can).

    >>> phrase_starts("Our PARTNERS and partner", ("partner",))
    [4, 17]
    """
    folded = fold_case(text)
    automaton = _first_words(phrases)
    if folded is None or automaton is None:
        return None
    return sorted({end - n + 1 for end, n in automaton.iter(folded)})


def _trie_char(char: str) -> str:
    """One letter of a trie: any run of spaces for a space, an accented Greek vowel also
    matching the bare one (as in :func:`phrase_pattern`)."""
    if char == " ":
        return r"\s+"
    bare = GREEK_TONOS.get(char)
    return f"[{char}{bare}]" if bare else re.escape(char)


def spaced_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` (each once, longest first, then alphabetical), any
    run of white space between a phrase's words; no group, no word bounds.

    >>> print(spaced_alternation(["de", "chambers of commerce", "de"]))
    chambers\\s+of\\s+commerce|de
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)


def trie_alternation(items: Sequence[str]) -> str:
    """A regex matching any of ``items`` as :func:`phrase_pattern` would, as a trie.

    The same matches as the alternation of the phrases longest first (case is left to the
    caller's flags), but Python's engine tries a flat
    alternation phrase by phrase at every position of the text; a trie is tried letter by
    letter, which is what keeps label search fast with tables for every language.
    """
    groups: dict[bool, dict[str, Any]] = {True: {}, False: {}}
    for phrase in items:
        words = phrase.split()
        if not words:
            continue
        text = " ".join(words)
        node = groups[text[0].isalnum()]
        for char in text:
            node = node.setdefault(char, {})
        node[""] = text[-1].isalnum()

    def pattern(node: dict[str, Any]) -> str:
        branches = [_trie_char(c) + pattern(child) for c, child in sorted(node.items()) if c]
        if "" in node:
            branches.append(r"(?!\w)" if node[""] else "")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    out = []
    for bounded, root in groups.items():
        if root:
            out.append((r"(?<!\w)" if bounded else "") + pattern(root))
    return "|".join(out) or r"(?!x)x"


@lru_cache(maxsize=128)
def alternation(name: str) -> str:
    """A regex alternation of all phrases of a section (no group, longest first)."""
    return trie_alternation(phrases(name))


@lru_cache(maxsize=128)
def compiled(name: str) -> re.Pattern[str]:
    """A case-insensitive regex matching any phrase of a section.

    A lookahead on the phrases' first letters lets a search skip the positions where no
    phrase can start (the tables hold thousands of phrases in 26 languages).
    """
    firsts = {p.lstrip()[0] for p in phrases(name) if p.strip()}
    firsts |= {GREEK_TONOS[c] for c in firsts if c in GREEK_TONOS}
    if not firsts:
        return re.compile(alternation(name), re.IGNORECASE)
    head = "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"
    return re.compile(head + "(?:" + alternation(name) + ")", re.IGNORECASE)


@lru_cache(maxsize=1)
def legal_form_groups() -> dict[str, str]:
    """Legal-form token (lower case, punctuation as spaces) -> its equivalence group."""
    out: dict[str, str] = {}
    for group, values in section("legal_forms").items():
        for v in values:
            out[" ".join(re.sub(r"[^\w]+", " ", str(v).lower()).split())] = group
    return out


@lru_cache(maxsize=1)
def vat_labels() -> dict[str, str]:
    """VAT label -> the country it implies ("" when it implies none)."""
    return {str(k): str(v) for k, v in section("vat_labels").items()}


@lru_cache(maxsize=1)
def stop_acronyms() -> frozenset[str]:
    """Words that never are acronyms, lower-cased."""
    return frozenset(p.lower() for p in phrases("stop_acronyms"))
