"""Start the real app on a fresh demo library, wait for the analysis to highlight the script, save a PNG.

Usage: python scripts/screenshot.py OUT.png [--width 1400 --height 900 --timeout 20 --source]
Runs with a temporary STUDIO_HOME and settings file, so the demo project loads and nothing of the user's
is touched. Under Linux without a display use scripts/screenshot.sh (xvfb-run).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv: list[str] | None = None) -> int:
    """Take the screenshot; exit status 0 when the analysis finished before the timeout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", help="PNG file to write")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for the highlights")
    parser.add_argument("--source", action="store_true", help="also open the first source in the source panel")
    parser.add_argument("--dark", action="store_true", help="use a dark palette (preview of a dark system theme)")
    parser.add_argument("--presenter", action="store_true", help="switch presenter mode on (View › Presenter mode)")
    parser.add_argument("--zoom", type=int, default=0, help="View › Zoom in percent (e.g. 125, 150)")
    parser.add_argument("--report", action="store_true",
                        help="rewrite two demo segments, then shoot Script › Before/after report instead")
    parser.add_argument("--draft", metavar="KEY",
                        help="make a fresh draft of the demo source KEY (Script › Draft from research) and shoot it")
    parser.add_argument("--draft-dialog", action="store_true", help="with --draft: shoot the dialog's preview")
    parser.add_argument("--ui-language", default="", metavar="LOCALE",
                        help="interface language: fr, es or pt_BR (default: English)")
    parser.add_argument("--settle", type=float, default=0.5, help="seconds to let panels paint (and the grammar status settle)")
    args = parser.parse_args(argv)

    home = tempfile.mkdtemp(prefix="studio-shot-")
    os.environ["STUDIO_HOME"] = home

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from studio.ui.app import build_window, make_service
    from studio.ui.settings import AppSettings
    from studio.ui.style import apply_style, dark_palette

    app = QApplication(sys.argv[:1])
    app.setOrganizationName("ScriptStudio")
    app.setApplicationName("ScriptStudio")
    app.setApplicationDisplayName("Script Studio")
    apply_style(app)
    from studio.ui.i18n import install_translators

    translators = install_translators(app, args.ui_language or "en")  # noqa: F841 - kept alive while the app runs
    if args.dark:
        app.setPalette(dark_palette())
    settings = AppSettings(QSettings(str(Path(home) / "settings.ini"), QSettings.Format.IniFormat))
    service = make_service()
    from studio.ui.grammar_service import GrammarService

    window = build_window(None, settings, service=service, ask=lambda message, path: "quit",
                          grammar_service=GrammarService())
    if window is None:
        print("screenshot: could not open the library", file=sys.stderr)
        return 2
    window.resize(args.width, args.height)
    if args.zoom:
        settings.zoom_percent = args.zoom
        window.view_modes.apply()
    if args.presenter:
        window.view_modes.set_presenter(True)
    window.show()
    window.start_services()
    if args.source:
        sources = window.library.list_sources(window.current_project_id() or 1)
        if sources:
            window.show_source(sources[0].id)

    start = time.monotonic()
    ready = _wait_ready(app, window, service, args.timeout)
    if args.draft:
        dialog = _draft(window, args.draft)
        if args.draft_dialog and dialog is not None:
            dialog.resize(min(args.width, 1200), args.height)
            dialog.show()
            for _ in range(30):
                app.processEvents()
                time.sleep(0.02)
            out = Path(args.output)
            ok = dialog.grab().save(str(out))
            print(f"screenshot: {'saved' if ok else 'FAILED to save'} {out} (draft dialog)")
            return 0 if ok else 1
        start = time.monotonic()
        ready = _wait_ready(app, window, service, args.timeout)
    settle = time.monotonic()
    while time.monotonic() - settle < args.settle:     # let the highlights and panels paint
        app.processEvents()
        time.sleep(0.02)
    target = window
    if args.report:
        target = _open_report(app, window, args.width, args.height) or window
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = target.grab().save(str(out))
    print(f"screenshot: {'saved' if ok else 'FAILED to save'} {out} "
          f"({'analysis ready' if ready else 'timed out waiting for the analysis'} after "
          f"{time.monotonic() - start:.1f} s)")
    window.close()
    return 0 if ok and ready else 1


def _wait_ready(app, window, service, timeout: float) -> bool:
    """Process events until the open script's analysis is shown (or ``timeout`` seconds pass)."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        app.processEvents()
        status = getattr(service, "last_status", "")
        if getattr(window.workspace, "result", None) is not None and "ready" in status.lower():
            return True
        time.sleep(0.05)
    return False


def _draft(window, key: str):
    """Script › Draft from research on the demo source ``key``, as a user would: the dialog's suggested
    findings, Create script (the new script opens)."""
    from studio.ui.research_dialog import ResearchDialog

    pid = window.current_project_id()
    source = next((s for s in window.library.list_sources(pid) if s.key == key), None)
    if source is None:
        print(f"screenshot: no source {key!r} in the demo project", file=sys.stderr)
        return None
    from PySide6.QtWidgets import QApplication

    service = getattr(window, "service", None)
    dialog = ResearchDialog(window.library, pid, window, source_id=source.id, service=service)
    dialog.created.connect(window._draft_created)
    dialog.update_preview()
    preview = ResearchDialog(window.library, pid, window, source_id=source.id, service=service)
    preview.update_preview()
    deadline = time.monotonic() + 120           # the plain draft is made in the analysis thread
    while (dialog.plain_pending or preview.plain_pending) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.05)
    dialog.create_script()
    # Outside app.exec() processEvents() never runs deferred deletes: flush them so the old cards go.
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return preview


def _open_report(app, window, width: int, height: int):
    """Edit the demo like a workshop participant would, open the report and wait for its figures."""
    lib, sid = window.library, window.current_script_id()
    segments = lib.get_script(sid).segments
    lib.update_segment(segments[0].id, spoken="Could a brisk walk help with depression? In trials, exercise eased "
                                              "symptoms about as much as talk therapy [1].")
    lib.update_segment(segments[2].id, spoken="In four trials, exercise worked about as well as talking therapy. "
                                              "But the trials were small, and people knew which group they were "
                                              "in [@rivera2021].")
    window.workspace.open_script(sid)
    dialog = window.show_report()
    if dialog is None:
        return None
    dialog.resize(min(width, 900), height)
    start = time.monotonic()
    while dialog.report is None and time.monotonic() - start < 20:
        app.processEvents()
        time.sleep(0.05)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)
    return dialog


if __name__ == "__main__":
    raise SystemExit(main())
