"""User corrections honoured on every rebuild: organisation identity and fixed facts.

Read from TOML::

    same_as = [["West Pannon Ltd.", "Nyugat-Pannon Nonprofit Kft"]]
    not_same_as = [["University of Udine", "University of Padua"]]

    [[fix]]                       # set (or remove = true) one field of a project
    project = "InnoTrax"          # acronym, title or IRI
    field = "eu_funding_eur"      # a record field, as in `coopkg extract --format json`
    value = 1234567
    note = "programme database"

    [[fix]]                       # partner-level: set a partner field, remove or add a partner
    project = "ClusteriX"
    partner = "Tillväxtverket"
    field = "role"                # role, country, city, address, vat, partner_budget_eur, name
    value = "associated"

or CSV with a header ``relation,left,right`` (organisation pairs only). Either side of a
pair may be an organisation name (compared after :func:`normalise_org_name`) or an
organisation key.

:func:`load_corrections` reads a file; :func:`apply_corrections` applies its fixes to
extracted records (before linking) and says what each fix changed, so the graph can carry
the provenance. A fix that matches nothing, or that cannot be read, is a problem naming
its entry; the other fixes still apply. This module reads records only: it writes no
triples and mints no IRIs (an IRI given as ``project`` is compared through the
``iri_of`` function the caller passes).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from coopkg.errors import InputError
from coopkg.link.model import AppliedCorrection, Corrections, Fix
from coopkg.records import ROLES, STATUSES, Partner, ProjectRecord

_RELATIONS = ("same_as", "not_same_as")
_TOP_KEYS = (*_RELATIONS, "fix")
_FIX_KEYS = ("project", "field", "value", "remove", "partner", "add", "country", "role", "note")

_TEXT_FIELDS = (
    "title", "acronym", "description", "programme", "programme_id", "period", "website",
    "language", "page_language",
)  # fmt: skip
_DATE_FIELDS = ("start_date", "end_date")
_MONEY_FIELDS = ("eu_funding_eur", "total_budget_eur", "cofinancing_rate")
_LIST_FIELDS = ("countries", "regions", "themes", "results")
#: Record fields a ``[[fix]]`` may set or remove.
PROJECT_FIELDS = (
    *_TEXT_FIELDS, *_DATE_FIELDS, *_MONEY_FIELDS, "status", "partner_count", *_LIST_FIELDS,
)  # fmt: skip
#: Partner fields a partner-level ``[[fix]]`` may set or remove.
PARTNER_FIELDS = ("name", "country", "role", "partner_budget_eur", "city", "address", "vat")


def load_corrections(path: str | Path) -> Corrections:
    """The corrections in a TOML or CSV file; raises InputError for an unreadable file.

    Entries that cannot be read (an unknown field, a value of the wrong type) do not stop
    the others: they are listed in ``problems``, one line each naming the entry.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot read corrections: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"corrections are not UTF-8: {exc}") from exc
    if path.suffix.lower() == ".csv":
        found = _from_csv(text, str(path))
    else:
        found = _from_toml(text, str(path))
    return dataclasses.replace(found, source=_shown_path(path))


#: The former name of :func:`load_corrections`.
load_overrides = load_corrections


def _shown_path(path: Path) -> str:
    """The path as the graph records it: relative to the working folder when inside it."""
    try:
        relative = os.path.relpath(path.resolve(), Path.cwd().resolve())
    except ValueError:  # another drive
        return path.name
    return path.name if relative.startswith("..") else Path(relative).as_posix()


def _pairs(value: object, path: str, relation: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list):
        raise InputError(path, f"{relation} must be a list of [left, right] pairs")
    pairs = []
    for item in value:
        if isinstance(item, dict):
            item = [item.get("left"), item.get("right")]
        if not (
            isinstance(item, list) and len(item) == 2 and all(isinstance(s, str) for s in item)
        ):
            raise InputError(path, f"{relation}: {item!r} is not a [left, right] pair of strings")
        pairs.append((item[0].strip(), item[1].strip()))
    return tuple(pairs)


