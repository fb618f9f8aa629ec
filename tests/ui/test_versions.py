"""Versions dialog: list newest first, show, compare with colours, restore (the current text is kept)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox
from shell_helpers import make_window, seed

from studio.store.models import SegmentDraft
from studio.ui.style import diff_colours
from studio.ui.versions_dialog import VersionsDialog


def _edit(library, sid, text):
    script = library.get_script(sid)
    drafts = [SegmentDraft(s.name, s.spoken, s.on_screen, s.visual_notes) for s in script.segments]
    drafts[0] = SegmentDraft(drafts[0].name, text)
    library.save_segments(sid, drafts)


def test_restore_brings_back_the_old_text_and_keeps_the_current_one(tmp_path, qtbot, monkeypatch):
    window = make_window(qtbot, tmp_path)
    lib = window.library
    _, sid, _ = seed(lib)
    first = lib.save_version(sid, "First draft")
    _edit(lib, sid, "A completely new hook.")
    dialog = VersionsDialog(lib, sid)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "First draft" in dialog.list.item(0).text()
    dialog.list.item(0).setSelected(True)
    assert "Teens who sleep less feel more anxious." in dialog.view.toPlainText()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(dialog.restored) as signal:
        assert dialog.restore_selected()
    assert signal.args == [sid]
    assert lib.get_script(sid).segments[0].spoken == "Teens who sleep less feel more anxious."
    versions = lib.list_versions(sid)
    assert len(versions) == 2 and versions[-1].id == first.id
    assert versions[0].segments[0].spoken == "A completely new hook."        # nothing lost
    assert dialog.list.count() == 2


def test_restore_can_be_cancelled(tmp_path, qtbot, monkeypatch):
    window = make_window(qtbot, tmp_path)
    lib = window.library
    _, sid, _ = seed(lib)
    lib.save_version(sid, "v1")
    _edit(lib, sid, "Changed.")
    dialog = VersionsDialog(lib, sid)
    qtbot.addWidget(dialog)
    dialog.list.item(0).setSelected(True)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    assert not dialog.restore_selected()
    assert lib.get_script(sid).segments[0].spoken == "Changed."


def test_compare_with_current_colours_added_and_removed_lines(tmp_path, qtbot):
    window = make_window(qtbot, tmp_path)
    lib = window.library
    _, sid, _ = seed(lib)
    lib.save_version(sid, "v1")
    _edit(lib, sid, "Sleep loss and anxiety go together.")
    dialog = VersionsDialog(lib, sid)
    qtbot.addWidget(dialog)
    dialog.list.item(0).setSelected(True)
    dialog.compare_with_current()
    colours = diff_colours(dialog.view.palette())
    backgrounds: dict[str, str] = {}
    block = dialog.view.document().begin()
    while block.isValid():
        backgrounds[block.text()] = block.blockFormat().background().color().name()
        block = block.next()
    added = next(t for t in backgrounds if t.startswith("+") and "Sleep loss" in t)
    removed = next(t for t in backgrounds if t.startswith("-") and "Teens who sleep less" in t)
    assert backgrounds[added] == colours["add"].name()
    assert backgrounds[removed] == colours["remove"].name()
    assert dialog.view.font().fixedPitch() or dialog.view.fontInfo().fixedPitch()


def test_comparing_two_selected_versions(tmp_path, qtbot):
    window = make_window(qtbot, tmp_path)
    lib = window.library
    _, sid, _ = seed(lib)
    lib.save_version(sid, "v1")
    _edit(lib, sid, "Second hook.")
    lib.save_version(sid, "v2")
    dialog = VersionsDialog(lib, sid)
    qtbot.addWidget(dialog)
    assert "v2" in dialog.list.item(0).text()                    # newest first
    dialog.list.selectAll()
    text = dialog.view.toPlainText()
    assert "+Spoken: Second hook." in text.replace("+ ", "+") or "Second hook." in text
    assert dialog.compare_two_button.isEnabled() and not dialog.restore_button.isEnabled()


def test_main_window_save_version_and_restore_reopen_the_script(tmp_path, qtbot, monkeypatch):
    window = make_window(qtbot, tmp_path)
    lib = window.library
    _, sid, _ = seed(lib)
    window.open_script(sid)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Before edits", True)))
    window.workspace.calls.clear()
    window.menu_actions["save_version"].trigger()
    assert "flush" in window.workspace.calls
    assert lib.list_versions(sid)[0].label == "Before edits"
    _edit(lib, sid, "Edited.")
    dialog = window.show_versions()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.list.item(0).setSelected(True)
    window.workspace.calls.clear()
    assert dialog.restore_selected(confirm=False)
    assert f"open:{sid}" in window.workspace.calls
    assert lib.get_script(sid).segments[0].spoken == "Teens who sleep less feel more anxious."
    dialog.close()
