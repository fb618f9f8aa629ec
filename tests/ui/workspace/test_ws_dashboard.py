"""Dashboard: platform preset sets the project's target; the length bar turns red past the target;
external (grammar) findings; the legend hides kinds; segment headers show speaking time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ws_helpers import wait_analysis

from studio.analysis.model import Finding
from studio.store.models import PLATFORM_PRESETS

LONG = ("Walking after dinner is a simple habit that many people can start tonight. " * 6).strip()


def test_platform_preset_sets_the_project_target(qtbot, make_workspace, library, script_id) -> None:
    ws = make_workspace(library)
    ws.open_script(script_id)
    card = ws.editor.cards[0]
    card.spoken.setPlainText(LONG)
    wait_analysis(qtbot, ws)
    assert ws.dashboard.preset_combo.currentText() == "TikTok 60 s"
    assert card.seconds is not None and card.seconds > 15
    assert card.seconds_label.text() == f"{card.seconds:.0f} s"
    assert not ws.dashboard.bar.over_target
    combo = ws.dashboard.preset_combo
    index = combo.findText("TikTok 15 s")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    project = library.get_project(library.list_projects()[0].id)
    assert (project.platform, project.target_seconds) == ("TikTok 15 s", PLATFORM_PRESETS["TikTok 15 s"])
    wait_analysis(qtbot, ws)
    assert ws.dashboard.bar.over_target
    assert "too long" in ws.dashboard.time_label.text()


def test_custom_target_is_shown_as_custom(qtbot, make_workspace, library, script_id) -> None:
    project_id = library.list_projects()[0].id
    library.update_project(project_id, platform="TikTok 60 s", target_seconds=45)
    ws = make_workspace(library)
    ws.open_script(script_id)
    assert ws.dashboard.preset_combo.currentText() == "Custom (45 s)"


def test_external_findings_are_shown_until_the_text_changes(qtbot, make_workspace, library, script_id) -> None:
    ws = make_workspace(library)
    ws.open_script(script_id)
    texts: list[tuple[int, str]] = []
    ws.segment_text_changed.connect(lambda i, t: texts.append((i, t)))
    card = ws.editor.cards[1]
    card.spoken.insertPlainText("😀 ")
    qtbot.keyClicks(card.spoken, "Their is a problem.")
    qtbot.waitUntil(lambda: (1, card.spoken_text()) in texts, timeout=3000)
    text = card.spoken_text()
    start = text.index("Their")
    finding = Finding("grammar", start, start + 5, "Their", "Did you mean “There”?", ("There",),
                      rule_id="LT:THEIR_IS")
    ws.set_external_findings("languagetool", 1, "stale text", [finding])     # ignored: text differs
    assert not [e for e in card.spoken.highlighter.entries if e.source == "languagetool"]
    ws.set_external_findings("languagetool", 1, text, [finding])
    spans = card.spoken.highlighter.extra_selection_spans()
    qt_start = card.spoken.document().find("Their").selectionStart()
    assert (qt_start, qt_start + 5, "grammar") in spans
    entry = next(i.entry for i in ws.panel.items if i.entry.finding.kind == "grammar")
    replace = next(f for f in ws.fixes.fixes_for_entry(entry) if f.action == "replace")
    ws.fixes.apply(entry, replace)
    assert card.spoken_text() == "😀 There is a problem."
    assert (qt_start, qt_start + 5, "grammar") not in card.spoken.highlighter.extra_selection_spans()


def test_legend_hides_a_kind_through_the_settings(qtbot, make_workspace, library, script_id, settings) -> None:
    ws = make_workspace(library)
    ws.open_script(script_id)
    ws.panel.legend.boxes["passive_voice"].setChecked(False)
    assert "passive_voice" in settings.hidden_kinds
    settings.hidden_kinds = frozenset()
    assert ws.panel.legend.boxes["passive_voice"].isChecked()


def test_keyboard_f8_and_segment_shortcuts(qtbot, make_workspace, library, script_id) -> None:
    ws = make_workspace(library)
    ws.open_script(script_id)
    ws.window().activateWindow()
    card = ws.editor.cards[0]
    card.spoken.setPlainText("The placebo arm did well.")
    wait_analysis(qtbot, ws)
    card.spoken.setFocus()
    qtbot.waitUntil(card.spoken.hasFocus, timeout=2000)
    qtbot.keyClick(card.spoken, Qt.Key.Key_F8)
    assert card.spoken.textCursor().selectedText() == "placebo"
    qtbot.keyClick(card.spoken, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [c.name for c in ws.editor.cards][:2] == ["Context", "Hook"]
    ws.flush()
    assert [s.name for s in library.get_script(script_id).segments][:2] == ["Context", "Hook"]


def test_zoomed_in_on_a_small_screen_no_dashboard_value_is_cut(qtbot, make_workspace, library, script_id) -> None:
    from studio.ui.fonts import zoom_style_sheet
    from studio.ui.workspace.fit_scroll import FitScroll

    project_id = library.list_projects()[0].id
    library.update_project(project_id, platform="TikTok 15 s", target_seconds=15)
    ws = make_workspace(library)
    ws.setStyleSheet(zoom_style_sheet(150))
    ws.resize(1000, 660)            # the workspace of a 1280x720 window with the library beside it
    ws.open_script(script_id)
    ws.editor.cards[0].spoken.setPlainText(LONG)
    wait_analysis(qtbot, ws)
    qtbot.wait(50)
    dash = ws.dashboard
    assert "too long" in dash.time_label.text()
    for label in (dash.time_label, dash.grade_label, dash.ease_label, dash.jargon_label, dash.claims_label,
                  dash.segments_label):
        # every value gets the width of its longest word and the height of all its wrapped lines
        assert label.width() >= label.minimumSizeHint().width(), label.text()
        assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert label.x() + label.width() <= dash.width()
    assert "&nbsp;s</b>" in dash.segments_label.text()        # "10 s" is never split over two lines
    scroll = ws.findChild(FitScroll)
    assert dash.width() <= scroll.viewport().width()          # nothing hidden past the right edge
    # the findings below keep a usable height; the dashboard scrolls instead
    assert ws.panel.height() >= ws.panel.minimumSizeHint().height()
    assert scroll.height() <= scroll.widget().height() or scroll.verticalScrollBar().maximum() == 0
