"""Findings panel and quick fixes: each fix changes the text (undoably) and the store as it should."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton
from ws_helpers import wait_analysis

from studio.store.library import Library
from studio.ui.settings import AppSettings
from studio.ui.workspace import ScriptWorkspace
from studio.ui.workspace import quickfix as qf
from studio.ui.workspace.analysis_service import AnalysisService
from studio.ui.workspace.cite_dialog import CitationChoice, CiteDialog

CLAIM = "Statins cut myocardial infarction risk by 25% in adults."
SUMMARY = ("A meta-analysis of 27 randomised trials in adults. Statins reduced the risk of myocardial "
           "infarction by 25% over five years. Muscle symptoms were rare.")


def open_with_text(qtbot, ws: ScriptWorkspace, script_id: int, text: str):
    ws.open_script(script_id)
    card = ws.editor.cards[0]
    card.spoken.setPlainText(text)
    wait_analysis(qtbot, ws)
    return card


def entry_of(ws: ScriptWorkspace, kind: str, text: str | None = None):
    for item in ws.panel.items:
        f = item.entry.finding
        if f.kind == kind and (text is None or f.text == text):
            return item.entry
    raise AssertionError(f"no {kind} finding {text!r}: {[i.entry.finding.kind for i in ws.panel.items]}")


def fix_of(ws: ScriptWorkspace, entry, action: str) -> qf.Fix:
    return next(f for f in ws.fixes.fixes_for_entry(entry) if f.action == action)


def kinds_of(ws: ScriptWorkspace) -> list[tuple[str, str, bool]]:
    return [(i.entry.finding.kind, i.entry.finding.text, i.entry.finding.dismissed) for i in ws.panel.items]


def test_clicking_a_finding_selects_its_text(qtbot, make_workspace, library, script_id) -> None:
    ws = make_workspace(library)
    card = open_with_text(qtbot, ws, script_id, "Hello there. " + CLAIM)
    entry = entry_of(ws, "jargon", "myocardial infarction")
    item = ws.panel.item_for(entry)
    ws.panel.tree.scrollToItem(item)
    rect = ws.panel.tree.visualItemRect(item)
    qtbot.mouseClick(ws.panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert card.spoken.textCursor().selectedText() == "myocardial infarction"
    assert ws.panel.detail.text().count("Jargon")


def test_replace_with_plain_alternative_is_undoable_and_saved(qtbot, make_workspace, library,
                                                              script_id) -> None:
    ws = make_workspace(library)
    card = open_with_text(qtbot, ws, script_id, CLAIM)
    entry = entry_of(ws, "jargon", "myocardial infarction")
    ws.panel.tree.setCurrentItem(ws.panel.item_for(entry))
    button = next(b for b in ws.panel.findChildren(QPushButton) if "heart attack" in b.text())
    button.click()
    assert card.spoken_text() == "Statins cut heart attack risk by 25% in adults."
    assert library.get_script(script_id).segments[0].spoken == card.spoken_text()   # saved at once
    wait_analysis(qtbot, ws)
    assert ("jargon", "myocardial infarction", False) not in kinds_of(ws)
    card.spoken.undo()
    assert card.spoken_text() == CLAIM


def test_acronym_is_spelled_out_with_the_acronym_kept(qtbot, make_workspace, library, script_id) -> None:
    ws = make_workspace(library)
    card = open_with_text(qtbot, ws, script_id, "The RCT was small.")
    entry = entry_of(ws, "acronym", "RCT")
    fix = fix_of(ws, entry, qf.REPLACE)
    ws.fixes.apply(entry, fix)
    assert "(RCT)" in card.spoken_text() and card.spoken_text().startswith("The ")
    assert card.spoken_text() != "The RCT was small."


def test_keep_term_adds_it_to_the_allow_list(qtbot, make_workspace, library, script_id) -> None:
    ws = make_workspace(library)
    open_with_text(qtbot, ws, script_id, CLAIM)
    entry = entry_of(ws, "jargon", "myocardial infarction")
    ws.fixes.apply(entry, fix_of(ws, entry, qf.ALLOW))
    wait_analysis(qtbot, ws)
    project_id = library.list_projects()[0].id
    assert "myocardial infarction" in {t.term for t in library.list_terms(project_id) if t.allowed}
    assert ("jargon", "myocardial infarction", False) not in kinds_of(ws)


def test_cite_inserts_marker_and_records_citation(qtbot, make_workspace, library, script_id) -> None:
    project_id = library.list_projects()[0].id
    source = library.add_source(project_id, title="Statin trials meta-analysis", key="ctt2012",
                                authors="CTT", year=2012, summary=SUMMARY)
    ws = make_workspace(library)
    card = open_with_text(qtbot, ws, script_id, CLAIM + " Ask your doctor.")
    entry = entry_of(ws, "uncited_claim")
    passage = qf.passages(SUMMARY)[1]
    asked: list[str] = []

    def choose(parent, claim, sources):
        asked.append(claim)
        return CitationChoice(next(s for s in sources if s.id == source.id), passage)

    ws.fixes.ask_citation = choose
    ws.fixes.apply(entry, fix_of(ws, entry, qf.CITE))
    assert card.spoken_text() == ("Statins cut myocardial infarction risk by 25% in adults [@ctt2012]. "
                                  "Ask your doctor.")
    citations = library.list_citations(script_id)
    assert [(c.source_id, c.passage) for c in citations] == [(source.id, passage)]
    assert citations[0].segment_id == library.get_script(script_id).segments[0].id
    wait_analysis(qtbot, ws)
    assert not [k for k in kinds_of(ws) if k[0] == "uncited_claim"]
    card.spoken.undo()
    assert "[@ctt2012]" not in card.spoken_text()


def test_dismissal_is_stored_and_survives_a_restart(qtbot, make_workspace, library, script_id, store_path,
                                                    tmp_path) -> None:
    ws = make_workspace(library)
    card = open_with_text(qtbot, ws, script_id, CLAIM)
    entry = entry_of(ws, "jargon", "myocardial infarction")
    ws.fixes.ask_reason = lambda parent, finding: "My viewers are cardiologists"
    ws.fixes.apply(entry, fix_of(ws, entry, qf.DISMISS))
    spans = card.spoken.highlighter.extra_selection_spans()
    assert not [s for s in spans if s[2] == "jargon" and s[0] <= entry.start < s[1]]
    assert ("jargon", "myocardial infarction", True) in kinds_of(ws)
    stored = library.list_dismissals(script_id)
    assert [(d.kind, d.text, d.reason) for d in stored] == [
        ("jargon", "myocardial infarction", "My viewers are cardiologists")]

    # "Restart": a new workspace, service and library connection on the same store file.
    ws.close_script()
    lib2 = Library.open(store_path)
    try:
        settings2 = AppSettings(QSettings(str(tmp_path / "s2.ini"), QSettings.Format.IniFormat))
        service2 = AnalysisService(analyzer_factory=ws.service._worker._factory)
        ws2 = ScriptWorkspace(lib2, settings2, service2)
        qtbot.addWidget(ws2)
        service2.start()
        try:
            ws2.open_script(script_id)
            wait_analysis(qtbot, ws2)
            assert ("jargon", "myocardial infarction", True) in kinds_of(ws2)
            card2 = ws2.editor.cards[0]
            assert card2.spoken_text() == CLAIM
            dismissed = entry_of(ws2, "jargon", "myocardial infarction")
            assert not [s for s in card2.spoken.highlighter.extra_selection_spans() if s[2] == "jargon"
                        and s[0] <= dismissed.start < s[1]]
            ws2.fixes.apply(dismissed, fix_of(ws2, dismissed, qf.RESTORE))
            assert lib2.list_dismissals(script_id) == []
            wait_analysis(qtbot, ws2)
            assert ("jargon", "myocardial infarction", False) in kinds_of(ws2)
        finally:
            ws2.close_script()
            service2.shutdown()
    finally:
        lib2.close()


def test_f8_walks_through_findings(qtbot, make_workspace, library, script_id) -> None:
    ws = make_workspace(library)
    card = open_with_text(qtbot, ws, script_id, "The placebo arm. The myocardial infarction rate.")
    card.spoken.setFocus()
    cursor = card.spoken.textCursor()
    cursor.setPosition(0)
    card.spoken.setTextCursor(cursor)
    words = ["placebo", "myocardial infarction"]
    ws.goto_finding(1)
    first = card.spoken.textCursor().selectedText()
    ws.goto_finding(1)
    second = card.spoken.textCursor().selectedText()
    assert first != second and {first, second} <= {*words, *[e.current_text() for e in
                                                              card.spoken.highlighter.visible_entries()]}
    ws.goto_finding(-1)
    assert card.spoken.textCursor().selectedText() == first


def test_cite_dialog_suggests_the_matching_source_and_passage(qtbot) -> None:
    from studio.store.models import Source

    sources = [Source(1, 1, "other2020", title="Sleep and screens", summary="Teens slept less. Screens at night."),
               Source(2, 1, "ctt2012", title="Statin trials", summary=SUMMARY, position=2)]
    dialog = CiteDialog(CLAIM, sources)
    qtbot.addWidget(dialog)
    choice = dialog.choice()
    assert choice is not None and choice.source.key == "ctt2012"
    assert "25%" in choice.passage
    dialog.filter_edit.setText("sleep")
    assert dialog.choice().source.key == "other2020"


def test_citation_position_goes_before_final_punctuation() -> None:
    text = "Statins cut risk by 25%. Next one"
    assert qf.citation_position(text, 0, 24) == 23
    assert qf.citation_position(text, 0, 10) == 23
    assert qf.citation_position("No punctuation here  ", 0, 5) == 19
    assert qf.citation_position("Dose was 2.5 mg daily.", 0, 12) == 21


def test_editor_context_menu_offers_the_fixes_of_the_word_under_the_mouse(qtbot, make_workspace, library,
                                                                           script_id) -> None:
    from PySide6.QtWidgets import QMenu

    ws = make_workspace(library)
    card = open_with_text(qtbot, ws, script_id, CLAIM)
    pos = card.spoken.document().find("infarction").selectionStart()
    entries = card.spoken.highlighter.entries_at(pos)
    assert entries and entries[0].finding.kind == "jargon"         # the word before its sentence
    menu = QMenu()
    card.menu_provider(card, entries, menu)
    labels = [a.text() for a in menu.actions()]
    assert any("heart attack" in label for label in labels) and any("Dismiss" in label for label in labels)
    next(a for a in menu.actions() if a.text().startswith("Replace") and "heart attack" in a.text()).trigger()
    assert "heart attack" in card.spoken_text()


def test_soften_replaces_the_strong_wording_inside_the_claim(qtbot, make_workspace, library, script_id) -> None:
    ws = make_workspace(library)
    text = "Hello! Regular exercise prevents depression in older adults."
    card = open_with_text(qtbot, ws, script_id, text)
    entry = entry_of(ws, "uncited_claim")
    soften = next(f for f in ws.fixes.fixes_for_entry(entry) if f.action == qf.SOFTEN)
    assert soften.old == "prevents"
    ws.fixes.apply(entry, soften)
    assert card.spoken_text() == text.replace(" prevents ", f" {soften.value} ", 1)
    card.spoken.undo()
    assert card.spoken_text() == text


def test_citation_marker_offers_to_open_its_source(qtbot, make_workspace, library, script_id) -> None:
    from PySide6.QtWidgets import QMenu

    project_id = library.list_projects()[0].id
    source = library.add_source(project_id, title="Statin trials", key="ctt2012", summary=SUMMARY)
    ws = make_workspace(library)
    card = open_with_text(qtbot, ws, script_id, "😀 Statins cut risk by 25% [@ctt2012].")
    opened: list[int] = []
    ws.open_source_requested.connect(opened.append)
    menu = QMenu()
    card.position_menu_provider(card, card.spoken.document().find("ctt2012").selectionStart(), menu)
    action = next(a for a in menu.actions() if "ctt2012" in a.text())
    action.trigger()
    assert opened == [source.id]
