"""Keyboard navigation of the workspace: next/previous finding (F8 / Shift+F8), quick-fix menu at the
caret (Ctrl+.), and F6 between the script and the findings list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from studio.ui.workspace.workspace import ScriptWorkspace


def goto_finding(ws: ScriptWorkspace, step: int) -> None:
    """Select the next (+1) or previous (-1) highlighted finding after/before the caret, wrapping."""
    ordered = ws.visible_entries()
    if not ordered:
        ws.status_message.emit("No findings to go to.")
        return
    cards = ws.editor.cards
    current = ws.editor.current_card()
    here = (cards.index(current) if current in cards else 0,
            current.spoken.textCursor().selectionStart() if current is not None else -1)
    keyed = [((cards.index(c), e.start), c, e) for c, e in ordered]
    if step > 0:
        after = [k for k in keyed if k[0] > here]
        target = after[0] if after else keyed[0]
    else:
        before = [k for k in keyed if k[0] < here]
        target = before[-1] if before else keyed[-1]
    _, card, entry = target
    ws.editor.select_span(card, entry.start, entry.end, focus=True)
    ws.panel.select_entry(entry)
    f = entry.finding
    ws.status_message.emit(f.message + (f" Try: {f.suggestions[0]}" if f.suggestions else ""))


def toggle_findings_focus(ws: ScriptWorkspace) -> None:
    """F6: from the text to the findings list and back."""
    tree = ws.panel.tree
    if tree.hasFocus():
        card = ws.editor.current_card()
        if card is not None:
            ws.editor.focus_card(card)
        return
    tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
    if tree.currentItem() is None and tree.topLevelItemCount():
        tree.setCurrentItem(tree.topLevelItem(0))


def add_actions(ws: ScriptWorkspace) -> dict[str, QAction]:
    """The workspace's keyboard actions (active while focus is inside it). The shell may also put these
    very QAction objects into its menus (adding the same action twice causes no shortcut clash)."""
    specs = (("Next finding", "F8", lambda: goto_finding(ws, 1)),
             ("Previous finding", "Shift+F8", lambda: goto_finding(ws, -1)),
             ("Quick fix\u2026", "Ctrl+.", ws.fixes.popup_at_caret),
             ("Switch between script and findings", "F6", lambda: toggle_findings_focus(ws)))
    actions: dict[str, QAction] = {}
    for text, key, handler in specs:
        action = QAction(text, ws)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(handler)
        ws.addAction(action)
        actions[text] = action
    return actions
