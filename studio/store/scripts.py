"""Scripts and their ordered segments (position 0 = first segment)."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence

from studio.store.base import _Base
from studio.store.errors import NotFound, StoreError
from studio.store.models import DEFAULT_SEGMENTS, Script, Segment, SegmentDraft
from studio.store.projects import clean_title

MAX_SEGMENTS = 200
SEGMENT_TEXT_FIELDS = ("name", "spoken", "on_screen", "visual_notes")


def segment_from_row(row: sqlite3.Row) -> Segment:
    """A :class:`Segment` from a ``segments`` row."""
    return Segment(id=row["id"], script_id=row["script_id"], position=row["position"], name=row["name"],
                   spoken=row["spoken"], on_screen=row["on_screen"], visual_notes=row["visual_notes"])


def clean_draft(draft: SegmentDraft) -> SegmentDraft:
    """Normalise line endings; keep the creator's text otherwise exactly as typed."""
    if not isinstance(draft, SegmentDraft):
        raise StoreError(f"A segment must be a SegmentDraft, not {type(draft).__name__}.")

    def fix(text: object) -> str:
        return str(text or "").replace("\r\n", "\n").replace("\r", "\n")

    return SegmentDraft(name=" ".join(fix(draft.name).split()), spoken=fix(draft.spoken),
                        on_screen=fix(draft.on_screen), visual_notes=fix(draft.visual_notes))


def default_drafts(language: str = "en") -> list[SegmentDraft]:
    """The default Hook / Context / Finding / What it means / Call to action segments, empty, named in the
    script's language (``resources/lang/<code>/segments.txt``, five lines) when there is such a file."""
    return [SegmentDraft(name=name) for name in _segment_names(language)]


def _segment_names(language: str) -> tuple[str, ...]:
    from studio.config import resources_dir

    code = (language or "en").split("-")[0].split("_")[0].lower()
    if code == "en" or not code.isalpha():
        return DEFAULT_SEGMENTS
    try:
        lines = (resources_dir() / "lang" / code / "segments.txt").read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return DEFAULT_SEGMENTS
    names = tuple(n.strip() for n in lines if n.strip() and not n.startswith("#"))
    return names if len(names) == len(DEFAULT_SEGMENTS) else DEFAULT_SEGMENTS


