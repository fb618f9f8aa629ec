"""Source editor: edits reach the store, invalid input is explained inline and nothing is lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from shell_helpers import make_window, seed

from studio.store.library import Library
from studio.ui import sources_view
from studio.ui.sources_view import PassageDialog, SourceEditor, pick_passage


def _editor(qtbot, tmp_path):
    library = Library.open(tmp_path / "lib.studio.db")
    pid, sid, source_id = seed(library)
    editor = SourceEditor(library)
    qtbot.addWidget(editor)
    editor.load(source_id)
    return editor, library, source_id


def _retype(qtbot, edit, text):
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_editing_fields_and_summary_saves_to_the_store(tmp_path, qtbot):
    editor, library, source_id = _editor(qtbot, tmp_path)
    assert not editor.save_button.isEnabled()
    _retype(qtbot, editor.fields["title"], "Sleep and anxiety in teens")
    _retype(qtbot, editor.fields["year"], "2021")
    editor.summary_edit.setPlainText("Short sleep was associated with more anxiety (n = 4,000).")
    assert editor.dirty and editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.saved) as signal:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert signal.args == [source_id]
    stored = library.get_source(source_id)
    assert (stored.title, stored.year) == ("Sleep and anxiety in teens", 2021)
    assert stored.summary == "Short sleep was associated with more anxiety (n = 4,000)."
    assert not editor.dirty and not editor.save_button.isEnabled()


def test_year_that_is_not_a_number_is_explained_and_nothing_is_lost(tmp_path, qtbot):
    editor, library, source_id = _editor(qtbot, tmp_path)
    _retype(qtbot, editor.fields["year"], "20x1")
    _retype(qtbot, editor.fields["journal"], "Sleep Medicine")
    assert editor.save() is False
    assert "year" in editor.error_label.text().lower() and editor.error_label.isVisibleTo(editor)
    assert library.get_source(source_id).year == 2020                 # store untouched
    assert editor.fields["journal"].text() == "Sleep Medicine" and editor.dirty   # typing kept
    _retype(qtbot, editor.fields["year"], "2019")
    assert editor.save() is True
    assert library.get_source(source_id).journal == "Sleep Medicine"
    assert editor.error_label.isHidden()


def test_key_used_by_another_source_is_refused_with_its_name(tmp_path, qtbot):
    editor, library, source_id = _editor(qtbot, tmp_path)
    _retype(qtbot, editor.fields["key"], "PARK2019")
    assert editor.save() is False
    assert "park2019" in editor.error_label.text().lower() or "PARK2019" in editor.error_label.text()
    assert "Screen time at night" in editor.error_label.text()
    assert library.get_source(source_id).key == "lee2020"


def test_doi_is_normalised_and_shown_back(tmp_path, qtbot):
    editor, library, source_id = _editor(qtbot, tmp_path)
    _retype(qtbot, editor.fields["doi"], "https://doi.org/10.5555/Demo.1")
    assert editor.save()
    assert library.get_source(source_id).doi == editor.fields["doi"].text()
    assert not editor.fields["doi"].text().startswith("http")


def test_loading_another_source_saves_pending_changes(tmp_path, qtbot):
    editor, library, source_id = _editor(qtbot, tmp_path)
    _retype(qtbot, editor.fields["authors"], "Lee K; Ortiz M; Chen L")
    other = library.find_source(library.get_source(source_id).project_id, "park2019")
    assert editor.load(other.id)
    assert library.get_source(source_id).authors == "Lee K; Ortiz M; Chen L"
    assert editor.fields["key"].text() == "park2019"


def test_saving_a_source_refreshes_the_tree_and_the_analysis_context(tmp_path, qtbot):
    window = make_window(qtbot, tmp_path)
    pid, sid, source_id = seed(window.library)
    window.panel.refresh()
    window.open_script(sid)
    window.show_source(source_id)
    assert not window.source_dock.isHidden()
    editor = window.source_editor
    _retype(qtbot, editor.fields["title"], "Renamed source")
    window.workspace.calls.clear()
    assert editor.save()
    assert "reload" in window.workspace.calls
    assert window.panel.find_item("source", source_id).text(0) == "Renamed source"


def test_add_source_from_menu_opens_it_for_editing(tmp_path, qtbot):
    window = make_window(qtbot, tmp_path)
    pid, sid, _ = seed(window.library)
    window.panel.refresh()
    window.open_script(sid)
    window.menu_actions["add_source"].trigger()
    sources = window.library.list_sources(pid)
    assert len(sources) == 3
    assert window.source_editor.source.id == sources[-1].id
    assert "[3]" in window.source_editor.heading.text()


def test_pick_passage_returns_the_selection(qtbot, monkeypatch, tmp_path):
    library = Library.open(tmp_path / "lib.studio.db")
    _, _, source_id = seed(library)
    source = library.get_source(source_id)

    def choose(dialog: PassageDialog) -> int:
        cursor = dialog.text.textCursor()
        start = source.summary.index("short sleep")
        cursor.setPosition(start)
        cursor.setPosition(start + len("short sleep was associated with anxiety"), cursor.MoveMode.KeepAnchor)
        dialog.text.setTextCursor(cursor)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(sources_view.PassageDialog, "exec", choose)
    assert pick_passage(source) == "short sleep was associated with anxiety"


def test_opening_a_source_on_a_1280_window_keeps_the_script_editor_usable(tmp_path, qtbot):
    window = make_window(qtbot, tmp_path)
    pid, sid, source_id = seed(window.library)
    window.panel.refresh()
    window.open_script(sid)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.show_source(source_id)
    qtbot.wait(50)
    # the source takes the library's place as a tab, the script keeps most of the width to compare side by side
    assert window.source_dock.isVisible() and not window.source_dock.visibleRegion().isEmpty()
    assert window.source_dock in window.tabifiedDockWidgets(window.library_dock)
    assert window.centralWidget().width() >= 820
    assert window.source_dock.width() >= 300


def test_a_wide_window_docks_the_source_beside_the_script(tmp_path, qtbot):
    window = make_window(qtbot, tmp_path)
    pid, sid, source_id = seed(window.library)
    window.panel.refresh()
    window.resize(1900, 1000)
    window.show()
    qtbot.waitExposed(window)
    window.show_source(source_id)
    qtbot.wait(50)
    assert window.library_dock.isVisible() and window.source_dock.isVisible()
    assert window.dockWidgetArea(window.source_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.centralWidget().width() >= 820
