"""The journal: states, uniqueness (also across processes), follow-up guards, queries, and tamper evidence."""

from __future__ import annotations

import itertools
import multiprocessing
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from smartpay_desk.services.journal import owner
from smartpay_desk.services.journal.errors import JournalConflict
from smartpay_desk.services.journal.states import (
    FAILED,
    NEEDS_REVIEW,
    PENDING,
    PROCESSING,
    SENT,
    SUCCEEDED,
    UNKNOWN,
    DuplicateOrder,
    GuardRefused,
)
from smartpay_desk.services.journal.store import Journal, JournalEntry
from tests.unit.services.journal.damage import unprotected


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    with Journal.in_dir(tmp_path) as j:
        yield j


def intent(j: Journal, kind: str = "withdrawal", order_id: str = "o-1", **kw: Any) -> JournalEntry:
    args: dict[str, Any] = {"profile": "P", "environment": "sandbox", "amount": 1000, "currency": "EUR"}
    args.update(kw)
    return j.record_intent(kind=kind, order_id=order_id, **args)


def test_an_intent_walks_its_states_and_every_step_is_an_event(journal: Journal) -> None:
    entry = intent(journal, request={"order_id": "o-1", "amount": 1000}, destination="card 401200******3010")
    assert entry.state == PENDING and entry.operator and entry.created_at.endswith("+00:00")
    journal.update(entry.id, SENT)
    journal.update(entry.id, UNKNOWN, note="outcome unknown: checking")
    journal.update(entry.id, PROCESSING, note="processing at the gateway")
    final = journal.update(entry.id, SUCCEEDED, note="confirmed", response={"status": 2})
    assert final.state == SUCCEEDED and final.note == "confirmed"
    events = journal.events(entry.id)
    assert [e.state for e in events] == [PENDING, SENT, UNKNOWN, PROCESSING, SUCCEEDED]
    assert events[0].request == {"order_id": "o-1", "amount": 1000} and events[-1].response == {"status": 2}
    assert [e.seq for e in events] == [1, 2, 3, 4, 5]
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(events))
    assert journal.verify() == []


def test_a_final_state_is_final(journal: Journal) -> None:
    entry = intent(journal)
    journal.update(entry.id, SENT)
    journal.update(entry.id, FAILED, note="not sent, safe to resend")
    with pytest.raises(JournalConflict, match="cannot go from failed to succeeded") as conflict:
        journal.update(entry.id, SUCCEEDED)
    assert isinstance(conflict.value, ValueError) and conflict.value.sent is False
    assert conflict.value.user_message() == (
        f"The withdrawal of order o-1 was already recorded as failed (at {entry.updated_at[:10]} "
        f"{journal.entry_by_id(entry.id).updated_at[11:19]} UTC) and cannot be recorded as succeeded; nothing was "
        "changed in the journal. Check the order at the gateway."
    )
    with pytest.raises(ValueError, match="unknown journal state"):
        journal.update(entry.id, "done")
    assert [e.state for e in journal.events(entry.id)] == [PENDING, SENT, FAILED]


def test_settling_an_entry_someone_else_settled_is_no_change(journal: Journal) -> None:
    entry = intent(journal)
    journal.update(entry.id, SENT)
    journal.update(entry.id, PROCESSING, note="processing at the gateway")
    done = journal.update(entry.id, SUCCEEDED, note="confirmed by the gateway")
    assert journal.update(entry.id, SUCCEEDED, note="confirmed by the gateway") == done  # the same, again
    assert journal.update(entry.id, SUCCEEDED, note="said otherwise") == done  # the note of the first stays
    assert journal.update(entry.id, PROCESSING, note="stale news") == done  # a final state is not undone
    assert journal.update(entry.id, UNKNOWN) == done
    assert [e.state for e in journal.events(entry.id)] == [PENDING, SENT, PROCESSING, SUCCEEDED]
    review = intent(journal, "refund", "pay-1", amount=5)
    journal.update(review.id, SENT)
    first = journal.update(review.id, NEEDS_REVIEW, note="verify it")
    assert journal.update(review.id, NEEDS_REVIEW, note="verify it (another window)") == first
    with pytest.raises(JournalConflict, match="cannot go from needs_review to processing"):
        journal.update(review.id, PROCESSING)
    assert journal.verify() == []


def _settle(path: str, entry_id: int, barrier: Any, results: Any) -> None:
    with Journal(path) as j:
        barrier.wait()
        try:
            settled = j.update(entry_id, SUCCEEDED, note="confirmed by the gateway")
        except Exception as exc:  # reported to the test, which shows it
            results.put(f"{type(exc).__name__}: {exc}")
        else:
            results.put(settled.state)


