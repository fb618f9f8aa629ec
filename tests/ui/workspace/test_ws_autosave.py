"""Never lose work: autosave, save on close and focus loss, versions, and a SIGKILL while typing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from studio.store.library import Library
from studio.ui.workspace.autosave import SnapshotPolicy

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def test_typing_is_saved_without_any_explicit_save(qtbot, make_workspace, library, script_id) -> None:
    ws = make_workspace(library)
    ws.open_script(script_id)
    card = ws.editor.cards[0]
    qtbot.keyClicks(card.spoken, "Autosaved words")
    qtbot.waitUntil(lambda: library.get_script(script_id).segments[0].spoken == "Autosaved words", timeout=5000)
    assert not ws.autosaver.dirty


def test_close_and_reopen_keeps_every_field(qtbot, make_workspace, store_path, library, script_id) -> None:
    ws = make_workspace(library)
    ws.open_script(script_id)
    card = ws.editor.cards[2]
    qtbot.keyClicks(card.spoken, "Spoken")
    qtbot.keyClicks(card.on_screen, "On screen")
    qtbot.keyClicks(card.visual_notes, "B-roll")
    card.name_edit.setText("Key finding")
    card.name_edit.textEdited.emit("Key finding")
    ws.close()                                   # hiding the workspace (window closing) saves
    reopened = Library.open(store_path)
    try:
        seg = reopened.get_script(script_id).segments[2]
        assert (seg.name, seg.spoken, seg.on_screen, seg.visual_notes) == ("Key finding", "Spoken",
                                                                          "On screen", "B-roll")
    finally:
        reopened.close()


def test_losing_focus_saves_at_once(qtbot, make_workspace, library, script_id) -> None:
    ws = make_workspace(library)
    ws.open_script(script_id)
    qtbot.keyClicks(ws.editor.cards[0].spoken, "Before switching apps")
    assert library.get_script(script_id).segments[0].spoken == ""
    app = QGuiApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert library.get_script(script_id).segments[0].spoken == "Before switching apps"


def test_segment_structure_changes_are_saved(qtbot, make_workspace, library, script_id) -> None:
    ws = make_workspace(library)
    ws.open_script(script_id)
    editor = ws.editor
    editor.cards[0].spoken.setPlainText("Hook text")
    editor.move_segment(editor.cards[0], 1)                  # Hook now second
    new = editor.add_segment(0, "Cold open")
    new.spoken.setPlainText("First words")
    editor.confirm_remove = lambda parent, name: True
    assert editor.remove_segment(editor.cards[-1])           # "Call to action" (empty)
    editor.confirm_remove = lambda parent, name: False
    assert not editor.remove_segment(editor.cards[2])        # "Hook" has text: user says no
    ws.flush()
    names = [(s.name, s.spoken) for s in library.get_script(script_id).segments]
    assert names == [("Cold open", "First words"), ("Context", ""), ("Hook", "Hook text"),
                     ("Finding", ""), ("What it means", "")]
    # Typing after a structure change goes to the right (new) segment rows.
    editor.cards[2].spoken.setPlainText("Hook text, edited")
    ws.flush()
    assert library.get_script(script_id).segments[2].spoken == "Hook text, edited"


def test_automatic_versions_at_most_every_five_minutes(qtbot, make_workspace, library, script_id) -> None:
    now = [1000.0]
    ws = make_workspace(library)
    ws.snapshots = SnapshotPolicy(clock=lambda: now[0])
    ws.open_script(script_id)
    card = ws.editor.cards[0]
    for i in range(3):
        card.spoken.setPlainText(f"draft {i}")
        ws.flush()
        now[0] += 60
    versions = library.list_versions(script_id)
    assert len(versions) == 1 and versions[0].automatic       # the state before this session's edits
    now[0] += 300
    card.spoken.setPlainText("much later")
    ws.flush()
    versions = library.list_versions(script_id)
    assert len(versions) == 2 and versions[0].segments[0].spoken == "draft 2"


def _read_log(path: Path) -> tuple[list[tuple[float, int]], list[float]]:
    words: list[tuple[float, int]] = []
    saves: list[float] = []
    for line in path.read_text().splitlines() if path.exists() else []:
        parts = line.split("\t")
        if parts[0] == "W" and len(parts) == 3:
            words.append((float(parts[1]), int(parts[2])))
        elif parts[0] == "S" and len(parts) == 2:
            saves.append(float(parts[1]))
    return words, saves


def test_killed_while_typing_loses_at_most_two_seconds(tmp_path: Path) -> None:
    """A child types in bursts; it is SIGKILLed at the moment longest after its last save while it is
    typing (or after ~8 s). Everything typed more than 2 s before the kill must be in the store."""
    store, log_path = tmp_path / "kill.studio.db", tmp_path / "typed.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, str(HERE / "typing_child.py"), str(store), str(log_path)],
                             env=env, cwd=str(tmp_path), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            words, saves = _read_log(log_path)
            now = time.time()
            typing_for = words[-1][0] - words[1][0] if len(words) > 1 else 0.0
            typing_now = bool(words) and now - words[-1][0] < 0.15
            unsaved_for = now - (saves[-1] if saves else words[1][0]) if len(words) > 1 else 0.0
            if typing_for > 8.0 or (typing_for > 3.0 and typing_now and unsaved_for > 2.6):
                break
            assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
            time.sleep(0.02)
        else:
            raise AssertionError("the typing child never got going")
        kill_time = time.time()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
    words, _ = _read_log(log_path)
    typed = max(n for _, n in words)
    safe = max(n for t, n in words if t <= kill_time - 2.0)
    assert safe >= 8                                       # the test really typed for a while
    full = "".join(f"w{i} " for i in range(typed))
    lib = Library.open(store)
    try:
        stored = lib.get_script(lib.list_scripts(lib.list_projects()[0].id)[0].id).segments[1].spoken
    finally:
        lib.close()
    expected = "".join(f"w{i} " for i in range(safe))
    assert full.startswith(stored)
    assert stored.startswith(expected), (len(stored), len(expected))
