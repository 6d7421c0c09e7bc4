"""A read-only SPARQL 1.1 Protocol endpoint over a coopkg graph (stdlib ``http.server``).

* ``GET /sparql?query=...`` and ``POST /sparql`` (form-encoded ``query=`` or a raw
  ``application/sparql-query`` body); ``/`` answers the same and, without a query, shows
  a small HTML query page (no external resources).
* Content negotiation: SPARQL JSON, XML, CSV, TSV for SELECT/ASK; Turtle and N-Triples
  for CONSTRUCT/DESCRIBE (``Accept`` header, or ``format=`` for browsers).
* Read-only: updates (``update=``, ``application/sparql-update``, update text) get 403,
  as do ``LOAD`` and ``SERVICE``.
* Every query runs in a worker thread with a deadline: after ``timeout`` seconds the
  client gets 503 and the worker stops at its next row (Python cannot kill a thread, so
  a query busy inside one evaluation step finishes that step in the background; at most
  ``max_concurrent`` queries run at once). Answers are cut at ``max_rows`` rows
  (header ``X-Coopkg-Truncated: true``).
* Bound to 127.0.0.1 unless another host is given.

This module must not modify the graph and must not know how queries are evaluated (that
is :mod:`coopkg.store.query` and :mod:`coopkg.store.stores`).
"""

from __future__ import annotations

import html
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from coopkg.errors import CoopkgError, QueryError, ReadOnlyError
from coopkg.store.query import QueryResult, as_store, format_result, query_text, saved_queries
from coopkg.store.stores import Store, StoreKind, open_store, query_form

if TYPE_CHECKING:  # pragma: no cover - typing only
    import rdflib

#: Largest request body read (a query, not a data upload).
MAX_BODY = 1_000_000

#: Media type -> format of :func:`coopkg.store.query.format_result`, for SELECT/ASK.
RESULT_TYPES = {
    "application/sparql-results+json": "sparql-json",
    "application/json": "sparql-json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
#: Media type -> format, for CONSTRUCT/DESCRIBE.
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
}
#: Format -> media type sent back.
CONTENT_TYPES = {
    "sparql-json": "application/sparql-results+json; charset=utf-8",
    "xml": "application/sparql-results+xml; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "nt": "application/n-triples; charset=utf-8",
}
#: Short names for the ``format=`` parameter.
FORMAT_ALIASES = {"json": "sparql-json", "ttl": "turtle", "ntriples": "nt"}


@dataclass(frozen=True, slots=True)
class ServeOptions:
    """Limits of an endpoint."""

    timeout: float = 10.0
    max_rows: int = 10_000
    max_concurrent: int = 4
    log: bool = False


@dataclass(frozen=True, slots=True)
class Reply:
    """An HTTP answer, built by pure functions and sent by the handler."""

    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()


def _text(status: int, message: str) -> Reply:
    return Reply(status, (message.rstrip() + "\n").encode("utf-8"))


def negotiate(accept: str | None, kind: str, explicit: str | None = None) -> str:
    """The result format for an ``Accept`` header (q-values honoured) and result kind.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "select")
    'xml'
    """
    table = GRAPH_TYPES if kind == "graph" else RESULT_TYPES
    default = "turtle" if kind == "graph" else "sparql-json"
    if explicit:
        chosen = FORMAT_ALIASES.get(explicit, explicit)
        if chosen in table.values():
            return chosen
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept or "").split(",")):
        media, *options = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for option in options:
            if option.startswith("q="):
                try:
                    quality = float(option[2:])
                except ValueError:
                    quality = 0.0
        if media:
            ranked.append((-quality, position, media.lower()))
    for negative_quality, _position, media in sorted(ranked):
        if negative_quality < 0 and media in table:
            return table[media]
    return default


def answer(
    store: Store,
    sparql: str,
    accept: str | None,
    options: ServeOptions,
    slots: threading.BoundedSemaphore,
    explicit_format: str | None = None,
) -> Reply:
    """Run one query under the endpoint's limits and render the reply."""
    try:
        query_form(sparql)
    except ReadOnlyError as error:
        return _text(403, f"Forbidden: {error}")
    except QueryError as error:
        return _text(400, f"Bad query: {error}")
    outcome = _run_with_deadline(store, sparql, options, slots)
    if isinstance(outcome, Reply):
        return outcome
    fmt = negotiate(accept, outcome.kind, explicit_format)
    headers = (("X-Coopkg-Truncated", "true"),) if outcome.truncated else ()
    body = format_result(outcome, fmt).encode("utf-8")
    return Reply(200, body, CONTENT_TYPES[fmt], headers)


def _run_with_deadline(
    store: Store, sparql: str, options: ServeOptions, slots: threading.BoundedSemaphore
) -> QueryResult | Reply:
    if not slots.acquire(timeout=options.timeout):
        return _text(503, "Service busy: too many queries running; try again later")
    box: dict[str, Any] = {}
    done = threading.Event()
    cancel = threading.Event()

    def work() -> None:
        try:
            box["result"] = query_text(store, sparql, max_rows=options.max_rows, cancel=cancel)
        except CoopkgError as error:
            box["error"] = error
        except Exception as error:  # an engine bug must not kill the server thread silently
            box["error"] = QueryError(f"query failed: {error}")
        finally:
            slots.release()
            done.set()

    threading.Thread(target=work, name="coopkg-query", daemon=True).start()
    if not done.wait(options.timeout):
        cancel.set()
        return _text(503, f"Query timed out after {options.timeout:g} s")
    if "error" in box:
        return _text(400, f"Bad query: {box['error']}")
    return box["result"]


