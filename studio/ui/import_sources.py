"""File › Import sources… and files dropped on the library: the importers of ``studio sources import``.

Files are read on a worker thread (a long PDF reports its pages to a progress dialog whose Cancel stops
it); each parsed file is stored on the GUI thread as soon as it is read, one transaction per file. The
summary says what was added, which duplicates were skipped and which files failed, each with its reason.
"""

from __future__ import annotations

import html
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, QUrl, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressDialog,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio.importers import ImportCancelled, ImportProblem, ImportReport, read_file, store_parsed
from studio.importers.service import READERS
from studio.store.library import Library, StoreError
from studio.ui.threads import keep_until_finished
from studio.ui.window_fit import keep_on_screen

#: The file dialog's filter: every suffix the importers read.
FILE_FILTER = ("Research files (" + " ".join(f"*{s}" for s in sorted(READERS)) + ");;"
               "Reference lists (*.ris *.bib *.bibtex *.nbib);;Documents (*.pdf *.docx *.txt *.md);;All files (*)")
_STEPS = 1000            # progress steps per file


def local_files(urls: list[QUrl]) -> list[str]:
    """The local file paths among dropped URLs (folders and remote URLs are left out)."""
    out = []
    for url in urls:
        if url.isLocalFile():
            path = url.toLocalFile()
            if path and not Path(path).is_dir():
                out.append(path)
    return out


class _Reader(QObject):
    """Reads the files one after the other on the worker thread."""

    file_started = Signal(int, str)
    pages = Signal(int, int, int)                  # file index, pages done, pages in the file
    parsed = Signal(int, object, str)              # file index, ParsedFile or None, problem
    done = Signal(bool)                            # cancelled?

    def __init__(self, paths: list[str], cancel: threading.Event) -> None:
        super().__init__()
        self._paths = paths
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        """Read every file; stop between pages when Cancel was pressed."""
        for index, path in enumerate(self._paths):
            if self._cancel.is_set():
                self.done.emit(True)
                return
            self.file_started.emit(index, Path(path).name)

            def progress(done: int, total: int, i: int = index) -> None:
                if self._cancel.is_set():
                    raise ImportCancelled()
                self.pages.emit(i, done, total)

            try:
                self.parsed.emit(index, read_file(path, progress), "")
            except ImportCancelled:
                self.done.emit(True)
                return
            except ImportProblem as exc:
                self.parsed.emit(index, None, str(exc))
            except Exception as exc:  # noqa: BLE001 - a reader bug becomes a message, never a crash
                self.parsed.emit(index, None, f"the file cannot be read ({exc.__class__.__name__}: {exc})")
        self.done.emit(False)


