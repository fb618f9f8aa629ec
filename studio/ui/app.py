"""App start: QApplication, the library (with a clear way out of a broken file), the main window, the analysis
service, and an exception hook that saves first, logs, and shows the error instead of crashing."""

from __future__ import annotations

import atexit
import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from studio.config import default_store_path, resolve_store_path
from studio.logfile import log_path, setup_logging
from studio.store.library import Library, StoreError, StoreReadOnly
from studio.ui.demo import ensure_demo
from studio.ui.import_speed import speed_up_imports
from studio.ui.main_window import MainWindow
from studio.ui.settings import AppSettings
from studio.ui.single_instance import InstanceGuard, bring_forward, explain_already_open
from studio.ui.style import apply_style

log = logging.getLogger("studio")

CHOOSE, DEFAULT, QUIT = "choose", "default", "quit"


# ------------------------------------------------------------------------------------------ store open
def ask_store_problem(message: str, path: Path, parent: QWidget | None = None) -> str:
    """Tell the user the library cannot be opened; returns CHOOSE, DEFAULT or QUIT."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Cannot open the library")
    box.setText(f"Script Studio cannot open the library file\n{path}")
    box.setInformativeText(f"{message}\n\nThe file was not changed. You can choose another library file "
                           "(or a new one) or quit.")
    choose = box.addButton("Choose another file\u2026", QMessageBox.ButtonRole.AcceptRole)
    default = None
    if path != default_store_path():
        default = box.addButton("Use the default library", QMessageBox.ButtonRole.ActionRole)
    quit_button = box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(choose)
    box.exec()
    clicked = box.clickedButton()
    if clicked is choose:
        return CHOOSE
    if default is not None and clicked is default:
        return DEFAULT
    del quit_button
    return QUIT


def choose_store_file(start: Path, parent: QWidget | None = None) -> Path | None:
    """Let the user pick an existing library file or name a new one."""
    path, _ = QFileDialog.getSaveFileName(parent, "Choose a library file", str(start),
                                          "Script Studio library (*.studio.db *.db);;All files (*)",
                                          options=QFileDialog.Option.DontConfirmOverwrite)
    return Path(path) if path else None


def open_library(path: Path, ask: Callable[[str, Path], str] | None = None,
                 choose: Callable[[Path], Path | None] | None = None,
                 offer: Callable[[str, str, Path], bool] | None = None) -> Library | None:
    """Open the library at ``path``; on a store error ask the user what to do until it works or they quit.

    A damaged library (or an empty file) first gets ``offer(kind, message, path)``: recover it into a new
    library put in its place, or start a new one in place of an empty file."""
    from studio.ui import library_repair

    ask = ask or (lambda message, p: ask_store_problem(message, p))
    choose = choose or (lambda p: choose_store_file(p))
    offer = offer or library_repair.offer_recovery
    offered: set[Path] = set()
    while True:
        try:
            library = Library.open(path)
        except StoreError as exc:
            log.warning("cannot open library %s: %s", path, exc)
            kind = library_repair.offer_kind(exc)
            if kind and path not in offered:
                offered.add(path)
                if offer(kind, str(exc), path) and library_repair.recover(kind, path):
                    continue
            answer = ask(str(exc), path)
        except Exception as exc:  # noqa: BLE001 - any failure here must become a message, not a crash
            log.exception("unexpected error opening %s", path)
            answer = ask(f"Unexpected problem: {exc}", path)
        else:
            if library.damaged and path not in offered:
                offered.add(path)
                if offer(library_repair.REPAIR, library.damaged, path):
                    library.close()
                    library_repair.recover(library_repair.REPAIR, path)
                    continue
            if library.damaged:
                return library                      # read-only, the user chose not to recover now
            if getattr(library, "read_only", False):
                QMessageBox.information(
                    None, "Read-only library",
                    f"The library {path} is read-only: you can read your projects, but changes cannot be "
                    "saved. Check the file's permissions, or choose another library in Preferences.")
            return library
        if answer == QUIT:
            return None
        if answer == DEFAULT:
            path = default_store_path()
            continue
        chosen = choose(path)
        if chosen is None:
            return None
        path = chosen


# --------------------------------------------------------------------------------------- error hook
class ErrorHook:
    """``sys.excepthook`` replacement: save pending edits, log the traceback, show it in a dialog."""

    def __init__(self, window_getter: Callable[[], MainWindow | None]) -> None:
        self._window = window_getter
        self._busy = False
        self.previous = sys.excepthook

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.previous(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error:\n%s", details)
        if self._busy:                 # an error while reporting an error: log only
            return
        self._busy = True
        try:
            window = self._window()
            saved = True
            if window is not None:
                try:
                    window.flush()
                except Exception:  # noqa: BLE001
                    saved = False
                    log.exception("flush after an unexpected error failed")
            self.show(exc, details, saved, window)
        finally:
            self._busy = False

    def show(self, exc: BaseException, details: str, saved: bool, parent: QWidget | None) -> None:
        """The dialog (separate so tests can replace it)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle("Something went wrong")
        box.setText(f"Script Studio hit an unexpected problem: {exc}")
        where = log_path()
        box.setInformativeText(
            ("Your work was saved. " if saved else "Your last changes may not have been saved. ")
            + f"You can keep working. The details were written to {where}; please include them if you "
              "report the problem.")
        box.setDetailedText(details)
        box.exec()

    def install(self) -> None:
        """Make this the active ``sys.excepthook``."""
        sys.excepthook = self

    def uninstall(self) -> None:
        """Restore the previous hook."""
        if sys.excepthook is self:
            sys.excepthook = self.previous


