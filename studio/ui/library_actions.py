"""What the library panel and the menus do to the store: create, rename, duplicate, delete (+ undo), bundles.

Every operation catches :class:`StoreError` and shows its message (written for the creator) in a dialog,
so a failed write never surfaces as a traceback. Deletions ask first and keep what is needed to undo them
in memory (one level of undo, offered in the Edit menu and the status bar).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from studio.store.library import Library, StoreError
from studio.store.models import SegmentDraft, Source
from studio.ui.i18n import ui_tr
from studio.ui.project_dialog import ProjectDialog
from studio.ui.settings import AppSettings

log = logging.getLogger(__name__)

BUNDLE_FILTER = "Script Studio bundles (*.studio);;All files (*)"
SOURCE_FIELDS = ("key", "title", "authors", "year", "journal", "doi", "url", "summary", "notes")


@dataclass
class UndoEntry:
    """What a deletion removed, enough to put it back."""

    label: str                                   # e.g. 'Undo delete project "Sleep"'
    restore: Callable[[], tuple[str, int]]       # → (kind, id) of what was restored
    extra: dict[str, Any] = field(default_factory=dict)


class LibraryActions(QObject):
    """Store operations with confirmation dialogs, error messages and one-level undo of deletions.

    Signals: ``changed()`` (the tree must be rebuilt), ``status_message(str)``, ``undo_changed(str)``
    (label of the available undo, "" for none), ``script_created(int)`` / ``source_created(int)`` (open them),
    ``project_settings_changed(int)``, ``about_to_remove(str kind, int id)`` (close editors first),
    ``flush_requested()`` (save pending edits before a copy/export reads the store).
    """

    changed = Signal()
    status_message = Signal(str)
    undo_changed = Signal(str)
    script_created = Signal(int)
    source_created = Signal(int)
    project_settings_changed = Signal(int)
    about_to_remove = Signal(str, int)
    flush_requested = Signal()

    def __init__(self, library: Library, settings: AppSettings, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.library = library
        self.settings = settings
        self._widget = parent_widget
        self._undo: UndoEntry | None = None

    # ------------------------------------------------------------------ helpers
    def _error(self, title: str, exc: Exception) -> None:
        log.warning("%s: %s", title, exc)
        QMessageBox.warning(self._widget, title, str(exc))

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self._widget, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self._widget, title, label, QLineEdit.EchoMode.Normal, text)
        value = " ".join(value.split())
        return value if ok and value else None

    @property
    def undo_label(self) -> str:
        """Label of the deletion that can be undone, or ""."""
        return self._undo.label if self._undo else ""

    def _set_undo(self, entry: UndoEntry | None) -> None:
        self._undo = entry
        self.undo_changed.emit(entry.label if entry else "")

    # ------------------------------------------------------------------ create
    def new_project(self) -> int | None:
        """Ask for a title and settings, create the project with a first script; returns the script id."""
        dialog = ProjectDialog(self._widget, default_platform=self.settings.default_platform,
                               default_grade=self.settings.target_grade,
                               default_wpm=self.settings.words_per_minute)
        if dialog.exec() != ProjectDialog.DialogCode.Accepted:
            return None
        return self.create_project(dialog.values().title, **dialog.values().as_fields())

    def create_project(self, title: str, **fields: object) -> int | None:
        """Create a project (with one script) without asking; returns its first script's id."""
        try:
            project = self.library.create_project(title, **fields)  # type: ignore[arg-type]
            scripts = self.library.list_scripts(project.id)
        except StoreError as exc:
            self._error("Could not create the project", exc)
            return None
        self.changed.emit()
        self.status_message.emit(f"Created project \u201c{project.title}\u201d.")
        if scripts:
            self.script_created.emit(scripts[0].id)
            return scripts[0].id
        return None

    def new_script(self, project_id: int, title: str | None = None) -> int | None:
        """Create a script with the default segments (asks for a title unless given)."""
        if title is None:
            count = len(self.library.list_scripts(project_id))
            title = self._ask_text("New script", "Script title:", f"Script {count + 1}")
            if title is None:
                return None
        try:
            script = self.library.create_script(project_id, title)
        except StoreError as exc:
            self._error("Could not create the script", exc)
            return None
        self.changed.emit()
        self.script_created.emit(script.id)
        self.status_message.emit(f"Created script \u201c{script.title}\u201d.")
        return script.id

    def add_source(self, project_id: int, title: str = "New source") -> int | None:
        """Add an empty source at the end of the project and open it for editing."""
        try:
            source = self.library.add_source(project_id, title=title)
        except StoreError as exc:
            self._error("Could not add the source", exc)
            return None
        self.changed.emit()
        self.source_created.emit(source.id)
        self.status_message.emit(f"Added source [{source.position}]: fill in its details and summary.")
        return source.id

    # ------------------------------------------------------------------ rename
    def rename(self, kind: str, item_id: int, title: str) -> bool:
        """Rename a project or script, or retitle a source. False (and a message) if the store refused."""
        try:
            if kind == "project":
                self.library.rename_project(item_id, title)
            elif kind == "script":
                self.library.rename_script(item_id, title)
            elif kind == "source":
                self.library.update_source(item_id, title=title)
            else:
                return False
        except StoreError as exc:
            self._error("Could not rename", exc)
            self.changed.emit()
            return False
        self.changed.emit()
        if kind == "source":
            self.project_settings_changed.emit(self.library.get_source(item_id).project_id)
        return True

    def rename_with_dialog(self, kind: str, item_id: int, current: str) -> bool:
        """Ask for a new name in a dialog (used by the menu; the tree also edits in place)."""
        title = self._ask_text("Rename", "New name:", current)
        return self.rename(kind, item_id, title) if title and title != current else False

    # --------------------------------------------------------------- duplicate
    def duplicate(self, kind: str, item_id: int) -> tuple[str, int] | None:
        """Copy a project (with sources, scripts, terms) or a script; returns (kind, new id)."""
        self.flush_requested.emit()
        try:
            if kind == "project":
                project = self.library.duplicate_project(item_id)
                result = ("project", project.id)
                name = project.title
            elif kind == "script":
                script = self.library.duplicate_script(item_id)
                result = ("script", script.id)
                name = script.title
            else:
                return None
        except StoreError as exc:
            self._error("Could not duplicate", exc)
            return None
        self.changed.emit()
        self.status_message.emit(f"Created \u201c{name}\u201d.")
        return result

    # ------------------------------------------------------------------ delete
    def delete(self, kind: str, item_id: int, confirm: bool = True) -> bool:
        """Delete a project, script or source after confirmation; the deletion can be undone once."""
        try:
            if kind == "project":
                entry = self._prepare_project_delete(item_id, confirm)
            elif kind == "script":
                entry = self._prepare_script_delete(item_id, confirm)
            elif kind == "source":
                entry = self._prepare_source_delete(item_id, confirm)
            else:
                return False
            if entry is None:
                return False
            self.about_to_remove.emit(kind, item_id)
            {"project": self.library.delete_project, "script": self.library.delete_script,
             "source": self.library.delete_source}[kind](item_id)
        except StoreError as exc:
            self._error("Could not delete", exc)
            self.changed.emit()
            return False
        self._set_undo(entry)
        self.changed.emit()
        if kind == "source" and "project_id" in entry.extra:
            self.project_settings_changed.emit(int(entry.extra["project_id"]))
        self.status_message.emit(f"Deleted. {entry.label} with Edit \u203a Undo delete (Ctrl+Alt+Z).")
        return True

    def _prepare_project_delete(self, project_id: int, confirm: bool) -> UndoEntry | None:
        project = self.library.get_project(project_id)
        scripts = len(self.library.list_scripts(project_id))
        sources = len(self.library.list_sources(project_id))
        if confirm and not self._confirm(
                "Delete project",
                f"Delete the project \u201c{project.title}\u201d with its {scripts} script(s), {sources} source(s) "
                "and all saved versions?\n\nYou can undo this until you close Script Studio."):
            return None
        self.flush_requested.emit()
        data = self.library.export_project_data(project_id)  # type: ignore[attr-defined]

        def restore() -> tuple[str, int]:
            info = self.library.import_project_data(data, title=project.title)  # type: ignore[attr-defined]
            return "project", info.project.id

        return UndoEntry(f"Undo delete project \u201c{project.title}\u201d", restore)

    def _prepare_script_delete(self, script_id: int, confirm: bool) -> UndoEntry | None:
        self.flush_requested.emit()
        script = self.library.get_script(script_id)
        if confirm and not self._confirm(
                "Delete script", f"Delete the script \u201c{script.title}\u201d and its saved versions?"
                                 "\n\nYou can undo this until you close Script Studio (versions are not restored)."):
            return None
        drafts = [SegmentDraft(s.name, s.spoken, s.on_screen, s.visual_notes) for s in script.segments]
        position = {s.id: i for i, s in enumerate(script.segments)}
        cites = [(position.get(c.segment_id), c.source_id, c.claim, c.passage)
                 for c in self.library.list_citations(script_id)]
        ticks = self.library.checklist_ticks(script_id)

        def restore() -> tuple[str, int]:
            new = self.library.create_script(script.project_id, script.title, drafts)
            for item, checked in ticks.items():
                self.library.set_checklist_tick(new.id, item, checked)
            for pos, source_id, claim, passage in cites:
                if pos is not None and pos < len(new.segments):
                    try:
                        self.library.add_citation(new.segments[pos].id, source_id, claim, passage)
                    except StoreError:
                        log.info("citation not restored (its source is gone)")
            return "script", new.id

        return UndoEntry(f"Undo delete script \u201c{script.title}\u201d", restore)

    def _prepare_source_delete(self, source_id: int, confirm: bool) -> UndoEntry | None:
        source = self.library.get_source(source_id)
        cites = []
        for script in self.library.list_scripts(source.project_id):
            cites += [c for c in self.library.list_citations(script.id) if c.source_id == source_id]
        extra = f"\n\n{len(cites)} linked citation(s) will be removed too." if cites else ""
        if confirm and not self._confirm(
                "Delete source", f"Delete the source [{source.position}] \u201c{source.title}\u201d?{extra}\n\n"
                                 "Markers like [n] after it will then point to the next source."):
            return None
        self.flush_requested.emit()

        def restore() -> tuple[str, int]:
            return "source", self._restore_source(source, cites)

        return UndoEntry(f"Undo delete source \u201c{source.title}\u201d", restore,
                         {"project_id": source.project_id})

    def _restore_source(self, source: Source, cites: list) -> int:
        fields = {name: getattr(source, name) for name in SOURCE_FIELDS}
        new = self.library.add_source(source.project_id, **fields)
        self.library.move_source(new.id, source.position)  # type: ignore[attr-defined]
        for c in cites:
            try:
                self.library.add_citation(c.segment_id, new.id, c.claim, c.passage)
            except StoreError:
                log.info("citation not restored (its segment is gone)")
        return new.id

    def undo_delete(self) -> tuple[str, int] | None:
        """Put back what the last deletion removed; returns (kind, id) of the restored item."""
        entry = self._undo
        if entry is None:
            return None
        try:
            restored = entry.restore()
        except StoreError as exc:
            self._error("Could not undo the deletion", exc)
            return None
        self._set_undo(None)
        self.changed.emit()
        kind, new_id = restored
        if kind == "source":
            self.project_settings_changed.emit(self.library.get_source(new_id).project_id)
        self.status_message.emit("Restored.")
        return restored

    # -------------------------------------------------------------- settings
    def project_settings(self, project_id: int) -> bool:
        """Edit a project's title and settings in a dialog; True if something changed."""
        try:
            project = self.library.get_project(project_id)
        except StoreError as exc:
            self._error("Project settings", exc)
            return False
        dialog = ProjectDialog(self._widget, project)
        if dialog.exec() != ProjectDialog.DialogCode.Accepted:
            return False
        values = dialog.values()
        try:
            self.library.update_project(project_id, title=values.title, **values.as_fields())
        except StoreError as exc:
            self._error("Could not save the project settings", exc)
            return False
        self.changed.emit()
        self.project_settings_changed.emit(project_id)
        self.status_message.emit("Project settings saved.")
        return True

    # --------------------------------------------------------------- bundles
    def import_bundle(self, path: str | None = None) -> int | None:
        """Import a ``.studio`` bundle as a new project; returns the project id."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self._widget, "Import bundle", str(Path.home()), BUNDLE_FILTER)
            if not path:
                return None
        try:
            info = self.library.import_bundle(path)
        except (StoreError, OSError) as exc:
            self._error("Could not import the bundle", exc)
            return None
        self.changed.emit()
        text = (f"Imported \u201c{info.project.title}\u201d: {info.scripts} script(s), {info.sources} source(s), "
                f"{info.versions} version(s).")
        if info.warnings:
            QMessageBox.information(self._widget, ui_tr("Library", "Bundle imported"), text + "\n\n" + "\n".join(info.warnings))
        self.status_message.emit(text)
        return info.project.id

    def export_bundle(self, project_id: int, path: str | None = None) -> Path | None:
        """Write the project to a ``.studio`` bundle (asks where)."""
        self.flush_requested.emit()
        try:
            project = self.library.get_project(project_id)
        except StoreError as exc:
            self._error("Could not export", exc)
            return None
        if path is None:
            safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in project.title).strip() or "project"
            path, _ = QFileDialog.getSaveFileName(self._widget, "Export bundle",
                                                  str(Path.home() / f"{safe}.studio"), BUNDLE_FILTER)
            if not path:
                return None
        if not path.endswith(".studio"):
            path += ".studio"
        try:
            written = self.library.export_bundle(project_id, path)
        except (StoreError, OSError) as exc:
            self._error("Could not export the bundle", exc)
            return None
        self.status_message.emit(f"Exported \u201c{project.title}\u201d to {written}.")
        return Path(written)
