"""The script workspace: segment editor in the centre, dashboard and findings on the right.

Data flow: an edit marks the card dirty (autosave within ~1.5 s) and restarts a short debounce (40 ms after
an isolated edit, 90 ms while typing fast: :mod:`pacing`); when it fires, the whole script is sent to the :class:`AnalysisService` with a new revision number. A result is
used only if its revision is the newest requested and a segment's text still equals what was analysed;
findings become live-cursor highlights (:mod:`highlighter`) and panel items. Quick fixes live in
:mod:`fix_controller`.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QGuiApplication, QHideEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from studio.analysis.model import AnalysisContext, AnalysisResult, Finding, SegmentInput, normalize_text
from studio.project_context import context_for
from studio.store.library import Library, NotFound, StoreError
from studio.store.models import Dismissal, Project
from studio.ui.i18n import ui_tr
from studio.ui.settings import AppSettings
from studio.ui.workspace.analysis_service import AnalysisService
from studio.ui.workspace.autosave import Autosaver, SnapshotPolicy
from studio.ui.workspace.checklist_panel import ChecklistPanel
from studio.ui.workspace.dashboard import Dashboard
from studio.ui.workspace.findings_panel import FindingsPanel, PanelItem
from studio.ui.workspace.fit_scroll import stacked_scroll
from studio.ui.workspace.fix_controller import FixController
from studio.ui.workspace.highlighter import Entry
from studio.ui.workspace.navigation import add_actions, goto_finding
from studio.ui.workspace.pacing import SHORT_MS, EditPacer
from studio.ui.workspace.script_editor import ScriptEditor
from studio.ui.workspace.segment_editor import SegmentCard

log = logging.getLogger(__name__)

#: How long after the last analysis result the checklist is judged again.
CHECKLIST_MS = 250
#: What the findings list says until the first analysis of the open script arrives.
ANALYSING = "Analysing\u2026"


class ScriptWorkspace(QWidget):
    """Edit one script with live checks. See the module docstring for the data flow."""

    status_message = Signal(str)
    script_saved = Signal(int)
    open_source_requested = Signal(int)
    segment_text_changed = Signal(int, str)     # debounced: segment index, its spoken text

    def __init__(self, library: Library, settings: AppSettings, service: AnalysisService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.service = service
        self.project: Project | None = None
        self.ctx = AnalysisContext()
        self.result: AnalysisResult | None = None
        self.dismissals: dict[str, Dismissal] = {}
        self._script_id: int | None = None
        self._revision = 0
        self._structure_dirty = False
        self._dirty_cards: set[SegmentCard] = set()
        self._grammar_pending: set[SegmentCard] = set()
        self._panel_signature: list[object] = []
        self._waiting = ""                  # the findings list's "not checked yet" text
        self.snapshots = SnapshotPolicy()

        self.editor = ScriptEditor(self)
        self.dashboard = Dashboard(self)
        self.panel = FindingsPanel(self)
        self.checklist = ChecklistPanel(library, self)
        self.fixes = FixController(self)
        self.editor.menu_provider = self.fixes.fill_menu
        self.editor.position_menu_provider = self.fixes.fill_marker_menu
        self.panel.fixes_provider = self.fixes.fixes_for_entry

        right = QWidget(self)
        self.panel.setMinimumWidth(300)      # the column: at least this, wider when zoomed text needs it
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(stacked_scroll([self.dashboard, self.checklist], right))   # zoomed in: scrolls
        right_layout.addWidget(self.panel, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)      # neither side collapses to a sliver
        self.editor.setMinimumWidth(320)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.autosaver = Autosaver(self._save, parent=self)
        self.autosaver.failed.connect(self.status_message)
        self.checklist.status_message.connect(self.status_message)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SHORT_MS)
        self.pacer = EditPacer()
        # The checklist is judged in this (GUI) thread: a few ms per run, so not for every result while
        # the user types; CHECKLIST_MS after the last result is soon enough for a box to tick.
        self._checklist_timer = QTimer(self)
        self._checklist_timer.setSingleShot(True)
        self._checklist_timer.setInterval(CHECKLIST_MS)
        self._checklist_timer.timeout.connect(self._show_checklist)
        self._debounce.timeout.connect(self._on_debounced)

        self.editor.spoken_changed.connect(self._on_spoken_changed)
        self.editor.content_changed.connect(self._on_content_changed)
        self.editor.structure_changed.connect(self._on_structure_changed)
        self.panel.activated.connect(lambda e: self.show_entry(e, focus=True))
        self.panel.previewed.connect(lambda e: self.show_entry(e, focus=False))
        self.panel.fix_requested.connect(self.fixes.apply)
        self.panel.hidden_kinds_changed.connect(self._set_hidden_kinds)
        self.dashboard.preset_chosen.connect(self._on_preset)
        service.ready.connect(self._on_ready)
        service.failed.connect(self._on_failed)
        service.status.connect(self.status_message)
        settings.changed.connect(self._on_settings_changed)
        self.panel.set_hidden_kinds(settings.hidden_kinds)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_app_state)
            app.focusWindowChanged.connect(self._on_focus_window)
        self.workspace_actions: dict[str, QAction] = add_actions(self)
        self._set_open(False)

    # -- public API ----------------------------------------------------------------------------------
    def current_script_id(self) -> int | None:
        """The open script, or None."""
        return self._script_id

    def open_script(self, script_id: int) -> None:
        """Save the current script, then show ``script_id`` and analyse it."""
        self.flush()
        try:
            script = self.library.get_script(script_id)
            project = self.library.get_project(script.project_id)
        except StoreError as exc:
            self.status_message.emit(f"Could not open the script: {exc}")
            return
        self.autosaver.discard()
        self._dirty_cards.clear()
        self._grammar_pending.clear()
        self._structure_dirty = False
        self._script_id = script.id
        self.checklist.set_script(script.id)
        self.project = project
        self.result = None
        self._waiting = ANALYSING
        self.editor.load(script.segments)
        self._set_open(True)
        self._load_context()
        self.dashboard.clear()
        self._refresh_panel()
        self.analyze_now()
        for index, card in enumerate(self.editor.cards):
            if card.spoken_text().strip():
                self.segment_text_changed.emit(index, card.spoken_text())
        if self.editor.cards:
            QTimer.singleShot(0, lambda: self.editor.cards and self.editor.focus_card(self.editor.cards[0]))
        self.status_message.emit(ui_tr("Workspace", "Opened \u201c{title}\u201d").format(title=script.title))

    def close_script(self) -> None:
        """Save and close the open script."""
        self.flush()
        self.autosaver.discard()
        self._debounce.stop()
        self._script_id = None
        self.project = None
        self.result = None
        self._waiting = ""
        self._dirty_cards.clear()
        self._grammar_pending.clear()
        self.editor.clear()
        self._set_open(False)
        self.checklist.set_script(None)
        self.dashboard.clear()
        self._refresh_panel()

    def flush(self) -> None:
        """Save every unsaved edit now."""
        if self._script_id is not None:
            self.autosaver.flush()

    def reload_project_context(self) -> None:
        """Sources, terms or project settings changed elsewhere: re-read them and re-analyse."""
        if self._script_id is None or self.project is None:
            return
        try:
            self.project = self.library.get_project(self.project.id)
        except StoreError as exc:
            self.status_message.emit(f"Could not reload the project: {exc}")
            return
        self._load_context()
        self.analyze_now()

    def set_external_findings(self, source: str, segment_index: int, text: str,
                              findings: list[Finding]) -> None:
        """Findings from another checker (e.g. LanguageTool) for one segment's text; ignored when the
        segment's text has changed since."""
        cards = self.editor.cards
        if not 0 <= segment_index < len(cards):
            return
        card = cards[segment_index]
        if card.spoken_text() != text:
            return
        fps = self._dismissed_fingerprints()
        marked = [replace(f, dismissed=f.fingerprint in fps, segment=segment_index) for f in findings]
        card.spoken.highlighter.set_group(source, text, marked)
        self._refresh_panel()

    # -- analysis ------------------------------------------------------------------------------------
    def segment_inputs(self) -> list[SegmentInput]:
        """The script as the analysis sees it."""
        return [SegmentInput(text=c.spoken_text(), name=c.name) for c in self.editor.cards]

    def analyze_now(self) -> None:
        """Send the script for analysis right away (after a fix, on open)."""
        self._debounce.stop()
        self._emit_grammar_changes()
        if self._script_id is None:
            return
        self._revision += 1
        self.service.request(self._revision, self.segment_inputs(), self.ctx)

    @property
    def revision(self) -> int:
        """The newest requested revision."""
        return self._revision

    def _on_debounced(self) -> None:
        self.analyze_now()

    def _on_ready(self, revision: int, result: AnalysisResult) -> None:
        if revision != self._revision or self._script_id is None:
            return                                   # stale: a newer request is on its way
        self.result = result
        self._waiting = ""
        cards = self.editor.cards
        rows: list[tuple[str, float]] = []
        for index, card in enumerate(cards):
            seg = result.segments[index] if index < len(result.segments) else None
            if seg is not None and seg.text == card.spoken_text():
                card.spoken.highlighter.set_group("", seg.text, seg.findings)
                card.set_seconds(seg.metrics.speaking_seconds)
            rows.append((card.name, card.seconds or 0.0))
        self.dashboard.set_metrics(result.metrics, rows)
        self._checklist_timer.start()      # re-judged once typing pauses, not on every keystroke's result
        self.dashboard.set_language(_language_name(result.language), result.unavailable)
        self._refresh_panel(note=" ".join(result.notes))

    def _show_checklist(self) -> None:
        if self.result is not None and self._script_id is not None:
            self.checklist.show_result(self.segment_inputs(), self.result, self.ctx.language)

    def _on_failed(self, revision: int, message: str) -> None:
        if revision == self._revision:
            self.status_message.emit(message)
            if self.result is None and self._script_id is not None:
                self._waiting = f"Not checked: {message}"
                self._refresh_panel()

    # -- editing and saving ----------------------------------------------------------------------------
    def _on_spoken_changed(self, card: SegmentCard) -> None:
        self._grammar_pending.add(card)

    def _on_content_changed(self, card: SegmentCard) -> None:
        self._dirty_cards.add(card)
        self.autosaver.mark_dirty()
        self._debounce.start(self.pacer.delay_ms())  # names feed the findings list and the segment times

    def _on_structure_changed(self) -> None:
        self._structure_dirty = True
        self.autosaver.mark_dirty()
        self.autosaver.flush()
        self._grammar_pending.update(self.editor.cards)
        self.analyze_now()

    def _save(self) -> bool:
        script_id = self._script_id
        if script_id is None:
            return True
        if self.snapshots.due(script_id):
            try:
                self.library.save_version(script_id, automatic=True)
                self.snapshots.taken(script_id)
            except StoreError:
                log.exception("Automatic version failed")
        cards = self.editor.cards
        if not self._structure_dirty and any(c.segment_id is None for c in cards):
            self._structure_dirty = True
        if not self._structure_dirty:
            try:                                     # every edited segment in one transaction
                self.library.update_segments(script_id, {card.segment_id: card.draft() for card in cards
                                                         if card in self._dirty_cards and card.segment_id})
            except NotFound:
                self._structure_dirty = True         # segments were replaced elsewhere: write them all
        if self._structure_dirty:
            script = self.library.save_segments(script_id, self.editor.drafts())
            for card, seg in zip(cards, script.segments, strict=False):
                card.segment_id = seg.id
            self._structure_dirty = False
        self._dirty_cards.clear()
        self.script_saved.emit(script_id)
        return True

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.flush()

    def _on_focus_window(self, window: object) -> None:
        if window is None or window is not self.window().windowHandle():
            self.flush()                   # another window (a dialog, another app) took the focus

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        """Focus given to the workspace goes to the current segment's spoken text."""
        super().focusInEvent(event)
        card = self.editor.current_card()
        if card is not None:
            card.spoken.setFocus(event.reason())

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        """Leaving the workspace (another view, window closing) saves."""
        self.flush()
        super().hideEvent(event)

    def _emit_grammar_changes(self) -> None:
        cards = self.editor.cards
        for card in [c for c in cards if c in self._grammar_pending]:
            self.segment_text_changed.emit(cards.index(card), card.spoken_text())
        self._grammar_pending.clear()

    # -- context, settings, dismissals --------------------------------------------------------------------
    def _load_context(self) -> None:
        assert self.project is not None and self._script_id is not None
        try:
            self.ctx = context_for(self.library, self.project.id, self._script_id)
            self.dismissals = {d.fingerprint: d for d in self.library.list_dismissals(self._script_id)}
        except StoreError as exc:
            self.status_message.emit(f"Could not read the project settings: {exc}")
        self.dashboard.set_target(self.project.platform, self.ctx.target_seconds, self.ctx.target_grade)
        self._apply_dismissed()

    def reload_dismissals(self) -> None:
        """Re-read dismissals after a dismiss/restore; updates highlights and list at once."""
        if self._script_id is None:
            return
        self.dismissals = {d.fingerprint: d for d in self.library.list_dismissals(self._script_id)}
        self.ctx = replace(self.ctx, dismissed=frozenset(self.dismissals))
        self._apply_dismissed()
        self._refresh_panel()

    def _dismissed_fingerprints(self) -> frozenset[str]:
        return frozenset(self.dismissals)

    def _apply_dismissed(self) -> None:
        fps = self._dismissed_fingerprints()
        for card in self.editor.cards:
            card.spoken.highlighter.set_dismissed(fps)

    def _on_settings_changed(self) -> None:
        hidden = self.settings.hidden_kinds
        self.panel.set_hidden_kinds(hidden)
        for card in self.editor.cards:
            card.spoken.highlighter.set_hidden_kinds(hidden)
        self._refresh_panel()

    def _set_hidden_kinds(self, hidden: frozenset[str]) -> None:
        self.settings.hidden_kinds = hidden

    def _on_preset(self, name: str, seconds: int) -> None:
        if self.project is None:
            return
        try:
            self.project = self.library.update_project(self.project.id, platform=name, target_seconds=seconds)
        except StoreError as exc:
            self.status_message.emit(f"Could not change the platform: {exc}")
            return
        self.status_message.emit(f"Target length: {name}")
        self.reload_project_context()

    # -- findings list and navigation ------------------------------------------------------------------
    def _refresh_panel(self, note: str = "") -> None:
        hidden = self.settings.hidden_kinds
        items: list[PanelItem] = []
        signature: list[object] = [note, hidden, self._waiting]
        for index, card in enumerate(self.editor.cards):
            card.spoken.highlighter.set_hidden_kinds(hidden)
            for entry in card.spoken.highlighter.entries:
                if entry.finding.kind in hidden or not entry.live:
                    continue
                reason = self.dismissals[entry.finding.fingerprint].reason \
                    if entry.finding.dismissed and entry.finding.fingerprint in self.dismissals else ""
                items.append(PanelItem(entry, card.name, index, reason))
                signature.append((id(entry), card.name, entry.finding.dismissed, reason))
        if signature == self._panel_signature:
            return                                  # nothing the list shows has changed
        self._panel_signature = signature
        self.panel.set_items(items, note, waiting=self._waiting)

    def drop_external_term(self, term: str) -> None:
        """Hide other checkers' findings about ``term`` at once (it was just allowed in the project)."""
        for card in self.editor.cards:
            card.spoken.highlighter.drop(lambda e: bool(e.source) and normalize_text(e.finding.text) == term)
        self._refresh_panel()

    def card_of(self, entry: Entry) -> SegmentCard | None:
        """The card whose editor holds ``entry``."""
        doc = entry.cursor.document()
        return next((c for c in self.editor.cards if c.spoken.document() is doc), None)

    def show_entry(self, entry: Entry, focus: bool = True) -> None:
        """Select a finding's text in the editor and scroll to it."""
        card = self.card_of(entry)
        if card is None:
            return
        self.editor.select_span(card, entry.start, entry.end, focus=focus)

    def visible_entries(self) -> list[tuple[SegmentCard, Entry]]:
        """Highlighted findings of the script in reading order."""
        return [(c, e) for c in self.editor.cards for e in c.spoken.highlighter.visible_entries()]

    def goto_finding(self, step: int) -> None:
        """Select the next (+1) or previous (-1) highlighted finding after/before the caret (F8)."""
        goto_finding(self, step)

    def _set_open(self, is_open: bool) -> None:
        self.editor.set_script_open(is_open)
        self.dashboard.setEnabled(is_open)
        self.panel.setEnabled(is_open)


def _language_name(code: str) -> str:
    from studio.analysis.profile import PROFILES

    profile = PROFILES.get(code)
    return profile.name if profile else code
