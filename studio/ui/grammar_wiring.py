"""Connects the LanguageTool grammar service to the workspace, the settings and the status bar.

The user's choice (AppSettings.grammar_mode: auto / local / server / off) becomes GrammarSettings; "auto"
means Local, and the grammar thread itself finds out whether Java is there (``java -version`` never runs
on the GUI thread) and says "Grammar: off — Java 17 or newer is needed…" when it is not.

Nothing goes online without the user's OK: Local may download LanguageTool only once the user agreed
(AppSettings.grammar_download == "yes"). The first time the download would be needed, the grammar thread
stops before it and the controller asks — size, where from, what for. "Not now" keeps grammar off and is
remembered, so the question does not come back at every start (Preferences › Grammar can change it).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from studio.analysis.model import Finding
from studio.grammar import GrammarSettings
from studio.grammar.backends import DownloadInfo, download_info
from studio.ui.grammar_service import GrammarService
from studio.ui.settings import AppSettings

log = logging.getLogger(__name__)

#: The findings group name the workspace keeps LanguageTool's findings under.
GROUP = "languagetool"

#: The status line after "Not now".
NOT_DOWNLOADED = ("Grammar: off \u2014 LanguageTool is not downloaded (Edit \u203a Preferences \u203a Grammar "
                  "to download it)")


def download_question(info: DownloadInfo, parent: QWidget | None = None) -> QMessageBox:
    """The question asked before LanguageTool is downloaded (not shown yet; Yes = Download)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Download the grammar checker?")
    box.setText("Check grammar and spelling on this computer?")
    box.setInformativeText(
        f"Script Studio can check grammar and spelling with LanguageTool {info.version}, which runs on this "
        f"computer: your scripts are never sent anywhere.\n\n"
        f"It needs a one-time download of about {info.size_mb} MB from {info.host}, saved in {info.folder}.\n\n"
        "The other checks (jargon, readability, claims, timing) work without it.")
    box.setDetailedText(f"Download address: {info.url}")
    box.addButton("Download", QMessageBox.ButtonRole.YesRole)
    box.addButton("Not now", QMessageBox.ButtonRole.NoRole)
    box.setEscapeButton(box.buttons()[-1])
    box.setAccessibleName("Download the grammar checker")
    return box


def grammar_settings(settings: AppSettings, language: str = "en") -> GrammarSettings:
    """The grammar settings the user chose (``auto`` → Local; the worker reports a missing Java), checking
    in LanguageTool's code for the script's ``language``; Off when LanguageTool has no such language."""
    from studio.analysis.profile import UnsupportedLanguage, get_profile

    try:
        code = get_profile(language).languagetool
    except UnsupportedLanguage:
        code = ""
    mode = settings.grammar_mode
    rules = frozenset(settings.disabled_grammar_rules)
    if not code:
        return GrammarSettings(mode="off", disabled_rules=rules)
    if mode == "server" and settings.grammar_url.strip():
        return GrammarSettings(mode="server", server_url=settings.grammar_url.strip(), disabled_rules=rules,
                               language=code)
    if mode in ("auto", "local"):
        return GrammarSettings(mode="local", disabled_rules=rules, language=code,
                               allow_download=settings.grammar_download == "yes")
    return GrammarSettings(mode="off", disabled_rules=rules, language=code)


def unsupported_note(language: str) -> str:
    """Why grammar is off for a script language LanguageTool does not have ("" when it has it)."""
    from studio.analysis.profile import UnsupportedLanguage, get_profile

    try:
        profile = get_profile(language)
    except UnsupportedLanguage:
        return f"no grammar check for '{language}'"
    return "" if profile.languagetool else f"LanguageTool has no {profile.name}"


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
        self._language = "en"
        self._current = grammar_settings(settings)
        self.service.configure(self._current)
        self.service.status.connect(self._on_status)
        self.service.progress.connect(self._on_progress)
        self.service.segment_ready.connect(self._on_ready)
        self.service.download_needed.connect(self._on_download_needed)
        self.question: QMessageBox | None = None
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
        self._follow_language(ctx.language if ctx is not None else "en")
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

    @Slot()
    def _on_download_needed(self) -> None:
        if self.settings.grammar_download == "no":
            self._on_status(NOT_DOWNLOADED)
        elif self.settings.grammar_download == "" and self.question is None:
            QTimer.singleShot(0, self._ask_download)   # not from inside the signal that reported it

    def _ask_download(self) -> None:
        """Ask once (non-blocking): Download → allowed and started; Not now → off, remembered."""
        if self.question is not None or self.settings.grammar_download:
            return
        parent = self.workspace.window() if isinstance(self.workspace, QWidget) else None
        self.question = download_question(download_info(), parent)
        self.question.finished.connect(self._answered)
        self.question.open()

    def _answered(self, _result: int) -> None:
        box, self.question = self.question, None
        if box is None:
            return
        clicked = box.clickedButton()
        agreed = clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.YesRole
        box.deleteLater()
        self.settings.grammar_download = "yes" if agreed else "no"   # "yes" restarts Local with the download
        if not agreed:
            self._on_status(NOT_DOWNLOADED)

    @Slot(str, float)
    def _on_progress(self, message: str, fraction: float) -> None:
        pct = f" {fraction:.0%}" if fraction >= 0 else ""
        self.label.setText(f"Grammar: {message}{pct}")
        if self.cancel_button is not None:
            self.cancel_button.show()

    def _follow_language(self, language: str) -> None:
        """Check in the open script's language (restarting LanguageTool when it changes)."""
        if language != self._language:
            self._language = language
            self._on_settings()

    @Slot()
    def _on_settings(self) -> None:
        wanted = grammar_settings(self.settings, self._language)
        if wanted != self._current:
            self._current = wanted
            self.service.configure(wanted, unsupported_note(self._language))
            self.service.start()
