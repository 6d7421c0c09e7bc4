"""Which importer reads an export: detection from columns or keys, and one entry point.

::

    is_export(path)                  # .json / .csv / .tsv / .xlsx / .gz
    detect_kind(read_table(path))    # "cordis", "interreg-se", "fi-eura2014", ...
    import_export(path, kind=None)   # Imported(records, organisations)

Kinds are tried in :data:`KINDS` order, then the column maps of ``maps/*.toml``; the first
whose required columns are all present wins. A table no kind knows raises
:class:`~coopkg.errors.InputError` naming the file and the columns it saw. This module
dispatches only; each source's mapping lives in its own module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from coopkg.errors import InputError
from coopkg.read.exports import cordis_export, interreg_se, mapped
from coopkg.read.exports.base import Imported
from coopkg.read.exports.tables import is_table_file, read_table


@dataclass(frozen=True, slots=True)
class Kind:
    """A built-in export kind: the columns that identify it and its importer."""

    name: str
    description: str
    required: frozenset[str]
    load: Callable[..., Imported]  # (path, kind, table) -> Imported


KINDS: tuple[Kind, ...] = (
    Kind("cordis", "CORDIS project or organization file (JSON, CSV, XLSX)",
         cordis_export.PROJECT_COLUMNS, cordis_export.import_cordis),
    Kind("cordis", "CORDIS organization file", cordis_export.ORGANISATION_COLUMNS,
         cordis_export.import_cordis),
    Kind("cordis-participations", "CORDIS participations without names (rcn, pic, role)",
         cordis_export.PARTICIPATION_COLUMNS, cordis_export.import_participations),
    Kind("interreg-se", "Swedish Interreg 2021-27 partner table",
         interreg_se.COLUMNS, interreg_se.import_interreg_se),
)  # fmt: skip


def kind_names() -> tuple[str, ...]:
    """Every kind ``--format`` accepts, built-in first, then the column maps."""
    names = dict.fromkeys(k.name for k in KINDS)
    names.update(dict.fromkeys(m.name for m in mapped.builtin_maps()))
    return tuple(names)


def is_export(path: str | Path) -> bool:
    """Whether ``path`` is read as an export (table) rather than as a notice."""
    path = Path(path)
    return path.is_file() and is_table_file(path)


def export_files(folder: Path) -> list[Path]:
    """Export files in a folder (recursively, hidden ones skipped), sorted."""
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and is_table_file(p)
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def collapse_pairs(
    files: Iterable[Path], resolved: Mapping[Path, Path] | None = None
) -> list[Path]:
    """Drop a CORDIS organisation file whose project file is also listed (read as a pair).

    ``resolved``: the files' resolved paths, when the caller has them already.
    """
    files = list(files)
    listed = {f.resolve() for f in files} if resolved is None else {resolved[f] for f in files}
    kept = []
    for f in files:
        name = f.name.casefold()
        if "organi" in name and f.suffix.lower() in (".json", ".csv", ".xlsx"):
            twin = [p for p in f.parent.iterdir() if "project" in p.name.casefold()
                    and p.suffix == f.suffix and p.resolve() in listed]  # fmt: skip
            if twin:
                continue
        kept.append(f)
    return kept


def detect_kind(columns: Iterable[str]) -> str | None:
    """The kind of a table with these columns, or ``None``."""
    have = set(columns)
    for kind in KINDS:
        if kind.required <= have:
            return kind.name
    for cmap in mapped.builtin_maps():
        if cmap.matches(have):
            return cmap.name
    return None


def _shown(columns: Iterable[str], limit: int = 12) -> str:
    columns = list(columns)
    text = ", ".join(repr(c) for c in columns[:limit])
    return text + (f", ... ({len(columns)} columns)" if len(columns) > limit else "")


def import_export(path: str | Path, kind: str | None = None, source: str | None = None) -> Imported:
    """Read one export file with the importer of ``kind`` (detected when ``None``).

    ``kind`` may also be the path of a column-map TOML file. ``source`` is the name records
    and provenance keep for the file (default: the path as given). Each record's
    ``origin`` is the kind that read it (precedence between sources ranks it).
    """
    return _with_origin(_import(path, kind, source))


def _with_origin(imported: Imported) -> Imported:
    records = tuple(r if r.origin else replace(r, origin=imported.kind) for r in imported.records)
    return replace(imported, records=records)


def _import(path: str | Path, kind: str | None, source: str | None) -> Imported:
    path = Path(path)
    table = read_table(path, source)
    if kind and kind.endswith(".toml"):
        return mapped.import_mapped(path, mapped.load_map(kind), table)
    if kind is None:
        kind = detect_kind(table.columns)
        if kind is None:
            raise InputError(
                str(path), f"unknown export layout; columns seen: {_shown(table.columns)}"
            )
    for known in KINDS:
        if known.name == kind:
            return known.load(path, kind, table)
    for cmap in mapped.builtin_maps():
        if cmap.name == kind:
            return mapped.import_mapped(path, cmap, table)
    raise InputError(str(path), f"unknown format {kind!r}; known: {', '.join(kind_names())}")
