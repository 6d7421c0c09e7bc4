"""Sources that disagree: one current value by a documented precedence, the others kept as
attributed evidence; and Kohesio's project export, read through its column map.

Fixtures: tests/fixtures/exports/kohesio_projects.csv is written in the column layout of
Kohesio's project export (ID, PROJECT NAME, TOTAL BUDGET, AMOUNT EU SUPPORT, START DATE,
END DATE, COUNTRY, SUMMARY; projects invented); tests/fixtures/precedence/riverlink_en.txt
is a notice about the keep.eu fixture's RIVERLINK that states another end date and EU
funding.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal

from coopkg.__main__ import cli
from coopkg.graph.namespace import COOP
from coopkg.link.projects import current_value, source_rank
from coopkg.pipeline import build
from coopkg.read.exports import detect_kind, import_export
from coopkg.read.exports.tables import read_table
from coopkg.records import Evidence, ProjectRecord

ROOT = Path(__file__).resolve().parents[1]
EXPORTS = ROOT / "tests" / "fixtures" / "exports"
KOHESIO = EXPORTS / "kohesio_projects.csv"
KEEP = EXPORTS / "keep_projects.csv"
NOTICE = ROOT / "tests" / "fixtures" / "precedence" / "riverlink_en.txt"
PROJECT = "https://w3id.org/coopkg/id/project/riverlink--danube"


# ------------------------------------------------------------------ Kohesio projects


def test_kohesio_project_export_is_detected_and_read() -> None:
    assert detect_kind(read_table(KOHESIO).columns) == "kohesio-projects"
    imported = import_export(KOHESIO, source="kohesio_projects.csv")
    got = [
        (r.source, r.ids, r.title, r.total_budget_eur, r.eu_funding_eur, r.start_date,
         r.end_date, r.countries, r.origin)
        for r in imported.records
    ]  # fmt: skip
    assert got == [
        ("kohesio_projects.csv#row=2", ("kohesio:Q2811041",),
         "Modernizacja oczyszczalni ścieków w gminie Przykładowo", 2480000.0, 1736000.0,
         dt.date(2017, 3, 1), dt.date(2019, 11, 30), ("PL",), "kohesio-projects"),
        ("kohesio_projects.csv#row=3", ("kohesio:Q3012277",),
         "Grenzenlos radeln – Radweg Lendva–Zalaegerszeg", 1250000.5, 1062500.43,
         dt.date(2019, 9, 1), dt.date(2022, 8, 31), ("AT", "HU"), "kohesio-projects"),
        ("kohesio_projects.csv#row=4", ("kohesio:Q1995310",),
         "Energetska obnova Osnovne škole Vrh", 640000.0, 544000.0,
         dt.date(2018, 1, 15), dt.date(2020, 6, 30), ("HR",), "kohesio-projects"),
        ("kohesio_projects.csv#row=5", ("kohesio:Q2200001",),
         "Revitalizace zámeckého parku", None, None, None, None, ("CZ",), "kohesio-projects"),
    ]  # fmt: skip
    second = imported.records[1]
    assert second.description.startswith("Ein grenzüberschreitender Radweg")
    funding = [e for e in second.evidence if e.field == "eu_funding_eur"]
    assert [(e.quote, e.rule, e.file_start, e.file_quote) for e in funding] == [
        ("kohesio_projects.csv#row=3", "kohesio-projects:AMOUNT EU SUPPORT", 3,
         "kohesio_projects.csv#row=3")
    ]  # fmt: skip


def test_kohesio_xlsx_export_reads_like_the_csv(tmp_path: Path) -> None:
    from openpyxl import Workbook

    rows = list(csv.reader(io.StringIO(KOHESIO.read_text(encoding="utf-8"))))
    book = Workbook()
    sheet = book.active
    sheet.title = "project_export"  # as Kohesio names it
    sheet.append(rows[0])
    for row in rows[1:]:
        # Kohesio writes the budgets as numbers and the rest as text.
        sheet.append([float(c) if i in (2, 3) and c else c or None for i, c in enumerate(row)])
    path = tmp_path / "project_export.xlsx"
    book.save(path)
    from_xlsx = import_export(path, source="k.xlsx").records
    from_csv = import_export(KOHESIO, source="k.csv").records
    fields = ("ids", "title", "total_budget_eur", "eu_funding_eur", "start_date", "end_date",
              "countries")  # fmt: skip
    assert [[getattr(r, f) for f in fields] for r in from_xlsx] == [
        [getattr(r, f) for f in fields] for r in from_csv
    ]


def test_kohesio_projects_build(tmp_path: Path) -> None:
    result = build([KOHESIO], tmp_path, views=False, cache=False, jobs=1)
    assert (result.notices_read, result.projects, result.failures) == (4, 4, ())
    graph = Graph().parse(tmp_path / "graph.ttl")
    countries = {
        str(o).rsplit("/", 1)[-1]
        for s, o in graph.subject_objects(COOP.country)
        if "q3012277" in str(s)
    }
    assert countries == {"AUT", "HUN"}


# ------------------------------------------------------------------ precedence


def test_rank_and_choice_rules() -> None:
    export = ProjectRecord("t.csv#row=2", eu_funding_eur=100.0, origin="keep-projects")
    page = ProjectRecord("p.html", eu_funding_eur=90.0)
    assert source_rank(export) == 0 and source_rank(page) == 1
    assert current_value([page, export], "eu_funding_eur") == (
        "100.0",
        ("t.csv#row=2",),
        "source kind: keep-projects before notice",
    )
    # Configurable: notices first, then keep.eu, then any other export.
    order = ("notice", "keep-projects", "export")
    assert current_value([page, export], "eu_funding_eur", order)[:2] == ("90.0", ("p.html",))
    # Same kind: the value read with the higher confidence, then the first source by name.
    sure = ProjectRecord(
        "b.html", eu_funding_eur=80.0,
        evidence=(Evidence("eu_funding_eur", "80", 0, 2, "80", "money:label", 0.9),),
    )  # fmt: skip
    unsure = ProjectRecord(
        "a.html", eu_funding_eur=70.0,
        evidence=(Evidence("eu_funding_eur", "70", 0, 2, "70", "money:prose", 0.5),),
    )  # fmt: skip
    assert current_value([unsure, sure], "eu_funding_eur") == (
        "80.0",
        ("b.html",),
        "higher confidence",
    )
    assert current_value(
        [page, ProjectRecord("a.html", eu_funding_eur=95.0)], "eu_funding_eur"
    ) == ("95.0", ("a.html",), "first source by name")


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("precedence")
    result = build([NOTICE, KEEP], out, views=False, cache=False, jobs=1)
    assert result.ok and result.conflicts == 2
    return out


def test_conflicts_csv_names_the_current_value_and_why(merged: Path) -> None:
    rows = list(csv.DictReader(io.StringIO((merged / "conflicts.csv").read_text("utf-8"))))
    assert [
        (r["field"], r["values"], r["sources"], r["current"], r["current_sources"], r["reason"])
        for r in rows
    ] == [
        ("end_date", "2019-12-31 | 2020-06-30", "keep_projects.csv#row=2 | riverlink_en.txt",
         "2019-12-31", "keep_projects.csv#row=2", "source kind: keep-projects before notice"),
        ("eu_funding_eur", "1700000.0 | 1650000.0", "keep_projects.csv#row=2 | riverlink_en.txt",
         "1700000.0", "keep_projects.csv#row=2", "source kind: keep-projects before notice"),
    ]  # fmt: skip


def test_graph_holds_the_current_value_and_keeps_the_other_as_evidence(merged: Path) -> None:
    from rdflib import URIRef

    graph = Graph().parse(merged / "graph.ttl")
    project = URIRef(PROJECT)
    assert [str(v) for v in graph.objects(project, COOP.euFunding)] == ["1700000.00"]
    assert [str(v) for v in graph.objects(project, COOP.endDate)] == ["2019-12-31"]
    marked = sorted(
        (str(graph.value(ev, COOP.recordField)), str(graph.value(ev, COOP.extractedValue)),
         graph.value(ev, COOP.currentValue).toPython())
        for ev in graph.subjects(COOP.currentValue, None)
    )  # fmt: skip
    assert marked == [
        ("end_date", "2019-12-31", True),
        ("end_date", "2020-06-30", False),
        ("eu_funding_eur", "1650000.0", False),
        ("eu_funding_eur", "1700000.0", True),
    ]
    # The set-aside value stays attributed to the notice it was read from.
    aside = next(
        ev for ev in graph.subjects(COOP.currentValue, Literal(False))
        if str(graph.value(ev, COOP.recordField)) == "eu_funding_eur"
    )  # fmt: skip
    notice = graph.value(aside, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))
    assert str(graph.value(notice, COOP.sourcePath)) == "riverlink_en.txt"


def test_the_merged_graph_has_one_end_date_so_it_validates(merged: Path) -> None:
    from coopkg.graph.validate import validate_graph

    report = validate_graph(Graph().parse(merged / "graph.ttl"))
    assert not [v for v in report.violations if v.path == str(COOP.endDate)]


def test_precedence_is_configurable_from_the_cli(tmp_path: Path) -> None:
    args = ["build", str(NOTICE), str(KEEP), "-o", str(tmp_path), "--no-views", "-q"]
    result = CliRunner().invoke(cli, [*args, "--precedence", "notice,export"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO((tmp_path / "conflicts.csv").read_text("utf-8"))))
    assert [(r["current"], r["reason"]) for r in rows] == [
        ("2020-06-30", "source kind: notice before keep-projects"),
        ("1650000.0", "source kind: notice before keep-projects"),
    ]
    graph = Graph().parse(tmp_path / "graph.ttl")
    from rdflib import URIRef

    assert [str(v) for v in graph.objects(URIRef(PROJECT), COOP.euFunding)] == ["1650000.00"]
    bad = CliRunner().invoke(cli, [*args, "--precedence", "cordis,newspaper"])
    assert bad.exit_code == 2
    assert "unknown kind newspaper" in bad.output


def test_compact_provenance_marks_the_current_value(tmp_path: Path) -> None:
    build([NOTICE, KEEP], tmp_path, views=False, cache=False, jobs=1, provenance="compact")
    graph = Graph().parse(tmp_path / "graph.ttl")
    items = [json.loads(str(o)) for o in graph.objects(None, COOP.evidenceRecord)]
    marked = sorted((i["field"], i["value"], i["current"]) for i in items if "current" in i)
    assert marked == [
        ("end_date", "2019-12-31", True),
        ("end_date", "2020-06-30", False),
        ("eu_funding_eur", "1650000.0", False),
        ("eu_funding_eur", "1700000.0", True),
    ]


def test_participation_role_and_budget_follow_the_precedence() -> None:
    from rdflib import URIRef

    from coopkg.graph.triples import build_graph
    from coopkg.link import link_records
    from coopkg.records import Partner

    def record(source: str, origin: str, role: str, budget: float) -> ProjectRecord:
        partner = Partner("Port Authority of Riverton", "AT", role, partner_budget_eur=budget)
        return ProjectRecord(
            source, acronym="RIVERLINK", programme_id="danube-2014-2020", partners=(partner,),
            origin=origin,
        )  # fmt: skip

    records = [
        record("page.html", "", "partner", 90000.0),
        record("keep.csv#row=2", "keep-partners", "lead", 120000.0),
    ]
    linked = link_records(records, themes=())
    rows = sorted((c.field.split(":")[0], c.values, c.current, c.reason) for c in linked.conflicts)
    assert rows == [
        ("partner_budget_eur", ("120000.0", "90000.0"), "120000.0",
         "source kind: keep-partners before notice"),
        ("partner_role", ("lead", "partner"), "lead", "source kind: keep-partners before notice"),
    ]  # fmt: skip
    assert [r.partners_set_aside for r in linked.records] == [
        (("partner_budget_eur", 0), ("role", 0)),
        (),
    ]
    graph = build_graph(linked.records, linked.organisations)
    (participation,) = set(graph.subjects(COOP.participant, None))
    assert [str(v) for v in graph.objects(participation, COOP.partnerBudget)] == ["120000.00"]
    assert [str(v).rsplit("/", 1)[-1] for v in graph.objects(participation, COOP.role)] == ["lead"]
    assert graph.value(URIRef(str(participation)), COOP.inProject) is not None


def test_rows_of_one_file_are_one_source_not_a_conflict() -> None:
    from coopkg.link import link_records
    from coopkg.records import Partner

    rows = [
        ProjectRecord(f"list.csv#row={n}", acronym="X", programme_id="danube-2014-2020",
                      partners=(Partner("Umeå universitet", "SE", "partner",
                                        partner_budget_eur=budget),), origin="interreg-se")
        for n, budget in ((2, 1000.0), (3, 5000.0))
    ]  # fmt: skip
    linked = link_records(rows, themes=())
    assert linked.conflicts == ()
    assert [r.partners_set_aside for r in linked.records] == [(), ()]
