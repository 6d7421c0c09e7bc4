"""The Swedish Interreg 2021-27 partner table (one row = one Swedish partner in one project).

Columns are Swedish: ``program``, ``projektnamn`` (the project's short name, kept as its
acronym), ``startdatum``/``slutdatum``, ``organisationsnamn``, ``organisationsroll``
(LP lead, PP partner, AP associated), ``nuts3`` (a county name such as "Västerbottens
län", linked to its NUTS code), ``partnerbudget`` (EUR), ``land``.

Reading of the table: a project is a programme plus a project name ("DISCO" runs in two
programmes: two projects). Rows of one project that disagree on project facts (type,
dates) become one record per variant; the linker joins them into one project and lists the
disagreement in ``conflicts.csv``. A row without an organisation name is a partner the
table does not name: it is kept as its own participation (budget, role and county are
stated) under the placeholder name ``unnamed partner`` with a row identifier, so it never
merges with another organisation. Rows repeating a named partner in one project add no
participation (a participation is one organisation in one project).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from coopkg.read.exports.base import Imported, digest, evidence
from coopkg.read.exports.tables import Row, Table, parse_amount, parse_date, read_table
from coopkg.records import Evidence, Partner, ProjectRecord

COLUMNS = frozenset({"program", "projektnamn", "organisationsnamn", "organisationsroll"})
ROLES = {"LP": "lead", "PP": "partner", "AP": "associated"}
UNNAMED = "unnamed partner"
_PROJECT_FACTS = ("projekttyp", "startdatum", "slutdatum")


#: Generic words exports add to a region's name ("Blagoevgrad Province").
_REGION_WORDS = re.compile(r"\s+(province|region|county|voivodeship)$", re.IGNORECASE)


def county_region(name: str | None, country: str | None, suffix: str = "") -> str | None:
    """The NUTS code of a region name when exactly one region carries it.

    Tried as given, with ``suffix`` appended (a map's ``region_suffix``, e.g. " županija"
    for bare Croatian county names), and without a generic word ("Province", "Region").
    """
    if not name:
        return None
    from coopkg.records import gazetteer

    variants = [name]
    if suffix:
        variants.append(name.capitalize() + suffix)
    variants.append(_REGION_WORDS.sub("", name))
    for text in dict.fromkeys(variants):
        found = gazetteer.regions_named(text, country)
        if country:
            found = tuple(r for r in found if r.country == country) or found
        codes = {r.code for r in found}
        if len(codes) == 1:
            return codes.pop()
        if codes:
            return gazetteer.collapse_chain(codes)
    return None


def programme_id(name: str | None) -> str | None:
    """The programme vocabulary id of a programme name ("Central Baltic"), if one matches."""
    if not name:
        return None
    from coopkg.records import vocab

    for text in (name, f"Interreg {name}"):
        ids = {concept.id for _s, _e, concept in vocab.match_programme(text)}
        if len(ids) == 1:
            return ids.pop()
    return None


def _partner(row: Row, table: Table, kind: str) -> tuple[Partner, list[Evidence]]:
    from coopkg.records.countries import country_code

    country = country_code(row.text("land") or "") or None
    name = row.text("organisationsnamn")
    ids = () if name else (f"row:{table.source}#{row.pointer}",)
    role_word = (row.text("organisationsroll") or "").upper()
    partner = Partner(
        name=name or UNNAMED,
        country=country,
        role=ROLES.get(role_word),
        partner_budget_eur=parse_amount(row.get("partnerbudget"), decimal="."),
        ids=ids,
        region=county_region(row.text("nuts3"), country)
        or county_region(row.text("nuts2"), country),
    )
    found = [
        evidence("partners", partner.name, table.source, row.pointer, kind, "organisationsnamn")
    ]
    if role_word:
        found.append(
            evidence(
                "partner_role", role_word, table.source, row.pointer, kind, "organisationsroll"
            )
        )
    return partner, found


def import_interreg_se(
    path: str | Path, kind: str = "interreg-se", table: Table | None = None
) -> Imported:
    """One record per project (and per variant of its project facts), partners in row order."""
    table = table or read_table(path)
    groups: dict[tuple[str, ...], list[Row]] = defaultdict(list)
    for row in table.rows:
        project = (row.text("program") or "", row.text("projektnamn") or "")
        facts = tuple(row.text(c) or "" for c in _PROJECT_FACTS)
        groups[project + facts].append(row)
    records = []
    for (programme, name, *_facts), rows in groups.items():
        first = rows[0]
        partners: list[Partner] = []
        found: list[Evidence] = []
        seen: set[str] = set()
        for row in rows:
            partner, ev = _partner(row, table, kind)
            key = partner.ids[0] if partner.ids else partner.name.casefold()
            found.extend(ev)
            if key in seen:  # the same organisation twice in one project
                continue
            seen.add(key)
            partners.append(partner)
        pointer = first.pointer
        start = parse_date(first.get("startdatum"))
        end = parse_date(first.get("slutdatum"))
        for field_name, column, value in (
            ("acronym", "projektnamn", name),
            ("programme", "program", programme),
            ("start_date", "startdatum", start),
            ("end_date", "slutdatum", end),
        ):
            if value:
                found.append(evidence(field_name, value, table.source, pointer, kind, column))
        source = f"{table.source}#{pointer}"
        records.append(
            ProjectRecord(
                source=source,
                acronym=name or None,
                programme=programme or None,
                programme_id=programme_id(programme),
                start_date=start,
                end_date=end,
                partners=tuple(partners),
                countries=tuple(sorted({p.country for p in partners if p.country})),
                evidence=tuple(found),
                sha256=digest(kind, source),
            )
        )
    return Imported(kind, tuple(records), media_type="application/json")
