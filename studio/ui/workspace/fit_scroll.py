"""A vertical scroll area exactly as tall as its content wants, which may get less and then scrolls.

The dashboard and checklist sit above the findings in a narrow column. Zoomed in on a 1280×720 screen
their wrapped labels need more height than the column has: instead of cutting the last lines off, the
upper part shrinks and scrolls (the findings keep a usable height below it)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

#: The part shrinks no lower than this many text lines (then it scrolls).
MIN_LINES = 6
#: It takes at most this share of its parent's height (what is below keeps the rest).
MAX_SHARE = 0.6


class FitScroll(QScrollArea):
    """Shows ``content`` at its height for the available width; scrolls when given less. It asks for at most
    ``max_share`` of its parent's height (None: no limit, e.g. the body of a dialog)."""

    def __init__(self, content: QWidget, parent: QWidget | None = None,
                 max_share: float | None = MAX_SHARE) -> None:
        super().__init__(parent)
        self._max_share = max_share
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        content.installEventFilter(self)
        if parent is not None:
            parent.installEventFilter(self)

    def _content_height(self, width: int) -> int:
        content = self.widget()
        if content is None:
            return 0
        if content.hasHeightForWidth():
            return content.heightForWidth(width)
        return content.sizeHint().height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """The content's width and its height at the width it has now."""
        content = self.widget()
        hint = content.sizeHint() if content is not None else QSize(0, 0)
        width = self.viewport().width() if self.isVisible() else hint.width()
        height = self._content_height(max(1, width)) + 2 * self.frameWidth()
        parent = self.parentWidget()
        if parent is not None and parent.isVisible() and self._max_share is not None:
            height = min(height, max(int(parent.height() * self._max_share),
                                     self.fontMetrics().lineSpacing() * MIN_LINES))
        return QSize(hint.width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As narrow as the content can be; a few lines tall (it scrolls below that)."""
        content = self.widget()
        width = content.minimumSizeHint().width() if content is not None else 0
        lines = self.fontMetrics().lineSpacing() * MIN_LINES
        return QSize(width + self.verticalScrollBar().sizeHint().width(), min(self.sizeHint().height(), lines))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """The content changed its layout (new text, zoom) or the column its size: ask for a new height."""
        if obj is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        elif obj is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.updateGeometry()
        return super().eventFilter(obj, event)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        """A new width means a new wrapped height."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


def stacked_scroll(widgets: list[QWidget], parent: QWidget | None = None,
                   max_share: float | None = MAX_SHARE) -> FitScroll:
    """``widgets`` one above the other in a :class:`FitScroll` (``max_share``: see there)."""
    content = QWidget(parent)
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for widget in widgets:
        layout.addWidget(widget)
    return FitScroll(content, parent, max_share)


__all__ = ["FitScroll", "stacked_scroll"]
