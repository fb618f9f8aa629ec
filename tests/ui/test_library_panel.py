"""Library panel: create, rename, duplicate, delete (with confirmation and undo), search."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox
from shell_helpers import make_window, seed

from studio.store.library import Library
from studio.ui.project_dialog import ProjectDialog


def _answer(monkeypatch, button):
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _project_titles(library: Library) -> list[str]:
    return [p.title for p in library.list_projects()]


def test_new_project_dialog_creates_project_with_settings_and_opens_its_script(tmp_path, qtbot, monkeypatch):
    window = make_window(qtbot, tmp_path)

    def fill(dialog: ProjectDialog) -> int:
        dialog.title_edit.setText("  Sleep and teen anxiety ")
        dialog.platform_combo.setCurrentText("Reels 90 s")
        dialog.grade_spin.setValue(7.0)
        dialog.wpm_spin.setValue(140)
        return ProjectDialog.DialogCode.Accepted

    monkeypatch.setattr(ProjectDialog, "exec", fill)
    script_id = window.panel.actions.new_project()
    project = window.library.list_projects()[0]
    assert (project.title, project.platform, project.target_seconds) == ("Sleep and teen anxiety", "Reels 90 s", 90)
    assert (project.target_grade, project.words_per_minute) == (7.0, 140)
    assert script_id is not None and window.current_script_id() == script_id
    assert window.panel.find_item("project", project.id) is not None


def test_project_dialog_switches_to_custom_when_length_edited(qtbot):
    dialog = ProjectDialog(None)
    qtbot.addWidget(dialog)
    dialog.platform_combo.setCurrentText("TikTok 30 s")
    assert dialog.seconds_spin.value() == 30
    dialog.seconds_spin.setValue(45)
    assert dialog.values().platform == "Custom"
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()   # no title yet


def test_rename_in_place_writes_to_the_store(tmp_path, qtbot):
    window = make_window(qtbot, tmp_path)
    pid, sid, _ = seed(window.library)
    window.panel.refresh()
    item = window.panel.find_item("script", sid)
    item.setText(0, "Sleep script v2")            # what the inline editor does on commit
    qtbot.waitUntil(lambda: window.library.get_script(sid).title == "Sleep script v2", timeout=2000)
    item = window.panel.find_item("project", pid)
    item.setText(0, "Sleep project")
    qtbot.waitUntil(lambda: window.library.get_project(pid).title == "Sleep project", timeout=2000)


def test_rename_to_empty_is_refused_and_the_tree_restored(tmp_path, qtbot):
    window = make_window(qtbot, tmp_path)
    pid, _, _ = seed(window.library)
    window.panel.refresh()
    window.panel.find_item("project", pid).setText(0, "   ")
    qtbot.waitUntil(lambda: window.panel.find_item("project", pid).text(0) == "Sleep and teen anxiety", timeout=2000)
    assert window.library.get_project(pid).title == "Sleep and teen anxiety"


def test_duplicate_project_copies_scripts_and_sources(tmp_path, qtbot):
    window = make_window(qtbot, tmp_path)
    pid, _, _ = seed(window.library)
    window.panel.refresh()
    window.panel.select("project", pid)
    window.panel.duplicate_selected()
    projects = window.library.list_projects()
    assert len(projects) == 2
    copy = next(p for p in projects if p.id != pid)
    assert "copy" in copy.title.lower()
    assert len(window.library.list_scripts(copy.id)) == 1
    assert len(window.library.list_sources(copy.id)) == 2
    assert window.panel.selected() == ("project", copy.id)


def test_delete_asks_first_and_no_keeps_everything(tmp_path, qtbot, monkeypatch):
    window = make_window(qtbot, tmp_path)
    pid, _, _ = seed(window.library)
    window.panel.refresh()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    window.panel.select("project", pid)
    window.panel.delete_selected()
    assert asked and "Sleep and teen anxiety" in asked[0] and "1 script" in asked[0]
    assert _project_titles(window.library) == ["Sleep and teen anxiety"]


def test_delete_project_then_undo_restores_it_whole(tmp_path, qtbot, monkeypatch):
    window = make_window(qtbot, tmp_path)
    pid, sid, _ = seed(window.library)
    window.panel.refresh()
    window.open_script(sid)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.panel.select("project", pid)
    window.panel.delete_selected()
    assert window.library.list_projects() == []
    assert "close" in window.workspace.calls and window.current_script_id() is None
    undo = window.menu_actions["undo_delete"]
    assert undo.isEnabled() and "Sleep and teen anxiety" in undo.text()
    assert window.undo_button.isVisibleTo(window)
    undo.trigger()
    (project,) = window.library.list_projects()
    assert project.title == "Sleep and teen anxiety"
    (script,) = window.library.list_scripts(project.id)
    assert script.segments[1].spoken.startswith("In a cohort of 4,000 teens")
    assert [s.key for s in window.library.list_sources(project.id)] == ["lee2020", "park2019"]
    assert len(window.library.list_citations(script.id)) == 1
    assert not undo.isEnabled()
    assert window.panel.selected() == ("project", project.id)


def test_delete_open_script_closes_it_and_undo_brings_back_text_and_citations(tmp_path, qtbot, monkeypatch):
    window = make_window(qtbot, tmp_path)
    pid, sid, _ = seed(window.library)
    window.panel.refresh()
    window.open_script(sid)
    window.library.set_checklist_tick(sid, "main_message", True)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.panel.select("script", sid)
    window.panel.delete_selected()
    assert window.library.list_scripts(pid) == []
    assert window.current_script_id() is None
    window.undo_delete()
    (script,) = window.library.list_scripts(pid)
    assert script.title == "Sleep script" and len(script.segments) == 2
    assert window.library.list_citations(script.id)[0].claim == "short sleep was linked to anxiety"
    assert window.library.checklist_ticks(script.id) == {"main_message": True}     # hand ticks come back too


def test_delete_source_then_undo_keeps_its_position_and_key(tmp_path, qtbot, monkeypatch):
    window = make_window(qtbot, tmp_path)
    pid, sid, source_id = seed(window.library)
    window.panel.refresh()
    window.open_script(sid)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert window.panel.actions.delete("source", source_id)
    assert "1 linked citation" in asked[0]
    assert [s.key for s in window.library.list_sources(pid)] == ["park2019"]
    assert "reload" in window.workspace.calls            # the analysis must learn the source is gone
    window.undo_delete()
    assert [s.key for s in window.library.list_sources(pid)] == ["lee2020", "park2019"]
    assert len(window.library.list_citations(sid)) == 1


def test_new_script_asks_for_a_title_in_the_current_project(tmp_path, qtbot, monkeypatch):
    window = make_window(qtbot, tmp_path)
    pid, sid, _ = seed(window.library)
    window.panel.refresh()
    window.open_script(sid)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Part two", True)))
    window.menu_actions["new_script"].trigger()
    titles = [s.title for s in window.library.list_scripts(pid)]
    assert titles == ["Sleep script", "Part two"] or sorted(titles) == ["Part two", "Sleep script"]
    new = next(s for s in window.library.list_scripts(pid) if s.title == "Part two")
    assert window.current_script_id() == new.id
    assert [seg.name for seg in new.segments][:2] == ["Hook", "Context"]


def test_search_finds_a_source_and_opens_it(tmp_path, qtbot):
    window = make_window(qtbot, tmp_path)
    _, _, source_id = seed(window.library)
    window.panel.refresh()
    panel = window.panel
    qtbot.keyClicks(panel.search_edit, "adolescents")
    qtbot.waitUntil(lambda: panel.results.count() > 0, timeout=2000)
    assert panel.tree.isHidden() and not panel.results.isHidden()
    item = panel.results.item(0)
    assert "Sleep duration and anxiety" in item.text()
    with qtbot.waitSignal(panel.source_activated) as signal:
        panel.results.itemActivated.emit(item)
    assert signal.args == [source_id]
    assert window.source_editor.source is not None and window.source_editor.source.id == source_id
    panel.clear_search()
    assert not panel.tree.isHidden() and panel.results.isHidden()


def test_search_with_query_syntax_characters_does_not_fail(tmp_path, qtbot):
    window = make_window(qtbot, tmp_path)
    seed(window.library)
    panel = window.panel
    for text in ('"unbalanced', "AND OR (", "sleep*", "😴 NEAR(", "-"):
        panel.search_edit.setText(text)
        panel.run_search()
        assert "result" in panel.results_label.text() or "Nothing found" in panel.results_label.text()


def test_project_settings_change_reaches_the_open_script(tmp_path, qtbot, monkeypatch):
    window = make_window(qtbot, tmp_path)
    pid, sid, _ = seed(window.library)
    window.panel.refresh()
    window.open_script(sid)

    def edit(dialog: ProjectDialog) -> int:
        assert dialog.title_edit.text() == "Sleep and teen anxiety"
        dialog.platform_combo.setCurrentText("TikTok 30 s")
        dialog.grade_spin.setValue(6.0)
        return ProjectDialog.DialogCode.Accepted

    monkeypatch.setattr(ProjectDialog, "exec", edit)
    window.workspace.calls.clear()
    window.menu_actions["project_settings"].trigger()
    project = window.library.get_project(pid)
    assert (project.target_seconds, project.target_grade) == (30, 6.0)
    assert "reload" in window.workspace.calls


def test_export_then_import_bundle_adds_a_project(tmp_path, qtbot):
    window = make_window(qtbot, tmp_path)
    pid, _, _ = seed(window.library)
    window.panel.refresh()
    path = window.panel.actions.export_bundle(pid, str(tmp_path / "sleep"))
    assert path is not None and path.suffix == ".studio" and path.exists()
    new_pid = window.panel.actions.import_bundle(str(path))
    assert new_pid is not None and new_pid != pid
    assert len(window.library.list_sources(new_pid)) == 2
    assert window.panel.find_item("project", new_pid) is not None


def test_importing_a_broken_bundle_shows_a_message(tmp_path, qtbot, monkeypatch):
    window = make_window(qtbot, tmp_path)
    bad = tmp_path / "bad.studio"
    bad.write_bytes(b"not a zip")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warned.append(a[2])))
    assert window.panel.actions.import_bundle(str(bad)) is None
    assert warned and window.library.list_projects() == []
