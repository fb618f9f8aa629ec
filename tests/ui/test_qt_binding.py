"""Guard against a Qt binding that crashes the app after a few minutes of typing.

PySide6 6.12.0 drops a reference to ``True`` on every ``Signal.emit`` and the process aborts with
"bool_dealloc" once enough signals were sent. pyproject.toml pins a version without the bug; this test
fails (instead of the app crashing for a creator) if that pin is ever lifted to a broken release.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    text = Signal(str)


def test_emitting_signals_does_not_leak_references():
    emitter = _Emitter()
    received: list[str] = []
    emitter.text.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.text.emit("x")
    assert len(received) == 200
    assert abs(sys.getrefcount(True) - before) < 50
