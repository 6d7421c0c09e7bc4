"""Provenance offsets point into the input file as read, not into the normalised text.

The fixtures are written so the two differ: an HTML page with markup, entities, CRLF line
ends, NBSPs and a soft hyphen, and a French text file with CRLF, NBSPs, narrow NBSPs, a
tab and indented list items.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph

from coopkg.extraction import extract_record
from coopkg.graph.namespace import COOP
from coopkg.read.notices import notice_from_text, read_notice
from coopkg.read.offsets import file_span, offset_map, with_file_spans
from coopkg.records import Evidence

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "offsets"
HTML = FIXTURES / "greenlink_de.html"
TEXT = FIXTURES / "transmobil_fr.txt"


def file_text(path: Path) -> str:
    """The file's characters exactly as stored (no newline translation)."""
    return path.read_bytes().decode("utf-8")


@pytest.fixture(scope="module")
def records():
    return {path.name: extract_record(read_notice(path)) for path in (HTML, TEXT)}


@pytest.mark.parametrize("path", [HTML, TEXT], ids=lambda p: p.name)
def test_every_span_quotes_the_file(records, path):
    text = file_text(path)
    record = records[path.name]
    assert record.evidence
    for ev in record.evidence:
        assert ev.file_start is not None, ev
        assert text[ev.file_start : ev.file_end] == ev.file_quote
    # The fixtures make the two coordinate systems differ.
    assert any(ev.file_start != ev.start for ev in record.evidence)


def test_html_spans_keep_entities_and_markup(records):
    by_field = {ev.field: ev for ev in records[HTML.name].evidence}
    money = by_field["eu_funding_eur"]
    assert money.quote == "1 250 000,00 €"
    assert money.file_quote == "1&#160;250&#xA0;000,00&nbsp;&euro;"
    assert by_field["programme"].file_quote == "Interreg Alpine&nbsp;Space"
    assert by_field["title"].file_quote == "Gr&uuml;ne Verbindungen im Alpenraum"
    bled = [ev for ev in records[HTML.name].evidence if ev.value.startswith("Občina")]
    assert bled and bled[0].file_quote.startswith("Ob&shy;čina Bled")


def test_text_spans_count_crlf_and_nbsp(records):
    text = file_text(TEXT)
    by_field = {ev.field: ev for ev in records[TEXT.name].evidence}
    money = by_field["total_budget_eur"]
    assert money.quote == "2 400 000 €"
    assert money.file_quote == "2\u202f400\u202f000\u00a0€"
    # Three CRLFs and a doubled blank line before it: 7 characters later than normalised.
    assert (money.start, money.file_start) == (153, 160)
    assert text.index("2\u202f400") == money.file_start


def test_graph_quotes_and_offsets_are_the_files(tmp_path):
    import coopkg

    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in (HTML, TEXT):
        (inputs / path.name).write_bytes(path.read_bytes())
    result = coopkg.build([inputs], tmp_path / "out", views=False, cache=False, jobs=1)
    assert not result.failures
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    rows = graph.query(
        """SELECT ?path ?quote ?start ?end WHERE {
             ?ev coop:quote ?quote ; coop:charStart ?start ; coop:charEnd ?end ;
                 prov:wasDerivedFrom ?notice .
             ?notice coop:sourcePath ?path }""",
        initNs={"coop": COOP, "prov": "http://www.w3.org/ns/prov#"},
    )
    seen = set()
    for path, quote, start, end in rows:
        text = file_text(inputs / str(path))
        assert text[int(start) : int(end)] == str(quote)
        seen.add(str(path))
        if str(quote) == "1&#160;250&#xA0;000,00&nbsp;&euro;":
            seen.add("entity quote")
    assert seen == {HTML.name, TEXT.name, "entity quote"}


def test_compact_provenance_carries_file_offsets():
    from coopkg.graph.identity import Minter
    from coopkg.graph.triples import add_compact_evidence
    from coopkg.records import ProjectRecord

    notice = notice_from_text("<p>Lead&nbsp;partner: <b>ecoplus</b></p>", "a.html", "text/html")
    ev = Evidence("partners", "ecoplus", 14, 21, "ecoplus", "label", 0.9)
    record = ProjectRecord("a.html", sha256="ab" * 32, evidence=with_file_spans(notice, [ev]))
    graph = Graph()
    add_compact_evidence(graph, record, Minter())
    (item,) = [json.loads(str(o)) for o in graph.objects(None, COOP.evidenceRecord)]
    assert (item["start"], item["end"]) == (25, 32)


def test_unmatched_passage_has_no_span():
    # Text the renderer added (a bullet) matches nothing in the file.
    mapping = offset_map("• a b", "<li>a b</li>", html=True)
    assert file_span(mapping, 0, 1) is None
    assert file_span(mapping, 0, 5) == (4, 7)
    # A span cutting a word copied as is is cut in the file too.
    mapping = offset_map("Interreg Europe", "  Interreg\r\nEurope")
    assert file_span(mapping, 2, 8) == (4, 10)


def test_script_and_comment_text_never_anchor_a_span():
    page = "<script>var x = 'ecoplus';</script><!-- ecoplus --><p>ecoplus</p>"
    mapping = offset_map("ecoplus", page, html=True)
    assert file_span(mapping, 0, 7) == (page.index("<p>") + 3, page.index("</p>"))
