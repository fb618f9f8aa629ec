"""One segment of a script as a card: header (name, speaking time, move/add/remove) and two columns —
the spoken text (the main editing surface, with live highlights) beside the on-screen text and visual
notes, the audio/visual layout of video scripts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.store.models import Segment, SegmentDraft
from studio.ui.fonts import set_font_role
from studio.ui.i18n import ui_tr
from studio.ui.workspace.highlighter import Entry, FindingHighlighter

#: Fills the editor's context menu with quick fixes for the entries under the mouse.
MenuProvider = Callable[["SegmentCard", list[Entry], QMenu], None]
#: Adds actions for what is at a Qt position (e.g. "Open source" on a citation marker).
PositionMenuProvider = Callable[["SegmentCard", int, QMenu], None]


class GrowingTextEdit(QPlainTextEdit):
    """A plain-text editor that grows with its content (the card column scrolls, not the editor)."""

    focus_in = Signal()

    def __init__(self, min_lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        self.setTabChangesFocus(True)                     # Tab moves on: keyboard-only operation
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_: object) -> None:
        doc = self.document()
        lines = 0
        block = doc.firstBlock()
        while block.isValid():
            layout = block.layout()
            lines += max(1, layout.lineCount() if layout is not None and layout.lineCount() else 1)
            block = block.next()
        lines = max(self._min_lines, lines)
        margins = self.contentsMargins()
        height = (lines * self.fontMetrics().lineSpacing() + 2 * int(doc.documentMargin())
                  + margins.top() + margins.bottom() + 6)
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        """Re-fit after the width changed (lines re-wrap)."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        """Tell the card it became current."""
        super().focusInEvent(event)
        self.focus_in.emit()


class SpokenEdit(GrowingTextEdit):
    """The spoken-text editor: highlights, tooltips and quick fixes in its context menu."""

    def __init__(self, card: SegmentCard) -> None:
        super().__init__(min_lines=3, parent=card)
        self._card = card
        self.highlighter = FindingHighlighter(self)
        set_font_role(self, "spoken")      # 115 % of the window's text, whatever the zoom (studio.ui.fonts)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt API)
        """Standard edit menu, with the quick fixes of the highlight under the mouse on top."""
        menu = self.createStandardContextMenu(event.pos())
        pos = self.cursorForPosition(event.pos()).position() if event.reason() == QContextMenuEvent.Reason.Mouse \
            else self.textCursor().position()
        entries = self.highlighter.entries_at(pos)
        provider = self._card.menu_provider
        fixes = QMenu(menu)
        if entries and provider is not None:
            provider(self._card, entries, fixes)
        if self._card.position_menu_provider is not None:
            self._card.position_menu_provider(self._card, pos, fixes)
        first = menu.actions()[0] if menu.actions() else None
        for action in fixes.actions():
            menu.insertAction(first, action)
        if first is not None and fixes.actions():
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()


def _tool_button(text: str, tip: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip.split(" (")[0])
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class SegmentCard(QFrame):
    """A segment: name, spoken text, on-screen text and visual notes. Knows its store id."""

    spoken_changed = Signal(object)          # the card; the spoken text changed
    content_changed = Signal(object)         # the card; any field changed (autosave)
    move_requested = Signal(object, int)     # card, -1 up / +1 down
    remove_requested = Signal(object)
    add_after_requested = Signal(object)
    became_current = Signal(object)

    def __init__(self, segment: Segment | SegmentDraft, segment_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segment_id: int | None = segment_id
        self.menu_provider: MenuProvider | None = None
        self.position_menu_provider: PositionMenuProvider | None = None
        self.seconds: float | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("segmentCard")

        self.name_edit = QLineEdit(segment.name, self)
        self.name_edit.setFrame(False)
        bold = QFont(self.name_edit.font())
        bold.setBold(True)
        self.name_edit.setFont(bold)
        self.name_edit.setPlaceholderText(ui_tr("Segment", "Segment name"))
        self.name_edit.setToolTip(ui_tr("Segment", "Segment name (F2 to rename)"))
        self.seconds_label = QLabel("", self)
        self.seconds_label.setToolTip(ui_tr("Segment", "Speaking time of this segment at the project's speaking rate"))
        self.up_button = _tool_button("\u25b2", "Move segment up (Alt+Up)", self)
        self.down_button = _tool_button("\u25bc", "Move segment down (Alt+Down)", self)
        self.add_button = _tool_button("+", "Add a segment below (Ctrl+Shift+Return)", self)
        self.remove_button = _tool_button("\u2715", "Remove segment (Ctrl+Shift+Delete)", self)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.name_edit, 1)
        header.addWidget(self.seconds_label)
        for b in (self.up_button, self.down_button, self.add_button, self.remove_button):
            header.addWidget(b)

        self.spoken = SpokenEdit(self)
        self.spoken.setPlaceholderText(ui_tr("Segment", "What you say \u2014 the voice-over"))
        self.on_screen = GrowingTextEdit(min_lines=2, parent=self)
        self.on_screen.setPlaceholderText(ui_tr("Segment", "On-screen text: captions, key numbers, the source"))
        self.visual_notes = GrowingTextEdit(min_lines=2, parent=self)
        self.visual_notes.setPlaceholderText(ui_tr("Segment", "Visual notes: b-roll, gestures, graphics"))
        self.spoken.setPlainText(segment.spoken)
        self.on_screen.setPlainText(segment.on_screen)
        self.visual_notes.setPlainText(segment.visual_notes)
        for edit in (self.spoken, self.on_screen, self.visual_notes):
            edit.document().setModified(False)

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        on_label = QLabel(ui_tr("Segment", "&On screen"), self)
        on_label.setBuddy(self.on_screen)
        vis_label = QLabel(ui_tr("Segment", "&Visuals"), self)
        vis_label.setBuddy(self.visual_notes)
        for w in (on_label, self.on_screen, vis_label, self.visual_notes):
            side.addWidget(w)
        side.addStretch(1)

        spoken_col = QVBoxLayout()
        spoken_col.setContentsMargins(0, 0, 0, 0)
        spoken_col.addWidget(self.spoken)
        spoken_col.addStretch(1)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(spoken_col, 3)
        body.addLayout(side, 2)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 8)
        outer.addLayout(header)
        outer.addLayout(body)

        self.spoken.textChanged.connect(self._on_spoken_changed)
        self.on_screen.textChanged.connect(lambda: self.content_changed.emit(self))
        self.visual_notes.textChanged.connect(lambda: self.content_changed.emit(self))
        self.name_edit.textEdited.connect(self._on_name_edited)
        self.up_button.clicked.connect(lambda: self.move_requested.emit(self, -1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(self, 1))
        self.add_button.clicked.connect(lambda: self.add_after_requested.emit(self))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        for edit in (self.spoken, self.on_screen, self.visual_notes):
            edit.focus_in.connect(lambda: self.became_current.emit(self))
        self.name_edit.installEventFilter(self)
        self._last_spoken = segment.spoken
        self._update_accessible_names()

    # -- data ----------------------------------------------------------------------------------------
    @property
    def name(self) -> str:
        """Segment name as shown (never empty: falls back to "Segment")."""
        return self.name_edit.text().strip() or "Segment"

    def spoken_text(self) -> str:
        """The spoken text as plain text (what the analysis sees)."""
        return self.spoken.toPlainText()

    def draft(self) -> SegmentDraft:
        """The card's content for the store."""
        return SegmentDraft(name=self.name, spoken=self.spoken.toPlainText(),
                            on_screen=self.on_screen.toPlainText(), visual_notes=self.visual_notes.toPlainText())

    def is_empty(self) -> bool:
        """No text in any column."""
        d = self.draft()
        return not (d.spoken.strip() or d.on_screen.strip() or d.visual_notes.strip())

    def set_seconds(self, seconds: float | None) -> None:
        """Show the segment's speaking time in the header."""
        self.seconds = seconds
        self.seconds_label.setText("" if seconds is None else f"{seconds:.0f} s")
        self.seconds_label.setAccessibleName("" if seconds is None else f"Speaking time {seconds:.0f} seconds")

    def set_position(self, index: int, count: int) -> None:
        """Enable move buttons according to the card's place in the script."""
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(index < count - 1)

    # -- events --------------------------------------------------------------------------------------
    def _on_spoken_changed(self) -> None:
        text = self.spoken.toPlainText()
        if text == self._last_spoken:
            return                          # format-only change (highlights), not an edit
        self._last_spoken = text
        self.spoken_changed.emit(self)
        self.content_changed.emit(self)

    def _on_name_edited(self, _text: str) -> None:
        self._update_accessible_names()
        self.content_changed.emit(self)

    def _update_accessible_names(self) -> None:
        name = self.name
        self.setAccessibleName(f"Segment {name}")
        self.name_edit.setAccessibleName(f"Name of segment {name}")
        self.spoken.setAccessibleName(f"{name}: spoken text")
        self.on_screen.setAccessibleName(f"{name}: on-screen text")
        self.visual_notes.setAccessibleName(f"{name}: visual notes")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Return / Escape in the name field go back to the spoken text."""
        if watched is self.name_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
                self.spoken.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return False

    def rename(self) -> None:
        """Focus the name field with its text selected (F2)."""
        self.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.name_edit.selectAll()


SHORTCUTS: dict[str, QKeySequence] = {
    "move_up": QKeySequence("Alt+Up"),
    "move_down": QKeySequence("Alt+Down"),
    "add_after": QKeySequence("Ctrl+Shift+Return"),
    "remove": QKeySequence("Ctrl+Shift+Delete"),
    "rename": QKeySequence("F2"),
    "next_segment": QKeySequence("Ctrl+PgDown"),
    "previous_segment": QKeySequence("Ctrl+PgUp"),
}
