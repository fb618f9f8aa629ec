"""Schema migrations: numbered steps, applied in one transaction, version kept in ``PRAGMA user_version``.

sqlite-utils 3.39 has no migrations helper (that lives in the separate ``sqlite-migrate`` plugin), so this
is a small one of our own: each migration is a list of SQL statements (no ``executescript``, which would
commit half-way). ``schema_migrations`` records when each step ran; ``user_version`` is the authority and
is written in the same transaction, so a crash leaves either the old or the new schema, never a mix.

To change the schema: append a new ``Migration`` (never edit a released one). If a step must rebuild a
table, follow https://sqlite.org/lang_altertable.html#otheralter (foreign keys are off during migration).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

#: ``PRAGMA application_id`` of a Script Studio library ("STUD").
APPLICATION_ID = 0x53545544

_TOKENIZE = "tokenize = \"unicode61 remove_diacritics 2\""

# Body of a script for full-text search: every segment's name and texts, in order.
_SCRIPT_BODY = (
    "(SELECT coalesce(group_concat(txt, char(10)), '') FROM ("
    " SELECT name || char(10) || spoken || char(10) || on_screen || char(10) || visual_notes AS txt"
    " FROM segments WHERE script_id = {sid} ORDER BY position))"
)

_V1: tuple[str, ...] = (
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TABLE projects (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        platform TEXT NOT NULL DEFAULT 'TikTok 60 s',
        target_seconds INTEGER NOT NULL DEFAULT 60,
        language TEXT NOT NULL DEFAULT 'en',
        target_grade REAL NOT NULL DEFAULT 8.0,
        words_per_minute INTEGER NOT NULL DEFAULT 150,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    )""",
    """CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        authors TEXT NOT NULL DEFAULT '',
        year INTEGER,
        journal TEXT NOT NULL DEFAULT '',
        doi TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    )""",
    "CREATE UNIQUE INDEX sources_key ON sources(project_id, key COLLATE NOCASE)",
    "CREATE INDEX sources_position ON sources(project_id, position)",
    "CREATE INDEX sources_doi ON sources(project_id, lower(doi)) WHERE doi <> ''",
    """CREATE TABLE scripts (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    )""",
    "CREATE INDEX scripts_project ON scripts(project_id)",
    """CREATE TABLE segments (
        id INTEGER PRIMARY KEY,
        script_id INTEGER NOT NULL REFERENCES scripts(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        spoken TEXT NOT NULL DEFAULT '',
        on_screen TEXT NOT NULL DEFAULT '',
        visual_notes TEXT NOT NULL DEFAULT '',
        UNIQUE (script_id, position)
    )""",
    """CREATE TABLE versions (
        id INTEGER PRIMARY KEY,
        script_id INTEGER NOT NULL REFERENCES scripts(id) ON DELETE CASCADE,
        created TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        automatic INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL DEFAULT '',
        segments TEXT NOT NULL DEFAULT '[]'
    )""",
    "CREATE INDEX versions_script ON versions(script_id, id)",
    """CREATE TABLE citations (
        id INTEGER PRIMARY KEY,
        segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        claim TEXT NOT NULL,
        passage TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL
    )""",
    "CREATE INDEX citations_segment ON citations(segment_id)",
    "CREATE INDEX citations_source ON citations(source_id)",
    """CREATE TABLE dismissals (
        id INTEGER PRIMARY KEY,
        script_id INTEGER NOT NULL REFERENCES scripts(id) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        UNIQUE (script_id, fingerprint)
    )""",
    """CREATE TABLE terms (
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        term TEXT NOT NULL,
        allowed INTEGER NOT NULL DEFAULT 0,
        replacement TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (project_id, term)
    ) WITHOUT ROWID""",
    # Full-text search over sources: external content table kept in sync by triggers.
    f"""CREATE VIRTUAL TABLE sources_fts USING fts5(
        title, authors, summary, notes, content = 'sources', content_rowid = 'id', {_TOKENIZE})""",
    """CREATE TRIGGER sources_fts_ai AFTER INSERT ON sources BEGIN
        INSERT INTO sources_fts(rowid, title, authors, summary, notes)
        VALUES (new.id, new.title, new.authors, new.summary, new.notes);
    END""",
    """CREATE TRIGGER sources_fts_ad AFTER DELETE ON sources BEGIN
        INSERT INTO sources_fts(sources_fts, rowid, title, authors, summary, notes)
        VALUES ('delete', old.id, old.title, old.authors, old.summary, old.notes);
    END""",
    """CREATE TRIGGER sources_fts_au AFTER UPDATE OF title, authors, summary, notes ON sources BEGIN
        INSERT INTO sources_fts(sources_fts, rowid, title, authors, summary, notes)
        VALUES ('delete', old.id, old.title, old.authors, old.summary, old.notes);
        INSERT INTO sources_fts(rowid, title, authors, summary, notes)
        VALUES (new.id, new.title, new.authors, new.summary, new.notes);
    END""",
    # Full-text search over scripts: one row per script (title + all segment texts), rowid = script id.
    f"CREATE VIRTUAL TABLE scripts_fts USING fts5(title, body, {_TOKENIZE})",
    """CREATE TRIGGER scripts_fts_ai AFTER INSERT ON scripts BEGIN
        INSERT INTO scripts_fts(rowid, title, body) VALUES (new.id, new.title, '');
    END""",
    """CREATE TRIGGER scripts_fts_ad AFTER DELETE ON scripts BEGIN
        DELETE FROM scripts_fts WHERE rowid = old.id;
    END""",
    """CREATE TRIGGER scripts_fts_au AFTER UPDATE OF title ON scripts BEGIN
        UPDATE scripts_fts SET title = new.title WHERE rowid = new.id;
    END""",
    f"""CREATE TRIGGER segments_fts_ai AFTER INSERT ON segments BEGIN
        UPDATE scripts_fts SET body = {_SCRIPT_BODY.format(sid="new.script_id")} WHERE rowid = new.script_id;
    END""",
    f"""CREATE TRIGGER segments_fts_ad AFTER DELETE ON segments BEGIN
        UPDATE scripts_fts SET body = {_SCRIPT_BODY.format(sid="old.script_id")} WHERE rowid = old.script_id;
    END""",
    f"""CREATE TRIGGER segments_fts_au AFTER UPDATE ON segments BEGIN
        UPDATE scripts_fts SET body = {_SCRIPT_BODY.format(sid="new.script_id")} WHERE rowid = new.script_id;
    END""",
    f"PRAGMA application_id = {APPLICATION_ID}",
)


