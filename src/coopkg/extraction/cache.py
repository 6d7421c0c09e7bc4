"""The extraction cache: records kept between builds, keyed by notice content and extractor.

An unchanged rebuild re-extracts nothing: :class:`ExtractionCache` keeps each record (as
the JSON of ``coopkg extract --format json``) in one SQLite file in the output folder,
under a key made of the notice's SHA-256 and :func:`extractor_version`, a hash of the
code and data files of the reading and extraction stages (``coopkg.read``,
``coopkg.extraction``, ``coopkg.records``). Editing any of them, or a notice, misses the
cache for exactly what changed.

A status derived from the dates depends on the day of the build (``today``): such a
record is only reused on the day it was extracted.

>>> from coopkg.records import Evidence, ProjectRecord
>>> record = ProjectRecord("a.txt", acronym="X", evidence=(Evidence("acronym", "X", 0, 1,
...     "X", "label", 0.9),))
>>> record_from_json(record.to_json()) == record
True
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from coopkg.errors import StoreError
from coopkg.records import Evidence, Indicator, Partner, ProjectRecord

#: The packages whose code and data decide what a notice extracts to.
_STAGES = ("read", "extraction", "records")


@functools.cache
def extractor_version() -> str:
    """A short hash of every file of the reading and extraction stages (code and data)."""
    return code_version(_STAGES)


@functools.cache
def code_version(stages: tuple[str, ...] | None = None) -> str:
    """A short hash of the files of some of coopkg's packages (``None``: all of coopkg)."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    folders = [root / stage for stage in stages] if stages is not None else [root]
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
                digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def record_from_json(data: dict[str, Any]) -> ProjectRecord:
    """The record that :meth:`ProjectRecord.to_json` gave ``data`` for (the inverse)."""
    values = dict(data)
    for name in ("start_date", "end_date"):
        if values.get(name):
            values[name] = dt.date.fromisoformat(values[name])
    values["partners"] = tuple(Partner(**_tuples(p)) for p in values["partners"])
    values["indicators"] = tuple(Indicator(**_tuples(i)) for i in values["indicators"])
    values["evidence"] = tuple(Evidence(**_tuples(e)) for e in values["evidence"])
    return ProjectRecord(**_tuples(values))


def _tuples(values: dict[str, Any]) -> dict[str, Any]:
    """JSON arrays back to the tuples records hold (nested ones too)."""

    def fix(value: Any) -> Any:
        return tuple(fix(v) for v in value) if isinstance(value, list) else value

    return {name: fix(value) for name, value in values.items()}


@dataclass(frozen=True, slots=True)
class Cached:
    """A record found in the cache, with the media type of the notice it came from."""

    record: ProjectRecord
    media_type: str


class ExtractionCache:
    """Records by (notice SHA-256, extractor version), in one SQLite file.

    Reads and writes happen in the process that builds (workers never touch the file);
    :meth:`commit` makes the new records durable, :attr:`hits` and :attr:`misses` count
    what this build found.
    """

    def __init__(self, path: str | Path, version: str | None = None) -> None:
        self.path = Path(path)
        self.version = version or extractor_version()
        self.hits = 0
        self.misses = 0
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path)
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS record (sha256 TEXT, version TEXT, day TEXT,"
                " media_type TEXT, json TEXT, PRIMARY KEY (sha256, version))"
            )
        except sqlite3.Error as error:
            raise StoreError(f"cannot open the extraction cache {self.path}: {error}") from error

    def get(self, sha256: str, source: str, today: dt.date) -> Cached | None:
        """The cached record of a notice with this content, as if read from ``source``."""
        row = self._db.execute(
            "SELECT day, media_type, json FROM record WHERE sha256 = ? AND version = ?",
            (sha256, self.version),
        ).fetchone()
        if row is not None:
            day, media_type, text = row
            record = record_from_json(json.loads(text))
            if day == today.isoformat() or "status" not in record.derived:
                self.hits += 1
                if record.source != source:
                    record = replace(record, source=source)
                return Cached(record, media_type)
        self.misses += 1
        return None

    def usable(self, sha256: str, today: dt.date) -> bool:
        """True when :meth:`get` would find a record for this content (nothing counted,
        no record built: a build decides what to extract before reading records back
        one at a time, in input order, so that it never holds them all)."""
        row = self._db.execute(
            "SELECT day, json_extract(json, '$.derived') FROM record"
            " WHERE sha256 = ? AND version = ?",
            (sha256, self.version),
        ).fetchone()
        if row is None:
            return False
        day, derived = row
        return day == today.isoformat() or "status" not in json.loads(derived or "[]")

    def miss(self) -> None:
        """Count a notice that :meth:`usable` did not find (it will be extracted)."""
        self.misses += 1

    def put(
        self, record: ProjectRecord, media_type: str, today: dt.date, text: str | None = None
    ) -> None:
        """Keep a freshly extracted record (durable after :meth:`commit`); ``text``, if
        given, is its indented JSON (:func:`json_array_item`'s), made compact here instead
        of encoding the record again."""
        self._db.execute(
            "INSERT OR REPLACE INTO record VALUES (?, ?, ?, ?, ?)",
            (
                record.sha256,
                self.version,
                today.isoformat(),
                media_type,
                compact_json(text)
                if text is not None
                else json.dumps(record.to_json(), ensure_ascii=False),
            ),
        )

    def commit(self) -> None:
        """Write what was put, and forget records of other extractor versions."""
        self._db.execute("DELETE FROM record WHERE version != ?", (self.version,))
        self._db.commit()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


