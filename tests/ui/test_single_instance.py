"""One app instance per library: a second start on the same library brings the running window forward (or
explains) instead of opening the library a second time; a lock left by a crashed instance does not block."""

from __future__ import annotations

import subprocess
import sys

import pytest

import studio.ui.app as app_module
from studio.ui.single_instance import InstanceGuard, lock_path


@pytest.fixture
def first(tmp_path):
    guard = InstanceGuard(tmp_path / "lib.studio.db")
    assert guard.acquire()
    yield guard
    guard.release()


def test_second_start_on_the_same_library_brings_the_first_forward(qtbot, tmp_path, first, monkeypatch,
                                                                   capsys) -> None:
    monkeypatch.setattr(app_module, "build_window",
                        lambda *a, **k: pytest.fail("the second start must not open the library"))
    monkeypatch.setattr(app_module, "explain_already_open",
                        lambda *a, **k: pytest.fail("the running instance answered: no explanation needed"))
    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        assert app_module.run_app(str(tmp_path / "lib.studio.db")) == 0
    assert lock_path(tmp_path / "lib.studio.db").exists()          # still the first one's
    # one line on the terminal says why no second window opened (it used to exit 0 silently)
    assert capsys.readouterr().out.strip().splitlines() == [
        "Script Studio is already open on this library; its window was brought forward."]


def test_other_library_is_not_blocked(tmp_path, first) -> None:
    other = InstanceGuard(tmp_path / "other.studio.db")
    assert other.acquire()
    other.release()


def test_running_instance_that_does_not_answer_gets_an_explanation(qtbot, tmp_path, first, monkeypatch) -> None:
    first._server.close()                                        # e.g. hung, or on another computer
    explained: list[tuple[object, str]] = []
    monkeypatch.setattr(app_module, "build_window",
                        lambda *a, **k: pytest.fail("the second start must not open the library"))
    monkeypatch.setattr(app_module, "explain_already_open", lambda path, owner: explained.append((path, owner)))
    assert app_module.run_app(str(tmp_path / "lib.studio.db")) == 0
    assert explained and explained[0][0] == tmp_path / "lib.studio.db"
    assert "process" in explained[0][1]


def test_lock_of_a_crashed_instance_is_taken_over(tmp_path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    import socket

    lock = lock_path(tmp_path / "lib.studio.db")
    lock.write_text(f"{dead.stdout.strip()}\npython3\n{socket.gethostname()}\n", encoding="utf-8")
    guard = InstanceGuard(tmp_path / "lib.studio.db")
    assert guard.acquire()
    guard.release()
    assert not lock.exists()


def test_a_link_to_the_library_is_the_same_library(tmp_path, first) -> None:
    link = tmp_path / "shortcut.studio.db"
    (tmp_path / "lib.studio.db").touch()
    link.symlink_to(tmp_path / "lib.studio.db")
    other = InstanceGuard(link)
    assert not other.acquire()
