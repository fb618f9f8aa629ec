"""New project / project settings dialog: title, platform preset → target length, reading grade, speaking rate."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.analysis.profile import PROFILES, get_profile, language_code, missing_extra
from studio.store.models import PLATFORM_PRESETS, Project
from studio.ui.i18n import ui_tr
from studio.ui.window_fit import keep_on_screen

CUSTOM = "Custom"


@dataclass(frozen=True)
class ProjectValues:
    """What the dialog collected (the fields of :class:`~studio.store.models.Project` a user edits)."""

    title: str
    platform: str
    target_seconds: int
    target_grade: float
    words_per_minute: int
    language: str = "en"

    def as_fields(self) -> dict[str, object]:
        """Keyword arguments for ``Library.create_project`` / ``update_project``."""
        return {"platform": self.platform, "target_seconds": self.target_seconds,
                "target_grade": self.target_grade, "words_per_minute": self.words_per_minute,
                "language": self.language}


#: The pace's unit after the number (translated where shown).
_SUFFIXES = {"words": QT_TRANSLATE_NOOP("ProjectDialog", " words/min"),
             "morae": QT_TRANSLATE_NOOP("ProjectDialog", " morae/min"),
             "syllables": QT_TRANSLATE_NOOP("ProjectDialog", " syllables/min")}


class ProjectDialog(QDialog):
    """Edit a project's title and settings. ``project=None`` → a new project with the given defaults."""

    def __init__(self, parent: QWidget | None = None, project: Project | None = None, *,
                 default_platform: str = "TikTok 60 s", default_grade: float = 8.0,
                 default_wpm: int = 150) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setWindowTitle(ui_tr("ProjectDialog", "Project settings") if project
                            else ui_tr("ProjectDialog", "New project"))
        self.setAccessibleName(self.windowTitle())

        self.title_edit = QLineEdit(project.title if project else "")
        self.title_edit.setPlaceholderText(ui_tr("ProjectDialog", "e.g. Sleep and teen anxiety"))
        self.title_edit.setAccessibleName(ui_tr("ProjectDialog", "Project title"))

        self.platform_combo = QComboBox()
        self.platform_combo.addItems([*PLATFORM_PRESETS, CUSTOM])
        self.platform_combo.setAccessibleName(ui_tr("ProjectDialog", "Platform preset"))
        self.platform_combo.setToolTip(ui_tr("ProjectDialog", "The platform sets the target length of the video."))

        self.language_combo = QComboBox()
        for code, profile in PROFILES.items():
            # The name a reader of the interface knows first: "Japanese (日本語)" is readable even where no
            # CJK font is installed (the native name alone showed as empty boxes).
            name = ui_tr("Languages", profile.name)
            label = name if profile.native_name in ("", name) else f"{name} ({profile.native_name})"
            self.language_combo.addItem(label, code)
        self.language_combo.setAccessibleName(ui_tr("ProjectDialog", "Script language"))
        self.language_combo.setToolTip(ui_tr("ProjectDialog", "The language the script is written in: it picks the checks, the "
                                       "readability formula and the speaking pace."))
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language_note.setAccessibleName(ui_tr("ProjectDialog", "Language note"))

        self.seconds_spin = QSpinBox()
        self.seconds_spin.setRange(5, 600)
        self.seconds_spin.setSuffix(" s")
        self.seconds_spin.setAccessibleName(ui_tr("ProjectDialog", "Target length in seconds"))

        self.grade_spin = QDoubleSpinBox()
        self.grade_spin.setRange(3.0, 16.0)
        self.grade_spin.setSingleStep(0.5)
        self.grade_spin.setDecimals(1)
        self.grade_spin.setAccessibleName(ui_tr("ProjectDialog", "Target reading grade"))
        self.grade_spin.setToolTip(ui_tr("ProjectDialog", "US school grade. 6–8 suits a general audience."))

        self.wpm_spin = QSpinBox()
        self.wpm_spin.setRange(80, 400)
        self.wpm_spin.setSuffix(ui_tr("ProjectDialog", " words/min"))
        self.wpm_spin.setAccessibleName(ui_tr("ProjectDialog", "Speaking rate in words per minute"))
        self.wpm_spin.setToolTip(ui_tr("ProjectDialog", "Your speaking pace; 130–160 is typical for short videos."))

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(ui_tr("ProjectDialog", "Length hint"))

        platform = project.platform if project else default_platform
        seconds = project.target_seconds if project else PLATFORM_PRESETS.get(platform, 60)
        self.grade_spin.setValue(float(project.target_grade) if project else float(default_grade))
        self.wpm_spin.setValue(int(project.words_per_minute) if project else int(default_wpm))
        self.seconds_spin.setValue(int(seconds))
        self._select_platform(platform if platform in PLATFORM_PRESETS else CUSTOM)
        code = language_code(project.language) if project else "en"
        index = self.language_combo.findData(code if code in PROFILES else "en")
        self.language_combo.setCurrentIndex(max(0, index))
        self._language = self.language_combo.currentData()
        self._apply_language(self._language)

        form = QFormLayout()
        form.addRow(ui_tr("ProjectDialog", "&Title:"), self.title_edit)
        form.addRow(ui_tr("ProjectDialog", "La&nguage:"), self.language_combo)
        form.addRow("", self.language_note)
        form.addRow(ui_tr("ProjectDialog", "&Platform:"), self.platform_combo)
        form.addRow(ui_tr("ProjectDialog", "Target &length:"), self.seconds_spin)
        form.addRow(ui_tr("ProjectDialog", "Reading &grade:"), self.grade_spin)
        form.addRow(ui_tr("ProjectDialog", "Speaking &rate:"), self.wpm_spin)
        form.addRow("", self.hint)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if not project:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ui_tr("ProjectDialog", "Create"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.platform_combo.currentTextChanged.connect(self._platform_changed)
        self.seconds_spin.valueChanged.connect(self._seconds_changed)
        self.wpm_spin.valueChanged.connect(self._update_hint)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.title_edit.textChanged.connect(self._update_ok)
        self._update_hint()
        self._update_ok()
        self.title_edit.setFocus()

    def _language_changed(self, _index: int) -> None:
        new = self.language_combo.currentData()
        old_default = int(get_profile(self._language).speaking_rate)
        if self.wpm_spin.value() == old_default:      # the pace was the old language's default: follow
            self.wpm_spin.setValue(int(get_profile(new).speaking_rate))
        self._language = new
        self._apply_language(new)
        self._update_hint()

    def _apply_language(self, code: str) -> None:
        profile = get_profile(code)
        self.wpm_spin.setSuffix(ui_tr("ProjectDialog", _SUFFIXES.get(profile.speaking_unit, _SUFFIXES["words"])))
        self.wpm_spin.setAccessibleName(ui_tr("ProjectDialog", "Speaking rate per minute"))
        english = profile.code == "en"
        self.grade_spin.setEnabled(english)
        self.grade_spin.setToolTip(ui_tr("ProjectDialog", "US school grade. 6–8 suits a general audience.")
                                   if english else ui_tr("ProjectDialog", "Scripts in this language are rated "
                                                         "easy / medium / hard by their own readability measure; "
                                                         "the US grade applies to English only."))
        notes = []
        if profile.unavailable:
            from studio.analysis.profile import CHECK_LABELS

            off = ", ".join(ui_tr("Checks", CHECK_LABELS[c]) for c in profile.unavailable)
            notes.append(ui_tr("ProjectDialog", "Not available in {language} yet: {checks}.").format(
                language=ui_tr("Languages", profile.name), checks=off))
        problem = missing_extra(profile)
        if problem:
            notes.append(problem)
        self.language_note.setText(" ".join(notes))
        self.language_note.setVisible(bool(notes))

    def _select_platform(self, name: str) -> None:
        self.platform_combo.blockSignals(True)
        self.platform_combo.setCurrentText(name)
        self.platform_combo.blockSignals(False)

    def _platform_changed(self, name: str) -> None:
        if name in PLATFORM_PRESETS:
            self.seconds_spin.blockSignals(True)
            self.seconds_spin.setValue(PLATFORM_PRESETS[name])
            self.seconds_spin.blockSignals(False)
        self._update_hint()

    def _seconds_changed(self, seconds: int) -> None:
        current = self.platform_combo.currentText()
        if current in PLATFORM_PRESETS and PLATFORM_PRESETS[current] != seconds:
            self._select_platform(CUSTOM)
        self._update_hint()

    def _update_hint(self) -> None:
        words = round(self.seconds_spin.value() * self.wpm_spin.value() / 60)
        hints = {"morae": QT_TRANSLATE_NOOP("ProjectDialog", "About {count} morae fit in {seconds} seconds."),
                 "syllables": QT_TRANSLATE_NOOP("ProjectDialog", "About {count} syllables fit in {seconds} seconds.")}
        template = hints.get(get_profile(self._language).speaking_unit,
                             QT_TRANSLATE_NOOP("ProjectDialog", "About {count} spoken words fit in {seconds} seconds."))
        self.hint.setText(ui_tr("ProjectDialog", template).format(count=words, seconds=self.seconds_spin.value()))

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title_edit.text().strip()))

    def values(self) -> ProjectValues:
        """The entered values (title stripped)."""
        return ProjectValues(
            title=self.title_edit.text().strip(),
            platform=self.platform_combo.currentText(),
            target_seconds=self.seconds_spin.value(),
            target_grade=round(self.grade_spin.value(), 1),
            words_per_minute=self.wpm_spin.value(),
            language=self.language_combo.currentData() or "en",
        )
