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