def _from_toml(text: str, path: str) -> Corrections:
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(path, f"invalid TOML: {exc}") from exc
    unknown = set(data) - set(_TOP_KEYS)
    if unknown:
        raise InputError(path, f"unknown keys: {', '.join(sorted(unknown))}")
    raw_fixes = data.get("fix", [])
    if not isinstance(raw_fixes, list):
        raise InputError(path, "fix must be a list of [[fix]] tables")
    fixes: list[Fix] = []
    problems: list[str] = []
    for number, table in enumerate(raw_fixes, start=1):
        try:
            fixes.append(parse_fix(number, table))
        except ValueError as exc:
            problems.append(str(exc))
    return Corrections(
        same_as=_pairs(data.get("same_as", []), path, "same_as"),
        not_same_as=_pairs(data.get("not_same_as", []), path, "not_same_as"),
        fixes=tuple(fixes),
        problems=tuple(problems),
    )


def _from_csv(text: str, path: str) -> Corrections:
    found: dict[str, list[tuple[str, str]]] = {r: [] for r in _RELATIONS}
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None or not {"relation", "left", "right"} <= set(reader.fieldnames):
        raise InputError(path, "CSV overrides need the header relation,left,right")
    for line, row in enumerate(reader, start=2):
        relation = (row.get("relation") or "").strip()
        if relation not in found:
            raise InputError(path, f"line {line}: relation must be same_as or not_same_as")
        found[relation].append(((row["left"] or "").strip(), (row["right"] or "").strip()))
    return Corrections(tuple(found["same_as"]), tuple(found["not_same_as"]))


# --- reading one [[fix]] ---------------------------------------------------------------


def parse_fix(number: int, table: object) -> Fix:
    """One ``[[fix]]`` table as a :class:`Fix`; raises ValueError naming the entry.

    >>> parse_fix(1, {"project": "InnoTrax", "field": "eu_funding_eur", "value": 1234567}).value
    1234567.0
    >>> parse_fix(2, {"project": "InnoTrax", "field": "budget", "value": 1})
    Traceback (most recent call last):
    ...
    ValueError: fix #2 (project "InnoTrax", field "budget"): unknown field "budget"...
    """
    if not isinstance(table, dict):
        raise ValueError(f"fix #{number}: not a table")
    project = table.get("project")
    partner = table.get("partner")
    name = str(project) if project is not None else "?"
    draft = Fix(number, name, table.get("field") if isinstance(table.get("field"), str) else None)
    if isinstance(partner, str):
        draft = dataclasses.replace(draft, partner=partner)

    def bad(reason: str) -> ValueError:
        return ValueError(f"{draft.entry}: {reason}")

    unknown = sorted(set(table) - set(_FIX_KEYS))
    if unknown:
        raise bad(f"unknown keys: {', '.join(unknown)}")
    if not isinstance(project, str) or not project.strip():
        raise bad("needs project = acronym, title or IRI")
    if partner is not None and (not isinstance(partner, str) or not partner.strip()):
        raise bad("partner must be a name")
    note = table.get("note", "")
    if not isinstance(note, str):
        raise bad("note must be a string")
    remove = table.get("remove", False)
    add = table.get("add", False)
    if not isinstance(remove, bool) or not isinstance(add, bool):
        raise bad("remove and add must be true or false")
    field = table.get("field")
    has_value = "value" in table
    fix = dataclasses.replace(draft, project=project.strip(), note=note, remove=remove, add=add)
    if add:
        if partner is None or field is not None or has_value or remove:
            raise bad("add = true needs partner = NAME (and optional country, role), nothing else")
        extra = tuple(
            (key, _partner_value(key, table[key], bad))
            for key in ("country", "role")
            if key in table
        )
        return dataclasses.replace(fix, partner_fields=extra)
    if "country" in table or "role" in table:
        raise bad('country and role go with add = true; otherwise use field = "role", value = ...')
    if partner is not None and field is None:
        if not remove:
            raise bad("a partner fix needs field = ..., remove = true or add = true")
        return fix
    if not isinstance(field, str):
        raise bad("needs field = a record field name")
    if has_value == remove:
        raise bad("needs either value = ... or remove = true")
    if partner is not None:
        if field not in PARTNER_FIELDS:
            raise bad(f'unknown partner field "{field}" (one of {", ".join(PARTNER_FIELDS)})')
        if field == "name" and remove:
            raise bad("a partner's name cannot be removed (remove the partner instead)")
        value = None if remove else _partner_value(field, table["value"], bad)
        return dataclasses.replace(fix, value=value)
    if field not in PROJECT_FIELDS:
        raise bad(f'unknown field "{field}" (one of {", ".join(PROJECT_FIELDS)})')
    value = None if remove else _project_value(field, table["value"], bad)
    return dataclasses.replace(fix, value=value)


