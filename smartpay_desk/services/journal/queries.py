"""What the SQLite journal reads: the refusals checked before an intent is written, the filtered lists, the
refunded total, the rows `verify` checks; and rows turned into `JournalEntry` / `JournalEvent`.

Plain functions of a connection: the store (store.py) holds the connection, its lock and its transactions.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, datetime
from datetime import time as day_time
from typing import Any

from ...api.said import said
from ..money.guards import held_refund
from ..money.words import money
from .chain import loads
from .model import JournalEntry, JournalEvent
from .phrases import kind_name, state_name, state_words
from .states import (
    CANCEL,
    CAPTURE,
    NEEDS_REVIEW,
    NEW_ORDER_KINDS,
    OPEN_STATES,
    REFUND,
    SUCCEEDED,
    DuplicateOrder,
    GuardRefused,
)

# ---------------------------------------------------------------- refusals before an intent is written


def refuse_used_order(db: sqlite3.Connection, profile: str, order_id: str) -> None:
    row = db.execute(
        "SELECT kind, state, created_at FROM entries WHERE profile = ? AND order_id = ? AND kind IN"  # noqa: S608 - only "?" placeholders are formatted in
        f" ({','.join('?' * len(NEW_ORDER_KINDS))})",
        (profile, order_id, *NEW_ORDER_KINDS),
    ).fetchone()
    if row is not None:
        raise DuplicateOrder(said(
            "order id {order_id} was already used for a {kind} ({state}) on {when} UTC", order_id=order_id,
            kind=kind_name(row["kind"]), state=state_name(row["state"]), when=row["created_at"][:19].replace("T", " "),
        ))  # fmt: skip


def refuse_used_key(db: sqlite3.Connection, ref: str, key: str) -> None:
    """A follow-up claimed under an idempotency key (a batch row) that is in the journal already."""
    row = db.execute("SELECT id, kind, state FROM entries WHERE ref = ?", (ref,)).fetchone()
    if row is not None:
        raise DuplicateOrder(said(
            "this {kind} (key {key}) was already recorded as journal entry {entry_id} ({state})",
            kind=kind_name(row["kind"]), key=key, entry_id=row["id"], state=state_words(row["state"]),
        ))  # fmt: skip


def refuse_open_follow_up(
    db: sqlite3.Connection,
    profile: str,
    kind: str,
    order_id: str,
    amount: int | None,
    cap: int | None = None,
    currency: str = "EUR",
) -> None:
    """A capture/cancel/refund while another of the parent is open (or done), or a refund past `cap` (what the
    parent paid) with the refunds that succeeded."""
    kinds = (CAPTURE, CANCEL) if kind in (CAPTURE, CANCEL) else (REFUND,)
    rows = db.execute(
        f"SELECT id, kind, state, amount FROM entries WHERE profile = ? AND order_id = ?"  # noqa: S608 - only "?" placeholders are formatted in
        f" AND kind IN ({','.join('?' * len(kinds))}) AND state IN (?,?,?,?,?,?)",
        (profile, order_id, *kinds, *OPEN_STATES, NEEDS_REVIEW, SUCCEEDED),
    ).fetchall()
    refunded = 0
    for row in rows:
        if kind == REFUND and row["state"] == SUCCEEDED:
            refunded += int(row["amount"] or 0)
        elif kind == REFUND:
            if row["state"] in OPEN_STATES:
                raise GuardRefused(said(
                    "A refund of order {order_id} is still waiting for its outcome; wait for it before refunding "
                    "again.", order_id=order_id))  # fmt: skip
            if row["state"] == NEEDS_REVIEW:  # any refund of the parent waits for it (README, issue 13)
                raise GuardRefused(held_refund(order_id, row["id"], NEEDS_REVIEW, identical=row["amount"] == amount))
        elif row["state"] == SUCCEEDED:
            raise GuardRefused(_done(order_id, row["kind"]))
        else:
            raise GuardRefused(said(
                "A {kind} of order {order_id} is still waiting for its outcome; wait for it before trying again.",
                kind=kind_name(row["kind"]), order_id=order_id))  # fmt: skip
    if kind == REFUND and cap is not None and amount is not None and refunded + amount > cap:
        raise GuardRefused(
            said("Order {order_id} has {refunded} of {cap} refunded already; at most {left} can still be refunded.",
                 order_id=order_id, refunded=money(refunded, currency), cap=money(cap, currency),
                 left=money(max(cap - refunded, 0), currency)),
            field="amount",
        )  # fmt: skip


def _done(order_id: str, kind: str) -> str:
    if kind == CAPTURE:
        return said("Order {order_id} was already captured.", order_id=order_id)
    if kind == CANCEL:
        return said("Order {order_id} was already cancelled.", order_id=order_id)
    return said("Order {order_id} was already {kind}.", order_id=order_id, kind=kind)


# ---------------------------------------------------------------- reading


def entry_by_id(db: sqlite3.Connection, entry_id: int) -> JournalEntry:
    row = db.execute("SELECT * FROM entries WHERE id = ?", (entry_id,)).fetchone()
    if row is None:
        raise KeyError(f"no journal entry {entry_id}")
    return JournalEntry(**dict(row))


def entry(db: sqlite3.Connection, order_id: str, profile: str | None) -> JournalEntry | None:
    """The entry that created `order_id` (or, failing that, the latest naming it, or one by its ref)."""
    sql = "SELECT * FROM entries WHERE (order_id = ? OR ref = ?)"
    args: list[Any] = [order_id, order_id]
    if profile is not None:
        sql += " AND profile = ?"
        args.append(profile)
    sql += f" ORDER BY (ref = ?) DESC, (kind IN ({','.join('?' * len(NEW_ORDER_KINDS))})) DESC, id DESC"
    args += [order_id, *NEW_ORDER_KINDS]
    row = db.execute(sql + " LIMIT 1", args).fetchone()
    return JournalEntry(**dict(row)) if row else None


def entries(
    db: sqlite3.Connection,
    *,
    state: str | Sequence[str] | None,
    kind: str | Sequence[str] | None,
    text: str | None,
    since: datetime | date | str | None,
    until: datetime | date | str | None,
    profile: str | None,
    order_id: str | None,
    limit: int | None,
    newest_first: bool,
) -> list[JournalEntry]:
    """Filtered list. `text` matches order ids, destination, note and operator; `until` is inclusive
    of a whole day when given as a date."""
    where: list[str] = []
    args: list[Any] = []
    for column, value in (("state", state), ("kind", kind)):
        if value is None:
            continue
        values = [value] if isinstance(value, str) else list(value)
        where.append(f"{column} IN ({','.join('?' * len(values))})")
        args += values
    if profile is not None:
        where.append("profile = ?")
        args.append(profile)
    if order_id is not None:
        where.append("(order_id = ? OR parent_order_id = ?)")
        args += [order_id, order_id]
    if text:
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append(
            "("
            + " OR ".join(
                f"{c} LIKE ? ESCAPE '\\'"
                for c in ("order_id", "ref", "parent_order_id", "destination", "note", "operator")
            )
            + ")"
        )
        args += [like] * 6
    if since is not None:
        where.append("created_at >= ?")
        args.append(_iso_bound(since, end=False))
    if until is not None:
        where.append("created_at <= ?")
        args.append(_iso_bound(until, end=True))
    sql = "SELECT * FROM entries"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id " + ("DESC" if newest_first else "ASC")
    if limit is not None:
        sql += " LIMIT ?"
        args.append(int(limit))
    # row by row, not fetchall(): one long C call would hold the GIL and stall the window for a big journal
    return [JournalEntry(**dict(r)) for r in db.execute(sql, args)]


def entries_for(db: sqlite3.Connection, order_ids: Sequence[str], profile: str | None) -> list[JournalEntry]:
    """Every entry whose order id is one of `order_ids` (any kind), oldest first; in chunks of 500."""
    found: list[JournalEntry] = []
    unique = list(dict.fromkeys(order_ids))
    for at in range(0, len(unique), 500):
        chunk = unique[at : at + 500]
        sql = f"SELECT * FROM entries WHERE order_id IN ({','.join('?' * len(chunk))})"  # noqa: S608 - only "?" placeholders are formatted in
        args: list[Any] = list(chunk)
        if profile is not None:
            sql += " AND profile = ?"
            args.append(profile)
        found += [JournalEntry(**dict(r)) for r in db.execute(sql, args).fetchall()]
    return sorted(found, key=lambda e: e.id)


def first_requests(db: sqlite3.Connection, entry_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """{entry id: the request journalled with its first event} for those that have one; in chunks of 500."""
    found: dict[int, dict[str, Any]] = {}
    unique = list(dict.fromkeys(int(i) for i in entry_ids))
    for at in range(0, len(unique), 500):
        chunk = unique[at : at + 500]
        rows = db.execute(
            "SELECT entry_id, request FROM events WHERE seq = (SELECT MIN(seq) FROM events e2"  # noqa: S608 - only "?" placeholders are formatted in
            f" WHERE e2.entry_id = events.entry_id) AND entry_id IN ({','.join('?' * len(chunk))})",
            chunk,
        ).fetchall()
        for row in rows:
            request = loads(row["request"])
            if isinstance(request, dict):
                found[int(row["entry_id"])] = request
    return found


def events(db: sqlite3.Connection, entry_id: int) -> list[JournalEvent]:
    rows = db.execute("SELECT * FROM events WHERE entry_id = ? ORDER BY seq", (entry_id,)).fetchall()
    return [_event(r) for r in rows]


def refunded_total(
    db: sqlite3.Connection, parent_order_id: str, *, profile: str | None, include_uncertain: bool
) -> int:
    """Minor units refunded from this desk for the parent order: succeeded refunds, plus (with
    include_uncertain) those still open or waiting for review."""
    states = [SUCCEEDED, *([*OPEN_STATES, NEEDS_REVIEW] if include_uncertain else [])]
    sql = (
        f"SELECT COALESCE(SUM(amount), 0) FROM entries WHERE kind = ? AND order_id = ?"  # noqa: S608 - only "?" placeholders are formatted in
        f" AND state IN ({','.join('?' * len(states))})"
    )
    args: list[Any] = [REFUND, parent_order_id, *states]
    if profile is not None:
        sql += " AND profile = ?"
        args.append(profile)
    return int(db.execute(sql, args).fetchone()[0])


def chain_rows(db: sqlite3.Connection) -> tuple[dict[int, dict[str, Any]], list[dict[str, Any]], dict[str, str]]:
    """(entries by id, events in id order as stored, meta): what chain.verify_rows checks."""
    found_entries = {r["id"]: dict(r) for r in db.execute("SELECT * FROM entries")}
    found_events = [dict(r) for r in db.execute("SELECT * FROM events ORDER BY id")]
    meta = {r["key"]: r["value"] for r in db.execute("SELECT key, value FROM meta")}
    return found_entries, found_events, meta


def _event(row: sqlite3.Row) -> JournalEvent:
    data = dict(row)
    data["request"] = loads(data["request"])
    data["response"] = loads(data["response"])
    return JournalEvent(**data)


def _iso_bound(value: datetime | date | str, *, end: bool) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        return moment.astimezone(UTC).isoformat(timespec="microseconds")
    moment = datetime.combine(value, day_time.max if end else day_time.min, tzinfo=UTC)
    return moment.isoformat(timespec="microseconds")
