"""Helpers for the journal's tests (unit and e2e): a journal as version 1 wrote it, the nine kinds of damage of
issue 12 done to a closed journal file the way a person with the file in hand would, and a keyring backend
that keeps its passwords in a JSON file so that separate processes (the CLI under test) share one.

The nine kinds: an amount edited, a state edited, an entry row deleted, the latest entry and its events
deleted (with the journal's own head and count rewritten to match), a middle event deleted, the file
truncated to 0 bytes and to half, pages overwritten, the header overwritten.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from smartpay_desk.services.journal.chain import GENESIS, canonical, event_hash, schema_statements

TRIGGERS = (
    "events_append_only_u", "events_append_only_d", "entries_keep_d", "entries_fixed_u",
    "entries_state_follows_history",
)  # fmt: skip
KEYRING_FILE = "SMARTPAY_TEST_KEYRING_FILE"


def unprotected(path: Path) -> sqlite3.Connection:
    """A plain SQLite connection to the journal with its protections (triggers) dropped, as an editor would."""
    db = sqlite3.connect(path, isolation_level=None)
    for trigger in TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    return db


def edit(path: Path, *statements: str, args: tuple[object, ...] = ()) -> None:
    db = unprotected(path)
    try:
        for sql in statements:
            db.execute(sql, args if "?" in sql else ())
    finally:
        db.close()


def amount_edited(path: Path, entry_id: int) -> None:
    edit(path, "UPDATE entries SET amount = amount - 100 WHERE id = ?", args=(entry_id,))


def state_edited(path: Path, entry_id: int) -> None:
    edit(path, "UPDATE entries SET state = 'failed', note = '' WHERE id = ?", args=(entry_id,))


def entry_row_deleted(path: Path, entry_id: int) -> None:
    edit(path, "DELETE FROM entries WHERE id = ?", args=(entry_id,))


def latest_entry_deleted(path: Path, entry_id: int) -> None:
    """The latest entry and all its events gone, and the journal's own head and count made to match."""
    last = int(sqlite3.connect(path).execute("SELECT MAX(id) FROM entries").fetchone()[0])
    edit(
        path,
        "DELETE FROM events WHERE entry_id = ?",
        "DELETE FROM entries WHERE id = ?",
        args=(last,),
    )
    edit(
        path,
        "UPDATE meta SET value = (SELECT hash FROM events ORDER BY id DESC LIMIT 1) WHERE key = 'head'",
        "UPDATE meta SET value = (SELECT COUNT(*) FROM events) WHERE key = 'count'",
    )


def middle_event_deleted(path: Path, entry_id: int) -> None:
    edit(path, "DELETE FROM events WHERE id = (SELECT MAX(id) / 2 FROM events)")


def truncated_to_zero(path: Path, entry_id: int) -> None:
    os.truncate(path, 0)


