"""Which quick fixes a finding offers and how the text edits are made.

Text edits go through a :class:`QTextCursor` on the editor's document, so each fix is one step on the
editor's undo stack (Ctrl+Z takes it back). Store-side effects (allow-list, citations, dismissals) are
done by the workspace.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QTextCursor

from studio.analysis import model as m
from studio.analysis.model import Finding, Rewrite, SourceRef, normalize_text
from studio.store.models import Source
from studio.ui.i18n import ui_tr
from studio.ui.workspace.highlighter import Entry

#: Kinds whose suggestions are replacement text (elsewhere a suggestion is advice).
REPLACEABLE = frozenset({m.JARGON, m.ACRONYM, m.LONG_WORD, m.GRAMMAR, m.SPELLING, m.STYLE,
                         m.CERTAINTY_INFLATED, m.NUMBER_MISMATCH})
#: Kinds about what a cited source says: offer to open that source.
SOURCE_KINDS = frozenset({m.NUMBER_MISMATCH, m.CERTAINTY_INFLATED, m.RELATIVE_RISK_ONLY, m.POPULATION_DROPPED})
#: Kinds the creator can keep on purpose via the project allow-list.
ALLOWABLE = frozenset({m.JARGON, m.ACRONYM, m.LONG_WORD, m.SPELLING})
#: Kinds fixed by linking a source.
CITABLE = frozenset({m.UNCITED_CLAIM})
#: Suggestions longer than this read like advice, not like a replacement.
MAX_REPLACEMENT_WORDS = 8
MAX_REPLACEMENTS = 4

REPLACE, SOFTEN, ALLOW, CITE, DISMISS, RESTORE, OPEN_SOURCE, RULE_OFF = (
    "replace", "soften", "allow", "cite", "dismiss", "restore", "source", "rule_off")
ACTIVE, SHOW = "active", "show"
#: Actions that edit the text with a planned :class:`Rewrite` (its ``result`` is the preview).
EDITS = frozenset({REPLACE, SOFTEN, ACTIVE})
#: Kinds whose suggestions are plain alternatives: when none fits the sentence they are shown instead.
ALTERNATIVE_KINDS = frozenset({m.JARGON, m.ACRONYM, m.LONG_WORD})
#: Kinds that come from LanguageTool, whose rules the creator can turn off.
GRAMMAR_KINDS = frozenset({m.GRAMMAR, m.SPELLING, m.STYLE})


@dataclass(frozen=True)
class Fix:
    """One action offered for a finding."""

    action: str              # REPLACE | SOFTEN | ACTIVE | SHOW | ALLOW | CITE | DISMISS | RESTORE | OPEN_SOURCE | RULE_OFF
    label: str               # menu/button text (with & mnemonic where useful)
    value: str = ""          # replacement text, term, source key, or (SHOW) the alternatives
    old: str = ""            # the words ``value`` replaces
    rewrite: Rewrite | None = None   # the planned edit and its whole resulting sentence (the preview)


def data_of(finding: Finding) -> dict[str, str]:
    """The finding's extra facts as a dict."""
    return {str(k): str(v) for k, v in finding.data}


def term_of(finding: Finding) -> str:
    """The term a finding is about (``data["term"]`` when the rule gave one, else the text), normalised."""
    return normalize_text(data_of(finding).get("term") or finding.text)


def at_sentence_start(text: str, index: int) -> bool:
    """True when Python index ``index`` of ``text`` begins a sentence (or the text, or a line)."""
    before = text[:index].rstrip(" \t\"'\u201c\u2018(")
    return not before or before.endswith(("\n", ".", "!", "?", "\u2026", ":"))


def replacement_text(finding: Finding, suggestion: str, sentence_start: bool = False) -> str:
    """What the text becomes with ``suggestion``: acronyms as "spelled-out form (ACR)"; the first letter
    capitalised when the finding starts a sentence and was capitalised."""
    if finding.kind not in (m.GRAMMAR, m.SPELLING, m.STYLE):
        suggestion = suggestion.strip()
    if finding.kind == m.ACRONYM:
        acronym = finding.text.strip()
        if acronym and acronym.casefold() not in suggestion.casefold():
            suggestion = f"{suggestion} ({acronym})"
    if (sentence_start and suggestion and finding.text[:1].isupper() and suggestion[0].islower()):
        return suggestion[0].upper() + suggestion[1:]
    return suggestion


def replacements(finding: Finding, sentence_start: bool = False) -> list[str]:
    """Replacement texts offered for a finding (may be empty)."""
    data = data_of(finding)
    candidates = list(finding.suggestions)
    for key in ("replacement", "expansion"):
        if data.get(key) and data[key] not in candidates:
            candidates.insert(0, data[key])
    if finding.kind not in REPLACEABLE and "replacement" not in data:
        return []
    out: list[str] = []
    for s in candidates:
        if finding.kind not in (m.GRAMMAR, m.SPELLING, m.STYLE):
            if not s.strip() or len(s.split()) > MAX_REPLACEMENT_WORDS or s.rstrip().endswith((".", "!", "?")):
                continue
        text = replacement_text(finding, s, sentence_start)
        if text != finding.text and text not in out:
            out.append(text)
        if len(out) >= MAX_REPLACEMENTS:
            break
    return out


