"""How long a thread waited for a CPU while ready to run: on a shared machine, the part of a GUI stall that
other processes caused (used by bench_typing and bench_startup to print blocking less those waits)."""

from __future__ import annotations


def cpu_wait_ms() -> float:
    """The calling thread's run-queue wait so far, in ms (Linux schedstat; 0.0 elsewhere)."""
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as fh:
            return int(fh.read().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0
