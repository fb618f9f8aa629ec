"""The app's own words in French, Spanish and Brazilian Portuguese (Qt's translation system)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from studio.ui.i18n import install_translators, translations_dir, ui_locale, ui_tr
from studio.ui.settings import AppSettings


def test_locale_follows_the_system_unless_preferences_say_otherwise():
    assert ui_locale("", QLocale("pt_BR")) == "pt_BR"
    assert ui_locale("", QLocale("pt_PT")) == "pt_BR"
    assert ui_locale("", QLocale("fr_CA")) == "fr"
    assert ui_locale("", QLocale("es_MX")) == "es"
    assert ui_locale("", QLocale("de_DE")) == "en"
    assert ui_locale("es", QLocale("fr_FR")) == "es"
    assert ui_locale("en", QLocale("fr_FR")) == "en"


def test_every_translation_is_shipped_compiled():
    for locale in ("fr", "es", "pt_BR"):
        assert (translations_dir() / f"studio_{locale}.ts").exists()
        assert (translations_dir() / f"studio_{locale}.qm").stat().st_size > 1000, locale


def test_menus_speak_portuguese_with_the_translation_installed(qapp):
    translators = install_translators(qapp, "pt_BR")
    try:
        assert translators
        assert ui_tr("Menus", "&File") == "&Arquivo"
        assert ui_tr("Menus", "New &project\u2026") == "Novo &projeto\u2026"
        assert QCoreApplication.translate("Dashboard", "Uncited claims") == "Afirmações sem fonte"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert ui_tr("Menus", "&File") == "&File"


def test_english_installs_nothing(qapp):
    assert install_translators(qapp, "en") == []


def test_preferences_remember_the_interface_language(tmp_path, qtbot):
    from studio.ui.settings_dialog import SettingsDialog

    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.ui_language == ""
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.ui_language_combo.setCurrentIndex(dialog.ui_language_combo.findData("pt_BR"))
    dialog.apply()
    assert settings.ui_language == "pt_BR"


def test_dashboard_in_portuguese(qapp, qtbot):
    from studio.analysis.model import Metrics
    from studio.ui.workspace.dashboard import Dashboard

    translators = install_translators(qapp, "pt_BR")
    try:
        board = Dashboard()
        qtbot.addWidget(board)
        board.set_metrics(Metrics(words=40, sentences=4, readability_measure="martins_flesch",
                                  readability_score=72.4, readability_level="easy", jargon_terms=2,
                                  claims=4, uncited_claims=3), [("Gancho", 5.0)])
        board.set_language("Portuguese", ("consistency", "drafting"))
        assert board.grade_label.text() == "Fácil (Flesch (Martins et al.) 72)"
        assert board.claims_label.text() == "3 de 4"
        assert "Desligado em português" in board.off_label.text()
        assert "coerência com as fontes" in board.off_label.text()
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_grammar_status_in_french(qapp):
    from studio.grammar import errors as E
    from studio.grammar.errors import GrammarUnavailable
    from studio.grammar.settings import GrammarSettings
    from studio.ui.grammar_service import failure_status

    english = failure_status(GrammarSettings(mode="local"), GrammarUnavailable("x", E.CONSENT))
    assert english.startswith("Grammar: off \u2014 LanguageTool (about")
    translators = install_translators(qapp, "fr")
    try:
        french = failure_status(GrammarSettings(mode="local"), GrammarUnavailable("x", E.CONSENT))
        assert french.startswith("Grammaire : désactivée \u2014 LanguageTool (environ")
    finally:
        for t in translators:
            qapp.removeTranslator(t)
