"""What the colours mean: one swatch per highlight kind, each with a checkbox to show or hide the kind
(stored in the app settings' ``hidden_kinds``)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QCheckBox, QGridLayout, QSizePolicy, QWidget

from studio.ui.workspace.colors import DASH, DOT, WAVE, is_dark, style_for


class Swatch(QWidget):
    """A tiny sample of a highlight: its background and underline."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """Word-sized."""
        h = self.fontMetrics().height()
        return QSize(int(h * 1.8), h)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        """Background block plus the underline in its style."""
        style = style_for(self.kind)
        dark = is_dark(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -2)
        if style.background:
            painter.fillRect(rect, QColor(style.background[1] if dark else style.background[0]))
        if style.underline:
            pen = QPen(QColor(style.underline[1] if dark else style.underline[0]), 1.6)
            if style.underline_style == DOT:
                pen.setStyle(Qt.PenStyle.DotLine)
            elif style.underline_style == DASH:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = rect.bottom()
            if style.underline_style == WAVE:
                path = QPainterPath(QPointF(rect.left(), y))
                x, up = rect.left(), True
                while x < rect.right():
                    x += 3
                    path.lineTo(QPointF(min(x, rect.right()), y - 2.5 if up else y))
                    up = not up
                painter.drawPath(path)
            else:
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.end()


class Legend(QWidget):
    """Swatches with show/hide checkboxes. ``hidden_changed`` carries the new set of hidden kinds."""

    hidden_changed = Signal(frozenset)

    def __init__(self, kinds: Iterable[str], hidden: frozenset[str] = frozenset(),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        for i, kind in enumerate(kinds):
            style = style_for(kind)
            box = QCheckBox(style.label, self)
            box.setChecked(kind not in hidden)
            box.setToolTip(f"{style.label}: {style.hint}\nUntick to hide these highlights.")
            box.setAccessibleName(f"Show {style.label} highlights")
            box.toggled.connect(self._emit)
            row, col = divmod(i, 2)
            grid.addWidget(Swatch(kind, self), row, col * 2)
            grid.addWidget(box, row, col * 2 + 1)
            self.boxes[kind] = box
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def set_hidden(self, hidden: frozenset[str]) -> None:
        """Reflect the settings without emitting."""
        for kind, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(kind not in hidden)
            box.blockSignals(False)

    def hidden(self) -> frozenset[str]:
        """Kinds currently unticked."""
        return frozenset(k for k, b in self.boxes.items() if not b.isChecked())

    def _emit(self) -> None:
        self.hidden_changed.emit(self.hidden())
