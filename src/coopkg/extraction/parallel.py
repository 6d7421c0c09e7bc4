"""Extract many notices at once: in worker processes (or on Dask), from the cache, in order.

:func:`extract_files` gives one :class:`Outcome` per input path, **in input order**,
whatever the number of workers, so ``--jobs 1`` and ``--jobs 8`` build the same bytes.
Notices the :class:`~coopkg.extraction.cache.ExtractionCache` already knows are not
extracted again; the rest go to workers in chunks (few round trips, little pickling).

Executors: ``"process"`` (a :class:`concurrent.futures.ProcessPoolExecutor`, ``jobs``
workers; ``jobs=1`` extracts in this process) or ``"dask"`` (the workers of a
``dask.distributed`` scheduler at ``scheduler``; ``pip install "dask[distributed]"``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coopkg.errors import CoopkgError, InputError

if TYPE_CHECKING:
    from coopkg.extraction.cache import ExtractionCache
    from coopkg.records import ProjectRecord

EXECUTORS = ("process", "dask")

#: Notices per task sent to a worker (at most; fewer when there are few notices).
CHUNK = 32

#: Notices extracted before the workers start, so that they inherit what these load.
SAMPLE = 16


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input: a record (and its notice's media type) or a reason."""

    path: str
    record: ProjectRecord | None = None
    media_type: str | None = None
    error: str | None = None
    cached: bool = False
    #: An export (a table) gives several records and the organisations it lists.
    more: tuple[ProjectRecord, ...] = ()
    organisations: tuple[object, ...] = ()
    #: The record's text in ``records.json`` (:func:`coopkg.extraction.jsontext.indented_json`),
    #: when the worker wrote it: the process gathering the records then spells none itself.
    json: str | None = None
    #: The full record pickled, when the worker kept it for a spool
    #: (:meth:`coopkg.extraction.cache.RecordSpool.add_pickled`); ``record`` is then the
    #: part of it the gathering process keeps, and neither side of the pipe carries, nor
    #: does that process unpickle and pickle again, the evidence.
    pickled: bytes | None = None
    #: What a later stage found in the record alone, when the worker was asked to find
    #: it (a build's :func:`coopkg.link.record_links`): work spread over the workers.
    links: object | None = None


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def reason(error: CoopkgError) -> str:
    """The one-line reason of an input error."""
    text = getattr(error, "reason", None)
    return str(text or error).splitlines()[0]


def extract_file(path: str, today: dt.date) -> Outcome:
    """Read and extract one file; never raises (a failure is an :class:`Outcome` too)."""
    from coopkg.extraction import extract_record
    from coopkg.read.notices import read_notice

    try:
        notice = read_notice(Path(path))
        record = extract_record(notice, today=today)
    except CoopkgError as error:
        return Outcome(path, error=reason(error))
    except Exception as error:  # a bug must not cost the user the other notices
        return Outcome(path, error=f"internal error: {type(error).__name__}: {error}")
    return Outcome(path, record, notice.media_type)


def _extract_chunk(
    items: Sequence[object], today: dt.date, work: Callable[[object, dt.date], Outcome]
) -> list[Outcome]:
    return [work(item, today) for item in items]


def _path_of(item: object) -> str:
    return str(item[0]) if isinstance(item, tuple) else str(item)


def _content_hash(path: str) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None  # the reader will say why


def extract_files(
    paths: Iterable[object],
    *,
    work: Callable[[object, dt.date], Outcome] | None = None,
    jobs: int | None = None,
    cache: ExtractionCache | None = None,
    today: dt.date | None = None,
    executor: str = "process",
    scheduler: str | None = None,
    progress: Callable[[Outcome], None] | None = None,
) -> Iterator[Outcome]:
    """One outcome per path, in the order of ``paths``.

    ``jobs``: worker processes (default: all cores; 1 extracts here). ``cache``: records
    to reuse and to keep. ``progress`` is called once per outcome, as it arrives.
    """
    day = today or dt.date.today()
    task = work or extract_file
    items = [p if isinstance(p, tuple) else str(p) for p in paths]
    # Cached records are read back one at a time as their turn comes (never all at
    # once: at 100,000 notices they would not fit); here only what to extract is decided.
    cached: dict[int, str] = {}
    todo: list[int] = []
    for index, item in enumerate(items):
        digest = _content_hash(_path_of(item)) if cache is not None else None
        if cache is not None and digest and cache.usable(digest, day):
            cached[index] = digest
        else:
            if cache is not None and digest:
                cache.miss()
            todo.append(index)
    fresh = _run([items[i] for i in todo], jobs, day, executor, scheduler, task)
    pending = iter(zip(todo, fresh, strict=True))
    for index in range(len(items)):
        digest = cached.pop(index, None)
        if digest is not None and cache is not None:
            item = items[index]
            path = _path_of(item)
            hit = cache.get(digest, item[1] if isinstance(item, tuple) else path, day)
            # (None only if the row went meanwhile: then it is extracted here)
            outcome = (
                Outcome(path, hit.record, hit.media_type, cached=True)
                if hit is not None
                else task(item, day)
            )
        else:
            _i, outcome = next(pending)
            if cache is not None and outcome.record is not None and not outcome.more:
                cache.put(outcome.record, outcome.media_type or "", day, outcome.json)
        if progress is not None:
            progress(outcome)
        yield outcome


