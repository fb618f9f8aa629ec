"""AppSettings persistence and the Preferences dialog."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from shell_helpers import make_settings, make_window

from studio.ui.settings import AppSettings
from studio.ui.settings_dialog import SettingsDialog


def test_settings_persist_across_instances(tmp_path, qtbot):
    s = make_settings(tmp_path)
    s.target_grade = 7.5
    s.words_per_minute = 170
    s.default_platform = "Reels 90 s"
    s.store_path = str(tmp_path / "elsewhere.db")
    s.hidden_kinds = frozenset({"passive_voice", "long_word"})
    s.grammar_mode = "server"
    s.grammar_url = " http://localhost:8081 "
    s.disabled_grammar_rules = frozenset({"UPPERCASE_SENTENCE_START"})
    s.geometry = b"\x01\x02\x00geo"
    s.window_state = b"state\x00"
    s.last_script_id = 42
    again = make_settings(tmp_path)
    assert again.target_grade == 7.5 and again.words_per_minute == 170
    assert again.default_platform == "Reels 90 s"
    assert again.store_path == str(tmp_path / "elsewhere.db")
    assert again.hidden_kinds == frozenset({"passive_voice", "long_word"})
    assert (again.grammar_mode, again.grammar_url) == ("server", "http://localhost:8081")
    assert again.disabled_grammar_rules == frozenset({"UPPERCASE_SENTENCE_START"})
    assert (again.geometry, again.window_state, again.last_script_id) == (b"\x01\x02\x00geo", b"state\x00", 42)


def test_defaults_and_changed_signal(tmp_path, qtbot):
    s = make_settings(tmp_path)
    assert (s.target_grade, s.words_per_minute, s.default_platform) == (8.0, 150, "TikTok 60 s")
    assert (s.store_path, s.hidden_kinds, s.grammar_mode, s.last_script_id) == ("", frozenset(), "auto", None)
    count: list[int] = []
    s.changed.connect(lambda: count.append(1))
    s.words_per_minute = 150                      # same value: no signal
    s.hidden_kinds = frozenset()
    assert count == []
    s.hidden_kinds = frozenset({"jargon"})
    s.hidden_kinds = frozenset()                  # back to none is a change too
    s.last_script_id = None
    assert len(count) == 2 and make_settings(tmp_path).hidden_kinds == frozenset()


def test_damaged_values_fall_back_to_defaults(tmp_path, qtbot):
    raw = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    raw.setValue("analysis/target_grade", "very easy")
    raw.setValue("analysis/words_per_minute", "9999")
    raw.setValue("analysis/default_platform", "MySpace 10 min")
    raw.setValue("grammar/mode", "loud")
    raw.setValue("session/last_script_id", "abc")
    raw.sync()
    s = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert (s.target_grade, s.words_per_minute, s.default_platform) == (8.0, 150, "TikTok 60 s")
    assert (s.grammar_mode, s.last_script_id) == ("auto", None)


def test_preferences_dialog_writes_settings(tmp_path, qtbot):
    s = make_settings(tmp_path)
    dialog = SettingsDialog(s)
    qtbot.addWidget(dialog)
    dialog.grade_spin.setValue(6.5)
    dialog.wpm_spin.setValue(160)
    dialog.platform_combo.setCurrentText("Shorts 60 s")
    dialog.kind_checks["long_word"].setChecked(False)
    dialog.grammar_combo.setCurrentIndex(dialog.grammar_combo.findData("off"))
    assert not dialog.grammar_url.isEnabled()
    dialog.apply()
    again = make_settings(tmp_path)
    assert (again.target_grade, again.words_per_minute, again.default_platform) == (6.5, 160, "Shorts 60 s")
    assert again.hidden_kinds == frozenset({"long_word"}) and again.grammar_mode == "off"


def test_server_mode_needs_a_url(tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warned.append(a[2])))
    s = make_settings(tmp_path)
    dialog = SettingsDialog(s)
    qtbot.addWidget(dialog)
    dialog.grammar_combo.setCurrentIndex(dialog.grammar_combo.findData("server"))
    dialog.grammar_url.setText("")
    dialog._accept()
    assert warned and s.grammar_mode == "auto"


def test_view_menu_highlight_toggles_follow_settings(tmp_path, qtbot):
    window = make_window(qtbot, tmp_path)
    action = window.menu_actions["kind:passive_voice"]
    assert action.isChecked()
    action.trigger()
    assert "passive_voice" in window.settings.hidden_kinds
    window.settings.hidden_kinds = frozenset()
    assert action.isChecked()
