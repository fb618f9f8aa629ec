"""Research in and script out from the window: Import sources (dialog, drop, progress, Cancel, summary),
Export script (formats, preview, files), Copy script and the Teleprompter."""

from __future__ import annotations

import io
import threading

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from shell_helpers import make_window, seed

from studio.store.library import Library

RIS = """TY  - JOUR
TI  - Screens at night and sleep onset in teenagers
AU  - Park, Min
PY  - 2019
DO  - 10.1016/j.sleep.2019.05.002
ER  -

TY  - JOUR
TI  - Bedtime routines and anxiety
AU  - Ortiz, Maria
PY  - 2022
ER  -
"""


@pytest.fixture
def window(qtbot, tmp_path):
    library = Library.open(tmp_path / "lib.studio.db")
    project_id, script_id, _ = seed(library)
    win = make_window(qtbot, tmp_path, library)
    win.open_script(script_id)
    win.project_id = project_id
    return win


def _files(tmp_path):
    ris = tmp_path / "zotero export.ris"
    ris.write_text(RIS, encoding="utf-8")
    notes = tmp_path / "Melatonin summary.md"
    notes.write_text("# Melatonin and sleep in teens\n\nLow-dose melatonin shortened sleep onset by 20 minutes.",
                     encoding="utf-8")
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"this is not a pdf at all")
    return ris, bad, notes


def _finish(qtbot, window):
    qtbot.waitUntil(lambda: window.import_summary is not None, timeout=10000)
    return window.import_summary


def test_import_several_files_from_the_dialog_with_one_bad_file(window, qtbot, tmp_path, monkeypatch):
    ris, bad, notes = _files(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(ris), str(bad), str(notes)], "Research files"))
    before = len(window.library.list_sources(window.project_id))
    window.menu_actions["import_sources"].trigger()
    summary = _finish(qtbot, window)
    assert summary.headline.text() == "<b>3 sources added \u00b7 0 duplicates skipped \u00b7 1 file failed</b>"
    details = summary.details.toPlainText()
    assert "scan.pdf: this is not a PDF file (it has no PDF header)" in details
    assert "Screens at night and sleep onset in teenagers" in details and "Melatonin and sleep in teens" in details
    sources = window.library.list_sources(window.project_id)
    assert len(sources) == before + 3
    new_ids = {s.id for s in sources[before:]}
    selected = {int(i.data(0, Qt.ItemDataRole.UserRole + 1)) for i in window.panel.tree.selectedItems()}
    assert selected == new_ids                                    # the new sources are selected
    assert window.panel.selected()[0] == "source"


def test_importing_the_same_file_again_skips_duplicates(window, qtbot, tmp_path):
    ris, _, _ = _files(tmp_path)
    window.import_sources([str(ris)])
    _finish(qtbot, window).close()
    qtbot.waitUntil(lambda: window.import_summary is None)
    window.import_sources([str(ris)])
    summary = _finish(qtbot, window)
    assert "1 source added \u00b7 1 duplicate skipped \u00b7 0 files failed" in summary.headline.text()
    assert "10.1016/j.sleep.2019.05.002 is already in this project" in summary.details.toPlainText()


def test_cancel_during_a_long_pdf_keeps_the_files_read_before(window, qtbot, tmp_path, monkeypatch):
    import studio.ui.import_sources as module

    ris, _, notes = _files(tmp_path)
    long_pdf = tmp_path / "long review.pdf"
    long_pdf.write_bytes(b"%PDF-1.4")
    real_read = module.read_file
    reading = threading.Event()

    def slow_pdf(path, progress=None):
        if not str(path).endswith(".pdf"):
            return real_read(path, progress)
        for page in range(200):
            progress(page, 200)                   # raises ImportCancelled once Cancel was pressed
            reading.set()
            threading.Event().wait(0.01)
        raise AssertionError("Cancel did not stop the reader")

    monkeypatch.setattr(module, "read_file", slow_pdf)
    before = len(window.library.list_sources(window.project_id))
    job = window.import_sources([str(ris), str(long_pdf), str(notes)])
    qtbot.waitUntil(reading.is_set, timeout=5000)
    qtbot.waitUntil(lambda: "page" in job.progress.labelText(), timeout=5000)
    assert "long review.pdf" in job.progress.labelText()
    job.progress.findChild(QPushButton).click()   # the progress dialog's Cancel button
    summary = _finish(qtbot, window)
    assert job.cancelled
    titles = [s.title for s in window.library.list_sources(window.project_id)[before:]]
    assert titles == ["Screens at night and sleep onset in teenagers", "Bedtime routines and anxiety"]
    assert "stopped" in summary.headline.text()


def test_files_dropped_on_a_project_are_imported_into_it(window, qtbot, tmp_path):
    other = window.library.create_project("Another project", with_script=False)
    window.panel.refresh()
    ris, _, _ = _files(tmp_path)
    item = window.panel.find_item("project", other.id)
    viewport = window.panel.tree.viewport()
    pos = QPointF(window.panel.tree.visualItemRect(item).center())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(ris))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(pos.toPoint(), *args)
    assert QApplication.sendEvent(viewport, enter) and enter.isAccepted()       # the pointer shows "copy"
    assert QApplication.sendEvent(viewport, QDropEvent(pos, *args))
    _finish(qtbot, window)
    assert [s.title for s in window.library.list_sources(other.id)] == [
        "Screens at night and sleep onset in teenagers", "Bedtime routines and anxiety"]


def test_export_dialog_previews_and_writes_each_format(window, qtbot, tmp_path, monkeypatch):
    import docx

    dialog = window.export_script()
    dialog.select("srt")
    assert dialog.preview.toPlainText().startswith("1\n00:00:00,000 --> ")
    assert "[@lee2020]" not in dialog.preview.toPlainText()
    dialog.select("description")
    assert "Lee K, Ortiz M (2020). Sleep duration and anxiety in adolescents." in dialog.preview.toPlainText()
    assert dialog.export(str(tmp_path / "desc.txt")) == tmp_path / "desc.txt"
    for fmt, name in (("docx", "script.docx"), ("pdf", "script.pdf"), ("vtt", "captions")):
        dialog = window.export_script()
        dialog.select(fmt)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, n=name, **k: (str(tmp_path / n), ""))
        assert dialog.export() is not None
    document = docx.Document(io.BytesIO((tmp_path / "script.docx").read_bytes()))
    assert document.tables[0].rows[2].cells[0].text.startswith("Finding")
    assert (tmp_path / "script.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "captions.vtt").read_text(encoding="utf-8").startswith("WEBVTT\n")
    assert window.settings.qsettings.value("export/format") == "vtt"


def test_copy_script_puts_the_spoken_text_on_the_clipboard(window):
    window.menu_actions["copy_script"].trigger()
    text = QGuiApplication.clipboard().text()
    assert text == ("Teens who sleep less feel more anxious.\n\n"
                    "In a cohort of 4,000 teens, short sleep was linked to anxiety.\n")


def test_teleprompter_opens_full_screen_and_esc_leaves(window, qtbot):
    window.menu_actions["teleprompter"].trigger()
    view = window.teleprompter
    assert view is not None and view.isFullScreen()
    assert view.duration > 0 and "\u25b8 Finding" in view.document.toPlainText()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.teleprompter is None
