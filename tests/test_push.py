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


# --- authentication: a tiny local server that records what it was sent ----------------


@pytest.fixture()
def recording_server() -> Iterator[tuple[str, list[dict[str, str]]]]:
    """An HTTP server on loopback that answers 401 without ``Bearer s3cret`` or
    ``alice:wonderland`` and 204 with them, keeping every request's headers."""
    import base64
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    seen: list[dict[str, str]] = []
    accepted = {"Bearer s3cret", "Basic " + base64.b64encode(b"alice:wonderland").decode()}

    class Handler(BaseHTTPRequestHandler):
        def do_PUT(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            seen.append({**dict(self.headers), "body-bytes": str(len(body)), "path": self.path})
            ok = self.headers.get("Authorization") in accepted
            self.send_response(204 if ok else 401)
            if not ok:
                self.send_header("WWW-Authenticate", 'Basic realm="kg"')
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/store", seen
    finally:
        server.shutdown()
        server.server_close()


def test_push_sends_bearer_token(recording_server) -> None:
    endpoint, seen = recording_server
    result = push(MINI, endpoint, "urn:g", token="s3cret")
    assert result.status == 204
    assert seen[-1]["Authorization"] == "Bearer s3cret"
    assert seen[-1]["Content-Type"] == "text/turtle; charset=utf-8"
    assert seen[-1]["body-bytes"] == str(MINI.stat().st_size)
    assert seen[-1]["path"] == "/store?graph=urn%3Ag"


def test_push_sends_basic_credentials(recording_server) -> None:
    endpoint, seen = recording_server
    assert push(MINI, endpoint, user="alice", password="wonderland").status == 204
    assert seen[-1]["Authorization"] == "Basic YWxpY2U6d29uZGVybGFuZA=="


def test_push_without_or_with_wrong_credentials_is_refused(recording_server) -> None:
    endpoint, seen = recording_server
    with pytest.raises(StoreError, match=r"refused the graph \(HTTP 401\)"):
        push(MINI, endpoint)
    assert "Authorization" not in seen[-1]
    with pytest.raises(StoreError, match="HTTP 401"):
        push(MINI, endpoint, user="alice", password="wrong")
    with pytest.raises(InputError, match="not both"):
        push(MINI, endpoint, user="alice", password="wonderland", token="s3cret")


def test_cli_push_token_from_environment(recording_server) -> None:
    from click.testing import CliRunner

    from coopkg.__main__ import cli

    endpoint, seen = recording_server
    result = CliRunner().invoke(
        cli,
        ["push", "-g", str(MINI), "--endpoint", endpoint],
        env={"COOPKG_PUSH_TOKEN": "s3cret"},
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"pushed {MINI.stat().st_size} bytes to <")
    assert seen[-1]["Authorization"] == "Bearer s3cret"
    refused = CliRunner().invoke(
        cli, ["push", "-g", str(MINI), "--endpoint", endpoint, "--user", "alice"], input="no\n"
    )
    assert refused.exit_code != 0
    assert "HTTP 401" in refused.output
