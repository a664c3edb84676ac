"""The journal's tamper evidence: the schema (with triggers refusing edits), the hash chain, and `verify_rows`.

Every event's hash covers the previous event's hash and the canonical JSON of the event and of its entry's
fixed fields, so changing an event, an entry's fixed fields, or removing any event breaks the chain.

- Version 1 events (`key_id` ""): sha256(previous hash + that JSON). Anyone holding the file can recompute it.
- Keyed events (`key_id` names the key, keys.py): HMAC-SHA256 with the journal's key, kept in the system
  keyring and never in the journal, over the previous hash + the JSON with the key id in it. Rewriting them
  needs the key as well as the file; the first keyed event also pins every unkeyed one before it.

`walk(...)` checks a run of events (all of them, or those after a verified point); `verify_rows` is the whole
journal at once. Where the journal last ended is compared outside the file (keys.Anchor, integrity.py).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ...api.said import said
from .phrases import KIND_NAMES, kind_name

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


def keyed_hash(secret: bytes, key_id: str, prev_hash: str, entry: dict[str, Any], event: dict[str, Any]) -> str:
    fixed = {k: entry[k] for k in FIXED_FIELDS}
    body = {k: event[k] for k in ("entry_id", "seq", "at", "state", "note", "request", "response")}
    text = prev_hash + canonical({"entry": fixed, "event": body, "key": key_id})
    return hmac.new(secret, text.encode(), hashlib.sha256).hexdigest()


def seal(prev_hash: str, entry: dict[str, Any], event: dict[str, Any], key_id: str, secret: bytes | None) -> str:
    """The hash an event is stored with: keyed when `key_id` names a key, else version 1's sha256."""
    if not key_id:
        return event_hash(prev_hash, entry, event)
    if secret is None:
        raise ValueError("a keyed event needs its key")
    return keyed_hash(secret, key_id, prev_hash, entry, event)


def mac(secret: bytes | None, record: Mapping[str, Any]) -> str:
    """A seal over a small record (the tally, a verified point, an acknowledgement): HMAC with the key, or
    plain sha256 where there is no key (which shows damage, not a deliberate rewrite)."""
    text = canonical(dict(record)).encode()
    if secret is None:
        return hashlib.sha256(text).hexdigest()
    return hmac.new(secret, text, hashlib.sha256).hexdigest()


def schema_statements() -> list[str]:
    """Statements of version 1's schema (triggers contain ';' inside BEGIN … END)."""
    return split_statements(SCHEMA)


def split_statements(script: str) -> list[str]:
    """A script's statements, one each (a trigger's BEGIN … END; stays whole)."""
    out: list[str] = []
    buf: list[str] = []
    for line in script.strip().splitlines():
        buf.append(line)
        text = "\n".join(buf).strip()
        if text.endswith(";") and (not text.upper().startswith("CREATE TRIGGER") or text.endswith("END;")):
            out.append(text)
            buf = []
    return out


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


@dataclass
class Walk:
    """What `walk` found over a run of events."""

    problems: list[str] = field(default_factory=list)
    checked: int = 0  # events whose seal was recomputed
    unchecked: dict[str, int] = field(default_factory=dict)  # key id → events sealed with a key not at hand
    last: dict[int, dict[str, Any]] = field(default_factory=dict)  # entry id → its last event in the run
    head: str = GENESIS


def walk(
    entries: Mapping[int, dict[str, Any]],
    events: list[dict[str, Any]],
    *,
    keys: Mapping[str, bytes] | None = None,
    keyed_since: int | None = None,
    prev: str = GENESIS,
    last_seq: Mapping[int, int] | None = None,
) -> Walk:
    """Check `events` (in id order, as stored) chained from `prev`: each one's link, seal and place in its
    entry's history. `keys` are the keys at hand by id; from event `keyed_since` on every event must be keyed.
    `last_seq`: for an entry with events before this run, the seq of its last one."""
    found = Walk(head=prev)
    seqs = dict(last_seq or {})
    texts: dict[int, str] = {}  # entry id → canonical JSON of its fixed fields (an entry has a few events)
    for ev in events:
        entry = entries.get(ev["entry_id"])
        key_id = str(ev.get("key_id") or "")
        if ev["prev_hash"] != found.head:
            found.problems.append(said("History is missing just before event {event} ({name}): an event was removed.",
                                       event=ev["id"], name=_name(entry, ev["entry_id"])))  # fmt: skip
        if keyed_since is not None and ev["id"] >= keyed_since and not key_id:
            found.problems.append(said(
                "Event {seq} of {name} is not sealed with the journal's key: it was written or rewritten outside "
                "SmartPay Desk.", seq=ev["seq"], name=_name(entry, ev["entry_id"])))  # fmt: skip
        if entry is None:
            found.problems.append(said("Event {event} belongs to journal entry {entry_id}, which was removed.",
                                       event=ev["id"], entry_id=ev["entry_id"]))  # fmt: skip
        elif key_id and key_id not in (keys or {}):
            found.unchecked[key_id] = found.unchecked.get(key_id, 0) + 1
        else:
            if ev["entry_id"] not in texts:
                texts[ev["entry_id"]] = canonical({k: entry[k] for k in FIXED_FIELDS})
            found.checked += 1
            if _stored_seal(ev, texts[ev["entry_id"]], key_id, (keys or {}).get(key_id)) != ev["hash"]:
                found.problems.append(said(
                    "Event {seq} of {name} does not match what was written: the event or its entry was changed.",
                    seq=ev["seq"], name=_name(entry, ev["entry_id"])))  # fmt: skip
        if entry is not None:
            expected = seqs.get(ev["entry_id"], 0) + 1
            if ev["seq"] != expected:
                missing = said("Events of {name} are missing (expected event {expected}, found {seq}).",
                               name=_name(entry, ev["entry_id"]), expected=expected, seq=ev["seq"])  # fmt: skip
                found.problems.append(missing)
        seqs[ev["entry_id"]] = ev["seq"]
        found.last[ev["entry_id"]] = ev
        found.head = ev["hash"]
    return found


