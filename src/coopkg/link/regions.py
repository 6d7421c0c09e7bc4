"""Region linking: region mentions and partner places -> NUTS codes or cooperation areas.

A mention resolves when exactly one region (or one branch of the NUTS tree) carries the
name, possibly after narrowing to the project's countries; otherwise the link says
``ambiguous: <codes>`` and has no code. This module never guesses and never mints IRIs;
the hierarchy is available through ``coopkg.records.gazetteer.region(code).parent``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from coopkg.records import Partner, ProjectRecord, RegionLink, gazetteer
from coopkg.records.countries import country_code

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def link_region(mention: str, countries: Iterable[str] = ()) -> RegionLink:
    """One mention ("Lower Austria", "AT12", "Alpine Space", "Győr") as a RegionLink.

    >>> link_region("Lower Austria")
    RegionLink(mention='Lower Austria', nuts_code='AT12', level=2, reason='name')
    >>> link_region("Limburg").reason
    'ambiguous: BE22, NL42'
    """
    text = mention.strip()
    upper = text.upper()
    if re.fullmatch(r"[A-Z]{2}[0-9A-Z]{1,3}", upper) and (found := gazetteer.region(upper)):
        return RegionLink(mention, found.code, found.level, "code")
    areas = gazetteer.areas_named(text)
    if len(areas) == 1:
        return RegionLink(mention, f"area:{areas[0].id}", None, "area")
    candidates = gazetteer.regions_named(text)
    wanted = {c for c in (country_code(x) or x for x in countries) if c}
    if len(candidates) > 1 and wanted:
        narrowed = tuple(r for r in candidates if r.country in wanted)
        candidates = narrowed or candidates
    if candidates:
        code = gazetteer.collapse_chain(r.code for r in candidates)
        if code is None and len(candidates) == 1:
            code = candidates[0].code
        if code is not None:
            return RegionLink(mention, code, gazetteer.region(code).level, "name")  # type: ignore[union-attr]
        # A city name that is also a region name (Karlsruhe) picks the city's region.
        city = gazetteer.city_region(text, next(iter(wanted)) if len(wanted) == 1 else None)
        if city and city in {r.code for r in candidates}:
            return RegionLink(mention, city, 3, "city")
        codes = ", ".join(r.code for r in candidates)
        return RegionLink(mention, None, None, f"ambiguous: {codes}")
    city = gazetteer.city_region(text, next(iter(wanted)) if len(wanted) == 1 else None)
    if city:
        return RegionLink(mention, city, 3, "city")
    if gazetteer.cities_named(text):
        codes = ", ".join(sorted({c.nuts3 or c.country for c in gazetteer.cities_named(text)}))
        return RegionLink(mention, None, None, f"ambiguous: {codes}")
    return RegionLink(mention, None, None, "unknown")


def link_regions(record: ProjectRecord) -> tuple[RegionLink, ...]:
    """The record's region mentions, each linked (in the record's order, no duplicates)."""
    return tuple(link_region(m, record.countries) for m in dict.fromkeys(record.regions) if m)


def _cities_in(text: str, country: str | None) -> set[str]:
    words = [m.group() for m in _WORD.finditer(text)]
    found: set[str] = set()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size])
            if not phrase[0].isupper():
                continue
            code = gazetteer.city_region(phrase, country)
            if code:
                found.add(code)
    return found


def partner_region(partner: Partner) -> str | None:
    """The NUTS code of a partner's place, or None when it cannot be told for sure.

    Tried in order: the partner's city; a region named in its name ("Business Agency of
    Lower Austria"); a city in its name ("Stadt Karlsruhe"); a city in its address.

    >>> partner_region(Partner("Stadt Karlsruhe Wirtschaftsförderung", "DE"))
    'DE122'
    """
    if partner.region and gazetteer.region(partner.region):  # stated by an export
        return partner.region
    return _place(partner.name, partner.country, partner.city, partner.address)


@functools.lru_cache(maxsize=100_000)  # exports repeat one partner in many rows
def _place(
    name: str, country_name: str | None, city: str | None, address: str | None
) -> str | None:
    partner = Partner(name, country_name, city=city, address=address)
    country = country_code(partner.country) if partner.country else None
    if partner.city:
        code = gazetteer.city_region(partner.city, country)
        if code:
            return code
    in_name = {
        h.kind
        for h in gazetteer.find_region_mentions(partner.name)
        if h.kind and not h.kind.startswith(("ambiguous:", "area:"))
    }
    if country:
        in_name = {c for c in in_name if (r := gazetteer.region(c)) and r.country == country}
    if len(in_name) == 1:
        return in_name.pop()
    for text in (partner.name, partner.address or ""):
        cities = _cities_in(text, country)
        if len(cities) == 1:
            return cities.pop()
    return None
