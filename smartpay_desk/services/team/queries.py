"""The team journal's filtered list of entries, as SQL (the same filters as the SQLite journal's queries.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from ..journal.queries import _iso_bound


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
