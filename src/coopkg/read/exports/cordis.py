"""Load the CORDIS H2020 partner network (2016 snapshot) as coopkg records or an RDF graph.

Reads the three tab-separated files of ``cordis_h2020_fp7_network_sod16/h2020_2016``
(``projects.csv``, ``edges.csv``, ``unique_org.csv``: 7.6k projects, 12.3k organisations,
31.9k links; amounts use a decimal comma) and turns each project into a
:class:`coopkg.records.LinkedRecord`, each organisation into a :class:`CordisOrganisation`.
:func:`coopkg.pipeline.cordis_graph` hands them to the graph stage, so the triples have
exactly the shape ``coopkg build`` writes and the network analysis runs on them unchanged.

Mapping: the CORDIS programme code ("H2020-EU.3.2.", first of several) becomes the
programme (key ``h2020-eu-3-2``), every project is in period 2014-2020, the topic code
becomes a theme (key ``cordis-<topic>``), the coordinator (matched by name) gets the
``lead`` role and everyone else ``partner``. Keys are the snapshot's own identifiers
(``reference`` grant number, ``new_org_id``), so the same files give the same IRIs.

This module reads files and builds records; it writes no triples itself and mints no IRIs.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from coopkg.errors import CoopkgError, InputError
from coopkg.records import LinkedRecord, Partner, ProjectRecord, ThemeScore

#: Sub-folder of the dataset folder holding the H2020 files.
H2020_DIR = "h2020_2016"
PERIOD = "2014-2020"
_REQUIRED = {
    "projects.csv": ("rcn", "reference", "acronym", "programme", "topics", "ecMaxContribution"),
    "edges.csv": ("projectRcn", "new_org_id"),
    "unique_org.csv": ("new_org_id", "name", "country"),
}


@dataclass(frozen=True, slots=True)
class CordisOrganisation:
    """An organisation of the snapshot (a :class:`coopkg.graph.triples.OrganisationLike`)."""

    key: str
    name: str
    alt_names: tuple[str, ...] = ()
    country: str | None = None
    region: str | None = None
    match_rule: str = "cordis:new_org_id"


def _folder(path: str | Path) -> Path:
    """The folder holding the three files: ``path`` itself or its ``h2020_2016``."""
    path = Path(path)
    for candidate in (path, path / H2020_DIR):
        if all((candidate / name).is_file() for name in _REQUIRED):
            return candidate
    raise InputError(str(path), f"expected {', '.join(_REQUIRED)} (or a {H2020_DIR}/ folder)")


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        missing = [c for c in _REQUIRED[path.name] if c not in (reader.fieldnames or ())]
        if missing:
            raise InputError(str(path), f"missing columns: {', '.join(missing)}")
        for row in reader:
            yield {k: (v or "").strip() for k, v in row.items() if k}


def _amount(text: str) -> float | None:
    """A CORDIS amount ("230000,00", decimal comma) in euro."""
    text = text.replace(" ", "").replace(",", ".")
    try:
        return float(text) if text else None
    except ValueError:
        return None


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def _country(code: str) -> str | None:
    """An ISO alpha-2 code coopkg can link, or ``None`` (blank or unknown codes)."""
    from coopkg.records.countries import country_iri_code

    code = code.strip().upper()
    if not code:
        return None
    try:
        country_iri_code(code)
    except CoopkgError:
        return None
    return {"EL": "GR", "UK": "GB"}.get(code, code)


def cordis_organisations(path: str | Path) -> dict[str, CordisOrganisation]:
    """The snapshot's organisations, keyed by ``new_org_id``."""
    folder = _folder(path)
    found = {}
    for row in _rows(folder / "unique_org.csv"):
        name = row["name"] or row.get("shortName", "") or row["new_org_id"]
        short = row.get("shortName", "")
        found[row["new_org_id"]] = CordisOrganisation(
            key=f"cordis-{row['new_org_id']}",
            name=name,
            alt_names=(short,) if short and short != name else (),
            country=_country(row["country"]),
        )
    return found


def cordis_records(
    path: str | Path, *, limit: int | None = None
) -> tuple[list[LinkedRecord], list[CordisOrganisation]]:
    """Linked records (one per project, in file order) and the organisations they use.

    ``limit`` keeps only the first ``limit`` projects (for quick tests).
    """
    folder = _folder(path)
    organisations = cordis_organisations(folder)
    members: dict[str, list[str]] = defaultdict(list)
    for row in _rows(folder / "edges.csv"):
        if (
            row["new_org_id"] in organisations
            and row["new_org_id"] not in members[row["projectRcn"]]
        ):
            members[row["projectRcn"]].append(row["new_org_id"])
    records: list[LinkedRecord] = []
    used: set[str] = set()
    for index, row in enumerate(_rows(folder / "projects.csv")):
        if limit is not None and index >= limit:
            break
        records.append(_linked(row, members.get(row["rcn"], []), organisations, folder))
        used.update(members.get(row["rcn"], []))
    return records, [organisations[k] for k in sorted(used)]


def _linked(
    row: dict[str, str],
    org_ids: list[str],
    organisations: dict[str, CordisOrganisation],
    folder: Path,
) -> LinkedRecord:
    coordinator = row.get("coordinator", "").casefold()
    partners = tuple(
        Partner(
            name=organisations[o].name,
            country=organisations[o].country,
            role="lead"
            if coordinator and organisations[o].name.casefold() == coordinator
            else "partner",
        )
        for o in org_ids
    )
    programme = row["programme"].split(";")[0].strip()
    topic = row["topics"].split(";")[0].strip()
    status = {"CLOSED": "finished", "TERMINATED": "finished"}.get(row.get("status", ""))
    text = "\t".join(f"{k}={v}" for k, v in sorted(row.items()))
    record = ProjectRecord(
        source=f"{folder.name}/projects.csv#rcn={row['rcn']}",
        acronym=row["acronym"] or None,
        start_date=_date(row.get("startDate", "")),
        end_date=_date(row.get("endDate", "")),
        status=status,
        programme=programme or None,
        period=PERIOD,
        eu_funding_eur=_amount(row["ecMaxContribution"]),
        total_budget_eur=_amount(row.get("totalCost", "")),
        partner_count=len(partners),
        partners=partners,
        countries=tuple(sorted({p.country for p in partners if p.country})),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
    return LinkedRecord(
        record=record,
        project_id=f"cordis-h2020-{row['reference'] or row['rcn']}",
        organisation_ids=tuple(organisations[o].key for o in org_ids),
        programme_id=_slug(programme) or None,
        period_id=PERIOD,
        themes=(ThemeScore(f"cordis-{_slug(topic)}", 1.0, (topic,)),) if topic else (),
    )
