"""Temporary files never outlive a build: a killed build's are removed by the next one,
and SIGTERM or Ctrl-C unwinds a build with its own removed."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from coopkg.pipeline import build
from coopkg.store import atomic

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "clusterix_en.txt"


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def leftovers(folder: Path) -> list[str]:
    return sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if ".coopkg-" in p.name or p.name.endswith((".tmp", ".old"))
    )


def test_our_temporary_names_carry_the_process_id(tmp_path):
    path = atomic.write_text(tmp_path / "a.txt", "x")
    staged = atomic.staging_dir(tmp_path / "views")
    assert path.read_text() == "x"
    assert staged.name.startswith(f".views.coopkg-{os.getpid()}.")
    assert staged.name.endswith(".tmp")


def test_next_build_removes_what_a_killed_build_left(tmp_path):
    out = tmp_path / "out"
    (out / "views").mkdir(parents=True)
    (out / "store").mkdir()
    gone = dead_pid()
    (out / f".graph.ttl.coopkg-{gone}.k3x_9abc.tmp").write_text("half a graph")
    (out / "views" / f".organisations.html.coopkg-{gone}.zz11yy22.tmp").write_text("<ht")
    (out / f".build.coopkg-{gone}.abcdefgh.tmp").mkdir()
    (out / f".build.coopkg-{gone}.abcdefgh.tmp" / "run00000.nt").write_text("<a> <b> <c> .\n")
    # A folder moved aside whose replacement never arrived goes back in place.
    (out / "store").rename(out / f".store.coopkg-{gone}.old")
    (out / f".store.coopkg-{gone}.old" / "marker").write_text("old store")
    # Someone else's live work is left alone (here: the test runner's parent process).
    alive = out / f".records.json.coopkg-{os.getppid()}.livework.tmp"
    alive.write_text("in progress")
    result = build([SEED], out, views=False, jobs=1, cache=False)
    assert result.ok
    assert leftovers(out) == [alive.name]
    # The build replaced the restored store with its own.
    assert (out / "store").is_dir() and not (out / "store" / "marker").exists()


def test_clean_stale_puts_back_a_folder_whose_replacement_never_came(tmp_path):
    gone = dead_pid()
    (tmp_path / f".views.coopkg-{gone}.old").mkdir()
    (tmp_path / f".views.coopkg-{gone}.old" / "index.html").write_text("old")
    assert atomic.clean_stale(tmp_path) == [tmp_path / f".views.coopkg-{gone}.old"]
    assert (tmp_path / "views" / "index.html").read_text() == "old"


def test_keyboard_interrupt_leaves_no_temporary_file(tmp_path, monkeypatch):
    import coopkg.store.buildstore as buildstore

    def interrupted(self):
        self._spill()
        (self.out / f"{atomic.temp_prefix('graph.nt')}half.tmp").write_text("half")
        raise KeyboardInterrupt

    monkeypatch.setattr(buildstore.GraphWriter, "commit", interrupted)
    out = tmp_path / "out"
    try:
        build([SEED], out, views=False, jobs=1, cache=False)
    except KeyboardInterrupt:
        pass
    else:  # pragma: no cover
        raise AssertionError("the interrupt was swallowed")
    assert leftovers(out) == []


def test_sigterm_unwinds_a_real_build_and_removes_its_files(tmp_path):
    inputs = tmp_path / "in"
    shutil.copytree(ROOT / "seeds", inputs)
    codes = []
    errors = []
    for delay in (0.0, 1.5):
        out = tmp_path / f"out-{delay}"
        log = tmp_path / f"stderr-{delay}.txt"
        with log.open("wb") as stderr:
            process = subprocess.Popen(
                [sys.executable, "-m", "coopkg", "build", str(inputs), "-o", str(out), "-j", "1"],
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
        # The extraction cache is opened inside the build, after its SIGTERM handler is in
        # place: a signal sent while the interpreter is still importing (seconds on a busy
        # machine) would kill it outright, which is not what this test is about.
        deadline = time.monotonic() + 120
        while not (out / "cache").exists() and process.poll() is None:
            assert time.monotonic() < deadline, "the build never started"
            time.sleep(0.05)
        time.sleep(delay)
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=60)
        codes.append(code)
        # The last lines the build wrote, so that an unexpected exit code says why.
        errors.append(log.read_text(encoding="utf-8", errors="replace")[-2000:])
        if out.exists():
            assert leftovers(out) == [], delay
    # Unwound (exit 143, not killed outright), or finished before the signal came.
    assert set(codes) <= {0, 128 + signal.SIGTERM}, (codes, errors)
    assert 128 + signal.SIGTERM in codes, codes


def _ready_then_sleep(ready: object) -> None:
    ready.set()  # type: ignore[attr-defined]
    time.sleep(60)


def _sleeping_worker(context: object) -> object:
    """A started worker process, past its start-up (a signal sent during a fork's
    start-up is lost, a worker of a running build is long past it)."""
    ready = context.Event()  # type: ignore[attr-defined]
    child = context.Process(target=_ready_then_sleep, args=(ready,))  # type: ignore[attr-defined]
    child.start()
    assert ready.wait(30)
    return child


def test_sigterm_ends_the_worker_processes_too() -> None:
    # A worker would otherwise finish its chunk of notices before the build can exit.
    import multiprocessing

    import pytest

    context = multiprocessing.get_context("fork")
    with pytest.raises(SystemExit) as exited, atomic.terminate_as_exit():
        child = _sleeping_worker(context)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the handler runs before this ends
    assert exited.value.code == 128 + signal.SIGTERM
    child.join(timeout=30)
    assert not child.is_alive()


def test_sigterm_in_a_forked_worker_ends_it_rather_than_failing_one_task() -> None:
    # A pool worker catches every exception of a task (SystemExit too) and goes on.
    ready, told = os.pipe()
    with atomic.terminate_as_exit():
        pid = os.fork()
        if pid == 0:  # the worker: never returns into the test runner
            code = 0
            try:
                os.write(told, b"1")
                while True:
                    time.sleep(0.05)
            except BaseException:
                code = 1  # what a task's error would become
            finally:
                os._exit(code)
        assert os.read(ready, 1) == b"1"  # the worker is past its start-up
        os.kill(pid, signal.SIGTERM)
        _pid, status = os.waitpid(pid, 0)
    os.close(ready)
    os.close(told)
    assert os.waitstatus_to_exitcode(status) == 128 + signal.SIGTERM


def test_ctrl_c_still_raises_keyboard_interrupt_and_ends_the_workers() -> None:
    import multiprocessing

    import pytest

    context = multiprocessing.get_context("fork")
    # Python's own Ctrl-C handler, as in a terminal (a shell may start us with it ignored).
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt), atomic.terminate_as_exit():
            child = _sleeping_worker(context)
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(5)  # the handler runs before this ends
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, before)
    child.join(timeout=30)
    assert not child.is_alive()
