"""Paints cached findings into a text editor as extra selections, with a tooltip per highlight.

Nothing here parses text: findings arrive from the analysis thread (or a grammar checker) and are turned
into :class:`QTextCursor` spans once. The cursors are live, so while the user keeps typing the highlights
move with the words; a word-level highlight whose text is edited disappears at once (it is stale) and the
next analysis result brings the fresh set.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from studio.analysis.model import Finding
from studio.ui.workspace.colors import HIGH_CONTRAST_PROPERTY, char_format, is_dark, style_for
from studio.ui.workspace.offsets import OffsetMap


@dataclass(eq=False)
class Entry:
    """One finding placed in an editor: the finding as analysed plus its live span."""

    finding: Finding
    cursor: QTextCursor
    source: str = ""          # "" for the analysis, else the external checker's name ("languagetool")
    stale: bool = False       # its text was edited since it was found

    @property
    def start(self) -> int:
        """Current start (Qt position)."""
        return self.cursor.selectionStart()

    @property
    def end(self) -> int:
        """Current end (Qt position)."""
        return self.cursor.selectionEnd()

    @property
    def live(self) -> bool:
        """Still anchored to its text (not edited away, not collapsed)."""
        return not self.stale and self.end > self.start

    def current_text(self) -> str:
        """The text the span covers now (paragraph separators as newlines)."""
        return self.cursor.selectedText().replace("\u2029", "\n")


def tooltip_html(finding: Finding) -> str:
    """What a highlight's tooltip says: kind, the finding's message and the first suggestion."""
    style = style_for(finding.kind)
    parts = [f"<b>{html.escape(style.label)}</b>"]
    if finding.message:
        parts.append(html.escape(finding.message))
    if finding.suggestions:
        parts.append(f"<i>Try: {html.escape(finding.suggestions[0])}</i>")
    elif style.hint:
        parts.append(f"<i>{html.escape(style.hint)}</i>")
    if finding.dismissed:
        parts.append("(dismissed)")
    parts.append("<span style='color:gray'>Right-click for fixes \u00b7 F8 next finding</span>")
    return "<br>".join(parts)


class FindingHighlighter(QObject):
    """Owns the findings shown in one :class:`QPlainTextEdit` and renders them as extra selections."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self._entries: list[Entry] = []
        self._applied: dict[str, tuple[str, tuple[Finding, ...]]] = {}
        self._hidden: frozenset[str] = frozenset()
        self._dark = is_dark(editor.palette())
        self._flash: QTextCursor | None = None      # words a quick fix just put in, marked for a moment
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self.clear_flash)
        editor.document().contentsChange.connect(self._on_contents_change)
        editor.viewport().installEventFilter(self)
        editor.installEventFilter(self)

    # -- data ------------------------------------------------------------------------------------------
    @property
    def entries(self) -> list[Entry]:
        """Every placed finding (dismissed and hidden ones included), in text order."""
        return list(self._entries)

    def visible_entries(self) -> list[Entry]:
        """Entries that are highlighted now (live, not dismissed, kind not hidden)."""
        return [e for e in self._entries if self._shows(e)]

    def set_group(self, source: str, text: str, findings: Sequence[Finding]) -> bool:
        """Replace the entries of one ``source`` ("" = the analysis, else a checker's name). ``text`` is
        the text the findings' Python offsets refer to; it must equal the editor's current text.
        Returns False (and does nothing) when exactly these findings are already shown for this text."""
        key = (text, tuple(findings))
        if self._applied.get(source) == key and all(not e.stale for e in self._entries if e.source == source):
            return False
        self._applied[source] = key
        doc = self._editor.document()
        omap = OffsetMap(text)
        entries = [e for e in self._entries if e.source != source]
        for f in findings:
            start, end = omap.span_to_qt(f.start, f.end)
            cursor = QTextCursor(doc)
            cursor.setPosition(min(start, doc.characterCount() - 1))
            cursor.setPosition(min(end, doc.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
            entries.append(Entry(f, cursor, source))
        entries.sort(key=lambda e: (e.start, e.end))
        self._entries = entries
        self.render()
        return True

    def set_dismissed(self, fingerprints: frozenset[str]) -> bool:
        """Mark entries dismissed or not by fingerprint (after a dismissal or a restore). True if any
        entry changed."""
        changed = False
        for entry in self._entries:
            dismissed = entry.finding.fingerprint in fingerprints
            if dismissed != entry.finding.dismissed:
                entry.finding = replace(entry.finding, dismissed=dismissed)
                changed = True
        if changed:
            self._applied.clear()
        if changed:
            self.render()
        return changed

    def drop(self, predicate: Callable[[Entry], bool]) -> None:
        """Remove the entries for which ``predicate`` is true."""
        kept = [e for e in self._entries if not predicate(e)]
        if len(kept) != len(self._entries):
            self._entries = kept
            self._applied.clear()
            self.render()

    def clear(self) -> None:
        """Remove every entry."""
        self._entries = []
        self._applied.clear()
        self.render()

    def set_hidden_kinds(self, hidden: frozenset[str]) -> None:
        """Kinds not to highlight (user setting)."""
        if hidden != self._hidden:
            self._hidden = hidden
            self.render()

    def entries_at(self, pos: int, visible_only: bool = True) -> list[Entry]:
        """Entries covering Qt position ``pos`` (word-level first)."""
        found = [e for e in (self.visible_entries() if visible_only else self._entries)
                 if e.start <= pos <= e.end and e.live]
        found.sort(key=lambda e: (style_for(e.finding.kind).sentence_level, e.end - e.start))
        return found

    def flash(self, start: int, end: int, ms: int = 1800) -> None:
        """Mark the Qt range ``start..end`` (the words a fix put in) for ``ms`` milliseconds."""
        cursor = QTextCursor(self._editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._flash = cursor
        self._flash_timer.start(ms)
        self.render()

    def flash_span(self) -> tuple[int, int] | None:
        """The Qt range marked as just changed, if any (for tests and accessibility)."""
        return None if self._flash is None else (self._flash.selectionStart(), self._flash.selectionEnd())

    def clear_flash(self) -> None:
        """Stop marking the words of the last fix."""
        if self._flash is not None:
            self._flash = None
            self.render()

    # -- rendering -------------------------------------------------------------------------------------
    def _shows(self, entry: Entry) -> bool:
        return entry.live and not entry.finding.dismissed and entry.finding.kind not in self._hidden

    def render(self) -> None:
        """Push the visible entries to the editor (sentence backgrounds below word marks); high-contrast
        colours when the window asks for them (presenter mode)."""
        contrast = bool(self._editor.window().property(HIGH_CONTRAST_PROPERTY))
        selections = []
        shown = sorted(self.visible_entries(), key=lambda e: not style_for(e.finding.kind).sentence_level)
        for entry in shown:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(entry.cursor)
            sel.format = char_format(entry.finding.kind, self._dark, contrast)
            selections.append(sel)
        if self._flash is not None and self._flash.hasSelection():
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(self._flash)
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#0e5a6b") if self._dark else QColor("#bfeff7"))   # cyan: no finding uses it
            fmt.setFontUnderline(True)
            sel.format = fmt
            selections.append(sel)
        self._editor.setExtraSelections(selections)

    def extra_selection_spans(self) -> list[tuple[int, int, str]]:
        """(start, end, kind) of what is painted now — for tests and accessibility."""
        by_pos = {(e.start, e.end, e.finding.kind) for e in self.visible_entries()}
        spans = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self._editor.extraSelections()]
        return sorted(span for span in by_pos if span[:2] in spans)

    # -- editing keeps highlights honest ---------------------------------------------------------------
    def _on_contents_change(self, pos: int, removed: int, added: int) -> None:
        if not self._entries or (removed == 0 and added == 0):
            return
        changed = False
        end_of_change = pos + added
        for entry in self._entries:
            if entry.stale:
                continue
            start, end = entry.start, entry.end
            if style_for(entry.finding.kind).sentence_level and end > start:
                continue                           # a sentence stays marked while it is being edited
            if removed and start <= pos <= end:
                entry.stale = True                # text inside (or at the edge of) the span was deleted
            elif added and pos == start and end_of_change <= end and not removed:
                # Typed right before the word: the cursor stretched over the new text; move its start back.
                cursor = QTextCursor(self._editor.document())
                cursor.setPosition(end_of_change)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                entry.cursor = cursor
                continue
            elif start < end_of_change and pos < end:
                entry.stale = True                # typed inside the word
            else:
                continue
            changed = True
        if changed:
            self.render()

    # -- tooltips and theme --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Tooltips over highlights; re-colour when the palette switches between light and dark."""
        etype = event.type()
        if etype == QEvent.Type.ToolTip and watched is self._editor.viewport():
            assert isinstance(event, QHelpEvent)
            cursor = self._editor.cursorForPosition(event.pos())
            entries = self.entries_at(cursor.position())
            if entries:
                QToolTip.showText(event.globalPos(), "<br><br>".join(
                    tooltip_html(e.finding) for e in entries[:2]), self._editor.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if etype in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange, QEvent.Type.StyleChange) \
                and watched is self._editor:
            dark = is_dark(self._editor.palette())
            if dark != self._dark:
                self._dark = dark
                self.render()
        return False


__all__ = ["Entry", "FindingHighlighter", "tooltip_html"]
