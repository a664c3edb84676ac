"""The journal's tamper evidence: the schema (with triggers refusing edits), the hash chain, and `verify_rows`.

Every event's hash is sha256(previous event's hash + canonical JSON of the event and of its entry's fixed
fields), so changing an event, an entry's fixed fields, or removing any event breaks the chain; the `meta`
table remembers the head and the count, so removing the latest events shows too.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

GENESIS = "0" * 64
# Fields of an entry fixed at creation, covered by every event hash of that entry.
FIXED_FIELDS = (
    "id",
    "created_at",
    "operator",
    "owner",
    "profile",
    "environment",
    "kind",
    "order_id",
    "ref",
    "parent_order_id",
    "amount",
    "currency",
    "account",
    "destination",
)

# Version 1 of the journal (migrations.py): frozen. A change to the schema is a new migration, never an edit here.
SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    operator TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    profile TEXT NOT NULL,
    environment TEXT NOT NULL,
    kind TEXT NOT NULL,
    order_id TEXT NOT NULL,
    ref TEXT NOT NULL,
    parent_order_id TEXT,
    amount INTEGER,
    currency TEXT,
    account TEXT,
    destination TEXT,
    state TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    lease_until REAL
);
CREATE UNIQUE INDEX IF NOT EXISTS entries_ref ON entries(profile, ref);
CREATE UNIQUE INDEX IF NOT EXISTS entries_new_order ON entries(profile, order_id)
    WHERE kind IN ('payment_link', 'payment_h2h', 'authorize', 'recurrent', 'withdrawal');
CREATE INDEX IF NOT EXISTS entries_order ON entries(order_id);
CREATE INDEX IF NOT EXISTS entries_state ON entries(state);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    state TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    request TEXT,
    response TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE(entry_id, seq)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS events_append_only_u BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'journal events are append-only'); END;
CREATE TRIGGER IF NOT EXISTS events_append_only_d BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'journal events are append-only'); END;
CREATE TRIGGER IF NOT EXISTS entries_keep_d BEFORE DELETE ON entries
    BEGIN SELECT RAISE(ABORT, 'journal entries are never deleted'); END;
CREATE TRIGGER IF NOT EXISTS entries_fixed_u BEFORE UPDATE OF
    id, created_at, operator, owner, profile, environment, kind, order_id, ref, parent_order_id, amount,
    currency, account, destination ON entries
    BEGIN SELECT RAISE(ABORT, 'journal entries are fixed once written'); END;
"""


def canonical(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def event_hash(prev_hash: str, entry: dict[str, Any], event: dict[str, Any]) -> str:
    fixed = {k: entry[k] for k in FIXED_FIELDS}
    body = {k: event[k] for k in ("entry_id", "seq", "at", "state", "note", "request", "response")}
    return hashlib.sha256((prev_hash + canonical({"entry": fixed, "event": body})).encode()).hexdigest()


def schema_statements() -> list[str]:
    """Statements of the schema (triggers contain ';' inside BEGIN … END)."""
    out: list[str] = []
    buf: list[str] = []
    for line in SCHEMA.strip().splitlines():
        buf.append(line)
        text = "\n".join(buf).strip()
        if text.endswith(";") and (not text.upper().startswith("CREATE TRIGGER") or text.endswith("END;")):
            out.append(text)
            buf = []
    return out


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def verify_rows(entries: dict[int, dict[str, Any]], events: list[dict[str, Any]], meta: dict[str, str]) -> list[str]:
    """Sentences describing every break in the journal's history; an empty list when it is intact.
    `events` in id order; request/response as stored (JSON text)."""
    problems: list[str] = []
    prev = GENESIS
    last: dict[int, dict[str, Any]] = {}
    for ev in events:
        name = _name(entries.get(ev["entry_id"]), ev["entry_id"])
        if ev["prev_hash"] != prev:
            problems.append(f"History is missing just before event {ev['id']} ({name}): an event was removed.")
        entry = entries.get(ev["entry_id"])
        if entry is None:
            problems.append(f"Event {ev['id']} belongs to journal entry {ev['entry_id']}, which was removed.")
        else:
            parsed = dict(ev, request=loads(ev["request"]), response=loads(ev["response"]))
            if event_hash(ev["prev_hash"], entry, parsed) != ev["hash"]:
                problems.append(
                    f"Event {ev['seq']} of {name} does not match what was written: the event or its entry was changed."
                )
            expected_seq = last[ev["entry_id"]]["seq"] + 1 if ev["entry_id"] in last else 1
            if ev["seq"] != expected_seq:
                problems.append(f"Events of {name} are missing (expected event {expected_seq}, found {ev['seq']}).")
        last[ev["entry_id"]] = ev
        prev = ev["hash"]
    for entry_id, entry in entries.items():
        final = last.get(entry_id)
        if final is None:
            problems.append(f"{_name(entry, entry_id).capitalize()} has no history at all.")
        elif final["state"] != entry["state"] or final["note"] != entry["note"]:
            problems.append(
                f"{_name(entry, entry_id).capitalize()} says {entry['state']!r} but its history ends in "
                f"{final['state']!r}: the entry was changed."
            )
    if events and (meta.get("head") != prev or meta.get("count") != str(len(events))):
        problems.append("The latest events of the journal were removed (it ends earlier than it did).")
    if not events and meta.get("count") not in (None, "0"):
        problems.append("Every event of the journal was removed.")
    return problems


def _name(entry: dict[str, Any] | None, entry_id: int) -> str:
    if entry is None:
        return f"journal entry {entry_id}"
    return f"the {entry['kind'].replace('_', ' ')} of order {entry['order_id']}"
