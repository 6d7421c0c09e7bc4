"""The ontology is a documented artefact, and the Python namespace agrees with it."""

from __future__ import annotations

from rdflib import OWL, RDF, RDFS, Graph, URIRef

from coopkg.graph.namespace import COOP
from coopkg.records.resources import ontology_path

NS = "https://w3id.org/coopkg/ontology#"


def _ontology() -> Graph:
    return Graph().parse(str(ontology_path("coopkg.ttl")), format="turtle")


def test_namespace_and_ontology_declare_the_same_terms() -> None:
    g = _ontology()
    declared = {
        str(s)[len(NS) :] for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)
    }
    in_python = {name for name in COOP.__annotations__ if not name.startswith("_")}
    assert declared == in_python


def test_every_term_has_english_french_and_german_labels() -> None:
    g = _ontology()
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for term in g.subjects(RDF.type, kind):
            langs = {label.language for label in g.objects(term, RDFS.label)}
            missing = {"en", "fr", "de"} - langs
            # Proper names (PageRank, SHA-256) need no translation.
            if langs == {"en"} and str(term).endswith(("pagerank", "sha256")):
                continue
            assert not missing, f"{term} lacks labels in {missing}"


def test_coop_namespace_rejects_typos() -> None:
    import pytest

    with pytest.raises(AttributeError):
        _ = COOP.tilte
