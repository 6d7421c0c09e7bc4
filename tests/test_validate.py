"""SHACL validation: a conforming tiny graph, and one graph per kind of violation."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from coopkg.errors import InputError
from coopkg.graph.validate import (
    ValidationReport,
    Violation,
    format_report,
    validate_file,
    validate_graph,
)
from coopkg.records.resources import read_ontology_text

COOP = "https://w3id.org/coopkg/ontology#"
EX = "https://example.org/"
ERROR = "Violation"

PREFIXES = """
@prefix coop: <https://w3id.org/coopkg/ontology#> .
@prefix role: <https://w3id.org/coopkg/role/> .
@prefix status: <https://w3id.org/coopkg/status/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.org/> .
"""

#: A small project as the graph builder writes it: every constraint satisfied.
VALID = """
ex:p a coop:Project ;
    coop:title "To build an Interregional Network of Innovation"@en ;
    coop:acronym "TECHLINK" ;
    coop:startDate "2004-01-31"^^xsd:date ;
    coop:endDate "2007-12-28"^^xsd:date ;
    coop:status status:finished ;
    coop:programme <https://w3id.org/coopkg/programme/atlantic-area-2000-2006> ;
    coop:euFunding 1103559.81 ;
    coop:cofinancingRate 0.56 ;
    coop:partnerCount 2 ;
    coop:country <http://publications.europa.eu/resource/authority/country/FRA> ;
    coop:region <http://data.europa.eu/nuts/code/FRI1> ,
        <https://w3id.org/coopkg/area/atlantic-area> ;
    coop:hasParticipation ex:pa , ex:pb ;
    coop:hasEvidence ex:ev .
ex:pa a coop:Participation ; coop:inProject ex:p ; coop:participant ex:o1 ; coop:role role:lead ;
    coop:partnerBudget 250000.00 .
ex:pb a coop:Participation ; coop:inProject ex:p ; coop:participant ex:o2 ; coop:role role:partner .
ex:o1 a coop:Organisation ;
    coop:country <http://publications.europa.eu/resource/authority/country/ESP> .
ex:o2 a coop:Organisation .
ex:ev a coop:FieldEvidence ; coop:recordField "acronym" ; coop:charStart 75 ; coop:charEnd 83 ;
    coop:confidence 0.9 ; coop:derived false .
