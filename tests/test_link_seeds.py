"""Linking on the seed graph: the identities the linking issue asks for."""

from __future__ import annotations

from rdflib import RDF, SKOS, Graph, Literal, URIRef

from coopkg.graph import identity
from coopkg.graph.namespace import COOP


def _project(graph: Graph, acronym: str) -> URIRef:
    (project,) = set(graph.subjects(COOP.acronym, Literal(acronym)))
    return project


def test_clusterix_partners_link_to_eight_countries(seed_graph: Graph) -> None:
    project = _project(seed_graph, "ClusteriX")
    partners = set(seed_graph.objects(project, COOP.hasPartner))
    countries = {seed_graph.value(org, COOP.country) for org in partners}
    assert len(partners) == 9
    assert {str(c).rsplit("/", 1)[1] for c in countries} == {
        "AUT", "SWE", "ITA", "DNK", "FRA", "HUN", "DEU", "ROU",
    }  # fmt: skip


def test_hungarian_and_english_names_are_one_organisation(seed_graph: Graph) -> None:
    orgs = set(seed_graph.subjects(SKOS.altLabel, Literal("West Pannon Ltd.")))
    assert len(orgs) == 1
    (org,) = orgs
    assert seed_graph.value(org, SKOS.prefLabel) == Literal("Nyugat-Pannon Nonprofit Kft")


def test_clusterix_regions_link_to_nuts(seed_graph: Graph) -> None:
    regions = set(seed_graph.objects(_project(seed_graph, "ClusteriX"), COOP.region))
    for code in ("AT12", "DK03", "HU22", "HU221", "DE122", "FRK2"):
        assert identity.nuts_iri(code) in regions, code
    lower_austria = identity.nuts_iri("AT12")
    assert seed_graph.value(lower_austria, SKOS.broader) == identity.nuts_iri("AT1")
    assert (lower_austria, SKOS.altLabel, Literal("Lower Austria")) in seed_graph


def test_programmes_link_with_period_and_strand(seed_graph: Graph) -> None:
    expected = {
        "TECHLINK": ("atlantic-area-2000-2006", "2000-2006", "B"),
        "InnoTrax": ("interreg-iiic-east", "2000-2006", "C"),
        "ClusteriX": ("interreg-ivc", "2007-2013", "C"),
    }
    for acronym, (programme_id, period, strand) in expected.items():
        programme = seed_graph.value(_project(seed_graph, acronym), COOP.programme)
        assert programme == identity.programme_iri(programme_id)
        assert seed_graph.value(programme, COOP.period) == identity.period_iri(period)
        assert seed_graph.value(programme, COOP.strand) == Literal(strand)


def test_every_project_has_a_theme_concept(seed_graph: Graph) -> None:
    for project in seed_graph.subjects(RDF.type, COOP.Project):
        themes = set(seed_graph.objects(project, COOP.theme))
        assert themes, project
        assert all((t, RDF.type, COOP.Theme) in seed_graph for t in themes)
