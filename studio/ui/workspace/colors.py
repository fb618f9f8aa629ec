"""How each finding kind looks in the editor and what the legend says about it.

Colours come in a light and a dark variant; :func:`is_dark` picks by the lightness of the palette's Base
colour, so highlights stay readable whatever the system theme is. Sentence-level kinds paint a background
(Hemingway style: hard = yellow, very hard = red, passive = green); word-level kinds paint a background tint
and/or an underline so they stay visible on top of a sentence background.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor, QPalette, QTextCharFormat

from studio.analysis import model as m
from studio.ui.i18n import ui_tr

WAVE = QTextCharFormat.UnderlineStyle.WaveUnderline
DOT = QTextCharFormat.UnderlineStyle.DotLine
DASH = QTextCharFormat.UnderlineStyle.DashUnderline
SOLID = QTextCharFormat.UnderlineStyle.SingleUnderline


@dataclass(frozen=True)
class KindStyle:
    """Presentation of one finding kind."""

    kind: str
    label: str                                  # legend / findings-panel group name
    hint: str                                   # one line: what to do about it
    background: tuple[str, str] | None = None   # (light, dark) fill
    underline: tuple[str, str] | None = None    # (light, dark) underline colour
    underline_style: QTextCharFormat.UnderlineStyle = WAVE
    sentence_level: bool = False                # paints under word-level highlights

    def color(self, dark: bool) -> QColor:
        """The kind's signature colour (for legend chips and panel icons)."""
        pair = self.underline or self.background or ("#868e96", "#adb5bd")
        return QColor(pair[1] if dark else pair[0])


_CONSISTENCY = ("#c2255c", "#f783ac")

STYLES: dict[str, KindStyle] = {s.kind: s for s in (
    KindStyle(m.VERY_HARD_SENTENCE, "Very hard sentence",
              "Split it into two or three short sentences, one idea each.",
              background=("#ffc9c9", "#6e2430"), sentence_level=True),
    KindStyle(m.HARD_SENTENCE, "Hard sentence",
              "Shorten it or split it; put the main point first.",
              background=("#fff1a8", "#5c4e0a"), sentence_level=True),
    KindStyle(m.PASSIVE_VOICE, "Passive voice",
              "Say who does what: \u201cresearchers found\u201d, not \u201cit was found\u201d.",
              background=("#c3f0d6", "#1d4d3b"), sentence_level=True),
    KindStyle(m.JARGON, "Jargon",
              "Use a plain word your viewers already know, or explain it once.",
              background=("#eadcff", "#47306e"), underline=("#7048e8", "#b197fc"), underline_style=SOLID),
    KindStyle(m.ACRONYM, "Acronym",
              "Spell it out the first time: \u201clow-density lipoprotein (LDL)\u201d.",
              underline=("#1971c2", "#74c0fc"), underline_style=DASH),
    KindStyle(m.LONG_WORD, "Long word",
              "A shorter word is easier to hear and to say.",
              underline=("#9c36b5", "#e599f7"), underline_style=DOT),
    KindStyle(m.UNCITED_CLAIM, "Uncited claim",
              "Link the source it comes from (Cite a source\u2026), or soften the claim.",
              underline=("#e8590c", "#ffa94d"), underline_style=WAVE),
    KindStyle(m.UNRESOLVED_CITATION, "Unknown citation",
              "This marker matches none of the project's sources: fix the key or add the source.",
              background=("#ffe3e3", "#5c1f1f"), underline=("#e03131", "#ff8787"), underline_style=WAVE),
    KindStyle(m.NUMBER_MISMATCH, "Number differs from source",
              "Check the figure against the cited source and copy it exactly.",
              underline=_CONSISTENCY, underline_style=WAVE),
    KindStyle(m.CERTAINTY_INFLATED, "Stronger than the evidence",
              "The source is more cautious: say \u201cmay\u201d, \u201cis linked to\u201d, \u201cin this study\u201d.",
              underline=_CONSISTENCY, underline_style=WAVE),
    KindStyle(m.RELATIVE_RISK_ONLY, "Relative risk only",
              "Add the absolute numbers (e.g. \u201cfrom 2 in 100 to 1 in 100\u201d).",
              underline=_CONSISTENCY, underline_style=WAVE),
    KindStyle(m.POPULATION_DROPPED, "Population left out",
              "Say who was studied (e.g. \u201cin older adults\u201d, \u201cin mice\u201d).",
              underline=_CONSISTENCY, underline_style=WAVE),
    KindStyle(m.GRAMMAR, "Grammar", "Check the wording; a suggested correction is offered.",
              underline=("#1c7ed6", "#74c0fc"), underline_style=WAVE),
    KindStyle(m.SPELLING, "Spelling", "Check the spelling; keep the word if it is right.",
              underline=("#e03131", "#ff8787"), underline_style=WAVE),
    KindStyle(m.STYLE, "Style", "Optional: a smoother way to say it.",
              underline=("#2f9e44", "#8ce99a"), underline_style=DOT),
)}

#: Order of groups in the findings panel and legend (most important first).
KIND_ORDER: tuple[str, ...] = (
    m.UNCITED_CLAIM, m.UNRESOLVED_CITATION, m.NUMBER_MISMATCH, m.CERTAINTY_INFLATED, m.RELATIVE_RISK_ONLY,
    m.POPULATION_DROPPED, m.JARGON, m.ACRONYM, m.VERY_HARD_SENTENCE, m.HARD_SENTENCE, m.PASSIVE_VOICE,
    m.LONG_WORD, m.GRAMMAR, m.SPELLING, m.STYLE,
)


