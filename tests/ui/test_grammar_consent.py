"""No network without consent: starting the app and checking a script opens no socket beyond this machine;
the first time Local grammar would download LanguageTool the user is asked (size, where from, what for);
"Not now" keeps grammar off and is not asked again at the next start; "Download" allows it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from shell_helpers import make_settings

from studio.ui.app import build_window
from studio.ui.grammar_service import GrammarService
from studio.ui.grammar_wiring import NOT_DOWNLOADED
from studio.ui.workspace.analysis_service import AnalysisService


def _start(qtbot, tmp_path, settings, analyzer):
    window = build_window(str(tmp_path / "lib.studio.db"), settings,
                          service=AnalysisService(analyzer_factory=lambda: analyzer),
                          grammar_service=GrammarService())
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    window.start_services()
    return window


def _click(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()


def test_first_start_asks_before_downloading_and_not_now_is_remembered(
        qtbot, tmp_path, analyzer, ltp_home, fake_java17, network_attempts) -> None:
    settings = make_settings(tmp_path)                  # defaults: grammar "auto", never asked
    window = _start(qtbot, tmp_path, settings, analyzer)
    ws = window.workspace
    qtbot.waitUntil(lambda: ws.result is not None, timeout=20_000)       # the demo script was checked
    qtbot.waitUntil(lambda: window.grammar.question is not None, timeout=10_000)
    box = window.grammar.question
    text = box.informativeText()
    assert "250 MB" in text and "languagetool" in text.lower() and str(ltp_home) in text
    assert "never sent" in text
    assert network_attempts == []
    _click(box, "Not now")
    assert settings.grammar_download == "no"
    assert window.grammar_label.text() == NOT_DOWNLOADED
    window.close()

    again = _start(qtbot, tmp_path, settings, analyzer)                  # next start: no question
    qtbot.waitUntil(lambda: again.grammar_label.text() == NOT_DOWNLOADED, timeout=10_000)
    qtbot.wait(200)
    assert again.grammar.question is None
    assert network_attempts == []
    again.close()


def test_download_answer_allows_the_download(qtbot, tmp_path, analyzer, ltp_home, fake_java17,
                                             network_attempts) -> None:
    settings = make_settings(tmp_path)
    window = _start(qtbot, tmp_path, settings, analyzer)
    qtbot.waitUntil(lambda: window.grammar.question is not None, timeout=10_000)
    assert network_attempts == []
    _click(window.grammar.question, "Download")
    assert settings.grammar_download == "yes"
    assert window.grammar.service.settings.allow_download
    # Offline (the guard refuses): one clear failure, then it waits — no retry loop.
    qtbot.waitUntil(lambda: "could not be downloaded" in window.grammar_label.text(), timeout=15_000)
    tries = len(network_attempts)
    assert tries >= 1
    qtbot.wait(500)
    assert len(network_attempts) == tries
    window.close()
