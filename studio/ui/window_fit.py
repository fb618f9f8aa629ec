"""Keeping the main window on the screen it is shown on.

First start: the window takes most of the *available* screen area (what is left after task bars and docks),
so a 1280×720 projector gets a window that fits instead of a fixed 1400×900 one. A geometry remembered on
another monitor or at another display scale is corrected when it no longer fits. The arithmetic is plain
QRect maths (tested without a real screen); :func:`available_area` asks Qt for the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QDataStream, QEvent, QIODevice, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDockWidget, QMainWindow, QWidget

#: The window never gets smaller than this (it still fits a 1024×600 netbook screen).
MIN_WINDOW = QSize(760, 480)
#: On a large screen a first start uses this share of the available area, centred.
FIRST_START_SHARE = 0.9
#: Screens up to this size are filled completely (there is no room to spare around the window).
SMALL_SCREEN = QSize(1440, 900)
#: The Source panel opens this wide.
SOURCE_DOCK_WIDTH = 380
#: The script editor and its findings column keep at least this width when the Source panel opens.
WORKSPACE_MIN_WIDTH = 820


def available_area(widget: QWidget | None = None) -> QRect:
    """The available geometry of the widget's screen (else the primary screen); a 1280×720 rect if none."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def first_start_rect(area: QRect) -> QRect:
    """The window frame for a first start on a screen whose available area is ``area``."""
    if area.width() <= SMALL_SCREEN.width() or area.height() <= SMALL_SCREEN.height():
        size = area.size()
    else:
        size = QSize(int(area.width() * FIRST_START_SHARE), int(area.height() * FIRST_START_SHARE))
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(area.center())
    return rect


def fits(frame: QRect, area: QRect) -> bool:
    """True when the whole window frame lies inside the available area."""
    return area.contains(frame)


def corrected_rect(frame: QRect, area: QRect) -> QRect:
    """``frame`` made to fit ``area``: shrunk to at most the area's size, then moved inside it.

    A frame that already fits is returned unchanged (the user's own placement is kept)."""
    if fits(frame, area):
        return QRect(frame)
    width = min(max(frame.width(), min(MIN_WINDOW.width(), area.width())), area.width())
    height = min(max(frame.height(), min(MIN_WINDOW.height(), area.height())), area.height())
    left = min(max(frame.left(), area.left()), area.right() + 1 - width)
    top = min(max(frame.top(), area.top()), area.bottom() + 1 - height)
    return QRect(left, top, width, height)


def frame_margins(widget: QWidget) -> tuple[int, int]:
    """Extra width and height the window frame adds around the client area (0 before it is shown)."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    return max(0, frame.width() - inner.width()), max(0, frame.height() - inner.height())


def place_window(widget: QWidget, frame: QRect) -> None:
    """Move and resize a top-level widget so its *frame* covers ``frame``."""
    extra_w, extra_h = frame_margins(widget)
    widget.resize(max(1, frame.width() - extra_w), max(1, frame.height() - extra_h))
    widget.move(frame.topLeft())


def fit_to_area(widget: QWidget, area: QRect) -> bool:
    """Correct the widget's geometry so it fits ``area``; True if it had to change."""
    frame = widget.frameGeometry()
    if widget.isMaximized() or widget.isFullScreen() or fits(frame, area):
        return False
    place_window(widget, corrected_rect(frame, area))
    return True


_GEOMETRY_MAGIC = 0x1D9D0CB


def saved_rects(geometry: bytes) -> tuple[QRect, QRect] | None:
    """(frame, client) rectangles of a ``QWidget.saveGeometry()`` blob of a normal (not maximized, not full
    screen) window; None for anything else or an unknown format."""
    data = QByteArray(bytes(geometry))        # kept alive while the stream reads it
    stream = QDataStream(data, QIODevice.OpenModeFlag.ReadOnly)
    if stream.readUInt32() != _GEOMETRY_MAGIC or stream.readUInt16() != 3:
        return None
    stream.readUInt16()
    frame, normal, client = QRect(), QRect(), QRect()
    stream >> frame
    stream >> normal
    stream.readInt32()
    maximized, full_screen = stream.readUInt8(), stream.readUInt8()
    stream.readInt32()
    stream >> client
    if stream.status() != QDataStream.Status.Ok or maximized or full_screen or not client.isValid():
        return None
    return frame, client


