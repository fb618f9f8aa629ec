"""The left panel: every project with its scripts and sources, full-text search, context menus.

Clicking (or Enter on) a script opens it in the workspace, a source opens it in the source view.
The store operations themselves live in :class:`~studio.ui.library_actions.LibraryActions`.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.store.library import Library, StoreError
from studio.ui.i18n import ui_tr
from studio.ui.library_actions import LibraryActions
from studio.ui.settings import AppSettings
from studio.ui.style import icon

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1
ROLE_PROJECT = Qt.ItemDataRole.UserRole + 2
SEARCH_DELAY_MS = 200


class LibraryPanel(QWidget):
    """Tree of projects → scripts and a "Sources" group; a search box over the whole library."""

    script_activated = Signal(int)
    source_activated = Signal(int)
    status_message = Signal(str)

    def __init__(self, library: Library, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.actions = LibraryActions(library, settings, self)
        self._current_script: int | None = None
        self._loading = False
        self.setAccessibleName(ui_tr("Library", "Library"))

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(ui_tr("Library", "Search scripts and sources\u2026"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(ui_tr("Library", "Search the library"))
        self.search_edit.setToolTip(ui_tr("Library", "Full-text search over script text and source titles, authors and summaries"))

        self.tree = QTreeWidget()
        self.tree.setObjectName("libraryTree")
        self.tree.setAccessibleName(ui_tr("Library", "Projects, scripts and sources"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setUniformRowHeights(True)

        self.results = QListWidget()
        self.results.setAccessibleName(ui_tr("Library", "Search results"))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.hide()
        self.results_label = QLabel()
        self.results_label.setAccessibleName(ui_tr("Library", "Search result count"))
        self.results_label.hide()

        self.new_button = QToolButton()
        self.new_button.setText(ui_tr("Library", "&New"))
        self.new_button.setIcon(icon("add"))
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button.setAutoRaise(True)
        self.new_button.setAccessibleName(ui_tr("Library", "New project, script or source"))
        self.new_button.setToolTip(ui_tr("Library", "Create a project, a script or a source"))
        new_menu = QMenu(self.new_button)
        new_menu.addAction(icon("project"), "New &project\u2026", self.actions.new_project)
        new_menu.addAction(icon("script"), "New &script\u2026", self.new_script)
        new_menu.addAction(icon("source"), "&Add source", self.add_source)
        self.new_button.setMenu(new_menu)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.search_edit, 1)
        buttons.addWidget(self.new_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.results_label)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.tree, 1)
        self.setTabOrder(self.search_edit, self.new_button)
        self.setTabOrder(self.new_button, self.results)
        self.setTabOrder(self.results, self.tree)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_enter)
        self.results.itemActivated.connect(self._result_activated)
        self.results.itemClicked.connect(self._result_activated)
        self.tree.itemClicked.connect(self._item_activated)
        self.tree.itemActivated.connect(self._item_activated)
        self.tree.itemChanged.connect(self._item_edited)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.actions.changed.connect(self.refresh)
        self.actions.status_message.connect(self.status_message)
        self.actions.script_created.connect(self._open_new_script)
        self.actions.source_created.connect(self._open_new_source)
        self._install_shortcuts()
        self.refresh()

    def _install_shortcuts(self) -> None:
        for keys, slot in ((QKeySequence.StandardKey.Delete, self.delete_selected),
                           (QKeySequence(Qt.Key.Key_F2), self.rename_selected)):
            action = QAction(self.tree)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.tree.addAction(action)
        escape = QAction(self.search_edit)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        escape.triggered.connect(self.clear_search)
        self.search_edit.addAction(escape)

    # ------------------------------------------------------------------- tree
    def refresh(self) -> None:
        """Rebuild the tree from the store, keeping expanded projects and the selection."""
        expanded = set()
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.isExpanded():
                expanded.add(item.data(0, ROLE_ID))
            for j in range(item.childCount()):
                child = item.child(j)
                if child.data(0, ROLE_KIND) == "sources" and child.isExpanded():
                    expanded.add(("sources", item.data(0, ROLE_ID)))
        selected = self.selected()
        first_build = self.tree.topLevelItemCount() == 0
        self._loading = True
        self.tree.clear()
        try:
            projects = self.library.list_projects()
            for project in projects:
                self._add_project(project, expanded, first_build)
        except StoreError as exc:
            self.status_message.emit(f"Could not read the library: {exc}")
        finally:
            self._loading = False
        if selected:
            self.select(*selected)
        self._mark_current()

    def _add_project(self, project: object, expanded: set, first_build: bool) -> None:
        pid = project.id  # type: ignore[attr-defined]
        item = QTreeWidgetItem([project.title, ""])  # type: ignore[attr-defined]
        item.setIcon(0, icon("project"))
        item.setData(0, ROLE_KIND, "project")
        item.setData(0, ROLE_ID, pid)
        item.setData(0, ROLE_PROJECT, pid)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setToolTip(0, f"{project.title}\n{project.platform}, {project.target_seconds} s, "  # type: ignore[attr-defined]
                           f"grade {project.target_grade:g}, {project.words_per_minute} words/min")  # type: ignore[attr-defined]
        self.tree.addTopLevelItem(item)
        for script in self.library.list_scripts(pid):
            child = QTreeWidgetItem([script.title, ""])
            child.setIcon(0, icon("script"))
            child.setData(0, ROLE_KIND, "script")
            child.setData(0, ROLE_ID, script.id)
            child.setData(0, ROLE_PROJECT, pid)
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsEditable)
            child.setToolTip(0, f"Script \u201c{script.title}\u201d \u2014 click or press Enter to open")
            item.addChild(child)
        sources = self.library.list_sources(pid)
        group = QTreeWidgetItem([ui_tr("Library", "Sources ({count})").format(count=len(sources)), ""])
        group.setIcon(0, icon("source"))
        group.setData(0, ROLE_KIND, "sources")
        group.setData(0, ROLE_ID, pid)
        group.setData(0, ROLE_PROJECT, pid)
        group.setToolTip(0, ui_tr("Library", "Research sources of this project; cite them as [@key] or [n]"))
        item.addChild(group)
        for source in sources:
            child = QTreeWidgetItem([source.title or source.key, f"[{source.position}]"])
            child.setData(0, ROLE_KIND, "source")
            child.setData(0, ROLE_ID, source.id)
            child.setData(0, ROLE_PROJECT, pid)
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsEditable)
            year = f" ({source.year})" if source.year else ""
            child.setToolTip(0, f"{source.title}\n{source.authors}{year}\nCite as [@{source.key}] or "
                                f"[{source.position}]")
            child.setToolTip(1, f"Cite as [{source.position}] or [@{source.key}]")
            group.addChild(child)
        item.setExpanded(first_build or pid in expanded)
        group.setExpanded(first_build or ("sources", pid) in expanded)

    def _items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            out.append(item)
            stack[0:0] = [item.child(j) for j in range(item.childCount())]
        return out

    def find_item(self, kind: str, item_id: int) -> QTreeWidgetItem | None:
        """The tree item of a project/script/source, or None."""
        for item in self._items():
            if item.data(0, ROLE_KIND) == kind and item.data(0, ROLE_ID) == item_id:
                return item
        return None

    def select(self, kind: str, item_id: int) -> bool:
        """Select (and reveal) an item; False if it is not in the tree."""
        item = self.find_item(kind, item_id)
        if item is None:
            return False
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        return True

    def selected(self) -> tuple[str, int] | None:
        """(kind, id) of the selected item (kind: project, script, sources, source)."""
        item = self.tree.currentItem()
        if item is None:
            return None
        return str(item.data(0, ROLE_KIND)), int(item.data(0, ROLE_ID))

    def current_project_id(self) -> int | None:
        """The project of the selected item, else of the open script, else the only/first project."""
        item = self.tree.currentItem()
        if item is not None:
            return int(item.data(0, ROLE_PROJECT))
        if self._current_script is not None:
            found = self.find_item("script", self._current_script)
            if found is not None:
                return int(found.data(0, ROLE_PROJECT))
        first = self.tree.topLevelItem(0)
        return int(first.data(0, ROLE_ID)) if first is not None else None

    def set_current_script(self, script_id: int | None) -> None:
        """Mark the script open in the workspace (bold) and select it."""
        self._current_script = script_id
        self._mark_current()
        if script_id is not None:
            self.select("script", script_id)

    def _mark_current(self) -> None:
        self._loading = True
        for item in self._items():
            if item.data(0, ROLE_KIND) == "script":
                font = QFont(item.font(0))
                font.setBold(item.data(0, ROLE_ID) == self._current_script)
                item.setFont(0, font)
        self._loading = False

    def update_script_title(self, script_id: int) -> None:
        """Refresh one script's title after the workspace saved it (no full rebuild)."""
        item = self.find_item("script", script_id)
        if item is None:
            return
        try:
            title = self.library.get_script(script_id).title
        except StoreError:
            return
        if item.text(0) != title:
            self._loading = True
            item.setText(0, title)
            self._loading = False

    def _item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, ROLE_KIND)
        if kind == "script":
            self.script_activated.emit(int(item.data(0, ROLE_ID)))
        elif kind == "source":
            self.source_activated.emit(int(item.data(0, ROLE_ID)))

    def _item_edited(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != 0:
            return
        kind = str(item.data(0, ROLE_KIND))
        title = " ".join(item.text(0).split())
        if kind not in ("project", "script", "source"):
            return
        if not title:
            QTimer.singleShot(0, self.refresh)
            return
        item_id = int(item.data(0, ROLE_ID))
        QTimer.singleShot(0, lambda: self.actions.rename(kind, item_id, title))

    def _open_new_script(self, script_id: int) -> None:
        self.select("script", script_id)
        self.script_activated.emit(script_id)

    def _open_new_source(self, source_id: int) -> None:
        self.select("source", source_id)
        self.source_activated.emit(source_id)

    # ----------------------------------------------------------- operations
    def new_script(self) -> int | None:
        """Create a script in the current project (asks for a title)."""
        pid = self.current_project_id()
        if pid is None:
            return self.actions.new_project()
        return self.actions.new_script(pid)

    def add_source(self) -> int | None:
        """Add a source to the current project."""
        pid = self.current_project_id()
        if pid is None:
            self.status_message.emit("Create a project first.")
            return None
        return self.actions.add_source(pid)

    def rename_selected(self) -> None:
        """Edit the selected item's name in place (F2)."""
        item = self.tree.currentItem()
        if item is not None and item.data(0, ROLE_KIND) in ("project", "script", "source"):
            self.tree.editItem(item, 0)

    def duplicate_selected(self) -> None:
        """Copy the selected project or script."""
        sel = self.selected()
        if sel and sel[0] in ("project", "script"):
            result = self.actions.duplicate(*sel)
            if result:
                self.select(*result)

    def delete_selected(self) -> None:
        """Delete the selected project, script or source (asks first)."""
        sel = self.selected()
        if sel and sel[0] in ("project", "script", "source"):
            self.actions.delete(*sel)

    def undo_delete(self) -> None:
        """Restore what the last deletion removed and select it."""
        restored = self.actions.undo_delete()
        if restored:
            self.select(*restored)

    def project_settings(self) -> None:
        """Open the settings dialog of the current project."""
        pid = self.current_project_id()
        if pid is not None:
            self.actions.project_settings(pid)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        menu = QMenu(self)
        if item is not None:
            self.tree.setCurrentItem(item)
            kind = item.data(0, ROLE_KIND)
            if kind == "script":
                menu.addAction("&Open", lambda: self._item_activated(item))
            if kind == "source":
                menu.addAction("&Edit source", lambda: self._item_activated(item))
            if kind in ("project", "script"):
                menu.addAction("New &script", self.new_script)
            if kind in ("project", "sources", "source"):
                menu.addAction("&Add source", self.add_source)
            menu.addSeparator()
            if kind in ("project", "script", "source"):
                menu.addAction("&Rename\tF2", self.rename_selected)
            if kind in ("project", "script"):
                menu.addAction("D&uplicate", self.duplicate_selected)
            if kind == "project":
                menu.addAction("Project se&ttings\u2026", self.project_settings)
                menu.addAction("E&xport bundle\u2026", lambda: self.actions.export_bundle(int(item.data(0, ROLE_ID))))
            if kind in ("project", "script", "source"):
                menu.addSeparator()
                menu.addAction("&Delete\u2026\tDel", self.delete_selected)
        else:
            menu.addAction("New &project\u2026", self.actions.new_project)
            menu.addAction("&Import bundle\u2026", self.actions.import_bundle)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # ---------------------------------------------------------------- search
    def focus_search(self) -> None:
        """Put the cursor in the search box (Ctrl+F)."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def clear_search(self) -> None:
        """Empty the search box and show the tree again."""
        self.search_edit.clear()
        self.run_search()
        self.tree.setFocus()

    def run_search(self) -> None:
        """Search now (normally debounced while typing)."""
        self._search_timer.stop()
        query = self.search_edit.text().strip()
        self.results.clear()
        if not query:
            self.results.hide()
            self.results_label.hide()
            self.tree.show()
            return
        try:
            hits = self.library.search(query)
        except StoreError as exc:
            hits = []
            self.status_message.emit(f"Search failed: {exc}")
        titles = {p.id: p.title for p in self.library.list_projects()}
        for hit in hits:
            label = "Script" if hit.kind == "script" else "Source"
            item = QListWidgetItem(icon(hit.kind), f"{hit.title}\n{hit.snippet}")
            item.setData(ROLE_KIND, hit.kind)
            item.setData(ROLE_ID, hit.id)
            item.setToolTip(f"{label} in \u201c{titles.get(hit.project_id, '?')}\u201d\n{hit.snippet}")
            self.results.addItem(item)
        self.results_label.setText(f"{len(hits)} result(s) for \u201c{query}\u201d \u2014 Esc to go back"
                                   if hits else f"Nothing found for \u201c{query}\u201d \u2014 Esc to go back")
        self.results_label.show()
        self.results.show()
        self.tree.hide()
        if hits:
            self.results.setCurrentRow(0)

    def _search_enter(self) -> None:
        self.run_search()
        if self.results.count():
            self.results.setFocus()

    def _result_activated(self, item: QListWidgetItem) -> None:
        kind, item_id = item.data(ROLE_KIND), int(item.data(ROLE_ID))
        if kind == "script":
            self.script_activated.emit(item_id)
            self.set_current_script(item_id)
        else:
            self.source_activated.emit(item_id)
            self.select("source", item_id)
