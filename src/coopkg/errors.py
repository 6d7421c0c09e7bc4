"""coopkg's exceptions: one small hierarchy, raised by every stage.

::

    CoopkgError
    ├── InputError        bad input file (has ``path`` and ``reason``)
    ├── ExtractionError   text could not be turned into a record
    ├── LinkError         identities could not be resolved
    ├── GraphError        records could not be turned into triples
    ├── QueryError        a SPARQL query failed
    │   ├── ReadOnlyError an update, LOAD or SERVICE sent where only queries are allowed
    │   └── QueryUsageError  unknown saved query, unknown or missing parameter (a usage error)
    ├── StoreError        the triple store could not be read or written
    └── ValidationError   the graph failed a check

This module must not import anything from the rest of coopkg.
"""

from __future__ import annotations


class CoopkgError(Exception):
    """Base class of every error coopkg raises on purpose."""


class InputError(CoopkgError):
    """An input file could not be read or has the wrong shape."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ExtractionError(CoopkgError):
    """A notice's text could not be turned into a record."""


class LinkError(CoopkgError):
    """Countries, regions, organisations or projects could not be linked."""


class GraphError(CoopkgError):
    """Records could not be turned into RDF."""


class QueryError(CoopkgError):
    """A query could not be loaded or run."""


class ReadOnlyError(QueryError):
    """An update, ``LOAD`` or federated ``SERVICE`` was sent where only queries are allowed."""


class QueryUsageError(QueryError):
    """The query was asked for wrongly: an unknown saved query, or a parameter that is
    unknown, missing or of the wrong type (the CLI exits 2, like any usage error)."""


class StoreError(CoopkgError):
    """The triple store could not be opened, read or written."""


class ValidationError(CoopkgError):
    """The graph failed a validation check."""
