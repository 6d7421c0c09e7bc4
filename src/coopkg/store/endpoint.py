"""A read-only SPARQL 1.1 Protocol endpoint over a coopkg graph.

* ``GET /sparql?query=...`` and ``POST /sparql`` (form-encoded ``query=`` or a raw
  ``application/sparql-query`` body); ``/`` answers the same and, without a query, shows
  a small HTML query page (no external resources) whose answers are HTML tables.
* Content negotiation: SPARQL JSON, XML, CSV, TSV (and an HTML table) for SELECT/ASK;
  Turtle (with the ontology's prefixes) and N-Triples for CONSTRUCT/DESCRIBE (``Accept``
  header, or ``format=`` for browsers).
* Read-only: updates (``update=``, ``application/sparql-update``, update text) get 403,
  as do ``LOAD`` and ``SERVICE``; the check runs before a query reaches the engine, and
  the engine's copy of the graph is private to the endpoint anyway.
* Queries run in Oxigraph inside worker processes (``max_concurrent`` of them, each with
  its own copy of the graph). A query still running after ``timeout`` seconds gets 503
  and its worker process is killed, so the work really stops; a fresh worker takes its
  place. Answers are cut at ``max_rows`` rows (header ``X-Coopkg-Truncated: true``).
* HTTP is served by waitress (a production WSGI server: request parsing, keep-alive,
  a thread per connection up to ``threads``); this module is a plain WSGI application.
* Bound to 127.0.0.1 unless another host is given.

This module must not modify the graph and must not know how queries are evaluated (that
is :mod:`coopkg.store.query` and :mod:`coopkg.store.stores`).
"""

from __future__ import annotations

import html
import logging
import multiprocessing
import queue
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

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
    "text/html": "html",
}
#: Media type -> format, for CONSTRUCT/DESCRIBE.
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "text/html": "html",
}
#: Format -> media type sent back.
CONTENT_TYPES = {
    "sparql-json": "application/sparql-results+json; charset=utf-8",
    "xml": "application/sparql-results+xml; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "nt": "application/n-triples; charset=utf-8",
    "html": "text/html; charset=utf-8",
}
#: Short names for the ``format=`` parameter.
FORMAT_ALIASES = {"json": "sparql-json", "ttl": "turtle", "ntriples": "nt"}


@dataclass(frozen=True, slots=True)
class ServeOptions:
    """Limits of an endpoint."""

    timeout: float = 10.0
    max_rows: int = 10_000
    max_concurrent: int = 4
    threads: int = 32
    #: Seconds a query may wait for a free worker (one replacing a killed worker included)
    #: before the client gets 503.
    queue_timeout: float = 30.0
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
    pool: QueryPool,
    sparql: str,
    accept: str | None,
    options: ServeOptions,
    explicit_format: str | None = None,
) -> Reply:
    """Check one query (read-only, well-formed form) and run it in a worker under limits."""
    try:
        query_form(sparql)
    except ReadOnlyError as error:
        return _text(403, f"Forbidden: {error}")
    except QueryError as error:
        return _text(400, f"Bad query: {error}")
    return pool.run(
        sparql, accept, explicit_format, options.timeout, max(options.queue_timeout, 0.0)
    )


def evaluate(
    store: Store,
    sparql: str,
    accept: str | None,
    explicit_format: str | None,
    max_rows: int,
) -> Reply:
    """Run a query in this process and render the reply (what a worker does)."""
    try:
        outcome = query_text(store, sparql, max_rows=max_rows)
    except ReadOnlyError as error:
        return _text(403, f"Forbidden: {error}")
    except CoopkgError as error:
        return _text(400, f"Bad query: {error}")
    except Exception as error:  # an engine bug must not kill the worker silently
        return _text(500, f"Query failed: {type(error).__name__}: {error}")
    fmt = negotiate(accept, outcome.kind, explicit_format)
    headers = (("X-Coopkg-Truncated", "true"),) if outcome.truncated else ()
    body = result_page(outcome, sparql) if fmt == "html" else format_result(outcome, fmt)
    return Reply(200, body.encode("utf-8"), CONTENT_TYPES[fmt], headers)


