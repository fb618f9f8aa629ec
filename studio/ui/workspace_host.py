"""Hosting the script workspace: the real :class:`ScriptWorkspace` when available, else a placeholder with the
same contract (so the window always starts)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from studio.store.library import Library
from studio.ui.settings import AppSettings

log = logging.getLogger(__name__)


class PlaceholderWorkspace(QWidget):
    """Stands in for the script workspace when it cannot be loaded (same contract, shows a message)."""

    status_message = Signal(str)
    script_saved = Signal(int)
    open_source_requested = Signal(int)

    def __init__(self, library: Library, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._script: int | None = None
        self.label = QLabel(reason or "Open a script from the library on the left.")
        self.label.setObjectName("placeholder")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAccessibleName("Workspace")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    def open_script(self, script_id: int) -> None:
        """Remember the script (the placeholder cannot edit it)."""
        self._script = script_id
        title = self.library.get_script(script_id).title
        self.label.setText(f"\u201c{title}\u201d \u2014 the script editor is not available in this build.")

    def close_script(self) -> None:
        """Forget the script."""
        self._script = None
        self.label.setText("Open a script from the library on the left.")

    def flush(self) -> None:
        """Nothing to save."""

    def current_script_id(self) -> int | None:
        """The remembered script."""
        return self._script

    def reload_project_context(self) -> None:
        """Nothing to reload."""


def make_workspace(library: Library, settings: AppSettings, service: Any) -> QWidget:
    """The real :class:`ScriptWorkspace`, or a placeholder if it is not available."""
    try:
        try:
            from studio.ui.workspace import ScriptWorkspace  # type: ignore[attr-defined]
        except ImportError:
            from studio.ui.workspace.workspace import ScriptWorkspace
    except ImportError as exc:
        log.warning("script workspace not available: %s", exc)
        return PlaceholderWorkspace(library)
    if service is None:
        return PlaceholderWorkspace(library, "The analysis could not be started, so the editor is not available.")
    return ScriptWorkspace(library, settings, service)
