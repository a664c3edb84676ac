"""The operations journal: every money-moving intent, written before it is sent, and all that came back.

SQLite in the data directory (WAL, synchronous=FULL, busy timeout; every write is one BEGIN IMMEDIATE
transaction, so two desks and a CLI on the same directory never interleave). Two tables:

- entries: one row per intent (who, when, which profile/environment, what, how much, where to); only
  `state`, `note` and `updated_at` ever change, and a trigger refuses anything else;
- events: append-only (triggers refuse UPDATE and DELETE), one per state change, with the redacted request
  and response, each hash-chained to the one before (sha256 over the previous hash and the canonical JSON
  of the event and its entry's fixed fields). `verify()` finds rows changed or removed behind its back.

The file carries its schema version (`PRAGMA user_version`, migrations.py): an older journal is brought up to
date on opening, a newer one is refused (JournalTooNew) and left untouched. What callers may ask of a journal
is the `JournalStore` protocol (interface.py); `Journal` is its SQLite form. Reads live in queries.py.

Uniqueness ("the same intent is never sent twice", across processes): an order id is used once per
profile by the kinds that create a transaction; a capture/cancel/refund has no order id of its own, so
its `ref` is "<kind>:<parent order id>:<uuid4>", and a new one is refused while another of the same
parent is still open (or, for a refund of the same amount, waiting for review).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from . import owner, queries
from .chain import GENESIS, canonical, event_hash, verify_rows
from .migrations import latest, migrate, refuse_if_too_new
from .model import JournalEntry, JournalEvent, current_operator, now_iso
from .states import FOLLOW_UP_KINDS, KINDS, NEEDS_REVIEW, NEW_ORDER_KINDS, OPEN_STATES, PENDING, STATES, TRANSITIONS

__all__ = ["JOURNAL_FILE", "Journal", "JournalEntry", "JournalEvent", "current_operator", "now_iso"]
JOURNAL_FILE = "journal.sqlite3"


class Journal:
    """One SQLite file shared by every desk window and CLI run on a data directory (a `JournalStore`)."""

    def __init__(self, path: str | os.PathLike[str], *, busy_timeout_s: float = 15.0) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, timeout=busy_timeout_s, isolation_level=None, check_same_thread=False)
        try:
            self._db.row_factory = sqlite3.Row
            self._db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
            version = refuse_if_too_new(self._db, str(self.path))  # before anything that could write to it
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = FULL")
            self._db.execute("PRAGMA foreign_keys = ON")
            if version < latest():
                migrate(self._db, str(self.path))
        except BaseException:
            self._db.close()
            raise
        with contextlib.suppress(OSError):
            os.chmod(self.path, 0o600)

    @classmethod
    def in_dir(cls, data_dir: str | os.PathLike[str]) -> Journal:
        return cls(Path(data_dir) / JOURNAL_FILE)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- transactions
    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            else:
                self._db.execute("COMMIT")

    # ---------------------------------------------------------------- writing
    def record_intent(
        self,
        *,
        kind: str,
        order_id: str,
        profile: str,
        environment: str,
        amount: int | None = None,
        currency: str | None = None,
        account: str | None = None,
        destination: str | None = None,
        parent_order_id: str | None = None,
        request: dict[str, Any] | None = None,
        note: str = "",
        operator: str | None = None,
        lease_s: float | None = None,
    ) -> JournalEntry:
        """Write a new intent in state "pending". The request must already be redacted.

        Raises DuplicateOrder if the order id was used by this profile, GuardRefused if another
        capture/cancel/refund of the same order is still open. Atomic across processes."""
        if kind not in KINDS:
            raise ValueError(f"unknown operation kind {kind!r}")
        if not order_id:
            raise ValueError("order id is required")
        ref = order_id if kind in NEW_ORDER_KINDS else f"{kind}:{order_id}:{uuid.uuid4()}"
        parent = parent_order_id if parent_order_id is not None else (order_id if kind in FOLLOW_UP_KINDS else None)
        at = now_iso()
        with self._write() as db:
            if kind in NEW_ORDER_KINDS:
                queries.refuse_used_order(db, profile, order_id)
            else:
                queries.refuse_open_follow_up(db, profile, kind, order_id, amount)
            row = {
                "created_at": at, "operator": operator or current_operator(), "profile": profile,
                "environment": environment, "kind": kind, "order_id": order_id, "ref": ref,
                "parent_order_id": parent, "amount": amount, "currency": currency, "account": account,
                "destination": destination, "state": PENDING, "note": note, "updated_at": at,
                "owner": owner.this_process(), "lease_until": time.time() + lease_s if lease_s else None,
            }  # fmt: skip
            cur = db.execute(_insert_sql("entries", row), tuple(row.values()))
            entry_id = int(cur.lastrowid or 0)
            self._append(db, entry_id, PENDING, note, request, None, at)
            return queries.entry_by_id(db, entry_id)

    def release(self, entry_id: int) -> None:
        """The sending process is done with the entry: others may settle it from now on."""
        with self._write() as db:
            db.execute("UPDATE entries SET lease_until = NULL WHERE id = ?", (entry_id,))

    def is_busy(self, entry: JournalEntry) -> bool:
        """Is a live process (this one included) still sending this entry?"""
        return owner.busy(str(self.path), entry.id, entry.owner, entry.lease_until)

    def update(
        self,
        entry_id: int,
        state: str,
        *,
        note: str = "",
        request: dict[str, Any] | None = None,
        response: dict[str, Any] | None = None,
    ) -> JournalEntry:
        """Append an event moving the entry to `state` (request/response already redacted)."""
        if state not in STATES:
            raise ValueError(f"unknown journal state {state!r}")
        at = now_iso()
        with self._write() as db:
            current = queries.entry_by_id(db, entry_id)
            if state not in TRANSITIONS[current.state]:
                raise ValueError(f"journal entry {entry_id} cannot go from {current.state} to {state}")
            self._append(db, entry_id, state, note, request, response, at)
            db.execute(
                "UPDATE entries SET state = ?, note = ?, updated_at = ? WHERE id = ?",
                (state, note, at, entry_id),
            )
            return queries.entry_by_id(db, entry_id)

    def _append(
        self,
        db: sqlite3.Connection,
        entry_id: int,
        state: str,
        note: str,
        request: dict[str, Any] | None,
        response: dict[str, Any] | None,
        at: str,
    ) -> None:
        head = db.execute("SELECT hash FROM events ORDER BY id DESC LIMIT 1").fetchone()
        prev = head["hash"] if head else GENESIS
        seq_row = db.execute(
            "SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM events WHERE entry_id = ?", (entry_id,)
        ).fetchone()
        entry = dict(db.execute("SELECT * FROM entries WHERE id = ?", (entry_id,)).fetchone())
        req = _normalise(request)
        resp = _normalise(response)
        event = {
            "entry_id": entry_id,
            "seq": int(seq_row["seq"]),
            "at": at,
            "state": state,
            "note": note,
            "request": req,
            "response": resp,
        }
        digest = event_hash(prev, entry, event)
        stored = dict(event, request=None if req is None else canonical(req), prev_hash=prev, hash=digest)
        stored["response"] = None if resp is None else canonical(resp)
        db.execute(_insert_sql("events", stored), tuple(stored.values()))
        count = db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('head', ?)", (digest,))
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('count', ?)", (str(count),))

    # ---------------------------------------------------------------- reading (queries.py)
    def entry_by_id(self, entry_id: int) -> JournalEntry:
        with self._lock:
            return queries.entry_by_id(self._db, entry_id)

    def entry(self, order_id: str, profile: str | None = None) -> JournalEntry | None:
        """The entry that created `order_id` (or, failing that, the latest naming it, or one by its ref)."""
        with self._lock:
            return queries.entry(self._db, order_id, profile)

    def entries(
        self,
        *,
        state: str | Sequence[str] | None = None,
        kind: str | Sequence[str] | None = None,
        text: str | None = None,
        since: datetime | date | str | None = None,
        until: datetime | date | str | None = None,
        profile: str | None = None,
        order_id: str | None = None,
        limit: int | None = None,
        newest_first: bool = True,
    ) -> list[JournalEntry]:
        """Filtered list. `text` matches order ids, destination, note and operator; `until` is inclusive
        of a whole day when given as a date."""
        with self._lock:
            return queries.entries(
                self._db, state=state, kind=kind, text=text, since=since, until=until, profile=profile,
                order_id=order_id, limit=limit, newest_first=newest_first,
            )  # fmt: skip

    def open_entries(self, profile: str | None = None, *, include_busy: bool = False) -> list[JournalEntry]:
        """Entries still waiting for an outcome (pending, sent, processing, unknown), oldest first; those a
        live process is still sending are left out unless include_busy."""
        found = self.entries(state=OPEN_STATES, profile=profile, newest_first=False)
        return found if include_busy else [e for e in found if not self.is_busy(e)]

    def needs_review(self, profile: str | None = None) -> list[JournalEntry]:
        return self.entries(state=NEEDS_REVIEW, profile=profile, newest_first=False)

    def events(self, entry_id: int) -> list[JournalEvent]:
        with self._lock:
            return queries.events(self._db, entry_id)

    def refunded_total(
        self, parent_order_id: str, *, profile: str | None = None, include_uncertain: bool = False
    ) -> int:
        """Minor units refunded from this desk for the parent order: succeeded refunds, plus (with
        include_uncertain) those still open or waiting for review."""
        with self._lock:
            return queries.refunded_total(
                self._db, parent_order_id, profile=profile, include_uncertain=include_uncertain
            )

    # ---------------------------------------------------------------- integrity
    def verify(self) -> list[str]:
        """Sentences describing every break in the journal's history; an empty list when it is intact."""
        with self._lock:
            rows = queries.chain_rows(self._db)
        return verify_rows(*rows)


# ---------------------------------------------------------------- helpers


def _insert_sql(table: str, row: dict[str, Any]) -> str:
    """INSERT for a row of our own column names (never user input)."""
    return f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})"  # noqa: S608


def _normalise(obj: dict[str, Any] | None) -> Any:
    return None if obj is None else json.loads(canonical(obj))
