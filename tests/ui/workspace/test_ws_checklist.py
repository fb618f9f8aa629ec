"""The short-form checklist beside the dashboard: automatic items follow the analysis, hand ticks are saved
with the script and survive reopening, clicking back to the automatic verdict forgets the hand tick."""

from __future__ import annotations

from ws_helpers import wait_analysis

from studio.analysis import checklist as c

HOOK = "Walking after dinner lowers blood sugar."
BODY = "In one study, a daily walk cut the risk of diabetes by 20%. Try a ten-minute walk tonight."


def _open(qtbot, make_workspace, library, script_id):
    ws = make_workspace(library)
    ws.open_script(script_id)
    cards = ws.editor.cards
    cards[0].spoken.setPlainText(HOOK)
    cards[1].spoken.setPlainText(BODY)
    wait_analysis(qtbot, ws)
    return ws


def test_checklist_shows_automatic_results_beside_the_dashboard(qtbot, make_workspace, library, script_id):
    ws = _open(qtbot, make_workspace, library, script_id)
    panel = ws.checklist
    assert panel.isVisible() and panel.parent() is ws.dashboard.parent()
    assert panel.boxes[c.CALL_TO_ACTION].isChecked()             # "Try a ten-minute walk tonight"
    assert not panel.boxes[c.PLAIN_RISK].isChecked()             # "by 20%" with no absolute figures
    assert "cut the risk of diabetes by 20%" in panel.boxes[c.PLAIN_RISK].toolTip()
    assert not panel.boxes[c.CLAIMS_CITED].isChecked()           # uncited statistic
    assert not panel.boxes[c.MAIN_MESSAGE].isChecked()           # for the creator to judge
    done = sum(box.isChecked() for box in panel.boxes.values())
    assert panel.header.text() == f"Checklist \u2014 {done} of 5"
    cards = ws.editor.cards
    cards[1].spoken.setPlainText(BODY + " Then follow for more, and share it.")
    wait_analysis(qtbot, ws)
    assert not panel.boxes[c.CALL_TO_ACTION].isChecked()         # now three calls to action
    assert "(3)" in panel.boxes[c.CALL_TO_ACTION].text()


def test_hand_ticks_are_saved_with_the_script(qtbot, make_workspace, library, script_id):
    ws = _open(qtbot, make_workspace, library, script_id)
    panel = ws.checklist
    panel.boxes[c.MAIN_MESSAGE].click()
    assert panel.boxes[c.MAIN_MESSAGE].isChecked()
    assert library.checklist_ticks(script_id) == {c.MAIN_MESSAGE: True}
    panel.boxes[c.PLAIN_RISK].click()                            # overrule the automatic check
    assert panel.boxes[c.PLAIN_RISK].isChecked() and "(you)" in panel.boxes[c.PLAIN_RISK].text()
    ws.close_script()
    assert not panel.isEnabled()
    ws.open_script(script_id)
    wait_analysis(qtbot, ws)
    assert panel.boxes[c.MAIN_MESSAGE].isChecked() and panel.boxes[c.PLAIN_RISK].isChecked()
    panel.boxes[c.PLAIN_RISK].click()                            # back to what the analysis says
    assert library.checklist_ticks(script_id) == {c.MAIN_MESSAGE: True}
    assert not panel.boxes[c.PLAIN_RISK].isChecked()
