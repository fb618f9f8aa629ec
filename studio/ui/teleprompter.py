"""Teleprompter: the spoken text scrolling full screen at the project's words per minute.

The scroll follows the script's time line (:mod:`studio.exports.timing`, the dashboard's speaking-time
model): each paragraph passes the reading line in the time it takes to say it, and the pause between
segments moves the next segment's name (its cue) through. At speed 1.0 the whole run lasts exactly the
speaking-time estimate. Keys: Space start/pause, Up/Down speed, +/- text size, M mirror (for glass rigs),
Left/Right previous/next segment, Home back to the start, mouse wheel nudges, Esc leaves.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QKeyEvent,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QPolygonF,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from studio.exports.timing import Timeline
from studio.exports.word import clock
from studio.ui.i18n import ui_tr

SPEED_STEP = 0.1
MIN_SPEED, MAX_SPEED = 0.5, 2.5
MIN_SIZE, MAX_SIZE = 50, 250            # text size in percent of the default (screen height / 13)
READING_LINE = 0.35                     # the reading line, as a fraction of the height from the top
TICK_MS = 16
HINT = ("Space start/pause \u00b7 \u2191/\u2193 speed \u00b7 +/\u2212 text size \u00b7 M mirror \u00b7 "
        "\u2190/\u2192 segment \u00b7 Home restart \u00b7 Esc leave")
BACKGROUND, TEXT, CUE, DIM = QColor("#000000"), QColor("#f5f5f5"), QColor("#ffb74d"), QColor("#9e9e9e")


class TeleprompterView(QWidget):
    """A full-screen prompter for one script's time line. ``clock`` is injectable for tests (seconds)."""

    closed = Signal()

    def __init__(self, timeline: Timeline, title: str = "", settings: QSettings | None = None,
                 clock_fn: Callable[[], float] = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self._settings = settings
        self._clock = clock_fn
        self.setWindowTitle(f"Teleprompter \u2014 {title}" if title else "Teleprompter")
        self.setAccessibleName(ui_tr("Export", "Teleprompter"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.elapsed = 0.0                  # script seconds said so far
        self.speed = 1.0
        self.running = False
        self.size_percent = self._setting("size", 100)
        self.mirror = bool(self._setting("mirror", 0))
        self._last: float | None = None
        self._keys: list[tuple[float, float]] = []     # (script seconds, document y) of the reading line
        self.document = QTextDocument(self)
        self.document.setDocumentMargin(0)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._layout()

    # ------------------------------------------------------------------ state
    @property
    def duration(self) -> float:
        """Script seconds from the first word to the last (the speaking-time estimate)."""
        return self.timeline.total

    @property
    def finished(self) -> bool:
        """True once the last line has reached the reading line."""
        return self.elapsed >= self.duration

    def start(self) -> None:
        """Start (or resume) scrolling; at the end it starts again from the top."""
        if self.finished:
            self.elapsed = 0.0
        self.running = True
        self._last = self._clock()
        self._timer.start()
        self.setCursor(Qt.CursorShape.BlankCursor)        # no pointer over the text while it scrolls
        self.update()

    def pause(self) -> None:
        """Stop scrolling where it is."""
        self._sync()
        self.running = False
        self._timer.stop()
        self.unsetCursor()
        self.update()

    def toggle(self) -> None:
        """Space: start or pause."""
        self.pause() if self.running else self.start()

    def set_speed(self, speed: float) -> None:
        """Scroll speed as a factor of the project's words per minute (0.5-2.5)."""
        self._sync()
        self.speed = round(min(MAX_SPEED, max(MIN_SPEED, speed)), 2)
        self.update()

    def set_size(self, percent: int) -> None:
        """Text size in percent of the default; the reading position is kept."""
        self.size_percent = int(min(MAX_SIZE, max(MIN_SIZE, percent)))
        self._save("size", self.size_percent)
        self._layout()

    def set_mirror(self, on: bool) -> None:
        """Mirror the picture left-right (for a glass teleprompter rig)."""
        self.mirror = bool(on)
        self._save("mirror", int(self.mirror))
        self.update()

    def seek(self, seconds: float) -> None:
        """Jump to a moment of the script (clamped to the run)."""
        self._sync()
        self.elapsed = min(self.duration, max(0.0, seconds))
        self.update()

    def step_segment(self, direction: int) -> None:
        """Left/Right: to the start of the previous/next spoken segment."""
        starts = [s.start for s in self.timeline.segments if s.words]
        if not starts:
            return
        now = self.elapsed + 0.25 * (direction < 0)
        if direction > 0:
            later = [t for t in starts if t > self.elapsed + 0.01]
            self.seek(later[0] if later else self.duration)
        else:
            earlier = [t for t in starts if t < now - 1.0]
            self.seek(earlier[-1] if earlier else 0.0)

    def advance(self, real_seconds: float) -> None:
        """Let ``real_seconds`` of wall time pass while running (the timer calls this; tests call it too)."""
        if not self.running:
            return
        self.elapsed = min(self.duration, self.elapsed + real_seconds * self.speed)
        if self.finished:
            self.running = False
            self._timer.stop()
            self.unsetCursor()
        self.update()

    def _sync(self) -> None:
        if self.running and self._last is not None:
            now = self._clock()
            self.advance(now - self._last)
            self._last = now

    def _tick(self) -> None:
        self._sync()

    def current_segment(self) -> str:
        """The name of the segment being said (or the next one during a pause)."""
        for seg in self.timeline.segments:
            if seg.words and self.elapsed < seg.end:
                return seg.name
        spoken = [s for s in self.timeline.segments if s.words]
        return spoken[-1].name if spoken else ""

    # ---------------------------------------------------------------- layout
    def text_px(self) -> int:
        """The spoken text's pixel size."""
        return max(14, int(max(self.height(), 240) / 13 * self.size_percent / 100))

    def _margin(self) -> int:
        return max(24, self.width() // 10)

    def _layout(self) -> None:
        """Rebuild the document at the current size and compute the (time, y) key frames."""
        px = self.text_px()
        self.document.clear()
        self.document.setTextWidth(max(100, self.width() - 2 * self._margin()))
        cursor = QTextCursor(self.document)
        text_fmt, cue_fmt = QTextCharFormat(), QTextCharFormat()
        font = QFont(self.font())
        font.setPixelSize(px)
        text_fmt.setFont(font)
        text_fmt.setForeground(TEXT)
        cue_font = QFont(font)
        cue_font.setPixelSize(max(12, int(px * 0.55)))
        cue_font.setBold(True)
        cue_font.setCapitalization(QFont.Capitalization.AllUppercase)
        cue_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        cue_fmt.setFont(cue_font)
        cue_fmt.setForeground(CUE)
        spans: list[tuple[float, float, int]] = []     # (start s, end s, block number) per paragraph
        first = True
        for seg in self.timeline.segments:
            if not seg.words:
                continue
            block = QTextBlockFormat()
            block.setTopMargin(0 if first else px * 1.2)
            block.setBottomMargin(px * 0.25)
            if not first:
                cursor.insertBlock(block)
            else:
                cursor.setBlockFormat(block)
            cursor.insertText(f"\u25b8 {seg.name}", cue_fmt)
            first = False
            paragraphs = [" ".join(p.split()) for p in seg.spoken.split("\n\n") if p.strip()]
            weights = [max(1, self.timeline.words(p)) for p in paragraphs]
            clock_at = seg.start
            for para, weight in zip(paragraphs, weights, strict=True):
                body = QTextBlockFormat()
                body.setBottomMargin(px * 0.35)
                body.setLineHeight(118, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
                cursor.insertBlock(body)
                cursor.insertText(para, text_fmt)
                length = seg.seconds * weight / sum(weights)
                spans.append((clock_at, clock_at + length, cursor.block().blockNumber()))
                clock_at += length
        layout = self.document.documentLayout()
        keys: list[tuple[float, float]] = []
        for n, (start, end, number) in enumerate(spans):
            rect = layout.blockBoundingRect(self.document.findBlockByNumber(number))
            keys.append((start, rect.top()))
            if n + 1 == len(spans) or spans[n + 1][0] > end + 1e-9:    # last paragraph of a segment
                keys.append((end, rect.top() + rect.height() - px * 0.35))
        self._keys = keys or [(0.0, 0.0)]
        self.update()

    def offset_at(self, seconds: float) -> float:
        """The document y on the reading line at a moment of the script (piecewise linear, non-decreasing)."""
        keys = self._keys
        times = [t for t, _ in keys]
        i = bisect.bisect_right(times, seconds)
        if i <= 0:
            return keys[0][1]
        if i >= len(keys):
            return keys[-1][1]
        (t0, y0), (t1, y1) = keys[i - 1], keys[i]
        return y0 if t1 <= t0 else y0 + (y1 - y0) * (seconds - t0) / (t1 - t0)

    def scroll_y(self) -> float:
        """How far the document is scrolled up (document y at the top of the view)."""
        return self.offset_at(self.elapsed) - self.height() * READING_LINE

    # ---------------------------------------------------------------- events
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Lay the text out again for the new width and height."""
        super().resizeEvent(event)
        self._layout()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Black background, the text at the current scroll, the reading-line marks and a status line."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        if self.mirror:
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        margin = self._margin()
        painter.save()
        painter.translate(margin, -self.scroll_y())
        self.document.drawContents(painter, QRectF(0, self.scroll_y(), self.document.textWidth(), self.height()))
        painter.restore()
        top = QLinearGradient(0, 0, 0, self.height() * READING_LINE)     # what was said fades out
        top.setColorAt(0.0, QColor(0, 0, 0, 190))
        top.setColorAt(1.0, QColor(0, 0, 0, 0))
        painter.fillRect(QRectF(0, 0, self.width(), self.height() * READING_LINE), top)
        line_y = self.height() * READING_LINE + self.text_px() * 0.55
        size = max(8.0, self.text_px() * 0.3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(CUE)
        for x, sign in ((margin * 0.35, 1), (self.width() - margin * 0.35, -1)):
            painter.drawPolygon(QPolygonF([QPointF(x - sign * size / 2, line_y - size / 2),
                                           QPointF(x + sign * size / 2, line_y),
                                           QPointF(x - sign * size / 2, line_y + size / 2)]))
        self._paint_status(painter)

    def _paint_status(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setPixelSize(max(12, self.height() // 48))
        painter.setFont(font)
        painter.setPen(DIM)
        state = "\u25b6" if self.running else "\u275a\u275a"
        status = (f"{state}  {clock(self.elapsed)} / {clock(self.duration)}  \u00b7  speed "
                  f"{self.speed:.1f}\u00d7  \u00b7  {self.timeline.wpm * self.speed:.0f} {self.timeline.unit}/min  \u00b7  "
                  f"{self.current_segment()}" + ("  \u00b7  mirrored" if self.mirror else ""))
        lines = 1 if self.running else 2
        band = font.pixelSize() * (1.6 * lines + 0.8)
        edge = QLinearGradient(0, self.height() - band - font.pixelSize(), 0, self.height() - band)
        edge.setColorAt(0.0, QColor(0, 0, 0, 0))
        edge.setColorAt(1.0, BACKGROUND)
        painter.fillRect(QRectF(0, self.height() - band - font.pixelSize(), self.width(), font.pixelSize()), edge)
        painter.fillRect(QRectF(0, self.height() - band, self.width(), band), BACKGROUND)
        bottom = QRectF(12, self.height() - band, self.width() - 24, band - font.pixelSize() * 0.4)
        text = status if self.running else f"{status}\n{HINT}"
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """The prompter's keys (see the module docstring)."""
        key, text = event.key(), event.text()
        k = Qt.Key
        if key == k.Key_Space:
            self.toggle()
        elif key in (k.Key_Up, k.Key_BracketRight):
            self.set_speed(self.speed + SPEED_STEP)
        elif key in (k.Key_Down, k.Key_BracketLeft):
            self.set_speed(self.speed - SPEED_STEP)
        elif text in ("+", "=") or key in (k.Key_Plus, k.Key_Equal):
            self.set_size(self.size_percent + 10)
        elif text in ("-", "_") or key in (k.Key_Minus, k.Key_Underscore):
            self.set_size(self.size_percent - 10)
        elif key == k.Key_M:
            self.set_mirror(not self.mirror)
        elif key == k.Key_Right:
            self.step_segment(1)
        elif key == k.Key_Left:
            self.step_segment(-1)
        elif key == k.Key_Home:
            self.seek(0.0)
        elif key == k.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        """The wheel nudges the text: one notch is one second of the script."""
        self.seek(self.elapsed - event.angleDelta().y() / 120)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Stop the timer and tell the window."""
        self._timer.stop()
        self.running = False
        self.closed.emit()
        super().closeEvent(event)

    # -------------------------------------------------------------- settings
    def _setting(self, key: str, default: int) -> int:
        if self._settings is None:
            return default
        try:
            return int(self._settings.value(f"teleprompter/{key}", default))
        except (TypeError, ValueError):
            return default

    def _save(self, key: str, value: int) -> None:
        if self._settings is not None:
            self._settings.setValue(f"teleprompter/{key}", value)


__all__ = ["HINT", "TeleprompterView"]
