"""When to re-analyse after an edit: soon after an isolated edit, a little later while the user types fast.

The analysis itself takes ~20–40 ms in its own thread, so the wait before it is most of what the user
feels. After a single edit (a fix, a deleted word, the first key after a pause) the highlights should
follow almost at once; during a burst of typing, analysing after every key would only produce results that
are stale before they arrive, so the wait is longer — but still short enough that the highlights catch up
within ~150 ms of the last key. Qt-free (a clock is injected); the workspace feeds it every edit.
"""

from __future__ import annotations

import time
from collections.abc import Callable

#: Wait after an isolated edit.
SHORT_MS = 40
#: Wait while typing fast (keys less than FAST_GAP_MS apart).
TYPING_MS = 90
#: Keys closer together than this count as continuous typing.
FAST_GAP_MS = 250


class EditPacer:
    """``delay_ms()`` after each edit says how long to wait before analysing."""

    def __init__(self, short_ms: int = SHORT_MS, typing_ms: int = TYPING_MS, fast_gap_ms: int = FAST_GAP_MS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.short_ms = short_ms
        self.typing_ms = typing_ms
        self.fast_gap_ms = fast_gap_ms
        self._clock = clock
        self._last: float | None = None

    def delay_ms(self) -> int:
        """Record an edit now; the debounce for it."""
        now = self._clock()
        gap_ms = None if self._last is None else (now - self._last) * 1000
        self._last = now
        if gap_ms is not None and gap_ms < self.fast_gap_ms:
            return self.typing_ms
        return self.short_ms