def style_for(kind: str) -> KindStyle:
    """The style of ``kind`` with its label and hint in the interface language; unknown (future) kinds get
    a neutral dotted underline."""
    from dataclasses import replace

    style = STYLES.get(kind)
    if style is None:
        label = kind.replace("_", " ").capitalize()
        return KindStyle(kind, label, "", underline=("#868e96", "#adb5bd"), underline_style=DOT)
    return replace(style, label=ui_tr("Kinds", style.label), hint=ui_tr("Kinds", style.hint) if style.hint else "")


# The labels and hints above, for pyside6-lupdate (translated in style_for).
_LABELS = [
    QT_TRANSLATE_NOOP("Kinds", "Very hard sentence"),
    QT_TRANSLATE_NOOP("Kinds", "Split it into two or three short sentences, one idea each."),
    QT_TRANSLATE_NOOP("Kinds", "Hard sentence"),
    QT_TRANSLATE_NOOP("Kinds", "Shorten it or split it; put the main point first."),
    QT_TRANSLATE_NOOP("Kinds", "Passive voice"),
    QT_TRANSLATE_NOOP("Kinds", "Say who does what: \u201cresearchers found\u201d, not \u201cit was found\u201d."),
    QT_TRANSLATE_NOOP("Kinds", "Jargon"),
    QT_TRANSLATE_NOOP("Kinds", "Use a plain word your viewers already know, or explain it once."),
    QT_TRANSLATE_NOOP("Kinds", "Acronym"),
    QT_TRANSLATE_NOOP("Kinds", "Long word"),
    QT_TRANSLATE_NOOP("Kinds", "Uncited claim"),
    QT_TRANSLATE_NOOP("Kinds", "Link the source it comes from (Cite a source\u2026), or soften the claim."),
    QT_TRANSLATE_NOOP("Kinds", "Unknown citation"),
    QT_TRANSLATE_NOOP("Kinds", "Number differs from source"),
    QT_TRANSLATE_NOOP("Kinds", "Stronger than the evidence"),
    QT_TRANSLATE_NOOP("Kinds", "Relative risk only"),
    QT_TRANSLATE_NOOP("Kinds", "Population left out"),
    QT_TRANSLATE_NOOP("Kinds", "Grammar"),
    QT_TRANSLATE_NOOP("Kinds", "Spelling"),
    QT_TRANSLATE_NOOP("Kinds", "Style"),
]


def kind_rank(kind: str) -> int:
    """Sort key for kinds (unknown kinds last)."""
    try:
        return KIND_ORDER.index(kind)
    except ValueError:
        return len(KIND_ORDER)


def is_dark(palette: QPalette) -> bool:
    """True when the palette's text background is dark (dark mode)."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


#: Window property (bool) that asks for high-contrast highlights (presenter mode, projectors).
HIGH_CONTRAST_PROPERTY = "studioHighContrast"

# Presenter mode: saturated fills that survive a washed-out projector, and a dark underline on each.
# (light fill, dark-theme fill); underline colours reuse the kind's own, darkened for light themes.
_CONTRAST_FILL: dict[str, tuple[str, str]] = {
    m.VERY_HARD_SENTENCE: ("#ff8787", "#a61e4d"),
    m.HARD_SENTENCE: ("#ffe066", "#8a6d00"),
    m.PASSIVE_VOICE: ("#8ce99a", "#2b8a3e"),
    m.JARGON: ("#b197fc", "#6741d9"),
    m.ACRONYM: ("#a5d8ff", "#1864ab"),
    m.LONG_WORD: ("#eebefa", "#862e9c"),
    m.UNCITED_CLAIM: ("#ffc078", "#d9480f"),
    m.UNRESOLVED_CITATION: ("#ffa8a8", "#c92a2a"),
}
_CONTRAST_LINE = ("#000000", "#ffffff")

_FORMATS: dict[tuple[str, bool, bool], QTextCharFormat] = {}


def char_format(kind: str, dark: bool, contrast: bool = False) -> QTextCharFormat:
    """The QTextCharFormat that highlights a finding of ``kind`` (cached; callers must not modify it).

    ``contrast`` gives the presenter-mode variant: stronger fills and black (white on dark) underlines."""
    key = (kind, dark, contrast)
    fmt = _FORMATS.get(key)
    if fmt is None:
        fmt = _FORMATS[key] = _make_contrast_format(kind, dark) if contrast else _make_format(kind, dark)
    return fmt


def _make_contrast_format(kind: str, dark: bool) -> QTextCharFormat:
    style = style_for(kind)
    fmt = QTextCharFormat()
    fill = _CONTRAST_FILL.get(kind)
    if fill is not None:
        fmt.setBackground(QBrush(QColor(fill[1] if dark else fill[0])))
    if style.underline or fill is None:
        fmt.setUnderlineStyle(SOLID if style.underline_style in (DOT, DASH) else style.underline_style)
        fmt.setUnderlineColor(QColor(_CONTRAST_LINE[1] if dark else _CONTRAST_LINE[0]))
    return fmt


def _make_format(kind: str, dark: bool) -> QTextCharFormat:
    style = style_for(kind)
    fmt = QTextCharFormat()
    if style.background:
        fmt.setBackground(QBrush(QColor(style.background[1] if dark else style.background[0])))
    if style.underline:
        fmt.setUnderlineStyle(style.underline_style)
        fmt.setUnderlineColor(QColor(style.underline[1] if dark else style.underline[0]))
    return fmt

