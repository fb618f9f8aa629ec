"""Text size of the main window: the zoom as a window style sheet, with relative sizes for some widgets.

The app has a style sheet, and under a style sheet ``setFont`` on a window no longer reaches its children;
a ``font-size`` rule on the window does (panels, menus, the status bar and the window's dialogs follow it).
A widget that wants text larger than its surroundings (the spoken-text editor, 115 %) names a *font role*
with :func:`set_font_role`; the zoom sheet gives every role its own size, and outside a zoomed window the
widget keeps an explicit font of the same relative size.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

FONT_ROLE_PROPERTY = "studioFontRole"
#: Font roles and their size relative to the window's text.
ROLE_SCALES: dict[str, float] = {"spoken": 1.15}


def base_point_size() -> float:
    """The system's text size in points (the application font; 9 pt if it is given in pixels)."""
    size = QApplication.font().pointSizeF()
    return size if size > 0 else 9.0


def scaled_font(base: QFont, scale: float) -> QFont:
    """``base`` with its size multiplied by ``scale`` (point or pixel size, whichever it uses)."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * scale)))
    return font


def set_font_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` a font role: relative size now, and the role's rule in a zoomed window."""
    widget.setProperty(FONT_ROLE_PROPERTY, role)
    widget.setFont(scaled_font(widget.font(), ROLE_SCALES.get(role, 1.0)))


def zoom_style_sheet(percent: int, base_pt: float | None = None) -> str:
    """The window style sheet for a zoom of ``percent`` (of the system size): all text, then each role."""
    size = (base_pt or base_point_size()) * percent / 100.0
    rules = [f"QWidget {{ font-size: {size:.2f}pt; }}"]
    rules += [f'QWidget[{FONT_ROLE_PROPERTY}="{role}"] {{ font-size: {size * scale:.2f}pt; }}'
              for role, scale in ROLE_SCALES.items()]
    return "\n".join(rules)
