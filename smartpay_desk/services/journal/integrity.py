"""Checking the journal: at every start, before each money-moving intent, and in full on demand (--verify).

`check(db, key, anchor)` finds, in sentences:
- the schema: every table, index and trigger exactly as the migrations made them (a protection dropped to
  edit the file shows, even if it was put back: the schema's version counter moved);
- the tally (tally.py): every entry's kind, state and amount, and how many entries and events, against the
  sealed tally each write keeps (a few scans of SQLite's own, no hashing of old events);
- the chain (chain.walk): every event after the last verified point re-sealed with the key and linked to the
  one before, and the entries those events belong to agree with their history. A journal of at most
  FULL_UP_TO events, or one whose verified point or tally no longer holds, is walked from its first event,
  and a file of at most DEEP_UP_TO_BYTES also has SQLite look at every page (PRAGMA quick_check);
- the end: where this computer last saw the journal end (keys.Anchor, outside the file) is still there.

Problems listed by a sealed acknowledgement (acks.py) come back as `acknowledged`, not as `problems`.
What is not re-read at start on a large journal: the text of old events (notes, requests, answers) and of
old entries' other fields, and pages SQLite is not asked for; `journal --verify` reads all of it.
"""

from __future__ import annotations

import hmac
import json
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ...api.said import said
from . import acks
from .acks import Ack
from .chain import GENESIS, entry_problems, mac, unchecked_sentence, walk
from .keys import Anchor, SealKey
from .migrations import expected_schema, schema_of
from .phrases import joined
from .tally import Tally, measure, weights

FULL_UP_TO = 5_000  # events: a journal this small is walked whole at every start (a few tens of ms)
DEEP_UP_TO_BYTES = 32 * 1024 * 1024  # a file this small also has every page looked at by SQLite


@dataclass(frozen=True)
class Verified:
    """Everything up to `last_event` (and entries up to `last_entry`) was found intact under this schema."""

    last_event: int
    head: str
    last_entry: int
    schema_version: int

    def sealed(self, secret: bytes | None) -> str:
        body = {"last_event": self.last_event, "head": self.head, "last_entry": self.last_entry,
                "schema_version": self.schema_version}  # fmt: skip
        return json.dumps({**body, "seal": mac(secret, body)}, sort_keys=True)

    @classmethod
    def unseal(cls, text: str | None, secret: bytes | None) -> Verified | None:
        try:
            data = json.loads(text or "")
            seal = data.pop("seal")
            if not hmac.compare_digest(str(seal), mac(secret, data)):
                return None
            return cls(int(data["last_event"]), str(data["head"]), int(data["last_entry"]),
                       int(data["schema_version"]))  # fmt: skip
        except (ValueError, KeyError, TypeError, AttributeError):
            return None


@dataclass
class Findings:
    problems: list[str] = field(default_factory=list)  # not acknowledged by anyone
    acknowledged: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    acks: list[Ack] = field(default_factory=list)
    full: bool = False
    checked: int = 0  # events whose seal was recomputed
    tally: Tally = field(default_factory=Tally)  # what the tables hold now
    last_entry: int = 0
    schema_version: int = 0
    seconds: float = 0.0


def schema_problems(db: sqlite3.Connection) -> list[str]:
    found = {(t, n): q for t, n, q in schema_of(db)}
    wanted = {(t, n): q for t, n, q in expected_schema()}
    changed = sorted(n for key, n in ((k, k[1]) for k in wanted) if found.get(key) != wanted[key])
    extra = sorted(n for (t, n) in found if (t, n) not in wanted)
    if not changed and not extra:
        return []
    what = joined([*(said("{name} removed or altered", name=n) for n in changed),
                   *(said("{name} added", name=n) for n in extra)], ", ")  # fmt: skip
    return [said("The journal's protections against edits were changed outside SmartPay Desk ({what}).", what=what)]


