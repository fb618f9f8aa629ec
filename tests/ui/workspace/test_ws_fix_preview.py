"""Quick fixes in the window: the menu and the findings panel show the whole resulting sentence, the new
words are marked after applying, one undo takes the fix back wherever the focus is, and alternatives that
fit no edit are shown instead of pasted."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QWidgetAction
from test_ws_fixes import entry_of, open_with_text
from ws_helpers import wait_analysis

from studio.ui.workspace import quickfix as qf

EFFICACY = "In four trials, the efficacy of exercise was about the same as CBT."
RESULT = "In four trials, how well exercise works was about the same as CBT."


def _previews(menu: QMenu) -> list[str]:
    return [a.defaultWidget().text() for a in menu.actions()
            if isinstance(a, QWidgetAction) and isinstance(a.defaultWidget(), QLabel)
            and a.defaultWidget().objectName() != "fix_header"]


def test_menu_shows_the_whole_sentence_each_fix_makes(qtbot, make_workspace, library, script_id) -> None:
    ws = make_workspace(library)
    card = open_with_text(qtbot, ws, script_id, EFFICACY)
    entry = entry_of(ws, "jargon", "efficacy")
    menu = QMenu()
    ws.fixes.fill_menu(card, [entry], menu)
    labels = [a.text() for a in menu.actions()]
    assert "Replace with \u201chow well exercise works\u201d" in labels
    previews = _previews(menu)
    assert previews and "<b>how well exercise works</b>" in previews[0]
    assert "In four trials, " in previews[0] and "was about the same as CBT." in previews[0]
    assert not any("the how" in p for p in previews)


def test_panel_button_applies_the_previewed_sentence_marks_it_and_undoes_in_one_step(
        qtbot, make_workspace, library, script_id) -> None:
    ws = make_workspace(library)
    card = open_with_text(qtbot, ws, script_id, EFFICACY)
    entry = entry_of(ws, "jargon", "efficacy")
    ws.panel.tree.setCurrentItem(ws.panel.item_for(entry))
    previews = [w.text() for w in ws.panel.findChildren(QLabel, "fix_preview")]
    assert any("how well exercise works" in p for p in previews)
    button = next(b for b in ws.panel.findChildren(QPushButton) if "how well exercise works\u201d" in b.text())
    ws.panel.tree.setFocus()
    button.click()
    assert card.spoken_text() == RESULT
    start, end = card.spoken.highlighter.flash_span()
    assert card.spoken_text()[start:end] == "how well exercise works"      # the new words are marked
    wait_analysis(qtbot, ws)
    # The focus is still in the findings panel: the Edit menu's Undo acts on the segment edited last.
    assert ws.fixes.undo_text()
    assert card.spoken_text() == EFFICACY
    assert ws.fixes.redo_text()
    assert card.spoken_text() == RESULT


def test_soften_goes_on_the_verb_in_the_app_too(qtbot, make_workspace, library, script_id) -> None:
    ws = make_workspace(library)
    card = open_with_text(qtbot, ws, script_id, "Exercise cuts depression risk by 30%.")
    entry = entry_of(ws, "uncited_claim")
    soften = next(f for f in ws.fixes.fixes_for_entry(entry) if f.action == qf.SOFTEN)
    assert soften.rewrite is not None and soften.rewrite.result == "Exercise may cut depression risk by 30%."
    ws.fixes.apply(entry, soften)
    assert card.spoken_text() == "Exercise may cut depression risk by 30%."


def test_alternatives_that_fit_no_edit_are_shown_not_pasted(qtbot, make_workspace, library, script_id) -> None:
    ws = make_workspace(library)
    text = "Statins work, and their efficacy is well known."
    card = open_with_text(qtbot, ws, script_id, text)
    entry = entry_of(ws, "jargon", "efficacy")
    fixes = ws.fixes.fixes_for_entry(entry)
    assert not any(f.action in qf.EDITS for f in fixes)
    show = next(f for f in fixes if f.action == qf.SHOW)
    shown: list[tuple[str, str]] = []
    ws.fixes.show_text = lambda parent, title, body: shown.append((title, body))
    ws.fixes.apply(entry, show)
    assert shown and "how well it works" in shown[0][1]
    assert card.spoken_text() == text


def test_a_fix_planned_on_old_text_is_refused_after_an_edit(qtbot, make_workspace, library, script_id) -> None:
    ws = make_workspace(library)
    card = open_with_text(qtbot, ws, script_id, EFFICACY)
    entry = entry_of(ws, "jargon", "efficacy")
    fix = next(f for f in ws.fixes.fixes_for_entry(entry) if f.action == qf.REPLACE)
    cursor = card.spoken.textCursor()
    cursor.setPosition(card.spoken.document().find("exercise").selectionStart())
    cursor.insertText("daily ")
    messages: list[str] = []
    ws.status_message.connect(messages.append)
    ws.fixes.apply(entry, fix)
    assert "the efficacy of daily exercise" in card.spoken_text()
    assert any("edited meanwhile" in m for m in messages)


def test_edit_menu_undo_reaches_the_text_from_the_findings_panel(qtbot, make_workspace, library, script_id,
                                                                 settings) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    from studio.ui.main_window import MainWindow

    ws = make_workspace(library)
    window = MainWindow(library, settings, service=ws.service, workspace=ws)
    qtbot.addWidget(window)
    window.show()
    card = open_with_text(qtbot, ws, script_id, EFFICACY)
    entry = entry_of(ws, "jargon", "efficacy")
    ws.fixes.apply(entry, next(f for f in ws.fixes.fixes_for_entry(entry) if f.action == qf.REPLACE))
    assert card.spoken_text() == RESULT
    undo = window.menu_actions["undo_text"]
    assert QKeySequence("Ctrl+Z") in undo.shortcuts()
    ws.panel.tree.setFocus()
    undo.trigger()
    assert card.spoken_text() == EFFICACY
    window.menu_actions["redo_text"].trigger()
    assert card.spoken_text() == RESULT
    # The keyboard too: Ctrl+Z pressed while the findings list has the focus.
    window.activateWindow()
    ws.panel.tree.setFocus()
    qtbot.waitUntil(lambda: ws.panel.tree.hasFocus(), timeout=2000)
    qtbot.keyClick(ws.panel.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert card.spoken_text() == EFFICACY


def test_undo_and_redo_replace_the_fix_message_in_the_status_bar(qtbot, make_workspace, library, script_id,
                                                                settings) -> None:
    from PySide6.QtCore import Qt

    from studio.ui.main_window import MainWindow

    ws = make_workspace(library)
    window = MainWindow(library, settings, service=ws.service, workspace=ws)
    qtbot.addWidget(window)
    window.show()
    card = open_with_text(qtbot, ws, script_id, "Exercise cuts depression risk by 30%.")
    entry = entry_of(ws, "uncited_claim")
    ws.fixes.apply(entry, next(f for f in ws.fixes.fixes_for_entry(entry) if f.action == qf.SOFTEN))
    qtbot.waitUntil(lambda: window.status.message.startswith("Softened"), timeout=2000)
    # Ctrl+Z typed in the editor itself (the editor's own undo, not the Edit menu)
    card.spoken.setFocus()
    qtbot.keyClick(card.spoken, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert card.spoken_text() == "Exercise cuts depression risk by 30%."
    qtbot.waitUntil(lambda: "Softened" not in window.status.message, timeout=2000)
    assert window.status.message.startswith("Undone")
    window.menu_actions["redo_text"].trigger()
    assert card.spoken_text() == "Exercise may cut depression risk by 30%."
    qtbot.waitUntil(lambda: window.status.message.startswith("Redone"), timeout=2000)
    # plain typing keeps whatever the status bar says
    before = window.status.message
    qtbot.keyClicks(card.spoken, "x")
    qtbot.wait(20)
    assert window.status.message == before



def test_menu_heading_shows_the_whole_message_wrapped_within_a_small_screen(qtbot, make_workspace, library,
                                                                            script_id) -> None:
    ws = make_workspace(library)
    card = open_with_text(qtbot, ws, script_id, EFFICACY)
    entry = entry_of(ws, "jargon", "efficacy")
    menu = QMenu()
    qtbot.addWidget(menu)
    ws.fixes.fill_menu(card, [entry], menu)
    heading = next(a for a in menu.actions() if isinstance(a, QWidgetAction)
                   and a.defaultWidget().objectName() == "fix_header")
    label = heading.defaultWidget()
    assert entry.finding.message in label.text()                 # not cut at 80 characters mid-word
    assert label.toolTip() == label.text() and label.wordWrap()
    assert not heading.isEnabled()
    menu.popup(QPoint(0, 0))
    qtbot.waitExposed(menu)
    assert menu.width() <= 1280 - 40                              # fits a 1280 px screen with room to spare
    assert label.height() >= label.heightForWidth(label.width())  # every wrapped line is shown
    menu.close()
