"""The main window: library panel (left dock), script workspace (centre), source editor (right dock),
menus with standard shortcuts, and a status bar with analysis / grammar / save status."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QRect, Qt, QTime
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent, QStatusTipEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from studio.store.library import Library, StoreError
from studio.ui.grammar_wiring import GrammarController
from studio.ui.help_dialogs import show_legend
from studio.ui.i18n import ui_tr
from studio.ui.library_panel import LibraryPanel
from studio.ui.script_out import ScriptOutMixin
from studio.ui.settings import AppSettings
from studio.ui.sources_view import SourceEditor
from studio.ui.status_bar import WindowStatus
from studio.ui.style import is_dark
from studio.ui.view_modes import ViewModes
from studio.ui.window_commands import ScriptCommandsMixin
from studio.ui.window_fit import MIN_WINDOW, available_area, fit_to_area, open_source_dock, restore_window
from studio.ui.window_menus import build_menus
from studio.ui.workspace_host import make_workspace

log = logging.getLogger(__name__)

#: Side panels cannot be dragged narrower than this.
DOCK_MIN_WIDTH = 200
#: On close, how long each background thread (analysis, grammar) may take to stop before the app quits
#: without it.
QUIT_WAIT_MS = 300


class MainWindow(ScriptCommandsMixin, ScriptOutMixin, QMainWindow):
    """The app window. ``library``, ``settings``, ``service`` and ``workspace`` are injectable for tests;
    ``grammar_service`` (a GrammarService) turns on LanguageTool checking as the settings say;
    ``screen_area`` returns the available screen rectangle (tests simulate a small screen with it)."""

    def __init__(self, library: Library, settings: AppSettings, service: Any = None,
                 workspace: QWidget | None = None, parent: QWidget | None = None,
                 grammar_service: Any = None, screen_area: Callable[[], QRect] | None = None) -> None:
        super().__init__(parent)
        self.screen_area: Callable[[], QRect] = screen_area or (lambda: available_area(self))
        self._shown_once = False
        self.library = library
        self.settings = settings
        self.service = service
        self._closed = False
        self.setObjectName("mainWindow")
        self.setWindowTitle("Script Studio")
        self.setAccessibleName("Script Studio")
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)

        self.workspace = workspace if workspace is not None else make_workspace(library, settings, service)
        self.setCentralWidget(self.workspace)

        self.panel = LibraryPanel(library, settings)
        self.library_dock = self._dock(ui_tr("MainWindow", "Library"), "libraryDock", self.panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.source_editor = SourceEditor(library)
        self.source_dock = self._dock(ui_tr("MainWindow", "Source"), "sourceDock", self.source_editor,
                                      Qt.DockWidgetArea.RightDockWidgetArea)
        self.source_dock.hide()

        self._build_status_bar()
        self.grammar: GrammarController | None = None
        if grammar_service is not None:
            self.grammar = GrammarController(self.workspace, settings, self.grammar_label, grammar_service,
                                             self.grammar_cancel, parent=self)
        self.view_modes = ViewModes(self, settings, self.screen_area)
        self.setMinimumSize(MIN_WINDOW)
        self.install_file_drops()
        self.menu_actions: dict[str, QAction] = build_menus(self)
        self._connect()
        self._restore_window()
        if getattr(library, "read_only", False):
            self.save_label.setText(ui_tr("MainWindow", "Read-only library: changes cannot be saved"))

    # ------------------------------------------------------------------ setup
    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        widget.setMinimumWidth(max(widget.minimumWidth(), DOCK_MIN_WIDTH))   # never a sliver
        dock.setAccessibleName(f"{title} panel")
        self.addDockWidget(area, dock)
        return dock

    def _build_status_bar(self) -> None:
        self.status = WindowStatus(self.statusBar(), getattr(self.service, "last_status", "")
                                   or "Analysis not started")
        self.undo_button = self.status.undo_button
        self.undo_button.clicked.connect(self.undo_delete)
        self.analysis_label = self.status.analysis_label
        self.grammar_label = self.status.grammar_label
        self.grammar_cancel = self.status.grammar_cancel
        self.save_label = self.status.save_label

    def _connect(self) -> None:
        panel, actions, ws = self.panel, self.panel.actions, self.workspace
        panel.script_activated.connect(self.open_script)
        panel.source_activated.connect(self.show_source)
        panel.status_message.connect(self.show_message)
        actions.about_to_remove.connect(self._about_to_remove)
        actions.flush_requested.connect(self.flush)
        actions.project_settings_changed.connect(self._project_changed)
        actions.undo_changed.connect(self._undo_changed)
        self.source_editor.saved.connect(self._source_saved)
        self.source_editor.delete_requested.connect(lambda sid: actions.delete("source", sid))
        self.source_editor.status_message.connect(self.show_message)
        ws.status_message.connect(self.show_message)  # type: ignore[attr-defined]
        ws.script_saved.connect(self._script_saved)  # type: ignore[attr-defined]
        ws.open_source_requested.connect(self.show_source)  # type: ignore[attr-defined]
        if self.service is not None and hasattr(self.service, "status"):
            self.service.status.connect(self.analysis_label.setText)
        self.settings.changed.connect(self._settings_changed)

    def _restore_window(self) -> None:
        self._fresh_layout = restore_window(self, self.settings.geometry, self.settings.window_state,
                                            self.screen_area())
        self.source_dock.hide()
        self.view_modes.apply()
        if self.settings.presenter_mode:
            self.view_modes.presenter_layout()
        self._placed = self.geometry()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """First show: correct our own placement now the frame is known (a size set by the caller since
        is left alone); without a saved layout give the docks their widths."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self.geometry() == self._placed:
                fit_to_area(self, self.screen_area())
        if self._fresh_layout:
            self._fresh_layout = False
            self.resizeDocks([self.library_dock], [min(280, self.width() // 4)], Qt.Orientation.Horizontal)

    def show_source_dock(self) -> None:
        """Show the source panel at a reasonable width, leaving the script a usable width."""
        open_source_dock(self, self.library_dock, self.source_dock)

    def start_services(self) -> None:
        """Start the analysis (loads the language model in its thread). Call after the window is shown."""
        if self.service is not None and not getattr(self.service, "started", False):
            self.analysis_label.setText(ui_tr("MainWindow", "Starting analysis\u2026"))
            self.service.start()
        if self.grammar is not None:
            self.grammar.start()

    # --------------------------------------------------------------- scripts
    def current_script_id(self) -> int | None:
        """The script open in the workspace."""
        return self.workspace.current_script_id()  # type: ignore[attr-defined]

    def current_project_id(self) -> int | None:
        """The project of the open script, else of the library selection."""
        sid = self.current_script_id()
        if sid is not None:
            try:
                return self.library.get_script(sid).project_id
            except StoreError:
                pass
        return self.panel.current_project_id()

    def open_script(self, script_id: int) -> bool:
        """Open a script in the workspace (the previous one is saved first)."""
        if script_id == self.current_script_id():
            self.panel.set_current_script(script_id)
            return True
        try:
            script = self.library.get_script(script_id)
            project = self.library.get_project(script.project_id)
        except StoreError as exc:
            self.show_message(str(exc))
            return False
        self.workspace.open_script(script_id)  # type: ignore[attr-defined]
        self.panel.set_current_script(script_id)
        self.settings.last_script_id = script_id
        self.setWindowTitle(f"{script.title} \u2014 {project.title} \u2014 Script Studio")
        return True

    def open_initial(self, script_id: int | None = None) -> None:
        """Open ``script_id``, else the script open last time, else the first script of the library."""
        candidates = [script_id, self.settings.last_script_id]
        for cand in candidates:
            if cand is not None:
                try:
                    self.library.get_script(cand)
                except StoreError:
                    continue
                self.open_script(cand)
                return
        for project in self.library.list_projects():
            scripts = self.library.list_scripts(project.id)
            if scripts:
                self.open_script(scripts[0].id)
                return

    def show_source(self, source_id: int) -> None:
        """Show a source in the source panel."""
        if self.source_editor.load(source_id):
            self.show_source_dock()
            self.panel.select("source", source_id)

    # -------------------------------------------------------------- commands
    def flush(self) -> None:
        """Save everything pending: the script being edited and the source form."""
        try:
            self.workspace.flush()  # type: ignore[attr-defined]
        except StoreError as exc:
            self.show_message(f"Could not save: {exc}")
            QMessageBox.warning(self, ui_tr("MainWindow", "Could not save"), str(exc))
        if self.source_editor.dirty:
            self.source_editor.save()

    def save_now(self) -> None:
        """File › Save: write pending changes now."""
        self.flush()
        self.save_label.setText(f"Saved {QTime.currentTime().toString('HH:mm:ss')}")
        self.show_message(ui_tr("MainWindow", "All changes saved."))

    def new_script(self) -> None:
        """File › New script."""
        pid = self.current_project_id()
        if pid is None:
            self.panel.actions.new_project()
        else:
            self.panel.actions.new_script(pid)

    def draft_from_research(self) -> None:
        """Script › Draft from research…: key findings of a source → a cited draft script."""
        from studio.ui.research_dialog import ResearchDialog

        pid = self.current_project_id()
        if pid is None:
            self.show_message(ui_tr("MainWindow", "Open or select a project first: the draft is made from its sources."))
            return
        from studio.analysis.profile import CHECK_DRAFTING, check_off_message

        off = check_off_message(self.library.get_project(pid).language, CHECK_DRAFTING)
        if off:
            self.show_message(off)
            return
        self.flush()
        dialog = ResearchDialog(self.library, pid, self, service=self.service)
        dialog.created.connect(self._draft_created)
        dialog.exec()
        dialog.deleteLater()

    def _draft_created(self, script_id: int) -> None:
        self.panel.refresh()
        self.open_script(script_id)

    def add_source(self) -> None:
        """File › Add source."""
        pid = self.current_project_id()
        if pid is None:
            self.show_message(ui_tr("MainWindow", "Create a project first."))
        else:
            self.panel.actions.add_source(pid)

    def project_settings(self) -> None:
        """File › Project settings…"""
        pid = self.current_project_id()
        if pid is not None:
            self.panel.actions.project_settings(pid)

    def export_bundle(self) -> None:
        """File › Export bundle…"""
        pid = self.current_project_id()
        if pid is None:
            self.show_message(ui_tr("MainWindow", "Select a project to export."))
        else:
            self.panel.actions.export_bundle(pid)

    def undo_delete(self) -> None:
        """Edit › Undo delete."""
        self.panel.undo_delete()

    def open_preferences(self) -> None:
        """Edit › Preferences…"""
        from studio.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self).exec()

    def show_legend(self) -> None:
        """Help › Legend."""
        show_legend(self, is_dark(self.palette()))

    def show_about(self) -> None:
        """Help › About."""
        from studio.ui.about_dialog import AboutDialog

        dialog = AboutDialog(str(self.library.path or "in memory"), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def focus_library(self) -> None:
        """View › Go to library: keyboard focus to the tree (showing the panel if hidden)."""
        self.library_dock.show()
        self.panel.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_workspace(self) -> None:
        """View › Go to script: keyboard focus to the first text field of the script."""
        for editor in self.workspace.findChildren(QAbstractScrollArea):
            if isinstance(editor, (QTextEdit, QPlainTextEdit)) and editor.isVisible() and not editor.isReadOnly():
                editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
        self.workspace.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def event(self, event: QEvent) -> bool:
        """Menu hints go to the status message line (QStatusBar's own would hide the Undo button)."""
        if event.type() == QEvent.Type.StatusTip and isinstance(event, QStatusTipEvent):
            self.status.show_tip(event.tip())
            return True
        return super().event(event)

    def show_message(self, text: str) -> None:
        """A transient message in the status bar (not when it repeats the analysis status label)."""
        if text in (self.analysis_label.text(), getattr(self.service, "last_status", None)):
            return
        self.status.show_message(text)

    # ---------------------------------------------------------------- events
    def _about_to_remove(self, kind: str, item_id: int) -> None:
        sid = self.current_script_id()
        editing = self.source_editor.source
        if kind == "script" and sid == item_id:
            self.workspace.close_script()  # type: ignore[attr-defined]
            self.setWindowTitle("Script Studio")
        if kind == "project":
            if sid is not None and self.library.get_script(sid).project_id == item_id:
                self.workspace.close_script()  # type: ignore[attr-defined]
                self.setWindowTitle("Script Studio")
            if editing is not None and editing.project_id == item_id:
                self.source_editor.discard()
                self.source_dock.hide()
        if kind == "source" and editing is not None and editing.id == item_id:
            self.source_editor.discard()
            self.source_dock.hide()

    def _project_changed(self, project_id: int) -> None:
        self.panel.refresh()
        if self.current_project_id() == project_id and self.current_script_id() is not None:
            self.workspace.reload_project_context()  # type: ignore[attr-defined]
        if self.source_editor.source is not None:
            try:
                current = self.library.get_source(self.source_editor.source.id)
            except StoreError:
                return
            if not self.source_editor.dirty and current != self.source_editor.source:
                self.source_editor.load(current.id)

    def _source_saved(self, source_id: int) -> None:
        self.panel.refresh()
        try:
            pid = self.library.get_source(source_id).project_id
        except StoreError:
            return
        if self.current_project_id() == pid and self.current_script_id() is not None:
            self.workspace.reload_project_context()  # type: ignore[attr-defined]

    def _script_saved(self, script_id: int) -> None:
        self.save_label.setText(f"Saved {QTime.currentTime().toString('HH:mm:ss')}")
        self.panel.update_script_title(script_id)

    def _undo_changed(self, label: str) -> None:
        action = self.menu_actions.get("undo_delete")
        if action is not None:
            action.setEnabled(bool(label))
            action.setText(f"&{label}" if label else "&Undo delete")
        self.undo_button.setText(label)
        self.undo_button.setVisible(bool(label))

    def _settings_changed(self) -> None:
        hidden = self.settings.hidden_kinds
        for kind, action in self.menu_actions.items():
            if kind.startswith("kind:"):
                action.blockSignals(True)
                action.setChecked(kind[5:] not in hidden)
                action.blockSignals(False)

    def toggle_kind(self, kind: str, shown: bool) -> None:
        """View › Highlights: show or hide one kind."""
        hidden = set(self.settings.hidden_kinds)
        (hidden.discard if shown else hidden.add)(kind)
        self.settings.hidden_kinds = frozenset(hidden)

    def shutdown(self) -> None:
        """Save and release everything (idempotent): workspace, settings, analysis thread, library."""
        if self._closed:
            return
        self._closed = True
        try:
            self.flush()
        except Exception:  # noqa: BLE001 - closing must go on; the error is logged
            log.exception("flush on close failed")
        self.settings.geometry = bytes(self.saveGeometry().data())
        self.settings.window_state = bytes(self.saveState().data())
        # Both threads are told to stop first so they wind down in parallel; then each gets a short
        # deadline. A thread still busy after it (a model load cannot be interrupted) is left to finish in
        # the background: quitting never waits for it (run_app ends the process right after).
        for part in (self.grammar, self.service):
            stop = getattr(part, "request_stop", None)
            if callable(stop):
                stop()
        for part, what in ((self.grammar, "grammar"), (self.service, "analysis")):
            if part is None:
                continue
            try:
                part.shutdown(timeout_ms=QUIT_WAIT_MS)
            except Exception:  # noqa: BLE001 - closing must go on; the error is logged
                log.exception("%s shutdown failed", what)
        try:
            self.library.close()
        except StoreError:
            log.exception("library close failed")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Save, stop the analysis thread, close the library."""
        if self.source_editor.dirty and not self.source_editor.save():
            answer = QMessageBox.question(
                self, "Unsaved source", "The source you are editing has a problem and was not saved.\n\n"
                "Close anyway and lose those changes?",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
            self.source_editor.discard()
        self.shutdown()
        event.accept()
