"""A build killed at any point leaves each output either as the previous build wrote it or
as the new build writes it: never half a file, never an empty graph (killed at three
points: while starting, while extracting, while writing)."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from coopkg.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
EXTRA = ROOT / "tests" / "fixtures" / "bad_inputs" / "plain-notice.txt"
OUTPUTS = ("graph.ttl", "records.json", "organisations.csv", "conflicts.csv", "regions.csv")


def test_a_killed_build_leaves_old_or_new_outputs(seed_build, tmp_path: Path) -> None:
    _result, previous = seed_build
    inputs = tmp_path / "in"
    shutil.copytree(ROOT / "seeds", inputs)
    shutil.copy(EXTRA, inputs / "extra.txt")
    complete = tmp_path / "complete"
    build([inputs], complete, views=False)
    old = {name: (previous / name).read_bytes() for name in OUTPUTS}
    new = {name: (complete / name).read_bytes() for name in OUTPUTS}
    assert old["graph.ttl"] != new["graph.ttl"]
    for delay in (0.7, 2.0, 3.5):
        out = tmp_path / f"out-{delay}"
        shutil.copytree(previous, out)
        process = subprocess.Popen(
            [sys.executable, "-m", "coopkg", "build", str(inputs), "-o", str(out), "--no-views"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        for name in OUTPUTS:
            data = (out / name).read_bytes()
            assert data in (old[name], new[name]), (delay, name)