# --- worker processes --------------------------------------------------------------------


def _worker_main(conn: Any, data_path: str, max_rows: int) -> None:  # pragma: no cover
    """A worker process: load the graph into Oxigraph, then answer queries until closed."""
    import pyoxigraph as ox

    from coopkg.store.stores import OxigraphStore

    store = OxigraphStore()
    # Straight into Oxigraph: the worker never imports rdflib, so it starts fast.
    store.store.bulk_load(path=data_path, format=ox.RdfFormat.N_TRIPLES)
    # One query before "ready": the first evaluation imports the result writers, which
    # can take longer than a short query budget; it must not count against a client's
    # query (a replacement worker would time out on its first query, forever).
    evaluate(store, "ASK { ?s ?p ?o }", None, None, 1)
    conn.send(("ready", len(store)))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        sparql, accept, explicit = message
        reply = evaluate(store, sparql, accept, explicit, max_rows)
        conn.send((reply.status, reply.body, reply.content_type, reply.headers))


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, context: Any, data_path: Path, max_rows: int) -> None:
        parent, child = context.Pipe()
        self.process = context.Process(
            target=_worker_main,
            args=(child, str(data_path), max_rows),
            name="coopkg-sparql-worker",
            daemon=True,
        )
        self.process.start()
        child.close()
        self.conn = parent

    @property
    def pid(self) -> int:
        return int(self.process.pid or 0)

    def wait_ready(self, timeout: float) -> bool:
        try:
            return bool(self.conn.poll(timeout)) and self.conn.recv()[0] == "ready"
        except (EOFError, OSError):
            return False

    def kill(self) -> None:
        """Stop the process now (SIGKILL), whatever it is doing."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class QueryPool:
    """Worker processes that each hold the graph in Oxigraph and answer one query at a time.

    A query that overruns its deadline costs its worker: the process is killed (the only
    way to stop an engine busy inside one evaluation step) and replaced in the background.
    """

    def __init__(self, store: Store, size: int = 4, max_rows: int = 10_000) -> None:
        self._folder = Path(tempfile.mkdtemp(prefix="coopkg-endpoint-"))
        self._data = self._folder / "graph.nt"
        self._data.write_bytes(store.serialize("nt"))
        self._context = multiprocessing.get_context("spawn")
        self._max_rows = max_rows
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        started = [self._start() for _ in range(max(1, size))]
        for worker in started:
            if not worker.wait_ready(300):
                self.close()
                raise CoopkgError("the SPARQL worker process did not start")
            self._idle.put(worker)

    def _start(self) -> _Worker:
        worker = _Worker(self._context, self._data, self._max_rows)
        with self._lock:
            self._all.add(worker)
        return worker

    def pids(self) -> list[int]:
        """Process ids of the live workers (for tests and monitoring)."""
        with self._lock:
            return sorted(w.pid for w in self._all if w.process.is_alive())

    def run(
        self,
        sparql: str,
        accept: str | None,
        explicit: str | None,
        timeout: float,
        wait: float | None = None,
    ) -> Reply:
        """Run one query in a free worker (waiting up to ``wait`` s for one), at most
        ``timeout`` s; past that the worker is killed and replaced, the client gets 503."""
        try:
            worker = self._idle.get(timeout=timeout if wait is None else wait)
        except queue.Empty:
            return _text(503, "Service busy: too many queries running; try again later")
        try:
            worker.conn.send((sparql, accept, explicit))
            if worker.conn.poll(timeout):
                status, body, content_type, headers = worker.conn.recv()
                self._idle.put(worker)
                return Reply(status, body, content_type, tuple(headers))
        except (EOFError, OSError):
            self._replace(worker)
            return _text(500, "Query failed: the query worker stopped")
        self._replace(worker)
        return _text(503, f"Query timed out after {timeout:g} s")

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)
            if self._closed:
                return
        threading.Thread(target=self._respawn, name="coopkg-respawn", daemon=True).start()

    def _respawn(self) -> None:
        worker = self._start()
        if worker.wait_ready(300) and not self._closed:
            self._idle.put(worker)
        else:
            worker.kill()

    def close(self) -> None:
        """Stop every worker and remove the graph copy."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()
        shutil.rmtree(self._folder, ignore_errors=True)