def _run(
    paths: list[object],
    jobs: int | None,
    day: dt.date,
    executor: str,
    scheduler: str | None,
    work: Callable[[object, dt.date], Outcome],
) -> Iterator[Outcome]:
    """Outcomes for ``paths`` in order, computed by the chosen executor."""
    if executor not in EXECUTORS:
        raise InputError(executor, f"unknown executor; expected one of {', '.join(EXECUTORS)}")
    workers = jobs or default_jobs()
    if executor == "process" and (workers <= 1 or len(paths) <= workers):
        return (work(path, day) for path in paths)
    return _pooled(paths, workers, day, executor, scheduler, work)


def _pooled(
    paths: list[object],
    workers: int,
    day: dt.date,
    executor: str,
    scheduler: str | None,
    work: Callable[[object, dt.date], Outcome],
) -> Iterator[Outcome]:
    # A sample spread over the inputs is extracted here first: it loads the extractor's
    # data, and the tables of each language it meets, once; forked workers inherit them
    # instead of each loading them again (seconds per worker and language).
    ready = {index: work(paths[index], day) for index in _sample(len(paths))}
    rest = [path for index, path in enumerate(paths) if index not in ready]
    size = max(1, min(CHUNK, len(rest) // (workers * 4) or 1))
    chunks = [rest[i : i + size] for i in range(0, len(rest), size)]
    # Frozen, what the workers inherit (the extractor's data) is never walked by their
    # cyclic collector, which would also copy the pages it touches out of the shared
    # memory; undone when the pool is gone.
    gc.freeze()
    with contextlib.ExitStack() as stack:
        stack.callback(gc.unfreeze)
        yield from _in_pool(stack.enter_context(_executor(executor, workers, scheduler)),
                            ready, chunks, len(paths), workers, day, work)  # fmt: skip


def _sample(count: int) -> list[int]:
    """Indices of :data:`SAMPLE` inputs spread evenly over ``count`` (the first among them):
    a corpus often comes sorted by site or language, and the sample should meet most."""
    step = max(1, count // SAMPLE)
    return list(range(0, count, step))[:SAMPLE]


def _in_pool(
    pool: Executor,
    ready: dict[int, Outcome],
    chunks: list[list[object]],
    count: int,
    workers: int,
    day: dt.date,
    work: Callable[[object, dt.date], Outcome],
) -> Iterator[Outcome]:
    # A bounded window of chunks in flight: results are read in order and memory
    # holds at most a few chunks' records beyond what the caller keeps.
    window: deque[Future[list[Outcome]]] = deque()
    queue = iter(chunks)
    for chunk in queue:
        window.append(pool.submit(_extract_chunk, chunk, day, work))
        if len(window) >= workers * 4:
            break
    # Workers exist now: the caller (a progress bar's thread, say) starts after the fork.
    pooled = _gathered(pool, window, queue, day, work)
    for index in range(count):
        outcome = ready.pop(index, None)
        yield outcome if outcome is not None else next(pooled)


def _gathered(
    pool: Executor,
    window: deque[Future[list[Outcome]]],
    queue: Iterator[list[object]],
    day: dt.date,
    work: Callable[[object, dt.date], Outcome],
) -> Iterator[Outcome]:
    """The outcomes of the chunks in ``window`` and then ``queue``, in order, keeping the
    window full."""
    while window:
        outcomes = window.popleft().result()
        nxt = next(queue, None)
        if nxt is not None:
            window.append(pool.submit(_extract_chunk, nxt, day, work))
        yield from outcomes


def _executor(kind: str, workers: int, scheduler: str | None) -> Executor:
    if kind == "dask":
        if not scheduler:
            raise InputError("--scheduler", "the dask executor needs a scheduler address")
        try:
            from distributed import Client
        except ImportError as error:
            raise InputError(
                "--executor dask", 'needs dask.distributed: pip install "dask[distributed]"'
            ) from error
        return _DaskExecutor(Client(scheduler))
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=workers)


class _DaskExecutor(Executor):
    """A dask.distributed client as a :class:`concurrent.futures.Executor` (closes it)."""

    def __init__(self, client: object) -> None:
        self._client = client
        self._pool = client.get_executor(pure=False)  # type: ignore[attr-defined]

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def,override]
        return self._pool.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._pool.shutdown(wait=wait)
        self._client.close()  # type: ignore[attr-defined]
