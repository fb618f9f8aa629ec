"""Sources of a project: research papers and their summaries, in citation-marker order."""

from __future__ import annotations

import sqlite3

from studio.store.base import _Base
from studio.store.errors import NotFound, StoreError
from studio.store.keys import key_base, normalize_doi, unique_key
from studio.store.models import Source

SOURCE_TEXT_FIELDS = ("title", "authors", "journal", "doi", "url", "summary", "notes")
SOURCE_FIELDS = ("key", "year", *SOURCE_TEXT_FIELDS)
MAX_KEY = 80


def source_from_row(row: sqlite3.Row) -> Source:
    """A :class:`Source` from a ``sources`` row."""
    return Source(id=row["id"], project_id=row["project_id"], key=row["key"], title=row["title"],
                  authors=row["authors"], year=row["year"], journal=row["journal"], doi=row["doi"],
                  url=row["url"], summary=row["summary"], notes=row["notes"], position=row["position"],
                  created=row["created"], updated=row["updated"])


def clean_year(value: object) -> int | None:
    """A plausible publication year or None (StoreError for junk)."""
    if value is None or value == "":
        return None
    try:
        if isinstance(value, bool):
            raise ValueError
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        year = value if isinstance(value, int) else int(str(value).strip())
    except ValueError:
        raise StoreError(f"The year must be a number such as 2021 (got {value!r}).") from None
    if not 1000 <= year <= 2999:
        raise StoreError(f"The year {year} does not look like a publication year.")
    return year


def clean_key(value: object) -> str:
    """A citation key: no spaces or brackets (they would break markers like [@key])."""
    key = str(value or "").strip()
    if len(key) > MAX_KEY:
        raise StoreError(f"The citation key is too long ({len(key)} characters; at most {MAX_KEY}).")
    if any(ch.isspace() or ch in "[]@;," for ch in key):
        raise StoreError(f"The citation key {key!r} cannot contain spaces or any of [ ] @ ; , "
                         "(try something like smith2021).")
    return key


def clean_source_fields(fields: dict[str, object]) -> dict[str, object]:
    """Validate and normalise source fields; unknown names are refused."""
    unknown = sorted(set(fields) - set(SOURCE_FIELDS))
    if unknown:
        raise StoreError(f"Unknown source field(s): {', '.join(unknown)}. Known: {', '.join(SOURCE_FIELDS)}.")
    out: dict[str, object] = {}
    for name, value in fields.items():
        if name == "year":
            out[name] = clean_year(value)
        elif name == "key":
            out[name] = clean_key(value)
        elif name == "doi":
            out[name] = normalize_doi(str(value or ""))
        elif name in ("summary", "notes"):
            out[name] = str(value or "").replace("\r\n", "\n").strip()
        else:
            out[name] = " ".join(str(value or "").split())
    return out


