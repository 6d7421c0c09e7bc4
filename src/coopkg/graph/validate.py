"""Check a coopkg graph against the SHACL shapes in ``ontology/shapes.ttl``.

:func:`validate_graph` runs pySHACL (no inference, for speed; the ontology is mixed in so
that class hierarchies count) and returns a plain :class:`ValidationReport`;
:func:`format_report` turns it into readable lines. Warnings do not make a graph
non-conforming.

This module only reads graphs: it must not change the graph it checks, build graphs from
records or decide exit codes (the CLI maps ``conforms`` to exit code 0 or 1).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from coopkg.errors import InputError, ValidationError
from coopkg.records.resources import read_ontology_text

if TYPE_CHECKING:
    from rdflib import Graph

SH = "http://www.w3.org/ns/shacl#"
RDF_FIRST_IRI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first"

#: Ontology files mixed into the data graph before validation (class hierarchy only).
ONTOLOGY_FILES = ("coopkg.ttl",)


class Violation(NamedTuple):
    """One validation result: the node, the property path (or None), what is wrong, how bad.

    ``severity`` is ``"Violation"``, ``"Warning"`` or ``"Info"``.
    """

    focus: str
    path: str | None
    message: str
    severity: str


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of a validation: ``conforms`` is False when any result is a Violation."""

    conforms: bool
    violations: tuple[Violation, ...] = ()

    @property
    def errors(self) -> tuple[Violation, ...]:
        """Only the results of severity Violation."""
        return tuple(v for v in self.violations if v.severity == "Violation")


@lru_cache(maxsize=1)
def _shapes_graph() -> Graph:
    from rdflib import Graph

    graph = Graph()
    graph.parse(data=read_ontology_text("shapes.ttl"), format="turtle")
    return graph


@lru_cache(maxsize=1)
def _ontology_graph() -> Graph:
    from rdflib import Graph

    graph = Graph()
    for name in ONTOLOGY_FILES:
        graph.parse(data=read_ontology_text(name), format="turtle")
    return graph


def validate_graph(graph: Graph) -> ValidationReport:
    """Validate ``graph`` against coopkg's shapes.

    The graph itself is not modified (pySHACL works on a copy once the ontology is mixed in).

    >>> from rdflib import Graph
    >>> validate_graph(Graph()).conforms
    True
    """
    import pyshacl

    try:
        _, results, _ = pyshacl.validate(
            data_graph=graph,
            shacl_graph=_shapes_graph(),
            ont_graph=_ontology_graph(),
            inference="none",
            allow_warnings=True,
            abort_on_first=False,
        )
    except Exception as error:  # pySHACL raises its own ReportableRuntimeError and others
        raise ValidationError(f"SHACL validation could not run: {error}") from error
    # One value can break two constraints of a shape with one message: report it once.
    unique = set(_results(results))
    violations = tuple(sorted(unique, key=lambda v: (v.focus, v.path or "", v.message)))
    conforms = not any(v.severity == "Violation" for v in violations)
    return ValidationReport(conforms=conforms, violations=violations)


def _results(results: Graph) -> list[Violation]:
    """The sh:ValidationResult nodes of a pySHACL results graph as plain tuples."""
    from rdflib import RDF, Namespace

    sh = Namespace(SH)
    found = []
    for result in results.subjects(RDF.type, sh.ValidationResult):
        path = results.value(result, sh.resultPath)
        severity = results.value(result, sh.resultSeverity)
        messages = sorted(str(m) for m in results.objects(result, sh.resultMessage))
        found.append(
            Violation(
                focus=str(results.value(result, sh.focusNode)),
                path=_path_text(results, path),
                message=messages[0] if messages else "",
                severity=str(severity).removeprefix(SH) if severity is not None else "Violation",
            )
        )
    return found


def _path_text(results: Graph, path: object) -> str | None:
    """A result path in SPARQL property-path syntax (``<p>``, ``^<p>``, ``(<a>|^<b>)``)."""
    from rdflib import BNode, Namespace, URIRef
    from rdflib.collection import Collection

    sh = Namespace(SH)
    if path is None:
        return None
    if not isinstance(path, BNode):
        return str(path)
    # Complex paths are blank-node structures (SHACL 2.3.1); render the common ones.
    inverse = results.value(path, sh.inversePath)
    if inverse is not None:
        return "^" + _path_part(results, inverse)
    alternatives = results.value(path, sh.alternativePath)
    if alternatives is not None:
        items = [_path_part(results, i) for i in Collection(results, alternatives)]
        return "(" + "|".join(items) + ")"
    if results.value(path, URIRef(RDF_FIRST_IRI)) is not None:
        return "/".join(_path_part(results, i) for i in Collection(results, path))
    return "(complex path)"


def _path_part(results: Graph, path: object) -> str:
    from rdflib import BNode

    if isinstance(path, BNode):
        return _path_text(results, path) or ""
    return f"<{path}>"


def validate_file(path: str | Path) -> ValidationReport:
    """Parse an RDF file (format from its extension) and validate it.

    Raises :class:`coopkg.errors.InputError` when the file is missing or not parseable RDF.
    """
    from rdflib import Graph
    from rdflib.util import guess_format

    source = Path(path)
    if not source.is_file():
        raise InputError(str(source), "no such file")
    graph = Graph()
    try:
        graph.parse(source, format=guess_format(str(source)) or "turtle")
    except Exception as error:  # rdflib raises parser-specific exception types
        raise InputError(str(source), f"not readable as RDF: {error}") from error
    return validate_graph(graph)


def format_report(report: ValidationReport) -> str:
    """The report as readable lines: a summary, then one line per result.

    >>> format_report(ValidationReport(conforms=True))
    'Conforms: yes (0 violations, 0 warnings)'
    """
    errors = sum(1 for v in report.violations if v.severity == "Violation")
    warnings = sum(1 for v in report.violations if v.severity == "Warning")
    lines = [
        f"Conforms: {'yes' if report.conforms else 'no'} "
        f"({errors} violation{'s' if errors != 1 else ''}, "
        f"{warnings} warning{'s' if warnings != 1 else ''})"
    ]
    for violation in report.violations:
        where = f" {violation.path}" if violation.path else ""
        lines.append(f"{violation.severity}: <{violation.focus}>{where}: {violation.message}")
    return "\n".join(lines)
