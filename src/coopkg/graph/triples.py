"""Linked records to RDF: the only module that writes triples.

:func:`add_linked_record` adds one project's triples (project, participations, notice,
evidence, indicators, theme assignments); :func:`add_organisation` adds one resolved
organisation; :func:`add_vocabulary` adds the labels of the regions, countries,
programmes, periods, themes, roles and statuses the data uses, so a graph is readable
on its own. All IRIs come from :mod:`coopkg.graph.identity`; no blank nodes are written, so
the same input always serialises to the same bytes.

Derived values are marked twice: ``coop:derivedProperty`` on the resource, and
``coop:derived true`` on the value's evidence node, which the resource also points to
(``coop:derivedEvidence``: the saved query derived-values finds the rule without reading
every evidence node of the project).

How much provenance is written is a choice (:data:`PROVENANCE`): ``"full"`` writes one
``coop:FieldEvidence`` node per extracted value (about twelve triples each, most of a
graph); ``"compact"`` writes one ``coop:evidenceRecord`` literal per value on the notice
(an ``rdf:JSON`` object with field, value, span, rule, confidence and derived); ``"none"``
keeps only the notice each project was read from.

:func:`graph_chunks` gives the triples of a whole build in chunks, without holding them
in one graph (for a store that loads them as they come); :func:`build_graph` collects the
same triples into one rdflib graph. :func:`graph_lines` gives them as N-Triples lines, the
evidence nodes written as text without rdflib terms (:func:`evidence_lines`): what a build
writes.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Literal as TypingLiteral
from typing import Protocol

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV

from coopkg.graph import identity
from coopkg.graph.identity import Minter
from coopkg.graph.namespace import COOP
from coopkg.graph.ntext import nt_lines, plain_literal
from coopkg.records import Evidence, LinkedRecord, ProjectRecord

SCHEMA = Namespace("https://schema.org/")


class _Terms:
    """A namespace's terms as plain attributes, each looked up once: the attribute of an
    rdflib ``DefinedNamespace`` is a method call making a new term (microseconds, and a
    record asks for a hundred of them)."""

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term


_COOP, _PROV, _DCTERMS, _SKOS, _RDFS = (_Terms(n) for n in (COOP, PROV, DCTERMS, SKOS, RDFS))
RDF_JSON = RDF.JSON

Provenance = TypingLiteral["full", "compact", "none"]
#: The provenance modes, most triples first.
PROVENANCE: tuple[str, ...] = ("full", "compact", "none")

Triple = tuple[URIRef, URIRef, URIRef | Literal]

#: Record field -> ontology property, for evidence and derived markers.
FIELD_PROPERTIES: dict[str, URIRef] = {
    "title": COOP.title,
    "acronym": COOP.acronym,
    "description": COOP.description,
    "start_date": COOP.startDate,
    "end_date": COOP.endDate,
    "status": COOP.status,
    "programme": COOP.programme,
    "period": COOP.period,
    "eu_funding_eur": COOP.euFunding,
    "total_budget_eur": COOP.totalBudget,
    "cofinancing_rate": COOP.cofinancingRate,
    "partner_count": COOP.partnerCount,
    "partners": COOP.hasPartner,
    "countries": COOP.country,
    "regions": COOP.regionMention,
    "themes": COOP.keyword,
    "website": COOP.website,
    "results": COOP.result,
    "indicators": COOP.hasIndicator,
    "language": DCTERMS.language,
    "page_language": COOP.pageLanguage,
}


#: Partner field -> ontology property, for partner-level corrections.
PARTNER_PROPERTIES: dict[str, URIRef] = {
    "name": COOP.nameInNotice,
    "country": COOP.country,
    "role": COOP.role,
    "partner_budget_eur": COOP.partnerBudget,
    "city": COOP.city,
    "address": COOP.address,
    "vat": COOP.vatNumber,
}


class CorrectionLike(Protocol):
    """What :func:`add_correction` needs of an applied correction."""

    source: str
    number: int
    field: str
    value: str | None
    replaced: str | None
    file: str
    note: str
    partner: str | None


class OrganisationLike(Protocol):
    """What :func:`add_organisation` needs of a resolved organisation."""

    key: str
    name: str
    alt_names: tuple[str, ...]
    country: str | None
    region: str | None


def new_graph() -> Graph:
    """An empty graph with coopkg's prefixes bound."""
    g = Graph(bind_namespaces="core")
    g.bind("coop", COOP._NS)
    g.bind("skos", SKOS)
    g.bind("dcterms", DCTERMS)
    g.bind("prov", PROV)
    g.bind("owl", OWL)
    g.bind("schema", SCHEMA)
    g.bind("nuts", identity.NUTS_BASE)
    g.bind("country", identity.COUNTRY_BASE)
    g.bind("lang", identity.LANGUAGE_BASE)
    g.bind("programme", identity.VOCAB_BASE + "programme/")
    g.bind("period", identity.VOCAB_BASE + "period/")
    g.bind("theme", identity.VOCAB_BASE + "theme/")
    g.bind("role", identity.VOCAB_BASE + "role/")
    g.bind("status", identity.VOCAB_BASE + "status/")
    return g


