"""Labels in one chosen language; tables for spreadsheets and pandas."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

import coopkg
from coopkg.__main__ import cli
from coopkg.records.vocab import choose_label, use_label_language
from coopkg.store.query import QueryResult, format_result, query
from coopkg.store.stores import Term

TWICE = Path(__file__).resolve().parent / "fixtures" / "sparql" / "twice.ttl"


def test_choose_label_prefers_the_chosen_language_then_english() -> None:
    pairs = [("Eesti", "et"), ("Éire", "ga"), ("Estonia", "en"), ("Estland", "de")]
    assert choose_label(pairs) == "Estonia"
    assert choose_label(pairs, "de") == "Estland"
    assert choose_label(pairs, "pt") == "Estonia"  # fallback: English
    assert choose_label([("Eesti", "et"), ("Eesti vabariik", None)]) == "Eesti vabariik"
    with use_label_language("de"):
        assert choose_label(pairs) == "Estland"
    assert choose_label(pairs) == "Estonia"


def test_analysis_labels_are_english_by_default_and_german_on_request(
    seed_graph, tmp_path: Path
) -> None:
    english = coopkg.analyze(seed_graph, tmp_path / "en", report=False)
    german = coopkg.analyze(seed_graph, tmp_path / "de", report=False, lang="de")
    pairs = [(r["source_label"], r["target_label"]) for r in english.tables["country_links"]]
    assert pairs[:3] == [("Austria", "Germany"), ("Austria", "Denmark"), ("Austria", "France")]
    pairs = [(r["source_label"], r["target_label"]) for r in german.tables["country_links"]]
    assert pairs[:3] == [
        ("Österreich", "Deutschland"),
        ("Österreich", "Dänemark"),
        ("Österreich", "Frankreich"),
    ]
    themes = {r["target_label"] for r in english.tables["theme_region_links"]}
    assert themes == {
        "Clustering and economic cooperation",
        "Innovation capacity and awareness-raising",
    }


def test_view_lang_option(seed_build, tmp_path: Path) -> None:
    _result, out = seed_build
    args = ["view", "-g", str(out / "graph.ttl"), "--kind", "neighbourhood"]
    args += ["--focus", "ClusteriX", "--no-png"]
    english = CliRunner().invoke(cli, [*args, "-o", str(tmp_path / "en")])
    german = CliRunner().invoke(cli, [*args, "-o", str(tmp_path / "de"), "--lang", "de"])
    assert english.exit_code == german.exit_code == 0, english.output + german.output
    (en_page,) = (tmp_path / "en").glob("*.html")
    (de_page,) = (tmp_path / "de").glob("*.html")
    en_text, de_text = en_page.read_text("utf-8"), de_page.read_text("utf-8")
    assert "Clustering and economic cooperation" in en_text
    assert "Cluster und wirtschaftliche Zusammenarbeit" not in en_text
    assert "Cluster und wirtschaftliche Zusammenarbeit" in de_text
    assert "Clustering and economic cooperation" not in de_text


def test_excel_csv_has_a_bom_and_no_live_formula() -> None:
    result = QueryResult(
        "select",
        ("name", "amount"),
        (('=HYPERLINK("http://x")', Decimal("-5")),),
        ((Term.literal('=HYPERLINK("http://x")'), Term.literal("-5", Term.iri("x").value)),),
    )
    text = format_result(result, "excel-csv")
    assert text.startswith("\ufeffname,amount\r\n")
    assert text.splitlines()[1] == '"\'=HYPERLINK(""http://x"")",-5'


def test_query_excel_csv_from_the_cli() -> None:
    result = CliRunner().invoke(
        cli, ["query", "funding-by-programme", "-g", str(TWICE), "-f", "excel-csv"]
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("\ufeffperiod,programme,leadCountry,projects,euFunding")


def test_to_dataframe_of_a_query_and_an_analysis_table() -> None:
    pd = pytest.importorskip("pandas")
    frame = coopkg.to_dataframe(query(TWICE, "project-overview"))
    assert isinstance(frame, pd.DataFrame)
    assert list(frame["acronym"]) == ["DELTA", "EPSILON"]
    assert frame.loc[0, "startDate"] == dt.date(2016, 1, 1)
    assert frame.loc[0, "euFunding"] == Decimal("400000.00")
    table = coopkg.to_dataframe([{"a": 1, "b": "x"}, {"a": 2, "b": "y"}])
    assert table.to_dict("list") == {"a": [1, 2], "b": ["x", "y"]}