def query_page(store: Store, options: ServeOptions) -> Reply:
    """The HTML query page (saved queries without parameters offered as examples)."""
    template = (
        resources.files("coopkg.store").joinpath("endpoint_page.html").read_text(encoding="utf-8")
    )
    examples = "\n".join(
        f'<option value="{html.escape(q.text)}">{html.escape(q.name)}: '
        f"{html.escape(q.description)}</option>"
        for q in saved_queries()
        if not q.params
    )
    page = (
        template.replace("{{saved}}", examples)
        .replace("{{triples}}", f"{len(store):,}")
        .replace("{{timeout}}", f"{options.timeout:g}")
        .replace("{{max_rows}}", f"{options.max_rows:,}")
    )
    return Reply(200, page.encode("utf-8"), "text/html; charset=utf-8")


class _Handler(BaseHTTPRequestHandler):
    server: _EndpointServer
    server_version = "coopkg-sparql/0.1"

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path not in ("/", "/sparql"):
            self._send(_text(404, "Not found: use /sparql"))
        elif "update" in params:
            self._send(_text(403, "Forbidden: this endpoint is read-only (no SPARQL Update)"))
        elif "query" in params:
            self._query(params["query"][0], params)
        elif url.path == "/":
            self._send(query_page(self.server.store, self.server.options))
        else:
            self._send(_text(400, "Bad request: missing 'query' parameter"))

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path not in ("/", "/sparql"):
            self._send(_text(404, "Not found: use /sparql"))
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._send(_text(413, f"Request too large: at most {MAX_BODY} bytes"))
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if media == "application/sparql-update":
            self._send(_text(403, "Forbidden: this endpoint is read-only (no SPARQL Update)"))
        elif media == "application/sparql-query":
            self._query(body, params)
        elif media == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            if "update" in form:
                self._send(_text(403, "Forbidden: this endpoint is read-only (no SPARQL Update)"))
            elif "query" in form:
                self._query(form["query"][0], {**params, **form})
            else:
                self._send(_text(400, "Bad request: missing 'query' parameter"))
        else:
            self._send(_text(415, f"Unsupported media type {media or '(none)'}"))

    def do_PUT(self) -> None:
        self._send(_text(405, "Method not allowed: this endpoint is read-only"))

    do_DELETE = do_PUT

    def _query(self, sparql: str, params: dict[str, list[str]]) -> None:
        explicit = params.get("format", [None])[0]
        server = self.server
        reply = answer(
            server.store,
            sparql,
            self.headers.get("Accept"),
            server.options,
            server.slots,
            explicit,
        )
        self._send(reply)

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        for name, value in reply.headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.options.log:
            super().log_message(format, *args)


class _EndpointServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: Store, options: ServeOptions) -> None:
        super().__init__(address, _Handler)
        self.store = store
        self.options = options
        self.slots = threading.BoundedSemaphore(options.max_concurrent)


@dataclass(frozen=True, slots=True)
class RunningServer:
    """An endpoint serving in a background thread (for tests and notebooks)."""

    server: _EndpointServer
    thread: threading.Thread

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    @property
    def url(self) -> str:
        """The endpoint's URL (``http://127.0.0.1:PORT/sparql``)."""
        host = str(self.server.server_address[0])
        return f"http://{host}:{self.port}/sparql"

    def close(self) -> None:
        """Stop serving and release the port."""
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def make_server(
    source: Store | rdflib.Graph | str | Path,
    host: str = "127.0.0.1",
    port: int = 0,
    options: ServeOptions | None = None,
) -> _EndpointServer:
    """A bound (not yet serving) endpoint over a store, an rdflib graph or a graph file."""
    try:
        return _EndpointServer((host, port), as_store(source), options or ServeOptions())
    except OSError as error:
        raise CoopkgError(f"cannot listen on {host}:{port}: {error}") from error


@contextmanager
def running_server(
    source: Store | rdflib.Graph | str | Path,
    host: str = "127.0.0.1",
    port: int = 0,
    options: ServeOptions | None = None,
) -> Iterator[RunningServer]:
    """Serve in a background thread for the ``with`` block (port 0 = any free port)."""
    running = start_server(source, host, port, options)
    try:
        yield running
    finally:
        running.close()


def start_server(
    source: Store | rdflib.Graph | str | Path,
    host: str = "127.0.0.1",
    port: int = 0,
    options: ServeOptions | None = None,
) -> RunningServer:
    """Start an endpoint in a daemon thread; call :meth:`RunningServer.close` to stop it."""
    server = make_server(source, host, port, options)
    thread = threading.Thread(target=server.serve_forever, name="coopkg-serve", daemon=True)
    thread.start()
    return RunningServer(server, thread)


def serve(
    graph_path: str | Path,
    host: str = "127.0.0.1",
    port: int = 7878,
    *,
    store: StoreKind = "memory",
    store_path: str | Path | None = None,
    timeout: float = 10.0,
    max_rows: int = 10_000,
    log: bool = True,
    ready: Any = None,
) -> None:
    """Load the graph and serve it until interrupted (Ctrl-C); blocks.

    A persistent Oxigraph store (``store_path``) is loaded from ``graph_path`` only while
    empty. ``ready`` (optional callable) gets the endpoint URL once it listens.
    """
    opened = open_store(store, store_path)
    if len(opened) == 0 or store_path is None:
        opened.load(graph_path)
    options = ServeOptions(timeout=timeout, max_rows=max_rows, log=log)
    server = make_server(opened, host, port, options)
    if ready is not None:
        ready(f"http://{host}:{server.server_address[1]}/sparql")
    try:
        server.serve_forever()
    except KeyboardInterrupt:  # pragma: no cover - interactive stop
        pass
    finally:
        server.server_close()
