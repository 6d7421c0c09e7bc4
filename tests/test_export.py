"""Deterministic exports (coopkg.store.export): Turtle, N-Triples, JSON-LD, TriG."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from coopkg.errors import InputError
from coopkg.store.export import export, notice_graphs, render
from coopkg.store.stores import Term

MINI = Path(__file__).resolve().parent / "fixtures" / "sparql" / "mini.ttl"
ID = "https://w3id.org/coopkg/id/"
PARSERS = {"turtle": "turtle", "nt": "nt", "json-ld": "json-ld"}


@pytest.fixture(scope="module")
def mini() -> rdflib.Graph:
    return rdflib.Graph().parse(MINI)


def _dataset(text: str) -> rdflib.Dataset:
    dataset = rdflib.Dataset()
    dataset.parse(data=text, format="trig")
    return dataset


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld", "trig"])
def test_round_trip_and_byte_identical(mini: rdflib.Graph, tmp_path: Path, fmt: str) -> None:
    first = export(mini, fmt, tmp_path / f"a.{fmt}")
    second = export(rdflib.Graph().parse(MINI), fmt, tmp_path / f"b.{fmt}")
    assert first.read_bytes() == second.read_bytes()
    text = first.read_text(encoding="utf-8")
    if fmt == "trig":
        back = rdflib.Graph()
        for s, p, o, _g in _dataset(text).quads((None, None, None, None)):
            back.add((s, p, o))
    else:
        back = rdflib.Graph().parse(data=text, format=PARSERS[fmt])
    assert isomorphic(back, mini)
    assert not list(tmp_path.glob(".*.tmp"))  # the temporary file was renamed away


def test_identical_across_processes(tmp_path: Path) -> None:
    # Set iteration order depends on the hash seed: a fresh process with another seed must
    # still write the same bytes.
    script = (
        "import sys, rdflib; from coopkg.store.export import render; "
        "sys.stdout.write(render(rdflib.Graph().parse(sys.argv[1]), sys.argv[2]))"
    )
    for fmt in ("turtle", "trig", "json-ld"):
        outputs = set()
        for seed in ("1", "2"):
            env = {**os.environ, "PYTHONHASHSEED": seed}
            done = subprocess.run(
                [sys.executable, "-c", script, str(MINI), fmt],
                capture_output=True,
                check=True,
                env=env,
            )
            outputs.add(done.stdout)
        assert len(outputs) == 1, fmt


def test_trig_one_graph_per_notice(mini: rdflib.Graph) -> None:
    dataset = _dataset(render(mini, "trig"))
    sizes = {str(g.identifier): len(g) for g in dataset.graphs() if len(g)}
    assert sizes == {
        f"{ID}notice/aaa1": 85,
        f"{ID}notice/bbb2": 80,
        "urn:x-rdflib:default": 90,
    }
    alpha = dataset.graph(rdflib.URIRef(f"{ID}notice/aaa1"))
    subjects = {str(s).removeprefix(ID) for s in alpha.subjects()}
    assert subjects == {
        "project/alpha",
        "project/alpha/theme/clustering",
        "participation/alpha/ecoplus",
        "participation/alpha/westpannon",
        "participation/alpha/tis",
        "notice/aaa1",
        "notice/aaa1/extraction",
        "notice/aaa1/evidence/eu_funding_eur/1",
        "notice/aaa1/evidence/period/1",
    }


def test_notice_graphs_leaves_shared_nodes_in_default() -> None:
    notice, other = Term.iri("urn:notice"), Term.iri("urn:other")
    shared_by_two = Term.iri("urn:project")
    kind = Term.iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    notice_class = Term.iri("https://w3id.org/coopkg/ontology#Notice")
    triples = [
        (notice, kind, notice_class),
        (other, kind, notice_class),
        (shared_by_two, Term.iri("https://w3id.org/coopkg/ontology#describedBy"), notice),
        (shared_by_two, Term.iri("https://w3id.org/coopkg/ontology#describedBy"), other),
        (Term.iri("urn:org"), Term.iri("urn:p"), Term.literal("x")),
    ]
    groups = notice_graphs(triples)
    assert groups == {notice: [triples[0]], other: [triples[1]], None: triples[2:]}


def test_turtle_uses_prefixes_and_sorted_subjects(mini: rdflib.Graph) -> None:
    text = render(mini, "turtle")
    assert text.startswith("@prefix coop: <https://w3id.org/coopkg/ontology#> .\n")
    assert "\tcoop:euFunding 1687872.00 ;\n" in text  # the lexical form is kept
    start = text.index(f"<{ID}project/alpha> a coop:Project ;\n")
    block = text[start : text.index(" .\n", start)].splitlines()
    predicates = [line.split()[0] for line in block[1:]]
    assert predicates == sorted(predicates)
    assert len(predicates) == 23
    subjects = [line.split()[0] for line in text.splitlines() if line and line[0] not in "@\t"]
    assert len(subjects) == len(set(mini.subjects()))  # one block per subject


def test_unknown_format(mini: rdflib.Graph, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown export format"):
        export(mini, "rdfxml", tmp_path / "x.rdf")


def test_seed_trig_has_one_graph_per_notice(seed_graph: rdflib.Graph) -> None:
    dataset = _dataset(render(seed_graph, "trig"))
    named = sorted(
        str(g.identifier)
        for g in dataset.graphs()
        if len(g) and str(g.identifier).startswith(ID + "notice/")
    )
    notices = sorted(
        str(n)
        for n in seed_graph.subjects(
            rdflib.RDF.type, rdflib.URIRef("https://w3id.org/coopkg/ontology#Notice")
        )
    )
    assert named == notices
    assert len(named) == 5
    total = sum(len(g) for g in dataset.graphs())
    assert total == len(seed_graph)


def test_cli_export(tmp_path: Path, mini: rdflib.Graph) -> None:
    from click.testing import CliRunner

    from coopkg.__main__ import cli

    out = tmp_path / "graph.nt"
    result = CliRunner().invoke(cli, ["export", "-g", str(MINI), "-f", "nt", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {out}\n"
    assert out.read_text(encoding="utf-8") == render(mini, "nt")
