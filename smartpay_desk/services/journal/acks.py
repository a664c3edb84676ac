"""Acknowledgements: a person's word, in the journal, that they saw it damaged and let money move again.

Each one (table `acknowledgements`, append-only, version 2) keeps who, when, their note, the problems they were
shown (sentences) and where the journal ended then, sealed with the journal's key (chain.mac) so that nobody
can acknowledge on an operator's behalf by editing the file. A problem found later is "acknowledged" only if
a sealed acknowledgement lists that same sentence; anything new stops money again.
"""

from __future__ import annotations

import hmac
import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ...api.said import said
from .chain import mac

FIELDS = ("at", "operator", "note", "problems", "last_event", "last_entry", "head", "key_id")


@dataclass(frozen=True)
class Ack:
    id: int
    at: str
    operator: str
    note: str
    problems: tuple[str, ...]
    last_event: int
    last_entry: int
    head: str
    key_id: str

    @property
    def words(self) -> str:
        """'anna acknowledged it on 2025-03-01 10:15 UTC: “restored from backup”'"""
        when = self.at[:16].replace("T", " ")
        return said("{operator} acknowledged it on {when} UTC: “{note}”", operator=self.operator, when=when,
                    note=self.note)  # fmt: skip


def record(
    db: sqlite3.Connection,
    secret: bytes | None,
    key_id: str,
    *,
    at: str,
    operator: str,
    note: str,
    problems: Sequence[str],
    last_event: int,
    last_entry: int,
    head: str,
) -> Ack:
    """Write a sealed acknowledgement (inside the caller's write transaction)."""
    row: dict[str, Any] = {
        "at": at, "operator": operator, "note": note, "problems": json.dumps(list(problems), ensure_ascii=False),
        "last_event": last_event, "last_entry": last_entry, "head": head, "key_id": key_id,
    }  # fmt: skip
    sealed = mac(secret, row)
    cur = db.execute(
        f"INSERT INTO acknowledgements ({', '.join(FIELDS)}, seal) VALUES ({', '.join('?' * (len(FIELDS) + 1))})",  # noqa: S608 - our own column names
        (*row.values(), sealed),
    )
    return _ack(int(cur.lastrowid or 0), row)


def load(db: sqlite3.Connection, keys: Mapping[str, bytes], unkeyed_up_to: int | None) -> tuple[list[Ack], list[str]]:
    """(the acknowledgements whose seal holds, a sentence for each that does not). An acknowledgement sealed
    with a key not at hand cannot be trusted, so it is left out (its problems come back until acknowledged
    again); one sealed without a key counts only if it was written before the journal had a key (its id at
    most `unkeyed_up_to`, which the key's keyring entry remembers; None: the journal has no key)."""
    good: list[Ack] = []
    bad: list[str] = []
    for r in db.execute(f"SELECT id, {', '.join(FIELDS)}, seal FROM acknowledgements ORDER BY id"):  # noqa: S608
        row = {name: r[name] for name in FIELDS}
        key_id = str(row["key_id"])
        if key_id and key_id not in keys:
            continue
        secret = keys.get(key_id) if key_id else None
        too_late = not key_id and unkeyed_up_to is not None and int(r["id"]) > unkeyed_up_to
        if too_late or not hmac.compare_digest(str(r["seal"]), mac(secret, row)):
            bad.append(said("Acknowledgement {id} in the journal was not written by SmartPay Desk (its seal does not "
                            "match).", id=r["id"]))  # fmt: skip
            continue
        good.append(_ack(int(r["id"]), row))
    return good, bad


def _ack(ack_id: int, row: Mapping[str, Any]) -> Ack:
    try:
        problems = tuple(str(p) for p in json.loads(str(row["problems"])))
    except ValueError:
        problems = ()
    return Ack(ack_id, str(row["at"]), str(row["operator"]), str(row["note"]), problems, int(row["last_event"]),
               int(row["last_entry"]), str(row["head"]), str(row["key_id"]))  # fmt: skip
