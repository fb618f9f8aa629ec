"""Versions: full snapshots of a script, restore, and readable diffs."""

from __future__ import annotations

import difflib
import json
import re
import sqlite3

from studio.store.base import _Base
from studio.store.errors import NotFound, StoreError
from studio.store.models import Script, SegmentDraft, Version

#: Automatic snapshots kept per script (labelled or manual versions, and the first one, are never pruned).
MAX_AUTOMATIC_VERSIONS = 200
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def drafts_to_json(drafts: tuple[SegmentDraft, ...] | list[SegmentDraft]) -> str:
    """Serialise segment drafts for the ``versions.segments`` column."""
    return json.dumps([{"name": d.name, "spoken": d.spoken, "on_screen": d.on_screen,
                        "visual_notes": d.visual_notes} for d in drafts], ensure_ascii=False)


def drafts_from_json(text: str) -> tuple[SegmentDraft, ...]:
    """Parse the ``versions.segments`` column (tolerant of missing keys)."""
    try:
        items = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(SegmentDraft(name=str(i.get("name", "")), spoken=str(i.get("spoken", "")),
                              on_screen=str(i.get("on_screen", "")),
                              visual_notes=str(i.get("visual_notes", "")))
                 for i in items if isinstance(i, dict))


def version_from_row(row: sqlite3.Row) -> Version:
    """A :class:`Version` from a ``versions`` row."""
    return Version(id=row["id"], script_id=row["script_id"], created=row["created"], label=row["label"],
                   title=row["title"], segments=drafts_from_json(row["segments"]),
                   automatic=bool(row["automatic"]))


def script_drafts(script: Script) -> tuple[SegmentDraft, ...]:
    """The script's segments as drafts (what a snapshot stores)."""
    return tuple(SegmentDraft(s.name, s.spoken, s.on_screen, s.visual_notes) for s in script.segments)


def _render(title: str, drafts: tuple[SegmentDraft, ...]) -> list[str]:
    """A script as lines for diffing: one line per sentence so small edits give small diffs."""
    lines = [f"Title: {title}"]
    for n, d in enumerate(drafts, start=1):
        lines.append(f"== {n}. {d.name or '(no name)'} ==")
        for label, text in (("Spoken", d.spoken), ("On screen", d.on_screen), ("Visual", d.visual_notes)):
            parts = [p for para in text.splitlines() for p in _SENTENCE_END.split(para.strip()) if p]
            for p in parts:
                lines.append(f"{label}: {p}")
    return lines


class VersionsMixin(_Base):
    """Version operations of :class:`~studio.store.library.Library`."""

    def save_version(self, script_id: int, label: str = "", automatic: bool = False) -> Version:
        """Snapshot the script as stored now.

        An automatic snapshot identical to the newest version is not stored twice (that version is
        returned), and only the newest :data:`MAX_AUTOMATIC_VERSIONS` automatic snapshots are kept."""
        label = " ".join(str(label or "").split())
        with self._tx():
            script = self.get_script(script_id)  # type: ignore[attr-defined]
            drafts = script_drafts(script)
            body = drafts_to_json(drafts)
            if automatic and not label:
                last = self._row("SELECT * FROM versions WHERE script_id = ? ORDER BY id DESC LIMIT 1",
                                 (script.id,))
                if last is not None and last["title"] == script.title and last["segments"] == body:
                    return version_from_row(last)
            cur = self._exec("INSERT INTO versions(script_id, created, label, automatic, title, segments)"
                             " VALUES (?, ?, ?, ?, ?, ?)",
                             (script.id, self._now(), label, int(bool(automatic)), script.title, body))
            if automatic:
                # the oldest version is the first draft (the "before" of the before/after report): kept
                self._exec("DELETE FROM versions WHERE script_id = ? AND automatic = 1 AND label = '' AND id IN"
                           " (SELECT id FROM versions WHERE script_id = ? AND automatic = 1 AND label = ''"
                           "  ORDER BY id DESC LIMIT -1 OFFSET ?)"
                           " AND id <> (SELECT min(id) FROM versions WHERE script_id = ?)",
                           (script.id, script.id, MAX_AUTOMATIC_VERSIONS, script.id))
            return self.get_version(int(cur.lastrowid or 0))

    def list_versions(self, script_id: int) -> list[Version]:
        """Newest first."""
        with self._tx(write=False):
            self.get_script(script_id)  # type: ignore[attr-defined]
            return [version_from_row(r) for r in self._rows(
                "SELECT * FROM versions WHERE script_id = ? ORDER BY created DESC, id DESC", (int(script_id),))]

    def get_version(self, version_id: int) -> Version:
        """The version with this id; NotFound otherwise."""
        row = self._row("SELECT * FROM versions WHERE id = ?", (int(version_id),))
        if row is None:
            raise NotFound(f"There is no version with id {version_id}.")
        return version_from_row(row)

    def label_version(self, version_id: int, label: str) -> Version:
        """Name (or rename) a version; a labelled version is never pruned."""
        with self._tx():
            version = self.get_version(version_id)
            self._exec("UPDATE versions SET label = ? WHERE id = ?", (" ".join(label.split()), version.id))
            return self.get_version(version.id)

    def restore_version(self, version_id: int) -> Script:
        """Replace the script's title and segments with the snapshot (snapshotting the current state first)."""
        with self._tx():
            version = self.get_version(version_id)
            self.save_version(version.script_id, automatic=True)
            if version.title:
                self._exec("UPDATE scripts SET title = ? WHERE id = ?", (version.title, version.script_id))
            return self.save_segments(version.script_id, version.segments)  # type: ignore[attr-defined]

    def diff_versions(self, old_id: int, new_id: int | None = None) -> str:
        """Readable unified diff (segment by segment); new_id=None compares with the current script."""
        with self._tx(write=False):
            old = self.get_version(old_id)
            if new_id is None:
                script = self.get_script(old.script_id)  # type: ignore[attr-defined]
                new_title, new_drafts, new_name = script.title, script_drafts(script), "current script"
            else:
                new = self.get_version(new_id)
                if new.script_id != old.script_id:
                    raise StoreError("These two versions belong to different scripts; compare versions "
                                     "of the same script.")
                new_title, new_drafts = new.title, new.segments
                new_name = f"version {new.id} ({new.label or new.created})"
        diff = difflib.unified_diff(_render(old.title, old.segments), _render(new_title, new_drafts),
                                    fromfile=f"version {old.id} ({old.label or old.created})",
                                    tofile=new_name, lineterm="", n=2)
        return "\n".join(diff)
