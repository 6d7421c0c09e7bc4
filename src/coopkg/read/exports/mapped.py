"""Tables read through a declarative column map (``importers/maps/*.toml``).

A new list of operations, partner table or beneficiary list is a TOML file, not code::

    name = "fi-eura2014"                  # the kind, for --format
    description = "Finland, ERDF/ESF 2014-2020 list of projects"
    entity = "operation"                  # operation | partner | organisation
    detect = ["Koodi", "Hankkeen nimi", "Toteuttajan nimi"]   # all must be columns
    country = "FI"                        # fixed country (or columns.country)
    currency = "EUR"                      # amounts are kept only in euro
    date_order = "dmy"                    # date_languages = ["de"] for "31. Dez 18"
    [columns]                             # record field -> column name
    title = "Hankkeen nimi"
    project_id = "Koodi"
    beneficiary = "Toteuttajan nimi"

Entities: ``operation`` - one row is one project with its beneficiary (and, with
``columns.partners``, a list of further partners in one cell); ``partner`` - one row is
one partner of a project, rows grouped by ``columns.project_id``; ``organisation`` - one
row is one beneficiary without a project. Optional tables: ``[roles]`` (source word ->
role code), ``[identifier]`` (``pattern`` with one group read from ``column`` and a
``scheme``; ``strip = true`` removes the match from the name), ``beneficiary_role`` (the
role of the beneficiary column, e.g. ``"lead"`` for keep.eu's lead partner),
``region_suffix`` (appended to bare region names), ``project_scheme`` (the scheme of
``project_id``: ``"cordis"`` when the column holds CORDIS grant numbers),
``multi_separator`` (cells holding several values joined by it, e.g. ``"|"`` in Kohesio's
export: a field takes the first, the project's countries all of them) and ``[programme]``
(``name`` and ``cci`` for a list of one programme). Amounts in another currency than EUR
are left out: coopkg keeps money in euro and converts nothing.
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from coopkg.errors import InputError
from coopkg.read.exports.base import Imported, digest, evidence, identifier, vat_id
from coopkg.read.exports.tables import Row, Table, parse_amount, parse_date, read_table
from coopkg.records import Evidence, Partner, ProjectRecord

ENTITIES = ("operation", "partner", "organisation")
FIELDS = frozenset(
    {
        "title", "acronym", "project_id", "description", "start_date", "end_date",
        "total_budget", "eu_funding", "cofinancing_rate", "programme", "programme_cci",
        "beneficiary", "beneficiary_alias", "beneficiary_id", "vat", "country", "region",
        "city", "address", "postcode", "partners", "role", "partner_budget", "partner_id",
        "website",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """One layout: how its columns map onto record fields."""

    name: str
    entity: str
    detect: tuple[str, ...]
    columns: dict[str, str]
    description: str = ""
    country: str | None = None
    currency: str | None = None
    date_order: str = "dmy"
    date_languages: tuple[str, ...] = ()
    decimal: str | None = None
    roles: dict[str, str] = field(default_factory=dict)
    identifier: dict[str, Any] = field(default_factory=dict)
    programme: dict[str, str] = field(default_factory=dict)
    partner_separator: str = r"[;\n]"
    id_scheme: str | None = None
    beneficiary_role: str | None = None
    region_suffix: str = ""
    project_scheme: str | None = None
    multi_separator: str | None = None
    source_file: str = ""

    def matches(self, columns: set[str]) -> bool:
        """Whether a table with ``columns`` has this layout."""
        folded = {c.casefold() for c in columns}
        return all(c.casefold() in folded for c in self.detect)


def parse_map(data: dict[str, Any], source: str = "") -> ColumnMap:
    """A :class:`ColumnMap` from parsed TOML; raises InputError on unknown fields."""
    columns = dict(data.get("columns", {}))
    unknown = sorted(set(columns) - FIELDS)
    if unknown:
        raise InputError(source, f"unknown fields in [columns]: {', '.join(unknown)}")
    entity = data.get("entity", "operation")
    if entity not in ENTITIES:
        raise InputError(source, f"entity must be one of {', '.join(ENTITIES)}")
    if not data.get("name") or not data.get("detect"):
        raise InputError(source, "a column map needs name and detect")
    return ColumnMap(
        name=data["name"],
        entity=entity,
        detect=tuple(data["detect"]),
        columns=columns,
        description=data.get("description", ""),
        country=data.get("country"),
        currency=data.get("currency"),
        date_order=data.get("date_order", "dmy"),
        date_languages=tuple(data.get("date_languages", ())),
        decimal=data.get("decimal"),
        roles={k.casefold(): v for k, v in data.get("roles", {}).items()},
        identifier=dict(data.get("identifier", {})),
        programme=dict(data.get("programme", {})),
        partner_separator=data.get("partner_separator", r"[;\n]"),
        id_scheme=data.get("id_scheme"),
        beneficiary_role=data.get("beneficiary_role"),
        region_suffix=data.get("region_suffix", ""),
        project_scheme=data.get("project_scheme"),
        multi_separator=data.get("multi_separator"),
        source_file=source,
    )


@cache
def builtin_maps() -> tuple[ColumnMap, ...]:
    """The column maps shipped in ``coopkg/importers/maps`` (sorted by name)."""
    folder = resources.files("coopkg.read.exports") / "maps"
    found = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            found.append(parse_map(tomllib.loads(entry.read_text(encoding="utf-8")), entry.name))
    return tuple(sorted(found, key=lambda m: m.name))


def load_map(path: str | Path) -> ColumnMap:
    """A user's column map file."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise InputError(str(path), f"not a readable column map: {error}") from error
    return parse_map(data, str(path))


