"""Child process for the kill test: types into a workspace on a temp store until it is SIGKILLed.

Usage: python typing_child.py STORE LOG. Types the words w0, w1, … in bursts with pauses; after each word
appends "W\t<time.time()>\t<words typed>" to LOG (flushed and fsynced) so the parent knows what was on screen
when, and "S\t<time.time()>" after each save so the parent can pick the worst moment to kill.
"""

from __future__ import annotations

import os
import sys
import time


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from studio.analysis.model import AnalysisResult, Metrics
    from studio.store.library import Library
    from studio.ui.settings import AppSettings
    from studio.ui.workspace import ScriptWorkspace
    from studio.ui.workspace.analysis_service import AnalysisService

    store, log_path = sys.argv[1], sys.argv[2]
    app = QApplication([])
    library = Library.open(store)
    project = library.create_project("Kill test")
    script_id = library.list_scripts(project.id)[0].id

    class Quick:
        def analyze(self, segments, ctx, revision=0):
            return AnalysisResult((), Metrics(), revision)

    settings = AppSettings(QSettings(log_path + ".ini", QSettings.Format.IniFormat))
    service = AnalysisService(analyzer_factory=Quick)
    ws = ScriptWorkspace(library, settings, service)
    ws.resize(1000, 700)
    ws.show()
    service.start()
    ws.open_script(script_id)
    editor = ws.editor.cards[1].spoken
    log = open(log_path, "a", encoding="utf-8")
    state = {"n": 0, "started": time.monotonic()}

    def write(line: str) -> None:
        log.write(line + "\n")
        log.flush()
        os.fsync(log.fileno())

    ws.script_saved.connect(lambda _id: write(f"S\t{time.time()}"))

    def tick() -> None:
        elapsed = time.monotonic() - state["started"]
        if elapsed % 1.8 > 1.2:          # 1.2 s of typing, 0.6 s pause
            return
        QTest.keyClicks(editor, f"w{state['n']} ")
        state["n"] += 1
        write(f"W\t{time.time()}\t{state['n']}")

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(80)
    write(f"W\t{time.time()}\t0")
    app.exec()


if __name__ == "__main__":
    main()
