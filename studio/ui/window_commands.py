"""Script commands of the main window that open dialogs over the store: versions (save, browse, restore),
the before/after report and Help › Reset demo. A mixin of :class:`~studio.ui.main_window.MainWindow`,
kept apart so the window module stays small; it uses the window's ``library``, ``workspace``, ``panel``,
``flush``, ``current_script_id`` and ``show_message``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from studio.store.library import StoreError
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
        dialog.open()
        return dialog

    def _version_restored(self, script_id: int) -> None:
        self.workspace.open_script(script_id)  # type: ignore[attr-defined]
        self.panel.refresh()
        self.panel.set_current_script(script_id)
        self.show_message("Version restored; the previous text was kept as a version.")

