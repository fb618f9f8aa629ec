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


AUTOSAVER = r"""
import sys
from studio.store.library import Library
from studio.store.models import SegmentDraft

lib = Library(sys.argv[1])
script = lib.list_scripts(lib.find_project("Autosave").id)[0]
filler = "Adults who slept longer remembered more words the next day. " * 8
i = int(sys.argv[2])
print("ready", flush=True)
while True:     # the app's autosave: every dirty segment of one save, through the store API
    lib.update_segments(script.id, {s.id: SegmentDraft(s.name, f"iter {i} {filler}", f"iter {i}", "")
                                    for s in script.segments})
    i += 1
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_killed_autosave_never_mixes_segments_of_two_saves(tmp_path: Path) -> None:
    path = tmp_path / "autosave.db"
    with Library(path) as lib:
        lib.create_project("Autosave")            # with the default five segments
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    start = 0
    for delay in (0.01, 0.03, 0.05, 0.08, 0.12, 0.2):
        proc = subprocess.Popen([sys.executable, "-c", AUTOSAVER, str(path), str(start)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            line = proc.stdout.readline() if proc.stdout else ""
            assert line.strip() == "ready", proc.stderr.read() if proc.stderr else ""
            time.sleep(delay)
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        with Library(path) as lib:
            [script] = lib.list_scripts(lib.find_project("Autosave").id)
            saves = {seg.on_screen for seg in script.segments}
            assert len(saves) == 1, f"segments from different saves after a kill: {sorted(saves)}"
            assert all(seg.spoken.startswith(seg.on_screen) for seg in script.segments)
            done = saves.pop()
        start = int(done.split()[1]) + 1 if done else start


def test_update_segments_writes_all_or_nothing(tmp_path: Path) -> None:
    from studio.store.errors import NotFound
    from studio.store.models import SegmentDraft

    with Library(tmp_path / "lib.db") as lib:
        project = lib.create_project("Autosave")
        script = lib.list_scripts(project.id)[0]
        first, second = script.segments[:2]
        with pytest.raises(NotFound):
            lib.update_segments(script.id, {first.id: SegmentDraft("Hook", "new text"),
                                            second.id + 1000: SegmentDraft("Gone", "lost")})
        assert lib.get_script(script.id).segments[0].spoken == ""      # nothing of the failed save
        lib.update_segments(script.id, {first.id: SegmentDraft("Hook", "a\r\nb"), second.id: SegmentDraft("C", "c")})
        saved = lib.get_script(script.id).segments
        assert (saved[0].spoken, saved[1].name, saved[1].spoken) == ("a\nb", "C", "c")
