"""Script commands of the main window that open dialogs over the store: versions (save, browse, restore),
the before/after report and Help › Reset demo. A mixin of :class:`~studio.ui.main_window.MainWindow`,
kept apart so the window module stays small; it uses the window's ``library``, ``workspace``, ``panel``,
``flush``, ``current_script_id`` and ``show_message``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from studio.store.library import StoreError
from studio.ui.demo import demo_changed, demo_project_id, reset_demo
from studio.ui.versions_dialog import VersionsDialog, ask_version_label

if TYPE_CHECKING:
    from studio.ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class ScriptCommandsMixin(_Base):
    """Versions, report and demo commands (see the module docstring)."""

    def save_version(self) -> None:
        """File › Save version…: snapshot the open script under a label."""
        sid = self.current_script_id()
        if sid is None:
            self.show_message("Open a script first.")
            return
        label = ask_version_label(self)
        if label is None:
            return
        self.flush()
        try:
            self.library.save_version(sid, label, automatic=False)
        except StoreError as exc:
            QMessageBox.warning(self, "Save version", str(exc))
            return
        self.show_message(f"Version \u201c{label}\u201d saved." if label else "Version saved.")

    def show_versions(self) -> VersionsDialog | None:
        """File › Versions…: browse, compare and restore versions of the open script."""
        sid = self.current_script_id()
        if sid is None:
            self.show_message("Open a script first.")
            return None
        self.flush()
        dialog = VersionsDialog(self.library, sid, self)
        dialog.restored.connect(self._version_restored)
        dialog.report_requested.connect(lambda before, after: self.show_report(before, after or None, dialog))
        dialog.open()
        return dialog

    def _version_restored(self, script_id: int) -> None:
        self.workspace.open_script(script_id)  # type: ignore[attr-defined]
        self.panel.refresh()
        self.panel.set_current_script(script_id)
        self.show_message("Version restored; the previous text was kept as a version.")


    def show_report(self, before_id: int | None = None, after_id: int | None = None,
                    parent: QWidget | None = None) -> QDialog | None:
        """Script › Before/after report…: the open script's first draft (or ``before_id``) against now (or
        ``after_id``); any two versions can be picked in the dialog."""
        from studio.ui.report_dialog import ReportDialog

        sid = self.current_script_id()
        if sid is None:
            self.show_message("Open a script first.")
            return None
        if not hasattr(self.service, "submit"):
            self.show_message("The analysis is not available, so there is no report.")
            return None
        self.flush()
        try:
            dialog = ReportDialog(self.library, sid, self.service, parent or self, before_id, after_id)
        except StoreError as exc:
            QMessageBox.warning(self, "Before and after", str(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------------------------ demo
    def reset_demo(self, confirm: bool = True) -> int | None:
        """Help › Reset demo…: put the demo project back as shipped (also after it was deleted).

        Asks first when the demo has changes that would be lost. Returns the demo script now open."""
        self.flush()
        try:
            old = demo_project_id(self.library)
            changed = old is not None and demo_changed(self.library, old)
        except (StoreError, OSError, ValueError) as exc:
            QMessageBox.warning(self, "Reset demo", f"The demo project cannot be reset: {exc}")
            return None
        if confirm and changed:
            title = self.library.get_project(old).title if old is not None else ""
            answer = QMessageBox.question(
                self, "Reset demo",
                f"Put the demo project back as shipped?\n\nEverything changed in \u201c{title}\u201d \u2014 "
                "edited text, sources, terms, dismissed findings, checklist ticks and saved versions \u2014 "
                "will be discarded. Your other projects are not touched.",
                QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Reset:
                return None
        if old is not None:
            self._about_to_remove("project", old)        # close its script and source editors first
        try:
            script_id = reset_demo(self.library)
        except (StoreError, OSError, ValueError) as exc:
            QMessageBox.warning(self, "Reset demo", f"The demo project could not be reset: {exc}")
            self.panel.refresh()
            return None
        self.panel.refresh()
        if script_id is not None:
            self.open_script(script_id)
        self.show_message("The demo project is back as shipped." if old is not None
                          else "The demo project is back.")
        return script_id
