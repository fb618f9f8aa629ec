"""A project's language in the app: picked in the project dialog, shown on the dashboard with the checks
that are off, and LanguageTool asked in that language (or off, with the reason)."""

from __future__ import annotations

from studio.analysis.model import Metrics
from studio.ui.project_dialog import ProjectDialog
from studio.ui.settings import AppSettings
from studio.ui.workspace.dashboard import Dashboard


def test_project_dialog_language_sets_pace_unit_and_notes(qtbot):
    dialog = ProjectDialog(None)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Açúcar")
    assert dialog.wpm_spin.value() == 150 and dialog.wpm_spin.suffix() == " words/min"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("pt"))
    assert dialog.wpm_spin.value() == 160                       # followed the language's usual pace
    assert "drafting from research" in dialog.language_note.text()
    assert not dialog.grade_spin.isEnabled()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ja"))
    assert dialog.wpm_spin.value() == 380 and dialog.wpm_spin.suffix() == " morae/min"
    values = dialog.values()
    assert values.language == "ja" and values.as_fields()["language"] == "ja"


def test_dashboard_shows_the_language_measure_and_the_checks_that_are_off(qtbot):
    board = Dashboard()
    qtbot.addWidget(board)
    board.set_metrics(Metrics(words=40, sentences=4, readability_measure="martins_flesch", readability_score=72.4,
                              readability_level="easy"), [("Gancho", 5.0)])
    board.set_language("Portuguese", ("consistency", "drafting"))
    assert board.grade_label.text() == "Easy (Flesch (Martins et al.) 72)"
    assert board.ease_label.isHidden()
    assert "Off in Portuguese" in board.off_label.text() and "claim–source consistency" in board.off_label.text()
    board.set_metrics(Metrics(words=40, sentences=4, grade=7.0, reading_ease=70.0), [("Hook", 5.0)])
    board.set_language("English", ())
    assert board.grade_label.text().startswith("7.0") and not board.ease_label.isHidden()
    assert board.off_label.isHidden()


def test_grammar_follows_the_script_language(tmp_path):
    from PySide6.QtCore import QSettings

    from studio.ui.grammar_wiring import grammar_settings, unsupported_note

    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert grammar_settings(settings, "pt").language == "pt-BR"
    assert grammar_settings(settings, "fr").language == "fr"
    assert grammar_settings(settings, "id").mode == "off"
    assert unsupported_note("id") == "LanguageTool has no Indonesian"
    assert unsupported_note("ko") == "LanguageTool has no Korean" and unsupported_note("ja") == ""



def test_language_picker_names_each_language_in_the_interface_language_first(qtbot) -> None:
    from studio.analysis.profile import PROFILES
    from studio.ui.project_dialog import ProjectDialog

    dialog = ProjectDialog()
    qtbot.addWidget(dialog)
    labels = {dialog.language_combo.itemData(i): dialog.language_combo.itemText(i)
              for i in range(dialog.language_combo.count())}
    # readable without a CJK font: the English name leads, the native name follows in brackets
    assert labels["ja"] == "Japanese (日本語)"
    assert labels["ko"] == "Korean (한국어)"
    assert labels["fr"] == "French (Français)"
    assert labels["en"] == "English"
    for code, label in labels.items():
        assert label.startswith(PROFILES[code].name), label
