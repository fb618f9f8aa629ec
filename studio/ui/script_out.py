"""Research in and script out, as commands of the main window: File › Import sources… (and files dropped
on the library), File › Export script…, Copy script, and the Teleprompter.

A mixin of :class:`~studio.ui.main_window.MainWindow` (kept apart so the window module stays small); it
uses the window's ``library``, ``settings``, ``workspace``, ``panel``, ``flush``, ``current_script_id``,
``current_project_id`` and ``show_message``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from studio.exports import ExportInput, load_input
from studio.exports.text import to_teleprompter
from studio.store.library import StoreError
from studio.ui.export_dialog import ExportDialog
from studio.ui.import_sources import FILE_FILTER, ImportSummary, SourceImport, local_files
from studio.ui.library_panel import ROLE_PROJECT
from studio.ui.teleprompter import TeleprompterView

if TYPE_CHECKING:
    from studio.importers import ImportReport
    from studio.ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object

class FileDrops(QObject):
    """Accepts files dragged from the file manager onto a widget; ``dropped(paths, project_id or -1)``."""

    dropped = Signal(list, int)

    def __init__(self, parent: QObject, tree: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tree = tree

    def watch(self, widget: QWidget) -> None:
        """Let ``widget`` take file drops."""
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Accept drags that carry local files; on drop, name the project under the pointer."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            drag: QDragEnterEvent = event  # type: ignore[assignment]
            if drag.mimeData().hasUrls() and local_files(drag.mimeData().urls()):
                drag.setDropAction(Qt.DropAction.CopyAction)
                drag.accept()
                return True
            return False
        if kind == QEvent.Type.Drop:
            drop: QDropEvent = event  # type: ignore[assignment]
            paths = local_files(drop.mimeData().urls()) if drop.mimeData().hasUrls() else []
            if not paths:
                return False
            drop.acceptProposedAction()
            self.dropped.emit(paths, self._project_at(obj, drop))
            return True
        return False

    def _project_at(self, obj: QObject, drop: QDropEvent) -> int:
        tree = self._tree
        if tree is not None and obj is getattr(tree, "viewport", lambda: None)():
            item = tree.itemAt(drop.position().toPoint())  # type: ignore[attr-defined]
            if item is not None and item.data(0, ROLE_PROJECT) is not None:
                return int(item.data(0, ROLE_PROJECT))
        return -1


class ScriptOutMixin(_Base):
    """Import sources, export script, copy script, teleprompter (see the module docstring)."""

    def install_file_drops(self) -> None:
        """Files dropped on the library (onto a project, its sources or a free spot) are imported there."""
        self.file_drops = FileDrops(self, self.panel.tree)
        self.file_drops.watch(self.panel.tree.viewport())
        self.file_drops.watch(self.panel)
        self.file_drops.dropped.connect(lambda paths, pid: self.import_sources(paths, None if pid < 0 else pid))
        self.source_import: SourceImport | None = None
        self.import_summary: ImportSummary | None = None
        self.teleprompter: TeleprompterView | None = None

    # ---------------------------------------------------------------- import
    def import_sources(self, paths: list[str] | None = None, project_id: int | None = None) -> SourceImport | None:
        """File › Import sources…: several files at once into the current (or the given) project."""
        pid = project_id if project_id is not None else self.current_project_id()
        if pid is None:
            self.show_message("Create a project first: sources are imported into a project.")
            return None
        if getattr(self.library, "read_only", False):
            self.show_message("The library is read-only: sources cannot be imported.")
            return None
        if self.source_import is not None and self.source_import.running:
            self.show_message("An import is still running.")
            return None
        if paths is None:
            folder = str(self.settings.qsettings.value("import/folder", str(Path.home())))
            paths, _ = QFileDialog.getOpenFileNames(self, "Import sources", folder, FILE_FILTER)
            if not paths:
                return None
            self.settings.qsettings.setValue("import/folder", str(Path(paths[0]).parent))
        self.flush()
        job = SourceImport(self.library, pid, list(paths), self)
        job.finished.connect(self._import_finished)
        self.source_import = job
        job.start()
        return job

    def _import_finished(self, report: ImportReport) -> None:
        job = self.source_import
        cancelled = bool(job and job.cancelled)
        if report.added:
            self.panel.refresh()
            self._select_sources([s.id for s in report.added])
            if self.current_script_id() is not None:
                self.workspace.reload_project_context()  # type: ignore[attr-defined]
        added = len(report.added)
        self.show_message(f"Imported {added} source{'s' if added != 1 else ''}"
                          + (f"; {len(report.errors)} file(s) failed" if report.errors else "") + ".")
        summary = ImportSummary(report, cancelled, self)
        summary.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_summary = summary
        summary.destroyed.connect(lambda *_: setattr(self, "import_summary", None))
        summary.open()

    def _select_sources(self, ids: list[int]) -> None:
        """Select every new source in the library tree (the first one is the current item)."""
        tree = self.panel.tree
        items = [self.panel.find_item("source", sid) for sid in ids]
        items = [i for i in items if i is not None]
        if not items:
            return
        self.panel.select("source", ids[0])
        for item in items:
            item.setSelected(True)
        tree.scrollToItem(items[-1])
        tree.scrollToItem(items[0])

    # ---------------------------------------------------------------- export
    def _export_input(self) -> ExportInput | None:
        sid = self.current_script_id()
        if sid is None:
            self.show_message("Open a script first.")
            return None
        self.flush()
        result = getattr(self.workspace, "result", None)
        try:
            return load_input(self.library, sid, analysis=result)
        except StoreError as exc:
            self.show_message(str(exc))
            return None

    def export_script(self) -> ExportDialog | None:
        """File › Export script…: captions, Word, description, PDF, Markdown, teleprompter text, CSV, JSON."""
        inp = self._export_input()
        if inp is None:
            return None
        dialog = ExportDialog(inp, self.settings.qsettings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.show_message(f"Exported to {dialog.written}.") if dialog.written else None)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def copy_script(self) -> None:
        """Copy script: the spoken text (citation markers removed) to the clipboard."""
        inp = self._export_input()
        if inp is None:
            return
        text = to_teleprompter(inp.script)
        QGuiApplication.clipboard().setText(text)
        self.show_message(f"Copied the spoken text of \u201c{inp.script.title}\u201d ({len(text.split())} words).")

    def show_teleprompter(self) -> TeleprompterView | None:
        """Script › Teleprompter: full screen at the project's pace; Space starts, Esc leaves."""
        inp = self._export_input()
        if inp is None:
            return None
        timeline = inp.timeline()
        if not timeline.total:
            self.show_message("The script has no spoken text yet.")
            return None
        if self.teleprompter is not None:
            self.teleprompter.close()
        view = TeleprompterView(timeline, inp.script.title, self.settings.qsettings, parent=self)
        view.setWindowFlag(Qt.WindowType.Window)      # its own full-screen window, closed with the app
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.closed.connect(self._teleprompter_closed)
        screen = self.screen()
        if screen is not None:
            view.setGeometry(screen.geometry())
        self.teleprompter = view
        view.showFullScreen()
        view.activateWindow()
        view.setFocus()
        return view

    def _teleprompter_closed(self) -> None:
        self.teleprompter = None
        self.activateWindow()


__all__ = ["FileDrops", "ScriptOutMixin"]
