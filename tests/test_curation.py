"""The curation loop: corrections that survive rebuilds, the review queue, diffs of builds."""

from __future__ import annotations

import csv
import json
import shutil
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDFS, SKOS, Literal, URIRef

from coopkg.__main__ import cli
from coopkg.graph.namespace import COOP
from coopkg.link import link_records
from coopkg.link.corrections import apply_corrections, load_corrections, parse_fix
from coopkg.link.model import Corrections, Fix
from coopkg.records import Evidence, Partner, ProjectRecord

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
BASE = "https://w3id.org/coopkg/id/"
INNOTRAX = URIRef(BASE + "project/innotrax--interreg-iiic")
CLUSTERIX = URIRef(BASE + "project/clusterix--interreg-ivc")

CORRECTIONS = """\
same_as = [["West Pannon Ltd.", "Nyugat-Pannon Nonprofit Kft"]]

[[fix]]
project = "InnoTrax"          # acronym, title or IRI
field = "eu_funding_eur"      # a record field name, as in `extract --format json`
value = 1234567               # or remove = true
note = "programme database"

[[fix]]
project = "https://w3id.org/coopkg/id/project/techlink--atlantic-area"
field = "cofinancing_rate"
remove = true
note = "rate of another project"

[[fix]]
project = "Clusters for European Innovation Cross-Linking"
partner = "Tillväxtverket"
field = "role"
value = "associated"

[[fix]]
project = "ClusteriX"
partner = "TIS Innovation Park"
remove = true

[[fix]]
project = "InnoTrax"
partner = "Graz Transport Cluster"
add = true
country = "Austria"
role = "lead"
note = "partner list of the final report"

[[fix]]
project = "NoSuchProject"
field = "title"
value = "Anything"
"""


@pytest.fixture(scope="module")
def corrected_build(tmp_path_factory: pytest.TempPathFactory):
    """The seeds built with the corrections above through the CLI: (result, out, graph)."""
    from coopkg import load

    folder = tmp_path_factory.mktemp("corrected")
    rules = folder / "corrections.toml"
    rules.write_text(CORRECTIONS, encoding="utf-8")
    out = folder / "out"
    result = CliRunner().invoke(
        cli, ["build", str(SEEDS), "-o", str(out), "--corrections", str(rules), "--no-views"]
    )
    return result, out, load(out / "graph.ttl")


# --- corrections: reading ------------------------------------------------------------------


def test_fix_values_are_typed_by_field() -> None:
    assert parse_fix(1, {"project": "A", "field": "start_date", "value": "2020-01-31"}).value == (
        __import__("datetime").date(2020, 1, 31)
    )
    assert parse_fix(1, {"project": "A", "field": "partner_count", "value": 7}).value == 7
    fix = parse_fix(1, {"project": "A", "field": "programme_id", "value": "interreg-ivc"})
    assert fix.value == "interreg-ivc"
    assert parse_fix(1, {"project": "A", "field": "countries", "value": ["Autriche"]}).value == (
        "AT",
    )
    fix = parse_fix(3, {"project": "A", "partner": "B", "add": True, "country": "DE"})
    assert (fix.add, fix.partner_fields) == (True, (("country", "DE"),))


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"field": "title", "value": "x"}, 'fix #4 (project "?", field "title"): needs project'),
        ({"project": "A", "field": "budget", "value": 1}, 'unknown field "budget"'),
        ({"project": "A", "field": "title"}, "needs either value = ... or remove = true"),
        ({"project": "A", "field": "eu_funding_eur", "value": "lots"}, "'lots' is not a number"),
        ({"project": "A", "field": "status", "value": "dormant"}, "status must be one of"),
        ({"project": "A", "partner": "B", "field": "role", "value": "boss"}, "role must be one"),
        ({"project": "A", "field": "title", "value": "x", "colour": 1}, "unknown keys: colour"),
        ({"project": "A", "field": "programme_id", "value": "interreg-x"}, "unknown programme id"),
    ],
)
def test_a_bad_fix_is_refused_naming_its_entry(table: dict, message: str) -> None:
    with pytest.raises(ValueError, match=r"^fix #4") as info:
        parse_fix(4, table)
    assert message in str(info.value)


