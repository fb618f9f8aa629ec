"""A process killed (SIGKILL) in the middle of writing leaves a library that opens and is consistent."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import studio
from studio.store.library import Library

REPO = Path(studio.__file__).resolve().parent.parent

WRITER = r"""
import sys
from studio.store.library import Library
from studio.store.models import SegmentDraft

lib = Library(sys.argv[1])
project = lib.find_project("Crash")
scripts = [s.id for s in lib.list_scripts(project.id)]
filler = "Adults who slept longer remembered more words the next day. " * 12
i = int(sys.argv[2])
while True:
    for sid in scripts:
        count = 3 + i % 4
        lib.save_segments(sid, [SegmentDraft(f"S{k}", f"iter {i} seg {k} {filler}", f"iter {i}", f"iter {i}")
                                for k in range(count)])
        lib.save_version(sid, automatic=True)
    if i % 5 == 0:
        lib.add_source(project.id, title=f"Source {i}", summary=filler)
    if i == int(sys.argv[2]):
        print("ready", flush=True)
    i += 1
"""

_ITER = re.compile(r"^iter (\d+)")


def _check_consistent(path: Path) -> int:
    """Open the library and verify every script; return the highest iteration seen."""
    highest = -1
    with Library(path) as lib:
        assert lib.check_integrity() == []
        project = lib.find_project("Crash")
        for script in lib.list_scripts(project.id):
            iters = {_ITER.match(s.spoken).group(1) for s in script.segments}  # type: ignore[union-attr]
            assert len(iters) == 1, f"segments from different saves: {iters}"
            i = int(iters.pop())
            assert [s.position for s in script.segments] == list(range(3 + i % 4))
            assert all(s.on_screen == f"iter {i}" for s in script.segments)
            highest = max(highest, i)
            for version in lib.list_versions(script.id):
                v_iters = {_ITER.match(s.spoken).group(1) for s in version.segments}  # type: ignore[union-attr]
                assert len(v_iters) == 1
        assert lib.search("slept")
    return highest


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_killed_writer_leaves_consistent_library(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    with Library(path) as lib:
        project = lib.create_project("Crash", with_script=False)
        for n in range(3):
            lib.create_script(project.id, f"Script {n}")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    start = 0
    for delay in (0.05, 0.3, 0.6):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(start)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            line = proc.stdout.readline() if proc.stdout else ""
            assert line.strip() == "ready", proc.stderr.read() if proc.stderr else ""
            time.sleep(delay)
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        assert proc.returncode == -signal.SIGKILL
        highest = _check_consistent(path)
        assert highest >= start  # at least the first full round was committed
        start = highest + 1
