"""CORDIS open-data exports: ``project`` and ``organization`` files (JSON, CSV or XLSX).

The project file gives one project per row (``id`` grant number, ``acronym``, ``title``,
dates, ``ecMaxContribution``, ``totalCost``, ``frameworkProgramme``); the organisation
file one participation per row (``projectID``, ``organisationID`` = PIC, ``vatNumber``,
``name``, ``role``, ``ecContribution``, address). Given either file, the importer also reads
its sibling of the other kind in the same folder, so a project comes with its partners.
An organisation file alone gives projects with acronym and partners only.

The compact participations table (``rcn, role, pic, country, contribution, start_date``…,
all H2020 participations without names) is read by :func:`participations`; organisations
are then named by their PIC.

Roles are kept: ``coordinator`` -> lead, ``participant`` -> partner, ``thirdParty`` ->
third-party, ``partner``/``internationalPartner`` (partners without EU funding) ->
associated; the CORDIS word itself is the evidence value. PIC and VAT become strong
identifiers (``pic:…``, ``vat:…``); the grant number the project identifier
(``cordis:…``). This module builds records; it writes no triples.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from pathlib import Path

from coopkg.read.exports.base import Imported, digest, evidence, identifier, vat_id
from coopkg.read.exports.tables import (
    Row,
    Table,
    is_table_file,
    parse_amount,
    parse_date,
    read_table,
)
from coopkg.records import Evidence, Partner, ProjectRecord

PROJECT_COLUMNS = frozenset({"id", "acronym", "title", "startDate", "endDate", "ecMaxContribution"})
ORGANISATION_COLUMNS = frozenset({"projectID", "organisationID", "name", "role", "country"})
PARTICIPATION_COLUMNS = frozenset({"rcn", "role", "pic", "country", "contribution"})

ROLE_CODES = {
    "coordinator": "lead",
    "participant": "partner",
    "thirdparty": "third-party",
    "partner": "associated",
    "internationalpartner": "associated",
    "associatedpartner": "associated",
    "beneficiary": "partner",
}
_STATUS = {"CLOSED": "finished", "TERMINATED": "finished", "SIGNED": "ongoing", "ONG": "ongoing"}


def role_code(word: str | None) -> str | None:
    """The coopkg role of a CORDIS role word ("thirdParty" -> "third-party")."""
    if not word:
        return None
    return ROLE_CODES.get(word.replace("_", "").replace(" ", "").casefold())


@functools.lru_cache(maxsize=1024)
def country_alpha2(code: object) -> str | None:
    """ISO alpha-2 of a CORDIS country code or name ("EL" -> "GR", "UK" -> "GB")."""
    from coopkg.records.countries import country_code

    text = str(code or "").strip()
    return country_code(text) if text else None


def _sibling(path: Path, columns: frozenset[str]) -> Path | None:
    """The other file of a CORDIS pair next to ``path`` (same folder, export suffix)."""
    for candidate in sorted(path.parent.iterdir()):
        if candidate == path or not candidate.is_file() or not is_table_file(candidate):
            continue
        stem = candidate.name.casefold()
        wanted = "project" if "acronym" in columns else "organi"
        if wanted not in stem:
            continue
        try:
            table = read_table(candidate, _sibling_source(path, candidate))
        except Exception:  # a broken sibling must not stop the file asked for
            continue
        if columns <= set(table.columns):
            return candidate
    return None


def _sibling_source(given: Path, sibling: Path) -> str:
    """The sibling's name as the user would write it: next to the given path."""
    return str(Path(str(given)).parent / sibling.name)


def _partner(row: Row, table: Table, kind: str) -> tuple[Partner, list[Evidence]]:
    name = row.text("name") or row.text("shortName") or str(row.get("organisationID"))
    short = row.text("shortName")
    street = ", ".join(x for x in (row.text("street"), row.text("postCode")) if x)
    ids = tuple(
        i
        for i in (identifier("pic", row.get("organisationID")), vat_id(row.text("vatNumber")))
        if i
    )
    budget = parse_amount(row.get("ecContribution"))
    partner = Partner(
        name=name,
        country=country_alpha2(row.get("country")),
        role=role_code(row.text("role")),
        aliases=(short,) if short and short.casefold() != name.casefold() else (),
        partner_budget_eur=budget,
        city=row.text("city"),
        address=street or None,
        vat=row.text("vatNumber"),
        ids=ids,
        region=row.text("nutsCode"),
    )
    found = [evidence("partners", name, table.source, row.pointer, kind, "name")]
    if row.text("role"):
        found.append(
            evidence("partner_role", row.text("role"), table.source, row.pointer, kind, "role")
        )
    return partner, found


def _organisation_rows(table: Table) -> dict[str, list[Row]]:
    by_project: dict[str, list[Row]] = defaultdict(list)
    for row in table.rows:
        pid = identifier("cordis", row.get("projectID"))
        if pid:
            by_project[pid].append(row)
    return by_project


