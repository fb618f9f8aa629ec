"""Command-line arguments that are not valid UTF-8 (a Latin-1 terminal, a pasted byte) get one clear line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from studio.cli import main
from studio.store.library import Library

BAD = b"bad\xffbyte".decode("utf-8", "surrogateescape")     # what Python makes of such bytes in argv


@pytest.mark.parametrize(("argv", "named"), [
    (["projects", "new", BAD], "argument 5"),
    (["sources", "add", "--project", "1", "--title", BAD], "the value of --title"),
    (["sources", "add", "--project", "1", f"--title={BAD}"], "the value of --title"),
    (["projects", "show", "1", f"--{BAD}"], "an option"),
])
def test_undecodable_argument_is_one_line_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     argv: list[str], named: str) -> None:
    store = tmp_path / "lib.studio.db"
    assert main(["--store", str(store), *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"studio: {named} is not valid UTF-8 text")
    assert "bad\\xffbyte" in err
    assert not store.exists()                      # refused before anything ran


def test_real_bytes_from_the_shell_do_not_give_a_traceback(tmp_path: Path) -> None:
    store = tmp_path / "lib.studio.db"
    with Library(store) as lib:
        lib.create_project("Walking")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.run([sys.executable.encode(), b"-m", b"studio", b"--store", str(store).encode(),
                           b"sources", b"add", b"--project", b"Walking", b"--title", b"bad\xffbyte"],
                          capture_output=True, env=env, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == (
        "studio: the value of --title is not valid UTF-8 text ('bad\\xffbyte'); check your terminal's "
        "encoding or retype it (file names must be UTF-8 too)")
    with Library(store, read_only=True) as lib:
        assert lib.list_sources(lib.find_project("Walking").id) == []
