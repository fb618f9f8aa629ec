"""Damaged and empty libraries: checked on open, opened read-only or refused, never written; ``studio repair``
copies what can be read into a new file."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from damage_helpers import make_library as _library
from damage_helpers import smash as _smash

import studio
from studio.cli import main
from studio.store.errors import StoreCorrupt, StoreEmpty, StoreEmptyWithLog
from studio.store.library import Library
from studio.store.repair import repair_library, wal_image

REPO = Path(studio.__file__).resolve().parent.parent
def _fingerprint(path: Path) -> tuple[str, str]:
    """Hashes of the library's data: the file and its write-ahead log (none = empty; -shm is only an index)."""
    wal = Path(f"{path}-wal")
    return (hashlib.sha256(path.read_bytes()).hexdigest(),
            hashlib.sha256(wal.read_bytes() if wal.exists() else b"").hexdigest())


def test_damaged_library_opens_read_only_and_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "lib.studio.db"
    _library(path)
    _smash(path, "sources")
    before = _fingerprint(path)
    with Library(path) as lib:
        assert lib.read_only and "is damaged" in lib.damaged and "studio repair" in lib.damaged
        assert sorted(p.title for p in lib.list_projects()) == ["Sleep", "Walking"]     # reading works
        with pytest.raises(StoreCorrupt, match="opened read-only.*studio repair"):
            lib.create_project("New")
    assert _fingerprint(path) == before


def test_cli_warns_on_read_and_refuses_writes_to_a_damaged_library(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lib.studio.db"
    _library(path)
    _smash(path, "schema_migrations", "root")          # the probe: every command used to work, writes too
    before = _fingerprint(path)
    assert main(["--store", str(path), "projects", "list"]) == 0
    captured = capsys.readouterr()
    assert "Walking" in captured.out and "warning" in captured.err and "studio repair" in captured.err
    assert main(["--store", str(path), "sources", "add", "--project", "Walking", "--title", "New"]) == 2
    assert "damaged" in capsys.readouterr().err
    assert _fingerprint(path) == before


def test_repair_copies_what_can_be_read_into_a_new_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lib.studio.db"
    _library(path)
    _smash(path, "sources")
    before = _fingerprint(path)
    assert main(["--store", str(path), "repair"]) == 0
    out = capsys.readouterr().out
    recovered = tmp_path / "lib.recovered.studio.db"
    assert f"Recovered into {recovered}" in out and "left untouched" in out and "could not be read" in out
    assert _fingerprint(path) == before
    with Library(recovered) as lib:
        assert not lib.damaged and lib.check_integrity() == []
        walking = lib.find_project("Walking")
        keys = [s.key for s in lib.list_sources(walking.id)]
        assert 80 <= len(keys) < 120                    # one page of sources lost, the rest kept
        [script] = lib.list_scripts(walking.id)
        assert [s.spoken for s in script.segments] == ["Walk more, feel better.", "Blood pressure fell [s1]."]
        assert lib.search("blood pressure")             # full-text search works in the new file
        lib.create_project("Writable again")


def test_repair_replace_puts_the_recovered_library_in_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lib.studio.db"
    _library(path, sources=5)
    _smash(path, "schema_migrations", "root")
    damaged = path.read_bytes()
    assert main(["--store", str(path), "repair", "--replace"]) == 0
    [aside] = [p for p in tmp_path.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert aside.read_bytes() == damaged
    with Library(path) as lib:
        assert not lib.damaged and len(lib.list_projects()) == 2


def test_repair_of_a_healthy_library_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lib.studio.db"
    _library(path, sources=3)
    assert main(["--store", str(path), "repair"]) == 0
    assert "not damaged" in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir() if "recovered" in p.name] == []


KILLED_AFTER_VACUUM = r"""
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("INSERT INTO projects(title, created, updated) VALUES ('Written last', 'x', 'x')")
conn.execute("VACUUM")                     # in WAL mode every page of the library goes to the log
os.kill(os.getpid(), signal.SIGKILL)       # a crash: the log is never checkpointed
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_empty_library_with_a_log_is_refused_untouched_and_rebuilt_from_the_log(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lib.studio.db"
    _library(path, sources=10)
    proc = subprocess.run([sys.executable, "-c", KILLED_AFTER_VACUUM, str(path)], timeout=60,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert proc.returncode == -signal.SIGKILL
    path.write_bytes(b"")                          # what a sync tool or a crash can leave
    wal = Path(f"{path}-wal")
    log = wal.read_bytes()
    assert log
    for read_only in (True, False):                # a read-only `projects list` used to delete the log
        with pytest.raises(StoreEmptyWithLog, match="write-ahead log.*studio repair"):
            Library(path, read_only=read_only)
    assert main(["--store", str(path), "projects", "list"]) == 2
    assert "0 bytes" in capsys.readouterr().err
    assert path.read_bytes() == b"" and wal.read_bytes() == log

    report = repair_library(path)
    assert report.from_log and report.complete
    assert path.read_bytes() == b"" and wal.read_bytes() == log
    with Library(report.output) as lib:
        assert sorted(p.title for p in lib.list_projects()) == ["Sleep", "Walking", "Written last"]
        assert len(lib.list_sources(lib.find_project("Walking").id)) == 10


def test_empty_library_alone_is_refused_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lib.studio.db"
    path.write_bytes(b"")
    with pytest.raises(StoreEmpty):
        Library(path)
    assert main(["--store", str(path), "projects", "list"]) == 2
    err = capsys.readouterr().err
    assert "empty file (0 bytes)" in err and "delete the empty file" in err
    assert path.read_bytes() == b""


def test_a_log_that_is_not_valid_gives_nothing() -> None:
    assert wal_image(b"") is None
    assert wal_image(b"\x37\x7f\x06\x82" + bytes(60)) is None