class SourcesMixin(_Base):
    """Source operations of :class:`~studio.store.library.Library`."""

    def list_sources(self, project_id: int) -> list[Source]:
        """In position order (position 1 = marker [1])."""
        return [source_from_row(r) for r in self._rows(
            "SELECT * FROM sources WHERE project_id = ? ORDER BY position, id", (int(project_id),))]

    def get_source(self, source_id: int) -> Source:
        """The source with this id; NotFound otherwise."""
        row = self._row("SELECT * FROM sources WHERE id = ?", (int(source_id),))
        if row is None:
            raise NotFound(f"There is no source with id {source_id}.")
        return source_from_row(row)

    def find_source(self, project_id: int, key: str) -> Source:
        """By citation key (case-insensitive); NotFound otherwise."""
        row = self._row("SELECT * FROM sources WHERE project_id = ? AND key = ? COLLATE NOCASE",
                        (int(project_id), str(key).strip()))
        if row is None:
            raise NotFound(f"This project has no source with the key {key!r}.")
        return source_from_row(row)

    def _key_taken(self, project_id: int, key: str, except_id: int | None = None) -> bool:
        return self._row("SELECT 1 FROM sources WHERE project_id = ? AND key = ? COLLATE NOCASE AND id IS NOT ?",
                         (project_id, key, except_id)) is not None

    def add_source(self, project_id: int, *, title: str, key: str | None = None, authors: str = "",
                   year: int | None = None, journal: str = "", doi: str = "", url: str = "",
                   summary: str = "", notes: str = "") -> Source:
        """Add at the end. key=None → generated from first author + year (+ a/b/c to stay unique).
        A key already used in the project gets a suffix. DOI is normalised (no https://doi.org/)."""
        values = clean_source_fields({"key": key or "", "title": title, "authors": authors, "year": year,
                                      "journal": journal, "doi": doi, "url": url, "summary": summary,
                                      "notes": notes})
        if not values["title"] and not values["summary"] and not values["doi"]:
            raise StoreError("A source needs at least a title, a summary or a DOI.")
        pid = int(project_id)
        with self._tx():
            self.get_project(pid)  # type: ignore[attr-defined]
            base = str(values["key"]) or key_base(str(values["authors"]), values["year"],  # type: ignore[arg-type]
                                                  str(values["title"]))
            values["key"] = unique_key(base, lambda k: self._key_taken(pid, k))
            position = int(self._value("SELECT coalesce(max(position), 0) + 1 FROM sources WHERE project_id = ?",
                                       (pid,)))
            now = self._now()
            cur = self._exec(
                f"INSERT INTO sources(project_id, position, created, updated, {', '.join(SOURCE_FIELDS)})"
                f" VALUES (?, ?, ?, ?, {', '.join('?' for _ in SOURCE_FIELDS)})",
                (pid, position, now, now, *(values[f] for f in SOURCE_FIELDS)))
            self._touch_project(pid)  # type: ignore[attr-defined]
            return self.get_source(int(cur.lastrowid or 0))

    def update_source(self, source_id: int, **fields: object) -> Source:
        """Change fields (key, title, authors, year, journal, doi, url, summary, notes).

        A new key must be free in the project (StoreError otherwise)."""
        values = clean_source_fields(fields)
        with self._tx():
            source = self.get_source(source_id)
            if "key" in values:
                if not values["key"]:
                    raise StoreError("The citation key cannot be empty.")
                if self._key_taken(source.project_id, str(values["key"]), source.id):
                    raise StoreError(f"The key {values['key']!r} is already used by another source "
                                     "of this project.")
            if values:
                sets = ", ".join(f"{name} = ?" for name in values)
                self._exec(f"UPDATE sources SET {sets}, updated = ? WHERE id = ?",
                           (*values.values(), self._now(), source.id))
                self._touch_project(source.project_id)  # type: ignore[attr-defined]
            return self.get_source(source.id)

    def delete_source(self, source_id: int) -> None:
        """Delete the source (and its citations); later sources move up one position."""
        with self._tx():
            source = self.get_source(source_id)
            self._exec("DELETE FROM sources WHERE id = ?", (source.id,))
            self._renumber_sources(source.project_id)
            self._touch_project(source.project_id)  # type: ignore[attr-defined]

    def move_source(self, source_id: int, position: int) -> list[Source]:
        """Move a source to ``position`` (1-based, clamped); returns the project's sources in new order."""
        with self._tx():
            source = self.get_source(source_id)
            ids = [s.id for s in self.list_sources(source.project_id) if s.id != source.id]
            index = max(0, min(int(position) - 1, len(ids)))
            ids.insert(index, source.id)
            for pos, sid in enumerate(ids, start=1):
                self._exec("UPDATE sources SET position = ? WHERE id = ?", (pos, sid))
            self._touch_project(source.project_id)  # type: ignore[attr-defined]
            return self.list_sources(source.project_id)

    def _renumber_sources(self, project_id: int) -> None:
        rows = self._rows("SELECT id FROM sources WHERE project_id = ? ORDER BY position, id", (project_id,))
        for pos, row in enumerate(rows, start=1):
            self._exec("UPDATE sources SET position = ? WHERE id = ? AND position <> ?", (pos, row["id"], pos))

    def source_by_doi(self, project_id: int, doi: str) -> Source | None:
        """Duplicate-DOI detection (normalised comparison)."""
        norm = normalize_doi(doi).lower()
        if not norm:
            return None
        row = self._row("SELECT * FROM sources WHERE project_id = ? AND doi <> '' AND lower(doi) = ?"
                        " ORDER BY position LIMIT 1", (int(project_id), norm))
        return None if row is None else source_from_row(row)
