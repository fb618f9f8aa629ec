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
        palette = app.palette()           # the platform theme's palette (light or dark)
        app.setStyle("Fusion")
        app.setPalette(palette)
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
