"""The app's side of a damaged or empty library file: offer to recover it (or to start a new library in
place of an empty file) instead of only refusing. The recovery itself is Qt-free
(:mod:`studio.store.repair`); the damaged file is renamed aside, never changed or deleted."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from studio.store.errors import StoreEmpty, StoreEmptyWithLog, StoreError

log = logging.getLogger(__name__)

#: What :func:`offer_recovery` is asked about.
REPAIR, START_NEW = "repair", "new"


def offer_kind(exc: StoreError) -> str | None:
    """Which offer fits a refusal to open: recover (damaged, or empty with a log), start new (empty), none."""
    if isinstance(exc, StoreEmptyWithLog):
        return REPAIR
    if isinstance(exc, StoreEmpty):
        return START_NEW
    from studio.store.errors import StoreCorrupt

    if isinstance(exc, StoreCorrupt) and "studio repair" in str(exc):
        return REPAIR
    return None


def offer_recovery(kind: str, message: str, path: Path, parent: QWidget | None = None) -> bool:
    """Ask whether to recover the library (or start a new one in place of an empty file); True = yes.
    ``message`` is the store's reason (it says whether the library could be opened read-only)."""
    opened = "opened read-only" in message
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    if kind == START_NEW:
        box.setWindowTitle("The library file is empty")
        box.setText(f"The library file {path} is empty (0 bytes).")
        box.setInformativeText("It holds nothing to lose. Start a new, empty library there?")
        yes = box.addButton("Start a new library", QMessageBox.ButtonRole.AcceptRole)
    else:
        found = re.search(r"\((.+?)\)\.", message)
        box.setWindowTitle("The library is damaged")
        box.setText(f"The library {path} is damaged" + (f" ({found.group(1)})." if found else "."))
        box.setInformativeText(
            "Recover now: everything that can still be read is copied into a new library, which takes this "
            "one's place. The damaged file is kept beside it under a new name, unchanged.\n\n"
            + ("Not now: the library opens read-only; you can read and export, but not change it."
               if opened else "Not now: choose another library file instead."))
        yes = box.addButton("Recover now", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Not now", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


def recover(kind: str, path: Path, parent: QWidget | None = None, quiet: bool = False) -> bool:
    """Do what :func:`offer_recovery` offered. True when a usable library is now at ``path``."""
    from studio.store.repair import repair_library, replace_with_recovered

    try:
        if kind == START_NEW:
            if path.stat().st_size == 0:
                path.unlink()                 # 0 bytes: nothing is lost
            return True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = repair_library(path)
            aside = replace_with_recovered(path, report.output)
        finally:
            QApplication.restoreOverrideCursor()
    except (StoreError, OSError) as exc:
        log.warning("recovery of %s failed: %s", path, exc)
        if not quiet:
            QMessageBox.warning(parent, "Recovery failed", f"The library could not be recovered: {exc}")
        return False
    lines = report.lines()[1:-1] + [f"The damaged file was kept as {aside}."]
    if not quiet:
        QMessageBox.information(parent, "Library recovered", "\n".join(lines))
    return True


__all__ = ["REPAIR", "START_NEW", "offer_kind", "offer_recovery", "recover"]
