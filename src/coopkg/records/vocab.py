"""Controlled vocabularies: Interreg programmes, periods, keep.eu themes, partner roles, statuses.

The vocabularies are data (``ontology/programmes.ttl``, ``themes.ttl``, ``roles.ttl``); this
module parses each file once with rdflib (cached) and offers them as frozen dataclasses, plus
the lookups the extractor and the linker need: programme mentions in free text
(:func:`match_programme`) and role/status words in any notice language (:func:`role_code`,
:func:`status_code`).

It must not mint IRIs for instances, write triples or know about particular notices: adding
a programme, a language or a keyword is an edit of a ``.ttl`` file, not of this module. No
work happens at import time.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from coopkg.records.resources import read_ontology_text

if TYPE_CHECKING:  # rdflib is imported lazily: importing coopkg.records.vocab costs nothing
    from rdflib import Graph

COOP_NS = "https://w3id.org/coopkg/ontology#"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
PROGRAMME_NS = "https://w3id.org/coopkg/programme/"
PERIOD_NS = "https://w3id.org/coopkg/period/"
THEME_NS = "https://w3id.org/coopkg/theme/"
ROLE_NS = "https://w3id.org/coopkg/role/"
STATUS_NS = "https://w3id.org/coopkg/status/"
FUND_NS = "http://publications.europa.eu/resource/authority/eu-programme/"

#: Words that, next to a bare area name ("Central Europe"), say it names a programme.
#: Folded (lower case, no accents). Extend per language here.
PROGRAMME_WORDS = frozenset(
    {
        "programme",
        "programmes",
        "program",
        "programs",
        "programm",
        "programms",
        "programma",
        "programmi",
        "programa",
        "programas",
        "programu",
        "programul",
        "programmet",
        "programmu",
        "programmo",
        "interreg",
        # inflected and other-script forms, folded: Lithuanian "programą/programos", Latvian
        # "programmas/programmā", Estonian "programmi", Finnish "ohjelma(n/sta)",
        # Hungarian "programja/programban", Czech "programem", Slovak "programom",
        # Romanian "programului", Irish "clár/chlár", Greek, Bulgarian.
        "programos",
        "programmas",
        "programja",
        "programban",
        "programot",
        "programem",
        "programom",
        "programului",
        "ohjelma",
        "ohjelman",
        "ohjelmasta",
        "ohjelmassa",
        "clar",
        "chlar",
        "gclar",
        "προγραμμα",
        "προγραμματος",
        "програма",
        "програмата",
    }
)

#: Roman numerals of the Interreg generations, as written after "Interreg".
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi")
_DESIGNATOR = re.compile(r"(i{1,3}|iv|vi?)([abcd])?\Z")
_YEAR = re.compile(r"(19|20)\d\d\Z")
_TOKEN = re.compile(r"\w+")
# Characters allowed between the words of one name: spaces (not line breaks) and joiners.
_GAP = re.compile(r"[^\S\n]*(?:[-–—/'’(),&+·][^\S\n]*)*\Z")
_SPACE = re.compile(r"[^\S\n]+\Z")
_YEAR_GAP = re.compile(r"[^\S\n]*[-–—/][^\S\n]*\Z")
# Letters NFKD does not decompose into a base letter plus accents.
_EXTRA_FOLD = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"}
)


# --------------------------------------------------------------------------- dataclasses


@dataclass(frozen=True, slots=True)
class PeriodConcept:
    """A programming period, e.g. ``2007-2013`` (generation ``Interreg IV``)."""

    id: str
    iri: str
    label: str
    start_year: int
    end_year: int
    generation: str | None = None


@dataclass(frozen=True, slots=True)
class ProgrammeConcept:
    """One concept of the programme scheme.

    ``aliases`` holds every label in every language (preferred, alternative and hidden).
    ``context_labels`` are the aliases that are also plain geography ("Central Europe",
    "Alpenraum"): they name the programme only next to "Interreg", a period prefix or the word
    "programme". A *name family* (``period is None`` with ``narrower``) stands for the same
    name in every period; ``broader`` is the name family if there is one, else the
    generation/strand family.
    """

    id: str
    iri: str
    label: str
    period: str | None
    strand: str | None
    generation: str | None
    aliases: tuple[str, ...]
    area: str | None
    broader: str | None
    context_labels: tuple[str, ...] = ()
    broaders: tuple[str, ...] = ()
    narrower: tuple[str, ...] = ()
    notation: str | None = None
    funds: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def is_family(self) -> bool:
        """True for a period-less name family such as ``alpine-space``."""
        return self.period is None and bool(self.narrower)


@dataclass(frozen=True, slots=True)
class ThemeConcept:
    """A keep.eu theme with its labels and indicative keywords, by language code."""

    id: str
    iri: str
    labels: dict[str, str] = field(hash=False)
    keywords: dict[str, tuple[str, ...]] = field(hash=False)

    @property
    def label(self) -> str:
        """The English label."""
        return self.labels.get("en") or next(iter(self.labels.values()), self.id)


@dataclass(frozen=True, slots=True)
class RoleConcept:
    """A partner role or project status: its short code and its labels by language."""

    code: str
    iri: str
    label: str
    labels: dict[str, tuple[str, ...]] = field(hash=False)


# --------------------------------------------------------------------------- helpers


def fold(text: str) -> str:
    """Lower case without accents, for case- and accent-insensitive comparison.

    >>> fold("Espacio Atlántico Łódź Øresund")
    'espacio atlantico lodz oresund'
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.translate(_EXTRA_FOLD)


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    """:func:`fold` for one word; cached because texts repeat their words."""
    return fold(word)


