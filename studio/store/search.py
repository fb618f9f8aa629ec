"""Full-text search (SQLite FTS5) over sources and scripts, safe for any text a user types."""

from __future__ import annotations

import re
import sqlite3

from studio.store.base import _Base
from studio.store.errors import translate
from studio.store.models import SearchHit

#: Markers around matched words in :attr:`SearchHit.snippet` (plain text, easy to restyle in the UI).
MATCH_START = "«"
MATCH_END = "»"
ELLIPSIS = "…"
MAX_QUERY_TERMS = 32

_CHUNK = re.compile(r'"([^"]*)(?:"|$)|([^\s"]+)')
_HAS_TOKEN = re.compile(r"[^\W_]")  # FTS5 unicode61 token characters: letters and digits
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # a NUL would end the query string inside SQLite


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def build_fts_query(text: str) -> str:
    """Turn user text into a safe FTS5 query ('' when nothing is searchable).

    Every word or ``"quoted phrase"`` becomes a quoted FTS5 string (so ``AND``, ``*``, ``(``, ``:``, ``-``
    and stray quotes are plain text, never syntax), all of them required; the last word also matches as
    a prefix, so results appear while typing. A bare upper-case ``AND`` is ignored (it is implied).
    """
    parts: list[str] = []
    last_bare = False
    text = _CONTROL.sub(" ", text or "")
    for match in _CHUNK.finditer(text):
        phrase, bare = match.group(1), match.group(2)
        chunk = phrase if phrase is not None else bare
        if bare == "AND" or not _HAS_TOKEN.search(chunk or ""):
            continue
        parts.append(_quote(" ".join(chunk.split())))
        last_bare = bare is not None
        if len(parts) >= MAX_QUERY_TERMS:
            break
    if not parts:
        return ""
    if last_bare and text and not text[-1].isspace():
        parts[-1] += "*"
    return " ".join(parts)


# Each table is searched with FTS5's own "ORDER BY rank LIMIT n" (rank = bm25 with column weights), so
# snippets are only built for the rows returned, not for every match.
_SOURCES_SQL = f"""
SELECT 'source' AS kind, s.id AS id, s.project_id AS project_id,
       CASE WHEN s.title <> '' THEN s.title ELSE s.key END AS title,
       snippet(sources_fts, -1, '{MATCH_START}', '{MATCH_END}', '{ELLIPSIS}', 14) AS snippet,
       sources_fts.rank AS rank
FROM sources_fts JOIN sources s ON s.id = sources_fts.rowid
WHERE sources_fts MATCH :q AND sources_fts.rank MATCH 'bm25(4.0, 2.0, 1.0, 1.0)'
  AND (:pid IS NULL OR s.project_id = :pid)
ORDER BY sources_fts.rank LIMIT :limit"""

_SCRIPTS_SQL = f"""
SELECT 'script' AS kind, c.id AS id, c.project_id AS project_id, c.title AS title,
       snippet(scripts_fts, -1, '{MATCH_START}', '{MATCH_END}', '{ELLIPSIS}', 14) AS snippet,
       scripts_fts.rank AS rank
FROM scripts_fts JOIN scripts c ON c.id = scripts_fts.rowid
WHERE scripts_fts MATCH :q AND scripts_fts.rank MATCH 'bm25(4.0, 1.0)'
  AND (:pid IS NULL OR c.project_id = :pid)
ORDER BY scripts_fts.rank LIMIT :limit"""


class SearchMixin(_Base):
    """Search of :class:`~studio.store.library.Library`."""

    def search(self, query: str, project_id: int | None = None, limit: int = 50,
               kinds: tuple[str, ...] = ("source", "script")) -> list[SearchHit]:
        """FTS5 over sources (title, authors, summary, notes) and scripts (title + segment texts).
        Any user text is accepted (quoted/escaped so FTS syntax errors never reach the caller).

        Best matches first (``rank`` is the FTS5 bm25 score: lower is better). Matched words in
        ``snippet`` are wrapped in :data:`MATCH_START` / :data:`MATCH_END`."""
        fts = build_fts_query(query)
        if not fts or limit <= 0:
            return []
        selects = [sql for kind, sql in (("source", _SOURCES_SQL), ("script", _SCRIPTS_SQL)) if kind in kinds]
        params = {"q": fts, "pid": None if project_id is None else int(project_id), "limit": int(limit)}
        rows = []
        with self._lock:
            conn = self._live()
            try:
                for sql in selects:
                    rows += conn.execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:
                if any(w in str(exc).lower() for w in ("fts5", "syntax", "unterminated", "malformed match")):
                    return []  # should not happen (the query is quoted), but never surface FTS syntax
                raise translate(exc, self._path) from exc
            except sqlite3.Error as exc:
                raise translate(exc, self._path) from exc
        rows.sort(key=lambda r: (float(r["rank"]), r["kind"], r["id"]))
        return [SearchHit(kind=r["kind"], id=r["id"], project_id=r["project_id"], title=r["title"],
                          snippet=" ".join(str(r["snippet"] or "").split()), rank=float(r["rank"]))
                for r in rows[:limit]]

    def rebuild_search_index(self) -> None:
        """Rebuild both full-text indexes from the tables (repair tool; normally never needed)."""
        with self._tx():
            self._exec("INSERT INTO sources_fts(sources_fts) VALUES ('rebuild')")
            self._exec("DELETE FROM scripts_fts")
            self._exec("INSERT INTO scripts_fts(rowid, title, body) SELECT c.id, c.title,"
                       " (SELECT coalesce(group_concat(txt, char(10)), '') FROM (SELECT name || char(10) ||"
                       " spoken || char(10) || on_screen || char(10) || visual_notes AS txt FROM segments"
                       " WHERE script_id = c.id ORDER BY position)) FROM scripts c")
