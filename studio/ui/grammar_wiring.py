"""Connects the LanguageTool grammar service to the workspace, the settings and the status bar.

The user's choice (AppSettings.grammar_mode: auto / local / server / off) becomes GrammarSettings; "auto"
means Local, and the grammar thread itself finds out whether Java is there (``java -version`` never runs
on the GUI thread) and says "Grammar: off — Java 17 or newer is needed…" when it is not.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from studio.analysis.model import Finding
from studio.grammar import GrammarSettings
from studio.ui.grammar_service import GrammarService
from studio.ui.settings import AppSettings

log = logging.getLogger(__name__)

#: The findings group name the workspace keeps LanguageTool's findings under.
GROUP = "languagetool"


def grammar_settings(settings: AppSettings) -> GrammarSettings:
    """The grammar settings the user chose (``auto`` → Local; the worker reports a missing Java)."""
    mode = settings.grammar_mode
    rules = frozenset(settings.disabled_grammar_rules)
    if mode == "server" and settings.grammar_url.strip():
        return GrammarSettings(mode="server", server_url=settings.grammar_url.strip(), disabled_rules=rules)
    if mode in ("auto", "local"):
        return GrammarSettings(mode="local", disabled_rules=rules)
    return GrammarSettings(mode="off", disabled_rules=rules)


class GrammarController(QObject):
    """Owns the :class:`GrammarService` of a main window and keeps it in step with the open script."""

    def __init__(self, workspace: QWidget, settings: AppSettings, label: QLabel,
                 service: GrammarService | None = None, cancel_button: QPushButton | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.label = label
        self.cancel_button = cancel_button
        self.service = service if service is not None else GrammarService()
        self._revision = 0
        self._current = grammar_settings(settings)
        self.service.configure(self._current)
        self.service.status.connect(self._on_status)
        self.service.progress.connect(self._on_progress)
        self.service.segment_ready.connect(self._on_ready)
        if hasattr(workspace, "segment_text_changed"):
            workspace.segment_text_changed.connect(self._on_text)
        settings.changed.connect(self._on_settings)
        if cancel_button is not None:
            cancel_button.hide()
            cancel_button.clicked.connect(self.service.cancel_start)

    def start(self) -> None:
        """Start the grammar thread (returns at once)."""
        self.service.start()

    def request_stop(self) -> None:
        """Ask the grammar thread to stop (returns at once; see :meth:`shutdown`)."""
        self.service.request_stop()

    def shutdown(self, timeout_ms: int = 8000) -> None:
        """Stop the grammar thread and any local LanguageTool server, waiting at most ``timeout_ms``."""
        self.service.shutdown(timeout_ms=timeout_ms)

    @Slot(int, str)
    def _on_text(self, segment_index: int, text: str) -> None:
        script_id = self.workspace.current_script_id()  # type: ignore[attr-defined]
        if script_id is None:
            return
        self._revision += 1
        ctx = getattr(self.workspace, "ctx", None)
        allow = ctx.allow_list if ctx is not None else frozenset()
        self.service.request(script_id, segment_index, text, self._revision, allow)

    @Slot(int, int, str, object)
    def _on_ready(self, script_id: int, segment_index: int, text: str, findings: object) -> None:
        if script_id != self.workspace.current_script_id():  # type: ignore[attr-defined]
            return
        items: list[Finding] = list(findings) if isinstance(findings, list) else []
        self.workspace.set_external_findings(GROUP, segment_index, text, items)  # type: ignore[attr-defined]

    @Slot(str)
    def _on_status(self, text: str) -> None:
        self.label.setText(text)
        self.label.setToolTip(text)
        if self.cancel_button is not None and "downloading" not in text.casefold():
            self.cancel_button.hide()     # the download ended (done, failed or cancelled)

    @Slot(str, float)
    def _on_progress(self, message: str, fraction: float) -> None:
        pct = f" {fraction:.0%}" if fraction >= 0 else ""
        self.label.setText(f"Grammar: {message}{pct}")
        if self.cancel_button is not None:
            self.cancel_button.show()

    @Slot()
    def _on_settings(self) -> None:
        wanted = grammar_settings(self.settings)
        if wanted != self._current:
            self._current = wanted
            self.service.configure(wanted)
            self.service.start()
