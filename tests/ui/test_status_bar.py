"""Status bar: transient messages stay readable next to a long grammar status and the Undo button; the
grammar indicator is elided with its full text in the tooltip; menu hints do not hide the Undo button."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QStatusTipEvent
from PySide6.QtWidgets import QApplication
from shell_helpers import make_window

LONG_GRAMMAR = ("Grammar: off \u2014 LanguageTool could not be downloaded (no internet connection?) \u2014 "
                "grammar checking is off, other checks keep working; try again when online, or use your "
                "own LanguageTool server")


def _shown(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def _global_rect(widget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def test_confirmation_stays_visible_next_to_a_long_grammar_status(qtbot, tmp_path) -> None:
    window = _shown(qtbot, tmp_path)
    window.grammar_label.setText(LONG_GRAMMAR)
    window.show_message("Exported \u201cWalking after dinner\u201d to /home/me/Videos/walking.docx.")
    QApplication.processEvents()
    message = window.status.message_label
    assert message.isVisible()
    assert message.text().startswith("Exported")
    # The whole confirmation fits on screen at 1280 px; the grammar text is shortened instead.
    assert not message.is_elided()
    assert message.width() >= message.fontMetrics().horizontalAdvance(message.text())
    grammar = window.grammar_label
    assert grammar.is_elided() and grammar.shown_text().endswith("\u2026")
    assert grammar.toolTip() == LONG_GRAMMAR and grammar.text() == LONG_GRAMMAR
    assert grammar.width() < window.width() // 3
    assert not _global_rect(message).intersects(_global_rect(grammar))


def test_message_after_a_delete_does_not_overlap_the_undo_button(qtbot, tmp_path) -> None:
    window = _shown(qtbot, tmp_path)
    window.show_message("Deleted. Undo delete \u201cScript 1\u201d with Edit \u203a Undo delete (Ctrl+Alt+Z).")
    window._undo_changed("Undo delete \u201cScript 1\u201d")
    QApplication.processEvents()
    message, undo = window.status.message_label, window.undo_button
    assert message.isVisible() and undo.isVisible()
    assert not _global_rect(message).intersects(_global_rect(undo))
    # A second message replaces the first (one line, never two drawn over each other).
    window.show_message("Restored.")
    assert message.text() == "Restored." and window.statusBar().currentMessage() == ""


def test_menu_hint_shows_in_the_message_line_and_keeps_the_undo_button(qtbot, tmp_path) -> None:
    window = _shown(qtbot, tmp_path)
    window._undo_changed("Undo delete \u201cScript 1\u201d")
    window.show_message("Deleted.")
    QApplication.sendEvent(window, QStatusTipEvent("Save a labelled version of this script"))
    assert window.status.message_label.text() == "Save a labelled version of this script"
    assert window.undo_button.isVisible()
    QApplication.sendEvent(window, QStatusTipEvent(""))
    assert window.status.message_label.text() == "Deleted."


def test_messages_expire(qtbot, tmp_path) -> None:
    window = _shown(qtbot, tmp_path)
    window.status.show_message("Saved.", timeout_ms=50)
    qtbot.waitUntil(lambda: window.status.message_label.text() == "", timeout=2000)


def test_short_indicators_are_shown_in_full(qtbot, tmp_path) -> None:
    window = _shown(qtbot, tmp_path)
    window.statusBar().setStyleSheet("QLabel { padding: 0 8px; }")      # as the app's style pads them
    window.analysis_label.setText("Starting analysis\u2026")
    window.grammar_label.setText("Grammar: starting LanguageTool\u2026")
    window.show_message("Opened \u201cCan a walk help with depression?\u201d")
    QApplication.processEvents()
    assert not window.analysis_label.is_elided()
    assert not window.grammar_label.is_elided()
    assert not window.status.message_label.is_elided()