def _project_record(
    row: Row | None,
    table: Table | None,
    pid: str,
    organisations: list[Row],
    org_table: Table | None,
    kind: str,
) -> ProjectRecord:
    found: list[Evidence] = []

    def cell(field_name: str, column: str, value: object) -> object:
        if value is not None and row is not None and table is not None:
            found.append(evidence(field_name, value, table.source, row.pointer, kind, column))
        return value

    partners: list[Partner] = []
    for org in organisations:
        partner, ev = _partner(org, org_table, kind)  # type: ignore[arg-type]
        partners.append(partner)
        found.extend(ev)
    if row is not None and table is not None:
        source = f"{table.source}#{row.pointer}"
        acronym = cell("acronym", "acronym", row.text("acronym"))
        title = cell("title", "title", row.text("title"))
        start = cell("start_date", "startDate", parse_date(row.get("startDate")))
        end = cell("end_date", "endDate", parse_date(row.get("endDate")))
        funding = cell(
            "eu_funding_eur", "ecMaxContribution", parse_amount(row.get("ecMaxContribution"))
        )
        total = cell("total_budget_eur", "totalCost", parse_amount(row.get("totalCost")))
        programme = cell("programme", "frameworkProgramme", row.text("frameworkProgramme"))
        status = cell("status", "status", _STATUS.get((row.text("status") or "").upper()))
        description = row.text("objective")
    else:
        first = organisations[0]
        source = f"{org_table.source}#projectID={pid.split(':', 1)[1]}"  # type: ignore[union-attr]
        acronym, title, start, end, funding, total, programme, status, description = (
            first.text("projectAcronym"), None, None, None, None, None, None, None, None,
        )  # fmt: skip
        if acronym:
            found.append(
                evidence(
                    "acronym", acronym, org_table.source, first.pointer, kind, "projectAcronym"
                )
            )  # type: ignore[union-attr]
    return ProjectRecord(
        source=source,
        language="en" if title or description else None,
        title=title,  # type: ignore[arg-type]
        acronym=acronym,  # type: ignore[arg-type]
        start_date=start,  # type: ignore[arg-type]
        end_date=end,  # type: ignore[arg-type]
        status=status,  # type: ignore[arg-type]
        programme=programme,  # type: ignore[arg-type]
        eu_funding_eur=funding,  # type: ignore[arg-type]
        total_budget_eur=total,  # type: ignore[arg-type]
        partner_count=len(partners) or None,
        partners=tuple(partners),
        countries=tuple(sorted({p.country for p in partners if p.country})),
        description=description,
        evidence=tuple(found),
        sha256=digest(kind, source),
        ids=(pid,),
    )


def import_cordis(path: str | Path, kind: str = "cordis", table: Table | None = None) -> Imported:
    """Records of a CORDIS project or organisation file (and its sibling, if any)."""
    path = Path(path)
    table = table or read_table(path)
    columns = set(table.columns)
    project_table = org_table = None
    if columns >= PROJECT_COLUMNS:
        project_table = table
        sibling = _sibling(path, ORGANISATION_COLUMNS)
        if sibling is not None:
            org_table = read_table(sibling, _sibling_source(path, sibling))
    else:
        org_table = table
        sibling = _sibling(path, PROJECT_COLUMNS)
        if sibling is not None:
            project_table = read_table(sibling, _sibling_source(path, sibling))
    by_project = _organisation_rows(org_table) if org_table is not None else {}
    records = []
    seen: set[str] = set()
    if project_table is not None:
        for row in project_table.rows:
            pid = identifier("cordis", row.get("id")) or f"cordis:{row.pointer}"
            seen.add(pid)
            records.append(
                _project_record(row, project_table, pid, by_project.get(pid, []), org_table, kind)
            )
    for pid, rows in by_project.items():
        if pid not in seen:
            records.append(_project_record(None, None, pid, rows, org_table, kind))
    media = "application/json" if path.suffix.lower() == ".json" else "text/csv"
    return Imported(kind, tuple(records), media_type=media)


def import_participations(
    path: str | Path, kind: str = "cordis-participations", table: Table | None = None
) -> Imported:
    """Records of the compact all-participations table (one row per participation).

    Organisations have no names there: each is named by its PIC (``999993856``),
    which is also its strong identifier, so it merges with the named CORDIS records.
    """
    table = table or read_table(path)
    by_project: dict[str, list[Row]] = defaultdict(list)
    for row in table.rows:
        by_project[str(row.get("rcn"))].append(row)
    records = []
    for rcn, rows in by_project.items():
        first = rows[0]
        source = f"{table.source}#rcn={rcn}"
        partners = []
        found = []
        for row in rows:
            pic = row.text("pic")
            partners.append(
                Partner(
                    name=pic or "",
                    country=country_alpha2(row.get("country")),
                    role=role_code(row.text("role")),
                    partner_budget_eur=parse_amount(row.get("contribution"), decimal="."),
                    ids=(f"pic:{pic}",) if pic else (),
                )
            )
            found.append(evidence("partners", pic, table.source, row.pointer, kind, "pic"))
        records.append(
            ProjectRecord(
                source=source,
                start_date=parse_date(first.get("start_date")),
                end_date=parse_date(first.get("end_date")),
                programme="H2020",
                eu_funding_eur=parse_amount(first.get("max_contribution"), decimal="."),
                total_budget_eur=parse_amount(first.get("total_cost"), decimal="."),
                partner_count=len(partners),
                partners=tuple(partners),
                countries=tuple(sorted({p.country for p in partners if p.country})),
                evidence=tuple(found),
                sha256=digest(kind, source),
                ids=(f"cordis-rcn:{rcn}",),
            )
        )
    return Imported(kind, tuple(records), media_type="text/csv")
