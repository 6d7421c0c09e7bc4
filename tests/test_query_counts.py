"""Saved queries count every project once, on both engines, however many notices describe it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from coopkg.store.query import query
from coopkg.store.stores import open_store

TWICE = Path(__file__).resolve().parent / "fixtures" / "sparql" / "twice.ttl"
ID = "https://w3id.org/coopkg/id/"


def _store(kind: str, path: Path):
    store = open_store(kind)  # type: ignore[arg-type]
    store.load(path)
    return store


@pytest.mark.parametrize("kind", ["memory", "oxigraph"])
def test_project_overview_gives_one_row_per_project(kind: str) -> None:
    result = query(_store(kind, TWICE), "project-overview")
    assert result.rows == (
        ("DELTA", "Delta river partnership", "Interreg Europe", "2014-2020", "ongoing",
         dt.date(2016, 1, 1), dt.date(2019, 12, 31), Decimal("400000.00"), 2, 2,
         "Danube Agency", 2, ID + "project/delta"),
        ("EPSILON", "Epsilon", "Interreg Europe", "2014-2020", None, None, None,
         Decimal("100000.00"), 0, 0, None, 1, ID + "project/epsilon"),
    )  # fmt: skip


@pytest.mark.parametrize("kind", ["memory", "oxigraph"])
def test_funding_by_programme_counts_each_project_once(kind: str) -> None:
    result = query(_store(kind, TWICE), "funding-by-programme")
    assert result.rows == (
        ("2014-2020", "Interreg Europe", None, 1, Decimal("100000.00")),
        ("2014-2020", "Interreg Europe", "AT", 1, Decimal("400000.00")),
    )


@pytest.mark.parametrize("kind", ["memory", "oxigraph"])
def test_group_concat_distinct_over_optional(kind: str) -> None:
    sparql = """
        PREFIX coop: <https://w3id.org/coopkg/ontology#>
        SELECT ?acronym (GROUP_CONCAT(DISTINCT ?name; separator="|") AS ?leads)
               (SUM(DISTINCT ?money) AS ?funding)
        WHERE {
          ?p coop:acronym ?acronym .
          OPTIONAL { ?p coop:leadPartner/<http://www.w3.org/2004/02/skos/core#prefLabel> ?name }
          OPTIONAL { ?p coop:totalBudget ?money }
        }
        GROUP BY ?acronym ORDER BY ?acronym
    """
    rows = query(_store(kind, TWICE), sparql).rows
    assert [r[0] for r in rows] == ["DELTA", "EPSILON"]
    assert sorted(rows[0][1].split("|")) == ["Danube Agency", "Donau Agentur"]
    assert rows[1][1] in ("", None)  # empty group: rdflib says "", Oxigraph leaves it unbound


def test_seed_project_overview_exact_rows(seed_graph) -> None:
    rows = query(seed_graph, "project-overview").rows
    assert [row[:12] for row in rows] == [
        ("ClusteriX", "Clusters for European Innovation Cross-Linking", "INTERREG IVC",
         "2007-2013", "finished", dt.date(2012, 1, 1), dt.date(2014, 12, 31),
         Decimal("1687872.00"), 9, 8, "ecoplus. The Business Agency of Lower Austria", 1),
        ("Clustrat", None, "Interreg Central Europe", None, None, None, None, None, 1, 1,
         None, 1),
        ("InnoTrax", "Innovation Clusters for the Transport Industry", "Interreg IIIC East",
         "2000-2006", "finished", dt.date(2004, 8, 31), dt.date(2007, 12, 30),
         Decimal("709596.05"), 0, 0, None, 1),
        ("TECHLINK", "To build an Interregional Network of Innovation",
         "Interreg IIIB Atlantic Area", "2000-2006", "finished", dt.date(2004, 1, 31),
         dt.date(2007, 12, 28), Decimal("1103559.81"), 0, 0, None, 1),
        ("TraCS3", None, None, None, None, None, None, None, 0, 0, None, 1),
    ]  # fmt: skip


def test_seed_funding_by_programme_exact_rows(seed_graph) -> None:
    assert query(seed_graph, "funding-by-programme").rows == (
        ("2000-2006", "Interreg IIIB Atlantic Area", None, 1, Decimal("1103559.81")),
        ("2000-2006", "Interreg IIIC East", None, 1, Decimal("709596.05")),
        ("2007-2013", "INTERREG IVC", "AT", 1, Decimal("1687872.00")),
    )


@pytest.mark.parametrize("kind", ["memory", "oxigraph"])
def test_per_project_queries_give_one_row_per_project(kind: str) -> None:
    store = _store(kind, TWICE)
    assert query(store, "projects-by-programme").rows == (
        ("2014-2020", "Interreg Europe", "DELTA", "Delta river partnership",
         dt.date(2016, 1, 1), dt.date(2019, 12, 31), "ongoing", ID + "project/delta"),
        ("2014-2020", "Interreg Europe", "EPSILON", "Epsilon", None, None, None,
         ID + "project/epsilon"),
    )  # fmt: skip
    assert query(store, "lead-partners").rows == (
        ("DELTA", "Danube Agency", "AT", ID + "project/delta", ID + "organisation/donau"),
    )
    assert query(store, "programme-periods").rows == (("2014-2020", "Interreg Europe", 2, 2),)


@pytest.mark.parametrize("kind", ["memory", "oxigraph"])
def test_organisation_profile_gives_one_row_per_organisation(kind: str) -> None:
    rows = query(_store(kind, TWICE), "organisation-profile", {"name": "donau"}).rows
    assert rows == (("Danube Agency", "AT", None, None, 1, 1, ID + "organisation/donau"),)
