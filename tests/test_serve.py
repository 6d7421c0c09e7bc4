"""The SPARQL endpoint (coopkg.store.endpoint), started in-process on a free loopback port."""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import rdflib

from coopkg.store.endpoint import ServeOptions, negotiate, running_server
from coopkg.store.stores import open_store

pytestmark = pytest.mark.server

MINI = Path(__file__).resolve().parent / "fixtures" / "sparql" / "mini.ttl"
PREFIX = "PREFIX coop: <https://w3id.org/coopkg/ontology#>\n"
ACRONYMS = PREFIX + "SELECT ?acronym WHERE { ?p coop:acronym ?acronym } ORDER BY ?acronym"


@pytest.fixture(scope="module", params=["memory", "oxigraph"])
def endpoint(request: pytest.FixtureRequest):
    store = open_store(request.param)
    store.load(MINI)
    options = ServeOptions(timeout=10, max_rows=100, max_concurrent=2)
    with running_server(store, options=options) as running:
        yield running


def _get(url: str, params: dict[str, str], accept: str | None = None):
    request = urllib.request.Request(url + "?" + urllib.parse.urlencode(params))
    if accept:
        request.add_header("Accept", accept)
    return _open(request)


def _post(url: str, body: bytes, content_type: str):
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type})
    return _open(request)


def _open(request: urllib.request.Request) -> tuple[int, str, str, dict[str, str]]:
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            headers = dict(response.headers)
            return (
                response.status,
                response.headers["Content-Type"],
                response.read().decode(),
                headers,
            )
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode(), dict(error.headers)


def test_binds_loopback_by_default(endpoint) -> None:
    assert endpoint.url.startswith("http://127.0.0.1:")


def test_select_json_with_sparqlwrapper(endpoint) -> None:
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(endpoint.url)
    client.setQuery(ACRONYMS)
    client.setReturnFormat(JSON)
    body = client.query().convert()
    assert body["head"]["vars"] == ["acronym"]
    assert [b["acronym"]["value"] for b in body["results"]["bindings"]] == [
        "ALPHA",
        "BETA",
        "GAMMA",
    ]


def test_select_xml_with_sparqlwrapper_post(endpoint) -> None:
    from SPARQLWrapper import POST, XML, SPARQLWrapper

    client = SPARQLWrapper(endpoint.url)
    client.setMethod(POST)
    client.setQuery(PREFIX + "SELECT ?f WHERE { ?p coop:acronym 'BETA' ; coop:euFunding ?f }")
    client.setReturnFormat(XML)
    document = client.query().convert()
    literals = document.getElementsByTagName("literal")
    assert [(n.firstChild.data, n.getAttribute("datatype")) for n in literals] == [
        (
            "1200000.5",  # every store is served by Oxigraph workers (they normalise)
            "http://www.w3.org/2001/XMLSchema#decimal",
        )
    ]


def test_ask_json(endpoint) -> None:
    status, _type, body, _ = _get(
        endpoint.url, {"query": PREFIX + "ASK { ?p coop:acronym 'GAMMA' }"}
    )
    assert (status, json.loads(body)["boolean"]) == (200, True)


def test_csv_and_tsv_via_urllib(endpoint) -> None:
    status, content_type, body, _ = _get(endpoint.url, {"query": ACRONYMS}, accept="text/csv")
    assert (status, content_type) == (200, "text/csv; charset=utf-8")
    assert body == "acronym\r\nALPHA\r\nBETA\r\nGAMMA\r\n"
    status, _type, body, _ = _get(endpoint.url, {"query": ACRONYMS, "format": "tsv"})
    assert body == '?acronym\n"ALPHA"\n"BETA"\n"GAMMA"\n'


def test_post_raw_sparql_query(endpoint) -> None:
    status, _type, body, _ = _post(endpoint.url, ACRONYMS.encode(), "application/sparql-query")
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == 3


def test_construct_as_turtle_and_ntriples(endpoint) -> None:
    from SPARQLWrapper import TURTLE, SPARQLWrapper

    construct = PREFIX + "CONSTRUCT { ?p coop:acronym ?a } WHERE { ?p coop:acronym ?a }"
    client = SPARQLWrapper(endpoint.url)
    client.setQuery(construct)
    client.setReturnFormat(TURTLE)
    response = client.query()
    assert response.response.headers["Content-Type"] == "text/turtle; charset=utf-8"
    graph = rdflib.Graph().parse(data=response.convert(), format="turtle")
    assert len(graph) == 3
    _status, content_type, body, _ = _get(
        endpoint.url, {"query": construct}, accept="application/n-triples"
    )
    assert content_type.startswith("application/n-triples")
    assert len(body.splitlines()) == 3


def test_updates_are_refused(endpoint) -> None:
    insert = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    status, _t, body, _ = _post(
        endpoint.url,
        urllib.parse.urlencode({"update": insert}).encode(),
        "application/x-www-form-urlencoded",
    )
    assert status == 403 and "read-only" in body
    status, _t, _b, _ = _post(endpoint.url, insert.encode(), "application/sparql-update")
    assert status == 403
    status, _t, body, _ = _get(endpoint.url, {"query": insert})
    assert status == 403 and "updates are not allowed (INSERT)" in body
    status, _t, body, _ = _get(endpoint.url, {"query": "LOAD <http://example.org/data.ttl>"})
    assert status == 403 and "LOAD" in body
    assert len(endpoint.server.store) == 255


def test_service_is_refused(endpoint) -> None:
    query = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    status, _t, body, _ = _get(endpoint.url, {"query": query})
    assert status == 403 and "SERVICE" in body