def restore_geometry(window: QWidget, geometry: bytes, area: QRect) -> bool:
    """``window.restoreGeometry(geometry)``, but a window that filled the screen comes back exactly.

    Qt's own restore guesses a title bar and shrinks a window whose frame touches the screen edges
    (1280×720 at (0, 0) came back as 1278×694 at (1, 25) on a screen without a window manager). When the
    saved frame fits ``area``, the saved client rectangle is put back as it was."""
    if not geometry or not window.restoreGeometry(QByteArray(geometry)):
        return False
    rects = saved_rects(geometry)
    if rects is not None and fits(rects[0], area) and window.geometry() != rects[1]:
        window.setGeometry(rects[1])
    return True


def restore_window(window: QMainWindow, geometry: bytes, state: bytes, area: QRect) -> bool:
    """Put back a remembered geometry (corrected to fit ``area``) and dock layout, or size a first start.

    Returns True when there was no saved dock layout (the caller gives the docks their first widths)."""
    if restore_geometry(window, geometry, area):
        fit_to_area(window, area)          # remembered on another monitor or at another scale
    else:
        place_window(window, first_start_rect(area))
    if state:
        window.restoreState(QByteArray(state))
        for dock in window.findChildren(QDockWidget):
            if dock.isFloating() and not fits(dock.geometry(), area):
                dock.setGeometry(corrected_rect(dock.geometry(), area))     # a floating panel left elsewhere
    return not state


def cap_to_area(widget: QWidget, area: QRect) -> bool:
    """Make a top-level widget (a dialog) fit ``area``: a minimum size larger than the area is lowered to it
    (the content scrolls or wraps inside), an oversized window is shrunk, then moved inside. True if changed."""
    extra_w, extra_h = frame_margins(widget)
    limit = QSize(max(1, area.width() - extra_w), max(1, area.height() - extra_h))
    minimum = widget.minimumSize()
    changed = False
    if minimum.width() > limit.width() or minimum.height() > limit.height():
        widget.setMinimumSize(minimum.boundedTo(limit))
        changed = True
    if widget.width() > limit.width() or widget.height() > limit.height():
        widget.resize(widget.size().boundedTo(limit))
        changed = True
    frame = widget.frameGeometry()
    if not fits(frame, area):
        widget.move(corrected_rect(frame, area).topLeft())
        changed = True
    return changed


class _ScreenFit(QObject):
    """Event filter on one dialog: on each Show it is capped to its screen's available geometry."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """On Show, fit the dialog to the available area of its screen."""
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow():
            layout = obj.layout()
            if layout is not None:
                layout.activate()          # the layout sets the minimum size now, before it is capped
            cap_to_area(obj, available_area(obj))
        return False


def keep_on_screen(dialog: QDialog) -> None:
    """Every time ``dialog`` is shown it fits the available area of its screen (a dialog sized for a large
    monitor opens inside a 1280×720 one with its buttons reachable)."""
    dialog.installEventFilter(_ScreenFit(dialog))


def open_source_dock(window: QMainWindow, library_dock: QDockWidget, source_dock: QDockWidget) -> None:
    """Show the Source panel where the script keeps a usable width to compare it side by side.

    In a wide window it docks on the right; when the library, the source and the script would not fit
    (a 1280×720 screen) it takes the library's place as a tab (the Library tab brings the tree back)."""
    first = source_dock.isHidden()
    right = window.dockWidgetArea(source_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    library_beside = library_dock.isVisible() and not library_dock.isFloating()
    if first and right and not source_dock.isFloating() and library_beside:
        if window.width() - library_dock.width() - SOURCE_DOCK_WIDTH < WORKSPACE_MIN_WIDTH:
            window.tabifyDockWidget(library_dock, source_dock)
    source_dock.show()
    source_dock.raise_()
    if first and not source_dock.isFloating():
        window.resizeDocks([source_dock], [SOURCE_DOCK_WIDTH], Qt.Orientation.Horizontal)
