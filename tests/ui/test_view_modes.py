"""Zoom, presenter mode and a window that fits the screen (simulated 1280×720 projector)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QSplitter
from shell_helpers import FakeService, RecordingWorkspace, make_settings

from studio.store.library import Library
from studio.ui.fonts import ROLE_SCALES, base_point_size
from studio.ui.main_window import DOCK_MIN_WIDTH, MainWindow
from studio.ui.view_modes import step_zoom
from studio.ui.window_fit import corrected_rect, first_start_rect, fits
from studio.ui.workspace.colors import HIGH_CONTRAST_PROPERTY, char_format

PROJECTOR = QRect(0, 0, 1280, 720)


def _window(qtbot, tmp_path, settings=None, area=PROJECTOR, workspace=None) -> MainWindow:
    library = Library.open(tmp_path / "lib.studio.db")
    settings = settings or make_settings(tmp_path)
    window = MainWindow(library, settings, service=FakeService(),
                        workspace=workspace or RecordingWorkspace(library), screen_area=lambda: area)
    qtbot.addWidget(window)
    return window


def _size(widget) -> float:
    """The point size the widget really uses (after the style sheet is applied)."""
    widget.ensurePolished()
    return widget.font().pointSizeF()


# -------------------------------------------------------------------------------------------- zoom
def test_zoom_steps_are_clamped():
    assert step_zoom(100, +1) == 110 and step_zoom(100, -1) == 90
    assert step_zoom(300, +1) == 300 and step_zoom(50, -1) == 50
    assert step_zoom(105, +1) == 110 and step_zoom(105, -1) == 100


def test_zoom_in_out_reset_scale_the_whole_window_and_are_remembered(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    window.show()
    base = _size(window)
    assert base == pytest.approx(base_point_size())
    label = window.analysis_label
    window.menu_actions["zoom_in"].trigger()
    window.menu_actions["zoom_in"].trigger()
    assert window.settings.zoom_percent == 125
    assert _size(window) == pytest.approx(base * 1.25)
    assert _size(label) == pytest.approx(base * 1.25)            # status bar follows
    assert _size(window.panel.tree) == pytest.approx(base * 1.25)  # library panel follows
    window.close()

    again = _window(qtbot, tmp_path, settings=make_settings(tmp_path))   # next start: same size
    again.show()
    assert again.settings.zoom_percent == 125
    assert _size(again) == pytest.approx(base * 1.25)
    again.menu_actions["zoom_out"].trigger()
    assert again.settings.zoom_percent == 110
    again.menu_actions["zoom_reset"].trigger()
    assert _size(again) == pytest.approx(base)


def test_zoom_shortcuts_are_the_usual_ones(qtbot, tmp_path):
    acts = _window(qtbot, tmp_path).menu_actions
    from PySide6.QtGui import QKeySequence
    assert QKeySequence("Ctrl++") in acts["zoom_in"].shortcuts()
    assert QKeySequence("Ctrl+-") in acts["zoom_out"].shortcuts() or \
        QKeySequence(QKeySequence.StandardKey.ZoomOut) in acts["zoom_out"].shortcuts()
    assert acts["zoom_reset"].shortcut() == QKeySequence("Ctrl+0")


def test_ctrl_wheel_zooms_and_a_plain_wheel_does_not(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    window.show()
    target = window.panel.tree.viewport()

    def wheel(delta: int, mods: Qt.KeyboardModifier) -> None:
        event = QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, delta),
                            Qt.MouseButton.NoButton, mods, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(target, event)

    wheel(120, Qt.KeyboardModifier.NoModifier)
    assert window.settings.zoom_percent == 100
    wheel(120, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.zoom_percent == 110
    wheel(60, Qt.KeyboardModifier.ControlModifier)               # half a notch (trackpad): not yet
    assert window.settings.zoom_percent == 110
    wheel(-180, Qt.KeyboardModifier.ControlModifier)             # … -120 net: one step down
    assert window.settings.zoom_percent == 100


def test_spoken_text_stays_larger_than_the_rest_when_zoomed(qtbot, tmp_path):
    from studio.store.models import SegmentDraft
    from studio.ui.workspace.segment_editor import SegmentCard

    window = _window(qtbot, tmp_path)
    card = SegmentCard(SegmentDraft("Hook", "Walk more."))
    window.workspace.layout().addWidget(card)     # put into the window like the script editor does
    window.show()
    window.menu_actions["zoom_in"].trigger()
    window.menu_actions["zoom_in"].trigger()
    assert _size(card.spoken) == pytest.approx(_size(card) * ROLE_SCALES["spoken"], abs=0.01)
    assert _size(card.spoken) == pytest.approx(base_point_size() * 1.25 * ROLE_SCALES["spoken"], abs=0.01)
    later = SegmentCard(SegmentDraft("Call to action", "Follow."))    # a card added after zooming
    window.workspace.layout().addWidget(later)
    later.show()
    assert _size(later.spoken) == pytest.approx(_size(card.spoken))
    window.menu_actions["zoom_reset"].trigger()                          # back to the system size
    for spoken in (card.spoken, later.spoken):
        assert _size(spoken) == pytest.approx(base_point_size() * ROLE_SCALES["spoken"], abs=0.01)
    assert _size(card) == pytest.approx(base_point_size())


# ------------------------------------------------------------------------------------- presenter
def test_presenter_mode_large_type_contrast_and_projector_layout(qtbot, tmp_path):
    window = _window(qtbot, tmp_path, area=PROJECTOR)
    window.show()
    base = _size(window)
    window.library_dock.show()
    assert not window.property(HIGH_CONTRAST_PROPERTY)
    window.menu_actions["presenter"].trigger()
    assert window.settings.presenter_mode and window.menu_actions["presenter"].isChecked()
    assert _size(window) == pytest.approx(base * 1.5)
    assert window.property(HIGH_CONTRAST_PROPERTY) is True
    assert fits(window.frameGeometry(), PROJECTOR)
    assert window.frameGeometry().width() >= 1200 and window.frameGeometry().height() >= 660
    assert window.library_dock.isHidden() and window.source_dock.isHidden()
    window.menu_actions["zoom_in"].trigger()                        # zoom in presenter mode: its own size
    assert window.settings.presenter_zoom_percent == 175 and window.settings.zoom_percent == 100
    window.menu_actions["presenter"].trigger()
    assert not window.settings.presenter_mode
    assert _size(window) == pytest.approx(base)
    assert not window.property(HIGH_CONTRAST_PROPERTY)
    assert window.library_dock.isVisible()                           # the layout from before comes back


def test_presenter_mode_is_remembered_across_starts(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    window.show()
    base = _size(window)
    window.view_modes.set_presenter(True)
    window.close()
    again = _window(qtbot, tmp_path, settings=make_settings(tmp_path))
    again.show()
    assert again.menu_actions["presenter"].isChecked()
    assert _size(again) == pytest.approx(base * 1.5)
    again.view_modes.set_presenter(False)
    assert again.library_dock.isVisible() or not again.library_dock.isHidden()


def test_high_contrast_highlights_are_stronger_than_the_normal_ones():
    from studio.analysis import model as m

    for kind in (m.JARGON, m.UNCITED_CLAIM, m.HARD_SENTENCE, m.ACRONYM):
        normal, strong = char_format(kind, False), char_format(kind, False, contrast=True)
        assert strong.background().style() != Qt.BrushStyle.NoBrush
        if normal.background().style() != Qt.BrushStyle.NoBrush:
            assert strong.background().color().saturationF() >= normal.background().color().saturationF()


def test_presenter_mode_recolours_the_highlights_in_the_editor(qtbot, tmp_path):
    from studio.analysis.model import JARGON, Finding
    from studio.store.models import SegmentDraft
    from studio.ui.workspace.segment_editor import SegmentCard

    window = _window(qtbot, tmp_path)
    card = SegmentCard(SegmentDraft("Hook", "The efficacy was high."))
    window.workspace.layout().addWidget(card)
    window.show()
    card.spoken.highlighter.set_group("", card.spoken_text(), [Finding(JARGON, 4, 12, "efficacy", "Jargon")])
    editor: QPlainTextEdit = card.spoken

    def colour() -> str:
        (sel,) = editor.extraSelections()
        return sel.format.background().color().name()

    normal = colour()
    window.view_modes.set_presenter(True)
    assert colour() != normal
    assert colour() == char_format(JARGON, False, contrast=True).background().color().name()


# ------------------------------------------------------------------------------------ the window fits
def test_first_start_fills_a_small_screen_and_centres_on_a_large_one():
    assert first_start_rect(PROJECTOR) == PROJECTOR
    big = first_start_rect(QRect(0, 0, 2560, 1400))
    assert big.size() == QSize(2304, 1260) and QRect(0, 0, 2560, 1400).contains(big)


def test_a_geometry_from_another_monitor_is_corrected():
    from_big_monitor = QRect(1900, 100, 1400, 900)
    fixed = corrected_rect(from_big_monitor, PROJECTOR)
    assert fits(fixed, PROJECTOR) and fixed.size() == QSize(1280, 720)
    small_offscreen = QRect(-900, 2000, 900, 600)
    fixed = corrected_rect(small_offscreen, PROJECTOR)
    assert fits(fixed, PROJECTOR) and fixed.size() == QSize(900, 600)
    inside = QRect(100, 50, 800, 500)
    assert corrected_rect(inside, PROJECTOR) == inside


def test_window_on_a_1280x720_screen_fits_and_nothing_is_cut_off(qtbot, tmp_path):
    window = _window(qtbot, tmp_path, area=PROJECTOR)
    window.show()
    qtbot.waitExposed(window)
    assert fits(window.frameGeometry(), PROJECTOR)
    assert window.statusBar().isVisible()
    assert window.statusBar().geometry().bottom() <= window.height()
    assert window.library_dock.width() >= DOCK_MIN_WIDTH


def test_a_remembered_geometry_that_no_longer_fits_is_corrected(qtbot, tmp_path):
    settings = make_settings(tmp_path)
    big = _window(qtbot, tmp_path, settings=settings, area=QRect(0, 0, 2560, 1440))
    big.show()
    big.setGeometry(1000, 400, 1500, 1000)
    big.close()                                                  # remembers 1500×1000 at (1000, 400)
    small = _window(qtbot, tmp_path, settings=make_settings(tmp_path), area=PROJECTOR)
    small.show()
    qtbot.waitExposed(small)
    assert fits(small.frameGeometry(), PROJECTOR)


def test_panels_cannot_collapse_to_a_sliver(qtbot, tmp_path, analyzer):
    from studio.ui.workspace import ScriptWorkspace
    from studio.ui.workspace.analysis_service import AnalysisService

    library = Library.open(tmp_path / "lib.studio.db")
    settings = make_settings(tmp_path)
    workspace = ScriptWorkspace(library, settings, AnalysisService(analyzer_factory=lambda: analyzer))
    window = MainWindow(library, settings, service=FakeService(), workspace=workspace,
                        screen_area=lambda: PROJECTOR)
    qtbot.addWidget(window)
    window.show()
    splitter: QSplitter = workspace.splitter
    assert not splitter.childrenCollapsible()
    splitter.setSizes([5000, 0])
    assert min(splitter.sizes()) >= 300
    splitter.setSizes([0, 5000])
    assert min(splitter.sizes()) >= 300
    window.resizeDocks([window.library_dock], [10], Qt.Orientation.Horizontal)
    assert window.library_dock.width() >= DOCK_MIN_WIDTH
    window.view_modes.set_presenter(True)          # 1280x720 presenter layout: checklist folds to its score
    assert not workspace.checklist.header.isChecked() and workspace.checklist.body.isHidden()
    assert min(splitter.sizes()) >= 300
    window.view_modes.set_presenter(False)
    assert workspace.checklist.header.isChecked()
    window.close()


def test_a_floating_panel_left_on_another_monitor_comes_back(qtbot, tmp_path):
    settings = make_settings(tmp_path)
    big = _window(qtbot, tmp_path, settings=settings, area=QRect(0, 0, 3840, 1440))
    big.show()
    big.library_dock.setFloating(True)
    big.library_dock.setGeometry(3000, 900, 300, 400)
    big.close()
    small = _window(qtbot, tmp_path, settings=make_settings(tmp_path), area=PROJECTOR)
    assert small.library_dock.isFloating()
    assert fits(small.library_dock.geometry(), PROJECTOR)


def test_the_keyboard_shortcuts_reach_the_zoom(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    target = window.panel.tree
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.zoom_percent == 110
    qtbot.keyClick(target, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(target, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.zoom_percent == 90
    qtbot.keyClick(target, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.zoom_percent == 100
    qtbot.keyClick(target, Qt.Key.Key_F5)
    assert window.settings.presenter_mode
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not window.settings.presenter_mode


def test_presenter_off_and_a_restart_give_back_a_window_that_filled_the_screen_exactly(qtbot, tmp_path):
    from studio.ui.window_fit import available_area, place_window

    area = available_area(None)          # the real screen: Qt's own restore used to shrink this one
    settings = make_settings(tmp_path)
    window = _window(qtbot, tmp_path, settings=settings, area=area)
    window.show()
    qtbot.waitExposed(window)
    place_window(window, area)
    qtbot.wait(20)
    before = QRect(window.geometry())
    window.view_modes.set_presenter(True)
    window.view_modes.set_presenter(False)
    assert window.geometry() == before                   # not 2 px narrower and 26 px lower
    window.close()                                       # remembered as it is
    again = _window(qtbot, tmp_path, settings=make_settings(tmp_path), area=area)
    again.show()
    qtbot.waitExposed(again)
    assert again.geometry() == before