def _edit_fix(rewrite: Rewrite) -> Fix:
    action = {"soften": SOFTEN, "active": ACTIVE}.get(rewrite.action, REPLACE)
    label = rewrite.label
    if action == SOFTEN and not label.startswith("&"):
        label = "&" + label
    return Fix(action, label, rewrite.replacement, rewrite.old, rewrite)


def edit_fixes(finding: Finding, text: str | None = None, delta: int = 0) -> list[Fix]:
    """The text edits offered for ``finding``: the analysis' planned rewrites; for grammar findings
    (checked without a parse) the checker's replacements fitted to ``text``, the segment's current text,
    where the finding now starts ``delta`` characters later than when it was found."""
    rewrites = list(finding.fixes)
    if not rewrites and finding.kind in GRAMMAR_KINDS:
        if text is not None:
            from dataclasses import replace

            from studio.analysis.rewrite import splice_fixes

            moved = replace(finding, start=finding.start + delta, end=finding.end + delta)
            rewrites = [r.shifted(-delta) for r in splice_fixes(text, moved)]
        else:
            return [Fix(REPLACE, f"Replace with \u201c{r}\u201d" if r else "Delete it", r, finding.text)
                    for r in replacements(finding)]
    return [_edit_fix(r) for r in rewrites]


def unfitting_alternatives(finding: Finding) -> list[str]:
    """Plain alternatives of a term that no edit could fit into its sentence (shown, not applied)."""
    if finding.kind not in ALTERNATIVE_KINDS:
        return []
    used = {r.suggestion for r in finding.fixes}
    return [s for s in finding.suggestions if s not in used]


def fixes_for(finding: Finding, has_sources: bool = True, source_keys: Sequence[str] = (),
              sentence_start: bool = False, text: str | None = None, delta: int = 0) -> list[Fix]:
    """Every action offered for ``finding``, most useful first. ``text`` is the segment's current text
    (see :func:`edit_fixes` for ``delta``)."""
    if finding.dismissed:
        return [Fix(RESTORE, ui_tr("QuickFix", "&Restore (show it again)"))]
    fixes = edit_fixes(finding, text, delta)
    others = unfitting_alternatives(finding)
    if others:
        label = ui_tr("QuickFix", "Show alternatives\u2026") if not fixes else \
            ui_tr("QuickFix", "Show other alternatives\u2026")
        fixes.append(Fix(SHOW, label, "\n".join(others)))
    if finding.kind in CITABLE:
        fixes.append(Fix(CITE, ui_tr("QuickFix", "&Cite a source\u2026") if has_sources
                         else ui_tr("QuickFix", "&Cite a source\u2026 (add sources first)")))
    if finding.kind in ALLOWABLE:
        fixes.append(Fix(ALLOW, ui_tr("QuickFix", "&Keep \u201c{term}\u201d in this project").format(
            term=term_of(finding)), term_of(finding)))
    for key in source_keys:
        fixes.append(Fix(OPEN_SOURCE, f"&Open source {key}", key))
    data = data_of(finding)
    if finding.kind in GRAMMAR_KINDS and data.get("lt_rule"):
        fixes.append(Fix(RULE_OFF, f"&Turn off this check ({data['lt_rule']})", data["lt_rule"]))
    fixes.append(Fix(DISMISS, ui_tr("QuickFix", "&Dismiss\u2026")))
    return fixes


def preview_html(rewrite: Rewrite) -> str:
    """The resulting sentence as rich text with the new words in bold (for menus and the findings panel)."""
    import html

    before_len = rewrite.start - rewrite.sentence_start
    result = rewrite.result
    lead = len(result) - len(result.lstrip())
    a = max(0, before_len - lead)
    b = a + len(rewrite.replacement)
    if result[a:b] != rewrite.replacement:
        return f"\u2192 {html.escape(result)}"
    return (f"\u2192 {html.escape(result[:a])}<b>{html.escape(result[a:b])}</b>"
            f"{html.escape(result[b:])}")


