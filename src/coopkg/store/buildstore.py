"""The build's store: graph files and a persistent Oxigraph store written as triples stream.

:class:`GraphWriter` takes a build's triples in chunks (never one big in-memory graph),
sorts them on disk (sorted runs merged at the end, so memory is bounded by a run), and
writes, atomically, in the output folder:

* ``graph.nt``: sorted N-Triples, one line per distinct triple;
* ``graph.ttl``: the same triples as Turtle, by Oxigraph's serialiser, fed in sorted
  order (so the same graph always gives the same bytes);
* ``store/``: a persistent Oxigraph store, bulk-loaded in a thread from the sorted runs
  as they are spilled (beside the graph stage), and ``store.json``, the SHA-256 of the
  ``graph.ttl`` and ``graph.nt`` it holds. Summary triples
  given to :meth:`GraphWriter.add_summary_lines` (:mod:`coopkg.graph.summaries`) go into
  the store's named graph ``SUMMARY_GRAPH`` only, not into the graph files: they restate
  the graph for the saved queries, and go with the store when the graph changes.

:func:`graph_store` opens the store for a graph file or a build folder: the build's
store when it matches the graph's content hash; otherwise (an edited or replaced
``graph.ttl``, an old store) the graph is parsed again and the store's staleness is
reported, never silently ignored.
"""

from __future__ import annotations

import contextlib
import hashlib
import heapq
import json
import os
import shutil
import tempfile
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from coopkg.errors import InputError
from coopkg.store import atomic

STORE_DIR = "store"
MANIFEST = "store.json"
GRAPH_FILES = ("graph.ttl", "graph.nt")

#: Lines per sorted run on disk: about 60 MB of Python strings at the most. Each run is
#: also one call of Oxigraph's bulk loader, which holds about 0.8 KB a triple while it
#: loads (about 160 MB; measured on 770k triples: one call 6.3 CPU-s and 643 MB, 250k
#: lines 6.5 s and 386 MB, 100k 7.9 s and 177 MB).
RUN_LINES = 200_000

#: Prefixes of the Turtle files coopkg writes.
PREFIXES: dict[str, str] = {
    "coop": "https://w3id.org/coopkg/ontology#",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "country": "http://publications.europa.eu/resource/authority/country/",
    "language": "http://publications.europa.eu/resource/authority/language/",
    "nuts": "http://data.europa.eu/nuts/code/",
}


class StaleStoreWarning(UserWarning):
    """The build's store does not hold the graph file beside it (it was answered from the file)."""


