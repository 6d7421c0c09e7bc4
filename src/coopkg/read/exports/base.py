"""What every export importer returns, and the provenance helpers they share.

An importer turns one export file into :class:`Imported`: project records (the same
:class:`~coopkg.records.ProjectRecord` and :class:`~coopkg.records.Partner` a notice gives)
and, for beneficiary-only tables, organisations without a project. Provenance of a value
read from a table is an :class:`~coopkg.records.Evidence` whose ``quote`` is
``<file>#<pointer>`` (``rawdata.json#/17``, ``list.csv#row=14``), ``start``/``end`` the
row's index span in the file (``end = start + 1``), and ``rule`` ``<kind>:<column>``; a
row is its own place in the file, so the file span (``file_start``, ``file_end``,
``file_quote``) is the same row span and pointer.

Identifiers an export states are kept on the partner as ``scheme:value`` strings
(``pic:999993856``, ``vat:SE202100518201``, ``keep:12345``); organisation resolution
treats them as strong keys. Nothing here reads files or writes triples.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from coopkg.records import Evidence, Partner, ProjectRecord


@dataclass(frozen=True, slots=True)
class Imported:
    """The records and standalone organisations one export file gave."""

    kind: str
    records: tuple[ProjectRecord, ...] = ()
    organisations: tuple[tuple[str, Partner], ...] = field(default=())  # (source, partner)
    media_type: str = "text/csv"


def row_index(pointer: str) -> int:
    """The row number of a pointer (``/12`` -> 12, ``row=14`` -> 14)."""
    digits = re.findall(r"\d+", pointer)
    return int(digits[-1]) if digits else 0


def evidence(
    field_name: str, value: object, source: str, pointer: str, kind: str, column: str
) -> Evidence:
    """Evidence that ``field_name`` = ``value`` was read from one cell of an export."""
    index = row_index(pointer)
    where = f"{source}#{pointer}"
    return Evidence(
        field=field_name,
        value=str(value),
        start=index,
        end=index + 1,
        quote=where,
        rule=f"{kind}:{column}",
        confidence=1.0,
        file_start=index,
        file_end=index + 1,
        file_quote=where,
    )


def digest(*parts: object) -> str:
    """A stable sha256 for a record read from rows (its notice identity in the graph)."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def vat_id(vat: str | None) -> str | None:
    """``vat:<compact upper-case number>`` or ``None`` for blanks and placeholders.

    >>> vat_id(" se 2021-00518201 "), vat_id("n/a")
    ('vat:SE202100518201', None)
    """
    if not vat:
        return None
    compact = re.sub(r"[\s.\-/]", "", str(vat)).upper()
    if len(compact) < 6 or not any(c.isdigit() for c in compact):
        return None
    return f"vat:{compact}"


def identifier(scheme: str, value: object) -> str | None:
    """``scheme:value`` for a non-empty identifier (ints and "123.0" become "123")."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d+\.0", text):
        text = text[:-2]
    return f"{scheme}:{text}" if text else None
