"""Public bodies named under one plural head noun: "die Landkreise A und B", "las
Diputaciones de Huelva, Cáceres y Badajoz", "Liepojos, Saldus ir Talsi savivaldybės".

Each name of such an enumeration is one body; with the table's singular head it reads as
that body's name ("Diputación de Huelva", "Talsi savivaldybė"). The head nouns and their
singular forms come from ``data/plural_bodies.toml``, in the EU languages. This module only
reads the text: whether a body is a partner is the partner decision's to say.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from coopkg.extraction import labels, partners

#: Little words inside a place's name ("Castro Marim", "Petrovice u Karviné", "Frankfurt
#: an der Oder"); one that is the head noun's language's "and" is read as "and".
_PARTICLES = frozenset(
    {"de", "del", "da", "do", "di", "du", "la", "le", "van", "von", "an", "am", "der", "im"}
    | {"u", "v", "nad", "pod", "na", "sur", "en", "sul", "sous", "ob", "pri"}
)
_MAX_NAME_WORDS = 5
_WINDOW = 400
_TRAILING = ",.;:!?)]»”\"'’"


@dataclass(frozen=True, slots=True)
class Body:
    """One body of an enumeration under a plural head noun."""

    name: str  # with the singular head: "Diputación de Huelva"
    bare: str  # as written: "Huelva"
    start: int  # of the bare name in the text
    end: int
    head_start: int  # of the plural head noun
    head_end: int
    count: int  # names in the enumeration
    index: int  # this name's place in it


@dataclass(frozen=True, slots=True)
class _Heads:
    before: re.Pattern[str]
    after: re.Pattern[str]
    #: noun -> (singular, language)
    singular_before: dict[str, tuple[str, str]]
    singular_after: dict[str, tuple[str, str]]
    connector: re.Pattern[str]
    scope: re.Pattern[str]
    connectors: frozenset[str]
    #: The nouns of ``before`` and ``after``, for :func:`labels.phrase_matches`.
    before_nouns: tuple[str, ...] = ()
    after_nouns: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _heads() -> _Heads:
    raw = resources.files("coopkg.extraction").joinpath("data/plural_bodies.toml").read_bytes()
    table = tomllib.loads(raw.decode("utf-8"))
    before: dict[str, tuple[str, str]] = {}
    after: dict[str, tuple[str, str]] = {}
    connectors: set[str] = set()
    scope: set[str] = set()
    for code, lang in table.items():
        # A noun shared by two languages keeps the first one's singular (file order).
        for k, v in lang.get("before", {}).items():
            before.setdefault(k.casefold(), (v, code))
        for k, v in lang.get("after", {}).items():
            after.setdefault(k.casefold(), (v, code))
        connectors.update(lang.get("connectors", []))
        scope.update(lang.get("scope", []))
    conn = labels.spaced_alternation(sorted(connectors))
    return _Heads(
        re.compile(r"(?<!\w)(?:" + labels.spaced_alternation(list(before)) + r")(?!\w)", re.I),
        re.compile(r"(?<!\w)(?:" + labels.spaced_alternation(list(after)) + r")(?!\w)", re.I),
        before,
        after,
        re.compile(r"\s+(?:(" + conn + r")(?:\s+|(?<=['’])))?(?=\S)", re.I),
        re.compile(r"(?<!\w)(?:" + labels.spaced_alternation(sorted(scope)) + r")(?!\w)", re.I),
        frozenset(c.casefold() for c in connectors),
        tuple(before),
        tuple(after),
    )


@lru_cache(maxsize=32)
def _conjunctions(lang: str) -> frozenset[str]:
    """The one-word "and" of the head noun's language: "a" joins names in Czech but is
    "at" in Italian ("l'università di Padova a Spert")."""
    words = partners._vocab().get("list_and", {}).get(lang) or partners.vocab_words("list_and")
    return frozenset(w.casefold() for w in words if " " not in w)


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _names_forward(text: str, pos: int, lang: str) -> list[tuple[int, int]]:
    """(start, end) of the names of an enumeration starting at ``pos``: capitalised names
    joined by commas and one closing conjunction ("Huelva, Cáceres y Badajoz")."""
    words = [
        (m.start() + pos, m.end() + pos, m.group())
        for m in re.finditer(r"\S+", text[pos : pos + _WINDOW].split("\n", 1)[0])
    ]
    names: list[tuple[int, int]] = []
    cur: list[tuple[int, int]] = []
    last = False  # after the conjunction: the next name closes the list
    k = 0
    while k < len(words):
        s, _e, w = words[k]
        core = w.rstrip(_TRAILING)
        tail = w[len(core) :]
        nxt = words[k + 1][2] if k + 1 < len(words) else ""
        if not core:
            break
        conj = core.casefold() in _conjunctions(lang)
        particle = bool(cur) and not tail and not conj and core in _PARTICLES and _capital(nxt)
        if (_capital(core) and len(cur) < _MAX_NAME_WORDS) or particle:
            cur.append((s, s + len(core)))
        elif cur and not last and not tail and conj:
            names.append((cur[0][0], cur[-1][1]))
            cur, last = [], True
            k += 1
            continue
        else:
            break
        if tail:
            names.append((cur[0][0], cur[-1][1]))
            cur = []
            if last or not tail.startswith(","):
                return names
        k += 1
    if cur:
        names.append((cur[0][0], cur[-1][1]))
    return names


def _names_backward(text: str, pos: int, lang: str) -> list[tuple[int, int]]:
    """(start, end) of the names of an enumeration ending at ``pos`` ("Liepojos, Saldus ir
    Talsi" before "savivaldybės"), in text order."""
    # An enumeration stays on its line.
    lo = max(0, pos - _WINDOW, text.rfind("\n", 0, pos) + 1)
    words = [(m.start() + lo, m.end() + lo, m.group()) for m in re.finditer(r"\S+", text[lo:pos])]
    names: list[tuple[int, int]] = []
    cur: list[tuple[int, int]] = []
    conj = False
    for s, _e, w in reversed(words):
        core = w.rstrip(_TRAILING)
        tail = w[len(core) :]
        if tail and cur:
            # "Kuldigos, Mersrags": the comma closes the name after it.
            names.append((cur[-1][0], cur[0][1]))
            cur = []
            if not tail.startswith(","):
                break
        if tail and not tail.startswith(","):
            break
        is_conj = core.casefold() in _conjunctions(lang)
        particle = bool(cur) and not is_conj and core in _PARTICLES
        if (_capital(core) and len(cur) < _MAX_NAME_WORDS) or particle:
            cur.append((s, s + len(core)))
        elif cur and not conj and not names and is_conj:
            names.append((cur[-1][0], cur[0][1]))
            cur, conj = [], True
        else:
            break
    if cur:
        names.append((cur[-1][0], cur[0][1]))
    return names[::-1]


def _singular(template: str, named: str, before: bool) -> str:
    if "{}" in template:
        return template.replace("{}", named)
    return f"{template} {named}" if before else f"{named} {template}"


def _territory(text: str, head: int) -> bool:
    """Whether the head noun names a territory: after a word of the project's area in its
    sentence ("the project area covers the municipalities of A and B"), or in brackets
    after a country ("Slovenia (regions A and B)")."""
    line_start = text.rfind("\n", 0, head) + 1
    stops = [text.rfind(p, line_start, head) for p in (". ", "! ", "? ")]
    start = max([line_start, *(k + 2 for k in stops if k >= 0)])
    if _heads().scope.search(text, start, head):
        return True
    before = text[start:head].rstrip()
    if not before.endswith("("):
        return False
    from coopkg.records.countries import country_code

    words = before[:-1].split()
    return bool(words) and country_code(words[-1].strip(",;:")) is not None


def bodies(text: str) -> list[Body]:
    """Every body named in an enumeration of two or more names under a plural head noun
    (none where the enumeration names the project's territory)."""
    heads = _heads()
    out: list[Body] = []
    # Tried only where a head noun's first word stands (most pages name no plural body).
    for m in labels.phrase_matches(heads.before, text, heads.before_nouns):
        if not (c := heads.connector.match(text, m.end())) or _territory(text, m.start()):
            continue
        connector = c.group(1) or ""
        template, lang = heads.singular_before[" ".join(m.group().casefold().split())]
        names = _names_forward(text, c.end(), lang)
        if len(names) < 2:
            continue
        glue = "" if connector.endswith(("'", "’")) else " "
        for k, (s, e) in enumerate(names):
            named = f"{connector}{glue}{text[s:e]}" if connector else text[s:e]
            name = _singular(template, named, True)
            out.append(Body(name, text[s:e], s, e, m.start(), m.end(), len(names), k))
    for m in labels.phrase_matches(heads.after, text, heads.after_nouns):
        template, lang = heads.singular_after[" ".join(m.group().casefold().split())]
        names = _names_backward(text, m.start(), lang)
        if len(names) < 2 or _territory(text, names[0][0]):
            continue
        for k, (s, e) in enumerate(names):
            name = _singular(template, text[s:e], False)
            out.append(Body(name, text[s:e], s, e, m.start(), m.end(), len(names), k))
    return sorted(out, key=lambda b: b.start)


@lru_cache(maxsize=1)
def singular_heads() -> frozenset[str]:
    """The table's singular head nouns, folded ("métropole", "comune", "municipality"):
    "la métropole de Turin" names a body by one of them."""
    heads = _heads()
    out = set()
    for template, _lang in (*heads.singular_before.values(), *heads.singular_after.values()):
        words = template.replace("{}", " ").split()
        if len(words) == 1:
            out.add(words[0].casefold())
    return frozenset(out)


def connector(word: str) -> bool:
    """Whether ``word`` joins a head noun to its name ("de", "di", "of", "von")."""
    return word.casefold() in _heads().connectors