_DUMPS = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode
_STRING = json.encoder.encode_basestring  # what canonical() writes for a str (non-ASCII kept)


def _json(value: Any) -> str:
    kind = type(value)
    if kind is str:
        return str(_STRING(value))
    if kind is int:
        return str(value)
    return _DUMPS(value)


def _stored_seal(ev: Mapping[str, Any], entry_text: str, key_id: str, secret: bytes | None) -> str:
    """`seal` of an event as stored, without parsing its request and answer: stored as canonical JSON, they go
    into the canonical text as they are (so the text is `canonical` of the parsed event, a few times faster;
    stored text that is not canonical any more was changed, and does not match)."""

    def raw(value: Any) -> str:
        return "null" if value is None else value if isinstance(value, str) else _DUMPS(value)

    body = (
        f'{{"at":{_json(ev["at"])},"entry_id":{_json(ev["entry_id"])},"note":{_json(ev["note"])},'
        f'"request":{raw(ev["request"])},"response":{raw(ev["response"])},"seq":{_json(ev["seq"])},'
        f'"state":{_json(ev["state"])}}}'
    )
    keyed = f',"key":{_json(key_id)}' if key_id else ""
    text = (str(ev["prev_hash"]) + f'{{"entry":{entry_text},"event":{body}{keyed}}}').encode()
    if not key_id:
        return hashlib.sha256(text).hexdigest()
    if secret is None:
        raise ValueError("a keyed event needs its key")
    return hmac.digest(secret, text, "sha256").hex()


def entry_problems(entry: dict[str, Any], last: dict[str, Any] | None) -> list[str]:
    """An entry whose state or note is not what its last event says (changed behind the journal's back)."""
    raw = str(entry["kind"])  # "The refund of order abc-1": the name as capitalized as a whole
    kind = KIND_NAMES[raw] if raw in KIND_NAMES else raw.replace("_", " ").lower()
    order_id = str(entry["order_id"]).lower()
    if last is None:
        return [said("The {kind} of order {order_id} has no history at all.", kind=kind, order_id=order_id)]
    if last["state"] != entry["state"] or last["note"] != entry["note"]:
        return [
            said(
                "The {kind} of order {order_id} says {state} but its history ends in {last}: the entry was changed.",
                kind=kind,
                order_id=order_id,
                state=repr(entry["state"]),
                last=repr(last["state"]),
            )
        ]
    return []


def verify_rows(
    entries: dict[int, dict[str, Any]],
    events: list[dict[str, Any]],
    meta: dict[str, str],
    *,
    keys: Mapping[str, bytes] | None = None,
    keyed_since: int | None = None,
) -> list[str]:
    """Sentences describing every break in the journal's history; an empty list when it is intact.
    `events` in id order; request/response as stored (JSON text)."""
    found = walk(entries, events, keys=keys, keyed_since=keyed_since)
    problems = found.problems + [unchecked_sentence(k, n) for k, n in found.unchecked.items()]
    for entry_id, entry in entries.items():
        problems += entry_problems(entry, found.last.get(entry_id))
    if events and (meta.get("head") != found.head or meta.get("count") != str(len(events))):
        problems.append(said("The latest events of the journal were removed (it ends earlier than it did)."))
    if not events and meta.get("count") not in (None, "0"):
        problems.append(said("Every event of the journal was removed."))
    return problems


def unchecked_sentence(key_id: str, count: int) -> str:
    return said(
        "{count} event(s) are sealed with a key this computer's keyring does not hold (key {key_id}), so they could "
        "not be checked.",
        count=count,
        key_id=key_id,
    )


def _name(entry: dict[str, Any] | None, entry_id: int) -> str:
    if entry is None:
        return said("journal entry {entry_id}", entry_id=entry_id)
    return said("the {kind} of order {order_id}", kind=kind_name(entry["kind"]), order_id=entry["order_id"])
