"""Every dialog fits the screen it opens on (a 1280×720 projector, an 800×600 offscreen test screen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QPoint, QRect, Signal
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout
from shell_helpers import make_settings, seed

from studio.exports import ExportInput
from studio.importers.service import ImportReport
from studio.store.library import Library
from studio.ui.about_dialog import AboutDialog
from studio.ui.export_dialog import ExportDialog
from studio.ui.import_sources import ImportSummary
from studio.ui.project_dialog import ProjectDialog
from studio.ui.report_dialog import ReportDialog
from studio.ui.research_dialog import ResearchDialog
from studio.ui.settings_dialog import SettingsDialog
from studio.ui.sources_view import PassageDialog
from studio.ui.versions_dialog import VersionsDialog
from studio.ui.window_fit import available_area, cap_to_area, keep_on_screen
from studio.ui.workspace.cite_dialog import CiteDialog

LONG_TITLE = ("Effects of structured postprandial walking programmes on glycaemic control, insulin sensitivity and "
              "quality of life in adults with type 2 diabetes mellitus: a systematic review and meta-analysis of "
              "randomised controlled trials")


class _JobService(QObject):
    """Takes the report's job and never runs it (the dialog's size is what is tested)."""

    job_done = Signal(int, object)
    job_failed = Signal(int, str)

    def submit(self, job) -> int:
        return 1


@pytest.fixture
def library(tmp_path):
    lib = Library.open(tmp_path / "lib.studio.db")
    yield lib
    lib.close()


def _assert_fits(qtbot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = available_area(dialog)
    assert area.contains(dialog.frameGeometry()), (type(dialog).__name__, dialog.frameGeometry(), area)


def test_draft_dialog_with_a_long_source_title_is_narrower_than_a_1280_screen(qtbot, library):
    project = library.create_project("Diabetes", target_seconds=60)
    library.add_source(project.id, title=LONG_TITLE, authors="Okafor N", year=2022,
                       summary="RESULTS: Walking after meals lowered blood sugar by 12% compared with usual care.")
    dialog = ResearchDialog(library, project.id)
    qtbot.addWidget(dialog)
    # the preview and the Create script / Cancel buttons are reachable on a 1280 px screen (was 1524 px wide)
    assert dialog.minimumSizeHint().width() < 1000
    assert LONG_TITLE[:60] in dialog.source_box.toolTip()
    _assert_fits(qtbot, dialog)
    button = dialog.create_button
    assert button.isVisible()
    assert dialog.rect().contains(QRect(button.mapTo(dialog, QPoint(0, 0)), button.size()))


def test_every_dialog_fits_the_available_screen(qtbot, library, tmp_path):
    project_id, script_id, source_id = seed(library)
    library.save_version(script_id, "first")
    project, script = library.get_project(project_id), library.get_script(script_id)
    sources = tuple(library.list_sources(project_id))
    settings = make_settings(tmp_path)
    report = ImportReport()
    report.errors.append(("broken.bib", "x " * 400))
    dialogs = [
        ResearchDialog(library, project_id, source_id=source_id),
        AboutDialog(str(tmp_path / "lib.studio.db"), run_test=False),
        SettingsDialog(settings),
        ExportDialog(ExportInput(project, script, sources), settings.qsettings),
        VersionsDialog(library, script_id),
        ReportDialog(library, script_id, _JobService()),
        ImportSummary(report),
        ProjectDialog(),
        PassageDialog(sources[0]),
        CiteDialog("Short sleep was linked to anxiety.", sources),
    ]
    for dialog in dialogs:
        _assert_fits(qtbot, dialog)
        dialog.close()


def test_a_dialog_bigger_than_the_screen_is_capped_and_moved_inside(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    keep_on_screen(dialog)
    layout = QVBoxLayout(dialog)
    label = QLabel("wide")
    label.setMinimumSize(3000, 2000)
    layout.addWidget(label)
    dialog.move(-200, -100)
    _assert_fits(qtbot, dialog)


def test_cap_to_area_keeps_a_dialog_that_already_fits(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(400, 300)
    assert not cap_to_area(dialog, QRect(0, 0, 5000, 5000))
    assert dialog.size().toTuple() == (400, 300)


def test_preferences_zoomed_in_scroll_instead_of_squeezing(qtbot, tmp_path):
    from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QWidget

    from studio.ui.fonts import zoom_style_sheet

    owner = QWidget()                       # the main window's zoom reaches its dialogs
    qtbot.addWidget(owner)
    owner.setStyleSheet(zoom_style_sheet(200))
    dialog = SettingsDialog(make_settings(tmp_path), owner)
    _assert_fits(qtbot, dialog)
    for box in dialog.findChildren(QCheckBox):
        assert box.height() >= box.sizeHint().height(), box.text()    # whole lines, no clipped letters
    buttons = dialog.findChild(QDialogButtonBox)
    assert dialog.rect().contains(QRect(buttons.mapTo(dialog, QPoint(0, 0)), buttons.size()))
