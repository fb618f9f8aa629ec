"""Typed store errors. Every message is written for the creator: what happened and what to do."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StoreError(Exception):
    """Any problem with the library file, with a message a user can act on (shown as is)."""


class StoreTooNew(StoreError):
    """The file was written by a newer Script Studio; it is left untouched."""


class StoreCorrupt(StoreError):
    """The file is not a readable Script Studio library (damaged, or not SQLite)."""


class StoreEmpty(StoreCorrupt):
    """The library file is empty (0 bytes): refused, never rebuilt over."""


class StoreEmptyWithLog(StoreEmpty):
    """An empty library file with a non-empty ``-wal`` beside it: ``studio repair`` rebuilds from the log."""


class StoreReadOnly(StoreError):
    """The file or its folder cannot be written."""


class NotFound(StoreError):
    """A project, script or source id/key that does not exist."""


def describe(path: Path | None) -> str:
    """How a library is named in messages."""
    return "the in-memory library" if path is None else f"the library {path}"


def read_only_error(path: Path | None) -> StoreReadOnly:
    """The message for a write refused because the file or its folder is read-only."""
    return StoreReadOnly(
        f"{describe(path).capitalize()} is read-only, so changes cannot be saved. "
        "Check the permissions of the file and its folder, or choose another library with --store."
    )


def translate(exc: sqlite3.Error, path: Path | None) -> StoreError:
    """Turn an sqlite3 exception into the StoreError a creator can act on."""
    text = str(exc).lower()
    where = describe(path)
    if "readonly" in text or "read-only" in text:
        return read_only_error(path)
    if "locked" in text or "busy" in text:
        return StoreError(f"{where.capitalize()} is busy: another Script Studio window or command is "
                          "writing to it. Try again in a moment.")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StoreCorrupt(f"{where.capitalize()} is damaged ({exc}). Nothing was changed. Run `studio repair` "
                            "to copy what can be read into a new library file, or restore a backup.")
    if "full" in text:
        return StoreError(f"The disk holding {where} is full: free some space and try again "
                          "(the last change was not saved).")
    if "unable to open" in text or "disk i/o" in text or "cannot open" in text:
        return StoreError(f"Cannot read or write {where} ({exc}). Check that the disk is available "
                          "and the path is right.")
    if isinstance(exc, sqlite3.IntegrityError):
        return StoreError(f"That change conflicts with what is already in {where} ({exc}).")
    return StoreError(f"Problem with {where}: {exc}")
