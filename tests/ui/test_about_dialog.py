"""Help › About shows the self-test report and copies it for a support request."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication

from studio.ui.about_dialog import AboutDialog, self_test_command


def test_report_is_shown_and_copied(qtbot):
    dialog = AboutDialog("/tmp/library.studio.db", run_test=False)
    qtbot.addWidget(dialog)
    assert not dialog.copy_button.isEnabled()
    dialog.show_report("Script Studio 0.1.0 self-test\nok   Store  fine\nAll checks passed.")
    assert dialog.copy_button.isEnabled()
    dialog.copy_button.click()
    assert "All checks passed." in QGuiApplication.clipboard().text()


def test_self_test_runs_this_installation():
    program, args = self_test_command()
    assert program == sys.executable
    assert args[-1] == "--self-test"


def test_grammar_line_says_what_the_app_will_do(tmp_path):
    from PySide6.QtCore import QSettings

    from studio.ui.selftest_qt import check_grammar_mode

    qs = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    qs.setValue("grammar/mode", "off")
    assert check_grammar_mode(qs).detail.startswith("off")
    qs.setValue("grammar/mode", "server")
    qs.setValue("grammar/url", "http://localhost:8081")
    assert "http://localhost:8081" in check_grammar_mode(qs).detail
    qs.setValue("grammar/mode", "auto")
    qs.setValue("grammar/download", "no")
    detail = check_grammar_mode(qs).detail
    assert detail.startswith("off")
