"""`smartpay team init`: the team journal's schema and roles, created or brought up to date by the database owner.

    init("postgresql://owner@db.example/smartpay")   # -> (version before, version now)

Run as a role that owns the database and may create roles (CREATEROLE). Each version not yet applied is applied
in one transaction under an advisory lock (schema.INIT_LOCK), re-reading the version under it, so two owners
running it at once apply it once. The roles `smartpay_operator` and `smartpay_approver` (NOLOGIN) are created
when missing; an approver is an operator too (it may send what it released). A clerk is a login role granted one
or both: `CREATE ROLE clerk1 LOGIN PASSWORD '…'; GRANT smartpay_operator TO clerk1;` (README, "A team journal").
"""

from __future__ import annotations

from typing import Any

from . import connect as c
from .schema import APPROVER, INIT_LOCK, OPERATOR, ROLES, VERSIONS, latest


def version_of(conn: Any) -> int:
    found = conn.execute("SELECT to_regclass('smartpay.meta') IS NOT NULL").fetchone()[0]
    if not found:
        return 0
    row = conn.execute("SELECT value FROM smartpay.meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def init(uri: str, *, password: str | None = None) -> tuple[int, int]:
    """Create or migrate the team journal at `uri`; (the version found, the version now). Raises
    TeamJournalUnavailable (cannot connect) or TeamJournalRefused (the role may not do it), with sentences."""
    import psycopg

    info = c.conninfo(uri)
    conn = c.connect(info, password=password)
    try:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (INIT_LOCK,))
            conn.execute(ROLES)
            conn.execute(f"GRANT {OPERATOR} TO {APPROVER}")
            before = version_of(conn)
            if before > latest():
                raise c.TeamJournalRefused(
                    f"the team journal at {c.where(info)} is at version {before}; this program knows {latest()}"
                )
            for version, statements in VERSIONS:
                if version > before:
                    conn.execute(statements)  # our own fixed SQL, several statements in one simple query
                    conn.execute(
                        "INSERT INTO smartpay.meta (key, value) VALUES ('schema_version', %s)"
                        " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                        (str(version),),
                    )
        return before, max(before, latest())
    except psycopg.Error as exc:
        raise c.TeamJournalRefused(f"{c.where(info)}: {c._first_line(exc)}") from None
    finally:
        conn.close()