def test_processes_settling_one_entry_at_once_agree(tmp_path: Path) -> None:
    with Journal.in_dir(tmp_path) as j:
        entry = intent(j)
        j.update(entry.id, SENT)
        j.update(entry.id, PROCESSING)
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(3)
    results = ctx.Queue()
    path = str(tmp_path / "journal.sqlite3")
    procs = [ctx.Process(target=_settle, args=(path, entry.id, barrier, results)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert [results.get(timeout=5) for _ in procs] == [SUCCEEDED] * 3
    with Journal.in_dir(tmp_path) as j:
        assert [e.state for e in j.events(entry.id)] == [PENDING, SENT, PROCESSING, SUCCEEDED]
        assert j.verify() == []


def test_an_order_id_is_used_once_per_profile(journal: Journal) -> None:
    intent(journal, "payment_h2h", "o-1")
    with pytest.raises(DuplicateOrder, match="o-1 was already used"):
        intent(journal, "withdrawal", "o-1")
    intent(journal, "withdrawal", "o-1", profile="Other")  # another merchant's ids are another namespace
    assert len(journal.entries()) == 2


def test_a_refund_is_keyed_by_its_parent_and_a_reference(journal: Journal) -> None:
    intent(journal, "payment_h2h", "pay-1")
    first = intent(journal, "refund", "pay-1", amount=300)
    assert first.order_id == "pay-1" and first.parent_order_id == "pay-1"
    assert first.ref.startswith("refund:pay-1:") and len(first.ref) > len("refund:pay-1:") + 30
    with pytest.raises(GuardRefused, match="still waiting for its outcome"):
        intent(journal, "refund", "pay-1", amount=100)  # while one is open, no second one
    journal.update(first.id, SENT)
    journal.update(first.id, NEEDS_REVIEW, note="verify it")
    with pytest.raises(GuardRefused, match="identical refund"):
        intent(journal, "refund", "pay-1", amount=300)
    with pytest.raises(GuardRefused, match=rf"A refund of order pay-1 needs review \(journal entry {first.id}\)"):
        intent(journal, "refund", "pay-1", amount=100)  # any refund of the parent waits for the review (issue 13)
    assert journal.refunded_total("pay-1", include_uncertain=True) == 300
    journal.update(first.id, FAILED, note="not in the refund report")
    other = intent(journal, "refund", "pay-1", amount=100)
    journal.update(other.id, SENT)
    journal.update(other.id, SUCCEEDED)
    assert journal.refunded_total("pay-1") == 100
    assert journal.refunded_total("pay-1", include_uncertain=True) == 100


def test_capture_and_cancel_of_one_authorization_exclude_each_other(journal: Journal) -> None:
    intent(journal, "authorize", "a-1")
    cap = intent(journal, "capture", "a-1")
    with pytest.raises(GuardRefused, match="still waiting"):
        intent(journal, "cancel", "a-1")
    journal.update(cap.id, SENT)
    journal.update(cap.id, FAILED, note="not sent, safe to resend")
    again = intent(journal, "capture", "a-1")  # a failed capture may be tried again
    journal.update(again.id, SENT)
    journal.update(again.id, SUCCEEDED)
    with pytest.raises(GuardRefused, match="already captured"):
        intent(journal, "cancel", "a-1")


def test_queries_filter_by_state_kind_text_dates_and_profile(journal: Journal) -> None:
    a = intent(journal, "withdrawal", "po-1", destination="phone +442079460612")
    b = intent(journal, "payment_h2h", "pay-7", profile="Q")
    journal.update(b.id, SENT)
    assert [e.order_id for e in journal.entries()] == ["pay-7", "po-1"]  # newest first
    assert [e.id for e in journal.entries(state=PENDING)] == [a.id]
    assert [e.id for e in journal.entries(kind=["payment_h2h"])] == [b.id]
    assert [e.id for e in journal.entries(text="4420794")] == [a.id]
    assert [e.id for e in journal.entries(text="100%")] == []  # LIKE wildcards are literal
    assert [e.id for e in journal.entries(profile="Q")] == [b.id]
    today = datetime.now(UTC).date()
    assert len(journal.entries(since=today, until=today)) == 2
    assert journal.entries(until=today - timedelta(days=1)) == []
    assert [e.id for e in journal.open_entries()] == [a.id, b.id]  # oldest first
    assert journal.entry("pay-7") == journal.entry_by_id(b.id)
    assert journal.entry("nope") is None


def test_an_entry_being_sent_by_a_live_process_is_not_offered_for_reconciling(journal: Journal) -> None:
    entry = intent(journal, lease_s=60)
    with owner.sending(str(journal.path), entry.id):
        assert journal.open_entries() == []
        assert [e.id for e in journal.open_entries(include_busy=True)] == [entry.id]
    assert [e.id for e in journal.open_entries()] == [entry.id]  # ours, and we are done with it
    host = owner.this_process().split(":")[0]
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as other:
        try:
            live = f"{host}:{other.pid}:{owner._start_ticks(other.pid)}"
            assert journal.is_busy(JournalEntry(**{**entry.to_dict(), "owner": live}))
            expired = JournalEntry(**{**entry.to_dict(), "owner": live, "lease_until": time.time() - 1})
            assert not journal.is_busy(expired)
        finally:
            other.kill()
    other.wait()
    assert not journal.is_busy(JournalEntry(**{**entry.to_dict(), "owner": live}))  # it died: free


def _race(path: str, barrier: Any, results: Any) -> None:
    with Journal(path) as j:
        barrier.wait()
        try:
            j.record_intent(kind="withdrawal", order_id="race-1", profile="P", environment="sandbox", amount=5)
        except DuplicateOrder:
            results.put("duplicate")
        else:
            results.put("won")


def test_processes_racing_for_one_order_id_exactly_one_wins(tmp_path: Path) -> None:
    Journal.in_dir(tmp_path).close()  # schema in place before the race
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(4)
    results = ctx.Queue()
    procs = [ctx.Process(target=_race, args=(str(tmp_path / "journal.sqlite3"), barrier, results)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    outcomes = sorted(results.get(timeout=5) for _ in procs)
    assert outcomes == ["duplicate", "duplicate", "duplicate", "won"]
    with Journal.in_dir(tmp_path) as j:
        assert len(j.entries(order_id="race-1")) == 1
        assert j.verify() == []


# ---------------------------------------------------------------- tamper evidence


def _raw(path: Path) -> sqlite3.Connection:
    return unprotected(path)


def _filled(journal: Journal) -> list[JournalEntry]:
    out = []
    for n in range(3):
        e = intent(journal, order_id=f"o-{n}")
        journal.update(e.id, SENT)
        out.append(journal.update(e.id, SUCCEEDED, note="confirmed"))
    return out


def test_the_database_itself_refuses_edits_and_deletions(journal: Journal) -> None:
    _filled(journal)
    db = sqlite3.connect(journal.path)
    for sql in ("UPDATE events SET note = 'x'", "DELETE FROM events", "DELETE FROM entries",
                "UPDATE entries SET amount = 1", "UPDATE entries SET state = 'failed'",
                "UPDATE entries SET note = 'edited'"):  # fmt: skip
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(sql)
    db.close()
    assert journal.verify() == []


def test_verify_finds_a_changed_event(journal: Journal) -> None:
    _filled(journal)
    _raw(journal.path).execute("UPDATE events SET response = '{\"status\":-1}' WHERE id = 2")
    problems = journal.verify()
    assert "does not match what was written" in problems[0] and "o-0" in problems[0]
    assert problems[1].startswith("The journal's protections against edits were changed")  # the dropped triggers


def test_verify_finds_a_removed_event(journal: Journal) -> None:
    _filled(journal)
    _raw(journal.path).execute("DELETE FROM events WHERE id = 5")
    problems = journal.verify()
    assert any("an event was removed" in p for p in problems)
    assert any("missing" in p for p in problems)


def test_verify_finds_an_edited_entry(journal: Journal) -> None:
    _filled(journal)
    _raw(journal.path).execute("UPDATE entries SET amount = 1 WHERE order_id = 'o-1'")
    assert any("o-1" in p and "was changed" in p for p in journal.verify())


def test_verify_finds_a_state_changed_behind_its_back(journal: Journal) -> None:
    _filled(journal)
    _raw(journal.path).execute("UPDATE entries SET state = 'failed' WHERE order_id = 'o-2'")
    assert any("says 'failed'" in p for p in journal.verify())


def test_verify_finds_a_removed_entry_and_a_cut_tail(journal: Journal) -> None:
    _filled(journal)
    db = _raw(journal.path)
    db.execute("DELETE FROM entries WHERE order_id = 'o-0'")
    db.execute("DELETE FROM events WHERE entry_id = 3")
    problems = journal.verify()
    assert any("which was removed" in p for p in problems)
    assert any("ends earlier than it did" in p for p in problems)


def test_a_card_number_in_the_destination_is_kept_masked_the_last_defence(journal: Journal, tmp_path: Path) -> None:
    """Whatever a caller hands the journal as the destination (a card number typed as an account number), the
    file never holds the full number: masked as the note and the request are."""
    pan = "4012000000003010"
    entry = intent(journal, destination=f"account {pan} (JANE DOE)", note=f"to {pan}")
    assert entry.destination == "account 401200******3010 (JANE DOE)" and pan not in entry.note
    journal.close()
    assert all(pan.encode() not in path.read_bytes() for path in tmp_path.iterdir() if path.is_file())