def _label_key(label: str) -> tuple[str, ...]:
    """A label as the tuple of its folded words (punctuation and spacing ignored)."""
    return tuple(_TOKEN.findall(fold(label)))


@lru_cache(maxsize=8)
def _graph(name: str) -> Graph:
    from rdflib import Graph

    graph = Graph()
    graph.parse(data=read_ontology_text(name), format="turtle")
    return graph


def _local(iri: object, namespace: str) -> str:
    text = str(iri)
    return text[len(namespace) :] if text.startswith(namespace) else text


def _sorted_texts(values: Iterable[object]) -> tuple[str, ...]:
    return tuple(sorted({str(v) for v in values}))


# --------------------------------------------------------------------------- periods


@lru_cache(maxsize=1)
def periods() -> tuple[PeriodConcept, ...]:
    """The programming periods, oldest first."""
    from rdflib import RDF, Namespace

    coop, skos = Namespace(COOP_NS), Namespace(SKOS_NS)
    graph = _graph("programmes.ttl")
    generations: dict[str, str] = {}
    # The generation family of a period is the programme with that period and no strand
    # and no broader concept (interreg-iii for 2000-2006).
    for concept in graph.subjects(RDF.type, coop.Programme):
        period = graph.value(concept, coop.period)
        generation = graph.value(concept, coop.generation)
        if period is not None and generation is not None:
            generations.setdefault(str(period), str(generation))
    found = []
    for iri in graph.subjects(RDF.type, coop.Period):
        found.append(
            PeriodConcept(
                id=_local(iri, PERIOD_NS),
                iri=str(iri),
                label=str(graph.value(iri, skos.prefLabel)),
                start_year=int(str(graph.value(iri, coop.startYear))),
                end_year=int(str(graph.value(iri, coop.endYear))),
                generation=generations.get(str(iri)),
            )
        )
    return tuple(sorted(found, key=lambda p: p.start_year))


def period_by_id(period_id: str) -> PeriodConcept | None:
    """The period with this id (``"2000-2006"``), or None."""
    return next((p for p in periods() if p.id == period_id), None)


def period_of_years(start: int, end: int) -> PeriodConcept | None:
    """The period spanning exactly these years (``2000, 2006`` -> 2000-2006), or None."""
    return next((p for p in periods() if p.start_year == start and p.end_year == end), None)


# --------------------------------------------------------------------------- programmes


