"""The journal's schema versions: `PRAGMA user_version` and the ordered migrations that bring a file up to date.

    version 0   a file written before versions were kept (the tables of version 1, or nothing at all)
    version 1   the schema of chain.SCHEMA: entries, events, meta and the triggers refusing edits
    version 2   keyed events: `events.key_id` names the key an event was sealed with ("" for version 1's
                plain sha256, so every event written before keeps verifying as it was); `acknowledgements`
                (append-only): a person's word that they saw the journal damaged; and a trigger that lets an
                entry's state or note change only to what the last event of its history says
    version 3   `explanations` (append-only, sealed): a person's note on a difference a reconciliation found
                (explanations.py)

On opening (store.Journal): `refuse_if_too_new` reads the version before anything could write to the file;
a journal written by a newer program (a version above the last one here) is refused with JournalTooNew and
left untouched. An older one goes through `migrate`: every version it has not had, in order, each in one
BEGIN IMMEDIATE transaction that re-reads the version first, so two processes opening an old journal at once
migrate it once (the second finds the work done). To add version N: append (N, its statements) to MIGRATIONS.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from ...api.errors import ApiError
from ...api.said import said
from .chain import schema_statements, split_statements

# Version 2 (frozen, as version 1 is: a change is a new version).
KEYED = """
ALTER TABLE events ADD COLUMN key_id TEXT NOT NULL DEFAULT '';
CREATE TABLE acknowledgements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    operator TEXT NOT NULL,
    note TEXT NOT NULL,
    problems TEXT NOT NULL,
    last_event INTEGER NOT NULL,
    last_entry INTEGER NOT NULL,
    head TEXT NOT NULL,
    key_id TEXT NOT NULL,
    seal TEXT NOT NULL
);
CREATE TRIGGER acknowledgements_append_only_u BEFORE UPDATE ON acknowledgements
    BEGIN SELECT RAISE(ABORT, 'acknowledgements are append-only'); END;
CREATE TRIGGER acknowledgements_append_only_d BEFORE DELETE ON acknowledgements
    BEGIN SELECT RAISE(ABORT, 'acknowledgements are append-only'); END;
CREATE TRIGGER entries_state_follows_history BEFORE UPDATE OF state, note ON entries
    WHEN NOT EXISTS (SELECT 1 FROM events WHERE entry_id = NEW.id AND state = NEW.state AND note = NEW.note
                     AND seq = (SELECT MAX(seq) FROM events WHERE entry_id = NEW.id))
    BEGIN SELECT RAISE(ABORT, 'a journal entry changes only with an event of its history'); END;
"""

# Version 3 (frozen once shipped): explanations.py writes and reads it.
EXPLAINED = """
CREATE TABLE explanations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    operator TEXT NOT NULL,
    report_kind TEXT NOT NULL,
    order_id TEXT NOT NULL,
    difference TEXT NOT NULL,
    note TEXT NOT NULL,
    key_id TEXT NOT NULL,
    seal TEXT NOT NULL
);
CREATE TRIGGER explanations_append_only_u BEFORE UPDATE ON explanations
    BEGIN SELECT RAISE(ABORT, 'explanations are append-only'); END;
CREATE TRIGGER explanations_append_only_d BEFORE DELETE ON explanations
    BEGIN SELECT RAISE(ABORT, 'explanations are append-only'); END;
"""

# (version, the statements that bring version - 1 to it), oldest first.
MIGRATIONS: Sequence[tuple[int, Sequence[str]]] = (
    (1, tuple(schema_statements())),
    (2, tuple(split_statements(KEYED))),
    (3, tuple(split_statements(EXPLAINED))),
)


class JournalTooNew(ApiError):
    """The journal was written by a newer SmartPay Desk; this one leaves it untouched."""

    sentence = said(
        "The journal was written by a newer version of SmartPay Desk; this version cannot use it and changed "
        "nothing in it. Update SmartPay Desk on this computer; nothing was sent."
    )
    sent = False


def latest() -> int:
    """The newest version this program knows."""
    return MIGRATIONS[-1][0]


def expected_schema() -> list[tuple[str, str, str]]:
    """(type, name, sql) of every table, index and trigger a journal at the latest version has, as SQLite
    stores them: what the start-up check compares a file's own schema with (a dropped trigger shows)."""
    made = _SCHEMAS.get(id(MIGRATIONS))
    if made is None or made[0] is not MIGRATIONS:
        db = sqlite3.connect(":memory:")
        try:
            for _, steps in MIGRATIONS:
                for statement in steps:
                    db.execute(statement)
            made = _SCHEMAS[id(MIGRATIONS)] = (MIGRATIONS, schema_of(db))
        finally:
            db.close()
    return list(made[1])


_SCHEMAS: dict[int, tuple[Sequence[tuple[int, Sequence[str]]], list[tuple[str, str, str]]]] = {}


def schema_of(db: sqlite3.Connection) -> list[tuple[str, str, str]]:
    rows = db.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    return sorted((str(t), str(n), str(q)) for t, n, q in rows)


def version_of(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def refuse_if_too_new(db: sqlite3.Connection, where: str) -> int:
    """The file's version, or JournalTooNew when it is newer than this program (only reads)."""
    found = version_of(db)
    if found > latest():
        raise JournalTooNew(said("{where} is at version {found}; this program knows versions up to {latest}",
                                 where=where, found=found, latest=latest()))  # fmt: skip
    return found


def migrate(db: sqlite3.Connection, where: str) -> None:
    """Apply, in order, every migration the file has not had (the connection in autocommit mode).

    Each version in its own BEGIN IMMEDIATE transaction that first re-reads the version under the write lock:
    another process may have migrated the file since it was last read, to this version or past all we know
    (then JournalTooNew, and nothing is written). A failing step rolls its version back whole."""
    for version, steps in MIGRATIONS:
        db.execute("BEGIN IMMEDIATE")
        try:
            if refuse_if_too_new(db, where) < version:
                for statement in steps:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {int(version)}")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        else:
            db.execute("COMMIT")
