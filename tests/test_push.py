"""Pushing a graph to a real Oxigraph server (Graph Store HTTP Protocol, PUT = replace)."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopkg.errors import InputError, StoreError
from coopkg.store.push import DEFAULT_GRAPH_IRI, graph_store_url, push

MINI = Path(__file__).resolve().parent / "fixtures" / "sparql" / "mini.ttl"


def _oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    return shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_up(base: str, process: subprocess.Popen, deadline: float) -> None:
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"oxigraph exited with {process.returncode}")
        try:
            urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1).close()
            return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    raise RuntimeError("oxigraph did not start within 30 s")


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the `oxigraph` server binary is absent (pip install oxigraph)")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, process, time.monotonic() + 30)
        yield base
    finally:
        process.terminate()  # stopped by its own PID
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _count(base: str, graph_iri: str) -> int:
    sparql = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}"
    request = urllib.request.Request(
        base + "/query?" + urllib.parse.urlencode({"query": sparql}),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        body = json.loads(response.read())
    return int(body["results"]["bindings"][0]["n"]["value"])


@pytest.mark.server
def test_push_twice_replaces(oxigraph_server: str, seed_graph_file: Path) -> None:
    endpoint = oxigraph_server + "/store"
    first = push(seed_graph_file, endpoint)
    assert first.status in (200, 201, 204)
    assert first.graph_iri == DEFAULT_GRAPH_IRI
    import rdflib

    expected = len(rdflib.Graph().parse(seed_graph_file))
    assert _count(oxigraph_server, DEFAULT_GRAPH_IRI) == expected
    push(seed_graph_file, endpoint)
    assert _count(oxigraph_server, DEFAULT_GRAPH_IRI) == expected  # replaced, not appended


@pytest.mark.server
def test_push_named_graph_and_query_back(oxigraph_server: str) -> None:
    iri = "https://example.org/graphs/mini"
    push(MINI, oxigraph_server + "/store", iri)
    sparql = (
        "PREFIX coop: <https://w3id.org/coopkg/ontology#> SELECT ?a WHERE { GRAPH <"
        + iri
        + "> { ?p coop:acronym ?a } } ORDER BY ?a"
    )
    request = urllib.request.Request(
        oxigraph_server + "/query?" + urllib.parse.urlencode({"query": sparql}),
        headers={"Accept": "text/csv"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.read().decode().split() == ["a", "ALPHA", "BETA", "GAMMA"]


@pytest.mark.server
def test_push_to_missing_server_raises() -> None:
    with pytest.raises(StoreError, match="cannot reach"):
        push(MINI, f"http://127.0.0.1:{_free_port()}/store", timeout=5)


def test_push_checks_inputs(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such graph file"):
        push(tmp_path / "absent.ttl", "http://127.0.0.1:1/store")
    odd = tmp_path / "graph.csv"
    odd.write_text("x")
    with pytest.raises(InputError, match=r"cannot push '\.csv'"):
        push(odd, "http://127.0.0.1:1/store")
    with pytest.raises(InputError, match="http"):
        graph_store_url("ftp://x/store", DEFAULT_GRAPH_IRI)


def test_graph_store_url_keeps_existing_query() -> None:
    assert graph_store_url("http://h/store?x=1", "urn:g") == "http://h/store?x=1&graph=urn%3Ag"


@pytest.fixture(scope="module")
def seed_graph_file(seed_build) -> Path:
    """The Turtle file the session's seed build wrote (tests/conftest.py)."""
    _result, out = seed_build
    return Path(out) / "graph.ttl"


@pytest.mark.server
def test_cli_push(oxigraph_server: str) -> None:
    from click.testing import CliRunner

    from coopkg.__main__ import cli

    iri = "https://example.org/graphs/cli"
    result = CliRunner().invoke(
        cli, ["push", "-g", str(MINI), "--endpoint", oxigraph_server + "/store", "--graph-iri", iri]
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"pushed {MINI.stat().st_size} bytes to <{iri}>")
    assert _count(oxigraph_server, iri) == 255
