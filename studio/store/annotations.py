"""Citations (segment → source), dismissed findings, and project terms (allow-list / replacements)."""

from __future__ import annotations

import sqlite3

from studio.store.base import _Base
from studio.store.errors import NotFound, StoreError
from studio.store.keys import normalize_term
from studio.store.models import Citation, Dismissal, Term


def citation_from_row(row: sqlite3.Row) -> Citation:
    """A :class:`Citation` from a ``citations`` row."""
    return Citation(id=row["id"], segment_id=row["segment_id"], source_id=row["source_id"],
                    claim=row["claim"], passage=row["passage"], created=row["created"])


def dismissal_from_row(row: sqlite3.Row) -> Dismissal:
    """A :class:`Dismissal` from a ``dismissals`` row."""
    return Dismissal(id=row["id"], script_id=row["script_id"], fingerprint=row["fingerprint"],
                     kind=row["kind"], text=row["text"], reason=row["reason"], created=row["created"])


def term_from_row(row: sqlite3.Row) -> Term:
    """A :class:`Term` from a ``terms`` row."""
    return Term(project_id=row["project_id"], term=row["term"], allowed=bool(row["allowed"]),
                replacement=row["replacement"])


class AnnotationsMixin(_Base):
    """Citation, dismissal and term operations of :class:`~studio.store.library.Library`."""

    # citations ------------------------------------------------------------------------------------
    def add_citation(self, segment_id: int, source_id: int, claim: str, passage: str = "") -> Citation:
        """Link a claim in a segment to a source of the same project (and optionally the passage)."""
        claim = str(claim or "").strip()
        if not claim:
            raise StoreError("A citation needs the claim it supports.")
        with self._tx():
            project_id, _ = self._project_of_segment(segment_id)  # type: ignore[attr-defined]
            source = self.get_source(source_id)  # type: ignore[attr-defined]
            if source.project_id != project_id:
                raise StoreError("That source belongs to another project; add it to this project first.")
            cur = self._exec("INSERT INTO citations(segment_id, source_id, claim, passage, created)"
                             " VALUES (?, ?, ?, ?, ?)",
                             (int(segment_id), source.id, claim, str(passage or "").strip(), self._now()))
            row = self._row("SELECT * FROM citations WHERE id = ?", (cur.lastrowid,))
            assert row is not None
            return citation_from_row(row)

    def list_citations(self, script_id: int) -> list[Citation]:
        """The script's citations in segment order."""
        with self._tx(write=False):
            self.get_script(script_id)  # type: ignore[attr-defined]
            return [citation_from_row(r) for r in self._rows(
                "SELECT c.* FROM citations c JOIN segments s ON s.id = c.segment_id"
                " WHERE s.script_id = ? ORDER BY s.position, c.id", (int(script_id),))]

    def delete_citation(self, citation_id: int) -> None:
        """Remove a citation; NotFound if it does not exist."""
        with self._tx():
            if self._exec("DELETE FROM citations WHERE id = ?", (int(citation_id),)).rowcount == 0:
                raise NotFound(f"There is no citation with id {citation_id}.")

    # dismissals -----------------------------------------------------------------------------------
    def dismiss(self, script_id: int, fingerprint: str, kind: str, text: str, reason: str = "") -> Dismissal:
        """Remember a dismissed finding (dismissing the same fingerprint again updates the reason)."""
        fingerprint = str(fingerprint or "").strip()
        if not fingerprint:
            raise StoreError("A dismissal needs the finding's fingerprint.")
        with self._tx():
            script = self.get_script(script_id)  # type: ignore[attr-defined]
            self._exec("INSERT INTO dismissals(script_id, fingerprint, kind, text, reason, created)"
                       " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(script_id, fingerprint) DO UPDATE SET"
                       " kind = excluded.kind, text = excluded.text, reason = excluded.reason",
                       (script.id, fingerprint, str(kind or ""), str(text or ""), str(reason or "").strip(),
                        self._now()))
            row = self._row("SELECT * FROM dismissals WHERE script_id = ? AND fingerprint = ?",
                            (script.id, fingerprint))
            assert row is not None
            return dismissal_from_row(row)

    def list_dismissals(self, script_id: int) -> list[Dismissal]:
        """The script's dismissed findings, oldest first."""
        with self._tx(write=False):
            self.get_script(script_id)  # type: ignore[attr-defined]
            return [dismissal_from_row(r) for r in self._rows(
                "SELECT * FROM dismissals WHERE script_id = ? ORDER BY id", (int(script_id),))]

    def restore_dismissal(self, dismissal_id: int) -> None:
        """Un-dismiss (delete the dismissal)."""
        with self._tx():
            if self._exec("DELETE FROM dismissals WHERE id = ?", (int(dismissal_id),)).rowcount == 0:
                raise NotFound(f"There is no dismissal with id {dismissal_id}.")

    # terms ----------------------------------------------------------------------------------------
    def list_terms(self, project_id: int) -> list[Term]:
        """The project's kept terms and replacements, alphabetically."""
        with self._tx(write=False):
            self.get_project(project_id)  # type: ignore[attr-defined]
            return [term_from_row(r) for r in self._rows(
                "SELECT * FROM terms WHERE project_id = ? ORDER BY term", (int(project_id),))]

    def _term_key(self, term: str) -> str:
        key = normalize_term(str(term or ""))
        if not key:
            raise StoreError("The term cannot be empty.")
        if len(key) > 200:
            raise StoreError("The term is too long (at most 200 characters).")
        return key

    def _upsert_term(self, project_id: int, key: str, allowed: bool | None, replacement: str | None) -> Term:
        with self._tx():
            self.get_project(project_id)  # type: ignore[attr-defined]
            self._exec("INSERT INTO terms(project_id, term, allowed, replacement) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT(project_id, term) DO UPDATE SET"
                       " allowed = coalesce(?, allowed), replacement = coalesce(?, replacement)",
                       (int(project_id), key, int(bool(allowed)), replacement or "",
                        None if allowed is None else int(allowed), replacement))
            row = self._row("SELECT * FROM terms WHERE project_id = ? AND term = ?", (int(project_id), key))
            assert row is not None
            return term_from_row(row)

    def allow_term(self, project_id: int, term: str) -> Term:
        """Keep ``term`` on purpose: it is no longer flagged as jargon in this project."""
        return self._upsert_term(project_id, self._term_key(term), True, None)

    def set_replacement(self, project_id: int, term: str, replacement: str) -> Term:
        """Remember the creator's own plain alternative for ``term`` ("" clears it)."""
        return self._upsert_term(project_id, self._term_key(term), None, " ".join(str(replacement).split()))

    def remove_term(self, project_id: int, term: str) -> None:
        """Forget the term (allow-list entry and replacement); nothing happens if it was not there."""
        with self._tx():
            self._exec("DELETE FROM terms WHERE project_id = ? AND term = ?",
                       (int(project_id), self._term_key(term)))
