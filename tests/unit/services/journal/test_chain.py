"""The hash chain on its own (no SQLite store): canonical JSON, the event hash, the schema's statements, and
verify_rows finding a row edited, deleted or inserted behind the journal's back."""

from __future__ import annotations

import hashlib
import hmac
import sqlite3
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from smartpay_desk.services.journal.chain import (
    FIXED_FIELDS,
    GENESIS,
    canonical,
    event_hash,
    schema_statements,
    seal,
    verify_rows,
    walk,
)

ENTRY: dict[str, Any] = {
    "id": 1, "created_at": "2025-01-02T03:04:05.000006+00:00", "operator": "anna", "owner": "desk:42:99",
    "profile": "P", "environment": "sandbox", "kind": "withdrawal", "order_id": "o-1", "ref": "o-1",
    "parent_order_id": None, "amount": 1000, "currency": "EUR", "account": "EUR-sandbox-payout",
    "destination": "card 401200******3010", "state": "succeeded", "note": "confirmed",
    "updated_at": "2025-01-02T03:04:09.000000+00:00", "lease_until": None,
}  # fmt: skip
EVENT: dict[str, Any] = {
    "entry_id": 1, "seq": 1, "at": "2025-01-02T03:04:05.000006+00:00", "state": "pending", "note": "",
    "request": {"amount": 1000, "order_id": "o-1"}, "response": None,
}  # fmt: skip


def test_canonical_json_is_sorted_compact_and_keeps_non_ascii() -> None:
    assert canonical({"b": 1, "a": {"d": [1, 2], "c": "é"}}) == '{"a":{"c":"é","d":[1,2]},"b":1}'
    assert canonical({"x": Decimal("1.50"), "d": date(2025, 1, 2)}) == '{"d":"2025-01-02","x":"1.50"}'


def test_the_event_hash_is_sha256_of_the_previous_hash_and_the_canonical_entry_and_event() -> None:
    text = (
        '{"entry":{"account":"EUR-sandbox-payout","amount":1000,"created_at":"2025-01-02T03:04:05.000006+00:00",'
        '"currency":"EUR","destination":"card 401200******3010","environment":"sandbox","id":1,"kind":"withdrawal",'
        '"operator":"anna","order_id":"o-1","owner":"desk:42:99","parent_order_id":null,"profile":"P","ref":"o-1"},'
        '"event":{"at":"2025-01-02T03:04:05.000006+00:00","entry_id":1,"note":"","request":{"amount":1000,'
        '"order_id":"o-1"},"response":null,"seq":1,"state":"pending"}}'
    )
    expected = hashlib.sha256((GENESIS + text).encode()).hexdigest()
    assert event_hash(GENESIS, ENTRY, EVENT) == expected
    # pinned: the algorithm must not change under journals already written
    assert expected == "f2098ebbf4d92e4a20388e87a42f02d073d28e9d42da2859d2e4a34a90ae3f5c"
    assert event_hash("f" * 64, ENTRY, EVENT) != expected


@pytest.mark.parametrize("field", FIXED_FIELDS)
def test_every_fixed_field_of_the_entry_is_covered(field: str) -> None:
    changed = dict(ENTRY, **{field: "changed"})
    assert event_hash(GENESIS, changed, EVENT) != event_hash(GENESIS, ENTRY, EVENT)


def test_the_fields_that_may_change_are_not_covered() -> None:
    moved = dict(ENTRY, state="failed", note="other", updated_at="later", lease_until=1.0)
    assert event_hash(GENESIS, moved, EVENT) == event_hash(GENESIS, ENTRY, EVENT)


def test_the_schema_splits_into_whole_statements_that_sqlite_runs() -> None:
    statements = schema_statements()
    triggers = [s for s in statements if s.startswith("CREATE TRIGGER")]
    assert len(triggers) == 4 and all(s.endswith("END;") for s in triggers)
    assert all(sqlite3.complete_statement(s) for s in statements)
    db = sqlite3.connect(":memory:")
    for statement in statements:
        db.execute(statement)
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"entries", "events", "meta"} <= names
    db.close()


# ---------------------------------------------------------------- verify_rows


def _history(per_entry: int = 3) -> tuple[dict[int, dict[str, Any]], list[dict[str, Any]], dict[str, str]]:
    """Two entries with `per_entry` events each, interleaved, stored as the store stores them."""
    entries = {n: dict(ENTRY, id=n, order_id=f"o-{n}", ref=f"o-{n}") for n in (1, 2)}
    events: list[dict[str, Any]] = []
    prev = GENESIS
    states = ["pending", "sent", "succeeded"][:per_entry]
    for seq, state in enumerate(states, start=1):
        for n, entry in entries.items():
            event = dict(EVENT, entry_id=n, seq=seq, state=state, request={"amount": 10 * seq}, response=None)
            digest = event_hash(prev, entry, event)
            events.append(dict(event, id=len(events) + 1, request=canonical(event["request"]), prev_hash=prev,
                               hash=digest))  # fmt: skip
            prev = digest
            entry.update(state=state, note=event["note"])
    return entries, events, {"head": prev, "count": str(len(events))}


def test_an_intact_history_has_no_problem() -> None:
    assert verify_rows(*_history()) == []
    assert verify_rows({}, [], {}) == []


def test_an_edited_event_is_found() -> None:
    entries, events, meta = _history()
    events[2]["request"] = '{"amount":999}'
    problems = verify_rows(entries, events, meta)
    assert problems == [
        "Event 2 of the withdrawal of order o-1 does not match what was written: the event or its entry was changed."
    ]


def test_an_edited_entry_is_found() -> None:
    entries, events, meta = _history()
    entries[2]["amount"] = 1
    problems = verify_rows(entries, events, meta)
    assert len(problems) == 3 and all("order o-2 does not match" in p for p in problems)