def test_a_bad_entry_does_not_stop_the_others(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text(
        '[[fix]]\nproject = "A"\nfield = "title"\nvalue = "New"\n'
        '[[fix]]\nproject = "A"\nfield = "colour"\nvalue = "red"\n',
        encoding="utf-8",
    )
    rules = load_corrections(path)
    assert [f.number for f in rules.fixes] == [1]
    assert rules.problems == (
        'fix #2 (project "A", field "colour"): unknown field "colour" (one of title, acronym, '
        "description, programme, programme_id, period, website, language, page_language, "
        "start_date, end_date, eu_funding_eur, total_budget_eur, cofinancing_rate, status, "
        "partner_count, countries, regions, themes, results)",
    )


def test_the_file_is_recorded_relative_to_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "curation").mkdir()
    path = tmp_path / "curation" / "fixes.toml"
    path.write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert load_corrections(path).source == "curation/fixes.toml"


def test_old_overrides_files_still_load(tmp_path: Path) -> None:
    path = tmp_path / "o.toml"
    path.write_text('same_as = [["A", "B"]]\n', encoding="utf-8")
    assert load_corrections(path) == Corrections(same_as=(("A", "B"),))


# --- corrections: applying -----------------------------------------------------------------


def _record(source: str, **values: object) -> ProjectRecord:
    return ProjectRecord(source=source, sha256=source.ljust(64, "0"), **values)  # type: ignore[arg-type]


def test_a_fix_applies_to_every_notice_of_the_project_and_is_no_longer_derived() -> None:
    records = [
        _record("a", acronym="ALPHA", programme_id="interreg-ivc", status="finished",
                derived=("status",)),
        _record("b", acronym="alpha", programme_id="interreg-ivc", status="ongoing"),
        _record("c", acronym="BETA", status="finished"),
    ]  # fmt: skip
    fix = Fix(1, "Alpha", "status", "ongoing", note="site")
    fixed, applied, problems = apply_corrections(
        records, Corrections(fixes=(fix,), source="c.toml")
    )
    assert [r.status for r in fixed] == ["ongoing", "ongoing", "finished"]
    assert fixed[0].derived == ()
    assert [(a.source, a.value, a.replaced, a.file, a.note) for a in applied] == [
        ("a", "ongoing", "finished", "c.toml", "site"),
        ("b", "ongoing", "ongoing", "c.toml", "site"),
    ]
    assert problems == []


def test_partner_fixes_and_unmatched_fixes() -> None:
    records = [_record("a", acronym="ALPHA", partners=(Partner("Graz Uni", "AT", "partner"),))]
    fixes = (
        Fix(1, "ALPHA", "country", "DE", partner="graz uni"),
        Fix(2, "ALPHA", partner="Linz Lab", add=True, partner_fields=(("role", "lead"),)),
        Fix(3, "ALPHA", "role", "lead", partner="Nobody"),
        Fix(4, "GAMMA", "title", "x"),
    )
    fixed, applied, problems = apply_corrections(records, Corrections(fixes=fixes))
    assert fixed[0].partners == (
        Partner("Graz Uni", "DE", "partner"),
        Partner("Linz Lab", None, "lead"),
    )
    assert [(a.field, a.value, a.replaced, a.partner) for a in applied] == [
        ("country", "DE", "AT", "graz uni"),
        ("partners", "Linz Lab", None, "Linz Lab"),
    ]
    assert problems == [
        'fix #3 (project "ALPHA", partner "Nobody", field "role"): '
        'the project has no partner named "Nobody"',
        'fix #4 (project "GAMMA", field "title"): no project has this acronym, title or IRI',
    ]


