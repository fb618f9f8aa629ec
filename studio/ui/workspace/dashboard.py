"""The numbers that matter at a glance: reading grade vs target, reading ease, jargon share, uncited
claims, and speaking time per segment and in total against the platform's length."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from studio.analysis.model import Metrics
from studio.store.models import PLATFORM_PRESETS
from studio.ui.i18n import ui_tr
from studio.ui.workspace.colors import is_dark

OVER_LIGHT, OVER_DARK = "#e03131", "#ff6b6b"
OK_LIGHT, OK_DARK = "#2f9e44", "#69db7c"


def _warn_color(widget: QWidget, bad: bool) -> str:
    dark = is_dark(widget.palette())
    if bad:
        return OVER_DARK if dark else OVER_LIGHT
    return OK_DARK if dark else OK_LIGHT


def _style(label: QLabel, sheet: str) -> None:
    """Set a style sheet only when it changes (re-polishing is the slow part of an update)."""
    if label.styleSheet() != sheet:
        label.setStyleSheet(sheet)


def _text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def ease_words(ease: float) -> str:
    """Flesch reading ease in words."""
    for limit, words in ((90, "very easy"), (80, "easy"), (70, "fairly easy"), (60, "plain English"),
                         (50, "fairly difficult"), (30, "difficult")):
        if ease >= limit:
            return words
    return "very difficult"


def fmt_seconds(seconds: float) -> str:
    """"48 s" or "1:32"."""
    seconds = max(0.0, seconds)
    if seconds < 90:
        return f"{seconds:.0f} s"
    return f"{int(seconds // 60)}:{int(round(seconds % 60)):02d}"


class DurationBar(QWidget):
    """Speaking time against the target: fills with the highlight colour, red once past the target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seconds = 0.0
        self.target: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(ui_tr("Dashboard", "Speaking time"))

    @property
    def over_target(self) -> bool:
        """True when the script runs longer than the target."""
        return self.target is not None and self.seconds > self.target

    def set_values(self, seconds: float, target: float | None) -> None:
        """Update and repaint."""
        self.seconds, self.target = seconds, target
        text = f"Speaking time {fmt_seconds(seconds)}"
        if target:
            text += f" of {fmt_seconds(target)}" + (" (too long)" if self.over_target else "")
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """A slim bar."""
        return QSize(160, max(14, self.fontMetrics().height()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        """Track, fill (red past the target) and a tick at the target."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 2.5, -0.5, -2.5)
        pal = self.palette()
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(pal.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 3, 3)
        scale = max(self.seconds, (self.target or 0) * 1.15, 1.0)
        fill = rect.adjusted(1, 1, -1, -1)
        fill.setWidth(fill.width() * min(1.0, self.seconds / scale))
        color = QColor(_warn_color(self, True)) if self.over_target else pal.color(QPalette.ColorRole.Highlight)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(fill, 2, 2)
        if self.target:
            x = rect.left() + rect.width() * (self.target / scale)
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Text), 2))
            painter.drawLine(int(x), int(rect.top()) - 1, int(x), int(rect.bottom()) + 1)
        painter.end()


class Dashboard(QWidget):
    """Metrics of the open script plus the platform preset that sets the target length."""

    preset_chosen = Signal(str, int)      # preset name, target seconds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset_combo = QComboBox(self)
        self.preset_combo.setAccessibleName(ui_tr("Dashboard", "Platform and target length"))
        self.preset_combo.setToolTip(ui_tr("Dashboard", "Where the video goes: sets the target length"))
        for name, seconds in PLATFORM_PRESETS.items():
            self.preset_combo.addItem(name, seconds)
        self.preset_combo.activated.connect(self._on_preset)
        self.preset_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset_combo.setMinimumContentsLength(8)      # zoomed in, a narrow column still shows the values
        self.bar = DurationBar(self)
        self.time_label = QLabel("\u2014", self)
        self.grade_label = QLabel("\u2014", self)
        self.ease_label = QLabel("\u2014", self)
        self.jargon_label = QLabel("\u2014", self)
        self.claims_label = QLabel("\u2014", self)
        for label, tip in ((self.grade_label, "US school grade needed to follow the script (Flesch\u2013Kincaid)"),
                           (self.ease_label, "Flesch reading ease: higher is easier (60\u201370 is plain English)"),
                           (self.jargon_label, "Share of words that are jargon"),
                           (self.claims_label, "Health claims and statistics with no linked source")):
            label.setToolTip(tip)
        for label in (self.time_label, self.grade_label, self.ease_label, self.jargon_label, self.claims_label):
            label.setWordWrap(True)      # zoomed in on a narrow column, a value wraps at a word, never cut
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.off_label = QLabel("", self)
        self.off_label.setWordWrap(True)
        self.off_label.setAccessibleName(ui_tr("Dashboard", "Checks not available in this language"))
        self.off_label.setVisible(False)
        self.segments_label = QLabel("", self)
        self.segments_label.setWordWrap(True)
        self.segments_label.setToolTip(ui_tr("Dashboard", "Speaking time of each segment"))

        # A grid, not a QFormLayout: the grid gives a wrapped value its second line (zoomed in, a narrow column).
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self._row_labels: dict[QWidget, QLabel] = {}
        rows: list[tuple[str | None, QWidget]] = [
            (ui_tr("Dashboard", "&Platform"), self.preset_combo), (ui_tr("Dashboard", "Length"), self.time_label),
            (None, self.bar), (None, self.segments_label), (ui_tr("Dashboard", "Grade"), self.grade_label),
            (ui_tr("Dashboard", "Reading ease"), self.ease_label), (ui_tr("Dashboard", "Jargon"), self.jargon_label),
            (ui_tr("Dashboard", "Uncited claims"), self.claims_label), (None, self.off_label)]
        for row, (name, field) in enumerate(rows):
            if name is None:
                grid.addWidget(field, row, 0, 1, 2)
                continue
            label = QLabel(name, self)
            label.setBuddy(field)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self._row_labels[field] = label
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(grid)
        self._target_grade = 8.0
        self._target_seconds: float | None = None
        self.metrics: Metrics | None = None

    # -- preset ----------------------------------------------------------------------------------------
    def set_target(self, platform: str, target_seconds: float | None, target_grade: float) -> None:
        """Show the project's platform preset and targets."""
        self._target_grade = target_grade
        self._target_seconds = target_seconds
        index = self.preset_combo.findText(platform)
        if index < 0 or (target_seconds and PLATFORM_PRESETS.get(platform) != int(target_seconds)):
            custom = f"Custom ({fmt_seconds(target_seconds or 0)})"
            index = self.preset_combo.findText(custom)
            if index < 0:
                self._drop_custom()
                self.preset_combo.addItem(custom, int(target_seconds or 0))
                index = self.preset_combo.count() - 1
        else:
            self._drop_custom()
            index = self.preset_combo.findText(platform)
        self.preset_combo.setCurrentIndex(index)
        if self.metrics is not None:
            self.set_metrics(self.metrics, self._segment_rows)

    def _drop_custom(self) -> None:
        for i in reversed(range(self.preset_combo.count())):
            if self.preset_combo.itemText(i).startswith("Custom ("):
                self.preset_combo.removeItem(i)

    def _on_preset(self, index: int) -> None:
        name = self.preset_combo.itemText(index)
        seconds = int(self.preset_combo.itemData(index) or 0)
        if name in PLATFORM_PRESETS:
            self._target_seconds = float(seconds)
            self.preset_chosen.emit(name, seconds)

    # -- metrics ---------------------------------------------------------------------------------------
    _segment_rows: Sequence[tuple[str, float]] = ()

    def clear(self) -> None:
        """No script open / no result yet."""
        self.metrics = None
        for label in (self.time_label, self.grade_label, self.ease_label, self.jargon_label, self.claims_label):
            label.setText("\u2014")
        self.bar.set_values(0.0, self._target_seconds)
        self._set_segment_rows(())

    def set_metrics(self, metrics: Metrics, segments: Sequence[tuple[str, float]]) -> None:
        """Show a script's metrics; ``segments`` pairs each segment name with its speaking seconds."""
        self.metrics = metrics
        target = self._target_seconds
        seconds = metrics.speaking_seconds
        over = target is not None and seconds > target
        time_text = ui_tr("Dashboard", "{seconds} of {target}").format(
            seconds=fmt_seconds(seconds), target=fmt_seconds(target)) if target else fmt_seconds(seconds)
        if over and target is not None:
            time_text += ui_tr("Dashboard", " \u2014 {over} too long").format(over=fmt_seconds(seconds - target))
        _text(self.time_label, time_text)
        _style(self.time_label, f"color:{_warn_color(self, True)}" if over else "")
        self.bar.set_values(seconds, target)
        english = metrics.readability_measure == "flesch_kincaid"
        self._show_english_rows(english)
        if not metrics.words:    # no words: a grade of 0 and an ease of 100 would be praise for nothing
            _text(self.grade_label, ui_tr("Dashboard", "\u2014 (no text yet)"))
            _style(self.grade_label, "")
            _text(self.ease_label, "\u2014")
        elif english:
            grade_bad = metrics.grade > self._target_grade
            _text(self.grade_label, ui_tr("Dashboard", "{value} (target {target} or lower)").format(
                value=f"{metrics.grade:.1f}", target=f"{self._target_grade:g}"))
            _style(self.grade_label, f"color:{_warn_color(self, grade_bad)}")
            _text(self.ease_label, f"{metrics.reading_ease:.0f} \u2014 "
                                   f"{ui_tr('Dashboard', ease_words(metrics.reading_ease))}")
        else:
            from studio.analysis.langread import MEASURE_NAMES

            name = MEASURE_NAMES.get(metrics.readability_measure, metrics.readability_measure)
            level = ui_tr("Dashboard", metrics.readability_level.capitalize()) if metrics.readability_level \
                else "\u2014"
            _text(self.grade_label, ui_tr("Dashboard", "{level} ({measure} {score})").format(
                level=level, measure=name, score=f"{metrics.readability_score:.0f}"))
            _style(self.grade_label, f"color:{_warn_color(self, metrics.readability_level == 'hard')}")
        terms = ui_tr("Dashboard", "1 term") if metrics.jargon_terms == 1 else \
            ui_tr("Dashboard", "{count} terms").format(count=metrics.jargon_terms)
        _text(self.jargon_label, f"{metrics.jargon_ratio * 100:.1f}% ({terms})")
        claims_bad = metrics.uncited_claims > 0
        _text(self.claims_label, ui_tr("Dashboard", "{count} of {total}").format(
            count=metrics.uncited_claims, total=metrics.claims) if metrics.claims else "0")
        _style(self.claims_label, f"color:{_warn_color(self, claims_bad)}" if metrics.claims else "")
        self._set_segment_rows(segments)

    def _show_english_rows(self, english: bool) -> None:
        """Grade and reading ease are English scales; other languages show one readability row."""
        self._row_labels[self.grade_label].setText(ui_tr("Dashboard", "Grade") if english
                                                   else ui_tr("Dashboard", "Readability"))
        self.grade_label.setToolTip("US school grade needed to follow the script (Flesch\u2013Kincaid)" if english
                                    else "Readability by the formula this language's readers know")
        self.ease_label.setVisible(english)
        self._row_labels[self.ease_label].setVisible(english)

    def set_language(self, language_name: str, unavailable: Sequence[str]) -> None:
        """Say which checks are off because they have no rules for the script's language yet."""
        from studio.analysis.profile import CHECK_LABELS

        if unavailable:
            off = ", ".join(ui_tr("Checks", CHECK_LABELS.get(c, c)) for c in unavailable)
            text = ui_tr("Dashboard", "Off in {language} (no rules yet): {checks}").format(
                language=ui_tr("Languages", language_name), checks=off)
            self.off_label.setText(f"<i>{html.escape(text)}</i>")
        self.off_label.setVisible(bool(unavailable))

    def _set_segment_rows(self, rows: Sequence[tuple[str, float]]) -> None:
        self._segment_rows = tuple(rows)
        parts = [f"{html.escape(name)}&nbsp;<b>{fmt_seconds(seconds).replace(' ', '&nbsp;')}</b>"
                 for name, seconds in rows]       # "10 s" never splits over two lines
        _text(self.segments_label, " \u00b7 ".join(parts))
        self.segments_label.setAccessibleDescription(
            ", ".join(f"{name} {fmt_seconds(seconds)}" for name, seconds in rows))


# Readability levels shown on the dashboard, for pyside6-lupdate (translated where shown).
_LEVELS = (QT_TRANSLATE_NOOP("Dashboard", "Easy"), QT_TRANSLATE_NOOP("Dashboard", "Medium"),
           QT_TRANSLATE_NOOP("Dashboard", "Hard"), QT_TRANSLATE_NOOP("Dashboard", "very easy"),
           QT_TRANSLATE_NOOP("Dashboard", "easy"), QT_TRANSLATE_NOOP("Dashboard", "fairly easy"),
           QT_TRANSLATE_NOOP("Dashboard", "plain English"), QT_TRANSLATE_NOOP("Dashboard", "fairly difficult"),
           QT_TRANSLATE_NOOP("Dashboard", "difficult"), QT_TRANSLATE_NOOP("Dashboard", "very difficult"))

# What the dashboard names by key (check labels, script languages), for pyside6-lupdate.
_NAMES = (
    QT_TRANSLATE_NOOP("Checks", "jargon"), QT_TRANSLATE_NOOP("Checks", "acronyms"),
    QT_TRANSLATE_NOOP("Checks", "readability"), QT_TRANSLATE_NOOP("Checks", "long words"),
    QT_TRANSLATE_NOOP("Checks", "passive voice"), QT_TRANSLATE_NOOP("Checks", "uncited claims"),
    QT_TRANSLATE_NOOP("Checks", "citation markers"), QT_TRANSLATE_NOOP("Checks", "claim\u2013source consistency"),
    QT_TRANSLATE_NOOP("Checks", "drafting from research"), QT_TRANSLATE_NOOP("Checks", "grammar (LanguageTool)"),
    QT_TRANSLATE_NOOP("Languages", "English"), QT_TRANSLATE_NOOP("Languages", "French"),
    QT_TRANSLATE_NOOP("Languages", "Spanish"), QT_TRANSLATE_NOOP("Languages", "Portuguese"),
    QT_TRANSLATE_NOOP("Languages", "Indonesian"), QT_TRANSLATE_NOOP("Languages", "Japanese"),
    QT_TRANSLATE_NOOP("Languages", "Korean"),
)
