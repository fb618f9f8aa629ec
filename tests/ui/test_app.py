"""App start: first start shows the demo, a broken library gives a clear choice, errors are shown, close saves."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QTreeWidget
from shell_helpers import FakeService, RecordingWorkspace, make_settings, make_window

from studio.ui import app as app_module
from studio.ui.app import CHOOSE, QUIT, ErrorHook, build_window, open_library
from studio.ui.library_panel import ROLE_KIND


def _start(tmp_path, qtbot, store=None, service=None):
    settings = make_settings(tmp_path)
    window = build_window(store or tmp_path / "lib.studio.db", settings, service=service or FakeService(),
                          workspace_factory=RecordingWorkspace, ask=lambda m, p: pytest.fail(m))
    assert window is not None
    qtbot.addWidget(window)
    return window, settings


def _tree_texts(tree: QTreeWidget) -> list[tuple[str, str]]:
    out = []
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        out.append((item.data(0, ROLE_KIND), item.text(0)))
        stack[0:0] = [item.child(j) for j in range(item.childCount())]
    return out


def test_first_start_shows_the_demo_project_and_opens_its_script(tmp_path, qtbot):
    window, settings = _start(tmp_path, qtbot)
    window.show()
    texts = _tree_texts(window.panel.tree)
    assert ("project", "Demo: Exercise and depression") in texts
    assert ("script", "Can a walk help with depression?") in texts
    assert sum(1 for kind, _ in texts if kind == "source") == 3
    script_id = window.current_script_id()
    assert script_id is not None
    assert window.library.get_script(script_id).title == "Can a walk help with depression?"
    assert "Can a walk help with depression?" in window.windowTitle()
    assert settings.last_script_id == script_id


def test_second_start_keeps_the_library_and_reopens_the_last_script(tmp_path, qtbot):
    window, settings = _start(tmp_path, qtbot)
    project = window.library.list_projects()[0]
    second = window.library.create_script(project.id, "Part two")
    window.open_script(second.id)
    window.close()
    window2 = build_window(tmp_path / "lib.studio.db", settings, service=FakeService(),
                           workspace_factory=RecordingWorkspace)
    qtbot.addWidget(window2)
    assert len(window2.library.list_projects()) == 1          # the demo is not imported twice
    assert window2.current_script_id() == second.id


def test_analysis_service_starts_only_when_asked_and_status_is_shown(tmp_path, qtbot):
    service = FakeService()
    window, _ = _start(tmp_path, qtbot, service=service)
    assert not service.started                                 # constructing the window loads nothing
    window.show()
    window.start_services()
    assert service.started
    assert window.analysis_label.text() == "Analysis ready"


def test_corrupt_store_gives_a_clear_message_and_quitting_leaves_the_file_alone(tmp_path, qtbot):
    bad = tmp_path / "broken.studio.db"
    bad.write_bytes(b"this is not a database" * 100)
    before = bad.read_bytes()
    asked: list[str] = []
    window = build_window(bad, make_settings(tmp_path), service=FakeService(),
                          workspace_factory=RecordingWorkspace, ask=lambda m, p: asked.append(m) or QUIT)
    assert window is None
    assert len(asked) == 1 and "broken.studio.db" in asked[0]
    assert "Traceback" not in asked[0]
    assert bad.read_bytes() == before


def test_corrupt_store_lets_the_user_choose_another_file(tmp_path, qtbot):
    bad = tmp_path / "broken.studio.db"
    bad.write_bytes(b"garbage" * 1000)
    other = tmp_path / "fresh" / "other.studio.db"
    library = open_library(bad, ask=lambda m, p: CHOOSE, choose=lambda p: other)
    assert library is not None
    try:
        assert library.path == other
    finally:
        library.close()


def test_run_app_with_a_corrupt_store_returns_an_error_code_without_traceback(tmp_path, qtbot, monkeypatch):
    bad = tmp_path / "broken.studio.db"
    bad.write_bytes(b"\x00garbage" * 500)
    shown: list[str] = []
    monkeypatch.setattr(app_module, "ask_store_problem", lambda message, path, parent=None: shown.append(message)
                        or QUIT)
    monkeypatch.setattr(app_module, "apply_style", lambda app: None)
    monkeypatch.setattr(app_module, "setup_logging", lambda: None)
    monkeypatch.setattr(app_module, "make_service", lambda: FakeService())
    monkeypatch.setattr(app_module, "AppSettings", lambda: make_settings(tmp_path))
    assert app_module.run_app(str(bad)) == 1
    assert len(shown) == 1 and "broken.studio.db" in shown[0]


def test_unexpected_error_saves_first_logs_and_shows_a_dialog(tmp_path, qtbot, caplog):
    window = make_window(qtbot, tmp_path)
    hook = ErrorHook(lambda: window)
    shown: list[tuple[str, bool]] = []
    hook.show = lambda exc, details, saved, parent: shown.append((details, saved))  # type: ignore[method-assign]
    try:
        raise ValueError("boom")
    except ValueError as exc:
        with caplog.at_level(logging.ERROR):
            hook(ValueError, exc, exc.__traceback__)
    assert "flush" in window.workspace.calls
    assert shown and "ValueError: boom" in shown[0][0] and shown[0][1] is True
    assert "boom" in caplog.text


def test_closing_saves_layout_stops_the_analysis_and_closes_the_library(tmp_path, qtbot):
    window = make_window(qtbot, tmp_path)
    window.show()
    window.close()
    assert "flush" in window.workspace.calls
    assert window.service.shut_down
    assert window.settings.geometry and window.settings.window_state
    with pytest.raises(Exception, match="closed"):
        window.library.list_projects()


def test_menus_use_standard_shortcuts(tmp_path, qtbot):
    acts = make_window(qtbot, tmp_path).menu_actions
    assert acts["save"].shortcut().matches(QKeySequence(QKeySequence.StandardKey.Save)) == \
        QKeySequence.SequenceMatch.ExactMatch
    assert acts["find"].shortcut() == QKeySequence(QKeySequence.StandardKey.Find) or \
        acts["find"].shortcut() == QKeySequence("Ctrl+F")
    assert not acts["quit"].shortcut().isEmpty()
    assert not acts["preferences"].shortcut().isEmpty()
    assert acts["undo_delete"].isEnabled() is False


def test_every_control_has_an_accessible_name(tmp_path, qtbot):
    window = make_window(qtbot, tmp_path)
    window.show()
    missing = [w for cls in (QAbstractButton, QLineEdit, QPlainTextEdit, QTreeWidget)
               for w in window.findChildren(cls)
               if w.isVisibleTo(window) and not w.accessibleName() and w.objectName() != "qt_toolbar_ext_button"
               and not w.objectName().startswith("qt_")]
    assert not missing, [type(w).__name__ + ":" + (w.text() if hasattr(w, "text") else "") for w in missing]


def test_find_focuses_the_library_search(tmp_path, qtbot):
    window = make_window(qtbot, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    window.menu_actions["find"].trigger()
    assert window.panel.search_edit.hasFocus() or window.focusWidget() is window.panel.search_edit


def test_real_workspace_opens_the_demo_script(tmp_path, qtbot):
    pytest.importorskip("studio.ui.workspace.workspace")
    from studio.ui.workspace.analysis_service import AnalysisService

    service = AnalysisService(analyzer_factory=lambda: pytest.fail("the model must not load"))
    window = build_window(tmp_path / "lib.studio.db", make_settings(tmp_path), service=service)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.current_script_id() is not None
        assert type(window.workspace).__name__ == "ScriptWorkspace"
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        window.menu_actions["focus_script"].trigger()
        focused = window.focusWidget()
        assert focused is not None and window.workspace.isAncestorOf(focused)
        window.menu_actions["focus_library"].trigger()
        assert window.focusWidget() is window.panel.tree
    finally:
        window.close()
