"""LanguageTool findings reach the editor: highlighted at the right place (after an emoji), offered as
quick fixes, turned off per rule, and a server that is down is said once in the status bar."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton

from studio.store.models import SegmentDraft
from studio.ui.grammar_service import GrammarService
from studio.ui.grammar_wiring import GrammarController
from studio.ui.workspace import quickfix as qf
from studio.ui.workspace.offsets import qt_to_py

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "grammar"))
from fake_languagetool import FakeLanguageTool  # noqa: E402

TEXT = "😀 Walking is teh best medicine."


def _controller(qtbot, ws, settings):
    label, cancel = QLabel(), QPushButton()
    controller = GrammarController(ws, settings, label, GrammarService(), cancel)
    controller.start()
    return controller, label


def _grammar_entries(ws):
    card = ws.editor.cards[0]
    return card, [e for e in card.spoken.highlighter.entries if e.source == "languagetool"]


def test_spelling_from_own_server_is_highlighted_and_fixable(qtbot, library, script_id, settings, make_workspace):
    library.save_segments(script_id, [SegmentDraft("Hook", TEXT)])
    with FakeLanguageTool() as server:
        settings.grammar_mode = "server"
        settings.grammar_url = server.url
        ws = make_workspace(library)
        controller, label = _controller(qtbot, ws, settings)
        try:
            ws.open_script(script_id)
            qtbot.waitUntil(lambda: bool(_grammar_entries(ws)[1]), timeout=10_000)
            card, entries = _grammar_entries(ws)
            [entry] = entries
            text = card.spoken_text()
            assert text[qt_to_py(text, entry.start):qt_to_py(text, entry.end)] == "teh"
            assert entry.finding.kind == "spelling"
            fixes = qf.fixes_for(entry.finding)
            assert fixes[0].action == qf.REPLACE and fixes[0].value == "the"
            rule_off = next(f for f in fixes if f.action == qf.RULE_OFF)
            ws.fixes.apply(entry, rule_off)
            assert "MORFOLOGIK_RULE_EN_US" in settings.disabled_grammar_rules
            qtbot.waitUntil(lambda: not _grammar_entries(ws)[1], timeout=10_000)
        finally:
            controller.shutdown()


def test_server_down_is_said_once_and_analysis_goes_on(qtbot, library, script_id, settings, make_workspace):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    library.save_segments(script_id, [SegmentDraft("Hook", TEXT), SegmentDraft("Finding", "Teh end.")])
    settings.grammar_mode = "server"
    settings.grammar_url = f"http://127.0.0.1:{port}"
    ws = make_workspace(library)
    controller, label = _controller(qtbot, ws, settings)
    try:
        ws.open_script(script_id)
        qtbot.waitUntil(lambda: "not reachable" in label.text() or "could not" in label.text().casefold(),
                        timeout=10_000)
        qtbot.waitUntil(lambda: ws.result is not None, timeout=20_000)
        assert ws.result.findings is not None
        assert not _grammar_entries(ws)[1]
    finally:
        controller.shutdown()


def test_cancel_button_only_while_downloading(qtbot, library, settings, make_workspace):
    settings.grammar_mode = "off"
    ws = make_workspace(library)
    label, cancel = QLabel(), QPushButton()
    controller = GrammarController(ws, settings, label, GrammarService(), cancel)
    try:
        controller._on_progress("downloading LanguageTool", 0.35)
        assert not cancel.isHidden() and "35%" in label.text()
        controller._on_status("Grammar: off — LanguageTool could not be downloaded (no internet connection?)")
        assert cancel.isHidden()
    finally:
        controller.shutdown()