def test_a_state_changed_without_an_event_is_found() -> None:
    entries, events, meta = _history()
    entries[1]["state"] = "failed"
    assert verify_rows(entries, events, meta) == [
        "The withdrawal of order o-1 says 'failed' but its history ends in 'succeeded': the entry was changed."
    ]


def test_a_deleted_event_is_found() -> None:
    entries, events, meta = _history()
    del events[2]  # entry 1's second event
    problems = verify_rows(entries, events, meta)
    assert "History is missing just before event 4 (the withdrawal of order o-2): an event was removed." in problems
    assert "Events of the withdrawal of order o-1 are missing (expected event 2, found 3)." in problems


def test_a_deleted_entry_is_found() -> None:
    entries, events, meta = _history()
    del entries[2]
    problems = verify_rows(entries, events, meta)
    assert problems == [f"Event {n} belongs to journal entry 2, which was removed." for n in (2, 4, 6)]


def test_an_inserted_event_is_found() -> None:
    entries, events, meta = _history()
    # a forged event slipped in after event 3, chained to it and hashed as the store would
    forged = dict(EVENT, entry_id=1, seq=3, state="failed", request=None, response=None)
    digest = event_hash(events[2]["hash"], entries[1], forged)
    events.insert(3, dict(forged, id=100, prev_hash=events[2]["hash"], hash=digest))
    problems = verify_rows(entries, events, meta)
    assert "History is missing just before event 4 (the withdrawal of order o-2): an event was removed." in problems
    assert "Events of the withdrawal of order o-1 are missing (expected event 4, found 3)." in problems


def test_an_event_appended_after_the_last_write_is_found() -> None:
    entries, events, meta = _history(per_entry=2)
    forged = dict(EVENT, entry_id=1, seq=3, state="succeeded", request=None, response=None)
    digest = event_hash(events[-1]["hash"], entries[1], forged)
    events.append(dict(forged, id=5, prev_hash=events[-1]["hash"], hash=digest))
    entries[1]["state"] = "succeeded"
    assert verify_rows(entries, events, meta) == [
        "The latest events of the journal were removed (it ends earlier than it did)."
    ]


def test_an_inserted_entry_without_history_is_found() -> None:
    entries, events, meta = _history()
    entries[3] = dict(ENTRY, id=3, order_id="o-3", ref="o-3")
    assert verify_rows(entries, events, meta) == ["The withdrawal of order o-3 has no history at all."]


def test_a_cut_tail_and_an_emptied_journal_are_found() -> None:
    entries, events, meta = _history()
    assert "The latest events of the journal were removed (it ends earlier than it did)." in verify_rows(
        entries, events[:-1], meta
    )
    assert "Every event of the journal was removed." in verify_rows({}, [], meta)


# ---------------------------------------------------------------- keyed events


KEY = bytes(range(32))


def _keyed_history(key_id: str = "k1") -> tuple[dict[int, dict[str, Any]], list[dict[str, Any]]]:
    entries = {1: dict(ENTRY, note="")}
    events: list[dict[str, Any]] = []
    prev = GENESIS
    odd = [{"amount": 1000, "name": "Zoë Ünal", "nested": {"b": [1, 2.5, None], "a": True}}, None, {"x": '"q"'}]
    for seq, request in enumerate(odd, start=1):
        event = dict(EVENT, seq=seq, state="pending" if seq == 1 else "sent", request=request, note=f"n{seq}")
        digest = seal(prev, entries[1], event, key_id, KEY)
        events.append(dict(event, id=seq, request=None if request is None else canonical(request), prev_hash=prev,
                           hash=digest, key_id=key_id))  # fmt: skip
        prev = digest
    entries[1].update(state="sent", note="n3")
    return entries, events


def test_a_keyed_event_is_an_hmac_with_the_key_and_names_its_key() -> None:
    text = GENESIS + canonical({"entry": {k: ENTRY[k] for k in FIXED_FIELDS}, "event": EVENT, "key": "k1"})
    assert seal(GENESIS, ENTRY, EVENT, "k1", KEY) == hmac.new(KEY, text.encode(), hashlib.sha256).hexdigest()
    assert seal(GENESIS, ENTRY, EVENT, "k1", KEY) != seal(GENESIS, ENTRY, EVENT, "k2", KEY)
    assert seal(GENESIS, ENTRY, EVENT, "", None) == event_hash(GENESIS, ENTRY, EVENT)
    with pytest.raises(ValueError, match="needs its key"):
        seal(GENESIS, ENTRY, EVENT, "k1", None)


def test_walk_checks_keyed_events_as_stored_without_parsing_them() -> None:
    entries, events = _keyed_history()
    found = walk(entries, events, keys={"k1": KEY}, keyed_since=1)
    assert found.problems == [] and found.checked == 3 and found.head == events[-1]["hash"]
    without = walk(entries, events, keys={}, keyed_since=1)
    assert without.problems == [] and without.checked == 0 and without.unchecked == {"k1": 3}
    events[1]["request"] = '{"x": 1}'  # stored text that is not canonical any more: changed
    changed = walk(entries, events, keys={"k1": KEY}).problems
    assert "Event 2 of the withdrawal of order o-1 does not match" in changed[0]


def test_an_event_passed_off_as_an_old_plain_one_is_found() -> None:
    entries, events = _keyed_history(key_id="")
    assert walk(entries, events, keyed_since=None).problems == []
    assert walk(entries, events, keyed_since=2).problems == [
        f"Event {n} of the withdrawal of order o-1 is not sealed with the journal's key: it was written or rewritten "
        "outside SmartPay Desk."
        for n in (2, 3)
    ]
