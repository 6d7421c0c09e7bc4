"""Extraction: from a notice's text to a typed project record with evidence.

:func:`extract_record` is the entry point; :func:`explain` lists the evidence of a record
for people. The finders for dates, money and counts live in :mod:`.dates`, :mod:`.money`
and :mod:`.quantities`; titles, status, programme, partners, places and free-text fields
in the modules next to :mod:`.assemble`. Nothing here knows about RDF.
"""

from __future__ import annotations

from coopkg.extraction.assemble import explain, extract_record

__all__ = ["explain", "extract_record"]
