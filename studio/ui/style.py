"""Look and feel: Fusion style over the system palette, the app stylesheet, icons, diff colours.

Nothing here hard-codes a light theme: colours that must differ in dark mode are picked from the palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from studio.config import resources_dir


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is darker than its text (a dark system theme)."""
    pal = palette or QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < pal.color(QPalette.ColorRole.WindowText).lightness()


def apply_style(app: QApplication) -> None:
    """Fusion (consistent on every OS) with the system's own palette, plus the app stylesheet."""
    if "Fusion" in QStyleFactory.keys():
        # No explicit palette: Qt 6 keeps using the platform theme's palette (light or dark) and follows it
        # when the user switches theme while the app runs.
        app.setStyle("Fusion")
    qss = resources_dir() / "styles" / "app.qss"
    try:
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    except OSError:
        pass                              # styling is optional; never fail start-up over it
    app.setWindowIcon(icon("app"))


def icon(name: str) -> QIcon:
    """An icon from ``resources/icons/<name>.svg`` (an empty icon if missing)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def diff_colours(palette: QPalette | None = None) -> dict[str, QColor]:
    """Background colours for added/removed/header lines in a diff, readable on light and dark palettes."""
    if is_dark(palette):
        return {"add": QColor("#1e4620"), "remove": QColor("#5c1f1f"), "header": QColor("#253a5e")}
    return {"add": QColor("#dcf5dc"), "remove": QColor("#fbe0e0"), "header": QColor("#e1e9f7")}


def error_colour(palette: QPalette | None = None) -> QColor:
    """Text colour for inline validation messages."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b71c1c")


def dark_palette() -> QPalette:
    """A dark palette like the system's dark themes (for previews and screenshots of dark mode)."""
    pal = QPalette()
    role = QPalette.ColorRole
    for r, colour in ((role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"), (role.Base, "#1e1e1e"),
                      (role.AlternateBase, "#262626"), (role.Text, "#e6e6e6"), (role.Button, "#353535"),
                      (role.ButtonText, "#e6e6e6"), (role.Highlight, "#2f6f8f"), (role.HighlightedText, "#ffffff"),
                      (role.ToolTipBase, "#3a3a3a"), (role.ToolTipText, "#e6e6e6"), (role.Link, "#74c0fc"),
                      (role.PlaceholderText, "#8c8c8c"), (role.Mid, "#4a4a4a"), (role.Dark, "#1a1a1a"),
                      (role.Light, "#505050")):
        pal.setColor(r, QColor(colour))
    for r in (role.Text, role.WindowText, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, QColor("#7a7a7a"))
    return pal
