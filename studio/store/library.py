"""The typed API over the library file. CONTRACT: the signatures here are what the CLI and the UI use.

(The store helper implements these; the signatures and behaviour in the docstrings are fixed.)
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from studio.store.models import (
    BundleInfo,
    Citation,
    Dismissal,
    Project,
    Script,
    SearchHit,
    SegmentDraft,
    Source,
    Term,
    Version,
)


class StoreError(Exception):
    """Any problem with the library file, with a message a user can act on (shown as is)."""


class StoreTooNew(StoreError):
    """The file was written by a newer Script Studio; it is left untouched."""


class StoreCorrupt(StoreError):
    """The file is not a readable Script Studio library (damaged, or not SQLite)."""


class StoreReadOnly(StoreError):
    """The file or its folder cannot be written."""


class NotFound(StoreError):
    """A project, script or source id/key that does not exist."""


class Library:
    """One SQLite library file (WAL, foreign keys on, migrated on open). ``Library(":memory:")`` for tests."""

    def __init__(self, path: str | Path) -> None:
        raise NotImplementedError

    @classmethod
    def open(cls, path: str | Path) -> Library:
        """Open (creating folders and file if needed) and migrate; raises StoreError subclasses."""
        raise NotImplementedError

    def close(self) -> None:
        """Close the connection (checkpoints the WAL)."""
        raise NotImplementedError

    @property
    def path(self) -> Path | None:
        """File path, or None for an in-memory library."""
        raise NotImplementedError

    @property
    def schema_version(self) -> int:
        """Current schema version number."""
        raise NotImplementedError

    # projects
    def list_projects(self) -> list[Project]: ...
    def get_project(self, project_id: int) -> Project: ...
    def find_project(self, id_or_title: str) -> Project:
        """By numeric id or exact (case-insensitive) title; NotFound otherwise."""
    def create_project(self, title: str, *, platform: str = "TikTok 60 s", target_seconds: int = 60,
                       language: str = "en", target_grade: float = 8.0, words_per_minute: int = 150,
                       with_script: bool = True) -> Project:
        """New project; with_script=True also creates a first script with the default segments."""
    def update_project(self, project_id: int, **fields: object) -> Project: ...
    def rename_project(self, project_id: int, title: str) -> Project: ...
    def duplicate_project(self, project_id: int, title: str | None = None) -> Project:
        """Deep copy: sources, scripts (segments), terms, citations; not versions/dismissals history."""
    def delete_project(self, project_id: int) -> None:
        """Delete with everything in it (one transaction)."""

    # sources
    def list_sources(self, project_id: int) -> list[Source]:
        """In position order (position 1 = marker [1])."""
    def get_source(self, source_id: int) -> Source: ...
    def find_source(self, project_id: int, key: str) -> Source:
        """By citation key (case-insensitive); NotFound otherwise."""
    def add_source(self, project_id: int, *, title: str, key: str | None = None, authors: str = "",
                   year: int | None = None, journal: str = "", doi: str = "", url: str = "",
                   summary: str = "", notes: str = "") -> Source:
        """Add at the end. key=None → generated from first author + year (+ a/b/c to stay unique).
        A key already used in the project gets a suffix. DOI is normalised (no https://doi.org/)."""
    def update_source(self, source_id: int, **fields: object) -> Source: ...
    def delete_source(self, source_id: int) -> None: ...
    def source_by_doi(self, project_id: int, doi: str) -> Source | None:
        """Duplicate-DOI detection (normalised comparison)."""

    # scripts and segments
    def list_scripts(self, project_id: int) -> list[Script]:
        """Scripts with their segments."""
    def get_script(self, script_id: int) -> Script: ...
    def create_script(self, project_id: int, title: str,
                      segments: Sequence[SegmentDraft] | None = None) -> Script:
        """segments=None → the default Hook / Context / Finding / What it means / Call to action."""
    def rename_script(self, script_id: int, title: str) -> Script: ...
    def duplicate_script(self, script_id: int, title: str | None = None) -> Script: ...
    def delete_script(self, script_id: int) -> None: ...
    def save_segments(self, script_id: int, segments: Sequence[SegmentDraft]) -> Script:
        """Replace the script's segments in one transaction (autosave path). Citations of segments that
        keep their position are kept; returns the saved script with new segment ids."""
    def update_segment(self, segment_id: int, *, name: str | None = None, spoken: str | None = None,
                       on_screen: str | None = None, visual_notes: str | None = None) -> None:
        """Change one segment in place (fast path for typing)."""

    # versions
    def save_version(self, script_id: int, label: str = "", automatic: bool = False) -> Version:
        """Snapshot the script as stored now."""
    def list_versions(self, script_id: int) -> list[Version]:
        """Newest first."""
    def get_version(self, version_id: int) -> Version: ...
    def restore_version(self, version_id: int) -> Script:
        """Replace the script's title and segments with the snapshot (snapshotting the current state first)."""
    def diff_versions(self, old_id: int, new_id: int | None = None) -> str:
        """Readable unified diff (segment by segment); new_id=None compares with the current script."""

    # citations
    def add_citation(self, segment_id: int, source_id: int, claim: str, passage: str = "") -> Citation: ...
    def list_citations(self, script_id: int) -> list[Citation]: ...
    def delete_citation(self, citation_id: int) -> None: ...

    # dismissals
    def dismiss(self, script_id: int, fingerprint: str, kind: str, text: str, reason: str = "") -> Dismissal: ...
    def list_dismissals(self, script_id: int) -> list[Dismissal]: ...
    def restore_dismissal(self, dismissal_id: int) -> None:
        """Un-dismiss (delete the dismissal)."""

    # allow-list / replacements
    def list_terms(self, project_id: int) -> list[Term]: ...
    def allow_term(self, project_id: int, term: str) -> Term: ...
    def set_replacement(self, project_id: int, term: str, replacement: str) -> Term: ...
    def remove_term(self, project_id: int, term: str) -> None: ...

    # search
    def search(self, query: str, project_id: int | None = None, limit: int = 50) -> list[SearchHit]:
        """FTS5 over sources (title, authors, summary, notes) and scripts (title + segment texts).
        Any user text is accepted (quoted/escaped so FTS syntax errors never reach the caller)."""

    # bundles
    def export_bundle(self, project_id: int, path: str | Path) -> Path:
        """Write a ``.studio`` zip: manifest.json (format, schema version, app version) + project.json."""
    def import_bundle(self, path: str | Path, title: str | None = None) -> BundleInfo:
        """Import as a new project. Refuses unsafe/invalid archives (StoreError, nothing written)."""