def _column(row: Row, cmap: ColumnMap, name: str) -> str | None:
    """The cell of a mapped field (its first value when the cell holds several)."""
    values = _values(row, cmap, name)
    return values[0] if values else None


def _values(row: Row, cmap: ColumnMap, name: str) -> list[str]:
    """Every value of a mapped field's cell (one, unless the map names a separator)."""
    column = cmap.columns.get(name)
    if not column:
        return []
    text = row.text(column) if column in row.cells else None
    if column not in row.cells:
        folded = column.casefold()
        text = next((row.text(k) for k in row.cells if k.casefold() == folded), None)
    if text is None:
        return []
    if not cmap.multi_separator:
        return [text]
    return [part.strip() for part in text.split(cmap.multi_separator) if part.strip()]


class _Reader:
    """Reads the mapped fields of one row and remembers their evidence."""

    def __init__(self, cmap: ColumnMap, table: Table, row: Row) -> None:
        self.cmap, self.table, self.row = cmap, table, row
        self.found: list[Evidence] = []

    def text(self, name: str, field_name: str | None = None) -> str | None:
        value = _column(self.row, self.cmap, name)
        if value is not None and field_name:
            self.note(field_name, value, name)
        return value

    def note(self, field_name: str, value: object, name: str) -> None:
        column = self.cmap.columns.get(name, name)
        self.found.append(
            evidence(field_name, value, self.table.source, self.row.pointer, self.cmap.name, column)
        )

    def date(self, name: str, field_name: str) -> Any:
        cmap = self.cmap
        value = parse_date(_column(self.row, cmap, name), cmap.date_order, cmap.date_languages)
        if value is not None:
            self.note(field_name, value, name)
        return value

    def euro(self, name: str, field_name: str | None) -> float | None:
        if (self.cmap.currency or "").upper() != "EUR":
            return None
        value = parse_amount(_column(self.row, self.cmap, name), self.cmap.decimal)
        if value is not None and field_name:
            self.note(field_name, value, name)
        return value

    def rate(self) -> float | None:
        text = _column(self.row, self.cmap, "cofinancing_rate")
        value = parse_amount(text, self.cmap.decimal)
        if value is None:
            return None
        value = value / 100 if value > 1 else value
        if not 0 < value <= 1:
            return None
        self.note("cofinancing_rate", value, "cofinancing_rate")
        return round(value, 6)


def _country(reader: _Reader) -> str | None:
    from coopkg.records.countries import country_code

    stated = reader.text("country")
    return (country_code(stated) if stated else None) or reader.cmap.country


def _region(reader: _Reader, country: str | None) -> str | None:
    from coopkg.read.exports.interreg_se import county_region
    from coopkg.records import gazetteer

    text = reader.text("region")
    if not text:
        return None
    code = re.match(r"([A-Z]{2}[0-9A-Z]{1,3})\b", text)  # "EL24-Στερεά Ελλάδα"
    if code and gazetteer.region(code.group(1)):
        return code.group(1)
    name = re.sub(r"^\d+\s*-\s*", "", text)  # "60660 - Dobl-Zwaring"
    return county_region(name, country, reader.cmap.region_suffix)


def _beneficiary(reader: _Reader, role: str | None) -> Partner | None:
    cmap = reader.cmap
    name = reader.text("beneficiary")
    if not name:
        return None
    ids: list[str] = []
    spec = cmap.identifier
    if spec:
        source_text = _column(reader.row, cmap, spec.get("column", "beneficiary")) or ""
        match = re.search(spec["pattern"], source_text)
        if match:
            ids.append(f"{spec['scheme']}:{match.group(1)}")
            if spec.get("strip") and spec.get("column", "beneficiary") == "beneficiary":
                name = (name[: match.start()] + name[match.end() :]).strip(" ,;")
    for key, scheme in (("beneficiary_id", cmap.id_scheme), ("partner_id", cmap.id_scheme)):
        value = reader.text(key)
        if value and scheme and (found := identifier(scheme, value)):
            ids.append(found)
    vat = reader.text("vat")
    if vat and (found := vat_id(vat)):
        ids.append(found)
    reader.note("partners", name, "beneficiary")
    country = _country(reader)
    alias = reader.text("beneficiary_alias")
    address = ", ".join(x for x in (reader.text("address"), reader.text("postcode")) if x)
    return Partner(
        name=name,
        country=country,
        role=role,
        aliases=(alias,) if alias and alias != name else (),
        partner_budget_eur=reader.euro("partner_budget", None),
        city=reader.text("city"),
        address=address or None,
        vat=vat,
        ids=tuple(dict.fromkeys(ids)),
        region=_region(reader, country),
    )


