"""Helpers for the app's background threads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThread


def keep_until_finished(thread: QThread) -> None:
    """Keep a QThread that is still running alive until the application object goes away.

    Qt aborts the process when a running QThread object is destroyed, which is what would happen when its
    Python owner (a service given up on at quit) is garbage-collected. Parented to the application, the
    thread object outlives its owner; the app ends the process soon after anyway.
    """
    app = QCoreApplication.instance()
    if app is not None and thread.parent() is None and thread.isRunning():
        thread.setParent(app)