def _money(value: float) -> Literal:
    return Literal(Decimal(f"{value:.2f}"), datatype=XSD.decimal)


def _decimal(value: float, places: int = 6) -> Literal:
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    if "." not in text:
        text += ".0"
    return Literal(Decimal(text), datatype=XSD.decimal)


def _text(value: str, language: str | None) -> Literal:
    return Literal(value, lang=language) if language else Literal(value)


def _date(value: dt.date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


def _language_iri(code: str) -> URIRef | None:
    import pycountry

    lang = pycountry.languages.get(alpha_2=code)
    return identity.language_iri(lang.alpha_3) if lang else None


@functools.lru_cache(maxsize=1024)
def _country_iri(alpha2: str) -> URIRef:
    # Cached: pycountry's lookup costs about a millisecond, once per partner and project.
    from coopkg.records.countries import country_iri_code

    return identity.country_iri(country_iri_code(alpha2))


def add_notice(
    g: Graph,
    record: ProjectRecord,
    minter: Minter,
    media_type: str | None,
    provenance: Provenance = "full",
) -> URIRef:
    """The notice a record was read from, as a PROV entity (and its extraction activity)."""
    notice = minter.notice(record.sha256)
    g.add((notice, _TYPE, _COOP.Notice))
    g.add((notice, _TYPE, _PROV.Entity))
    g.add((notice, _COOP.sourcePath, Literal(record.source)))
    g.add((notice, _COOP.sha256, Literal(record.sha256)))
    if media_type:
        g.add((notice, _COOP.mediaType, Literal(media_type)))
    for prop, code in (
        (_DCTERMS.language, record.language),
        (_COOP.pageLanguage, record.page_language),
    ):
        iri = _language_iri(code) if code else None
        if iri is not None:
            g.add((notice, prop, iri))
    if provenance != "full":
        return notice
    extraction = minter.extraction(record.sha256)
    g.add((extraction, _TYPE, _COOP.Extraction))
    g.add((extraction, _TYPE, _PROV.Activity))
    g.add((extraction, _PROV.used, notice))
    return notice


# The evidence terms, looked up once (a DefinedNamespace attribute costs a method call).
_EV = {
    name: COOP[name]
    for name in ("hasEvidence", "FieldEvidence", "recordField", "evidenceFor", "extractedValue",
                 "quote", "charStart", "charEnd", "rule", "confidence", "derived",
                 "derivedEvidence")
}  # fmt: skip
_TYPE, _INTEGER, _DERIVED_FROM, _GENERATED_BY = (
    RDF.type, XSD.integer, PROV.wasDerivedFrom, PROV.wasGeneratedBy
)  # fmt: skip


# Evidence repeats few field names, rules, offsets and confidences across a build's
# hundreds of thousands of evidence nodes: their literals are built once (an rdflib
# Literal costs some microseconds; terms are immutable, so sharing them is safe).
@functools.lru_cache(maxsize=4096)
def _name_literal(text: str) -> Literal:
    return Literal(text)


@functools.lru_cache(maxsize=65536)
def _integer_literal(value: int) -> Literal:
    return Literal(value, datatype=_INTEGER)


@functools.lru_cache(maxsize=4096)
def _confidence_literal(value: float) -> Literal:
    return _decimal(value, 3)


@functools.lru_cache(maxsize=2)
def _boolean_literal(value: bool) -> Literal:
    return Literal(value)


def file_span(ev: Evidence) -> tuple[int, int, str] | None:
    """(start, end, quote) of an evidence's passage in the input file as read, or None.

    Evidence read from a file carries its file span (``file_start``, ``file_end``,
    ``file_quote``; only the quote when the passage was not found there). Evidence made in
    memory carries none of the three: its text is its own file, so its span is the file's.

    >>> file_span(Evidence("acronym", "X", 3, 4, "X", "rule", 1.0))
    (3, 4, 'X')
    >>> file_span(Evidence("acronym", "X", 3, 4, "X", "rule", 1.0, file_quote="X"))
    """
    if ev.file_start is not None and ev.file_end is not None:
        return ev.file_start, ev.file_end, ev.file_quote or ""
    if ev.file_quote is None:
        return ev.start, ev.end, ev.quote
    return None


def add_evidence(
    g: Graph,
    subject: URIRef,
    record: ProjectRecord,
    minter: Minter,
    current: tuple[str, ...] = (),
    set_aside: tuple[str, ...] = (),
) -> None:
    """One coop:FieldEvidence node per extracted value, linked to the notice (PROV-O).

    Fields in ``current``/``set_aside`` (sources disagree on them) get
    ``coop:currentValue`` true/false: the precedence kept or set aside this value.
    """
    notice = minter.notice(record.sha256)
    extraction = minter.extraction(record.sha256)
    counters: dict[str, int] = {}
    ev_ = _EV
    add = g.add
    for ev in sorted(record.evidence, key=lambda e: (e.field, e.start, e.end, e.value)):
        index = counters.get(ev.field, 0)
        counters[ev.field] = index + 1
        node = minter.evidence(record.sha256, ev.field, index)
        add((subject, ev_["hasEvidence"], node))
        add((node, _TYPE, ev_["FieldEvidence"]))
        add((node, ev_["recordField"], _name_literal(ev.field)))
        prop = FIELD_PROPERTIES.get(ev.field)
        if prop is not None:
            add((node, ev_["evidenceFor"], prop))
        add((node, ev_["extractedValue"], Literal(ev.value)))
        # The passage as it stands in the input file (file_span); a passage text
        # normalisation rewrote beyond recognition keeps its quote and no offsets rather
        # than offsets into a text no reader has.
        span = file_span(ev)
        add((node, ev_["quote"], Literal(ev.quote if span is None else span[2])))
        if span is not None:
            add((node, ev_["charStart"], _integer_literal(span[0])))
            add((node, ev_["charEnd"], _integer_literal(span[1])))
        add((node, ev_["rule"], _name_literal(ev.rule)))
        add((node, ev_["confidence"], _confidence_literal(ev.confidence)))
        add((node, ev_["derived"], _boolean_literal(ev.derived)))
        if ev.derived:
            add((subject, ev_["derivedEvidence"], node))
        if ev.field in current or ev.field in set_aside:
            add((node, _COOP.currentValue, Literal(ev.field in current)))
        add((node, _DERIVED_FROM, notice))
        add((node, _GENERATED_BY, extraction))
    _add_bare_evidence(g, subject, record, minter, set_aside)


def _add_bare_evidence(
    g: Graph, subject: URIRef, record: ProjectRecord, minter: Minter, set_aside: tuple[str, ...]
) -> None:
    """A value set aside is not on the project: if no evidence holds it (a record made in
    memory), it gets a bare one, so the graph keeps every value with its source."""
    notice = minter.notice(record.sha256)
    add = g.add
    ev_ = _EV
    for name in sorted(set(set_aside) - {ev.field for ev in record.evidence}):
        value = getattr(record, name, None)
        if value is None:
            continue
        node = minter.evidence(record.sha256, name, 0)
        add((subject, ev_["hasEvidence"], node))
        add((node, _TYPE, ev_["FieldEvidence"]))
        add((node, ev_["recordField"], Literal(name)))
        prop = FIELD_PROPERTIES.get(name)
        if prop is not None:
            add((node, ev_["evidenceFor"], prop))
        add((node, ev_["extractedValue"], Literal(str(value))))
        add((node, _COOP.currentValue, Literal(False)))
        add((node, _DERIVED_FROM, notice))


def add_compact_evidence(
    g: Graph,
    record: ProjectRecord,
    minter: Minter,
    current: tuple[str, ...] = (),
    set_aside: tuple[str, ...] = (),
) -> None:
    """One ``coop:evidenceRecord`` literal (``rdf:JSON``) per extracted value, on the notice.

    As in :func:`add_evidence`, a value sources disagree on carries ``"current"``.
    """
    notice = minter.notice(record.sha256)
    for ev in sorted(record.evidence, key=lambda e: (e.field, e.start, e.end, e.value)):
        item: dict[str, object] = {
            "field": ev.field,
            "value": ev.value,
            "rule": ev.rule,
            "confidence": round(ev.confidence, 3),
            "derived": ev.derived,
        }
        span = file_span(ev)
        if span is not None:  # offsets into the file as read, as in "full"
            item["start"], item["end"] = span[0], span[1]
        if ev.field in current or ev.field in set_aside:
            item["current"] = ev.field in current
        text = json.dumps(item, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        g.add((notice, _COOP.evidenceRecord, Literal(text, datatype=RDF_JSON)))


def add_linked_record(
    g: Graph,
    linked: LinkedRecord,
    minter: Minter,
    *,
    media_type: str | None = None,
    provenance: Provenance = "full",
    evidence: bool = True,
) -> URIRef:
    """All triples of one linked record; returns the project IRI.

    ``evidence=False`` leaves out the evidence nodes of ``"full"`` provenance (written as
    N-Triples text by :func:`evidence_lines` instead: most of a graph's triples).

    A fact another source of the project states differently, and the precedence set
    aside (``linked.set_aside``), is not written on the project: it stays in the
    record's evidence, marked ``coop:currentValue false``.
    """
    record = linked.record
    lang = record.language
    aside = set(linked.set_aside)
    project = minter.project(linked.project_id)
    notice = add_notice(g, record, minter, media_type, provenance)
    g.add((project, _TYPE, _COOP.Project))
    g.add((project, _COOP.describedBy, notice))
    if record.title:
        g.add((project, _COOP.title, _text(record.title, lang)))
    if record.acronym and "acronym" not in aside:
        g.add((project, _COOP.acronym, Literal(record.acronym)))
    if record.description:
        g.add((project, _COOP.description, _text(record.description, lang)))
    if record.start_date and "start_date" not in aside:
        g.add((project, _COOP.startDate, _date(record.start_date)))
    if record.end_date and "end_date" not in aside:
        g.add((project, _COOP.endDate, _date(record.end_date)))
    if record.status and "status" not in aside:
        g.add((project, _COOP.status, identity.status_iri(record.status)))
    if record.programme:
        g.add((project, _COOP.programmeName, Literal(record.programme)))
    if linked.programme_id and "programme_id" not in aside:
        g.add((project, _COOP.programme, identity.programme_iri(linked.programme_id)))
    if linked.period_id and "programme_id" not in aside:
        g.add((project, _COOP.period, identity.period_iri(linked.period_id)))
    if record.eu_funding_eur is not None and "eu_funding_eur" not in aside:
        g.add((project, _COOP.euFunding, _money(record.eu_funding_eur)))
    if record.total_budget_eur is not None and "total_budget_eur" not in aside:
        g.add((project, _COOP.totalBudget, _money(record.total_budget_eur)))
    if record.cofinancing_rate is not None and "cofinancing_rate" not in aside:
        g.add((project, _COOP.cofinancingRate, _decimal(record.cofinancing_rate, 4)))
    if record.partner_count is not None and "partner_count" not in aside:
        g.add((project, _COOP.partnerCount, Literal(record.partner_count, datatype=_INTEGER)))
    website = identity.web_iri(record.website) if record.website else None
    if website is not None:
        g.add((project, _COOP.website, website))
    for country in record.countries:
        g.add((project, _COOP.country, _country_iri(country)))
    for mention in record.regions:
        g.add((project, _COOP.regionMention, Literal(mention)))
    for link in linked.regions:
        if link.nuts_code:
            g.add((project, _COOP.region, _region_iri(link.nuts_code)))
    for keyword in record.themes:
        g.add((project, _COOP.keyword, _text(keyword, lang)))
    for result in record.results:
        g.add((project, _COOP.result, _text(result, lang)))
    for index, indicator in enumerate(record.indicators):
        node = minter.indicator(linked.project_id, index)
        g.add((project, _COOP.hasIndicator, node))
        g.add((node, _TYPE, _COOP.Indicator))
        g.add((node, _RDFS.label, _text(indicator.label, indicator.language or lang)))
        g.add((node, _COOP.indicatorValue, _decimal(indicator.value, 3)))
        if indicator.qualifier:
            g.add((node, _COOP.qualifier, Literal(indicator.qualifier)))
    for rank, score in enumerate(linked.themes, start=1):
        theme = identity.theme_iri(score.theme_id)
        node = minter.theme_assignment(linked.project_id, score.theme_id)
        g.add((project, _COOP.theme, theme))
        g.add((project, _COOP.hasThemeAssignment, node))
        g.add((node, _TYPE, _COOP.ThemeAssignment))
        g.add((node, _COOP.assignedTheme, theme))
        g.add((node, _COOP.themeScore, _decimal(score.score, 3)))
        g.add((node, _COOP.rank, Literal(rank, datatype=_INTEGER)))
        for word in score.matched:
            g.add((node, _COOP.keyword, Literal(word)))
    _add_participations(g, project, linked, minter)
    for name in record.derived:
        prop = FIELD_PROPERTIES.get(name)
        if prop is not None:
            g.add((project, _COOP.derivedProperty, prop))
    if provenance == "full" and evidence:
        add_evidence(g, project, record, minter, linked.current, tuple(sorted(aside)))
    elif provenance == "full":
        _add_bare_evidence(g, project, record, minter, tuple(sorted(aside)))
    elif provenance == "compact":
        add_compact_evidence(g, record, minter, linked.current, tuple(sorted(aside)))
    return project


def _add_participations(g: Graph, project: URIRef, linked: LinkedRecord, minter: Minter) -> None:
    record = linked.record
    # Another source's role or budget is the participation's (the precedence chose it).
    aside = set(linked.partners_set_aside)
    for index, (partner, org_key) in enumerate(
        zip(record.partners, linked.organisation_ids, strict=True)
    ):
        org = minter.organisation(org_key)
        part = minter.participation(linked.project_id, org_key)
        g.add((project, _COOP.hasPartner, org))
        g.add((project, _COOP.hasParticipation, part))
        g.add((part, _TYPE, _COOP.Participation))
        g.add((part, _COOP.inProject, project))
        g.add((part, _COOP.participant, org))
        g.add((part, _COOP.nameInNotice, Literal(partner.name)))
        if partner.role and ("role", index) not in aside:
            g.add((part, _COOP.role, identity.role_iri(partner.role)))
            if partner.role == "lead":
                g.add((project, _COOP.leadPartner, org))
        if partner.partner_budget_eur is not None and ("partner_budget_eur", index) not in aside:
            g.add((part, _COOP.partnerBudget, _money(partner.partner_budget_eur)))
        if partner.city:
            g.add((org, _COOP.city, Literal(partner.city)))
        if partner.address:
            g.add((org, _COOP.address, Literal(partner.address)))
        if partner.vat:
            g.add((org, _COOP.vatNumber, Literal(partner.vat)))


def add_organisation(g: Graph, org: OrganisationLike, minter: Minter) -> URIRef:
    """One resolved organisation: preferred and alternative names, country, region."""
    node = minter.organisation(org.key)
    g.add((node, _TYPE, _COOP.Organisation))
    g.add((node, _SKOS.prefLabel, Literal(org.name)))
    for alt in sorted(set(org.alt_names) - {org.name}):
        g.add((node, _SKOS.altLabel, Literal(alt)))
    if org.country:
        g.add((node, _COOP.country, _country_iri(org.country)))
        if getattr(org, "country_derived", False):
            # Read off places in its names, never written: marked as a project's inferred
            # values are.
            g.add((node, _COOP.derivedProperty, _COOP.country))
    if org.region:
        g.add((node, _COOP.region, _region_iri(org.region)))
    rule = getattr(org, "match_rule", None)
    if rule:
        g.add((node, _COOP.matchRule, Literal(rule)))
    return node


def add_correction(g: Graph, project_key: str, fix: CorrectionLike, minter: Minter) -> URIRef:
    """A correction from the user's file, on the project it applies to.

    The corrected value itself is written by :func:`add_linked_record` like any value; this
    node says which property was set or removed, to what, replacing which extracted value,
    from which file and why (the note). The extraction evidence stays as it was.
    """
    project = minter.project(project_key)
    node = minter.correction(project_key, fix.number)
    g.add((project, COOP.hasCorrection, node))
    g.add((node, RDF.type, COOP.Correction))
    g.add((node, RDF.type, PROV.Entity))
    g.add((node, RDFS.label, Literal(f"fix #{fix.number}")))
    g.add((node, COOP.recordField, Literal(fix.field)))
    table = PARTNER_PROPERTIES if fix.partner and fix.field != "partners" else FIELD_PROPERTIES
    prop = table.get(fix.field)
    if prop is not None:
        g.add((node, COOP.correctedProperty, prop))
    if fix.value is not None:
        g.add((node, COOP.correctedValue, Literal(fix.value)))
    if fix.replaced is not None:
        g.add((node, COOP.replacedValue, Literal(fix.replaced)))
    if fix.partner:
        g.add((node, COOP.correctedPartner, Literal(fix.partner)))
    g.add((node, COOP.correctionsFile, Literal(fix.file)))
    if fix.note:
        g.add((node, SKOS.note, Literal(fix.note)))
    return node


def _region_iri(code: str) -> URIRef:
    if code.startswith("area:"):
        return identity.area_iri(code.removeprefix("area:"))
    return identity.nuts_iri(code)


def add_vocabulary(g: Graph) -> None:
    """Label every region, country, programme, period, theme, role and status used."""
    _add_regions(g)
    _add_countries(g)
    _add_programmes(g)
    _add_concepts(g, COOP.theme, _theme_labels())
    _add_concepts(g, COOP.role, _simple_labels("role"))
    _add_concepts(g, COOP.status, _simple_labels("status"))


def _used_objects(g: Graph, prop: URIRef) -> list[URIRef]:
    return sorted({o for o in g.objects(None, prop) if isinstance(o, URIRef)})


def _add_regions(g: Graph) -> None:
    from coopkg.records import gazetteer

    todo = _used_objects(g, COOP.region)
    seen: set[URIRef] = set()
    while todo:
        iri = todo.pop()
        if iri in seen:
            continue
        seen.add(iri)
        text = str(iri)
        if text.startswith(identity.NUTS_BASE):
            region = gazetteer.region(text.removeprefix(identity.NUTS_BASE))
            if region is None:
                continue
            g.add((iri, RDF.type, COOP.Region))
            g.add((iri, SKOS.prefLabel, Literal(region.name)))
            g.add((iri, SKOS.notation, Literal(region.code)))
            g.add((iri, COOP.nutsLevel, Literal(region.level, datatype=XSD.integer)))
            if region.version:
                g.add((iri, COOP.nutsVersion, Literal(region.version)))
                g.add((iri, SKOS.inScheme, identity.nuts_scheme_iri(region.version)))
            for alt in sorted(set(region.names) - {region.name}):
                g.add((iri, SKOS.altLabel, Literal(alt)))
            if region.country:
                g.add((iri, COOP.country, _country_iri(region.country)))
            if region.parent:
                parent = identity.nuts_iri(region.parent)
                g.add((iri, SKOS.broader, parent))
                todo.append(parent)
        elif text.startswith(identity.VOCAB_BASE + "area/"):
            area_id = text.rsplit("/", 1)[1]
            g.add((iri, RDF.type, COOP.CooperationArea))
            g.add((iri, RDF.type, COOP.Region))
            found = gazetteer.area(area_id)
            if found is not None:
                g.add((iri, SKOS.prefLabel, Literal(found.name, lang="en")))
                for alt in sorted(set(found.names) - {found.name}):
                    g.add((iri, SKOS.altLabel, Literal(alt)))


def _add_countries(g: Graph) -> None:
    from coopkg.records.countries import country_labels

    for iri in _used_objects(g, COOP.country):
        codes = {str(c) for c in g.objects(iri, COOP.countryCode)}
        alpha2 = next(iter(codes), None) or _alpha2_of(iri)
        if alpha2 is None:
            continue
        g.add((iri, RDF.type, COOP.Country))
        g.add((iri, COOP.countryCode, Literal(alpha2)))
        for lang, name in sorted(country_labels(alpha2).items()):
            g.add((iri, SKOS.prefLabel, Literal(name, lang=lang)))


def _alpha2_of(iri: URIRef) -> str | None:
    import pycountry

    alpha3 = str(iri).removeprefix(identity.COUNTRY_BASE)
    country = pycountry.countries.get(alpha_3=alpha3)
    return country.alpha_2 if country else None


def _add_programmes(g: Graph) -> None:
    from coopkg.records import vocab

    for iri in _used_objects(g, COOP.programme):
        concept = vocab.programme_by_id(str(iri).rsplit("/", 1)[1])
        if concept is None:
            continue
        g.add((iri, RDF.type, COOP.Programme))
        g.add((iri, RDF.type, SKOS.Concept))
        g.add((iri, SKOS.prefLabel, Literal(concept.label, lang="en")))
        if concept.strand:
            g.add((iri, COOP.strand, Literal(concept.strand)))
        if concept.generation:
            g.add((iri, COOP.generation, Literal(concept.generation)))
        if concept.period:
            g.add((iri, COOP.period, identity.period_iri(concept.period)))
        if concept.area:
            g.add((iri, COOP.area, Literal(concept.area)))
    for iri in _used_objects(g, COOP.period):
        label = str(iri).rsplit("/", 1)[1]
        g.add((iri, RDF.type, COOP.Period))
        g.add((iri, RDFS.label, Literal(label)))
        start, _, end = label.partition("-")
        if start.isdigit() and end.isdigit():
            g.add((iri, COOP.startYear, Literal(start, datatype=XSD.gYear)))
            g.add((iri, COOP.endYear, Literal(end, datatype=XSD.gYear)))


def _theme_labels() -> dict[URIRef, dict[str, str]]:
    from coopkg.records import vocab

    return {URIRef(t.iri): dict(t.labels) for t in vocab.themes()}


def _simple_labels(kind: str) -> dict[URIRef, dict[str, str]]:
    from coopkg.records import vocab

    concepts = vocab.roles() if kind == "role" else vocab.statuses()
    # A role has several labels per language ("chef de file", "partenaire chef de file"):
    # the first one is the preferred label.
    return {
        URIRef(c.iri): {lang: names[0] for lang, names in c.labels.items() if names}
        for c in concepts
    }


def _add_concepts(g: Graph, prop: URIRef, labels: dict[URIRef, dict[str, str]]) -> None:
    cls = {COOP.theme: COOP.Theme, COOP.role: COOP.Role, COOP.status: COOP.Status}[prop]
    for iri in _used_objects(g, prop):
        g.add((iri, RDF.type, cls))
        g.add((iri, RDF.type, SKOS.Concept))
        for lang, label in sorted(labels.get(iri, {}).items()):
            g.add((iri, SKOS.prefLabel, Literal(label, lang=lang)))


class TripleList(list[Triple]):
    """Triples in a plain list: what the ``add_*`` functions need of a graph (``add``)."""

    add = list.append


#: The properties whose objects :func:`add_vocabulary` labels.
VOCABULARY_PROPERTIES = frozenset(
    (COOP.region, COOP.country, COOP.programme, COOP.period, COOP.theme, COOP.role, COOP.status)
)


def graph_chunks(
    linked: Iterable[LinkedRecord],
    organisations: Iterable[OrganisationLike],
    *,
    base: str = identity.DEFAULT_BASE,
    media_types: dict[str, str] | None = None,
    provenance: Provenance = "full",
    corrections: Iterable[CorrectionLike] = (),
    chunk: int = 256,
) -> Iterator[list[Triple]]:
    """The triples of a whole graph, in lists of about ``chunk`` records' triples.

    Only the vocabulary terms used so far are kept between chunks, so memory stays
    bounded by the chunk, not by the graph. The same input gives the same triples as
    :func:`build_graph` (which collects them).
    """
    for triples, _text in _chunked(
        linked,
        organisations,
        base=base,
        media_types=media_types,
        provenance=provenance,
        corrections=corrections,
        chunk=chunk,
        evidence_as_text=False,
    ):
        yield triples


def _chunked(
    linked: Iterable[LinkedRecord],
    organisations: Iterable[OrganisationLike],
    *,
    base: str,
    media_types: dict[str, str] | None,
    provenance: Provenance,
    corrections: Iterable[CorrectionLike],
    chunk: int,
    evidence_as_text: bool,
) -> Iterator[tuple[list[Triple], list[str]]]:
    """The walk behind :func:`graph_chunks` and :func:`graph_lines`: each chunk's rdflib
    triples and, with ``evidence_as_text`` and full provenance, its evidence nodes as
    N-Triples lines instead of triples (most of a graph's triples: text is cheaper)."""
    if provenance not in PROVENANCE:
        raise ValueError(f"unknown provenance {provenance!r}: expected {', '.join(PROVENANCE)}")
    minter = Minter(base)
    types = media_types or {}
    used: set[Triple] = set()
    placeholder = URIRef("urn:coopkg:used")
    batch = TripleList()
    text: list[str] = []
    as_text = evidence_as_text and provenance == "full"

    def flush() -> tuple[list[Triple], list[str]]:
        for _s, p, o in batch:
            if p in VOCABULARY_PROPERTIES:
                used.add((placeholder, p, o))
        out = (list(batch), list(text))
        batch.clear()
        text.clear()
        return out

    project_of: dict[str, str] = {}
    for count, item in enumerate(linked, start=1):
        project = add_linked_record(
            batch,
            item,
            minter,
            media_type=types.get(item.record.source),
            provenance=provenance,
            evidence=not as_text,
        )
        if as_text:
            aside = tuple(sorted(set(item.set_aside)))
            text.extend(evidence_lines(project, item.record, minter, item.current, aside))
        project_of[item.record.source] = item.project_id
        if count % chunk == 0:
            yield flush()
    for fix in corrections:
        if fix.source in project_of:
            add_correction(batch, project_of[fix.source], fix, minter)  # type: ignore[arg-type]
    for org in organisations:
        add_organisation(batch, org, minter)
    yield flush()
    vocabulary = Graph()
    for triple in used:
        vocabulary.add(triple)
    add_vocabulary(vocabulary)
    vocabulary.remove((placeholder, None, None))
    yield sorted(vocabulary), []  # type: ignore[arg-type]


# --- N-Triples text ---------------------------------------------------------------------


def nt_term(term: object) -> str:
    """An rdflib term in N-Triples syntax (no blank nodes: coopkg writes none)."""
    if isinstance(term, Literal):
        text = plain_literal(str(term))
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None:
            return f"{text}^^<{term.datatype}>"
        return text
    return f"<{term}>"


# The N-Triples text of the evidence terms and of the literals evidence repeats, made
# from the same rdflib terms as :func:`add_evidence` uses, so the text is the same.
_EV_NT = {name: f"<{iri}>" for name, iri in _EV.items()}
_TYPE_NT, _DERIVED_FROM_NT, _GENERATED_BY_NT, _CURRENT_NT = (
    f"<{_TYPE}>", f"<{_DERIVED_FROM}>", f"<{_GENERATED_BY}>", f"<{COOP.currentValue}>"
)  # fmt: skip
_FIELD_NT = {name: f"<{prop}>" for name, prop in FIELD_PROPERTIES.items()}


@functools.lru_cache(maxsize=4096)
def _name_nt(text: str) -> str:
    return nt_term(_name_literal(text))


@functools.lru_cache(maxsize=65536)
def _integer_nt(value: int) -> str:
    return nt_term(_integer_literal(value))


@functools.lru_cache(maxsize=4096)
def _confidence_nt(value: float) -> str:
    return nt_term(_confidence_literal(value))


@functools.lru_cache(maxsize=4)
def _boolean_nt(value: bool) -> str:
    return nt_term(Literal(value))


def _plain_nt(value: object) -> str:
    """``nt_term(Literal(value))``, without the Literal for the usual plain string."""
    if type(value) is str:
        return plain_literal(value)
    return nt_term(Literal(value))


def evidence_lines(
    subject: URIRef,
    record: ProjectRecord,
    minter: Minter,
    current: tuple[str, ...] = (),
    set_aside: tuple[str, ...] = (),
) -> list[str]:
    """The N-Triples lines of :func:`add_evidence`'s evidence nodes (not its bare nodes
    for values set aside: :func:`add_linked_record` adds those with ``evidence=False``).

    The same text as :func:`nt_lines` of those triples, written without building an
    rdflib term per value: evidence is most of a full-provenance graph.
    """
    notice = f"<{minter.notice(record.sha256)}>"
    extraction = f"<{minter.extraction(record.sha256)}>"
    has_evidence = f"<{subject}> {_EV_NT['hasEvidence']} "
    typed = f" {_TYPE_NT} {_EV_NT['FieldEvidence']} .\n"
    field_p, for_p, value_p, quote_p, start_p, end_p, rule_p, confidence_p, derived_p = (
        f" {_EV_NT[name]} "
        for name in ("recordField", "evidenceFor", "extractedValue", "quote", "charStart",
                     "charEnd", "rule", "confidence", "derived")
    )  # fmt: skip
    tail = f" {_DERIVED_FROM_NT} {notice} .\n"
    generated = f" {_GENERATED_BY_NT} {extraction} .\n"
    heads: dict[str, str] = {}
    counters: dict[str, int] = {}
    out: list[str] = []
    append = out.append
    for ev in sorted(record.evidence, key=lambda e: (e.field, e.start, e.end, e.value)):
        name = ev.field
        index = counters.get(name, 0)
        counters[name] = index + 1
        head = heads.get(name)
        if head is None:  # the node IRIs of one field differ only in their last segment
            head = heads[name] = str(minter.evidence(record.sha256, name, 0))[:-1]
        node = f"<{head}{index}>"
        append(f"{has_evidence}{node} .\n")
        append(node + typed)
        append(f"{node}{field_p}{_name_nt(name)} .\n")
        prop = _FIELD_NT.get(name)
        if prop is not None:
            append(f"{node}{for_p}{prop} .\n")
        append(f"{node}{value_p}{_plain_nt(ev.value)} .\n")
        span = file_span(ev)
        append(f"{node}{quote_p}{_plain_nt(ev.quote if span is None else span[2])} .\n")
        if span is not None:
            append(f"{node}{start_p}{_integer_nt(span[0])} .\n")
            append(f"{node}{end_p}{_integer_nt(span[1])} .\n")
        append(f"{node}{rule_p}{_name_nt(ev.rule)} .\n")
        append(f"{node}{confidence_p}{_confidence_nt(ev.confidence)} .\n")
        append(f"{node}{derived_p}{_boolean_nt(ev.derived)} .\n")
        if ev.derived:  # a derived value's evidence, linked from the project (derived-values)
            append(f"<{subject}> {_EV_NT['derivedEvidence']} {node} .\n")
        if name in current or name in set_aside:
            append(f"{node} {_CURRENT_NT} {_boolean_nt(name in current)} .\n")
        append(node + tail)
        append(node + generated)
    return out


def graph_lines(
    linked: Iterable[LinkedRecord],
    organisations: Iterable[OrganisationLike],
    *,
    base: str = identity.DEFAULT_BASE,
    media_types: dict[str, str] | None = None,
    provenance: Provenance = "full",
    corrections: Iterable[CorrectionLike] = (),
    chunk: int = 256,
    facts: Callable[[list[str]], None] | None = None,
    summaries: Callable[[Iterable[str]], None] | None = None,
) -> Iterator[list[str]]:
    """The triples of :func:`graph_chunks` as N-Triples lines (with their newline), in
    lists of about ``chunk`` records' lines; evidence is written as text directly
    (:func:`evidence_lines`), the rest through rdflib terms.

    ``facts``, if given, is called with each chunk's lines other than the evidence
    nodes' (those are about notices only: a build counts projects, organisations,
    themes... in the rest without reading them).

    ``summaries``, if given, is called once at the end with the summary triples of
    :mod:`coopkg.graph.summaries` (N-Triples lines in no order, each once, to be taken as
    they come; not part of the graph: a build's store keeps them in their own named
    graph for the saved queries).

    The same lines as :func:`nt_lines` of :func:`graph_chunks`' triples, in another
    order within a chunk (a build sorts them).
    """
    from coopkg.graph.summaries import SummaryCollector

    collector = SummaryCollector() if summaries is not None else None
    for triples, text in _chunked(
        linked,
        organisations,
        base=base,
        media_types=media_types,
        provenance=provenance,
        corrections=corrections,
        chunk=chunk,
        evidence_as_text=True,
    ):
        out = nt_lines(triples)
        if collector is not None:
            collector.add_lines(out)
        if facts is not None:
            facts(out)
        out += text
        yield out
    if summaries is not None and collector is not None:
        summaries(collector.unsorted_lines())


def build_graph(
    linked: Iterable[LinkedRecord],
    organisations: Iterable[OrganisationLike],
    *,
    base: str = identity.DEFAULT_BASE,
    media_types: dict[str, str] | None = None,
    provenance: Provenance = "full",
    corrections: Iterable[CorrectionLike] = (),
) -> Graph:
    """A whole graph from linked records, their resolved organisations and corrections."""
    g = new_graph()
    for triples in graph_chunks(
        linked,
        organisations,
        base=base,
        media_types=media_types,
        provenance=provenance,
        corrections=corrections,
    ):
        for triple in triples:
            g.add(triple)
    return g
