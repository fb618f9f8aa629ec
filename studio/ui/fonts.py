"""Relative font sizes that follow the window's zoom.

A widget that wants text larger than its surroundings (the spoken-text editor uses 115 %) sets the
:data:`FONT_SCALE_PROPERTY` and calls :func:`apply_font_scale`; when the zoom changes, :func:`rescale_fonts`
re-applies every such scale from the parent's new font. (A font set with ``setFont`` no longer follows
its parent, so a fixed point size would stay small while everything around it grows.)
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

FONT_SCALE_PROPERTY = "studioFontScale"


def scaled_font(base: QFont, scale: float) -> QFont:
    """``base`` with its size multiplied by ``scale`` (point or pixel size, whichever it uses)."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * scale)))
    return font


def apply_font_scale(widget: QWidget) -> None:
    """Give ``widget`` its parent's font (the app font if it has none) times its scale property."""
    try:
        scale = float(widget.property(FONT_SCALE_PROPERTY) or 1.0)
    except (TypeError, ValueError):
        scale = 1.0
    parent = widget.parentWidget()
    base = parent.font() if parent is not None else QApplication.font()
    widget.setFont(scaled_font(base, scale))


def set_font_scale(widget: QWidget, scale: float) -> None:
    """Mark ``widget`` as ``scale`` times its parent's font size and apply it now."""
    widget.setProperty(FONT_SCALE_PROPERTY, float(scale))
    apply_font_scale(widget)


def rescale_fonts(root: QWidget) -> int:
    """Re-apply the scale of every marked widget under ``root`` (parents first); returns how many."""
    marked = [w for w in root.findChildren(QWidget) if w.property(FONT_SCALE_PROPERTY) is not None]
    marked.sort(key=_depth)
    for widget in marked:
        apply_font_scale(widget)
    return len(marked)


def _depth(widget: QWidget) -> int:
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth
