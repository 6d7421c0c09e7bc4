"""Graph writing from hand-made linked records (no extraction, no parsing)."""

from __future__ import annotations

import datetime as dt

from rdflib import RDF, SKOS, XSD, Literal

from coopkg.graph import identity
from coopkg.graph.identity import Minter
from coopkg.graph.namespace import COOP
from coopkg.graph.triples import add_linked_record, new_graph
from coopkg.records import Evidence, LinkedRecord, Partner, ProjectRecord, RegionLink, ThemeScore
from coopkg.store.export import turtle_bytes

RECORD = ProjectRecord(
    source="notices/alps.txt",
    sha256="f00d",
    language="en",
    title="Alpine Cooling Network",
    acronym="ACN",
    start_date=dt.date(2019, 3, 1),
    end_date=dt.date(2022, 2, 28),
    status="finished",
    programme="Interreg Alpine Space",
    period="2014-2020",
    eu_funding_eur=1_200_000.5,
    cofinancing_rate=0.85,
    partner_count=2,
    partners=(
        Partner("Energieinstitut Vorarlberg", "AT", "lead", partner_budget_eur=300_000.0),
        Partner("Comune di Bolzano", "IT", "partner"),
    ),
    countries=("AT", "IT"),
    regions=("Vorarlberg",),
    derived=("status",),
    evidence=(
        Evidence("acronym", "ACN", 10, 13, "ACN", "title:paren", 1.0),
        Evidence("status", "finished", 40, 50, "28.02.2022", "status:from-end-date", 0.5, True),
    ),
)
LINKED = LinkedRecord(
    record=RECORD,
    project_id="alpine-space-2014-2020-acn",
    organisation_ids=("at-energieinstitut-vorarlberg", "it-comune-di-bolzano"),
    regions=(RegionLink("Vorarlberg", "AT34", 2),),
    programme_id="alpine-space-2014-2020",
    period_id="2014-2020",
    themes=(ThemeScore("energy-efficiency", 0.8, ("energy",)),),
)


def _graph():
    g = new_graph()
    project = add_linked_record(g, LINKED, Minter(), media_type="text/plain")
    return g, project


def test_project_values_are_typed() -> None:
    g, project = _graph()
    assert (project, RDF.type, COOP.Project) in g
    assert g.value(project, COOP.title) == Literal("Alpine Cooling Network", lang="en")
    assert g.value(project, COOP.startDate) == Literal("2019-03-01", datatype=XSD.date)
    assert str(g.value(project, COOP.euFunding)) == "1200000.50"
    assert g.value(project, COOP.euFunding).datatype == XSD.decimal
    assert str(g.value(project, COOP.cofinancingRate)) == "0.85"
    assert g.value(project, COOP.region) == identity.nuts_iri("AT34")
    assert g.value(project, COOP.programme) == identity.programme_iri("alpine-space-2014-2020")


def test_participations_and_lead_partner() -> None:
    g, project = _graph()
    m = Minter()
    lead = m.organisation("at-energieinstitut-vorarlberg")
    assert g.value(project, COOP.leadPartner) == lead
    assert set(g.objects(project, COOP.hasPartner)) == {
        lead,
        m.organisation("it-comune-di-bolzano"),
    }
    part = m.participation("alpine-space-2014-2020-acn", "at-energieinstitut-vorarlberg")
    assert g.value(part, COOP.role) == identity.role_iri("lead")
    assert str(g.value(part, COOP.partnerBudget)) == "300000.00"
    assert g.value(part, COOP.participant) == lead


def test_derived_values_are_marked_on_project_and_evidence() -> None:
    g, project = _graph()
    assert set(g.objects(project, COOP.derivedProperty)) == {COOP.status}
    derived = [e for e in g.subjects(COOP.derived, Literal(True))]
    assert len(derived) == 1
    assert g.value(derived[0], COOP.recordField) == Literal("status")
    assert g.value(derived[0], COOP.charStart) == Literal(40, datatype=XSD.integer)


def test_no_blank_nodes_and_stable_bytes() -> None:
    g, _ = _graph()
    from rdflib import BNode

    assert not any(isinstance(t, BNode) for triple in g for t in triple)
    assert turtle_bytes(g) == turtle_bytes(_graph()[0])


def test_theme_assignment_has_rank_and_score() -> None:
    g, project = _graph()
    theme = identity.theme_iri("energy-efficiency")
    assert (project, COOP.theme, theme) in g
    node = g.value(project, COOP.hasThemeAssignment)
    assert g.value(node, COOP.rank) == Literal(1, datatype=XSD.integer)
    assert str(g.value(node, COOP.themeScore)) == "0.8"
    assert (theme, SKOS.prefLabel, None) not in g  # labels come from add_vocabulary only