@dataclass(frozen=True)
class Migration:
    """One schema step: ``version`` becomes current once ``statements`` (and ``run``) succeed."""

    version: int
    name: str
    statements: Sequence[str] = ()
    run: Callable[[sqlite3.Connection], None] | None = None


_V2: tuple[str, ...] = (
    """CREATE TABLE checklist_ticks (
        script_id INTEGER NOT NULL REFERENCES scripts(id) ON DELETE CASCADE,
        item TEXT NOT NULL,
        checked INTEGER NOT NULL DEFAULT 1,
        updated TEXT NOT NULL,
        PRIMARY KEY (script_id, item)
    ) WITHOUT ROWID""",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema: projects, sources, scripts, segments, versions, citations, "
                 "dismissals, terms, full-text search", _V1),
    Migration(2, "short-form checklist: items ticked by hand per script", _V2),
)

#: The schema version this code writes.
SCHEMA_VERSION: int = MIGRATIONS[-1].version


def pending(current: int) -> list[Migration]:
    """Migrations newer than ``current``, in order."""
    return [m for m in MIGRATIONS if m.version > current]


def apply_migrations(conn: sqlite3.Connection, now: str) -> int:
    """Bring the schema up to :data:`SCHEMA_VERSION` in ONE transaction; return the version reached.

    ``conn`` must be in autocommit mode (``isolation_level=None``) with no transaction open.
    The version is re-read after taking the write lock, so two processes opening a new file at once
    do not both run the same step.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = int(conn.execute("PRAGMA user_version").fetchone()[0])
        steps = pending(current)
        if steps and current == 0:
            conn.execute("""CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)""")
        for step in steps:
            for statement in step.statements:
                conn.execute(statement)
            if step.run is not None:
                step.run(conn)
            conn.execute("INSERT OR REPLACE INTO schema_migrations(version, name, applied) VALUES (?, ?, ?)",
                         (step.version, step.name, now))
            conn.execute(f"PRAGMA user_version = {int(step.version)}")
            current = step.version
        if steps:
            conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('created', ?)", (now,))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return current