@lru_cache(maxsize=1)
def programmes() -> tuple[ProgrammeConcept, ...]:
    """Every concept of the programme scheme, sorted by id."""
    from rdflib import RDF, Namespace

    coop, skos = Namespace(COOP_NS), Namespace(SKOS_NS)
    graph = _graph("programmes.ttl")
    found = []
    for iri in graph.subjects(RDF.type, coop.Programme):
        pref = [lit for lit in graph.objects(iri, skos.prefLabel) if lit.language == "en"]
        labels = [*graph.objects(iri, skos.prefLabel), *graph.objects(iri, skos.altLabel)]
        hidden = list(graph.objects(iri, skos.hiddenLabel))
        broaders = tuple(sorted(_local(b, PROGRAMME_NS) for b in graph.objects(iri, skos.broader)))
        period = graph.value(iri, coop.period)
        concept_id = _local(iri, PROGRAMME_NS)
        families = [b for b in broaders if _is_name_family(graph, b)]
        found.append(
            ProgrammeConcept(
                id=concept_id,
                iri=str(iri),
                label=str(pref[0]) if pref else concept_id,
                period=_local(period, PERIOD_NS) if period is not None else None,
                strand=_optional_text(graph.value(iri, coop.strand)),
                generation=_optional_text(graph.value(iri, coop.generation)),
                aliases=_sorted_texts([*labels, *hidden]),
                area=_optional_text(graph.value(iri, coop.area)),
                broader=(families or list(broaders) or [None])[0],
                context_labels=_sorted_texts(hidden),
                broaders=broaders,
                narrower=tuple(
                    sorted(_local(n, PROGRAMME_NS) for n in graph.objects(iri, skos.narrower))
                ),
                notation=_optional_text(graph.value(iri, skos.notation)),
                funds=tuple(sorted(_local(f, FUND_NS) for f in graph.objects(iri, coop.fund))),
                notes=_sorted_texts(graph.objects(iri, skos.scopeNote)),
            )
        )
    return tuple(sorted(found, key=lambda c: c.id))


def _optional_text(value: object | None) -> str | None:
    return None if value is None else str(value)


def _is_name_family(graph: Graph, concept_id: str) -> bool:
    from rdflib import Namespace, URIRef

    coop = Namespace(COOP_NS)
    return graph.value(URIRef(PROGRAMME_NS + concept_id), coop.period) is None


@lru_cache(maxsize=1)
def _programme_index() -> dict[str, ProgrammeConcept]:
    return {c.id: c for c in programmes()}


def programme_by_id(programme_id: str) -> ProgrammeConcept | None:
    """The programme concept with this id (``"interreg-iiic-east"``), or None."""
    return _programme_index().get(programme_id)


@dataclass(frozen=True, slots=True)
class _Matcher:
    """Label index for :func:`match_programme` (built once)."""

    # label words -> ((concept id, contextual?), ...)
    labels: dict[tuple[str, ...], tuple[tuple[str, bool], ...]] = field(hash=False)
    # every proper prefix of a label, to stop extending early
    prefixes: frozenset[tuple[str, ...]]
    # roman numeral ("iii") -> period id
    generation_periods: dict[str, str] = field(hash=False)
    # the first word of every label: a text's other words start no name
    firsts: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    labels: dict[tuple[str, ...], list[tuple[str, bool]]] = {}
    for concept in programmes():
        context = set(concept.context_labels)
        for alias in concept.aliases:
            key = _label_key(alias)
            if not key:
                continue
            entry = (concept.id, alias in context)
            bucket = labels.setdefault(key, [])
            if entry not in bucket:
                bucket.append(entry)
    prefixes = frozenset(key[:n] for key in labels for n in range(1, len(key)))
    generation_periods = {}
    for period in periods():
        if period.generation:
            numeral = fold(period.generation).split()[-1]
            generation_periods[numeral] = period.id
    return _Matcher(
        labels={k: tuple(v) for k, v in labels.items()},
        prefixes=prefixes,
        generation_periods=generation_periods,
        firsts=frozenset(key[0] for key in labels),
    )