def write_turtle(sorted_nt: Path, path: Path) -> str:
    """Turtle from a sorted N-Triples file, by Oxigraph's serialiser, prefixes sorted;
    the SHA-256 of the file written.

    Triples reach the serialiser in sorted order, so each subject is one block and the
    same graph gives the same bytes; the ``@prefix`` lines are put in a fixed order as
    they pass (:class:`_SortedHead`), so the file is written once and not read again.
    """
    import pyoxigraph as ox

    triples = ox.parse(path=str(sorted_nt), format=ox.RdfFormat.N_TRIPLES, lenient=True)
    with open(path, "wb") as target:
        sink = _SortedHead(target)
        ox.serialize(triples, sink, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        sink.close()
    return sink.digest.hexdigest()


class _SortedHead:
    """A binary file for Oxigraph's Turtle writer: the ``@prefix`` lines it begins with
    (in the order of Oxigraph's own map) are written sorted, the rest as it comes; the
    bytes written are hashed."""

    PREFIX = b"@prefix "

    def __init__(self, target: Any) -> None:
        self.target = target
        self.digest = hashlib.sha256()
        self._head: bytearray | None = bytearray()

    def write(self, data: bytes) -> int:
        if self._head is None:
            self._out(data)
        else:
            self._head += data
            self._release(final=False)
        return len(data)

    def flush(self) -> None:
        """Nothing to do: :meth:`close` writes what is held back."""

    def close(self) -> None:
        if self._head is not None:
            self._release(final=True)

    def _out(self, data: bytes) -> None:
        self.target.write(data)
        self.digest.update(data)

    def _release(self, *, final: bool) -> None:
        """Once the head is complete (a line that is not a prefix, or the end), write
        its lines sorted and what follows them."""
        assert self._head is not None
        held, prefix, start = bytes(self._head), self.PREFIX, 0
        while held.startswith(prefix, start):
            end = held.find(b"\n", start)
            if end < 0:
                if not final:
                    return  # a prefix line not complete yet
                end = len(held) - 1
            start = end + 1
        if not final and prefix.startswith(held[start:]):
            return  # too short yet to say whether a prefix line follows
        self._head = None
        self._out(b"".join(sorted(held[:start].splitlines(keepends=True))) + held[start:])


def sha256_file(path: str | Path) -> str:
    """The SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class GraphWriter:
    """Collect a build's triples on disk; :meth:`commit` writes the files and the store.

    Nothing in ``out`` changes until :meth:`commit`; :meth:`abort` (or an exception in a
    ``with`` block) leaves the previous build as it was.
    """

    def __init__(self, out: str | Path, *, store: bool = True) -> None:
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.with_store = store
        self._work = Path(
            tempfile.mkdtemp(prefix=atomic.temp_prefix("build"), suffix=".tmp", dir=self.out)
        )
        self._runs: list[Path] = []
        self._lines: list[str] = []
        self._summaries: Path | None = None
        self.triples = 0
        self._loader = _Loader(self._work / STORE_DIR) if store else None

    def add(self, triples: Iterable[tuple[Any, Any, Any]]) -> None:
        """Add rdflib triples (duplicates are fine: each distinct triple is written once)."""
        from coopkg.graph.ntext import nt_lines

        self.add_lines(nt_lines(triples))

    def add_lines(self, lines: Iterable[str]) -> None:
        """Add N-Triples lines, each with its newline (duplicates are fine, as for :meth:`add`)."""
        self._lines.extend(lines)
        if len(self._lines) >= RUN_LINES:
            self._spill()

    def add_summary_lines(self, lines: Iterable[str]) -> None:
        """Add N-Triples lines for the store's summaries graph (not the graph files)."""
        if self._summaries is None:
            self._summaries = self._work / "summaries.nt"
        with open(self._summaries, "a", encoding="utf-8", newline="") as handle:
            handle.writelines(lines)

    def _spill(self) -> None:
        if not self._lines:
            return
        lines = self._lines
        lines.sort()
        self._lines = []
        run = self._work / f"run{len(self._runs):05d}.nt"
        # Encoded a block at a time: one text of the whole run would be the run again,
        # up to four times over (a single character outside Latin-1 widens all of it).
        with open(run, "wb") as handle:
            for start in range(0, len(lines), 10_000):
                handle.write("".join(lines[start : start + 10_000]).encode("utf-8"))
        del lines
        self._runs.append(run)
        if self._loader is not None:
            self._loader.load(run)

    def _merged(self) -> Iterator[bytes]:
        """The runs' lines merged in order, each distinct line once, as blocks of UTF-8
        bytes (a block may end inside a line; the blocks joined are the file)."""
        if _system_sort() is not None:
            yield from _sort_merged(self._runs, self._work)
        else:
            yield from _python_merged(self._runs)

    def commit(self) -> tuple[Path, ...]:
        """Write ``graph.nt``, ``graph.ttl`` and the store; return the paths written.

        The store was fed run by run as the runs were spilled (:class:`_Loader`, in a
        thread beside the graph stage); here the runs are merged into ``graph.nt``
        (hashed as it is written; by the system's ``sort`` where there is one, a process
        of its own) and ``graph.ttl`` is written from the same lines as they are merged
        (:class:`_TurtleBeside`), while the last runs are still being loaded.
        """
        self._spill()
        if self._loader is not None:
            if self._summaries is not None:
                from coopkg.graph.summaries import SUMMARY_GRAPH

                self._loader.load_file(self._summaries, SUMMARY_GRAPH)
            self._loader.close()  # no more runs; the thread finishes the last ones
        nt = self._work / "graph.nt"
        ttl = self._work / "graph.ttl"
        count = 0
        nt_digest = hashlib.sha256()
        with _TurtleBeside(ttl) as turtle, open(nt, "wb") as handle:
            for data in self._merged():
                handle.write(data)
                nt_digest.update(data)
                count += data.count(b"\n")
                turtle.write(data)
        self.triples = count
        ttl_digest = turtle.digest if turtle.digest is not None else write_turtle(nt, ttl)
        staged_store = None
        if self._loader is not None:
            staged_store = self._loader.finish()
        manifest: dict[str, Any] = {"triples": count}
        written = []
        for name, staged, digest in (
            ("graph.nt", nt, nt_digest.hexdigest()),
            ("graph.ttl", ttl, ttl_digest),
        ):
            os.replace(staged, self.out / name)
            written.append(self.out / name)
            manifest[name] = {"sha256": digest, **_stamp(self.out / name)}
        if staged_store is not None:
            atomic.replace_dir(self.out / STORE_DIR, staged_store)
            written.append(self.out / STORE_DIR)
            text = json.dumps(manifest, indent=1, sort_keys=True) + "\n"
            written.append(atomic.write_text(self.out / MANIFEST, text))
        self.abort()
        return tuple(written)

    def abort(self) -> None:
        """Forget what was collected (the output folder keeps the previous build)."""
        if self._loader is not None:
            self._loader.stop()
        shutil.rmtree(self._work, ignore_errors=True)

    def __enter__(self) -> GraphWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.abort()


class _TurtleBeside:
    """:func:`write_turtle` in a process of its own, fed the sorted N-Triples as they are
    merged: the Turtle writer turns every triple into a Python object and back, one core's
    work that used to start only once ``graph.nt`` was complete. Where that process
    cannot read its input as a file (not on POSIX) or fails, :attr:`digest` stays
    ``None`` and the caller writes the Turtle from ``graph.nt`` afterwards, as before.
    """

    def __init__(self, ttl: Path) -> None:
        self.ttl = ttl
        self.digest: str | None = None
        self._process: Any = None

    def __enter__(self) -> _TurtleBeside:
        import subprocess
        import sys

        if os.name != "posix" or not Path("/dev/stdin").exists():
            return self
        package = Path(__file__).resolve().parents[2]  # the folder holding coopkg
        path = os.pathsep.join(p for p in (str(package), os.environ.get("PYTHONPATH")) if p)
        code = (
            "import sys; from pathlib import Path; from coopkg.store.buildstore import "
            "write_turtle; print(write_turtle(Path('/dev/stdin'), Path(sys.argv[1])))"
        )
        self._process = subprocess.Popen(
            [sys.executable, "-c", code, str(self.ttl)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": path},
        )
        return self

    def write(self, data: bytes) -> None:
        if self._process is not None:
            # A writer that failed says so by its exit status, read in __exit__.
            with contextlib.suppress(BrokenPipeError):
                self._process.stdin.write(data)

    def __exit__(self, kind: object, *exc: object) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if kind is not None:  # the merge failed: the Turtle is not wanted
            process.kill()
            process.communicate()
            return
        out, _ = process.communicate()  # closes its input: the end of the triples
        if process.returncode == 0:
            self.digest = out.decode("ascii").strip()
        # Otherwise the caller writes the Turtle from graph.nt in this process, which
        # raises the error itself (a line Oxigraph cannot parse) or gets past a process
        # that could not start (an interpreter without coopkg on its path).


def _system_sort() -> str | None:
    """The POSIX ``sort`` program, if this system has one (not on Windows)."""
    return shutil.which("sort") if os.name == "posix" else None


def _sort_merged(runs: list[Path], work: Path) -> Iterator[bytes]:
    """:func:`_python_merged`'s bytes, merged by ``sort -m -u`` in a process of its own.

    With ``LC_ALL=C`` it compares lines byte by byte, which is the runs' order (UTF-8
    byte order is code point order), and drops a line equal to the one before, as the
    Python merge does. Lines are compared without their newline: no N-Triples line is
    another one's beginning (a line ends with `` .`` after a whole term), so that gives
    the same order. In C it takes a fraction of the Python merge's CPU, beside the
    Python process (at 10,000 notices the Python merge was about 3.4 CPU-s).
    """
    import subprocess

    if not runs:
        return
    command = [
        str(_system_sort()),
        "-m",
        "-u",
        f"--batch-size={min(max(len(runs), 2), 256)}",
        "-T",
        str(work),
    ]
    env = {**os.environ, "LC_ALL": "C"}
    with subprocess.Popen([*command, *map(str, runs)], stdout=subprocess.PIPE, env=env) as sort:
        assert sort.stdout is not None
        while data := sort.stdout.read(1 << 20):
            yield data
    if sort.returncode != 0:
        raise OSError(f"sort -m of the graph's runs failed (exit status {sort.returncode})")


def _python_merged(runs: list[Path]) -> Iterator[bytes]:
    """The runs' lines merged in order, each distinct line once, in blocks of lines
    (byte order is code point order, so the order is the runs' own)."""
    with contextlib.ExitStack() as stack:
        handles = [stack.enter_context(open(run, "rb")) for run in runs]
        previous = None
        block: list[bytes] = []
        for line in heapq.merge(*handles):
            if line != previous:
                block.append(line)
                previous = line
                if len(block) >= 10_000:
                    yield b"".join(block)
                    block = []
        if block:
            yield b"".join(block)


class _Loader:
    """Oxigraph's bulk loader fed in a thread, one sorted run at a time, while the graph
    stage goes on making triples: the loader is Rust and lets go of the GIL, so on two
    cores the store is loaded beside the graph stage (and beside the merge and the
    Turtle writer) instead of after them.

    Runs may repeat a triple (they are deduplicated only when merged); the store holds
    each triple once all the same. At most one run waits while another is loaded
    (Oxigraph holds about 0.8 KB a triple while it loads: a run of :data:`RUN_LINES`
    lines keeps it near 160 MB).
    """

    def __init__(self, folder: Path) -> None:
        import queue
        import threading

        self.folder = folder
        self._queue: queue.Queue[Path | tuple[Path, str] | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._stopped = False
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="coopkg-store-loader")
        self._thread.daemon = True
        self._thread.start()

    def _run(self) -> None:
        import pyoxigraph as ox

        store = None
        ended = False
        try:
            store = ox.Store(str(self.folder))
            while (data := self._queue.get()) is not None:
                if self._stopped:
                    continue
                if isinstance(data, Path):  # a run, read by Oxigraph from its file
                    store.bulk_load(path=str(data), format=ox.RdfFormat.N_TRIPLES, lenient=True)
                else:  # a file for a named graph, loaded a run's worth of lines at a time
                    path, graph = data
                    for part in _parts(path, RUN_LINES):
                        store.bulk_load(
                            part,
                            format=ox.RdfFormat.N_TRIPLES,
                            to_graph=ox.NamedNode(graph),
                            lenient=True,
                        )
            ended = True
            if not self._stopped:
                store.flush()
        except BaseException as error:  # raised again in the building thread
            self._error = error
            while not ended:  # let the producer go on to its end
                ended = self._queue.get() is None
        finally:
            del store

    def load(self, run: Path) -> None:
        """Give a run (a file of N-Triples lines) to the loader; waits while one waits.
        The loader reads the file itself: no copy of a run is held in Python."""
        self._queue.put(run)

    def load_file(self, path: Path, graph: str) -> None:
        """Give an N-Triples file to load into the named graph ``graph`` (in parts of
        :data:`RUN_LINES` lines, as the runs)."""
        self._queue.put((path, graph))

    def close(self) -> None:
        """No more runs (the thread loads what it was given, then flushes the store)."""
        if not self._closed:
            self._closed = True
            self._queue.put(None)

    def finish(self) -> Path:
        """Wait for the last run to be loaded; the store's folder, flushed and closed."""
        self.close()
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self.folder

    def stop(self) -> None:
        """Give up (a failed build): load nothing more, and wait for the thread to end."""
        import queue

        self._stopped = True
        if not self._closed:
            with contextlib.suppress(queue.Empty):
                self._queue.get_nowait()  # a run waiting: the producer stopped anyway
            self.close()
        self._thread.join()


def _parts(path: Path, lines: int) -> Iterator[bytes]:
    """A file's lines, ``lines`` at a time: Oxigraph's bulk loader holds what one call is
    given (about 0.8 KB a triple), and a build's summaries are some twenty lines a
    project (two million at 100,000 notices: 1.6 GB in one call)."""
    import itertools

    with open(path, "rb") as handle:
        while part := b"".join(itertools.islice(handle, lines)):
            yield part


# --- reading: the build's store, or the graph file when the store is stale ----------------


def build_folder(path: str | Path) -> tuple[Path, Path]:
    """(graph file, build folder) for a build folder or a graph file inside one."""
    path = Path(path)
    if path.is_dir():
        for name in GRAPH_FILES:
            if (path / name).is_file():
                return path / name, path
        raise InputError(str(path), "no graph.ttl or graph.nt in this folder")
    return path, path.parent


def store_status(path: str | Path) -> str:
    """``"fresh"``, ``"stale"`` (the graph changed since the store was loaded) or ``"none"``."""
    graph, folder = build_folder(path)
    manifest = folder / MANIFEST
    if not (folder / STORE_DIR).is_dir() or not manifest.is_file() or not graph.is_file():
        return "none"
    try:
        recorded = json.loads(manifest.read_text("utf-8")).get(graph.name) or {}
    except (OSError, ValueError):
        return "stale"
    if not isinstance(recorded, dict) or "sha256" not in recorded:
        return "stale"
    if all(recorded.get(k) == v for k, v in _stamp(graph).items()):
        return "fresh"  # same size and modification time as written: no need to hash
    return "fresh" if recorded["sha256"] == sha256_file(graph) else "stale"


def _stamp(path: Path) -> dict[str, int]:
    stat = path.stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def graph_store(path: str | Path) -> Any:
    """A :class:`~coopkg.store.stores.Store` answering for a graph file or build folder.

    The build's Oxigraph store when it is fresh (opened read-only: no re-parse); else the
    graph file loaded in memory, with a :class:`StaleStoreWarning` when a store was
    there but no longer matches the file.
    """
    from coopkg.store.stores import OxigraphStore, open_store

    graph, folder = build_folder(path)
    status = store_status(graph)
    if status == "fresh":
        try:
            return OxigraphStore.read_only(folder / STORE_DIR, union=False)
        except Exception:
            status = "stale"
    if status == "stale":
        warnings.warn(
            f"{folder / STORE_DIR}: stale (built from another {graph.name}); "
            f"answering from {graph} (rebuild to refresh the store)",
            StaleStoreWarning,
            stacklevel=2,
        )
    store = open_store("memory")
    store.load(graph)
    return store