# ------------------------------------------------------------------------------------------------- run
def make_service() -> Any:
    """The analysis service (its thread loads spaCy on start()), with the on-disk cache of results so a
    script opened again is highlighted before the model has loaded; None if it cannot be created."""
    try:
        from studio.analysis.result_cache import ResultCache, user_result_cache
        from studio.ui.workspace.analysis_service import AnalysisService
    except ImportError as exc:
        log.warning("analysis service not available: %s", exc)
        return None
    try:
        cache: ResultCache | None = user_result_cache()
    except OSError as exc:
        log.info("no cache of analysis results: %s", exc)
        cache = None
    return AnalysisService(result_cache=cache)


def build_window(store: str | os.PathLike[str] | None, settings: AppSettings, service: Any = None,
                 workspace_factory: Callable[[Library], QWidget] | None = None,
                 ask: Callable[[str, Path], str] | None = None,
                 choose: Callable[[Path], Path | None] | None = None,
                 grammar_service: Any = None) -> MainWindow | None:
    """Open the library and create the main window with the demo/last script open (not shown yet).

    Returns None when the user chose to quit because the library could not be opened. Tests inject a
    fake ``service``, a ``workspace_factory`` and the ``ask``/``choose`` dialogs.
    """
    path = resolve_store_path(store or settings.store_path or None)
    library = open_library(path, ask=ask, choose=choose)
    if library is None:
        return None
    demo_script = None
    if not getattr(library, "read_only", False):
        try:
            demo_script = ensure_demo(library)
        except StoreReadOnly:
            demo_script = None
    workspace = workspace_factory(library) if workspace_factory else None
    window = MainWindow(library, settings, service=service, workspace=workspace,
                        grammar_service=grammar_service)
    window.open_initial(demo_script)
    return window


def end_process(code: int) -> None:
    """End the process now, without Python's interpreter teardown.

    Called once the window has closed: everything is saved, the library is closed and the background
    threads were told to stop. Tearing down a loaded spaCy model takes a second or more, and a thread still
    busy (a model load cannot be interrupted) would make Qt abort at exit; neither is worth the user's wait.
    """
    # The exit handlers still run (they stop a local LanguageTool server whose start was abandoned at quit,
    # and flush the log), but for at most half a second.
    runner = threading.Thread(target=_run_exit_handlers, name="studio-exit", daemon=True)
    runner.start()
    runner.join(0.5)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            pass
    os._exit(code)


