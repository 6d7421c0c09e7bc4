"""Publish a graph file to a triple store through the SPARQL 1.1 Graph Store HTTP Protocol.

:func:`push` sends one HTTP ``PUT`` that *replaces* one named graph (pushing twice leaves
one copy, not two). The file is streamed as it is (Turtle, N-Triples or RDF/XML; the
media type follows the file suffix), so a large graph is never parsed in Python.
Endpoint URL and graph IRI follow the protocol's indirect identification:
``PUT {endpoint}?graph={graph_iri}`` (e.g. Oxigraph's ``http://host:7878/store``).

Real triple stores want credentials: ``user``/``password`` sends HTTP basic
authentication, ``token`` a bearer token (``Authorization: Bearer ...``). HTTP is httpx's.

This module must not read or change the graph's content.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from coopkg.errors import InputError, StoreError

#: The default named graph: coopkg's data base IRI (``https://w3id.org/coopkg/id/``) + "graph".
DEFAULT_GRAPH_IRI = "https://w3id.org/coopkg/id/graph"

#: File suffix -> media type the Graph Store Protocol server is told.
MEDIA_TYPES = {
    ".ttl": "text/turtle",
    ".turtle": "text/turtle",
    ".nt": "application/n-triples",
    ".rdf": "application/rdf+xml",
    ".owl": "application/rdf+xml",
    ".xml": "application/rdf+xml",
}


@dataclass(frozen=True, slots=True)
class PushResult:
    """What the server answered to one push."""

    url: str
    graph_iri: str
    status: int
    bytes_sent: int


def graph_store_url(endpoint: str, graph_iri: str) -> str:
    """The request URL for one named graph (indirect identification).

    >>> graph_store_url("http://127.0.0.1:7878/store", "https://w3id.org/coopkg/id/graph")
    'http://127.0.0.1:7878/store?graph=https%3A%2F%2Fw3id.org%2Fcoopkg%2Fid%2Fgraph'
    """
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(endpoint, "expected an http(s) Graph Store endpoint URL")
    separator = "&" if parts.query else "?"
    return f"{endpoint}{separator}{urlencode({'graph': graph_iri})}"


def push(
    graph_path: str | Path,
    endpoint: str,
    graph_iri: str | None = None,
    *,
    user: str | None = None,
    password: str | None = None,
    token: str | None = None,
    timeout: float = 300.0,
) -> PushResult:
    """Replace the named graph ``graph_iri`` at ``endpoint`` with the file's triples.

    ``user`` and ``password`` authenticate with HTTP basic authentication, ``token`` with
    a bearer token (not both). Raises :class:`coopkg.errors.InputError` for a missing file,
    an unknown suffix or both kinds of credentials, and :class:`coopkg.errors.StoreError`
    when the server refuses (401/403 included) or cannot be reached.
    """
    import httpx

    path = Path(graph_path)
    if not path.is_file():
        raise InputError(str(path), "no such graph file")
    media_type = MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None:
        known = ", ".join(sorted(MEDIA_TYPES))
        raise InputError(str(path), f"cannot push {path.suffix!r} files; use one of {known}")
    if token is not None and user is not None:
        raise InputError(endpoint, "give a user (basic authentication) or a token, not both")
    iri = graph_iri or DEFAULT_GRAPH_IRI
    url = graph_store_url(endpoint, iri)
    size = path.stat().st_size
    headers = {"Content-Type": f"{media_type}; charset=utf-8", "Content-Length": str(size)}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    auth = httpx.BasicAuth(user, password or "") if user is not None else None
    with path.open("rb") as body:
        # A file object with an explicit Content-Length is streamed, not read into memory.
        try:
            response = httpx.put(url, content=body, headers=headers, auth=auth, timeout=timeout)
        except httpx.HTTPError as error:
            raise StoreError(f"cannot reach {endpoint}: {error}") from error
    if response.is_error:
        detail = response.text.strip()[:300]
        raise StoreError(f"{endpoint} refused the graph (HTTP {response.status_code}): {detail}")
    return PushResult(url, iri, response.status_code, size)