def check(
    db: sqlite3.Connection,
    key: SealKey | None,
    anchor: Anchor | None,
    *,
    keyring_usable: bool,
    full: bool = False,
    full_up_to: int = FULL_UP_TO,
    file_size: int = 0,
) -> Findings:
    """Check the journal open on `db` (in one read transaction). `full`: walk every event and have SQLite read
    every page, whatever the size; else a journal of more than `full_up_to` events is walked from its last
    verified point. Raises sqlite3.Error on an unreadable page."""
    started = time.perf_counter()
    db.execute("BEGIN")
    try:
        found = _check(db, key, anchor, keyring_usable=keyring_usable, full=full, full_up_to=full_up_to,
                       file_size=file_size)  # fmt: skip
    finally:
        db.execute("COMMIT")
    found.seconds = time.perf_counter() - started
    return found


def _check(
    db: sqlite3.Connection,
    key: SealKey | None,
    anchor: Anchor | None,
    *,
    keyring_usable: bool,
    full: bool,
    full_up_to: int,
    file_size: int,
) -> Findings:
    found = Findings()
    structure: list[str] = []  # said after what the walk finds (which names the entries concerned)
    meta = {str(r[0]): str(r[1]) for r in db.execute("SELECT key, value FROM meta")}
    found.schema_version = int(db.execute("PRAGMA schema_version").fetchone()[0])
    structure += schema_problems(db)
    journal_key = meta.get("key_id", "")  # the key this journal is sealed with ("" none yet)
    usable_key = key if key is not None and journal_key and key.key_id == journal_key else None
    key_missing = bool(journal_key) and usable_key is None and not (key is not None and journal_key in key.retired)
    if key_missing:
        structure.append(_missing_key(journal_key, keyring_usable, key))
    secret = usable_key.secret if usable_key else None
    found.tally = now = measure(db, weights(secret))
    found.last_entry = int(db.execute("SELECT IFNULL(MAX(id), 0) FROM entries").fetchone()[0])
    stored: Tally | None = None
    if not journal_key or usable_key is not None:
        stored = Tally.unseal(meta.get("tally"), secret)
        if meta.get("tally") and stored is None:
            structure.append(said("The journal's own tally is not sealed by SmartPay Desk: it was changed outside it."))
        elif stored is not None and stored.differences(now):
            differences = joined(stored.differences(now), "; ")
            structure.append(said("The journal does not add up: {differences}. It was changed outside SmartPay Desk.",
                                  differences=differences))  # fmt: skip
    # From the first event when asked, when anything is off, or when there is no sealed point to go on from.
    walk_all = full or bool(structure) or stored is None
    walk_all = walk_all or now.events != now.last_event or now.entries != found.last_entry
    verified = Verified.unseal(meta.get("verified"), secret)
    start = 0 if walk_all or now.events <= full_up_to else _resume_point(db, verified, found.schema_version)
    found.full = start == 0
    keys = {usable_key.key_id: usable_key.secret} if usable_key else {}
    _walk(db, found, start, verified if start else None, keys, usable_key, key_missing=key_missing)
    if anchor is not None:
        found.problems += _anchor_problems(db, anchor, now)
    if full or (found.full and file_size <= DEEP_UP_TO_BYTES):
        found.problems += _page_problems(db)
    good, forged = acks.load(db, keys, usable_key.acks_before if usable_key else None)
    problems = [*found.problems, *structure, *forged]
    found.acks = good
    seen = {p for a in good for p in a.problems}
    found.acknowledged = [p for p in problems if p in seen]
    found.problems = [p for p in problems if p not in seen]
    return found


def _missing_key(journal_key: str, keyring_usable: bool, key: SealKey | None) -> str:
    if not keyring_usable:
        return said(
            "The journal is sealed with a key kept in the system keyring, which this session cannot reach, so its "
            "history cannot be checked and nothing can be added to it."
        )
    if key is None:
        return said(
            "The key that seals this journal (key {key_id}) is not in this computer's keyring (was the data "
            "folder moved or copied here, or the keyring reset?), so its history cannot be checked.",
            key_id=journal_key,
        )
    return said("The keyring holds another key than the one that sealed this journal (key {key_id}).",
                key_id=journal_key)  # fmt: skip


def _resume_point(db: sqlite3.Connection, verified: Verified | None, schema_version: int) -> int:
    """The event after which to walk (0: from the first), from a verified point that still holds."""
    if verified is None or verified.schema_version != schema_version:
        return 0
    row = db.execute("SELECT hash FROM events WHERE id = ?", (verified.last_event,)).fetchone()
    return verified.last_event if row is not None and str(row[0]) == verified.head else 0