# --- pages -------------------------------------------------------------------------------


def _page_template() -> str:
    return (
        resources.files("coopkg.store").joinpath("endpoint_page.html").read_text(encoding="utf-8")
    )


def query_page(
    triples: int, options: ServeOptions, sparql: str | None = None, results: str = ""
) -> Reply:
    """The HTML query page (saved queries without parameters offered as examples, in
    their raw form: the store served may hold no build summaries)."""
    examples = "\n".join(
        f'<option value="{html.escape(q.raw or q.text)}">{html.escape(q.name)}: '
        f"{html.escape(q.description)}</option>"
        for q in saved_queries()
        if not q.params
    )
    default = (
        "PREFIX coop: <https://w3id.org/coopkg/ontology#>\n"
        "SELECT ?project ?acronym WHERE { ?project a coop:Project ; coop:acronym ?acronym }\n"
        "ORDER BY ?acronym LIMIT 50"
    )
    page = (
        _page_template()
        .replace("{{saved}}", examples)
        .replace("{{triples}}", f"{triples:,}")
        .replace("{{timeout}}", f"{options.timeout:g}")
        .replace("{{max_rows}}", f"{options.max_rows:,}")
        .replace("{{query}}", html.escape(sparql if sparql is not None else default))
        .replace("{{results}}", results)
    )
    return Reply(200, page.encode("utf-8"), "text/html; charset=utf-8")


