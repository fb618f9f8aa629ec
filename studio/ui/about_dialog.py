"""Help › About: version, where the library is, and the self-test report with a Copy button.

The self-test runs in a separate process (``studio --self-test``, or the frozen app with the same flag), so
it never blocks the window and never touches the app's own language-model owner or library.
"""

from __future__ import annotations

import sys
from html import escape

from PySide6.QtCore import QProcess, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio import __version__
from studio.ui.i18n import ui_tr
from studio.ui.window_fit import keep_on_screen


def self_test_command() -> tuple[str, list[str]]:
    """Program and arguments that run this installation's self-test (source tree or frozen app)."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--self-test"]
    return sys.executable, ["-m", "studio", "--self-test"]


class AboutDialog(QDialog):
    """About Script Studio, with a live self-test report for support requests."""

    def __init__(self, store_path: str, parent: QWidget | None = None, *, run_test: bool = True) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setWindowTitle(ui_tr("About", "About Script Studio"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"<h3>Script Studio {escape(__version__)}</h3>"
            "<p>Turn research summaries into short-video scripts: plain words, short sentences, "
            "and no claim without its source.</p>"
            f"<p>Library file: <code>{escape(store_path)}</code></p>"
            "<p>The highlights are aids, not verdicts: check every claim against the source yourself.</p>")
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        layout.addWidget(QLabel(ui_tr("About", "Self-test (include it in a support request):")))
        self.report = QPlainTextEdit(readOnly=True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setPlaceholderText(ui_tr("About", "Running the self-test…"))
        layout.addWidget(self.report, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(ui_tr("About", "Copy report"))
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 480)
        self.process: QProcess | None = None
        if run_test:
            self.start_self_test()

    def start_self_test(self) -> None:
        """Start ``studio --self-test`` in the background; the report fills in when it ends."""
        program, args = self_test_command()
        proc = QProcess(self)
        proc.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        proc.finished.connect(self._finished)
        proc.errorOccurred.connect(self._failed_to_start)
        self.process = proc
        proc.start(program, args)

    def show_report(self, text: str) -> None:
        """Show ``text`` as the report and allow copying it."""
        self.report.setPlainText(text)
        self.copy_button.setEnabled(bool(text.strip()))

    def copy_report(self) -> None:
        """Put the report (and the version line) on the clipboard."""
        QGuiApplication.clipboard().setText(self.report.toPlainText())

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        assert self.process is not None
        out = bytes(self.process.readAll().data()).decode("utf-8", "replace").strip()
        if code != 0 and not out:
            out = f"The self-test stopped with exit code {code} and printed nothing."
        self.show_report(out)

    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.show_report(f"Script Studio {__version__}: the self-test could not be started "
                             f"({' '.join(self_test_command())}).")

    def done(self, result: int) -> None:
        """Closing the dialog stops a self-test that is still running."""
        if self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.kill()
            self.process.waitForFinished(1000)
        super().done(result)
