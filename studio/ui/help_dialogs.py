"""Help menu dialogs: the highlight legend, keyboard shortcuts and About."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from studio.analysis.model import ALL_KINDS
from studio.ui.i18n import ui_tr

SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+N", "New script in the current project"),
    ("Ctrl+Shift+N", "New project"),
    ("Ctrl+S", "Save now (changes are also saved automatically)"),
    ("Ctrl+Shift+S", "Save a named version"),
    ("Ctrl+O", "Import a bundle"),
    ("Ctrl+F", "Search the library"),
    ("Ctrl+Alt+Z", "Undo the last deletion"),
    ("F2 / Del", "Rename / delete the item selected in the library"),
    ("Ctrl+Return", "Save the source being edited"),
    ("Ctrl+,", "Preferences"),
    ("F8 / Shift+F8", "Next / previous finding"),
    ("Ctrl+.", "Quick fixes for the finding at the cursor"),
    ("F6", "Switch between the script and the findings list"),
    ("Del (findings list)", "Dismiss the selected finding"),
    ("Alt+Up / Alt+Down", "Move the current segment up / down"),
    ("Ctrl+Shift+Return", "Add a segment after the current one"),
    ("Ctrl+Shift+Delete", "Remove the current segment"),
    ("Ctrl+PgUp / Ctrl+PgDown", "Previous / next segment"),
    ("Ctrl+Shift+D", "Draft a script from a source's key findings"),
    ("Ctrl+Shift+I", "Import sources from files (or drop files on the library)"),
    ("Ctrl+E / Ctrl+Shift+C", "Export the script / copy its spoken text"),
    ("Ctrl+Shift+T", "Teleprompter (Space start/pause, \u2191/\u2193 speed, M mirror, Esc leave)"),
    ("Ctrl+Z / Ctrl+Shift+Z", "Undo / redo in the text (quick fixes too)"),
    ("Ctrl++ / Ctrl+- / Ctrl+0", "Zoom in / out / actual size (also Ctrl+wheel)"),
    ("F5", "Presenter mode: large type, high-contrast highlights, 1280\u00d7720 layout"),
    ("Ctrl+Shift+R", "Before/after report of the script (first draft vs now)"),
)


def _legend_rows(dark: bool) -> list[str]:
    rows = []
    try:
        from studio.ui.workspace.colors import KIND_ORDER, style_for
    except ImportError:  # pragma: no cover - the workspace is part of the app
        kinds: tuple[str, ...] = ALL_KINDS
        for kind in kinds:
            rows.append(f"<tr><td>{escape(kind.replace('_', ' '))}</td><td></td></tr>")
        return rows
    for kind in KIND_ORDER:
        style = style_for(kind)
        colour = style.color(dark).name()
        if style.background:
            bg = style.background[1] if dark else style.background[0]
            chip = f'<span style="background:{bg}">&nbsp;sample&nbsp;</span>'
        else:
            line = {"WaveUnderline": "wavy", "DotLine": "dotted", "DashUnderline": "dashed"}.get(
                style.underline_style.name, "solid")
            chip = (f'<span style="text-decoration: underline; text-decoration-style:{line};'
                    f' text-decoration-color:{colour}; color:{colour}">sample</span>')
        rows.append(f"<tr><td>{chip}</td><td><b>{escape(style.label)}</b><br>{escape(style.hint)}</td></tr>")
    return rows


def legend_html(dark: bool = False) -> str:
    """The legend as HTML: each highlight kind with its colour and what to do about it."""
    shortcuts = "".join(f"<tr><td><code>{escape(k)}</code></td><td>{escape(v)}</td></tr>" for k, v in SHORTCUTS)
    return (
        "<h3>What the highlights mean</h3>"
        "<p>Script Studio marks what may lose or mislead viewers. Hover a highlight for details, "
        "or use the findings list to jump to it. You can hide kinds in Preferences or in View \u203a Highlights.</p>"
        f"<table cellspacing='6'>{''.join(_legend_rows(dark))}</table>"
        "<h3>Citations</h3><p>Link a claim to a source by writing <code>[@key]</code> (the source's key) "
        "or <code>[n]</code> (its number in the project's source list) right after the claim.</p>"
        f"<h3>Keyboard</h3><table cellspacing='6'>{shortcuts}</table>"
    )


def show_legend(parent: QWidget | None, dark: bool = False) -> QDialog:
    """Open the legend (non-modal) and return the dialog."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(ui_tr("Help", "Legend and shortcuts"))
    dialog.setAccessibleName(ui_tr("Help", "Legend"))
    browser = QTextBrowser()
    browser.setAccessibleName(ui_tr("Help", "Legend text"))
    browser.setHtml(legend_html(dark))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(560, 640)
    dialog.show()
    return dialog