def _project_countries(reader: _Reader) -> tuple[str, ...]:
    """The countries a project row without a beneficiary states (Kohesio: "AT|HU")."""
    from coopkg.records.countries import country_code

    codes = []
    for text in _values(reader.row, reader.cmap, "country"):
        code = country_code(text)
        if code:
            codes.append(code)
            reader.note("countries", code, "country")
    return tuple(dict.fromkeys(codes))


def _role(reader: _Reader) -> str | None:
    word = reader.text("role")
    if not word:
        return None
    reader.note("partner_role", word, "role")
    return reader.cmap.roles.get(word.casefold())


def _project_fields(reader: _Reader) -> dict[str, Any]:
    cmap = reader.cmap
    programme = reader.text("programme", "programme") or cmap.programme.get("name")
    ids = []
    project_id = reader.text("project_id")
    if project_id:
        scheme = cmap.project_scheme or f"{cmap.id_scheme or cmap.name}-project"
        ids.append(f"{scheme}:{project_id}")
    cci = reader.text("programme_cci") or cmap.programme.get("cci")
    if cci:
        reader.note("programme_id", cci, "programme_cci")
    return {
        "title": reader.text("title", "title"),
        "acronym": reader.text("acronym", "acronym"),
        "description": reader.text("description"),
        "start_date": reader.date("start_date", "start_date"),
        "end_date": reader.date("end_date", "end_date"),
        "total_budget_eur": reader.euro("total_budget", "total_budget_eur"),
        "eu_funding_eur": reader.euro("eu_funding", "eu_funding_eur"),
        "cofinancing_rate": reader.rate(),
        "programme": programme,
        "website": reader.text("website", "website"),
        "ids": tuple(ids),
        "programme_id": programme_by_cci(cci) if cci else None,
    }


@cache
def _cci_index() -> dict[str, str]:
    from coopkg.records import vocab

    return {c.notation: c.id for c in vocab.programmes() if c.notation}


def programme_by_cci(cci: str) -> str | None:
    """The programme id whose CCI code (``skos:notation``) is ``cci``: a strong key."""
    return _cci_index().get(cci.strip().upper())


def _record(cmap: ColumnMap, source: str, fields: dict[str, Any], partners: list[Partner],
            found: list[Evidence], stated: tuple[str, ...] = ()) -> ProjectRecord:  # fmt: skip
    from coopkg.read.exports.interreg_se import programme_id

    if not fields["programme_id"] and fields["programme"]:
        fields = {**fields, "programme_id": programme_id(fields["programme"])}
    return ProjectRecord(
        source=source,
        partners=tuple(partners),
        countries=tuple(sorted({*stated, *(p.country for p in partners if p.country)})),
        evidence=tuple(found),
        sha256=digest(cmap.name, source),
        **fields,
    )


def import_mapped(path: str | Path, cmap: ColumnMap, table: Table | None = None) -> Imported:
    """Records (or organisations) of a table read through ``cmap``."""
    table = table or read_table(path)
    if cmap.entity == "organisation":
        orgs = []
        for row in table.rows:
            partner = _beneficiary(_Reader(cmap, table, row), None)
            if partner is not None:
                orgs.append((f"{table.source}#{row.pointer}", partner))
        return Imported(cmap.name, organisations=tuple(orgs))
    if cmap.entity == "partner":
        return Imported(cmap.name, tuple(_partner_records(table, cmap)))
    records = []
    for row in table.rows:
        reader = _Reader(cmap, table, row)
        fields = _project_fields(reader)
        partners = []
        beneficiary = _beneficiary(reader, _role(reader) or cmap.beneficiary_role)
        if beneficiary is not None:
            partners.append(beneficiary)
        for name in re.split(cmap.partner_separator, reader.text("partners") or ""):
            name = name.strip(" ,.-")
            if len(name) > 2 and (beneficiary is None or name != beneficiary.name):
                partners.append(Partner(name=name, country=cmap.country, role="partner"))
                reader.note("partners", name, "partners")
        if not (fields["title"] or fields["acronym"] or partners):
            continue
        stated = () if beneficiary is not None else _project_countries(reader)
        records.append(
            _record(cmap, f"{table.source}#{row.pointer}", fields, partners, reader.found, stated)
        )
    return Imported(cmap.name, tuple(records))


def _partner_records(table: Table, cmap: ColumnMap) -> list[ProjectRecord]:
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in table.rows:
        key = _column(row, cmap, "project_id") or _column(row, cmap, "acronym") or row.pointer
        groups[key].append(row)
    records = []
    for rows in groups.values():
        first = _Reader(cmap, table, rows[0])
        fields = _project_fields(first)
        found = list(first.found)
        partners = []
        for row in rows:
            reader = _Reader(cmap, table, row)
            partner = _beneficiary(reader, _role(reader))
            found.extend(reader.found)
            if partner is not None:
                partners.append(partner)
        records.append(_record(cmap, f"{table.source}#{rows[0].pointer}", fields, partners, found))
    return records
