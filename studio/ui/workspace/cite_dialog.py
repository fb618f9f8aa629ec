"""Cite a source for a claim: pick one of the project's sources and, optionally, the passage of its
summary the claim rests on. Sources and passages that share the claim's words are suggested first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.store.models import Source
from studio.ui.i18n import ui_tr
from studio.ui.window_fit import keep_on_screen
from studio.ui.workspace.quickfix import best_passage, passages, rank_sources

NO_PASSAGE = "(the source as a whole)"


@dataclass(frozen=True)
class CitationChoice:
    """What the user picked."""

    source: Source
    passage: str = ""


def _source_label(source: Source) -> str:
    year = f" ({source.year})" if source.year else ""
    title = source.title or "(untitled)"
    return f"[{source.position}] {source.key} \u2014 {title}{year}"


class CiteDialog(QDialog):
    """Choose a source (filterable list) and a passage for ``claim``."""

    def __init__(self, claim: str, sources: Sequence[Source], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setWindowTitle(ui_tr("Cite", "Cite a source"))
        self._claim = claim
        self._sources = rank_sources(claim, sources)

        claim_label = QLabel(f"Claim: \u201c{claim.strip()}\u201d", self)
        claim_label.setWordWrap(True)
        claim_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(ui_tr("Cite", "Filter sources by key, title or author"))
        self.filter_edit.setAccessibleName(ui_tr("Cite", "Filter sources"))
        self.filter_edit.setClearButtonEnabled(True)
        self.source_list = QListWidget(self)
        self.source_list.setAccessibleName(ui_tr("Cite", "Sources"))
        source_label = QLabel(ui_tr("Cite", "&Source:"), self)
        source_label.setBuddy(self.source_list)
        self.passage_list = QListWidget(self)
        self.passage_list.setAccessibleName(ui_tr("Cite", "Passage"))
        self.passage_list.setWordWrap(True)
        passage_label = QLabel(ui_tr("Cite", "&Passage it rests on (optional):"), self)
        passage_label.setBuddy(self.passage_list)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ui_tr("Cite", "&Insert citation"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(claim_label)
        layout.addWidget(source_label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.source_list, 2)
        layout.addWidget(passage_label)
        layout.addWidget(self.passage_list, 3)
        layout.addWidget(self.buttons)
        self.resize(620, 480)

        self.filter_edit.textChanged.connect(self._fill_sources)
        self.source_list.currentItemChanged.connect(lambda *_: self._fill_passages())
        self.source_list.itemDoubleClicked.connect(lambda *_: self.accept())
        self._fill_sources()
        self.source_list.setFocus()

    def _fill_sources(self) -> None:
        needle = self.filter_edit.text().strip().casefold()
        self.source_list.clear()
        for source in self._sources:
            hay = f"{source.key} {source.title} {source.authors} {source.year or ''}".casefold()
            if needle and needle not in hay:
                continue
            item = QListWidgetItem(_source_label(source), self.source_list)
            item.setData(Qt.ItemDataRole.UserRole, source.id)
            item.setToolTip(source.summary[:600])
        if self.source_list.count():
            self.source_list.setCurrentRow(0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.source_list.count() > 0)

    def _fill_passages(self) -> None:
        self.passage_list.clear()
        source = self.selected_source()
        QListWidgetItem(NO_PASSAGE, self.passage_list)
        if source is None:
            return
        for p in passages(source.summary):
            QListWidgetItem(p, self.passage_list)
        best = best_passage(self._claim, source.summary)
        self.passage_list.setCurrentRow(best + 1 if best >= 0 else 0)

    def selected_source(self) -> Source | None:
        """The highlighted source, if any."""
        item = self.source_list.currentItem()
        if item is None:
            return None
        source_id = item.data(Qt.ItemDataRole.UserRole)
        return next((s for s in self._sources if s.id == source_id), None)

    def choice(self) -> CitationChoice | None:
        """The picked source and passage ("" for the source as a whole)."""
        source = self.selected_source()
        if source is None:
            return None
        item = self.passage_list.currentItem()
        passage = "" if item is None or self.passage_list.currentRow() == 0 else item.text()
        return CitationChoice(source, passage)


def ask_citation(parent: QWidget, claim: str, sources: Sequence[Source]) -> CitationChoice | None:
    """Show the dialog; None when cancelled."""
    dialog = CiteDialog(claim, sources, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.choice()
        return None
    finally:
        dialog.deleteLater()