def _project_value(field: str, value: object, bad: Callable[[str], ValueError]) -> object:
    if field in _TEXT_FIELDS:
        if not isinstance(value, str) or not value.strip():
            raise bad("value must be a non-empty string")
        if field == "programme_id":
            from coopkg.records.vocab import programme_by_id

            if programme_by_id(value.strip()) is None:
                raise bad(f"unknown programme id {value!r} (see ontology/programmes.ttl)")
        return value.strip()
    if field in _DATE_FIELDS:
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise bad(f"value {value!r} is not a date (YYYY-MM-DD)") from None
    if field in _MONEY_FIELDS:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise bad(f"value {value!r} is not a number")
        if field == "cofinancing_rate" and not 0 <= value <= 1:
            raise bad("cofinancing_rate is a fraction between 0 and 1")
        return float(value)
    if field == "partner_count":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise bad(f"value {value!r} is not a whole number")
        return value
    if field == "status":
        if value not in STATUSES:
            raise bad(f"status must be one of {', '.join(STATUSES)}")
        return value
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) and v.strip() for v in items):
        raise bad("value must be a string or a list of strings")
    if field == "countries":
        return tuple(_country(v, bad) for v in items)
    return tuple(v.strip() for v in items)


def _partner_value(field: str, value: object, bad: Callable[[str], ValueError]) -> object:
    if field == "country":
        if not isinstance(value, str):
            raise bad("country must be a country name or code")
        return _country(value, bad)
    if field == "role":
        if value not in ROLES:
            raise bad(f"role must be one of {', '.join(ROLES)}")
        return value
    if field == "partner_budget_eur":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise bad(f"value {value!r} is not a number")
        return float(value)
    if not isinstance(value, str) or not value.strip():
        raise bad("value must be a non-empty string")
    return value.strip()


def _country(text: str, bad: Callable[[str], ValueError]) -> str:
    from coopkg.records.countries import country_code

    code = country_code(text)
    if code is None:
        raise bad(f"unknown country {text!r}")
    return code


# --- applying fixes ----------------------------------------------------------------------


