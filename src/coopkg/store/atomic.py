"""Atomic file output: a reader sees the old file or the new one, never half of one.

Every coopkg command that writes results goes through here, so an interrupted or failed
run never destroys what an earlier run built.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from pathlib import Path

_UMASK_LOCK = threading.Lock()


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


def write_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, file_mode())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_text(path: Path, text: str) -> Path:
    """Write UTF-8 text atomically."""
    return write_bytes(path, text.encode("utf-8"))


def replace_dir(target: Path, staged: Path) -> Path:
    """Swap a fully written folder ``staged`` in place of ``target``.

    The old folder is moved aside first and removed only once the new one is in place.
    """
    target = Path(target)
    backup = target.with_name(f".{target.name}.old")
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
    staged = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    staged.chmod(dir_mode())
    return staged