def match_programme(text: str) -> list[tuple[int, int, ProgrammeConcept]]:
    """Programme mentions in ``text`` as ``(start, end, concept)``, in text order.

    Names match on word boundaries, case- and accent-insensitively; where names overlap the
    longest wins and matches never overlap. A period stated next to the name picks the
    programme of that period: a keep.eu prefix (``"2000 - 2006 Atlantic Area"``), a
    generation designator (``"Interreg IVB North West Europe"``) or a following
    ``"(2014-2020)"``. An undated name that recurs across periods gives its name family
    (``"Interreg Central Europe"`` -> ``central-europe``). Bare area names ("Central
    Europe", "Alpenraum") count only next to "Interreg", a period or "programme".
    The span covers the prefix that decided the period.

    >>> [(s, e, c.id) for s, e, c in match_programme("• 2000 - 2006 Interreg IIIC East")]
    [(2, 32, 'interreg-iiic-east')]
    >>> [c.id for _, _, c in match_programme("funded by the INTERREG Central Europe program")]
    ['central-europe']
    """
    matcher = _matcher()
    tokens = [(m.start(), m.end(), _fold_word(m.group())) for m in _TOKEN.finditer(text)]
    candidates: list[tuple[int, int, ProgrammeConcept]] = []
    firsts = matcher.firsts
    for i in range(len(tokens)):
        if tokens[i][2] not in firsts:
            continue
        key: tuple[str, ...] = ()
        for j in range(i, len(tokens)):
            if j > i and not _GAP.match(text[tokens[j - 1][1] : tokens[j][0]]):
                break
            key = (*key, tokens[j][2])
            entries = matcher.labels.get(key)
            if entries:
                found = _resolve(text, tokens, i, j + 1, entries, matcher)
                if found is not None:
                    candidates.append(found)
            if key not in matcher.prefixes:
                break
    return _non_overlapping(candidates)


def _non_overlapping(
    candidates: list[tuple[int, int, ProgrammeConcept]],
) -> list[tuple[int, int, ProgrammeConcept]]:
    chosen: list[tuple[int, int, ProgrammeConcept]] = []
    for start, end, concept in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, concept))
    return sorted(chosen, key=lambda c: c[0])


def _resolve(
    text: str,
    tokens: list[tuple[int, int, str]],
    first: int,
    stop: int,
    entries: tuple[tuple[str, bool], ...],
    matcher: _Matcher,
) -> tuple[int, int, ProgrammeConcept] | None:
    """Decide what the label at tokens[first:stop] names, given its neighbours."""
    start_token, period, cued = _left_context(text, tokens, first, matcher)
    after_period = _right_period(text, tokens, stop)
    if period is None:
        period = after_period
    followed = stop < len(tokens) and tokens[stop][2] in PROGRAMME_WORDS
    usable = [cid for cid, contextual in entries if not contextual or cued or followed]
    if not usable:
        return None
    concept = _pick(usable, period)
    return tokens[start_token][0], tokens[stop - 1][1], concept


def _left_context(
    text: str, tokens: list[tuple[int, int, str]], first: int, matcher: _Matcher
) -> tuple[int, str | None, bool]:
    """Walk left over "[YYYY - YYYY] [Interreg [IVB|V-B]] [programme]" before a label.

    Returns the first token of the mention, the period the prefix states and whether any cue
    (period, "Interreg", designator, programme word) was found.
    """

    def joined(a: int, b: int) -> bool:
        return bool(_GAP.match(text[tokens[a][1] : tokens[b][0]]))

    position, period, cued = first, None, False
    # "programme" / "Interreg" directly before: "programme Espace Alpin", "Interreg Alpenraum"
    before = tokens[position - 1][2] if position > 0 else ""
    # "programą (Latvia-Lithuania ...)": a bracket opens a gloss, not the same name.
    if (
        before in PROGRAMME_WORDS
        and joined(position - 1, position)
        and "(" not in text[tokens[position - 1][1] : tokens[position][0]]
    ):
        position -= 1
        cued = True
    # generation designator after "Interreg": "Interreg IVB", "Interreg V-B", "INTERREG VI B"
    designator = _designator_before(tokens, position, joined)
    if designator is not None:
        position, numeral = designator
        period = matcher.generation_periods.get(numeral)
        cued = True
    if position > 0 and tokens[position - 1][2] == "interreg" and joined(position - 1, position):
        position -= 1
        cued = True
    # keep.eu period prefix: "2000 - 2006 "
    if position >= 2:
        y1, y2 = tokens[position - 2], tokens[position - 1]
        if (
            _YEAR.match(y1[2])
            and _YEAR.match(y2[2])
            and _YEAR_GAP.match(text[y1[1] : y2[0]])
            and _SPACE.match(text[y2[1] : tokens[position][0]])
        ):
            stated = period_of_years(int(y1[2]), int(y2[2]))
            if stated is not None:
                position -= 2
                period = period or stated.id
                cued = True
    return position, period, cued


