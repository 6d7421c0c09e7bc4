"""Read an export file (JSON array, CSV/TSV, gzip, XLSX) into rows of named cells.

Every importer reads through :func:`read_table`, so encodings (BOMs, cp1250, cp1253),
delimiters (``,`` ``;`` TAB), gzip and workbooks are handled once. Each row keeps a
*pointer* to where it came from: ``/12`` (JSON pointer into an array) or ``row=14``
(the spreadsheet row, the header being row 1), so provenance can name file and row.

This module reads files only; it knows nothing about what the columns mean.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coopkg.errors import InputError

#: Suffixes of files read as exports (``.gz`` wraps one of the others).
SUFFIXES = (".json", ".csv", ".tsv", ".xlsx", ".gz")

_DELIMITERS = (",", ";", "\t", "|")


@dataclass(frozen=True, slots=True)
class Row:
    """One row: its pointer (``/3`` or ``row=5``) and its cells by column name."""

    pointer: str
    cells: dict[str, Any]

    def get(self, column: str | None) -> Any:
        """The cell of ``column`` (``None`` when the column or the value is absent)."""
        if not column:
            return None
        value = self.cells.get(column)
        if isinstance(value, str):
            value = value.strip()
            return value or None
        return value

    def text(self, column: str | None) -> str | None:
        """The cell as stripped text, or ``None`` when empty."""
        value = self.get(column)
        if value is None or value is False:
            return None
        return str(value).strip() or None


@dataclass(frozen=True, slots=True)
class Table:
    """The rows of one export file, with its columns in file order."""

    source: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]


def clean_column(name: object) -> str:
    """A column name with its whitespace (line breaks of multi-line headers) collapsed.

    >>> clean_column("Name des Begünstigten/\\nname of beneficiary ")
    'Name des Begünstigten/ name of beneficiary'
    """
    return " ".join(str(name or "").replace("\ufeff", "").split())


def is_table_file(path: Path) -> bool:
    """Whether ``path`` has an export suffix (``data.csv.gz`` counts)."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    return bool(suffixes) and suffixes[-1] in SUFFIXES


def _inner_suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        return suffixes[-2] if len(suffixes) > 1 else ".csv"
    return suffixes[-1] if suffixes else ""


def _bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from error
    if path.suffix.lower() == ".gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            raise InputError(str(path), "not a readable gzip file") from error
    return data


def read_table(path: str | Path, source: str | None = None) -> Table:
    """The rows of a JSON, CSV/TSV (optionally gzipped) or XLSX export.

    ``source`` is the name provenance uses for the file (default: ``path`` as given).
    """
    path = Path(path)
    name = source or str(path)
    kind = _inner_suffix(path)
    if kind == ".json":
        return _json_table(_bytes(path), name)
    if kind == ".xlsx":
        return _xlsx_table(path, name)
    return _csv_table(_bytes(path), name)


def _json_table(data: bytes, source: str) -> Table:
    try:
        items = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(source, f"not valid JSON: {error}") from error
    if isinstance(items, dict):  # {"data": [...]} or one object
        lists = [v for v in items.values() if isinstance(v, list)]
        items = lists[0] if len(lists) == 1 else [items]
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise InputError(source, "JSON export must be an array of objects")
    columns: dict[str, None] = {}
    for item in items:
        columns.update(dict.fromkeys(item))
    rows = tuple(Row(f"/{i}", item) for i, item in enumerate(items))
    return Table(source, tuple(columns), rows)


def decode_table(data: bytes) -> str:
    """Text of a delimited file: UTF-8 (with or without BOM), else the likeliest code page."""
    from coopkg.read.notices import decode_bytes

    try:
        text, _encoding = decode_bytes(data)
    except Exception:  # binary or undecodable: fall back so the shape check can report it
        text = data.decode("latin-1")
    return text.lstrip("\ufeff")


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _header_end(text: str) -> str:
    """The first record's text (a quoted header cell may span lines)."""
    quoted = False
    for i, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == "\n" and not quoted:
            return text[:i]
    return text


