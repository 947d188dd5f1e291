"""The curation database's schema, its migrations, and the queries that read it: the counts
``/stats`` shows and the named queries ``review`` runs.

The schema version is kept in ``PRAGMA user_version``; ``MIGRATIONS`` brings an older file
up to date on start, each step in one transaction. A file from a newer bot is refused.
"""

from __future__ import annotations

import logging
import sqlite3

from bot.curation.recording import Stats

log = logging.getLogger("bot.curation.store")

MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema.
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO meta (key, value) VALUES ('salt', lower(hex(randomblob(16))));
    CREATE TABLE questions (
        id INTEGER PRIMARY KEY,
        ts REAL NOT NULL,
        answered INTEGER NOT NULL,
        outcome TEXT NOT NULL,
        lang TEXT NOT NULL,
        chat_type TEXT NOT NULL,
        confidence INTEGER NOT NULL,
        source TEXT,
        norm TEXT,
        raw TEXT,
        suggestions TEXT
    );
    CREATE INDEX questions_ts ON questions (ts);
    CREATE TABLE picks (
        id INTEGER PRIMARY KEY,
        ts REAL NOT NULL,
        key TEXT NOT NULL,
        norm TEXT NOT NULL,
        raw TEXT NOT NULL
    );
    CREATE INDEX picks_ts ON picks (ts);
    CREATE TABLE votes (
        id INTEGER PRIMARY KEY,
        ts REAL NOT NULL,
        up INTEGER NOT NULL,
        source TEXT,
        norm TEXT NOT NULL,
        raw TEXT NOT NULL
    );
    CREATE INDEX votes_ts ON votes (ts);
    CREATE TABLE opt_outs (chat_hash TEXT PRIMARY KEY, ts REAL NOT NULL);
    """,
)
"""Step ``n`` (0-based) takes a database from ``user_version`` n to n + 1. Only append."""


class SchemaError(Exception):
    """The database was written by a newer version of the bot."""


def schema_version() -> int:
    """The ``user_version`` this code writes."""
    return len(MIGRATIONS)


def stored_version(conn: sqlite3.Connection) -> int:
    """The schema version of the open database (0: empty)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Bring ``conn`` (autocommit mode) to the current schema; return the version it had."""
    found = stored_version(conn)
    target = schema_version()
    if found > target:
        raise SchemaError(f"database schema version {found} is newer than this bot's {target}")
    for version in range(found, target):
        try:
            script = f"BEGIN IMMEDIATE;\n{MIGRATIONS[version]}\nPRAGMA user_version = {version + 1};\nCOMMIT;"
            conn.executescript(script)
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        log.info("recording database migrated to schema version %d", version + 1)
    return found


def query_stats(conn: sqlite3.Connection, days: int, now: float) -> Stats:
    """Counts of the last ``days`` days, read from an open database."""
    since = now - days * 86400
    answered, unanswered = conn.execute(
        "SELECT COALESCE(SUM(answered), 0), COALESCE(SUM(1 - answered), 0) FROM questions WHERE ts >= ?",
        (since,),
    ).fetchone()
    up, down = conn.execute(
        "SELECT COALESCE(SUM(up), 0), COALESCE(SUM(1 - up), 0) FROM votes WHERE ts >= ?", (since,)
    ).fetchone()
    return Stats(days=days, answered=int(answered), unanswered=int(unanswered), votes_up=int(up), votes_down=int(down))


# -- what ``review`` reads (each takes the earliest time, ``ts >= ?``) -------------------------

UNANSWERED_SINCE = "SELECT ts, norm, raw, lang, outcome FROM questions WHERE answered = 0 AND ts >= ? ORDER BY ts"
"""Questions not answered (or only with suggestions): (ts, norm, raw, lang, outcome), oldest first."""
PICKS_SINCE = "SELECT norm, key FROM picks WHERE ts >= ?"
"""Pressed suggestions: (folded question, suggestion key)."""
VOTES_SINCE = "SELECT source, up, raw FROM votes WHERE ts >= ?"
"""👍/👎 votes: (entry or fact id, 1 for 👍, the question as typed)."""
