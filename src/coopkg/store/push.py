"""Publish a graph file to a triple store through the SPARQL 1.1 Graph Store HTTP Protocol.

:func:`push` sends one HTTP ``PUT`` that *replaces* one named graph (pushing twice leaves
one copy, not two). The file is streamed as it is (Turtle, N-Triples or RDF/XML; the
media type follows the file suffix), so a large graph is never parsed in Python.
Endpoint URL and graph IRI follow the protocol's indirect identification:
``PUT {endpoint}?graph={graph_iri}`` (e.g. Oxigraph's ``http://host:7878/store``).

This module must not read or change the graph's content and uses only the standard
library (``urllib``), so it runs wherever coopkg does.
"""

from __future__ import annotations

import urllib.error
import urllib.request
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
    timeout: float = 300.0,
) -> PushResult:
    """Replace the named graph ``graph_iri`` at ``endpoint`` with the file's triples.

    Raises :class:`coopkg.errors.InputError` for a missing file or unknown suffix and
    :class:`coopkg.errors.StoreError` when the server refuses or cannot be reached.
    """
    path = Path(graph_path)
    if not path.is_file():
        raise InputError(str(path), "no such graph file")
    media_type = MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None:
        known = ", ".join(sorted(MEDIA_TYPES))
        raise InputError(str(path), f"cannot push {path.suffix!r} files; use one of {known}")
    iri = graph_iri or DEFAULT_GRAPH_IRI
    url = graph_store_url(endpoint, iri)
    size = path.stat().st_size
    with path.open("rb") as body:
        # A file object with an explicit Content-Length is streamed, not read into memory.
        request = urllib.request.Request(
            url,
            data=body,
            method="PUT",
            headers={"Content-Type": f"{media_type}; charset=utf-8", "Content-Length": str(size)},
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                status = response.status
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", errors="replace").strip()[:300]
            raise StoreError(
                f"{endpoint} refused the graph (HTTP {error.code}): {detail}"
            ) from error
        except (urllib.error.URLError, OSError) as error:
            raise StoreError(f"cannot reach {endpoint}: {error}") from error
    return PushResult(url, iri, status, size)
