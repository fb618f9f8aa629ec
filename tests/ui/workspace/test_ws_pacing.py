"""Highlights follow edits quickly: a short wait after an isolated edit, a longer one while typing fast."""

from __future__ import annotations

from ws_helpers import wait_analysis

from studio.ui.workspace.pacing import EditPacer


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_isolated_edit_is_analysed_sooner_than_a_burst_of_typing() -> None:
    clock = Clock()
    pacer = EditPacer(clock=clock)
    first = pacer.delay_ms()                   # the first edit after a while
    clock.now += 0.08
    burst = [pacer.delay_ms()]
    for _ in range(5):
        clock.now += 0.1                       # a key every 100 ms
        burst.append(pacer.delay_ms())
    clock.now += 2.0
    after_pause = pacer.delay_ms()
    assert first == after_pause < min(burst)
    assert max(burst) <= 100                   # + ~25 ms of analysis: within ~150 ms of the last key


def test_workspace_uses_a_short_wait_for_a_single_edit(qtbot, make_workspace, library, script_id) -> None:
    ws = make_workspace(library)
    ws.open_script(script_id)
    wait_analysis(qtbot, ws)
    card = ws.editor.cards[0]
    qtbot.wait(400)
    qtbot.keyClicks(card.spoken, "x")
    single = ws._debounce.interval()
    qtbot.keyClicks(card.spoken, "yz")          # typed right after: a burst
    typing = ws._debounce.interval()
    assert single <= 60 < typing <= 100
    wait_analysis(qtbot, ws)
    assert ws.result.segments[0].text == card.spoken_text()
