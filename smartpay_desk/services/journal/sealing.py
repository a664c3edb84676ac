"""The journal's writes that keep it checkable, each inside the store's write transaction (store.py):

- `append`: one event, sealed with the journal's key (or plain sha256 where the journal has none), chained
  to the last one, with the tally (tally.py) and the old `meta` head and count moved on in the same step;
- `settle`: after a clean check, the verified point from which the next start walks on (and the tally, where
  a journal from before version 2 has none yet);
- `key_up`: the first key for a journal that has none (its later events are keyed; the tally re-weighed);
- `acknowledge`: a person's acknowledgement, after which the journal's own records agree with it again: a
  new key if its own was lost (the old one is named as retired), the protections put back, the tally
  re-counted and the verified point set to the end as it is now.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from . import acks
from .chain import GENESIS, canonical, seal
from .integrity import Verified, schema_problems
from .keys import JournalKeys, SealKey
from .migrations import expected_schema
from .model import now_iso
from .tally import Tally, Weights, measure, weights


@dataclass(frozen=True)
class Sealing:
    """How this journal's events are sealed now."""

    key_id: str  # "" where the journal has no key
    secret: bytes | None
    weights: Weights

    @classmethod
    def of(cls, key: SealKey | None) -> Sealing:
        if key is None:
            return cls("", None, weights(None))
        return cls(key.key_id, key.secret, weights(key.secret))


def meta(db: sqlite3.Connection, name: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (name,)).fetchone()
    return None if row is None else str(row[0])


def put(db: sqlite3.Connection, name: str, value: str) -> None:
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (name, value))


def tally_of(db: sqlite3.Connection, sealing: Sealing) -> Tally | None:
    """The stored tally, when there is one with a good seal (else it is left alone: the check says why)."""
    return Tally.unseal(meta(db, "tally"), sealing.secret)


def append(
    db: sqlite3.Connection,
    sealing: Sealing,
    entry: dict[str, Any],
    state: str,
    note: str,
    request: Any,
    response: Any,
    at: str,
) -> tuple[int, str, int]:
    """Insert the entry's next event; (its id, its hash, how many events the journal holds now)."""
    head = db.execute("SELECT hash FROM events ORDER BY id DESC LIMIT 1").fetchone()
    prev = str(head[0]) if head else GENESIS
    seq = int(db.execute("SELECT IFNULL(MAX(seq), 0) + 1 FROM events WHERE entry_id = ?", (entry["id"],)).fetchone()[0])
    event = {"entry_id": entry["id"], "seq": seq, "at": at, "state": state, "note": note, "request": request,
             "response": response}  # fmt: skip
    digest = seal(prev, entry, event, sealing.key_id, sealing.secret)
    stored = dict(event, request=None if request is None else canonical(request), prev_hash=prev, hash=digest,
                  key_id=sealing.key_id)  # fmt: skip
    stored["response"] = None if response is None else canonical(response)
    cur = db.execute(
        f"INSERT INTO events ({', '.join(stored)}) VALUES ({', '.join('?' * len(stored))})",  # noqa: S608 - our own column names
        tuple(stored.values()),
    )
    count_text = meta(db, "count")
    count = int(count_text) + 1 if count_text and count_text.isdigit() else db.execute(
        "SELECT COUNT(*) FROM events").fetchone()[0]  # fmt: skip
    put(db, "head", digest)
    put(db, "count", str(count))
    return int(cur.lastrowid or 0), digest, int(count)


def settle(db: sqlite3.Connection, sealing: Sealing, point: Verified) -> None:
    """Record the verified point (and, where the journal has no tally yet, the tally as it is now)."""
    put(db, "verified", point.sealed(sealing.secret))
    if meta(db, "tally") is None:
        put(db, "tally", measure(db, sealing.weights).sealed(sealing.secret))


def end_of(db: sqlite3.Connection) -> Verified:
    row = db.execute("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1").fetchone()
    last_entry = int(db.execute("SELECT IFNULL(MAX(id), 0) FROM entries").fetchone()[0])
    version = int(db.execute("PRAGMA schema_version").fetchone()[0])
    return Verified(int(row[0]) if row else 0, str(row[1]) if row else "", last_entry, version)


def key_up(db: sqlite3.Connection, keys: JournalKeys, retired: tuple[str, ...] = ()) -> SealKey | None:
    """A first (or, after a lost key, a new) key for this journal: made and kept in the keyring, named in the
    journal, the tally re-weighed and the verified point re-sealed with it. None when the keyring refused."""
    end = end_of(db)
    last_ack = int(db.execute("SELECT IFNULL(MAX(id), 0) FROM acknowledgements").fetchone()[0])
    made = keys.create(end.last_event + 1, retired, last_ack if not retired else 0)
    if made is None:
        return None
    sealing = Sealing.of(made)
    put(db, "key_id", made.key_id)
    put(db, "tally", measure(db, sealing.weights).sealed(sealing.secret))
    put(db, "verified", end.sealed(sealing.secret))
    return made


def repair_schema(db: sqlite3.Connection) -> None:
    """Put back the triggers and indexes of the latest version that are missing or altered."""
    wanted = {(t, n): q for t, n, q in expected_schema() if t in ("trigger", "index")}
    found = {(str(r[0]), str(r[1])): str(r[2]) for r in db.execute("SELECT type, name, sql FROM sqlite_master")}
    for (kind, name), sql in wanted.items():
        if found.get((kind, name)) != sql:
            db.execute(f"DROP {kind.upper()} IF EXISTS {name}")
            db.execute(sql)


def acknowledge(
    db: sqlite3.Connection,
    keys: JournalKeys,
    key: SealKey | None,
    *,
    at: str,
    operator: str,
    note: str,
    problems: Sequence[str],
) -> SealKey | None:
    """Write the acknowledgement and make the journal's own records agree with it. Returns the key now."""
    journal_key = meta(db, "key_id") or ""
    if journal_key and (key is None or key.key_id != journal_key):
        key = key_up(db, keys, retired=(journal_key, *(key.retired if key else ())))
        if key is None:
            raise RuntimeError("the keyring did not keep the journal's new key")
    elif not journal_key and key is not None and key.key_id != journal_key:
        key = None  # a key from another journal once kept at this path: not this one's
    if schema_problems(db):
        repair_schema(db)
    sealing = Sealing.of(key)
    end = end_of(db)
    acks.record(db, sealing.secret, sealing.key_id, at=at, operator=operator, note=note, problems=problems,
                last_event=end.last_event, last_entry=end.last_entry, head=end.head)  # fmt: skip
    put(db, "tally", measure(db, sealing.weights).sealed(sealing.secret))
    put(db, "verified", end_of(db).sealed(sealing.secret))
    return key


def record_start(db: sqlite3.Connection, key: Sealing, record: str, note: str, operator: str) -> None:
    """The first record of a journal started in place of a damaged one: the operator's acknowledgement."""
    end = end_of(db)
    acks.record(db, key.secret, key.key_id, at=now_iso(), operator=operator, note=note, problems=[record],
                last_event=end.last_event, last_entry=end.last_entry, head=end.head)  # fmt: skip