#: The line breaks and indents of indented JSON: a JSON string holds no raw line break, so
#: each one is layout.
_ITEM_BREAK = re.compile(r",\n *")
_BREAK = re.compile(r"\n *")


def compact_json(text: str) -> str:
    """Indented JSON text as :func:`json.dumps` writes it without ``indent`` (the same
    bytes: ``", "`` between items, nothing inside brackets).

    >>> data = {"a": [1, {"b": "x\\ny"}], "c": [], "d": {}}
    >>> compact_json(json.dumps(data, indent=2)) == json.dumps(data)
    True
    """
    return _BREAK.sub("", _ITEM_BREAK.sub(", ", text))


def json_array_item(record: ProjectRecord, index: int, text: str | None = None) -> str:
    """The text of ``record`` at ``index`` of a ``records.json`` array: item by item, the
    bytes :func:`json.dumps` with ``indent=2`` gives the whole array (a file can then be
    written as records arrive); :func:`json_array_end` closes it.

    >>> json_array_item(ProjectRecord("a.txt"), 0)[:8]
    '[\\n  {\\n  '
    """
    from coopkg.extraction.jsontext import indented_json

    return _array_item(indented_json(record) if text is None else text, index)


def _array_item(text: str, index: int) -> str:
    """A record's indented JSON as item ``index`` of the array (:func:`json_array_item`)."""
    return ("[\n" if index == 0 else ",\n") + "  " + text.replace("\n", "\n  ")


def json_array_end(count: int) -> str:
    """What closes a ``records.json`` array of ``count`` items."""
    return "\n]\n" if count else "[]\n"


class RecordSpool:
    """A build's records on disk, in input order, so that memory does not grow with them.

    :meth:`add` appends a record (pickled, the fastest to read back) and its JSON to
    ``records.json`` as written by ``coopkg extract --format json``; :meth:`records`
    reads them back in order, as often as needed (the graph stage does, chunk by chunk);
    :meth:`finish_json` closes the array and gives the finished ``records.json`` to move
    into place. Everything lives in ``folder``, which the caller removes.

    >>> import tempfile
    >>> spool = RecordSpool(Path(tempfile.mkdtemp()))
    >>> spool.add(ProjectRecord("a.txt", acronym="X"))
    >>> [r.acronym for r in spool.records()], len(spool)
    (['X'], 1)
    >>> json.loads(spool.finish_json().read_text("utf-8"))[0]["acronym"]
    'X'
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._pickled = self.folder / "records.pickle"
        self._json = self.folder / "records.json"
        self._pickles = open(self._pickled, "wb")  # noqa: SIM115 - closed by records()
        self._texts = open(self._json, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        self._count = 0

    def add(self, record: ProjectRecord, text: str | None = None) -> None:
        """Append a record (its pickle, and its JSON to ``records.json``; ``text`` is that
        JSON when the caller has it, :func:`coopkg.extraction.jsontext.indented_json`'s)."""
        import pickle

        # One pickle per record (its own memo): nothing is kept between records.
        pickle.dump(record, self._pickles, protocol=pickle.HIGHEST_PROTOCOL)
        self._texts.write(json_array_item(record, self._count, text))
        self._count += 1

    def add_pickled(self, pickled: bytes, text: str) -> None:
        """Append a record already pickled (the bytes :meth:`add` would write for it, made
        in a worker) and its JSON (``text``, as in :meth:`add`)."""
        self._pickles.write(pickled)
        self._texts.write(_array_item(text, self._count))
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def records(self) -> Iterator[ProjectRecord]:
        """The records added, in order, read from disk one at a time."""
        import pickle

        if not self._pickles.closed:
            self._pickles.close()
        with open(self._pickled, "rb") as handle:
            for _ in range(self._count):
                yield pickle.load(handle)

    def finish_json(self) -> Path:
        """``records.json`` complete and on disk (the same bytes as :func:`json.dumps`
        of the whole array with ``indent=2``), ready to be moved into place."""
        import os

        if not self._texts.closed:
            self._texts.write(json_array_end(self._count))
            self._texts.flush()
            os.fsync(self._texts.fileno())
            self._texts.close()
        return self._json

    def close(self) -> None:
        for handle in (self._pickles, self._texts):
            if not handle.closed:
                handle.close()