def truncated_to_half(path: Path, entry_id: int) -> None:
    os.truncate(path, path.stat().st_size // 2)


def pages_overwritten(path: Path, entry_id: int) -> None:
    """Every other page after the first overwritten with bytes that are not SQLite's."""
    page = 4096
    with open(path, "r+b") as fh:
        for n in range(1, path.stat().st_size // page, 2):
            fh.seek(n * page)
            fh.write(bytes((n * 37 + i) % 251 for i in range(page)))


def header_overwritten(path: Path, entry_id: int) -> None:
    with open(path, "r+b") as fh:
        fh.write(b"not a journal any more " * 4 + b"!" * 8)


NINE: dict[str, Callable[[Path, int], None]] = {
    "amount edited": amount_edited,
    "state edited": state_edited,
    "entry row deleted": entry_row_deleted,
    "latest entry and its events deleted": latest_entry_deleted,
    "middle event deleted": middle_event_deleted,
    "truncated to 0 bytes": truncated_to_zero,
    "truncated to half": truncated_to_half,
    "pages overwritten": pages_overwritten,
    "header overwritten": header_overwritten,
}
UNREADABLE = {"truncated to 0 bytes", "truncated to half", "pages overwritten", "header overwritten"}


def recompute_plain_chain(path: Path) -> None:
    """What a rewrite with the file in hand does: every event re-hashed with version 1's plain sha256 (and
    marked as unkeyed), the stored head and count made to match. Passes a journal that has no key."""
    db = unprotected(path)
    db.row_factory = sqlite3.Row
    entries = {r["id"]: dict(r) for r in db.execute("SELECT * FROM entries")}
    prev = GENESIS
    keyed = "key_id" in {r[1] for r in db.execute("PRAGMA table_info(events)")}
    for ev in [dict(r) for r in db.execute("SELECT * FROM events ORDER BY id")]:
        body = dict(ev, request=_loads(ev["request"]), response=_loads(ev["response"]))
        digest = event_hash(prev, entries[ev["entry_id"]], body)
        db.execute("UPDATE events SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, ev["id"]))
        if keyed:
            db.execute("UPDATE events SET key_id = '' WHERE id = ?", (ev["id"],))
        prev = digest
    db.execute("UPDATE meta SET value = ? WHERE key = 'head'", (prev,))
    db.close()


def _loads(text: str | None) -> object:
    return None if text is None else json.loads(text)


def write_version_1(path: Path, orders: int = 3, *, user_version: int = 1) -> None:
    """A journal exactly as version 1 of the desk wrote it: payouts, all but the last settled."""
    db = sqlite3.connect(path, isolation_level=None)
    for statement in schema_statements():
        db.execute(statement)
    prev, count = GENESIS, 0
    for n in range(1, orders + 1):
        at = f"2025-01-0{n}T10:00:00.000000+00:00"
        entry = {
            "id": n, "created_at": at, "operator": "anna", "owner": "", "profile": "P", "environment": "sandbox",
            "kind": "withdrawal", "order_id": f"po-{n}", "ref": f"po-{n}", "parent_order_id": None,
            "amount": 100 * n, "currency": "EUR", "account": "EUR-sandbox-payout", "destination": None,
        }  # fmt: skip
        steps = [("pending", "", {"amount": 100 * n}, None)]
        if n < orders:
            steps += [("sent", "", None, None), ("succeeded", "confirmed", None, {"status": 2})]
        state, note = steps[-1][0], steps[-1][1]
        db.execute(
            "INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (*entry.values(), state, note, at, None),
        )
        for seq, (step, words, request, response) in enumerate(steps, start=1):
            event = {"entry_id": n, "seq": seq, "at": at, "state": step, "note": words, "request": request,
                     "response": response}  # fmt: skip
            digest = event_hash(prev, entry, event)
            count += 1
            db.execute(
                "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?)",
                (count, n, seq, at, step, words, None if request is None else canonical(request),
                 None if response is None else canonical(response), prev, digest),
            )  # fmt: skip
            prev = digest
    db.execute("INSERT INTO meta VALUES ('head', ?)", (prev,))
    db.execute("INSERT INTO meta VALUES ('count', ?)", (str(count),))
    db.execute(f"PRAGMA user_version = {user_version}")
    db.close()


class DiskKeyring(KeyringBackend):
    """A keyring backend keeping its passwords in the JSON file named by $SMARTPAY_TEST_KEYRING_FILE, so that
    the CLI in its own process and the test share them (tests only; PYTHON_KEYRING_BACKEND names it)."""

    priority = 0  # type: ignore[assignment]  # never chosen by keyring's own discovery

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        super().__init__()  # made by keyring's own discovery too, where no file is named: it is never chosen
        self._path = path

    @property
    def file(self) -> Path:
        return Path(self._path or os.environ[KEYRING_FILE])

    def _all(self) -> dict[str, str]:
        try:
            data: dict[str, str] = json.loads(self.file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return data

    def get_password(self, service: str, username: str) -> str | None:
        return self._all().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._all()
        data[f"{service}\0{username}"] = password
        self.file.write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._all()
        if data.pop(f"{service}\0{username}", None) is None:
            raise PasswordDeleteError("not found")
        self.file.write_text(json.dumps(data), encoding="utf-8")