"""


def _graph(turtle: str) -> Graph:
    return Graph().parse(data=PREFIXES + turtle, format="turtle")


def _errors(turtle: str) -> list[Violation]:
    report = validate_graph(_graph(turtle))
    assert not report.conforms
    return list(report.violations)


def test_valid_graph_conforms() -> None:
    report = validate_graph(_graph(VALID))
    assert report == ValidationReport(conforms=True, violations=())
    assert format_report(report) == "Conforms: yes (0 violations, 0 warnings)"


def test_project_without_title_or_acronym() -> None:
    assert _errors("ex:q a coop:Project .") == [
        Violation(EX + "q", None, "A project needs a title or an acronym.", "Violation")
    ]


def test_start_after_end() -> None:
    turtle = VALID.replace('"2004-01-31"^^xsd:date', '"2008-01-31"^^xsd:date')
    assert _errors(turtle) == [
        Violation(EX + "p", COOP + "startDate", "The start date is after the end date.", ERROR)
    ]


def test_cofinancing_rate_above_one() -> None:
    turtle = VALID.replace("coop:cofinancingRate 0.56", "coop:cofinancingRate 56.0")
    assert _errors(turtle) == [
        Violation(
            EX + "p",
            COOP + "cofinancingRate",
            "The co-financing rate is one xsd:decimal between 0 and 1.",
            "Violation",
        )
    ]


def test_two_lead_partners() -> None:
    turtle = VALID.replace("coop:role role:partner", "coop:role role:lead")
    assert _errors(turtle) == [
        Violation(EX + "p", None, "A project has at most one lead partner; found 2.", "Violation")
    ]


def test_country_iri_with_alpha2_code() -> None:
    turtle = VALID.replace("country/FRA", "country/FR")
    assert _errors(turtle) == [
        Violation(
            "http://publications.europa.eu/resource/authority/country/FR",
            None,
            "A country is an EU authority-table IRI with an ISO 3166 alpha-3 code.",
            "Violation",
        )
    ]


def test_malformed_nuts_iri() -> None:
    turtle = VALID.replace("nuts/code/FRI1", "nuts/code/fri1")
    assert _errors(turtle) == [
        Violation(
            "http://data.europa.eu/nuts/code/fri1",
            None,
            "A NUTS region IRI is http://data.europa.eu/nuts/code/ plus a NUTS code.",
            "Violation",
        )
    ]


def test_date_with_wrong_datatype() -> None:
    turtle = VALID.replace('"2007-12-28"^^xsd:date', '"28 déc. 2007"')
    messages = {(v.path, v.message) for v in _errors(turtle)}
    assert (COOP + "endDate", "A project has at most one end date, an xsd:date.") in messages


def test_budget_as_string() -> None:
    turtle = VALID.replace("coop:euFunding 1103559.81", 'coop:euFunding "1 103 559,81"')
    assert _errors(turtle) == [
        Violation(
            EX + "p",
            COOP + "euFunding",
            "EU funding is one non-negative xsd:decimal (euro).",
            "Violation",
        )
    ]


def test_participation_with_two_organisations() -> None:
    turtle = VALID.replace("coop:participant ex:o2", "coop:participant ex:o2 , ex:o3")
    assert _errors(turtle) == [
        Violation(
            EX + "pb",
            COOP + "participant",
            "A participation has exactly one organisation (coop:participant).",
            "Violation",
        )
    ]


def test_participation_without_project() -> None:
    turtle = VALID + "ex:pc a coop:Participation ; coop:participant ex:o2 .\n"
    assert _errors(turtle) == [
        Violation(
            EX + "pc",
            f"(<{COOP}inProject>|^<{COOP}hasParticipation>)",
            "A participation belongs to exactly one project.",
            "Violation",
        )
    ]


def test_participation_reached_only_from_the_project_conforms() -> None:
    # The builder may write only one direction of the link; either counts once.
    turtle = VALID.replace("coop:inProject ex:p ; coop:participant ex:o2", "coop:participant ex:o2")
    assert validate_graph(_graph(turtle)).conforms


def test_evidence_without_end_offset() -> None:
    turtle = VALID.replace("coop:charEnd 83 ;", "")
    assert _errors(turtle) == [
        Violation(
            EX + "ev",
            None,  # a node constraint: start and end together
            "Evidence has both offsets into the file (start and end) or neither.",
            "Violation",
        )
    ]


def test_evidence_without_offsets_conforms_without_start_does_not() -> None:
    # A passage not found in the file as read has no offsets at all: valid.
    assert validate_graph(
        _graph(VALID.replace("coop:charStart 75 ; coop:charEnd 83 ;", ""))
    ).conforms
    assert _errors(VALID.replace("coop:charStart 75 ;", "")) == [
        Violation(
            EX + "ev",
            None,  # a node constraint: start and end together
            "Evidence has both offsets into the file (start and end) or neither.",
            "Violation",
        )
    ]


def test_unknown_role() -> None:
    turtle = VALID.replace("role:partner", "role:sponsor")
    assert _errors(turtle) == [
        Violation(
            EX + "pb",
            COOP + "role",
            "A participation has at most one role, a concept of roles.ttl's role scheme.",
            "Violation",
        )
    ]


@pytest.mark.parametrize("name", ["programmes.ttl", "themes.ttl", "roles.ttl"])
def test_vocabularies_conform_to_the_shapes(name: str) -> None:
    graph = Graph().parse(data=read_ontology_text(name), format="turtle")
    assert validate_graph(graph).violations == ()


def test_vocabulary_shape_catches_a_bad_strand() -> None:
    graph = Graph().parse(data=read_ontology_text("programmes.ttl"), format="turtle")
    from rdflib import Literal, URIRef

    concept = URIRef("https://w3id.org/coopkg/programme/interreg-ivc")
    graph.set((concept, URIRef(COOP + "strand"), Literal("IVC")))
    assert validate_graph(graph).violations == (
        Violation(
            str(concept), COOP + "strand", "A programme's strand is one of A, B, C, D.", ERROR
        ),
    )


def test_validate_file_and_format_report(tmp_path: Path) -> None:
    path = tmp_path / "bad.ttl"
    path.write_text(PREFIXES + "ex:q a coop:Project .", encoding="utf-8")
    report = validate_file(path)
    assert format_report(report) == (
        "Conforms: no (1 violation, 0 warnings)\n"
        "Violation: <https://example.org/q>: A project needs a title or an acronym."
    )


def test_validate_file_rejects_missing_and_broken_files(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        validate_file(tmp_path / "absent.ttl")
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(InputError):
        validate_file(broken)


def test_seed_graph_conforms(seed_graph: Graph) -> None:
    report = validate_graph(seed_graph)
    assert [v for v in report.violations if v.severity == "Violation"] == []