def result_table(result: QueryResult) -> str:
    """A query's answer as an HTML table (every value escaped; links only for http(s) IRIs)."""
    if result.kind == "ask":
        return f'<p class="answer">Answer: <strong>{"yes" if result.boolean else "no"}</strong></p>'
    head = "".join(f"<th>{html.escape(c)}</th>" for c in result.columns)
    body = []
    for row in result.terms:
        cells = []
        for term in row:
            if term is None:
                cells.append("<td></td>")
            elif term.kind == "uri" and term.value.startswith(("http://", "https://")):
                value = html.escape(term.value)
                cells.append(f'<td><a href="{value}">{value}</a></td>')
            else:
                cells.append(f"<td>{html.escape(term.value)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    note = " (cut at the row limit)" if result.truncated else ""
    return (
        f'<p class="note">{len(result.rows):,} rows{note}</p>\n'
        f'<table id="results"><thead><tr>{head}</tr></thead>\n<tbody>\n'
        + "\n".join(body)
        + "\n</tbody></table>"
    )


def result_page(result: QueryResult, sparql: str) -> str:
    """The query page again, with the query kept and its answer below as a table."""
    table = result_table(result)
    return (
        query_page(0, ServeOptions(), sparql, table)
        .body.decode("utf-8")
        .replace("over 0 triples", "over the graph")
    )


# --- HTTP (WSGI) -------------------------------------------------------------------------

_STATUS = {
    200: "200 OK",
    400: "400 Bad Request",
    403: "403 Forbidden",
    404: "404 Not Found",
    405: "405 Method Not Allowed",
    413: "413 Payload Too Large",
    415: "415 Unsupported Media Type",
    500: "500 Internal Server Error",
    503: "503 Service Unavailable",
}

_READ_ONLY = "Forbidden: this endpoint is read-only (no SPARQL Update)"


class EndpointApp:
    """The endpoint as a WSGI application (served by waitress; testable without a socket)."""

    def __init__(self, store: Store, options: ServeOptions, pool: QueryPool) -> None:
        self.store = store
        self.options = options
        self.pool = pool
        self.triples = len(store)

    def __call__(self, environ: dict[str, Any], start_response: Any) -> list[bytes]:
        reply = self.reply(environ)
        headers = [
            ("Content-Type", reply.content_type),
            ("Content-Length", str(len(reply.body))),
            ("Access-Control-Allow-Origin", "*"),
            *reply.headers,
        ]
        start_response(_STATUS.get(reply.status, f"{reply.status} Error"), headers)
        return [] if environ.get("REQUEST_METHOD") == "HEAD" else [reply.body]

    def reply(self, environ: dict[str, Any]) -> Reply:
        path = environ.get("PATH_INFO") or "/"
        method = environ.get("REQUEST_METHOD", "GET")
        if path not in ("/", "/sparql"):
            return _text(404, "Not found: use /sparql")
        params = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        if method in ("GET", "HEAD"):
            if "update" in params:
                return _text(403, _READ_ONLY)
            if "query" in params:
                return self._query(params["query"][0], params, environ)
            if path == "/":
                return query_page(self.triples, self.options)
            return _text(400, "Bad request: missing 'query' parameter")
        if method != "POST":
            return _text(405, "Method not allowed: this endpoint is read-only")
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > MAX_BODY:
            return _text(413, f"Request too large: at most {MAX_BODY} bytes")
        body = environ["wsgi.input"].read(length).decode("utf-8", errors="replace")
        media = (environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            return _text(403, _READ_ONLY)
        if media == "application/sparql-query":
            return self._query(body, params, environ)
        if media == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            if "update" in form:
                return _text(403, _READ_ONLY)
            if "query" in form:
                return self._query(form["query"][0], {**params, **form}, environ)
            return _text(400, "Bad request: missing 'query' parameter")
        return _text(415, f"Unsupported media type {media or '(none)'}")

    def _query(self, sparql: str, params: dict[str, list[str]], environ: dict[str, Any]) -> Reply:
        explicit = params.get("format", [None])[0]
        return answer(self.pool, sparql, environ.get("HTTP_ACCEPT"), self.options, explicit)


class EndpointServer:
    """A bound endpoint: waitress listening, worker processes ready."""

    def __init__(self, store: Store, host: str, port: int, options: ServeOptions) -> None:
        from waitress.server import create_server

        self.store = store
        self.options = options
        self.pool = QueryPool(store, options.max_concurrent, options.max_rows)
        self.app = EndpointApp(store, options, self.pool)
        if not options.log:
            logging.getLogger("waitress").setLevel(logging.ERROR)
        try:
            self.http = create_server(
                self.app,
                host=host,
                port=port,
                threads=options.threads,
                connection_limit=max(100, options.threads * 4),
                channel_timeout=max(30, int(options.timeout) + 5),
                ident="coopkg-sparql",
            )
        except OSError:
            self.pool.close()
            raise
        self.server_address = (host, int(self.http.effective_port))

    def serve_forever(self) -> None:
        self.http.run()

    def shutdown(self) -> None:
        """Stop accepting, close every connection and the worker processes."""
        http = self.http
        while http._map:  # closing every dispatcher ends waitress's loop
            for dispatcher in list(http._map.values()):
                dispatcher.close()
        http.task_dispatcher.shutdown(timeout=2)
        self.pool.close()

    def server_close(self) -> None:
        self.pool.close()


@dataclass(frozen=True, slots=True)
class RunningServer:
    """An endpoint serving in a background thread (for tests and notebooks)."""

    server: EndpointServer
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
        """Stop serving, stop the workers and release the port."""
        self.server.shutdown()
        self.thread.join(timeout=5)


def make_server(
    source: Store | rdflib.Graph | str | Path,
    host: str = "127.0.0.1",
    port: int = 0,
    options: ServeOptions | None = None,
) -> EndpointServer:
    """A bound (not yet serving) endpoint over a store, an rdflib graph or a graph file."""
    try:
        return EndpointServer(as_store(source), host, port, options or ServeOptions())
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
    workers: int = 4,
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
    options = ServeOptions(timeout=timeout, max_rows=max_rows, max_concurrent=workers, log=log)
    server = make_server(opened, host, port, options)
    if ready is not None:
        ready(f"http://{host}:{server.server_address[1]}/sparql")
    if threading.current_thread() is threading.main_thread():
        import signal

        def stop(_signum: int, _frame: Any) -> None:  # SIGTERM stops as cleanly as Ctrl-C
            raise KeyboardInterrupt

        signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:  # pragma: no cover - interactive stop
        pass
    finally:
        server.shutdown()
