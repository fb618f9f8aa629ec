"""Never lose work: save soon after an edit, and take an automatic version now and then.

:class:`Autosaver` starts a 1.5 s single-shot timer at the first unsaved edit and does *not* restart it on
later keystrokes, so even during non-stop typing every edit reaches the store within ~1.5 s (plus the few
milliseconds a save takes). A failed save keeps the edits marked unsaved and retries.

:class:`SnapshotPolicy` decides when an automatic version is due: before the first save of an editing
session (so the state as opened can always be restored) and then at most every five minutes.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 1500
SNAPSHOT_INTERVAL_S = 300.0


class Autosaver(QObject):
    """Calls ``save()`` at most ``delay_ms`` after the first unsaved change; ``flush()`` saves now.

    ``save`` returns True when everything was written; False (or an exception) keeps the state dirty and
    schedules a retry. ``failed`` carries a message for the status bar.
    """

    saved = Signal()
    failed = Signal(str)

    def __init__(self, save: Callable[[], bool], delay_ms: int = AUTOSAVE_DELAY_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._dirty = False
        self._saving = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        """True while some edit is not in the store yet."""
        return self._dirty

    @property
    def pending(self) -> bool:
        """True while the save timer runs."""
        return self._timer.isActive()

    def mark_dirty(self) -> None:
        """Note an edit; starts the timer unless it already runs (so typing cannot postpone a save)."""
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start()

    def discard(self) -> None:
        """Forget pending changes (the script was closed after a flush, or reloaded)."""
        self._dirty = False
        self._timer.stop()

    def flush(self) -> bool:
        """Save now if anything is unsaved. Returns True when nothing is left unsaved."""
        self._timer.stop()
        if not self._dirty:
            return True
        if self._saving:                # re-entered from a dialog shown by the save: let it finish
            return False
        self._saving = True
        self._dirty = False
        try:
            ok = bool(self._save())
        except Exception as exc:  # a broken store must never cost the user their text
            log.exception("Autosave failed")
            ok = False
            self.failed.emit(f"Could not save: {exc}. Your text is kept in the editor; retrying\u2026")
        finally:
            self._saving = False
        if not ok:
            self._dirty = True
            self._timer.start(max(self._timer.interval(), 3000))
            return False
        self.saved.emit()
        return True


class SnapshotPolicy:
    """When to take an automatic version of a script while it is edited (clock injectable for tests)."""

    def __init__(self, interval_s: float = SNAPSHOT_INTERVAL_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.interval_s = interval_s
        self._clock = clock
        self._last: dict[int, float] = {}

    def due(self, script_id: int) -> bool:
        """True when no snapshot of this script was taken in the last ``interval_s`` seconds."""
        last = self._last.get(script_id)
        return last is None or self._clock() - last >= self.interval_s

    def taken(self, script_id: int) -> None:
        """Record that a snapshot was just taken."""
        self._last[script_id] = self._clock()
