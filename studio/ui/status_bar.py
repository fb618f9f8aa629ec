"""The main window's status bar: one line for transient messages (left) and permanent indicators (right).

QStatusBar's own temporary messages share their space with the permanent widgets and hide or overlap the
normal ones, so a long grammar status swallowed every "Exported … to …", and a message shown while the
"Undo delete" button appeared was drawn on top of it. Here every piece of text is its own label in the
bar's layout: messages and indicators never overlap, long texts are elided with the full text in the
tooltip, and a new message replaces the previous one (which then expires after a few seconds).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QStatusBar, QToolButton, QWidget

from studio.ui.i18n import ui_tr

#: How long a transient message stays.
MESSAGE_MS = 8000
#: Widest an indicator (analysis, grammar) may grow, in average character widths.
INDICATOR_CHARS = 38


class ElidedLabel(QLabel):
    """A one-line label that shows as much of its text as fits, ending in "…"; the full text is the tooltip.

    ``text()`` returns the full text (what the label means), not the shortened one on screen.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, max_chars: int | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._max_chars = max_chars
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        """Show ``text`` (shortened to the width) and put all of it in the tooltip."""
        self._full = text or ""
        self._shown_full = ui_tr("Status", self._full) if self._full else ""   # known messages, translated
        self.setToolTip(self._shown_full)
        self.setAccessibleDescription(self._shown_full)
        self.updateGeometry()
        self._elide()

    def text(self) -> str:
        """The full text."""
        return self._full

    def shown_text(self) -> str:
        """What is on screen (possibly shortened with "…")."""
        return super().text()

    def is_elided(self) -> bool:
        """True when the text does not fit and is shown shortened."""
        return super().text() != self._shown_full

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Room for the full text, but no more than ``max_chars`` characters."""
        fm = self.fontMetrics()
        m = self.contentsMargins()             # e.g. the style sheet's padding
        frame = m.left() + m.right() + 2 * self.margin() + 4
        text = fm.horizontalAdvance(self._shown_full)
        if self._max_chars is not None:
            text = min(text, fm.averageCharWidth() * self._max_chars)
        return QSize(text + frame, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Can shrink to a few characters."""
        fm = self.fontMetrics()
        return QSize(min(self.sizeHint().width(), fm.horizontalAdvance("Mmmm\u2026")), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Re-elide for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(0, self.contentsRect().width() - 2 * self.margin())
        shown = self.fontMetrics().elidedText(self._shown_full, Qt.TextElideMode.ElideRight, width) \
            if width else self._shown_full
        if super().text() != shown:
            super().setText(shown)


class WindowStatus(QObject):
    """Builds and runs the status bar of a main window.

    Left to right: the "Undo delete" button (only after a delete), the transient message (stretches,
    elided), then the permanent indicators: analysis, grammar (elided, full text in its tooltip), the
    grammar download's Cancel button (only while downloading) and the save state.
    """

    def __init__(self, bar: QStatusBar, analysis_text: str) -> None:
        super().__init__(bar)
        self.bar = bar
        bar.setAccessibleName(ui_tr("StatusBar", "Status bar"))
        bar.setSizeGripEnabled(True)
        self.undo_button = QToolButton()
        self.undo_button.setAutoRaise(True)
        self.undo_button.setAccessibleName(ui_tr("StatusBar", "Undo delete"))
        self.undo_button.hide()
        # Takes the room the indicators leave (Expanding, small hint); "Ignored" would squeeze them instead.
        self.message_label = ElidedLabel(max_chars=12)
        self.message_label.setObjectName("statusMessage")
        self.message_label.setAccessibleName(ui_tr("StatusBar", "Status message"))
        self.message_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.analysis_label = ElidedLabel(analysis_text, max_chars=INDICATOR_CHARS)
        self.analysis_label.setObjectName("analysisStatus")
        self.analysis_label.setAccessibleName(ui_tr("StatusBar", "Analysis status"))
        self.grammar_label = ElidedLabel("Grammar: not started", max_chars=INDICATOR_CHARS)
        self.grammar_label.setObjectName("grammarStatus")
        self.grammar_label.setAccessibleName(ui_tr("StatusBar", "Grammar status"))
        self.grammar_cancel = QPushButton(ui_tr("StatusBar", "Cancel download"))
        self.grammar_cancel.setAccessibleName(ui_tr("StatusBar", "Cancel the LanguageTool download"))
        self.grammar_cancel.hide()
        self.save_label = QLabel(ui_tr("StatusBar", "All changes saved"))
        self.save_label.setObjectName("saveStatus")
        self.save_label.setAccessibleName(ui_tr("StatusBar", "Save status"))
        bar.addWidget(self.undo_button)
        bar.addWidget(self.message_label, 1)
        bar.addPermanentWidget(self.analysis_label)
        bar.addPermanentWidget(self.grammar_label)
        bar.addPermanentWidget(self.grammar_cancel)
        bar.addPermanentWidget(self.save_label)
        self._message = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_message)

    @property
    def message(self) -> str:
        """The transient message on show ("" when none)."""
        return self._message

    def show_message(self, text: str, timeout_ms: int = MESSAGE_MS) -> None:
        """Show ``text`` in place of the previous message, for ``timeout_ms`` (0: until replaced)."""
        self._message = text
        self.message_label.setText(text)
        if timeout_ms > 0:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def clear_message(self) -> None:
        """Remove the transient message."""
        self._message = ""
        self._timer.stop()
        self.message_label.setText("")

    def show_tip(self, tip: str) -> None:
        """A menu item's hint while the mouse is over it; an empty tip brings the message back."""
        self.message_label.setText(tip or self._message)


# Status lines the indicators translate when shown (others stay as given), for pyside6-lupdate.
_STATUS_WORDS = (
    QT_TRANSLATE_NOOP("Status", "Analysis ready"), QT_TRANSLATE_NOOP("Status", "Starting analysis\u2026"),
    QT_TRANSLATE_NOOP("Status", "Analysis not started"), QT_TRANSLATE_NOOP("Status", "Grammar: off"),
    QT_TRANSLATE_NOOP("Status", "Grammar: not started"), QT_TRANSLATE_NOOP("Status", "Grammar: local server ready"),
    QT_TRANSLATE_NOOP("Status", "Grammar: off \u2014 LanguageTool has no Indonesian"),
    QT_TRANSLATE_NOOP("Status", "Grammar: off \u2014 LanguageTool has no Korean"),
    QT_TRANSLATE_NOOP("Status", "All changes saved"), QT_TRANSLATE_NOOP("Status", "Saving\u2026"),
    QT_TRANSLATE_NOOP("Status", "Loading the French language model\u2026"),
    QT_TRANSLATE_NOOP("Status", "Loading the Spanish language model\u2026"),
    QT_TRANSLATE_NOOP("Status", "Loading the Portuguese language model\u2026"),
    QT_TRANSLATE_NOOP("Status", "Loading the Indonesian language model\u2026"),
    QT_TRANSLATE_NOOP("Status", "Loading the Japanese language model\u2026"),
    QT_TRANSLATE_NOOP("Status", "Loading the Korean language model\u2026"),
    QT_TRANSLATE_NOOP("Status", "Loading the English language model\u2026"),
)
