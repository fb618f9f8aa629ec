"""The centre of the workspace: a scrollable column of segment cards, with add / remove / reorder /
rename and keyboard navigation between segments."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio.store.models import Segment, SegmentDraft
from studio.ui.i18n import ui_tr
from studio.ui.workspace.segment_editor import SHORTCUTS, MenuProvider, PositionMenuProvider, SegmentCard

#: Asks "remove this segment?"; returns True to remove. Replaceable in tests.
ConfirmRemove = Callable[[QWidget, str], bool]


def ask_remove(parent: QWidget, name: str) -> bool:
    """The default confirmation dialog for removing a segment that has text."""
    answer = QMessageBox.question(
        parent, "Remove segment",
        f"Remove the segment \u201c{name}\u201d and its text?\n\n"
        "You can get it back later from the script's versions.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class ScriptEditor(QWidget):
    """Segment cards in a scroll area. Emits what changed; the workspace decides what to do."""

    spoken_changed = Signal(object)     # card
    content_changed = Signal(object)    # card (any field)
    structure_changed = Signal()        # segments added, removed or moved
    current_changed = Signal(object)    # card

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.confirm_remove: ConfirmRemove = ask_remove
        self.menu_provider: MenuProvider | None = None
        self.position_menu_provider: PositionMenuProvider | None = None
        self._cards: list[SegmentCard] = []
        self._current: SegmentCard | None = None
        self._open = False

        self._column = QWidget()
        self._column.setObjectName("segmentColumn")
        self._layout = QVBoxLayout(self._column)
        self._layout.setContentsMargins(12, 12, 12, 12)
        self._layout.setSpacing(10)
        self._empty = QLabel(ui_tr("Segment", "Open a script from the library to start writing."), self._column)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._layout.addWidget(self._empty)
        self.add_button = QPushButton(ui_tr("Segment", "&Add segment"), self._column)
        self.add_button.setAccessibleName(ui_tr("Segment", "Add segment at the end"))
        self.add_button.clicked.connect(lambda: self.add_segment(len(self._cards)))
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addStretch(1)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self._column)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setAccessibleName(ui_tr("Segment", "Script segments"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self._add_shortcuts()
        self._sync_state()

    # -- content ---------------------------------------------------------------------------------------
    @property
    def cards(self) -> list[SegmentCard]:
        """Cards in script order."""
        return list(self._cards)

    def load(self, segments: Sequence[Segment]) -> None:
        """Show a script's segments (replaces everything)."""
        self.clear()
        for seg in segments:
            self._insert_card(len(self._cards), SegmentCard(seg, seg.id))
        self._sync_state()

    def clear(self) -> None:
        """Remove every card."""
        for card in self._cards:
            self._layout.removeWidget(card)
            card.deleteLater()
        self._cards = []
        self._current = None
        self._sync_state()

    def set_script_open(self, is_open: bool) -> None:
        """Show the segment column (a script is open) or the "open a script" hint."""
        self._open = is_open
        self._sync_state()

    def drafts(self) -> list[SegmentDraft]:
        """Every segment's content, in order."""
        return [c.draft() for c in self._cards]

    def index_of(self, card: SegmentCard) -> int:
        """The card's position, or -1."""
        try:
            return self._cards.index(card)
        except ValueError:
            return -1

    def current_card(self) -> SegmentCard | None:
        """The card that last had the focus (or the first)."""
        if self._current in self._cards:
            return self._current
        return self._cards[0] if self._cards else None

    # -- structure -------------------------------------------------------------------------------------
    def add_segment(self, index: int, name: str = "New segment") -> SegmentCard:
        """Insert an empty segment at ``index`` and focus its name."""
        index = max(0, min(index, len(self._cards)))
        card = SegmentCard(SegmentDraft(name=name))
        self._insert_card(index, card)
        self._sync_state()
        self.structure_changed.emit()
        QTimer.singleShot(0, lambda: self._reveal_and_rename(card))
        return card

    def remove_segment(self, card: SegmentCard, confirm: bool = True) -> bool:
        """Remove a segment (asking first when it has text). Returns True when removed."""
        if card not in self._cards:
            return False
        if confirm and not card.is_empty() and not self.confirm_remove(self, card.name):
            return False
        index = self._cards.index(card)
        self._cards.remove(card)
        self._layout.removeWidget(card)
        card.hide()
        card.deleteLater()
        self._sync_state()
        self.structure_changed.emit()
        if self._cards:
            self.focus_card(self._cards[min(index, len(self._cards) - 1)])
        return True

    def move_segment(self, card: SegmentCard, delta: int) -> bool:
        """Move a segment up (-1) or down (+1); keeps the focus where it was."""
        index = self.index_of(card)
        new = index + delta
        if index < 0 or not 0 <= new < len(self._cards):
            return False
        focus = self.focusWidget()
        self._cards.insert(new, self._cards.pop(index))
        self._layout.removeWidget(card)
        self._layout.insertWidget(self._layout_index(new), card)
        self._sync_state()
        self.structure_changed.emit()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(card, 0, 20))
        return True

    # -- navigation --------------------------------------------------------------------------------------
    def focus_card(self, card: SegmentCard) -> None:
        """Put the caret into a card's spoken text and scroll it into view."""
        card.spoken.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.reveal_cursor(card)

    def reveal_cursor(self, card: SegmentCard, cursor: QTextCursor | None = None) -> None:
        """Scroll so the caret (or ``cursor``) of a card's spoken editor is visible."""
        rect = card.spoken.cursorRect(cursor) if cursor is not None else card.spoken.cursorRect()
        top_left = card.spoken.viewport().mapTo(self._column, rect.topLeft())
        bottom = card.spoken.viewport().mapTo(self._column, rect.bottomLeft() + QPoint(0, 1))
        self.scroll.ensureVisible(top_left.x(), (top_left.y() + bottom.y()) // 2, 20,
                                  max(40, (bottom.y() - top_left.y()) // 2 + 40))

    def select_span(self, card: SegmentCard, start: int, end: int, focus: bool = True) -> None:
        """Select Qt positions ``start..end`` of a card's spoken text, scroll there, optionally focus."""
        cursor = QTextCursor(card.spoken.document())
        length = card.spoken.document().characterCount() - 1
        cursor.setPosition(max(0, min(start, length)))
        cursor.setPosition(max(0, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
        card.spoken.setTextCursor(cursor)
        if focus:
            card.spoken.setFocus(Qt.FocusReason.OtherFocusReason)
        self._current = card
        self.reveal_cursor(card, cursor)
        QTimer.singleShot(0, lambda: self.reveal_cursor(card, cursor) if card in self._cards else None)

    def _step_segment(self, delta: int) -> None:
        card = self.current_card()
        if card is None:
            return
        index = self.index_of(card) + delta
        if 0 <= index < len(self._cards):
            self.focus_card(self._cards[index])

    def _with_current(self, fn: Callable[[SegmentCard], object]) -> None:
        card = self._focused_card()
        if card is not None:
            fn(card)

    def _focused_card(self) -> SegmentCard | None:
        widget = self.focusWidget()
        while widget is not None and not isinstance(widget, SegmentCard):
            widget = widget.parentWidget()
        return widget if isinstance(widget, SegmentCard) else self.current_card()

    def _add_shortcuts(self) -> None:
        handlers: dict[str, Callable[[], None]] = {
            "move_up": lambda: self._with_current(lambda c: self.move_segment(c, -1)),
            "move_down": lambda: self._with_current(lambda c: self.move_segment(c, 1)),
            "add_after": lambda: self._with_current(lambda c: self.add_segment(self.index_of(c) + 1)),
            "remove": lambda: self._with_current(self.remove_segment),
            "rename": lambda: self._with_current(SegmentCard.rename),
            "next_segment": lambda: self._step_segment(1),
            "previous_segment": lambda: self._step_segment(-1),
        }
        texts = {"move_up": "Move segment up", "move_down": "Move segment down",
                 "add_after": "Add segment below", "remove": "Remove segment", "rename": "Rename segment",
                 "next_segment": "Next segment", "previous_segment": "Previous segment"}
        self.actions_by_name: dict[str, QAction] = {}
        for name, handler in handlers.items():
            action = QAction(texts[name], self)
            action.setShortcut(SHORTCUTS[name])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(handler)
            self.addAction(action)
            self.actions_by_name[name] = action

    # -- internals -------------------------------------------------------------------------------------
    def _layout_index(self, card_index: int) -> int:
        return 1 + card_index           # after the "empty" label

    def _insert_card(self, index: int, card: SegmentCard) -> None:
        card.menu_provider = self.menu_provider
        card.position_menu_provider = self.position_menu_provider
        card.spoken_changed.connect(self.spoken_changed)
        card.content_changed.connect(self.content_changed)
        card.move_requested.connect(self.move_segment)
        card.remove_requested.connect(self.remove_segment)
        card.add_after_requested.connect(lambda c: self.add_segment(self.index_of(c) + 1))
        card.became_current.connect(self._on_current)
        self._cards.insert(index, card)
        self._layout.insertWidget(self._layout_index(index), card)
        card.show()

    def _on_current(self, card: SegmentCard) -> None:
        self._current = card
        self.current_changed.emit(card)

    def _reveal_and_rename(self, card: SegmentCard) -> None:
        if card in self._cards:
            self.scroll.ensureWidgetVisible(card, 0, 20)
            card.rename()

    def _sync_state(self) -> None:
        count = len(self._cards)
        for i, card in enumerate(self._cards):
            card.set_position(i, count)
        self._empty.setVisible(not self._open)
        self.add_button.setVisible(self._open)
        # Tab order: each card's fields in reading order, then the next card.
        previous: QWidget | None = None
        for card in self._cards:
            for w in (card.spoken, card.on_screen, card.visual_notes):
                if previous is not None:
                    QWidget.setTabOrder(previous, w)
                previous = w
        if previous is not None:
            QWidget.setTabOrder(previous, self.add_button)
