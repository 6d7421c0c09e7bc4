"""Graph: linked records become RDF, in the shape the ontology in ``ontology/`` defines.

:mod:`.triples` is the only module that writes triples, :mod:`.identity` the only one that
mints IRIs, :mod:`.namespace` the Python face of the ontology's terms (it fails on typos),
:mod:`.summaries` works out the per-project summaries a build's store keeps for the saved
queries, and :mod:`.validate` checks a graph against the SHACL shapes. Nothing here reads notices or
writes files.
"""
