"""Help › Reset demo in the window: asks before discarding changes, reopens the demo, works after deletion."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from shell_helpers import FakeService, RecordingWorkspace, make_settings

from studio.store.library import Library
from studio.ui.app import build_window
from studio.ui.demo import demo_project_id


def _start(qtbot, tmp_path):
    window = build_window(tmp_path / "lib.studio.db", make_settings(tmp_path), service=FakeService(),
                          workspace_factory=RecordingWorkspace, ask=lambda m, p: "quit")
    assert window is not None
    qtbot.addWidget(window)
    return window


def _answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_reset_demo_asks_before_discarding_edits_and_cancel_keeps_them(qtbot, tmp_path, monkeypatch):
    window = _start(qtbot, tmp_path)
    lib: Library = window.library
    sid = window.current_script_id()
    seg = lib.get_script(sid).segments[0]
    lib.update_segment(seg.id, spoken="My rewritten hook.")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.menu_actions["reset_demo"].trigger()
    assert asked and "discarded" in asked[0]
    assert lib.get_script(sid).segments[0].spoken == "My rewritten hook."

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Reset)
    window.menu_actions["reset_demo"].trigger()
    new_sid = window.current_script_id()
    assert new_sid is not None
    assert lib.get_script(new_sid).segments[0].spoken.startswith("Could a brisk walk help")
    assert window.windowTitle().startswith("Can a walk help with depression?")
    assert f"open:{new_sid}" in window.workspace.calls and "close" in window.workspace.calls
    assert len(lib.list_projects()) == 1


def test_reset_of_an_unchanged_demo_does_not_ask(qtbot, tmp_path, monkeypatch):
    window = _start(qtbot, tmp_path)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.menu_actions["reset_demo"].trigger()
    assert asked == []
    assert demo_project_id(window.library) == window.current_project_id()


def test_reset_demo_after_it_was_deleted(qtbot, tmp_path, monkeypatch):
    window = _start(qtbot, tmp_path)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)              # the delete confirmation
    pid = window.current_project_id()
    assert window.panel.actions.delete("project", pid)
    assert window.current_script_id() is None and window.library.list_projects() == []
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.menu_actions["reset_demo"].trigger()
    assert asked == []                                                # nothing left to lose
    assert [p.title for p in window.library.list_projects()] == ["Demo: Exercise and depression"]
    assert window.current_script_id() is not None
