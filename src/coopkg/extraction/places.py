"""Regions named in a notice (NUTS regions and cooperation areas), as written.

Uses :func:`coopkg.gazetteer.find_region_mentions` on the masked text (adverts, navigation
and the publisher's footer are blank there). Names keep their written form, except that
adjectival forms become the region's name ("Western Transdanubian" -> "Western
Transdanubia", "Central European area" -> "Central Europe"). Countries (NUTS level 0) are
not regions. This module must not resolve regions to codes for the graph: the linker does.
"""

from __future__ import annotations

import unicodedata

from coopkg.extraction.hits import Hit


def _fold(text: str) -> str:
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(s.split())


def _names_of(kind: str) -> tuple[str, ...]:
    from coopkg import gazetteer

    if kind.startswith("area:"):
        a = gazetteer.area(kind.split(":", 1)[1])
        return (a.name, *a.names) if a else ()
    r = gazetteer.region(kind)
    return (r.name, *r.names) if r else ()


def canonical_name(written: str, kind: str | None) -> str:
    """The region's own name when ``written`` is an adjectival form of it, else ``written``."""
    if not kind or kind.startswith("ambiguous:"):
        return written
    names = _names_of(kind)
    folded = _fold(written)
    primary = _fold(names[0]) if names else ""
    # "Central European area" is listed as a name of Central Europe: still an adjectival
    # form of the primary name, which is what a reader expects.
    if (
        primary
        and folded != primary
        and folded.startswith(primary[:-1])
        and len(folded) > len(primary)
    ):
        return names[0]
    if any(_fold(n) == folded for n in names):
        return written
    # "Western Transdanubian" starts with "Western Transdanubia"; "Central European area"
    # shares its stem with "Central Europe": take the longest name that is a prefix.
    prefixes = [n for n in names if folded.startswith(_fold(n)) and n[:1].isupper()]
    if prefixes:
        return max(prefixes, key=len)
    stems = [n for n in names if _fold(n)[:-1] and folded.startswith(_fold(n)[:-1]) and n.isascii()]
    return max(stems, key=len) if stems else written


def find_regions(clean: str) -> list[tuple[Hit, str]]:
    """(hit, name) of the regions named in ``clean``, first appearance first, unique."""
    from coopkg.gazetteer import find_region_mentions

    out: list[tuple[Hit, str]] = []
    seen: set[str] = set()
    for hit in sorted(find_region_mentions(clean), key=lambda h: h.start):
        kind = hit.kind or ""
        if len(kind) == 2 and kind.isalpha():  # NUTS 0: a country, not a region
            continue
        name = canonical_name(str(hit.value), kind)
        keys = {_fold(name), kind} if kind and not kind.startswith("ambiguous:") else {_fold(name)}
        if keys & seen:
            continue
        seen.update(keys)
        out.append((hit, name))
    return out