class SourceImport(QObject):
    """One import run into one project. ``finished(report)`` fires at the end (also after Cancel);
    ``report.added`` are the new sources, ``cancelled`` says whether the user stopped it."""

    finished = Signal(object)

    def __init__(self, library: Library, project_id: int, paths: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.project_id = project_id
        self.paths = [str(p) for p in paths]
        self.names = [Path(p).name or p for p in self.paths]
        self.report = ImportReport()
        self.cancelled = False
        self.running = False
        self._cancel = threading.Event()
        self._thread: QThread | None = None
        self.progress = QProgressDialog("Reading files\u2026", "Cancel", 0, _STEPS * len(self.paths), parent)
        self.progress.setWindowTitle("Import sources")
        self.progress.setAccessibleName("Import progress")
        self.progress.setMinimumDuration(400)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)

    def start(self) -> None:
        """Start reading on a worker thread (the progress dialog appears if it takes a moment)."""
        self.running = True
        self.progress.setValue(0)
        thread = QThread()              # not a child: Qt must never delete it while it runs
        reader = _Reader(self.paths, self._cancel)
        reader.moveToThread(thread)
        thread.started.connect(reader.run)
        reader.file_started.connect(self._file_started)
        reader.pages.connect(self._pages)
        reader.parsed.connect(self._parsed)
        reader.done.connect(self._done)
        reader.done.connect(thread.quit)
        thread.finished.connect(reader.deleteLater)
        self._reader = reader
        self._thread = thread
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        thread.start()

    def shutdown(self) -> None:
        """The app is quitting: stop reading and let the thread end (kept alive until it has)."""
        if self._thread is not None and self._thread.isRunning():
            self._cancel.set()
            self._thread.quit()
            if not self._thread.wait(2000):
                keep_until_finished(self._thread)

    def cancel(self) -> None:
        """Stop after the page being read; files already stored stay."""
        self._cancel.set()
        self.progress.setLabelText("Cancelling\u2026")

    def wait(self, ms: int = 5000) -> None:
        """Block until the worker thread has ended (tests, shutdown)."""
        if self._thread is not None:
            self._thread.wait(ms)

    def _file_started(self, index: int, name: str) -> None:
        self.progress.setLabelText(f"Reading {name} ({index + 1} of {len(self.paths)})\u2026")
        self.progress.setValue(_STEPS * index)

    def _pages(self, index: int, done: int, total: int) -> None:
        if total:
            self.progress.setLabelText(f"Reading {self.names[index]} \u2014 page {done} of {total} "
                                       f"(file {index + 1} of {len(self.paths)})")
            self.progress.setValue(_STEPS * index + _STEPS * done // total)

    def _parsed(self, index: int, parsed: object, problem: str) -> None:
        name = self.names[index]
        if parsed is None:
            self.report.errors.append((name, problem))
            return
        try:
            store_parsed(self.library, self.project_id, name, parsed, self.report)  # type: ignore[arg-type]
        except StoreError as exc:
            self.report.errors.append((name, f"nothing was imported from this file: {exc}"))

    def _done(self, cancelled: bool) -> None:
        self.cancelled = cancelled
        self.running = False
        self.progress.reset()
        self.progress.hide()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(5000)
        self.finished.emit(self.report)


def summary_html(report: ImportReport, cancelled: bool = False) -> tuple[str, str]:
    """(headline, details as HTML) for the summary dialog."""
    e = html.escape
    failed_files = list(dict.fromkeys(f for f, _ in report.errors))
    parts = [f"{len(report.added)} source{'s' if len(report.added) != 1 else ''} added",
             f"{len(report.duplicates)} duplicate{'s' if len(report.duplicates) != 1 else ''} skipped",
             f"{len(failed_files)} file{'s' if len(failed_files) != 1 else ''} failed"]
    headline = " \u00b7 ".join(parts) + (" \u2014 stopped (Cancel)" if cancelled else "")
    body: list[str] = []

    def section(title: str, rows: list[str]) -> None:
        if rows:
            body.append(f"<p><b>{title}</b></p><ul>" + "".join(f"<li>{r}</li>" for r in rows) + "</ul>")

    section("Failed", [f"<b>{e(f)}</b>: {e(m)}" for f, m in report.errors])
    section("Added", [f"[{s.position}] {e(s.title or s.key)} <span style='color:gray'>(cite as "
                      f"[@{e(s.key)}])</span>" for s in report.added])
    section("Duplicates skipped", [e(_with_file(f, m)) for f, m in report.duplicates])
    section("Records skipped", [e(_with_file(f, m)) for f, m in report.skipped])
    section("Notes", [e(_with_file(f, m)) for f, m in report.notes])
    if cancelled:
        body.append("<p>The import was stopped: the files read before Cancel were imported, the rest were not.</p>")
    return headline, "".join(body)


def _with_file(name: str, message: str) -> str:
    return message if name in message else f"{name}: {message}"


class ImportSummary(QDialog):
    """What an import did, in plain words, with every failure and its reason."""

    def __init__(self, report: ImportReport, cancelled: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setWindowTitle("Import sources")
        self.setAccessibleName("Import summary")
        headline, details = summary_html(report, cancelled)
        self.headline = QLabel(f"<b>{html.escape(headline)}</b>")
        self.headline.setAccessibleName("Import result")
        self.details = QTextBrowser()
        self.details.setAccessibleName("Import details")
        self.details.setHtml(details)
        self.details.setMinimumSize(520, 220)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)


__all__ = ["FILE_FILTER", "ImportSummary", "SourceImport", "local_files", "summary_html"]
