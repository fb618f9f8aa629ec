"""Preferences: defaults for new projects, library location, visible highlight kinds, grammar checking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.analysis.model import ALL_KINDS
from studio.config import default_store_path
from studio.store.models import PLATFORM_PRESETS
from studio.ui.i18n import ui_tr
from studio.ui.settings import AppSettings
from studio.ui.window_fit import keep_on_screen
from studio.ui.workspace.fit_scroll import stacked_scroll

GRAMMAR_CHOICES: tuple[tuple[str, str], ...] = (
    ("auto", "Automatic (local checker if available)"),
    ("local", "Local LanguageTool (needs Java)"),
    ("server", "My own LanguageTool server"),
    ("off", "Off"),
)


def kind_label(kind: str) -> tuple[str, str]:
    """(label, hint) of a finding kind, from the workspace's legend when available."""
    try:
        from studio.ui.workspace.colors import style_for

        style = style_for(kind)
        return style.label, style.hint
    except ImportError:  # pragma: no cover - the workspace is part of the app
        return kind.replace("_", " ").capitalize(), ""


class SettingsDialog(QDialog):
    """Edit :class:`AppSettings`; values are written only when the user presses OK (see :meth:`apply`)."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.settings = settings
        self.setWindowTitle(ui_tr("Preferences", "Preferences"))
        self.setAccessibleName(ui_tr("Preferences", "Preferences"))

        # new projects
        self.grade_spin = QDoubleSpinBox()
        self.grade_spin.setRange(3.0, 16.0)
        self.grade_spin.setSingleStep(0.5)
        self.grade_spin.setDecimals(1)
        self.grade_spin.setValue(settings.target_grade)
        self.grade_spin.setAccessibleName(ui_tr("Preferences", "Default target reading grade"))
        self.wpm_spin = QSpinBox()
        self.wpm_spin.setRange(80, 260)
        self.wpm_spin.setSuffix(ui_tr("Preferences", " words/min"))
        self.wpm_spin.setValue(settings.words_per_minute)
        self.wpm_spin.setAccessibleName(ui_tr("Preferences", "Default speaking rate"))
        self.platform_combo = QComboBox()
        self.platform_combo.addItems(list(PLATFORM_PRESETS))
        self.platform_combo.setCurrentText(settings.default_platform)
        self.platform_combo.setAccessibleName(ui_tr("Preferences", "Default platform"))
        defaults = QGroupBox(ui_tr("Preferences", "Defaults for new projects"))
        form = QFormLayout(defaults)
        form.addRow(ui_tr("Preferences", "Reading &grade:"), self.grade_spin)
        form.addRow(ui_tr("Preferences", "Speaking &rate:"), self.wpm_spin)
        form.addRow(ui_tr("Preferences", "&Platform:"), self.platform_combo)

        # library file
        self.store_edit = QLineEdit(settings.store_path)
        self.store_edit.setPlaceholderText(f"Default: {default_store_path()}")
        self.store_edit.setAccessibleName(ui_tr("Preferences", "Library file"))
        browse = QPushButton(ui_tr("Preferences", "&Browse\u2026"))
        browse.setAccessibleName(ui_tr("Preferences", "Choose library file"))
        browse.clicked.connect(self._browse_store)
        reset = QPushButton(ui_tr("Preferences", "Use &default"))
        reset.setAccessibleName(ui_tr("Preferences", "Use the default library location"))
        reset.clicked.connect(self.store_edit.clear)
        store_row = QHBoxLayout()
        store_row.addWidget(self.store_edit, 1)
        store_row.addWidget(browse)
        store_row.addWidget(reset)
        store_box = QGroupBox(ui_tr("Preferences", "Library file"))
        store_layout = QVBoxLayout(store_box)
        store_layout.addLayout(store_row)
        note = QLabel(ui_tr("Preferences", "A new location applies the next time Script Studio starts. "
                      "An empty field means the default location."))
        note.setWordWrap(True)
        store_layout.addWidget(note)

        # highlights
        self.kind_checks: dict[str, QCheckBox] = {}
        kinds_box = QGroupBox(ui_tr("Preferences", "Show these highlights"))
        grid = QGridLayout(kinds_box)
        hidden = settings.hidden_kinds
        for i, kind in enumerate(ALL_KINDS):
            label, hint = kind_label(kind)
            check = QCheckBox(label)
            check.setChecked(kind not in hidden)
            check.setToolTip(hint)
            check.setAccessibleName(f"Show {label} highlights")
            self.kind_checks[kind] = check
            grid.addWidget(check, i // 3, i % 3)

        # grammar
        self.grammar_combo = QComboBox()
        for mode, text in GRAMMAR_CHOICES:
            self.grammar_combo.addItem(text, mode)
        self.grammar_combo.setCurrentIndex(max(0, [m for m, _ in GRAMMAR_CHOICES].index(settings.grammar_mode)))
        self.grammar_combo.setAccessibleName(ui_tr("Preferences", "Grammar checking"))
        self.grammar_url = QLineEdit(settings.grammar_url)
        self.grammar_url.setPlaceholderText("http://localhost:8081")
        self.grammar_url.setAccessibleName(ui_tr("Preferences", "LanguageTool server URL"))
        self.grammar_download = QCheckBox(ui_tr("Preferences", "&Download LanguageTool for the local checker (about 250 MB, once)"))
        self.grammar_download.setChecked(settings.grammar_download == "yes")
        self.grammar_download.setToolTip(ui_tr("Preferences", "The local checker needs LanguageTool on this computer. Nothing is "
                                         "downloaded unless this is ticked; your scripts are never sent."))
        self.grammar_download.setAccessibleName(ui_tr("Preferences", "Allow downloading LanguageTool"))
        grammar_box = QGroupBox(ui_tr("Preferences", "Grammar and spelling"))
        grammar_form = QFormLayout(grammar_box)
        grammar_form.addRow(ui_tr("Preferences", "&Checker:"), self.grammar_combo)
        grammar_form.addRow(ui_tr("Preferences", "Server &URL:"), self.grammar_url)
        grammar_form.addRow(self.grammar_download)
        self.grammar_combo.currentIndexChanged.connect(self._grammar_changed)
        self._grammar_changed()

        # interface language
        from studio.ui.i18n import UI_LANGUAGES

        self.ui_language_combo = QComboBox()
        for code, name in UI_LANGUAGES:
            self.ui_language_combo.addItem(self.tr("System language") if not code else name, code)
        self.ui_language_combo.setCurrentIndex(max(0, self.ui_language_combo.findData(settings.ui_language)))
        self.ui_language_combo.setAccessibleName(self.tr("Interface language"))
        ui_box = QGroupBox(self.tr("Interface"))
        ui_form = QFormLayout(ui_box)
        ui_form.addRow(self.tr("&Language:"), self.ui_language_combo)
        ui_note = QLabel(self.tr("The app's menus and labels; applies the next time Script Studio starts. "
                                 "A script's own language is set in its project."))
        ui_note.setWordWrap(True)
        ui_form.addRow(ui_note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)

        # Zoomed in on a 1280x720 screen the groups are taller than the screen: they scroll, OK stays put.
        scroll = stacked_scroll([defaults, kinds_box, grammar_box, ui_box, store_box], self, max_share=None)
        scroll.widget().layout().setSpacing(6)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(self.sizeHint())          # all of it where the screen has room (shown: capped to the screen)

    def _browse_store(self) -> None:
        start = self.store_edit.text() or str(default_store_path())
        path, _ = QFileDialog.getSaveFileName(self, "Library file", start,
                                              "Script Studio library (*.studio.db *.db);;All files (*)",
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.store_edit.setText(str(Path(path)))

    def _grammar_changed(self) -> None:
        mode = self.grammar_combo.currentData()
        self.grammar_url.setEnabled(mode == "server")
        self.grammar_download.setEnabled(mode in ("auto", "local"))

    def hidden_kinds(self) -> frozenset[str]:
        """Kinds whose box is unticked."""
        return frozenset(k for k, check in self.kind_checks.items() if not check.isChecked())

    def apply(self) -> None:
        """Write the dialog's values to the settings (each setter emits ``changed`` if it changed)."""
        s = self.settings
        s.target_grade = round(self.grade_spin.value(), 1)
        s.words_per_minute = self.wpm_spin.value()
        s.default_platform = self.platform_combo.currentText()
        s.store_path = self.store_edit.text().strip()
        s.hidden_kinds = self.hidden_kinds()
        s.grammar_mode = str(self.grammar_combo.currentData())
        s.grammar_url = self.grammar_url.text().strip()
        s.ui_language = str(self.ui_language_combo.currentData() or "")
        if self.grammar_download.isChecked():
            s.grammar_download = "yes"
        elif s.grammar_download == "yes":
            s.grammar_download = "no"

    def _accept(self) -> None:
        url = self.grammar_url.text().strip()
        if self.grammar_combo.currentData() == "server" and not url.startswith(("http://", "https://")):
            QMessageBox.warning(self, ui_tr("Preferences", "Grammar server"), "Enter the server address, starting with http:// or "
                                "https:// (for example http://localhost:8081), or choose another checker.")
            self.grammar_url.setFocus()
            return
        self.apply()
        self.accept()
