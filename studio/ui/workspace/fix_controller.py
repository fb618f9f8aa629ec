"""Carries out quick fixes for the workspace: text edits through the editor's undo stack, then the store
(allow-list, citations, dismissals), then a fresh analysis."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QLabel, QMenu, QMessageBox, QWidget, QWidgetAction

from studio.analysis.model import Finding
from studio.store.library import StoreError
from studio.store.models import Source
from studio.ui.workspace import quickfix as qf
from studio.ui.workspace.cite_dialog import CitationChoice, ask_citation
from studio.ui.workspace.colors import style_for
from studio.ui.workspace.highlighter import Entry
from studio.ui.workspace.offsets import qt_to_py
from studio.ui.workspace.segment_editor import SegmentCard

if TYPE_CHECKING:
    from studio.ui.workspace.workspace import ScriptWorkspace

DISMISS_REASONS = (
    "Intended \u2014 my audience knows this",
    "Explained on screen or in the video",
    "Not a claim",
    "The source is named in the video",
    "False alarm",
)

#: Asks why a finding is dismissed; None = cancelled. Replaceable in tests.
AskReason = Callable[[QWidget, Finding], "str | None"]
#: Picks a source (and passage) for a claim; None = cancelled. Replaceable in tests.
AskCitation = Callable[[QWidget, str, list[Source]], "CitationChoice | None"]
#: Shows alternatives that fit no edit (title, text). Replaceable in tests.
ShowText = Callable[[QWidget, str, str], None]
#: How long the words a fix put in stay marked (ms).
FLASH_MS = 1800
#: Width of a fix's preview line in a menu (px).
PREVIEW_WIDTH = 460


def show_text(parent: QWidget, title: str, text: str) -> None:
    """The default "show alternatives" box."""
    QMessageBox.information(parent, title, text)


def preview_action(menu: QMenu, html_text: str) -> QWidgetAction:
    """A non-clickable, word-wrapped grey line under a fix in ``menu``: the sentence the fix produces."""
    label = QLabel(html_text, menu)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setFixedWidth(PREVIEW_WIDTH)
    label.setContentsMargins(28, 0, 8, 4)
    label.setStyleSheet("color: palette(placeholder-text);")
    label.setAccessibleName("Preview of the fix")
    action = QWidgetAction(menu)
    action.setDefaultWidget(label)
    action.setEnabled(False)
    menu.addAction(action)
    return action


def header_action(menu: QMenu, text: str) -> QWidgetAction:
    """A non-clickable bold heading in ``menu`` (a finding's message), wrapped at words to the menu's width
    instead of running off the right edge of a small screen; the whole text is also its tooltip."""
    label = QLabel(text, menu)
    label.setObjectName("fix_header")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setFixedWidth(PREVIEW_WIDTH)
    label.setContentsMargins(8, 4, 8, 2)
    label.setStyleSheet("font-weight: bold; color: palette(placeholder-text);")
    label.setToolTip(text)
    action = QWidgetAction(menu)
    action.setText(text)
    action.setToolTip(text)
    action.setDefaultWidget(label)
    action.setEnabled(False)
    menu.addAction(action)
    return action


def ask_reason(parent: QWidget, finding: Finding) -> str | None:
    """The default dismiss dialog: an editable list of common reasons."""
    label = style_for(finding.kind).label
    text, ok = QInputDialog.getItem(
        parent, "Dismiss finding",
        f"Why is this {label.lower()} fine here?\n\u201c{finding.text[:120]}\u201d\n"
        "(It stays listed under Dismissed, where you can restore it.)",
        list(DISMISS_REASONS), 0, True)
    return text.strip() if ok else None


class FixController(QObject):
    """Fixes for the findings of one workspace."""

    def __init__(self, workspace: ScriptWorkspace) -> None:
        super().__init__(workspace)
        self.ws = workspace
        self.ask_reason: AskReason = ask_reason
        self.ask_citation: AskCitation = ask_citation
        self.show_text: ShowText = show_text
        self.last_edited: SegmentCard | None = None
        self._redo_steps: weakref.WeakKeyDictionary[SegmentCard, int] = weakref.WeakKeyDictionary()
        workspace.editor.spoken_changed.connect(self._remember_edit)

    # -- what is offered ------------------------------------------------------------------------------
    def _sources(self) -> list[Source]:
        project = self.ws.project
        if project is None:
            return []
        try:
            return self.ws.library.list_sources(project.id)
        except StoreError:
            return []

    def fixes_for_entry(self, entry: Entry) -> list[qf.Fix]:
        """Fixes offered for a placed finding (keys referring to no project source are not offered)."""
        f = entry.finding
        card = self.ws.card_of(entry)
        text: str | None = None
        delta = 0
        keys: list[str] = []
        if card is not None:
            text = card.spoken_text()
            delta = qt_to_py(text, entry.start) - f.start
            if f.kind in qf.SOURCE_KINDS:
                keys = qf.cited_keys(text, qt_to_py(text, entry.start), self.ws.ctx.sources)
        has_sources = bool(self.ws.ctx.sources) if f.kind in qf.CITABLE else False
        return qf.fixes_for(f, has_sources=has_sources, source_keys=keys, text=text, delta=delta)

    def fill_menu(self, card: SegmentCard, entries: list[Entry], menu: QMenu) -> None:
        """Quick fixes of ``entries`` (findings under the mouse/caret) as menu actions."""
        for i, entry in enumerate(entries[:3]):
            if i:
                menu.addSeparator()
            header_action(menu, f"{style_for(entry.finding.kind).label}: {entry.finding.message}")
            self.add_fix_actions(menu, entry, self.fixes_for_entry(entry))

    def add_fix_actions(self, menu: QMenu, entry: Entry, fixes: list[qf.Fix]) -> None:
        """One action per fix; a text edit is followed by the whole sentence it produces."""
        for fix in fixes:
            action = menu.addAction(fix.label)
            action.triggered.connect(lambda _=False, e=entry, x=fix: self.apply(e, x))
            if fix.rewrite is not None:
                action.setToolTip(fix.rewrite.result)
                preview_action(menu, qf.preview_html(fix.rewrite))

    def fill_marker_menu(self, card: SegmentCard, qt_pos: int, menu: QMenu) -> None:
        """On a citation marker ("[@key]", "[2]"): actions to open the sources it names."""
        from studio.analysis.citations import find_markers, resolve

        text = card.spoken_text()
        pos = qt_to_py(text, qt_pos)
        sources = {s.key: s for s in self._sources()}
        for marker in find_markers(text):
            if marker.start <= pos <= marker.end:
                for ref in resolve(marker, self.ws.ctx.sources)[0]:
                    source = sources.get(ref.key)
                    if source is not None:
                        action = menu.addAction(f"Open source {ref.key} \u2014 {source.title[:50]}")
                        action.triggered.connect(
                            lambda _=False, sid=source.id: self.ws.open_source_requested.emit(sid))

    def popup_at_caret(self) -> None:
        """Ctrl+. : the quick-fix menu for the finding at the caret."""
        card = self.ws.editor.current_card()
        if card is None:
            return
        cursor = card.spoken.textCursor()
        entries = card.spoken.highlighter.entries_at(cursor.selectionStart())
        if not entries:
            self.ws.status_message.emit("No finding at the cursor. F8 goes to the next one.")
            return
        menu = QMenu(card.spoken)
        self.fill_menu(card, entries, menu)
        rect = card.spoken.cursorRect(cursor)
        menu.exec(card.spoken.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 2)))
        menu.deleteLater()

    # -- doing it -------------------------------------------------------------------------------------
    def apply(self, entry: Entry, fix: qf.Fix) -> None:
        """Carry out ``fix`` for ``entry``; store errors become a status message."""
        try:
            if fix.rewrite is not None:
                self.rewrite(entry, fix)
                return
            handler = {qf.REPLACE: self.replace, qf.ALLOW: self.allow, qf.CITE: self.cite,
                       qf.DISMISS: self.dismiss, qf.RESTORE: self.restore, qf.SHOW: self.show_alternatives,
                       qf.OPEN_SOURCE: self.open_source, qf.RULE_OFF: self.rule_off}[fix.action]
            handler(entry, fix)
        except StoreError as exc:
            self.ws.status_message.emit(f"Could not apply the fix: {exc}")
        finally:
            for card in self.ws.editor.cards:       # the fix's own edit is no undo: its message stays
                self._settle(card)

    def replace(self, entry: Entry, fix: qf.Fix) -> None:
        """Replace the finding's text (one undo step), save, re-analyse."""
        if not qf.apply_replacement(entry, fix.value):
            self.ws.status_message.emit("That text was edited meanwhile; checking again\u2026")
            self.ws.analyze_now()
            return
        self.ws.flush()
        self.ws.analyze_now()
        self.ws.status_message.emit(f"Replaced \u201c{entry.finding.text}\u201d (Ctrl+Z to undo)")

    def rewrite(self, entry: Entry, fix: qf.Fix) -> None:
        """Make a planned edit (one undo step), mark the new words for a moment, save, re-analyse."""
        card = self.ws.card_of(entry)
        rewrite = fix.rewrite
        if card is None or rewrite is None:
            return
        span = qf.apply_rewrite(entry, card.spoken_text(), rewrite)
        if span is None:
            self.ws.status_message.emit("That text was edited meanwhile; checking again\u2026")
            self.ws.analyze_now()
            return
        self.last_edited = card
        card.spoken.highlighter.flash(span[0], span[1], FLASH_MS)
        self.ws.flush()
        self.ws.analyze_now()
        verb = {qf.SOFTEN: "Softened", qf.ACTIVE: "Made active"}.get(fix.action, "Replaced")
        self.ws.status_message.emit(f"{verb}: \u201c{qf.excerpt_text(rewrite.result, 90)}\u201d "
                                    "(Ctrl+Z or Edit \u203a Undo to undo)")

    def show_alternatives(self, entry: Entry, fix: qf.Fix) -> None:
        """Alternatives that fit no edit of this sentence: shown, for the creator to rephrase with."""
        f = entry.finding
        lines = "\n".join(f"\u2022 {a}" for a in fix.value.split("\n") if a)
        self.show_text(self.ws, f"Alternatives for \u201c{f.text}\u201d",
                       f"{lines}\n\nNone of these fits \u201c{qf.excerpt_text(f.text, 40)}\u201d in this sentence "
                       "as it stands: rephrase the sentence around one of them.")

    # -- undo/redo for the Edit menu -----------------------------------------------------------------------
    def _remember_edit(self, card: SegmentCard) -> None:
        self.last_edited = card
        QTimer.singleShot(0, self, lambda c=card: self._edit_settled(c))    # the undo stack updates after

    def _edit_settled(self, card: SegmentCard) -> None:
        """After a change of a segment's text, an undo or redo replaces the status message: a "Softened: …"
        about a fix that Ctrl+Z just took back would be stale. (Qt's undo counts are odd with edit blocks;
        the redo count is the reliable one: an undo raises it, a redo or new typing lowers it.)"""
        redo = self._settle(card)
        if redo is None:
            return
        before, now = redo
        if now > before:
            self.ws.status_message.emit("Undone (Edit \u203a Redo to do it again).")
        elif now < before:
            self.ws.status_message.emit("")       # redone, or typed over an undo: the message is stale

    def _settle(self, card: SegmentCard) -> tuple[int, int] | None:
        """(previous, current) redo count of the card's text; None when the card is gone."""
        try:
            now = card.spoken.document().availableRedoSteps()
        except RuntimeError:        # the card went (another script opened)
            return None
        before = self._redo_steps.get(card, now)
        self._redo_steps[card] = now
        return before, now

    def _undo_target(self) -> SegmentCard | None:
        cards = self.ws.editor.cards
        if self.last_edited is not None and self.last_edited in cards:
            return self.last_edited
        return self.ws.editor.current_card()

    def undo_text(self) -> bool:
        """Undo the last text change of the segment edited last, wherever the keyboard focus is."""
        card = self._undo_target()
        if card is None or not card.spoken.document().isUndoAvailable():
            self.ws.status_message.emit("Nothing to undo in the script text.")
            return False
        card.spoken.undo()
        return True

    def redo_text(self) -> bool:
        """Redo the last undone text change of the segment edited last."""
        card = self._undo_target()
        if card is None or not card.spoken.document().isRedoAvailable():
            self.ws.status_message.emit("Nothing to redo in the script text.")
            return False
        card.spoken.redo()
        self._settle(card)
        self.ws.status_message.emit("Redone.")
        return True

    def allow(self, entry: Entry, fix: qf.Fix) -> None:
        """Keep the term in this project (allow-list), then re-analyse."""
        project = self.ws.project
        if project is None:
            return
        term = fix.value or qf.term_of(entry.finding)
        self.ws.library.allow_term(project.id, term)
        self.ws.drop_external_term(term)
        self.ws.reload_project_context()
        self.ws.status_message.emit(f"\u201c{term}\u201d is kept in this project (allow-list)")

    def cite(self, entry: Entry, fix: qf.Fix) -> None:
        """Pick a source, insert ``[@key]`` at the claim's sentence end, record the citation."""
        card = self.ws.card_of(entry)
        if card is None:
            return
        sources = self._sources()
        if not sources:
            self.ws.status_message.emit("This project has no sources yet: add the study in Sources, then cite it.")
            return
        choice = self.ask_citation(self.ws, entry.finding.text, sources)
        if choice is None:
            return
        if qf.insert_citation(card.spoken_text(), entry, choice.source.key) is None:
            self.ws.status_message.emit("That claim was edited meanwhile; checking again\u2026")
            self.ws.analyze_now()
            return
        self.ws.flush()
        if card.segment_id is not None:
            self.ws.library.add_citation(card.segment_id, choice.source.id, entry.finding.text, choice.passage)
        self.ws.analyze_now()
        self.ws.status_message.emit(f"Cited {choice.source.key} (Ctrl+Z removes the marker)")

    def dismiss(self, entry: Entry, fix: qf.Fix) -> None:
        """Ask why, remember the dismissal, show it under Dismissed."""
        script_id = self.ws.current_script_id()
        if script_id is None:
            return
        f = entry.finding
        reason = self.ask_reason(self.ws, f)
        if reason is None:
            return
        self.ws.library.dismiss(script_id, f.fingerprint, f.kind, f.text, reason)
        self.ws.reload_dismissals()
        self.ws.analyze_now()
        self.ws.status_message.emit(f"Dismissed \u201c{qf.excerpt_text(f.text)}\u201d (restore it under Dismissed)")

    def restore(self, entry: Entry, fix: qf.Fix) -> None:
        """Forget the dismissal: the finding is highlighted again."""
        script_id = self.ws.current_script_id()
        if script_id is None:
            return
        for d in self.ws.library.list_dismissals(script_id):
            if d.fingerprint == entry.finding.fingerprint:
                self.ws.library.restore_dismissal(d.id)
        self.ws.reload_dismissals()
        self.ws.analyze_now()
        self.ws.status_message.emit(f"Restored \u201c{qf.excerpt_text(entry.finding.text)}\u201d")

    def open_source(self, entry: Entry, fix: qf.Fix) -> None:
        """Ask the shell to show the source the finding refers to."""
        for s in self._sources():
            if s.key.casefold() == fix.value.casefold():
                self.ws.open_source_requested.emit(s.id)
                return

    def rule_off(self, entry: Entry, fix: qf.Fix) -> None:
        """Turn off one LanguageTool rule for this user (the grammar checker re-checks without it)."""
        settings = self.ws.settings
        settings.disabled_grammar_rules = frozenset(settings.disabled_grammar_rules) | {fix.value}
        self.ws.status_message.emit(f"Grammar check {fix.value} turned off (Settings lists it).")