def test_bad_query_is_400(endpoint) -> None:
    status, _t, body, _ = _get(endpoint.url, {"query": "SELECT ?x WHERE { ?x"})
    assert status == 400 and body.startswith("Bad query")


def test_html_page_has_no_external_resources(endpoint) -> None:
    status, content_type, body, _ = _get(endpoint.url.removesuffix("sparql"), {})
    assert (status, content_type) == (200, "text/html; charset=utf-8")
    assert "<form" in body and "lead-partners" in body
    # Nothing the browser would fetch: no scripts, styles, images or fonts from elsewhere.
    for marker in ("src=", "href=", "@import", "url("):
        assert marker not in body


def test_result_cap() -> None:
    with running_server(MINI, options=ServeOptions(max_rows=7, max_concurrent=1)) as running:
        status, _t, body, headers = _get(running.url, {"query": "SELECT * { ?s ?p ?o }"})
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == 7
    assert headers["X-Coopkg-Truncated"] == "true"


def test_timeout_answers_503() -> None:
    # 120 triples: the triple cross product streams 1.7 million rows, far beyond 0.2 s; the
    # worker stops at the next row once the deadline has passed.
    graph = rdflib.Graph()
    for i in range(120):
        graph.add((rdflib.URIRef(f"urn:s{i}"), rdflib.URIRef("urn:p"), rdflib.Literal(i)))
    slow = "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
    options = ServeOptions(timeout=0.2, max_rows=10_000_000, max_concurrent=1)
    with running_server(graph, options=options) as running:
        status, _t, body, _ = _get(running.url, {"query": slow})
        assert (status, body) == (503, "Query timed out after 0.2 s\n")
        # The endpoint still answers afterwards, once the killed worker is replaced (on a
        # loaded machine the replacement may take longer than the 0.2 s budget of a query).
        deadline = time.monotonic() + 20
        while True:
            status, _t, _b, _ = _get(running.url, {"query": "ASK { ?s ?p ?o }"})
            if status == 200 or time.monotonic() > deadline:
                break
            time.sleep(0.25)
        assert status == 200


@pytest.mark.parametrize(
    ("accept", "kind", "expected"),
    [
        (None, "select", "sparql-json"),
        ("text/csv;q=0.5, application/sparql-results+xml", "select", "xml"),
        ("text/tab-separated-values", "ask", "tsv"),
        ("image/png", "select", "sparql-json"),
        ("*/*", "graph", "turtle"),
        ("application/n-triples", "graph", "nt"),
        ("text/csv;q=0", "select", "sparql-json"),
    ],
)
def test_negotiate(accept: str | None, kind: str, expected: str) -> None:
    assert negotiate(accept, kind) == expected


# --- real engine, real cancellation, many clients ----------------------------------------


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_timeout_kills_the_worker_so_the_work_stops() -> None:
    graph = rdflib.Graph()
    for i in range(200):
        graph.add((rdflib.URIRef(f"urn:s{i}"), rdflib.URIRef("urn:p"), rdflib.Literal(i)))
    # An aggregate over 8 billion rows: the engine is busy inside one evaluation step.
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }"
    options = ServeOptions(timeout=0.5, max_concurrent=1)
    with running_server(graph, options=options) as running:
        (before,) = running.server.pool.pids()
        status, _t, body, _ = _get(running.url, {"query": slow})
        assert (status, body) == (503, "Query timed out after 0.5 s\n")
        assert not _alive(before)  # killed, not left burning a core
        # A fresh worker takes its place and answers.
        status, _t, body, _ = _get(running.url, {"query": "ASK { ?s ?p ?o }"})
        assert status == 200 and json.loads(body)["boolean"] is True
        (after,) = running.server.pool.pids()
        assert after != before


def test_twenty_concurrent_clients_get_no_error() -> None:
    import threading
    import time

    errors: list[str] = []
    answered = [0]
    lock = threading.Lock()
    with running_server(MINI, options=ServeOptions(timeout=10, max_concurrent=2)) as running:
        stop = time.monotonic() + 3  # the 30-second run is tests/benchmarks/bench_endpoint.py

        def client() -> None:
            while time.monotonic() < stop:
                try:
                    status, _t, body, _ = _get(running.url, {"query": ACRONYMS})
                    ok = status == 200 and len(json.loads(body)["results"]["bindings"]) == 3
                except Exception as error:  # a dropped connection is an error too
                    ok, body = False, repr(error)
                with lock:
                    answered[0] += 1
                    if not ok:
                        errors.append(body)

        threads = [threading.Thread(target=client) for _ in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert answered[0] >= 20


def test_query_page_answers_with_a_result_table(endpoint) -> None:
    hostile = PREFIX + "SELECT ?x WHERE { BIND('<script>alert(1)</script>' AS ?x) }"
    status, content_type, body, _ = _get(
        endpoint.url.removesuffix("sparql"), {"query": hostile, "format": "html"}
    )
    assert status == 200 and content_type.startswith("text/html")
    assert '<table id="results">' in body
    assert "<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>" in body
    assert "<script>" not in body
    status, _t, body, _ = _get(endpoint.url, {"query": ACRONYMS}, accept="text/html")
    assert body.count("<tr><td>") == 3 and "<td>ALPHA</td>" in body


def test_construct_uses_the_ontology_prefixes(endpoint) -> None:
    construct = PREFIX + "CONSTRUCT { ?p coop:acronym ?a } WHERE { ?p coop:acronym ?a }"
    status, _t, body, _ = _get(endpoint.url, {"query": construct}, accept="text/turtle")
    assert status == 200
    assert body.startswith("@prefix coop: <https://w3id.org/coopkg/ontology#> .")
    assert 'coop:acronym "ALPHA"' in body and "ns1:" not in body