def _shown(value: object) -> str | None:
    """A record value as plain text for provenance (``None`` when there is none)."""
    if value is None or value == ():
        return None
    if isinstance(value, tuple):
        return " | ".join(str(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _fold(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _matching_records(
    fix: Fix,
    records: Sequence[ProjectRecord],
    project_ids: Sequence[str],
    iri_of: Callable[[str], str] | None,
) -> list[int]:
    """Indices of the records of the project a fix names (every notice of that project)."""
    wanted = _fold(fix.project)
    hit_ids = {
        pid
        for record, pid in zip(records, project_ids, strict=True)
        if wanted in (_fold(record.acronym), _fold(record.title))
        or (iri_of is not None and iri_of(pid) == fix.project)
    }
    return [i for i, pid in enumerate(project_ids) if pid in hit_ids]


def _partner_index(record: ProjectRecord, name: str) -> int | None:
    from coopkg.link.organisations import normalise_org_name

    wanted = normalise_org_name(name)
    for index, partner in enumerate(record.partners):
        names = (partner.name, *partner.aliases)
        if any(normalise_org_name(n) == wanted for n in names):
            return index
    return None


def apply_corrections(
    records: Sequence[ProjectRecord],
    corrections: Corrections,
    *,
    iri_of: Callable[[str], str] | None = None,
) -> tuple[list[ProjectRecord], list[AppliedCorrection], list[str]]:
    """Apply the fixes to the records, in file order.

    Returns the corrected records (same order), what each fix changed on each record, and
    the problems: entries that could not be read and fixes that matched nothing (one line
    each, naming the entry). ``iri_of`` turns a project id into its IRI, so a fix may name
    a project by IRI.

    >>> from coopkg.link.model import Corrections, Fix
    >>> r = ProjectRecord(source="a.txt", acronym="InnoTrax", eu_funding_eur=709596.05)
    >>> fix = Fix(1, "InnoTrax", "eu_funding_eur", 1234567.0, note="programme database")
    >>> fixed, applied, problems = apply_corrections([r], Corrections(fixes=(fix,)))
    >>> fixed[0].eu_funding_eur, applied[0].replaced, problems
    (1234567.0, '709596.05', [])
    """
    from coopkg.link.projects import group_projects

    items = list(records)
    project_ids = group_projects(items) if items else ()
    applied: list[AppliedCorrection] = []
    problems = list(corrections.problems)
    for fix in corrections.fixes:
        targets = _matching_records(fix, items, project_ids, iri_of)
        if not targets:
            problems.append(f"{fix.entry}: no project has this acronym, title or IRI")
            continue
        found = _apply_fix(fix, items, targets, corrections.source, applied)
        if not found:
            problems.append(f'{fix.entry}: the project has no partner named "{fix.partner}"')
    return items, applied, problems


def _apply_fix(
    fix: Fix,
    items: list[ProjectRecord],
    targets: list[int],
    source: str,
    applied: list[AppliedCorrection],
) -> bool:
    """Apply one fix to the target records in place; False when its partner is not found."""

    def note(record: ProjectRecord, field: str, value: object, replaced: object) -> None:
        applied.append(
            AppliedCorrection(
                source=record.source,
                number=fix.number,
                field=field,
                value=_shown(value),
                replaced=_shown(replaced),
                file=source,
                note=fix.note,
                partner=fix.partner,
            )
        )

    if fix.partner is None:
        assert fix.field is not None
        empty: object = () if fix.field in _LIST_FIELDS else None
        for i in targets:
            record = items[i]
            new = empty if fix.remove else fix.value
            note(record, fix.field, new, getattr(record, fix.field))
            derived = tuple(d for d in record.derived if d != fix.field)
            items[i] = dataclasses.replace(record, **{fix.field: new}, derived=derived)
        return True
    if fix.add:
        # Added once, to the project's first notice: one participation, not one per notice.
        if any(_partner_index(items[i], fix.partner) is not None for i in targets):
            return True  # already a partner: adding again changes nothing
        i = targets[0]
        fields = dict(fix.partner_fields)
        partner = Partner(name=fix.partner, country=fields.get("country"), role=fields.get("role"))  # type: ignore[arg-type]
        note(items[i], "partners", fix.partner, None)
        items[i] = dataclasses.replace(items[i], partners=(*items[i].partners, partner))
        return True
    found = False
    for i in targets:
        record = items[i]
        index = _partner_index(record, fix.partner)
        if index is None:
            continue
        found = True
        partners = list(record.partners)
        if fix.field is None:  # remove the partner
            note(record, "partners", None, partners[index].name)
            del partners[index]
        else:
            note(record, fix.field, fix.value, getattr(partners[index], fix.field))
            partners[index] = dataclasses.replace(partners[index], **{fix.field: fix.value})
        items[i] = dataclasses.replace(record, partners=tuple(partners))
    return found


def correct_records(
    records: Sequence[ProjectRecord],
    path: str | Path | None,
    *,
    iri_of: Callable[[str], object] | None = None,
) -> tuple[Corrections | None, list[ProjectRecord], list[AppliedCorrection], list[str]]:
    """Load the corrections file at ``path`` (if any) and apply it to ``records``.

    Returns (corrections or None, corrected records, applied corrections, problems).
    """
    if not path:
        return None, list(records), [], []
    rules = load_corrections(path)
    shown = (lambda pid: str(iri_of(pid))) if iri_of is not None else None
    fixed, applied, problems = apply_corrections(records, rules, iri_of=shown)
    return rules, fixed, applied, problems