def test_the_issue_example_sets_innotrax_funding_in_the_graph(corrected_build) -> None:
    _result, _out, g = corrected_build
    assert list(g.objects(INNOTRAX, COOP.euFunding)) == [
        Literal(Decimal("1234567.00"), datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))
    ]
    node = URIRef(str(INNOTRAX) + "/correction/1")
    assert (INNOTRAX, COOP.hasCorrection, node) in g
    assert {
        p: str(o)
        for p, o in g.predicate_objects(node)
        if p != URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    } == {
        RDFS.label: "fix #1",
        COOP.recordField: "eu_funding_eur",
        COOP.correctedProperty: str(COOP.euFunding),
        COOP.correctedValue: "1234567.0",
        COOP.replacedValue: "709596.05",
        COOP.correctionsFile: "corrections.toml",
        SKOS.note: "programme database",
    }
    # The extraction evidence of the replaced value is kept.
    extracted = {
        str(v) for e in g.objects(INNOTRAX, COOP.hasEvidence)
        if str(g.value(e, COOP.recordField)) == "eu_funding_eur"
        for v in g.objects(e, COOP.extractedValue)
    }  # fmt: skip
    assert extracted == {"709596.05"}


def test_partner_fixes_reach_the_graph(corrected_build) -> None:
    _result, _out, g = corrected_build
    tillvaxt = g.value(predicate=COOP.nameInNotice, object=Literal("Tillväxtverket"))
    assert str(g.value(tillvaxt, COOP.role)) == "https://w3id.org/coopkg/role/associated"
    names = {str(g.value(o, SKOS.prefLabel)) for o in g.objects(CLUSTERIX, COOP.hasPartner)}
    assert "TIS Innovation Park" not in names and len(names) == 8
    lead = g.value(INNOTRAX, COOP.leadPartner)
    assert str(g.value(lead, SKOS.prefLabel)) == "Graz Transport Cluster"
    assert g.value(URIRef(BASE + "project/techlink--atlantic-area"), COOP.cofinancingRate) is None


def test_an_unmatched_fix_fails_the_build_but_the_rest_is_built(corrected_build) -> None:
    result, out, _g = corrected_build
    assert result.exit_code == 1
    assert (
        'corrections.toml: fix #6 (project "NoSuchProject", field "title"): '
        "no project has this acronym, title or IRI"
    ) in result.output
    assert "projects          5" in result.output
    assert (out / "graph.ttl").is_file()


def test_the_corrected_graph_conforms(corrected_build) -> None:
    from coopkg.graph.validate import validate_graph

    assert validate_graph(corrected_build[2]).conforms


# --- diff ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def erdf_builds(tmp_path_factory: pytest.TempPathFactory):
    """ClusteriX built, its ERDF amount changed in a copy, built again: (old, new) folders."""
    from coopkg.pipeline import build

    folder = tmp_path_factory.mktemp("erdf")
    notices = folder / "notices"
    notices.mkdir()
    seed = notices / "clusterix_en.txt"
    shutil.copy(SEEDS / "clusterix_en.txt", seed)
    first = build([notices], folder / "old", views=False)
    again = build([notices], folder / "old", views=False)
    text = seed.read_text(encoding="utf-8")
    assert "ERDF funding: 1 687 872,00 EUR" in text
    seed.write_text(text.replace("1 687 872,00 EUR", "1 750 000,00 EUR"), encoding="utf-8")
    shutil.copytree(folder / "old", folder / "new")
    changed = build([notices], folder / "new", views=False)
    return folder / "old", folder / "new", (first, again, changed)


