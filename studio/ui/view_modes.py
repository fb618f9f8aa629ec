"""View › Zoom and Presenter mode for the main window.

Zoom scales the window's text (the editor, the panels, the menus, the status bar and the window's dialogs
follow it; the spoken text keeps its 115 % on top, see :mod:`studio.ui.fonts`) in browser-like steps. Ctrl+wheel anywhere in the window
zooms too. Presenter mode is one switch for a room with a projector: its own, larger text size (zooming in
presenter mode changes that size only), high-contrast highlight colours, and a layout for 1280×720 — the
window fills the screen, the library and source panels step aside (Ctrl+1 brings the library back) and
the findings column gets more room. Leaving presenter mode puts the previous layout back. Both the zoom
and the mode are remembered across starts (:class:`~studio.ui.settings.AppSettings`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QMainWindow, QSplitter, QWidget

from studio.ui.fonts import zoom_style_sheet
from studio.ui.settings import DEFAULT_PRESENTER_ZOOM, DEFAULT_ZOOM, MAX_ZOOM, MIN_ZOOM, AppSettings
from studio.ui.window_fit import first_start_rect, place_window, restore_geometry
from studio.ui.workspace.colors import HIGH_CONTRAST_PROPERTY
from studio.ui.workspace.highlighter import FindingHighlighter

#: The zoom levels Ctrl++ / Ctrl+- step through (percent).
ZOOM_STEPS: tuple[int, ...] = (50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
#: Share of the workspace width the script editor gets in presenter mode (the rest: dashboard, findings).
PRESENTER_EDITOR_SHARE = 0.6
_WHEEL_NOTCH = 120


def step_zoom(current: int, step: int) -> int:
    """The next zoom level above (``step`` > 0) or below (< 0) ``current``, clamped to the steps' range."""
    if step > 0:
        bigger = [z for z in ZOOM_STEPS if z > current]
        return bigger[0] if bigger else min(MAX_ZOOM, max(current, ZOOM_STEPS[-1]))
    smaller = [z for z in ZOOM_STEPS if z < current]
    return smaller[-1] if smaller else max(MIN_ZOOM, min(current, ZOOM_STEPS[0]))


class ViewModes(QObject):
    """Zoom and presenter mode of one main window. ``screen_area`` gives the available screen rectangle
    (injectable so tests can pretend to be on a 1280×720 projector). ``changed`` fires after any change."""

    changed = Signal()

    def __init__(self, window: QMainWindow, settings: AppSettings, screen_area: Callable[[], QRect]) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._screen_area = screen_area
        self._wheel = 0
        self._before_presenter: tuple[QByteArray, QByteArray, list[int]] | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)      # Ctrl+wheel over any widget of the window

    # -- state --------------------------------------------------------------------------------------
    @property
    def presenter(self) -> bool:
        """True in presenter mode."""
        return self._settings.presenter_mode

    @property
    def zoom(self) -> int:
        """The zoom in effect now (percent): the presenter size in presenter mode, else the normal one."""
        s = self._settings
        return s.presenter_zoom_percent if s.presenter_mode else s.zoom_percent

    def _set_zoom(self, percent: int) -> None:
        if self._settings.presenter_mode:
            self._settings.presenter_zoom_percent = percent
        else:
            self._settings.zoom_percent = percent
        self.apply()

    # -- commands -------------------------------------------------------------------------------------
    def zoom_in(self) -> None:
        """View › Zoom in (Ctrl++)."""
        self._set_zoom(step_zoom(self.zoom, +1))

    def zoom_out(self) -> None:
        """View › Zoom out (Ctrl+-)."""
        self._set_zoom(step_zoom(self.zoom, -1))

    def zoom_reset(self) -> None:
        """View › Actual size (Ctrl+0): 100 %, or the presenter default in presenter mode."""
        self._set_zoom(DEFAULT_PRESENTER_ZOOM if self._settings.presenter_mode else DEFAULT_ZOOM)

    def set_presenter(self, on: bool) -> None:
        """View › Presenter mode: switch it on or off (and lay the window out for it)."""
        if on == self._settings.presenter_mode:
            return
        if on:
            self._remember_layout()
        self._settings.presenter_mode = on
        self.apply()
        if on:
            self.presenter_layout()
        else:
            self._restore_layout()

    # -- applying -------------------------------------------------------------------------------------
    def apply(self) -> None:
        """Put the current zoom and contrast on the window (call once after the window is built)."""
        window = self._window
        # At 100 % the window keeps the system's own sizes (and the app style sheet's, e.g. the placeholder).
        window.setStyleSheet(zoom_style_sheet(self.zoom) if self.zoom != DEFAULT_ZOOM else "")
        window.setProperty(HIGH_CONTRAST_PROPERTY, self._settings.presenter_mode)
        for highlighter in window.findChildren(FindingHighlighter):
            highlighter.render()
        self.changed.emit()

    def presenter_layout(self) -> None:
        """Lay the window out for a 1280×720 projector: fill the screen, side panels away, wide findings."""
        window = self._window
        if not (window.isMaximized() or window.isFullScreen()):
            place_window(window, first_start_rect(self._screen_area()))
        for name in ("source_dock", "library_dock"):
            dock = getattr(window, name, None)
            if isinstance(dock, QWidget):
                dock.hide()
        self._fold_checklist(True)          # its score stays in the header; the findings keep their room
        splitter = getattr(window.centralWidget(), "splitter", None)
        if isinstance(splitter, QSplitter) and splitter.count() == 2:
            total = max(sum(splitter.sizes()), window.width())
            splitter.setSizes([int(total * PRESENTER_EDITOR_SHARE), total - int(total * PRESENTER_EDITOR_SHARE)])

    def _fold_checklist(self, fold: bool) -> None:
        checklist = getattr(self._window.centralWidget(), "checklist", None)
        header = getattr(checklist, "header", None)
        if isinstance(header, QAbstractButton):
            header.setChecked(not fold)

    def _remember_layout(self) -> None:
        window = self._window
        splitter = getattr(window.centralWidget(), "splitter", None)
        sizes = splitter.sizes() if isinstance(splitter, QSplitter) else []
        self._before_presenter = (window.saveGeometry(), window.saveState(), sizes)

    def _restore_layout(self) -> None:
        saved, self._before_presenter = self._before_presenter, None
        self._fold_checklist(False)
        if saved is None:           # started in presenter mode: nothing to go back to but the panels
            dock = getattr(self._window, "library_dock", None)
            if isinstance(dock, QWidget):
                dock.show()
            return
        geometry, state, sizes = saved
        restore_geometry(self._window, bytes(geometry.data()), self._screen_area())   # exactly as it was
        self._window.restoreState(state)
        splitter = getattr(self._window.centralWidget(), "splitter", None)
        if isinstance(splitter, QSplitter) and sizes:
            splitter.setSizes(sizes)

    # -- Ctrl+wheel -----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Ctrl+wheel over a widget of this window zooms (instead of the editor's own font zoom)."""
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QWheelEvent)
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier or watched.window() is not self._window:
            return False
        self._wheel += event.angleDelta().y()
        while abs(self._wheel) >= _WHEEL_NOTCH:     # trackpads send small deltas: zoom once per notch
            step = 1 if self._wheel > 0 else -1
            self._wheel -= step * _WHEEL_NOTCH
            (self.zoom_in if step > 0 else self.zoom_out)()
        event.accept()
        return True
