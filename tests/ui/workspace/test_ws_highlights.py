"""Typing produces highlights at the right places; stale or failed analyses never break the editor."""

from __future__ import annotations

import threading

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from ws_helpers import wait_analysis

from studio.analysis.model import AnalysisResult, Metrics, SegmentResult
from studio.ui.workspace.colors import STYLES

CLAIM = "Statins cut myocardial infarction risk by 25% in adults."


def selections(card) -> list[tuple[int, int, QTextCharFormat]]:
    out = []
    for sel in card.spoken.extraSelections():
        out.append((sel.cursor.selectionStart(), sel.cursor.selectionEnd(), QTextCharFormat(sel.format)))
    return out


def span_of(card, needle: str) -> tuple[int, int]:
    found = card.spoken.document().find(needle)
    assert not found.isNull(), needle
    return found.selectionStart(), found.selectionEnd()


def is_jargon(fmt: QTextCharFormat) -> bool:
    return fmt.background().color() == QColor(STYLES["jargon"].background[0])


def is_uncited(fmt: QTextCharFormat) -> bool:
    return (fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
            and fmt.underlineColor() == QColor(STYLES["uncited_claim"].underline[0]))


def type_text(qtbot, card, text: str) -> None:
    card.spoken.setFocus()
    card.spoken.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(card.spoken, text)


def test_typing_highlights_jargon_and_uncited_claim(qtbot, make_workspace, library, script_id, nlp) -> None:
    from studio.analysis.engine import Analyzer

    ws = make_workspace(library, factory=lambda: Analyzer(nlp=nlp))   # built inside the analysis thread
    ws.open_script(script_id)
    card = ws.editor.cards[0]
    type_text(qtbot, card, CLAIM)
    wait_analysis(qtbot, ws)
    sels = selections(card)
    jargon = span_of(card, "myocardial infarction")
    assert any((s, e) == jargon and is_jargon(f) for s, e, f in sels)
    statins, pct = span_of(card, "Statins"), span_of(card, "25%")
    assert any(s <= statins[0] and e >= pct[1] and is_uncited(f) for s, e, f in sels)
    # Tooltip text of the highlight says what it is and what to do.
    entry = card.spoken.highlighter.entries_at(jargon[0] + 2)[0]
    assert entry.finding.kind == "jargon" and entry.finding.suggestions


def test_emoji_before_the_finding_does_not_shift_highlights(qtbot, make_workspace, library, script_id) -> None:
    ws = make_workspace(library)
    ws.open_script(script_id)
    card = ws.editor.cards[0]
    card.spoken.insertPlainText("👩‍⚕️😀 ")          # astral emoji: two UTF-16 units each
    type_text(qtbot, card, CLAIM)
    wait_analysis(qtbot, ws)
    sels = selections(card)
    jargon = span_of(card, "myocardial infarction")
    assert card.spoken_text().index("myocardial") != jargon[0]      # Python and Qt offsets really differ
    assert any((s, e) == jargon and is_jargon(f) for s, e, f in sels)
    pct = span_of(card, "25%")
    assert any(e >= pct[1] and s <= jargon[0] and is_uncited(f) for s, e, f in sels)


def test_editing_a_highlighted_word_drops_its_highlight_at_once(qtbot, make_workspace, library, script_id) -> None:
    ws = make_workspace(library)
    ws.open_script(script_id)
    card = ws.editor.cards[0]
    card.spoken.setPlainText("The placebo group and the myocardial infarction rate.")
    wait_analysis(qtbot, ws)
    start, end = span_of(card, "myocardial infarction")
    assert any((s, e) == (start, end) for s, e, _ in selections(card))
    cursor = card.spoken.textCursor()
    cursor.setPosition(start + 3)
    cursor.insertText("x")                               # no analysis has run yet
    assert not any(s <= start + 3 < e and is_jargon(f) for s, e, f in selections(card))


def test_hidden_kinds_are_neither_highlighted_nor_listed(qtbot, make_workspace, library, script_id,
                                                          settings) -> None:
    ws = make_workspace(library)
    ws.open_script(script_id)
    card = ws.editor.cards[0]
    card.spoken.setPlainText(CLAIM)
    wait_analysis(qtbot, ws)
    assert any(is_jargon(f) for *_, f in selections(card))
    settings.hidden_kinds = frozenset({"jargon"})
    assert not any(is_jargon(f) for *_, f in selections(card))
    assert all(item.entry.finding.kind != "jargon" for item in ws.panel.items)
    settings.hidden_kinds = frozenset()
    assert any(is_jargon(f) for *_, f in selections(card))


class SlowFake:
    """Answers revision 1 only after the gate opens, with findings for text that is no longer there."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.started = threading.Event()

    def analyze(self, segments, ctx, revision=0):
        if revision == 1:
            self.started.set()
            self.gate.wait(10)
        segs = tuple(SegmentResult(i, s.name, s.text, (), Metrics(words=len(s.text.split()),
                                                                   speaking_seconds=float(revision)))
                     for i, s in enumerate(segments))
        return AnalysisResult(segs, Metrics(speaking_seconds=float(revision)), revision)


def test_stale_results_are_dropped(qtbot, make_workspace, library, script_id) -> None:
    fake = SlowFake()
    ws = make_workspace(library, factory=lambda: fake)
    try:
        ws.open_script(script_id)                       # revision 1, held back by the gate
        first = ws.revision
        qtbot.waitUntil(fake.started.is_set, timeout=10_000)   # the worker is busy with it now
        ws.editor.cards[0].spoken.setPlainText("New text typed meanwhile.")
        ws.analyze_now()                                # revision 2
        assert ws.revision == first + 1
        results: list[int] = []
        ws.service.ready.connect(lambda rev, _r: results.append(rev))
        fake.gate.set()
        qtbot.waitUntil(lambda: first + 1 in results, timeout=5000)
    finally:
        fake.gate.set()
    assert results[0] == first                          # the old one did arrive …
    assert ws.result is not None and ws.result.revision == first + 1   # … but only the newest was used
    assert ws.dashboard.metrics is not None and ws.dashboard.metrics.speaking_seconds == float(first + 1)


def test_analysis_failure_shows_a_message_and_editing_goes_on(qtbot, make_workspace, library, script_id) -> None:
    class Broken:
        def analyze(self, segments, ctx, revision=0):
            raise RuntimeError("parser exploded")

    ws = make_workspace(library, factory=Broken)
    messages: list[str] = []
    ws.status_message.connect(messages.append)
    ws.open_script(script_id)
    qtbot.waitUntil(lambda: any("parser exploded" in m for m in messages), timeout=5000)
    card = ws.editor.cards[0]
    type_text(qtbot, card, "Still typing.")
    assert card.spoken_text() == "Still typing."


def test_model_loading_failure_is_reported(qtbot, make_workspace, library, script_id) -> None:
    def no_model():
        raise OSError("No English language model is installed (looked for en_core_web_sm)")

    messages: list[str] = []
    ws = make_workspace(library, factory=no_model, start=False)
    ws.status_message.connect(messages.append)
    ws.open_script(script_id)
    ws.service.start()
    qtbot.waitUntil(lambda: any("language model" in m for m in messages), timeout=5000)
    type_text(qtbot, ws.editor.cards[0], "Typing works without the model.")
    assert ws.editor.cards[0].spoken_text() == "Typing works without the model."