def _csv_table(data: bytes, source: str) -> Table:
    text = decode_table(data)
    delimiter = _delimiter(_header_end(text))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(source, "empty table") from None
    columns = [clean_column(c) for c in header]
    rows = []
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        rows.append(Row(f"row={number}", {c: v for c, v in zip(columns, cells, strict=False) if c}))
    return Table(source, tuple(c for c in columns if c), tuple(rows))


def _xlsx_table(path: Path, source: str) -> Table:
    try:
        import openpyxl
    except ImportError as error:  # optional dependency
        raise InputError(
            source, "reading .xlsx needs openpyxl: pip install 'coopkg[xlsx]'"
        ) from error
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Workbook contains no default style"
        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as error:  # zipfile/openpyxl raise many kinds
            raise InputError(source, f"not a readable workbook: {error}") from error
    try:
        sheet = book.worksheets[0]
        lines: Iterator[tuple[Any, ...]] = sheet.iter_rows(values_only=True)
        header = next(lines, None)
        if header is None:
            raise InputError(source, "empty workbook")
        columns = [clean_column(c) for c in header]
        rows = []
        for number, cells in enumerate(lines, start=2):
            if all(c is None or str(c).strip() == "" for c in cells):
                continue
            rows.append(
                Row(f"row={number}", {c: v for c, v in zip(columns, cells, strict=False) if c})
            )
    finally:
        book.close()
    return Table(source, tuple(c for c in columns if c), tuple(rows))


_NUMBER = re.compile(r"[-+]?[\d.,' \u00a0\u202f]*\d")


def parse_amount(value: Any, decimal: str | None = None) -> float | None:
    """A number from a cell: ``1.912,96``, ``3,000.00``, ``15.414.794``, ``771225,1``, 12.5.

    ``decimal`` forces the decimal mark ("," or "."); otherwise the last separator is the
    decimal mark unless it is followed by exactly three digits and repeated.

    >>> [parse_amount(v) for v in ("1.912,96", "3,000.00", "15.414.794", "771225,1", "1 050 kn")]
    [1912.96, 3000.0, 15414794.0, 771225.1, 1050.0]
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    match = _NUMBER.search(str(value))
    if not match:
        return None
    text = re.sub(r"[ '\u00a0\u202f]", "", match.group())
    if decimal is None:
        marks = [c for c in text if c in ",."]
        if not marks:
            decimal = "."
        elif len(set(marks)) == 2:
            decimal = marks[-1]
        else:
            tail = text.rsplit(marks[-1], 1)[1]
            decimal = "" if (len(marks) > 1 or len(tail) == 3) and len(tail) == 3 else marks[-1]
    thousands = {",": ".", ".": ",", "": ",."}[decimal]
    for mark in thousands:
        text = text.replace(mark, "")
    if decimal:
        text = text.replace(decimal, ".")
    try:
        return float(text)
    except ValueError:
        return None


def parse_date(value: Any, order: str = "dmy", languages: tuple[str, ...] = ()) -> Any:
    """An ISO date from ``2015-06-01``, ``27.06.2016``, ``1.3.2015``, ``01/01/2016``.

    ``order`` tells how to read numeric dates that are not ISO ("dmy" or "mdy");
    ``languages`` (ISO 639-1) allow dates with month names ("31. Dez 18"), read strictly.
    Returns a :class:`datetime.date` or ``None``.

    >>> parse_date("1.3.2015"), parse_date("2015-06-01 00:00:00")
    (datetime.date(2015, 3, 1), datetime.date(2015, 6, 1))
    """
    import datetime as dt

    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    match = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if match:
        y, m, d = (int(g) for g in match.groups())
    else:
        match = re.match(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b", text)
        if not match:
            return _named_month_date(text, order, languages)
        a, b, y = (int(g) for g in match.groups())
        d, m = (a, b) if order == "dmy" else (b, a)
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _named_month_date(text: str, order: str, languages: tuple[str, ...]) -> Any:
    """A date written with a month name, when the map names the languages to read."""
    if not languages or not re.search(r"[^\W\d_]{3}", text):
        return None
    import dateparser

    found = dateparser.parse(
        text,
        languages=list(languages),
        settings={"DATE_ORDER": order.upper(), "STRICT_PARSING": True},
    )
    return found.date() if found else None
