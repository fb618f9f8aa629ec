"""The short-form checklist beside the dashboard: one box per item of :mod:`studio.analysis.checklist`.

A box is ticked when the item is met — by the analysis (after every result) or by the creator's hand.
Clicking a box ticks or unticks it by hand (saved with the script in the library); clicking it back to what
the analysis says forgets the hand tick. The header shows the score and folds the list away.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QToolButton, QVBoxLayout, QWidget

from studio.analysis.checklist import ITEM_IDS, SHORT_TITLES, ChecklistItem, evaluate, score
from studio.analysis.model import AnalysisResult, SegmentInput
from studio.store.library import Library, StoreError
from studio.ui.i18n import ui_tr

log = logging.getLogger(__name__)


def _tooltip(item: ChecklistItem) -> str:
    how = {"auto": "Checked automatically from the analysis.",
           "hand": "Ticked by you (click again to go back to the automatic check).",
           "open": "The app cannot judge this one: tick it when it is true."}[item.how]
    lines = [f"<b>{html.escape(item.title)}</b>", html.escape(item.hint), f"<i>{how}</i>"]
    if item.details:
        lines.append("Found: " + "; ".join(f"\u201c{html.escape(d)}\u201d" for d in item.details[:5]))
    return "<br>".join(lines)


class ChecklistPanel(QFrame):
    """Checklist of the open script. ``status_message(str)`` reports a tick that could not be saved."""

    status_message = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setObjectName("checklistPanel")
        self.setAccessibleName(ui_tr("Checklist", "Short-form checklist"))
        self._script_id: int | None = None
        self._segments: tuple[SegmentInput, ...] = ()
        self._result: AnalysisResult | None = None
        self._language = "en"
        self.items: dict[str, ChecklistItem] = {}

        self.header = QToolButton(self)
        self.header.setCheckable(True)
        self.header.setChecked(True)
        self.header.setAutoRaise(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setArrowType(Qt.ArrowType.DownArrow)
        self.header.setAccessibleName(ui_tr("Checklist", "Show or hide the checklist"))
        self.header.toggled.connect(self._fold)
        self.body = QWidget(self)
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(14, 0, 4, 4)
        body_layout.setSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for item_id in ITEM_IDS:
            box = QCheckBox(self.body)
            box.setAccessibleName(ui_tr("Checklist", SHORT_TITLES[item_id]))
            box.clicked.connect(lambda checked, i=item_id: self._clicked(i, checked))
            body_layout.addWidget(box)
            self.boxes[item_id] = box
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 4)
        layout.setSpacing(0)
        layout.addWidget(self.header, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self.set_script(None)

    # -- data ----------------------------------------------------------------------------------------
    def set_script(self, script_id: int | None) -> None:
        """Show the checklist of ``script_id`` (None: no script open)."""
        self._script_id = script_id
        self._segments, self._result = (), None
        self.setEnabled(script_id is not None)
        self.refresh()

    def show_result(self, segments: Sequence[SegmentInput], result: AnalysisResult | None,
                    language: str = "en") -> None:
        """Re-check the automatic items against a new analysis of the script (in ``language``)."""
        self._segments, self._result, self._language = tuple(segments), result, language
        self.refresh()

    def refresh(self) -> None:
        """Evaluate the items (with the stored hand ticks) and update the boxes."""
        ticks: dict[str, bool] = {}
        if self._script_id is not None:
            try:
                ticks = self.library.checklist_ticks(self._script_id)
            except StoreError as exc:
                log.info("checklist ticks not read: %s", exc)
        items = evaluate(self._segments, self._result, ticks, language=self._language) if self._segments else []
        self.items = {i.id: i for i in items}
        for item_id, box in self.boxes.items():
            item = self.items.get(item_id)
            box.blockSignals(True)
            box.setChecked(bool(item and item.done))
            box.blockSignals(False)
            if item is None:
                box.setText(ui_tr("Checklist", SHORT_TITLES[item_id]))
                box.setToolTip("")
                continue
            found = len(item.details) if item.auto is False and item.manual is None and item.details else 0
            suffix = " (you)" if item.how == "hand" else (f" ({found})" if found > 1 else "")
            box.setText(ui_tr("Checklist", item.short_title) + suffix)
            box.setToolTip(_tooltip(item))
            box.setAccessibleDescription(f"{'met' if item.done else 'not met'}; {item.how}")
        done, total = score(items) if items else (0, len(ITEM_IDS))
        self.header.setText(ui_tr("Checklist", "Checklist \u2014 {done} of {total}").format(done=done, total=total)
                            if items else ui_tr("Checklist", "Checklist"))

    # -- ticks ---------------------------------------------------------------------------------------
    def _clicked(self, item_id: str, checked: bool) -> None:
        item = self.items.get(item_id)
        if self._script_id is None or item is None:
            return
        automatic = bool(item.auto)
        value = None if item.auto is not None and checked == automatic else checked
        if item.auto is None and not checked:
            value = None
        try:
            self.library.set_checklist_tick(self._script_id, item_id, value)
        except StoreError as exc:
            self.status_message.emit(f"The tick could not be saved: {exc}")
        self.refresh()

    def _fold(self, shown: bool) -> None:
        self.body.setVisible(shown)
        self.header.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)


# The checklist's short titles (studio/analysis/checklist.py), for pyside6-lupdate.
_TITLES_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("Checklist", "Main message in the hook"), QT_TRANSLATE_NOOP("Checklist", "One call to action"),
    QT_TRANSLATE_NOOP("Checklist", "Plain numbers"), QT_TRANSLATE_NOOP("Checklist", "Absolute risk given"),
    QT_TRANSLATE_NOOP("Checklist", "Every claim cited"),
)