def _designator_before(
    tokens: list[tuple[int, int, str]], position: int, joined: Callable[[int, int], bool]
) -> tuple[int, str] | None:
    """``(index of "interreg" + 1, roman numeral)`` when tokens before are a designator."""
    if position >= 2 and tokens[position - 2][2] == "interreg":
        match = _DESIGNATOR.match(tokens[position - 1][2])
        if match and joined(position - 1, position):
            return position - 1, match.group(1)
    if position >= 3 and tokens[position - 3][2] == "interreg":
        numeral, letter = tokens[position - 2][2], tokens[position - 1][2]
        if numeral in _ROMAN and letter in {"a", "b", "c", "d"} and joined(position - 1, position):
            return position - 2, numeral
    return None


def _right_period(text: str, tokens: list[tuple[int, int, str]], stop: int) -> str | None:
    """A period written right after a label: "Alpine Space 2014-2020", "... (2000-2006)"."""
    if stop + 1 >= len(tokens):
        return None
    y1, y2 = tokens[stop], tokens[stop + 1]
    if not (_YEAR.match(y1[2]) and _YEAR.match(y2[2])):
        return None
    if text[tokens[stop - 1][1] : y1[0]].strip(" \t(,") or not _YEAR_GAP.match(text[y1[1] : y2[0]]):
        return None
    stated = period_of_years(int(y1[2]), int(y2[2]))
    return stated.id if stated else None


def _pick(candidate_ids: list[str], period: str | None) -> ProgrammeConcept:
    """The concept a label names, preferring the stated period, else a name family."""
    concepts = [programme_by_id(cid) for cid in candidate_ids]
    known = [c for c in concepts if c is not None]
    if period is not None:
        for concept in known:
            if concept.period == period:
                return concept
        for concept in known:
            for narrower_id in concept.narrower:
                narrower = programme_by_id(narrower_id)
                if narrower is not None and narrower.period == period and concept.is_family:
                    return narrower
    families = [c for c in known if c.is_family]
    return (families or known)[0]


# --------------------------------------------------------------------------- themes


@lru_cache(maxsize=1)
def themes() -> tuple[ThemeConcept, ...]:
    """The keep.eu themes with labels and keywords by language, sorted by id."""
    from rdflib import RDF, Namespace

    coop, skos = Namespace(COOP_NS), Namespace(SKOS_NS)
    graph = _graph("themes.ttl")
    found = []
    for iri in graph.subjects(RDF.type, coop.Theme):
        labels = {lit.language or "": str(lit) for lit in graph.objects(iri, skos.prefLabel)}
        keywords: dict[str, list[str]] = {}
        for lit in graph.objects(iri, coop.keyword):
            keywords.setdefault(lit.language or "", []).append(str(lit))
        found.append(
            ThemeConcept(
                id=_local(iri, THEME_NS),
                iri=str(iri),
                labels=dict(sorted(labels.items())),
                keywords={lang: tuple(sorted(set(kw))) for lang, kw in sorted(keywords.items())},
            )
        )
    return tuple(sorted(found, key=lambda t: t.id))


def theme_by_id(theme_id: str) -> ThemeConcept | None:
    """The theme with this id (``"tourism"``), or None."""
    return next((t for t in themes() if t.id == theme_id), None)


# --------------------------------------------------------------------------- roles, statuses