def _walk(
    db: sqlite3.Connection,
    found: Findings,
    start: int,
    verified: Verified | None,
    keys: dict[str, bytes],
    key: SealKey | None,
    *,
    key_missing: bool,
) -> None:
    events = _dicts(db, "SELECT * FROM events WHERE id > ? ORDER BY id", (start,))
    touched = sorted({int(e["entry_id"]) for e in events})
    if start == 0:
        entries = {int(r["id"]): r for r in _dicts(db, "SELECT * FROM entries", ())}
        last_seq: dict[int, int] = {}
    else:
        after = verified.last_entry if verified else 0
        entries = {int(r["id"]): dict(r) for r in _rows(db, "SELECT * FROM entries WHERE id > ? OR id IN ({})",
                                                            [after], touched)}  # fmt: skip
        last_seq = {int(r[0]): int(r[1]) for r in _rows(
            db, "SELECT entry_id, MAX(seq) FROM events WHERE id <= ? AND entry_id IN ({}) GROUP BY entry_id",
            [start], touched)}  # fmt: skip
    prev = verified.head if verified and start else GENESIS
    walked = walk(entries, events, keys=keys, keyed_since=key.since if key else None, prev=prev, last_seq=last_seq)
    found.problems += walked.problems
    found.checked = walked.checked
    for key_id, count in walked.unchecked.items():
        if key is not None and key_id in key.retired:
            found.notices.append(said(
                "{count} older event(s) were sealed with a key that is gone (let go when a person acknowledged "
                "it); they were checked for order only.", count=count))  # fmt: skip
        elif not key_missing:
            found.problems.append(unchecked_sentence(key_id, count))
    for entry_id, entry in sorted(entries.items()):  # all of them, or those the run touched or added
        found.problems += entry_problems(entry, walked.last.get(entry_id))


def _dicts(db: sqlite3.Connection, sql: str, args: tuple[int, ...]) -> list[dict[str, Any]]:
    """Rows as dicts, made without sqlite3.Row (a large journal has hundreds of thousands)."""
    cursor = db.cursor()
    cursor.row_factory = None
    cursor.execute(sql, args)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _rows(db: sqlite3.Connection, sql: str, args: list[int], ids: Sequence[int]) -> list[sqlite3.Row]:
    """Run `sql` with `{}` replaced by the placeholders for `ids` (in chunks SQLite accepts)."""
    out: list[sqlite3.Row] = []
    chunks = [list(ids[i : i + 500]) for i in range(0, len(ids), 500)] or [[]]
    for chunk in chunks:
        marks = ",".join("?" * len(chunk)) or "NULL"
        out += db.execute(sql.format(marks), [*args, *chunk]).fetchall()
    return out


def _anchor_problems(db: sqlite3.Connection, anchor: Anchor, now: Tally) -> list[str]:
    if anchor.last_event > now.last_event or anchor.events > now.events:
        gone = max(anchor.events - now.events, anchor.last_event - now.last_event)
        return [said(
            "The journal ends earlier than it did: this computer last saw {events} events ending with event {last}, "
            "and it now holds {now_events} ending with event {now_last} ({gone} removed from its end, or an older "
            "copy put in its place).",
            events=anchor.events, last=anchor.last_event, now_events=now.events, now_last=now.last_event, gone=gone,
        )]  # fmt: skip
    row = db.execute("SELECT hash FROM events WHERE id = ?", (anchor.last_event,)).fetchone()
    if anchor.last_event and (row is None or str(row[0]) != anchor.head):
        return [said("The journal's history up to event {event} is not the one this computer last saw.",
                     event=anchor.last_event)]  # fmt: skip
    return []


def _page_problems(db: sqlite3.Connection) -> list[str]:
    found = [str(r[0]) for r in db.execute("PRAGMA quick_check")]
    if found == ["ok"]:
        return []
    if len(found) > 1:
        return [said("The journal file is damaged inside: SQLite finds {finding} …", finding=found[0])]
    return [said("The journal file is damaged inside: SQLite finds {finding}.", finding=found[0])]
