"""Importers: structured exports (CORDIS, partner tables, lists of operations, ...) as records.

:func:`import_export` reads one export file (kind detected from its columns or keys, or
forced) into :class:`Imported` records, the same :class:`~coopkg.records.ProjectRecord`
a notice gives; :func:`is_export` tells an export from a notice. ``cordis`` (the 2016
H2020 network snapshot) is the older loader reachable from Python only.
"""

from __future__ import annotations

from coopkg.read.exports.base import Imported
from coopkg.read.exports.registry import detect_kind, import_export, is_export, kind_names
from coopkg.records import Notice, ProjectRecord

__all__ = ["Imported", "detect_kind", "export_notice", "import_export", "is_export", "kind_names"]


def export_notice(record: ProjectRecord, media_type: str) -> Notice:
    """The notice standing for the export row(s) a record was read from (no text)."""
    return Notice(source=record.source, text="", media_type=media_type, sha256=record.sha256)