def _concepts_of(scheme_namespace: str, class_name: str) -> tuple[RoleConcept, ...]:
    from rdflib import RDF, Namespace

    coop, skos = Namespace(COOP_NS), Namespace(SKOS_NS)
    graph = _graph("roles.ttl")
    found = []
    for iri in graph.subjects(RDF.type, coop[class_name]):
        labels: dict[str, list[str]] = {}
        english = ""
        for predicate in (skos.prefLabel, skos.altLabel):
            for lit in graph.objects(iri, predicate):
                labels.setdefault(lit.language or "", []).append(str(lit))
                if predicate == skos.prefLabel and lit.language == "en":
                    english = str(lit)
        found.append(
            RoleConcept(
                code=str(graph.value(iri, skos.notation)),
                iri=str(iri),
                label=english,
                labels={lang: tuple(words) for lang, words in sorted(labels.items())},
            )
        )
    order = {iri: n for n, iri in enumerate(_scheme_order(graph, scheme_namespace))}
    return tuple(sorted(found, key=lambda r: (order.get(r.iri, len(order)), r.code)))


def _scheme_order(graph: Graph, scheme_namespace: str) -> list[str]:
    from rdflib import Namespace, URIRef

    skos = Namespace(SKOS_NS)
    scheme = URIRef(scheme_namespace + "scheme")
    return [str(c) for c in graph.objects(scheme, skos.hasTopConcept)]


@lru_cache(maxsize=1)
def roles() -> tuple[RoleConcept, ...]:
    """The partner roles (lead, partner, associated, advisory, observer)."""
    return _concepts_of(ROLE_NS, "Role")


@lru_cache(maxsize=1)
def statuses() -> tuple[RoleConcept, ...]:
    """The project statuses (planned, ongoing, finished)."""
    return _concepts_of(STATUS_NS, "Status")


def _phrase_key(label: str) -> str:
    return " ".join(_TOKEN.findall(fold(label)))


@lru_cache(maxsize=2)
def _code_index(kind: str) -> dict[str, str]:
    concepts = roles() if kind == "role" else statuses()
    index: dict[str, str] = {}
    for concept in concepts:
        for words in concept.labels.values():
            for word in words:
                index.setdefault(_phrase_key(word), concept.code)
    return index


def role_code(label: str) -> str | None:
    """The role code for a role label in any notice language, or None.

    >>> role_code("chef de file"), role_code("Lead-Partner"), role_code("partner wiodący")
    ('lead', 'lead', 'lead')
    """
    return _code_index("role").get(_phrase_key(label))


def status_code(label: str) -> str | None:
    """The status code for a status label in any notice language, or None.

    >>> status_code("PROJET  TERMINÉ")
    'finished'
    """
    return _code_index("status").get(_phrase_key(label))


# --- label language ----------------------------------------------------------------------

import contextlib  # noqa: E402
import contextvars  # noqa: E402
from collections.abc import Iterator  # noqa: E402

#: The language labels are shown in (views, report, suggestions); English by default.
_LABEL_LANGUAGE: contextvars.ContextVar[str] = contextvars.ContextVar(
    "coopkg_label_language", default="en"
)


def label_language() -> str:
    """The language labels are chosen in now (``"en"`` unless :func:`use_label_language`)."""
    return _LABEL_LANGUAGE.get()


@contextlib.contextmanager
def use_label_language(lang: str | None) -> Iterator[str]:
    """Choose labels in ``lang`` (``"de"``, ``"fr"``...) inside the ``with`` block."""
    chosen = (lang or "en").strip().lower().split("-")[0] or "en"
    token = _LABEL_LANGUAGE.set(chosen)
    try:
        yield chosen
    finally:
        _LABEL_LANGUAGE.reset(token)


def choose_label(labels: Iterable[tuple[str, str | None]], lang: str | None = None) -> str:
    """One label from ``(text, language)`` pairs, all in one language for a whole view.

    Order: the chosen language (``lang``, else :func:`label_language`), then English, then
    a label without language, then the smallest of the rest; "" when there is none.

    >>> pairs = [("Eesti", "et"), ("Estonia", "en"), ("Estland", "de")]
    >>> choose_label(pairs), choose_label(pairs, "de"), choose_label(pairs, "pt")
    ('Estonia', 'Estland', 'Estonia')
    """
    wanted = (lang or label_language()).lower()
    best: dict[int, list[str]] = {}
    for text, language in labels:
        if not text:
            continue
        tag = (language or "").lower().split("-")[0]
        rank = 0 if tag == wanted else 1 if tag == "en" else 2 if not tag else 3
        best.setdefault(rank, []).append(text)
    for rank in sorted(best):
        return min(best[rank])
    return ""
