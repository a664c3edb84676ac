"""The team journal's reads as SQL: its columns and rows, the filtered list of entries (the same filters as the
SQLite journal's queries.py), and the bulk reads of a batch (`entries_for`, `first_requests`: one query each)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Any

from ..journal.model import JournalEntry
from ..journal.queries import _iso_bound
from .values import iso

ENTRY_COLUMNS = (
    "id, created_at, operator, profile, environment, kind, order_id, ref, parent_order_id, amount, currency, "
    "account, destination, state, note, updated_at, owner, lease_until"
)


def entry_of(row: Any, entry_id: int | None = None) -> JournalEntry:
    if row is None:
        raise KeyError(f"no journal entry {entry_id}")
    values = list(row)
    values[1], values[15] = iso(values[1]), iso(values[15])
    return JournalEntry(*values)


def by_id(conn: Any, entry_id: int) -> JournalEntry:
    row = conn.execute(f"SELECT {ENTRY_COLUMNS} FROM smartpay.entries WHERE id = %s", (entry_id,)).fetchone()
    return entry_of(row, entry_id)


def entries_for(conn: Any, order_ids: Collection[str]) -> list[JournalEntry]:
    """Every entry whose order id is one of `order_ids` (any kind: a refund's is its parent's), oldest first."""
    wanted = sorted({str(o) for o in order_ids})
    if not wanted:
        return []
    rows = conn.execute(
        f"SELECT {ENTRY_COLUMNS} FROM smartpay.entries WHERE order_id = ANY(%s) ORDER BY id", (wanted,)
    ).fetchall()
    return [entry_of(r) for r in rows]


def first_requests(conn: Any, entry_ids: Collection[int]) -> dict[int, dict[str, Any]]:
    """{entry id: the request journalled with its first event}; entries without one are left out."""
    wanted = sorted({int(i) for i in entry_ids})
    if not wanted:
        return {}
    rows = conn.execute(
        "SELECT entry_id, request FROM smartpay.events WHERE entry_id = ANY(%s) AND seq = 1 AND request IS NOT NULL",
        (wanted,),
    ).fetchall()
    return {int(entry_id): request for entry_id, request in rows if isinstance(request, dict)}


def entries_sql(
    columns: str,
    state: str | Sequence[str] | None,
    kind: str | Sequence[str] | None,
    text: str | None,
    since: datetime | date | str | None,
    until: datetime | date | str | None,
    order_id: str | None,
    limit: int | None,
    newest_first: bool,
) -> tuple[str, list[Any]]:
    """(SQL, parameters): every value a parameter, only our own column names formatted in."""
    where: list[str] = []
    args: list[Any] = []
    for column, value in (("state", state), ("kind", kind)):
        if value is not None:
            where.append(f"{column} = ANY(%s)")
            args.append([value] if isinstance(value, str) else list(value))
    if order_id is not None:
        where.append("(order_id = %s OR parent_order_id = %s)")
        args += [order_id, order_id]
    if text:
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        searched = ("order_id", "ref", "parent_order_id", "destination", "note", "operator")
        where.append("(" + " OR ".join(f"{col} ILIKE %s" for col in searched) + ")")
        args += [like] * len(searched)
    if since is not None:
        where.append("created_at >= %s::timestamptz")
        args.append(_iso_bound(since, end=False))
    if until is not None:
        where.append("created_at <= %s::timestamptz")
        args.append(_iso_bound(until, end=True))
    sql = f"SELECT {columns} FROM smartpay.entries" + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY id " + ("DESC" if newest_first else "ASC")
    if limit is not None:
        sql += " LIMIT %s"
        args.append(int(limit))
    return sql, args