class ScriptsMixin(_Base):
    """Script and segment operations of :class:`~studio.store.library.Library`."""

    def _segments(self, script_id: int) -> tuple[Segment, ...]:
        return tuple(segment_from_row(r) for r in self._rows(
            "SELECT * FROM segments WHERE script_id = ? ORDER BY position", (script_id,)))

    def _script_from_row(self, row: sqlite3.Row) -> Script:
        return Script(id=row["id"], project_id=row["project_id"], title=row["title"],
                      segments=self._segments(row["id"]), created=row["created"], updated=row["updated"])

    def list_scripts(self, project_id: int) -> list[Script]:
        """Scripts with their segments (oldest first)."""
        with self._tx(write=False):
            self.get_project(project_id)  # type: ignore[attr-defined]
            rows = self._rows("SELECT * FROM scripts WHERE project_id = ? ORDER BY id", (int(project_id),))
            segs: dict[int, list[Segment]] = {r["id"]: [] for r in rows}
            for seg in self._rows("SELECT s.* FROM segments s JOIN scripts c ON c.id = s.script_id"
                                  " WHERE c.project_id = ? ORDER BY s.script_id, s.position", (int(project_id),)):
                segs[seg["script_id"]].append(segment_from_row(seg))
            return [Script(id=r["id"], project_id=r["project_id"], title=r["title"],
                           segments=tuple(segs[r["id"]]), created=r["created"], updated=r["updated"])
                    for r in rows]

    def get_script(self, script_id: int) -> Script:
        """The script with its segments; NotFound otherwise."""
        with self._tx(write=False):
            row = self._row("SELECT * FROM scripts WHERE id = ?", (int(script_id),))
            if row is None:
                raise NotFound(f"There is no script with id {script_id}.")
            return self._script_from_row(row)

    def _project_of_segment(self, segment_id: int) -> tuple[int, int]:
        row = self._row("SELECT c.project_id, c.id FROM segments s JOIN scripts c ON c.id = s.script_id"
                        " WHERE s.id = ?", (int(segment_id),))
        if row is None:
            raise NotFound(f"There is no segment with id {segment_id}.")
        return int(row[0]), int(row[1])

    def _insert_segments(self, script_id: int, drafts: Sequence[SegmentDraft]) -> list[int]:
        ids = []
        for pos, d in enumerate(drafts):
            cur = self._exec("INSERT INTO segments(script_id, position, name, spoken, on_screen, visual_notes)"
                             " VALUES (?, ?, ?, ?, ?, ?)",
                             (script_id, pos, d.name, d.spoken, d.on_screen, d.visual_notes))
            ids.append(int(cur.lastrowid or 0))
        return ids

    @staticmethod
    def _check_drafts(segments: Sequence[SegmentDraft]) -> list[SegmentDraft]:
        drafts = [clean_draft(d) for d in segments]
        if len(drafts) > MAX_SEGMENTS:
            raise StoreError(f"A script can have at most {MAX_SEGMENTS} segments (got {len(drafts)}).")
        return drafts

    def _new_script(self, project_id: int, title: str, drafts: Sequence[SegmentDraft]) -> tuple[int, list[int]]:
        now = self._now()
        cur = self._exec("INSERT INTO scripts(project_id, title, created, updated) VALUES (?, ?, ?, ?)",
                         (project_id, title, now, now))
        script_id = int(cur.lastrowid or 0)
        return script_id, self._insert_segments(script_id, drafts)

    def create_script(self, project_id: int, title: str,
                      segments: Sequence[SegmentDraft] | None = None) -> Script:
        """segments=None → the default Hook / Context / Finding / What it means / Call to action."""
        name = clean_title(title, "script")
        drafts = self._check_drafts(segments) if segments is not None else None
        with self._tx():
            project = self.get_project(project_id)  # type: ignore[attr-defined]
            if drafts is None:
                drafts = self._check_drafts(default_drafts(project.language))
            script_id, _ = self._new_script(int(project_id), name, drafts)
            self._touch_project(project_id)  # type: ignore[attr-defined]
            return self.get_script(script_id)

    def rename_script(self, script_id: int, title: str) -> Script:
        """Give the script a new title."""
        name = clean_title(title, "script")
        with self._tx():
            script = self.get_script(script_id)
            self._exec("UPDATE scripts SET title = ?, updated = ? WHERE id = ?", (name, self._now(), script.id))
            self._touch_project(script.project_id)  # type: ignore[attr-defined]
            return self.get_script(script.id)

    def duplicate_script(self, script_id: int, title: str | None = None) -> Script:
        """A copy of the script (segments and their citations) in the same project."""
        with self._tx():
            script = self.get_script(script_id)
            name = clean_title(title, "script") if title else f"{script.title} (copy)"
            drafts = [SegmentDraft(s.name, s.spoken, s.on_screen, s.visual_notes) for s in script.segments]
            new_id, new_segment_ids = self._new_script(script.project_id, name, drafts)
            old_to_new = {s.id: n for s, n in zip(script.segments, new_segment_ids, strict=True)}
            for row in self._rows("SELECT c.* FROM citations c JOIN segments s ON s.id = c.segment_id"
                                  " WHERE s.script_id = ? ORDER BY c.id", (script.id,)):
                self._exec("INSERT INTO citations(segment_id, source_id, claim, passage, created)"
                           " VALUES (?, ?, ?, ?, ?)",
                           (old_to_new[row["segment_id"]], row["source_id"], row["claim"], row["passage"],
                            self._now()))
            self._touch_project(script.project_id)  # type: ignore[attr-defined]
            return self.get_script(new_id)

    def delete_script(self, script_id: int) -> None:
        """Delete the script with its segments, versions, citations and dismissals."""
        with self._tx():
            script = self.get_script(script_id)
            self._exec("DELETE FROM scripts WHERE id = ?", (script.id,))
            self._touch_project(script.project_id)  # type: ignore[attr-defined]

    def save_segments(self, script_id: int, segments: Sequence[SegmentDraft]) -> Script:
        """Replace the script's segments in one transaction (autosave path). Citations of segments that
        keep their position are kept; returns the saved script with new segment ids.

        Segments at positions that still exist are updated in place (their ids stay the same); extra
        positions are inserted, missing ones deleted (with their citations)."""
        drafts = self._check_drafts(segments)
        with self._tx():
            script = self.get_script(script_id)
            old = {s.position: s for s in script.segments}
            for pos, d in enumerate(drafts):
                seg = old.get(pos)
                if seg is None:
                    self._exec("INSERT INTO segments(script_id, position, name, spoken, on_screen,"
                               " visual_notes) VALUES (?, ?, ?, ?, ?, ?)",
                               (script.id, pos, d.name, d.spoken, d.on_screen, d.visual_notes))
                elif (seg.name, seg.spoken, seg.on_screen, seg.visual_notes) != (
                        d.name, d.spoken, d.on_screen, d.visual_notes):
                    self._exec("UPDATE segments SET name = ?, spoken = ?, on_screen = ?, visual_notes = ?"
                               " WHERE id = ?", (d.name, d.spoken, d.on_screen, d.visual_notes, seg.id))
            self._exec("DELETE FROM segments WHERE script_id = ? AND position >= ?", (script.id, len(drafts)))
            self._exec("UPDATE scripts SET updated = ? WHERE id = ?", (self._now(), script.id))
            self._touch_project(script.project_id)  # type: ignore[attr-defined]
            return self.get_script(script.id)

    def update_segments(self, script_id: int, drafts: Mapping[int, SegmentDraft]) -> None:
        """Write several segments of one script (segment id → its new text) in ONE transaction: the
        autosave of several edited segments is saved whole or not at all, never half of one save and half
        of the one before. NotFound (nothing written) when an id is not a segment of this script."""
        cleaned = {int(seg_id): clean_draft(d) for seg_id, d in drafts.items()}
        with self._tx():
            row = self._row("SELECT project_id FROM scripts WHERE id = ?", (int(script_id),))
            if row is None:
                raise NotFound(f"There is no script with id {script_id}.")
            for seg_id, d in cleaned.items():
                cur = self._exec("UPDATE segments SET name = ?, spoken = ?, on_screen = ?, visual_notes = ?"
                                 " WHERE id = ? AND script_id = ?",
                                 (d.name, d.spoken, d.on_screen, d.visual_notes, seg_id, int(script_id)))
                if cur.rowcount != 1:
                    raise NotFound(f"There is no segment with id {seg_id} in script {script_id}.")
            self._exec("UPDATE scripts SET updated = ? WHERE id = ?", (self._now(), int(script_id)))
            self._touch_project(int(row[0]))  # type: ignore[attr-defined]

    def update_segment(self, segment_id: int, *, name: str | None = None, spoken: str | None = None,
                       on_screen: str | None = None, visual_notes: str | None = None) -> None:
        """Change one segment in place (fast path for typing)."""
        given = {"name": name, "spoken": spoken, "on_screen": on_screen, "visual_notes": visual_notes}
        changes = {k: v for k, v in given.items() if v is not None}
        if not changes:
            return
        draft = clean_draft(SegmentDraft(**{k: v or "" for k, v in given.items()}))  # type: ignore[arg-type]
        values = {k: getattr(draft, k) for k in changes}
        with self._tx():
            project_id, script_id = self._project_of_segment(segment_id)
            sets = ", ".join(f"{k} = ?" for k in values)
            self._exec(f"UPDATE segments SET {sets} WHERE id = ?", (*values.values(), int(segment_id)))
            self._exec("UPDATE scripts SET updated = ? WHERE id = ?", (self._now(), script_id))
            self._touch_project(project_id)  # type: ignore[attr-defined]