def test_diff_names_the_old_and_the_new_erdf_amount(erdf_builds) -> None:
    old, new, _results = erdf_builds
    result = CliRunner().invoke(cli, ["diff", str(old), str(new), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {
        "added": [],
        "removed": [],
        "changed": [
            {
                "project": "ClusteriX",
                "iri": str(CLUSTERIX),
                "field": "eu_funding_eur",
                "old": 1687872.0,
                "new": 1750000.0,
            }
        ],
    }


def test_diff_table_and_files(erdf_builds) -> None:
    old, new, _results = erdf_builds
    result = CliRunner().invoke(cli, ["diff", str(old / "graph.ttl"), str(new)])
    assert result.exit_code == 0
    row = next(line for line in result.output.splitlines() if "eu_funding_eur" in line)
    assert [cell.strip() for cell in row.split("│")[1:-1]] == [
        "changed", "project", "ClusteriX", "eu_funding_eur", "", "1687872.0", "1750000.0",
    ]  # fmt: skip
    assert result.output.splitlines()[-1] == (
        "1 changed, 0 added, 0 removed (ClusteriX eu_funding_eur 1687872.0 -> 1750000.0)"
    )


def test_every_build_says_what_changed_since_the_previous_one(erdf_builds) -> None:
    _old, _new, (first, again, changed) = erdf_builds
    assert first.changes == "first build in this folder"
    assert again.changes == "no change since the previous build"
    assert changed.changes == (
        "since the previous build: 1 changed, 0 added, 0 removed "
        "(ClusteriX eu_funding_eur 1687872.0 -> 1750000.0)"
    )
    assert "changes           since the previous build: 1 changed" in changed.summary()


def test_diff_of_added_and_removed_partners(corrected_build, seed_build) -> None:
    import coopkg

    _result, seed_out = seed_build
    found = coopkg.diff(seed_out, corrected_build[1])
    assert [(c.name, c.field, c.partner, c.old, c.new) for c in found.changed] == [
        ("ClusteriX", "role", "Tillväxtverket", "partner", "associated"),
        ("InnoTrax", "eu_funding_eur", None, 709596.05, 1234567.0),
    ]
    assert [(c.kind, c.name, c.field, c.old) for c in found.removed] == [
        ("organisation", "TIS Innovation Park", "countries", "IT"),
        ("organisation", "TIS Innovation Park", "name", "TIS Innovation Park"),
        ("project", "ClusteriX", "partners", "TIS Innovation Park"),
        ("project", "ClusteriX", "role", "partner"),
        ("project", "TECHLINK", "cofinancing_rate", 0.56),
    ]
    assert [(c.kind, c.name, c.field, c.new) for c in found.added] == [
        ("organisation", "Graz Transport Cluster", "countries", "AT"),
        ("organisation", "Graz Transport Cluster", "name", "Graz Transport Cluster"),
        ("organisation", "Graz Transport Cluster", "region", "AT221"),  # from "Graz"
        ("project", "InnoTrax", "partners", "Graz Transport Cluster"),
        ("project", "InnoTrax", "role", "lead"),
    ]


def test_diff_refuses_a_file_that_is_not_rdf(tmp_path: Path, seed_build) -> None:
    bad = tmp_path / "graph.ttl"
    bad.write_text("this is not turtle\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["diff", str(seed_build[1]), str(bad)])
    assert result.exit_code == 1
    assert f"{bad}: not a readable RDF graph" in result.output


# --- review --------------------------------------------------------------------------------


def test_review_of_the_seeds(seed_build, tmp_path: Path) -> None:
    shutil.copy(seed_build[1] / "graph.ttl", tmp_path / "graph.ttl")
    result = CliRunner().invoke(cli, ["review", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "6 low-confidence, 0 conflict, 0 duplicate",
        f"wrote {tmp_path / 'review.html'}",
        f"wrote {tmp_path / 'review.csv'}",
    ]
    with open(tmp_path / "review.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["subject"], r["field"], r["value"]) for r in rows] == [
        ("ClusteriX", "partner_count", "9"),
        ("ClusteriX", "period", "2007-2013"),
        ("ClusteriX", "regions", "Karlsruhe"),
        ("ClusteriX", "status", "finished"),
        ("InnoTrax", "total_budget_eur", "1276251.89"),
        ("TECHLINK", "total_budget_eur", "1970642.52"),
    ]
    innotrax = rows[4]
    assert innotrax["passage"] == "709 596,05"
    assert innotrax["reason"] == "derived by keep.eu:bullet-eu-funding, confidence 0.50"
    # The snippet pastes into a corrections file as it is.
    fix = tomllib.loads(innotrax["snippet"])["fix"][0]
    assert parse_fix(1, fix) == Fix(1, "InnoTrax", "total_budget_eur", 1276251.89)


def test_a_corrected_fact_leaves_the_queue(corrected_build) -> None:
    from coopkg.views.review import review_items

    items = review_items(corrected_build[2])
    assert ("InnoTrax", "total_budget_eur") in {(i.subject, i.field) for i in items}
    assert ("TECHLINK", "cofinancing_rate") not in {(i.subject, i.field) for i in items}


HOSTILE = '</td><script>alert("x")</script>'


@pytest.fixture(scope="module")
def small_graph():
    """Two notices of one project that disagree on funding, and near-duplicate partners."""
    from coopkg.graph.triples import build_graph

    evidence = (Evidence("eu_funding_eur", "100.0", 0, 9, "EUR 100" + HOSTILE, "money:label", 0.9),)
    records = [
        _record("a.txt", acronym="ALPHA", programme_id="interreg-ivc", eu_funding_eur=100.0,
                evidence=evidence,
                partners=(Partner("Tyrol Cluster Agency", "AT", "lead"),)),
        _record("b.txt", acronym="ALPHA", programme_id="interreg-ivc", eu_funding_eur=200.0,
                partners=(Partner("Tyrol Cluster Agency West", "AT", "partner"),)),
    ]  # fmt: skip
    linked = link_records(records, themes=())
    return build_graph(linked.records, linked.organisations)


def test_review_finds_conflicts_and_duplicates(small_graph) -> None:
    from coopkg.views.review import review_items

    items = review_items(small_graph)
    assert [(i.kind, i.subject, i.field, i.value) for i in items] == [
        ("conflict", "ALPHA", "eu_funding_eur", "100 | 200"),
        ("duplicate", "Tyrol Cluster Agency / Tyrol Cluster Agency West", "organisation",
         "Tyrol Cluster Agency | Tyrol Cluster Agency West"),
    ]  # fmt: skip
    conflict, duplicate = items
    assert conflict.passage == 'a.txt: «EUR 100</td><script>alert("x")</script>» (100.0)'
    assert tomllib.loads(conflict.snippet)["fix"] == [
        {"project": "ALPHA", "field": "eu_funding_eur", "value": 100.0, "note": ""}
    ]
    assert duplicate.confidence == 0.889
    assert tomllib.loads(duplicate.snippet) == {
        "same_as": [{"left": "Tyrol Cluster Agency", "right": "Tyrol Cluster Agency West"}]
    }


def test_a_decided_pair_leaves_the_queue(small_graph) -> None:
    from coopkg.views.review import review_items

    rules = Corrections(not_same_as=(("tyrol cluster agency west", "Tyrol Cluster Agency"),))
    assert [i.kind for i in review_items(small_graph, corrections=rules)] == ["conflict"]


def test_the_review_page_is_offline_sortable_and_escaped(small_graph, tmp_path: Path) -> None:
    import coopkg
    from coopkg.views.render import external_references

    result = coopkg.review(tmp_path, graph=small_graph, threshold=1.0)
    html = result.html.read_text(encoding="utf-8")
    assert external_references(html) == []
    assert '<script>alert("x")' not in html and "</td><script>" not in html
    assert "EUR 100&lt;/td&gt;&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert html.count("<tr data-kind=") == len(result.items) == 3
    assert 'id="filter"' in html and "aria-sort" in html


def test_overrides_is_an_alias_and_a_broken_file_builds_nothing(tmp_path: Path) -> None:
    from coopkg import load

    rules = tmp_path / "fixes.toml"
    rules.write_text(
        '[[fix]]\nproject = "Clustrat"\nfield = "start_date"\nvalue = 2016-06-01\n',
        encoding="utf-8",
    )
    notice = str(SEEDS / "clustrat_en.txt")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["build", notice, "-o", str(out), "--overrides", str(rules), "--no-views"]
    )
    assert result.exit_code == 0, result.output
    clustrat = URIRef(BASE + "project/clustrat--central-europe")
    assert str(load(out / "graph.ttl").value(clustrat, COOP.startDate)) == "2016-06-01"
    rules.write_text("[[fix]\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["build", notice, "-o", str(tmp_path / "other"), "--corrections", str(rules)]
    )
    assert result.exit_code == 1
    assert f"{rules}: invalid TOML" in result.output
    assert not (tmp_path / "other").exists()
