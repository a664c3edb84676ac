"""The operations journal: every money-moving intent, written before it is sent, and all that came back.

SQLite in the data directory (WAL, synchronous=FULL, busy timeout; every write is one BEGIN IMMEDIATE
transaction, so two desks and a CLI on the same directory never interleave). Two tables:

- entries: one row per intent (who, when, which profile/environment, what, how much, where to); only
  `state`, `note` and `updated_at` ever change, and triggers refuse anything else (and a state its
  history does not end in);
- events: append-only, one per state change, with the redacted request and response, each chained to the
  one before and sealed with the journal's key from the system keyring (chain.py, keys.py).

Opening a journal checks it (integrity.py) and keeps the verdict in `health` (verdict.py): a changed or damaged
journal opens for reading, and `record_intent` refuses money-moving intents (JournalDamaged) until a person
acknowledges it (`acknowledge`); a file that cannot be a journal (emptied, cut short, not SQLite, missing where
this computer last saw one) is not opened at all, and never overwritten (health.start_new moves it aside).
Every SQLite failure becomes a JournalUnavailable with a sentence (errors.py). The file and its -wal/-shm are
0600 from their first byte. Answers that could not be journalled after sending (fallback.py) are settled in
on opening. Reads live in queries.py; the sealed writes in sealing.py.

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
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from ...api.said import said
from ...api.scrub import scrub, scrub_payload
from ..profiles.user_values import current_operator
from . import fallback, files, integrity, owner, queries, sealing
from .chain import canonical
from .errors import (
    JournalDamaged,
    JournalKeyUnreachable,
    JournalReadOnly,
    JournalUnavailable,
    JournalUnreadable,
    conflict,
    translate,
)
from .explanations import Explaining
from .keys import Anchor, JournalKeys, SealKey
from .migrations import latest, migrate, refuse_if_too_new
from .model import JournalEntry, JournalEvent, now_iso
from .reading import Reading
from .states import FOLLOW_UP_KINDS, KINDS, NEW_ORDER_KINDS, PENDING, STATES, State
from .verdict import Health, Standing

__all__ = ["JOURNAL_FILE", "Journal", "JournalEntry", "JournalEvent", "current_operator", "now_iso"]
JOURNAL_FILE = "journal.sqlite3"
T = TypeVar("T")
QUICK_WRITE_S = 0.5  # how long the bookkeeping done on opening waits for a busy journal (it is retried later)


class Journal(Reading, Explaining):
    """One SQLite file shared by every desk window and CLI run on a data directory (a `JournalStore`).
    `keyring`: a keyring backend for the journal's key (default: the system keyring, as for secrets)."""

    def __init__(
        self, path: str | os.PathLike[str], *, busy_timeout_s: float = 15.0, keyring: Any | None = None
    ) -> None:
        self.path = Path(path)
        self._busy_s = busy_timeout_s
        self._lock = threading.RLock()
        self._keys = JournalKeys(self.path, keyring)
        self._key: SealKey | None = None
        anchor = self._keys.anchor()
        found = files.inspect(self.path, anchor.events if anchor else 0)
        if found is not None:
            raise JournalUnreadable(found, path=self.path)
        folder = str(self.path.parent)
        try:
            files.create_private(self.path)
        except FileNotFoundError:
            raise JournalUnreadable(said("The journal's folder {folder} does not exist.", folder=folder),
                                    path=path) from None  # fmt: skip
        except OSError as exc:
            raise JournalReadOnly(said("{folder} cannot be written ({error})", folder=folder, error=exc.strerror),
                                  path=path) from None  # fmt: skip
        started = time.monotonic()
        try:
            self._db = sqlite3.connect(self.path, timeout=busy_timeout_s, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from None
        try:
            self._db.row_factory = sqlite3.Row
            self._db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
            version = refuse_if_too_new(self._db, str(self.path))  # before anything that could write to it
            files.tighten(self.path)  # a journal from before versions 2 may be 0644
            files.into_wal(self._db, busy_timeout_s)
            self._db.execute("PRAGMA synchronous = FULL")
            self._db.execute("PRAGMA foreign_keys = ON")
            if version < latest():
                migrate(self._db, str(self.path))
            self._key = self._keys.load()
            self.health = self._check(full_up_to=integrity.FULL_UP_TO)
            settled = self._quietly(lambda: fallback.settle(self))
            if settled:
                self.health = replace(self.health, notices=(*settled, *self.health.notices))
        except sqlite3.Error as exc:
            self._db.close()
            raise translate(exc, self.path, waited_s=round(time.monotonic() - started, 1)) from None
        except BaseException:
            self._db.close()
            raise
        fallback.reserve(self.path)

    @classmethod
    def in_dir(cls, data_dir: str | os.PathLike[str], **kw: Any) -> Journal:
        return cls(Path(data_dir) / JOURNAL_FILE, **kw)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- checking
    def _check(self, *, full_up_to: int, full: bool = False) -> Health:
        """Check the journal (integrity.check), settle what a clean check allows, and say what was found."""
        try:
            size = self.path.stat().st_size
        except OSError:
            size = 0
        with self._lock:
            found = integrity.check(
                self._db, self._key, self._keys.anchor(), keyring_usable=self._keys.usable, full=full,
                full_up_to=full_up_to, file_size=size,
            )  # fmt: skip
        if not found.problems:
            self._quietly(lambda: self._settle(found))
        standing = Standing.ACKNOWLEDGED if found.acknowledged else Standing.INTACT
        standing = Standing.DAMAGED if found.problems else standing
        return Health(
            self.path, standing, tuple(found.problems), tuple(found.acknowledged), tuple(found.notices),
            found.acks[-1].words if found.acks else None, self._keys.problem if self._key is None else None,
            found.full, found.checked, found.tally.events, found.tally.entries, found.seconds,
        )  # fmt: skip

    def _settle(self, found: integrity.Findings) -> None:
        """After a clean check: key a journal that has no key yet (where a keyring works), and move the verified
        point (and the head kept outside the file) to where the check got."""
        with self._write() as db:
            if sealing.meta(db, "key_id") is None and self._keys.usable:
                self._key = sealing.key_up(db, self._keys) or self._key
            key = self._sealing_key(db)
            point = integrity.Verified(found.tally.last_event, found.tally.head, found.last_entry, found.schema_version)
            moved = sealing.meta(db, "verified") != point.sealed(key.secret) or sealing.meta(db, "tally") is None
            if moved:
                sealing.settle(db, key, point)
        if moved or self._keys.anchor() is None:
            self._anchor(force=True)

    def _quietly(self, work: Any) -> Any:
        """Bookkeeping that may wait: with a short busy timeout, and nothing said if the journal is busy."""
        with self._lock:
            self._db.execute(f"PRAGMA busy_timeout = {int(QUICK_WRITE_S * 1000)}")
            try:
                return work()
            except JournalUnavailable:
                return None
            finally:
                self._db.execute(f"PRAGMA busy_timeout = {int(self._busy_s * 1000)}")

    def verify(self) -> list[str]:
        """Check every event and every page now; the problems nobody has acknowledged (also in `health`)."""
        self.health = self._read(lambda: self._check(full_up_to=0, full=True))
        return list(self.health.problems)

    def acknowledge(self, note: str, *, operator: str | None = None) -> Health:
        """A person saw the damage: record it (who, when, their note, what they were shown) and let money move
        again. Nothing to do (and nothing written) when the journal is intact."""
        if not note.strip():
            raise ValueError(said("An acknowledgement needs a note saying what was checked."))
        self.verify()
        if not self.health.problems:
            return self.health
        if not self._keys.usable and self._journal_key():
            unlocked = said("acknowledge it where the keyring that holds the journal's key is unlocked")
            raise JournalKeyUnreachable(unlocked)
        shown = list(self.health.problems)
        with self._write() as db:
            self._key = sealing.acknowledge(
                db, self._keys, self._key, at=now_iso(), operator=operator or current_operator(),
                note=scrub(note.strip()), problems=shown,
            )  # fmt: skip
        self._anchor(force=True)
        self.verify()
        return self.health

    def record_start(self, record: str, note: str, *, operator: str | None = None) -> None:
        """The first record of a journal started in place of a damaged one (health.start_new): the operator's
        acknowledgement, naming the file it replaces."""
        with self._write() as db:
            sealing.record_start(db, self._sealing_key(db), record, scrub(note), operator or current_operator())
        self.health = self._check(full_up_to=integrity.FULL_UP_TO)

    def _journal_key(self) -> str:
        with self._lock:
            return sealing.meta(self._db, "key_id") or ""

    # ---------------------------------------------------------------- transactions
    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            started = time.monotonic()
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise translate(exc, self.path, waited_s=round(time.monotonic() - started, 1)) from None
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise translate(exc, self.path) from None
                raise

    def _read(self, work: Callable[[], T]) -> T:
        with self._lock:
            try:
                return work()
            except sqlite3.Error as exc:
                raise translate(exc, self.path) from None

    def _sealing_key(self, db: sqlite3.Connection) -> sealing.Sealing:
        """How to seal now: the journal's key (reloaded if another process keyed it meanwhile); none where the
        journal has none. A keyed journal is never written without its key."""
        journal_key = sealing.meta(db, "key_id") or ""
        if not journal_key:
            return sealing.Sealing.of(None)
        if self._key is None or self._key.key_id != journal_key:
            self._key = self._keys.load()
        if self._key is None or self._key.key_id != journal_key:
            raise JournalKeyUnreachable(path=self.path)
        return sealing.Sealing.of(self._key)

    def _anchor(self, *, force: bool = False) -> None:
        """Tell the keyring (or the head file) where the journal ends now; not while it is damaged and
        unacknowledged, so that the evidence of a cut tail stays until a person has seen it."""
        health: Health | None = getattr(self, "health", None)
        if not force and health is not None and not health.money_allowed:
            return
        row = self._read(lambda: self._db.execute("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1").fetchone())
        count = self._read(lambda: sealing.meta(self._db, "count"))
        if row is not None:
            self._keys.save_anchor(Anchor(int(row[0]), str(row[1]), int(count or 0)))

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
        refund_cap: int | None = None,
        key: str | None = None,
    ) -> JournalEntry:
        """Write a new intent in state "pending". The request must already be redacted; a refund with
        `refund_cap` (what its parent paid) is refused if the refunds that succeeded and it would pass it.

        Raises JournalDamaged while the journal is damaged and unacknowledged, DuplicateOrder if the order id
        was used by this profile (or a follow-up's `key`: a batch row's idempotency key, its ref then being
        kind:order:key), GuardRefused if another capture/cancel/refund of the same order is still open,
        JournalUnavailable when it cannot be written. Atomic across processes."""
        if kind not in KINDS:
            raise ValueError(f"unknown operation kind {kind!r}")
        if not order_id:
            raise ValueError("order id is required")
        note, request = scrub(note), None if request is None else scrub_payload(request)  # the last defence
        destination = None if destination is None else scrub(destination)  # a card number where an account goes
        self.health = self._read(lambda: self._check(full_up_to=0))
        if not self.health.money_allowed:
            raise JournalDamaged(self.health.refusal())
        ref = order_id if kind in NEW_ORDER_KINDS else f"{kind}:{order_id}:{key or uuid.uuid4()}"
        parent = parent_order_id if parent_order_id is not None else (order_id if kind in FOLLOW_UP_KINDS else None)
        at = now_iso()
        with self._write() as db:
            seal = self._sealing_key(db)
            if kind in NEW_ORDER_KINDS:
                queries.refuse_used_order(db, profile, order_id)
            else:
                if key:
                    queries.refuse_used_key(db, ref, key)
                queries.refuse_open_follow_up(db, profile, kind, order_id, amount, refund_cap, currency or "EUR")
            row = {
                "created_at": at, "operator": operator or current_operator(), "profile": profile,
                "environment": environment, "kind": kind, "order_id": order_id, "ref": ref,
                "parent_order_id": parent, "amount": amount, "currency": currency, "account": account,
                "destination": destination, "state": PENDING, "note": note, "updated_at": at,
                "owner": owner.this_process(), "lease_until": time.time() + lease_s if lease_s else None,
            }  # fmt: skip
            cur = db.execute(_insert_sql("entries", row), tuple(row.values()))
            entry_id = int(cur.lastrowid or 0)
            tally = sealing.tally_of(db, seal)
            stored = dict(db.execute("SELECT * FROM entries WHERE id = ?", (entry_id,)).fetchone())
            event_id, digest, _ = sealing.append(db, seal, stored, PENDING, note, _normalise(request), None, at)
            if tally is not None:
                tally = tally.with_entry(seal.weights, entry_id, kind, amount, PENDING).with_event(event_id, digest)
                sealing.put(db, "tally", tally.sealed(seal.secret))
            entry = queries.entry_by_id(db, entry_id)
        self._anchor()
        return entry

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
        """Append an event moving the entry to `state` (request/response already redacted).

        Two processes settling one entry agree: the same final state again, or any state once a final one was
        reached elsewhere, changes nothing and returns the entry as it stands; the other final state (or a
        move the states do not allow) raises JournalConflict with a sentence."""
        if state not in STATES:
            raise ValueError(f"unknown journal state {state!r}")
        note = scrub(note)  # the last defence: secrets and card numbers, wherever they are (api/scrub.py)
        request, response = (None if body is None else scrub_payload(body) for body in (request, response))
        at = now_iso()
        with self._write() as db:
            current = queries.entry_by_id(db, entry_id)
            now = State(current.state)
            if not now.may_become(state):
                if state == now or (now.is_final and not State(state).is_final):
                    return current
                raise conflict(current, state)
            seal = self._sealing_key(db)
            tally = sealing.tally_of(db, seal)
            stored = dict(db.execute("SELECT * FROM entries WHERE id = ?", (entry_id,)).fetchone())
            event_id, digest, _ = sealing.append(db, seal, stored, state, note, _normalise(request),
                                                 _normalise(response), at)  # fmt: skip
            db.execute(
                "UPDATE entries SET state = ?, note = ?, updated_at = ? WHERE id = ?", (state, note, at, entry_id)
            )
            if tally is not None:
                tally = tally.with_move(seal.weights, entry_id, current.state, state).with_event(event_id, digest)
                sealing.put(db, "tally", tally.sealed(seal.secret))
            entry = queries.entry_by_id(db, entry_id)
        self._anchor()
        return entry


# ---------------------------------------------------------------- helpers


def _insert_sql(table: str, row: dict[str, Any]) -> str:
    """INSERT for a row of our own column names (never user input)."""
    return f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})"  # noqa: S608


def _normalise(obj: dict[str, Any] | None) -> Any:
    return None if obj is None else json.loads(canonical(obj))
