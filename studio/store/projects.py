"""Projects: create, read, update, duplicate, delete."""

from __future__ import annotations

import math
import sqlite3

from studio.store.base import _Base
from studio.store.errors import NotFound, StoreError
from studio.store.keys import unique_title
from studio.store.models import PLATFORM_PRESETS, Project

PROJECT_FIELDS = ("title", "platform", "target_seconds", "language", "target_grade", "words_per_minute")
MAX_TITLE = 500


def project_from_row(row: sqlite3.Row) -> Project:
    """A :class:`Project` from a ``projects`` row."""
    return Project(id=row["id"], title=row["title"], platform=row["platform"],
                   target_seconds=int(row["target_seconds"]), language=row["language"],
                   target_grade=float(row["target_grade"]), words_per_minute=int(row["words_per_minute"]),
                   created=row["created"], updated=row["updated"])


def clean_title(title: object, what: str = "project") -> str:
    """A stripped, single-line, non-empty title (StoreError otherwise)."""
    text = " ".join(str(title if title is not None else "").split())
    if not text:
        raise StoreError(f"The {what} title cannot be empty.")
    if len(text) > MAX_TITLE:
        raise StoreError(f"The {what} title is too long ({len(text)} characters; at most {MAX_TITLE}).")
    return text


def _number(name: str, value: object, low: float, high: float, integer: bool) -> int | float:
    try:
        if isinstance(value, bool):
            raise ValueError
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise StoreError(f"{name} must be a number, not {value!r}.") from None
    if math.isnan(number) or not low <= number <= high:
        raise StoreError(f"{name} must be between {low:g} and {high:g} (got {value}).")
    if integer:
        if number != int(number):
            raise StoreError(f"{name} must be a whole number (got {value}).")
        return int(number)
    return number


def clean_settings(fields: dict[str, object]) -> dict[str, object]:
    """Validate project fields (StoreError naming the bad one); unknown names are refused."""
    unknown = sorted(set(fields) - set(PROJECT_FIELDS))
    if unknown:
        raise StoreError(f"Unknown project setting(s): {', '.join(unknown)}. "
                         f"Known: {', '.join(PROJECT_FIELDS)}.")
    out: dict[str, object] = {}
    for name, value in fields.items():
        if name == "title":
            out[name] = clean_title(value)
        elif name == "platform":
            out[name] = " ".join(str(value or "").split()) or "Custom"
        elif name == "language":
            lang = str(value or "").strip().lower()
            if not lang or len(lang) > 20:
                raise StoreError(f"Language must be a code such as 'en' (got {value!r}).")
            out[name] = lang
        elif name == "target_seconds":
            out[name] = _number("Target duration (seconds)", value, 1, 3600, True)
        elif name == "target_grade":
            out[name] = _number("Target grade", value, 1, 20, False)
        elif name == "words_per_minute":
            out[name] = _number("Words per minute", value, 40, 400, True)
    return out


class ProjectsMixin(_Base):
    """Project operations of :class:`~studio.store.library.Library`."""

    def list_projects(self) -> list[Project]:
        """Every project, by title (case-insensitive)."""
        return [project_from_row(r) for r in
                self._rows("SELECT * FROM projects ORDER BY title COLLATE NOCASE, id")]

    def get_project(self, project_id: int) -> Project:
        """The project with this id; NotFound otherwise."""
        row = self._row("SELECT * FROM projects WHERE id = ?", (int(project_id),))
        if row is None:
            raise NotFound(f"There is no project with id {project_id}.")
        return project_from_row(row)

    def find_project(self, id_or_title: str) -> Project:
        """By numeric id or exact (case-insensitive) title; NotFound otherwise."""
        text = str(id_or_title).strip()
        if text.isdigit():
            row = self._row("SELECT * FROM projects WHERE id = ?", (int(text),))
            if row is not None:
                return project_from_row(row)
        rows = self._rows("SELECT * FROM projects WHERE title = ? COLLATE NOCASE ORDER BY id", (text,))
        if len(rows) > 1:
            ids = ", ".join(str(r["id"]) for r in rows)
            raise StoreError(f"Several projects are called {text!r} (ids {ids}); use the id instead.")
        if not rows:
            raise NotFound(f"There is no project called {text!r}. `studio projects list` shows them all.")
        return project_from_row(rows[0])

    def create_project(self, title: str, *, platform: str = "TikTok 60 s", target_seconds: int | None = None,
                       language: str = "en", target_grade: float = 8.0, words_per_minute: int = 150,
                       with_script: bool = True) -> Project:
        """New project; with_script=True also creates a first script with the default segments.

        ``target_seconds=None`` takes the platform preset's duration (60 s for an unknown platform).
        """
        if target_seconds is None:
            target_seconds = PLATFORM_PRESETS.get(" ".join(str(platform).split()), 60)
        values = clean_settings({"title": title, "platform": platform, "target_seconds": target_seconds,
                                 "language": language, "target_grade": target_grade,
                                 "words_per_minute": words_per_minute})
        now = self._now()
        with self._tx():
            cur = self._exec(
                "INSERT INTO projects(title, platform, target_seconds, language, target_grade,"
                " words_per_minute, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (*(values[f] for f in PROJECT_FIELDS), now, now))
            project_id = int(cur.lastrowid or 0)
            if with_script:
                self.create_script(project_id, "Script 1")  # type: ignore[attr-defined]
            return self.get_project(project_id)

    def update_project(self, project_id: int, **fields: object) -> Project:
        """Change settings (title, platform, target_seconds, language, target_grade, words_per_minute)."""
        values = clean_settings(fields)
        with self._tx():
            self.get_project(project_id)
            if values:
                sets = ", ".join(f"{name} = ?" for name in values)
                self._exec(f"UPDATE projects SET {sets}, updated = ? WHERE id = ?",
                           (*values.values(), self._now(), int(project_id)))
            return self.get_project(project_id)

    def rename_project(self, project_id: int, title: str) -> Project:
        """Give the project a new title."""
        return self.update_project(project_id, title=title)

    def _touch_project(self, project_id: int) -> None:
        self._exec("UPDATE projects SET updated = ? WHERE id = ?", (self._now(), int(project_id)))

    def _unique_project_title(self, title: str) -> str:
        taken = [r[0] for r in self._rows("SELECT title FROM projects")]
        return unique_title(title, taken)

    def duplicate_project(self, project_id: int, title: str | None = None) -> Project:
        """Deep copy: sources, scripts (segments), terms, citations; not versions/dismissals history."""
        with self._tx():
            data = self.export_project_data(project_id)  # type: ignore[attr-defined]
            for script in data["scripts"]:
                script["versions"] = []
                script["dismissals"] = []
            new_title = clean_title(title) if title else self._unique_project_title(
                f"{data['project']['title']} (copy)")
            info = self.import_project_data(data, title=new_title, unique=False)  # type: ignore[attr-defined]
            return info.project

    def delete_project(self, project_id: int) -> None:
        """Delete with everything in it (one transaction)."""
        with self._tx():
            self.get_project(project_id)
            self._exec("DELETE FROM projects WHERE id = ?", (int(project_id),))
