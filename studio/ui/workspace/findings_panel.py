"""The findings list: grouped by kind with counts, dismissed ones in their own group. Selecting an item
shows it in the editor; its quick fixes are offered as buttons, in a context menu and by keyboard."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.analysis.model import ALL_KINDS
from studio.ui.i18n import ui_tr
from studio.ui.workspace.colors import KIND_ORDER, is_dark, kind_rank, style_for
from studio.ui.workspace.highlighter import Entry
from studio.ui.workspace.legend import Legend
from studio.ui.workspace.quickfix import DISMISS, Fix, preview_html

EXCERPT_CHARS = 70
DISMISSED_GROUP = "__dismissed__"


@dataclass(eq=False)
class PanelItem:
    """One finding as listed: where it is and what it covers."""

    entry: Entry
    segment_name: str
    segment_index: int
    reason: str = ""          # dismissal reason


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """One line, shortened with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


class _Tree(QTreeWidget):
    """Tree with Delete = dismiss."""

    dismiss_key = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        """Delete dismisses the current finding."""
        if event.matches(QKeySequence.StandardKey.Delete):
            self.dismiss_key.emit()
            return
        super().keyPressEvent(event)


class FindingsPanel(QWidget):
    """Findings of the open script. The workspace supplies the items and the fixes of each."""

    activated = Signal(object)          # Entry: show and focus it in the editor
    previewed = Signal(object)          # Entry: show it in the editor, keep the focus here
    fix_requested = Signal(object, object)   # Entry, Fix
    hidden_kinds_changed = Signal(frozenset)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fixes_provider: Callable[[Entry], list[Fix]] = lambda entry: []
        self._items: list[PanelItem] = []
        self._expanded: dict[str, bool] = {}
        self._previews: dict[QObject, str] = {}      # fix button -> its resulting sentence (rich text)
        self._preview: QLabel | None = None

        self.summary_label = QLabel(ui_tr("Findings", "No findings yet."), self)
        self.summary_label.setWordWrap(True)
        self.legend_button = QToolButton(self)
        self.legend_button.setText(ui_tr("Findings", "Legend"))
        self.legend_button.setCheckable(True)
        self.legend_button.setToolTip(ui_tr("Findings", "What the colours mean; show or hide each kind"))
        self.legend_button.setAccessibleName(ui_tr("Findings", "Show highlight legend"))
        kinds = list(KIND_ORDER) + [k for k in ALL_KINDS if k not in KIND_ORDER]
        self.legend = Legend(kinds, parent=self)
        self.legend.setVisible(False)
        self.legend.hidden_changed.connect(self.hidden_kinds_changed)
        self.legend_button.toggled.connect(self.legend.setVisible)

        self.tree = _Tree(self)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(ui_tr("Findings", "Findings"))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.itemClicked.connect(lambda item, _col: self._activate(item))
        self.tree.itemActivated.connect(lambda item, _col: self._activate(item))
        self.tree.currentItemChanged.connect(lambda item, _prev: self._on_current(item))
        self.tree.itemExpanded.connect(lambda item: self._remember(item, True))
        self.tree.itemCollapsed.connect(lambda item: self._remember(item, False))
        self.tree.dismiss_key.connect(self._dismiss_current)

        self.detail = QLabel("", self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAccessibleName(ui_tr("Findings", "Selected finding"))
        self._buttons = QVBoxLayout()
        self._buttons.setContentsMargins(0, 0, 0, 0)
        self._buttons.setSpacing(2)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.legend_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.legend)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addLayout(self._buttons)
        self._show_detail(None)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        """No: the panel is the part of the column that stretches (its tree scrolls), so it must not claim
        the height of its wrapped labels as a minimum and squeeze the dashboard above it when zoomed in."""
        return False

    # -- content ---------------------------------------------------------------------------------------
    def set_hidden_kinds(self, hidden: frozenset[str]) -> None:
        """Reflect the settings in the legend."""
        self.legend.set_hidden(hidden)

    def set_items(self, items: Sequence[PanelItem], note: str = "", waiting: str = "") -> None:
        """Rebuild the tree, keeping the selection and the expanded groups. ``waiting`` (e.g. "Analysing…")
        says the checks have not answered yet: it replaces "No findings", which would be a false all-clear."""
        selected = self.current_entry()
        selected_key = self._key_of(selected) if selected is not None else None
        self._items = list(items)
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[str, list[PanelItem]] = {}
        for item in items:
            group = DISMISSED_GROUP if item.entry.finding.dismissed else item.entry.finding.kind
            groups.setdefault(group, []).append(item)
        dark = is_dark(self.palette())
        restore: QTreeWidgetItem | None = None
        order = sorted(groups, key=lambda g: (g == DISMISSED_GROUP, kind_rank(g), g))
        for group in order:
            members = groups[group]
            label = ui_tr("Findings", "Dismissed") if group == DISMISSED_GROUP else style_for(group).label
            top = QTreeWidgetItem(self.tree, [f"{label} ({len(members)})"])
            top.setData(0, Qt.ItemDataRole.UserRole, group)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if group != DISMISSED_GROUP:
                top.setIcon(0, _dot_icon(style_for(group).color(dark)))
                top.setToolTip(0, style_for(group).hint)
            for item in members:
                f = item.entry.finding
                prefix = f"{style_for(f.kind).label} \u00b7 " if group == DISMISSED_GROUP else ""
                text = f"{prefix}{item.segment_name} \u00b7 {excerpt(f.text)}"
                child = QTreeWidgetItem(top, [text])
                child.setData(0, Qt.ItemDataRole.UserRole, item)
                tip = f.message + (f"\nTry: {f.suggestions[0]}" if f.suggestions else "")
                if item.reason:
                    tip += f"\nDismissed: {item.reason}"
                child.setToolTip(0, tip)
                if selected_key is not None and self._key_of(item.entry) == selected_key:
                    restore = child
            top.setExpanded(self._expanded.get(group, group != DISMISSED_GROUP))
        self.tree.blockSignals(False)
        live = sum(1 for i in items if not i.entry.finding.dismissed)
        if waiting:
            summary = waiting if not live else f"{live} finding{'s' if live != 1 else ''} so far \u00b7 {waiting}"
        elif not live:
            summary = ui_tr("Findings", "No findings \u2014 nice and clear.")
        else:
            summary = (ui_tr("Findings", "1 finding \u00b7 F8 next, Shift+F8 previous") if live == 1 else
                       ui_tr("Findings", "{count} findings \u00b7 F8 next, Shift+F8 previous").format(count=live))
        self.summary_label.setText(summary + (f"\n{note}" if note else ""))
        if restore is not None:
            self.tree.setCurrentItem(restore)
            self._show_detail(restore.data(0, Qt.ItemDataRole.UserRole))
        else:
            self._show_detail(None)

    @property
    def items(self) -> list[PanelItem]:
        """What is listed, in tree order within groups."""
        return list(self._items)

    def item_for(self, entry: Entry) -> QTreeWidgetItem | None:
        """The tree item of ``entry``."""
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                data = child.data(0, Qt.ItemDataRole.UserRole)
                if isinstance(data, PanelItem) and data.entry is entry:
                    return child
        return None

    def select_entry(self, entry: Entry) -> None:
        """Make ``entry`` the current item without signalling (editor already shows it)."""
        item = self.item_for(entry)
        if item is None:
            return
        self.tree.blockSignals(True)
        if item.parent() is not None:
            item.parent().setExpanded(True)
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        self.tree.blockSignals(False)
        self._show_detail(item.data(0, Qt.ItemDataRole.UserRole))

    def current_entry(self) -> Entry | None:
        """The selected finding's entry, if a finding (not a group) is selected."""
        item = self.tree.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return data.entry if isinstance(data, PanelItem) else None

    # -- interaction -----------------------------------------------------------------------------------
    def _activate(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(data, PanelItem):
            self._show_detail(data)
            self.activated.emit(data.entry)

    def _on_current(self, item: QTreeWidgetItem | None) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        self._show_detail(data if isinstance(data, PanelItem) else None)
        if isinstance(data, PanelItem):
            self.previewed.emit(data.entry)

    def _remember(self, item: QTreeWidgetItem, expanded: bool) -> None:
        group = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(group, str):
            self._expanded[group] = expanded

    def _context_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos) or self.tree.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(data, PanelItem):
            return
        menu = QMenu(self)
        self.fill_menu(data.entry, menu)
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def fill_menu(self, entry: Entry, menu: QMenu) -> None:
        """Add the fixes of ``entry`` to ``menu``."""
        for fix in self.fixes_provider(entry):
            action = menu.addAction(fix.label)
            action.triggered.connect(lambda _=False, e=entry, f=fix: self.fix_requested.emit(e, f))

    def _dismiss_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        for fix in self.fixes_provider(entry):
            if fix.action == DISMISS:
                self.fix_requested.emit(entry, fix)
                return

    def _show_detail(self, item: PanelItem | None) -> None:
        while self._buttons.count():
            w = self._buttons.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        if item is None:
            self.detail.setText(ui_tr("Findings", "<span style='color:gray'>Select a finding to see what to do about it.</span>"))
            return
        f = item.entry.finding
        style = style_for(f.kind)
        text = f"<b>{html.escape(style.label)}</b> in {html.escape(item.segment_name)}<br>{html.escape(f.message)}"
        if style.hint and style.hint not in f.message:
            text += f"<br><i>{html.escape(style.hint)}</i>"
        if item.reason:
            text += f"<br>Dismissed: {html.escape(item.reason)}"
        self.detail.setText(text)
        preview: QLabel | None = None
        self._previews = {}
        for fix in self.fixes_provider(item.entry):
            button = QPushButton(fix.label, self)
            button.setAccessibleName(fix.label.replace("&", ""))
            button.clicked.connect(lambda _=False, e=item.entry, f=fix: self.fix_requested.emit(e, f))
            self._buttons.addWidget(button)
            if fix.rewrite is None:
                continue
            button.setToolTip(fix.rewrite.result)
            self._previews[button] = preview_html(fix.rewrite)
            button.installEventFilter(self)
            if preview is None:
                # One line under the fixes: the sentence the hovered (or first) fix makes.
                preview = QLabel(self._previews[button], self)
                preview.setTextFormat(Qt.TextFormat.RichText)
                preview.setWordWrap(True)
                preview.setContentsMargins(4, 0, 0, 2)
                preview.setStyleSheet("color: palette(placeholder-text);")
                preview.setAccessibleName(ui_tr("Findings", "Result of the fix"))
                preview.setObjectName("fix_preview")
                self._preview = preview
        if preview is not None:
            self._buttons.insertWidget(self._first_edit_index(), preview)

    def _first_edit_index(self) -> int:
        """Where the preview goes: right after the last button that edits the text."""
        last = 0
        for i in range(self._buttons.count()):
            if self._buttons.itemAt(i).widget() in self._previews:
                last = i + 1
        return last

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Hovering or tabbing to a fix button previews that fix's sentence."""
        if event.type() in (QEvent.Type.Enter, QEvent.Type.FocusIn) and watched in self._previews \
                and self._preview is not None:
            self._preview.setText(self._previews[watched])
        return False

    @staticmethod
    def _key_of(entry: Entry) -> tuple[str, str, int, int]:
        return (entry.finding.kind, entry.finding.fingerprint, id(entry.cursor.document()), entry.start)


def _dot_icon(color: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(color)
    return QIcon(pixmap)
