"""Store: where a built graph lives and how it is read back.

:mod:`.stores` (rdflib in memory or a persistent Oxigraph store, one neutral term type),
:mod:`.query` (saved ``.rq`` queries with bound parameters and result formats),
:mod:`.endpoint` (the read-only SPARQL endpoint), :mod:`.push` (Graph Store Protocol),
:mod:`.export` (deterministic RDF files) and :mod:`.atomic` (writing files so that a crash
never leaves half a file). This stage reads graphs; it never writes triples of its own.
"""