def _run_exit_handlers() -> None:
    try:
        atexit._run_exitfuncs()
    except Exception:  # noqa: BLE001 - exiting anyway
        pass


def startup_probe(window: QWidget, launched_at: str) -> None:
    """Packaging check (``STUDIO_STARTUP_PROBE=<epoch seconds at launch>``): print how long the start took
    until the window was shown with an editable script, then close the app."""
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    editors = [*window.findChildren(QTextEdit), *window.findChildren(QPlainTextEdit)]
    editable = [e for e in editors if e.isVisible() and not e.isReadOnly()]
    try:
        elapsed = f"{time.time() - float(launched_at):.2f} s"
    except ValueError:
        elapsed = "unknown (STUDIO_STARTUP_PROBE is not a time)"
    state = "editable window" if editable else "window without an editable script"
    print(f"startup: {state} after {elapsed}", flush=True)
    QTimer.singleShot(200, window.close)


def _run_window(app: QApplication, store: str | None, settings: AppSettings, guard: InstanceGuard,
                window_ref: list[MainWindow], hook: ErrorHook) -> int:
    """Build and show the window, run the event loop until it closes; the exit code."""
    service = make_service()
    try:
        from studio.ui.grammar_service import GrammarService

        window = build_window(store, settings, service=service, grammar_service=GrammarService())
    except Exception:  # noqa: BLE001 - shown in a dialog and logged, never a bare traceback
        hook(*sys.exc_info())  # type: ignore[arg-type]
        return 1
    if window is None:
        if service is not None:
            service.shutdown()
        return 1
    window_ref.append(window)
    guard.activation_requested.connect(lambda: bring_forward(window))
    app.aboutToQuit.connect(window.shutdown)
    window.show()
    QTimer.singleShot(0, window.start_services)
    probe = os.environ.get("STUDIO_STARTUP_PROBE")
    if probe:
        QTimer.singleShot(0, lambda: startup_probe(window, probe))
    code = int(app.exec())
    window.shutdown()               # already done when the window closed; idempotent
    return code


#: Printed by a second start on a library that is already open (its window was asked to come forward).
ALREADY_OPEN_LINE = "Script Studio is already open on this library; its window was brought forward."


def run_app(store: str | None = None, exit_process: bool = False) -> int:
    """Start the desktop app; returns the process exit code. With ``exit_process`` (the ``studio``
    command), the process ends as soon as the window has closed and everything is saved."""
    speed_up_imports()          # before the analysis thread imports spaCy (~0.1 s of CPU saved, more on a busy machine)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("ScriptStudio")
    app.setApplicationName("ScriptStudio")
    app.setApplicationDisplayName("Script Studio")
    apply_style(app)
    setup_logging()
    settings = AppSettings()
    from studio.ui.i18n import install_translators, ui_locale

    translators = install_translators(app, ui_locale(settings.ui_language))  # kept alive until the app ends
    window_ref: list[MainWindow] = []
    hook = ErrorHook(lambda: window_ref[0] if window_ref else None)
    hook.install()
    guard = InstanceGuard(resolve_store_path(store or settings.store_path or None))
    try:
        if not guard.acquire():
            # Another window has this library open: bring it forward (or say so) instead of a second writer.
            if guard.activate_running():
                print(ALREADY_OPEN_LINE, flush=True)      # the terminal shows why nothing new opened
            else:
                explain_already_open(guard.library, guard.owner())
            return 0
        code = _run_window(app, store, settings, guard, window_ref, hook)
    finally:
        guard.release()
        hook.uninstall()
    if exit_process:
        end_process(code)
    del translators
    return code
