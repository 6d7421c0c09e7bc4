"""Atomic file output: a reader sees the old file or the new one, never half of one.

Every coopkg command that writes results goes through here, so an interrupted or failed
run never destroys what an earlier run built.

Temporary files and folders are named ``.<name>.coopkg-<pid>.<random>.tmp`` (a folder
moved aside while its replacement goes in: ``.<name>.coopkg-<pid>.old``). The process id
lets :func:`clean_stale` tell the leftovers of a run that was killed from the work of one
that is still running; a build calls it when it starts and when it ends.
:func:`terminate_as_exit` makes SIGTERM unwind like Ctrl-C, so the ``finally`` blocks
that remove temporary files run.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

_UMASK_LOCK = threading.Lock()

#: A temporary file or folder of ours: ``.<name>.coopkg-<pid>.<random>.tmp``.
_TEMP = re.compile(r"^\..+\.coopkg-(\d+)\.[a-z0-9_]+\.tmp$")
#: A folder moved aside by :func:`replace_dir`: ``.<name>.coopkg-<pid>.old``.
_BACKUP = re.compile(r"^\.(.+)\.coopkg-(\d+)\.old$")


def temp_prefix(name: str) -> str:
    """The start of the name of a temporary file or folder for ``name`` (see above)."""
    return f".{name}.coopkg-{os.getpid()}."


def _running(pid: int) -> bool:
    """True when a process with this id exists (ours included)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True


def clean_stale(folder: str | Path, *, own: bool = False) -> list[Path]:
    """Remove what killed coopkg runs left in ``folder`` and the folders right inside it.

    Temporary files and folders of processes no longer running go (with ``own``, this
    process's too: a run tidying up after itself). A folder moved aside by
    :func:`replace_dir` whose replacement never arrived is put back; otherwise it goes.
    Returns the paths removed or restored, sorted.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / ".graph.ttl.coopkg-999999999.ab12cd_3.tmp").write_text("half")
    >>> [p.name for p in clean_stale(folder)]
    ['.graph.ttl.coopkg-999999999.ab12cd_3.tmp']
    >>> sorted(folder.iterdir())
    []
    """
    root = Path(folder)
    done: list[Path] = []
    if not root.is_dir():
        return done
    me = os.getpid()
    for parent, dirs, files in os.walk(root):
        here = Path(parent)
        names = [*dirs, *files]
        if here != root:
            dirs.clear()  # outputs are written one level deep at most (views/, cache/)
        for name in names:
            path = here / name
            temp = _TEMP.match(name)
            backup = _BACKUP.match(name)
            pid = int(temp.group(1)) if temp else int(backup.group(2)) if backup else None
            if pid is None or (_running(pid) and not (own and pid == me)):
                continue
            if backup and path.is_dir() and not (here / backup.group(1)).exists():
                os.replace(path, here / backup.group(1))  # the old folder, back in place
            elif path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
            done.append(path)
            if name in dirs:
                dirs.remove(name)
    return sorted(done)


@contextlib.contextmanager
def terminate_as_exit() -> Iterator[None]:
    """While inside, SIGTERM raises SystemExit(143) so cleanup code runs (main thread only).

    The process's worker processes are ended first: the process is going away, and a
    worker would otherwise finish its whole chunk of notices before the exit. Ctrl-C
    (SIGINT, when Python's own handler is in place) still raises KeyboardInterrupt, and
    ends the workers the same way. The previous handlers are restored on the way out.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    me = os.getpid()

    def stop(signum: int, _frame: object) -> None:
        import multiprocessing

        if os.getpid() != me:
            # A forked worker inherits this handler. An exception there would be sent back
            # as one task's error and the worker would go on; it holds no files: end it.
            os._exit(128 + signum)
        for child in multiprocessing.active_children():
            child.terminate()
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        raise SystemExit(128 + signum)

    previous = {signal.SIGTERM: signal.signal(signal.SIGTERM, stop)}
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        previous[signal.SIGINT] = signal.signal(signal.SIGINT, stop)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def current_umask() -> int:
    """The process umask (read without changing it for longer than two system calls)."""
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def file_mode() -> int:
    """The mode an ordinary ``open()`` would give a new file: ``0o666`` less the umask.

    ``tempfile`` creates 0600 files and 0700 folders; outputs are meant to be shared, so
    they get the modes the user's umask asks for.
    """
    return 0o666 & ~current_umask()


def dir_mode() -> int:
    """The mode ``mkdir`` would give a new folder: ``0o777`` less the umask."""
    return 0o777 & ~current_umask()


@contextlib.contextmanager
def _replacing(path: Path, mode: str, **options: Any) -> Iterator[IO[Any]]:
    """An open temporary file in ``path``'s folder that becomes ``path`` (flushed to disk)
    when the block ends, and is removed if the block fails: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(path.name), suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, file_mode())
        with open(fd, mode, **options) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    path = Path(path)
    with _replacing(path, "wb") as handle:
        handle.write(data)
    return path


def write_lines(
    path: Path, lines: Iterable[str], *, encoding: str = "utf-8", errors: str = "strict"
) -> Path:
    """Write text lines as they come (no whole-file string) through a temporary file."""
    path = Path(path)
    with _replacing(path, "w", encoding=encoding, errors=errors, newline="\n") as handle:
        handle.writelines(lines)
    return path


def write_text(path: Path, text: str) -> Path:
    """Write UTF-8 text atomically."""
    return write_bytes(path, text.encode("utf-8"))


def replace_dir(target: Path, staged: Path) -> Path:
    """Swap a fully written folder ``staged`` in place of ``target``.

    The old folder is moved aside first and removed only once the new one is in place.
    """
    target = Path(target)
    backup = target.with_name(f"{temp_prefix(target.name)}old")
    if backup.exists():
        shutil.rmtree(backup)
    if target.exists():
        os.replace(target, backup)
    os.replace(staged, target)
    if backup.exists():
        shutil.rmtree(backup)
    return target


def staging_dir(target: Path) -> Path:
    """A fresh temporary folder next to ``target``, for :func:`replace_dir`."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = Path(
        tempfile.mkdtemp(prefix=temp_prefix(target.name), suffix=".tmp", dir=target.parent)
    )
    staged.chmod(dir_mode())
    return staged