def apply_rewrite(entry: Entry, text: str, rewrite: Rewrite) -> tuple[int, int] | None:
    """Make the planned edit in the entry's document as one undo step. ``text`` is the segment's current
    text. Returns the (Qt) range of the new words, or None when the words to replace were edited since
    the analysis planned it."""
    from studio.ui.workspace.offsets import py_span_to_qt, py_to_qt, qt_to_py

    if not entry.live:
        return None
    delta = qt_to_py(text, entry.start) - entry.finding.start
    a, b = rewrite.start + delta, rewrite.end + delta
    if not (0 <= a <= b <= len(text)) or text[a:b] != rewrite.old:
        return None
    qa, qb = py_span_to_qt(text, a, b)
    cursor = QTextCursor(entry.cursor.document())
    cursor.setPosition(qa)
    cursor.setPosition(qb, QTextCursor.MoveMode.KeepAnchor)
    cursor.beginEditBlock()
    cursor.insertText(rewrite.replacement)
    cursor.endEditBlock()
    entry.stale = True
    new_text = text[:a] + rewrite.replacement + text[b:]
    return qa, py_to_qt(new_text, a + len(rewrite.replacement))


def cited_keys(text: str, start: int, sources: Sequence[SourceRef]) -> list[str]:
    """Keys of the sources cited by markers in the sentence/line of ``text`` that contains ``start``."""
    from studio.analysis.citations import find_markers, resolve

    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    keys: list[str] = []
    for marker in find_markers(text[line_start:line_end]):
        for ref in resolve(marker, sources)[0]:
            if ref.key not in keys:
                keys.append(ref.key)
    return keys


def apply_replacement(entry: Entry, new_text: str) -> bool:
    """Replace the entry's live span with ``new_text`` as one undo step. False when the text under the
    highlight no longer is the finding's text (it was edited meanwhile)."""
    cursor = QTextCursor(entry.cursor)
    if not entry.live or cursor.selectedText().replace("\u2029", "\n") != entry.finding.text:
        return False
    cursor.beginEditBlock()
    cursor.insertText(new_text)
    cursor.endEditBlock()
    entry.stale = True
    return True


_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s|$)")


def citation_position(text: str, start: int, end: int) -> int:
    """Python index in ``text`` where a citation marker for the claim at ``start..end`` goes: before the
    final punctuation of the sentence the claim ends in (or at the end of its line, trailing spaces kept
    outside)."""
    end = max(0, min(end, len(text)))
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    # The claim itself may end with the punctuation.
    search_from = max(start, end - 3)
    match = _SENTENCE_END.search(text, search_from, line_end)
    if match is not None and match.start() >= start:
        pos = match.start()
    else:
        pos = line_end
        while pos > start and text[pos - 1].isspace():
            pos -= 1
    return pos


def marker_for(key: str) -> str:
    """The citation marker for a source key."""
    return f"[@{key}]"


def insert_citation(cursor_doc_text: str, claim_entry: Entry, key: str) -> QTextCursor | None:
    """Insert ``[@key]`` for the claim of ``claim_entry`` (one undo step). Returns the cursor after the
    insertion, or None when the claim's text was edited away."""
    from studio.ui.workspace.offsets import py_to_qt, qt_to_py

    if not claim_entry.live:
        return None
    text = cursor_doc_text
    start = qt_to_py(text, claim_entry.start)
    end = qt_to_py(text, claim_entry.end)
    pos = citation_position(text, start, end)
    before = text[pos - 1] if pos > 0 else ""
    marker = marker_for(key)
    insert = marker if before.isspace() or not before else " " + marker
    cursor = QTextCursor(claim_entry.cursor.document())
    cursor.setPosition(py_to_qt(text, pos))
    cursor.beginEditBlock()
    cursor.insertText(insert)
    cursor.endEditBlock()
    return cursor


_SPLIT = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c(]?[A-Z0-9])")
_WORD = re.compile(r"[A-Za-z0-9%]+")
_STOP = frozenset("the a an of in on and or to for with by is are was were be been that this it as at from "
                  "than more less about your you we our".split())


def passages(summary: str) -> list[str]:
    """A source summary cut into sentences (the passages a claim can point to)."""
    return [p.strip() for p in _SPLIT.split(summary.strip()) if p.strip()]


def _words(text: str) -> set[str]:
    return {w for w in (t.casefold() for t in _WORD.findall(text)) if w not in _STOP and len(w) > 1}


def overlap(claim: str, text: str) -> float:
    """How much of the claim's content words (numbers included) appear in ``text`` (0..1)."""
    words = _words(claim)
    if not words:
        return 0.0
    return len(words & _words(text)) / len(words)


def rank_sources(claim: str, sources: Sequence[Source]) -> list[Source]:
    """Sources ordered by how well their title and summary match the claim (best first, stable)."""
    scored = [(-overlap(claim, f"{s.title} {s.summary}"), i, s) for i, s in enumerate(sources)]
    return [s for _, _, s in sorted(scored, key=lambda t: (t[0], t[1]))]


def best_passage(claim: str, summary: str) -> int:
    """Index of the summary sentence that best matches the claim, or -1 if none shares a word."""
    best, best_score = -1, 0.0
    for i, p in enumerate(passages(summary)):
        score = overlap(claim, p)
        if score > best_score:
            best, best_score = i, score
    return best


def excerpt_text(text: str, limit: int = 60) -> str:
    """One line of at most ``limit`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
