"""What the journal says of a batch row decides what the sender does next (services/batch/resume.py)."""

from __future__ import annotations

import socket
from dataclasses import replace
from pathlib import Path

import pytest

from smartpay_desk.api.errors import BadCredentials
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.batch import resume
from smartpay_desk.services.batch.model import attempt_order_id, row_note
from smartpay_desk.services.journal import owner
from smartpay_desk.services.journal.model import JournalEntry
from smartpay_desk.services.money.reconcile import NEVER_ARRIVED, NOT_SENT
from tests.unit.services.batch.send_support import ops_for, payout_batch, payout_row, refund_batch, refund_row

GONE = f"{socket.gethostname()}:999999999:1"  # a pid no process has
ELSEWHERE = "another-host:123:456"  # another machine: assumed alive


class FakeJournal:
    def __init__(self, busy: bool = False) -> None:
        self.busy = busy

    def is_busy(self, entry: JournalEntry) -> bool:
        return self.busy


def entry(state: str, note: str = "", *, owner_: str = GONE, kind: str = "withdrawal", n: int = 1) -> JournalEntry:
    oid = attempt_order_id("po-1", n)
    return JournalEntry(n, "2026-01-01T00:00:00+00:00", "t", "p", "sandbox", kind, oid, oid, None, 100, "EUR", None,
                        None, state, note, "", owner_, None)  # fmt: skip


def decide(*entries: JournalEntry, busy: bool = False) -> resume.RowPlan:
    return resume.decide(list(entries), FakeJournal(busy))  # type: ignore[arg-type]


def test_a_row_never_sent_is_sent_as_its_first_attempt() -> None:
    assert decide() == resume.RowPlan(resume.SEND, 1)


def test_a_success_in_any_attempt_is_done() -> None:
    first, second = entry("failed", NOT_SENT), entry("succeeded", n=2)
    plan = decide(first, second)
    assert plan.step == resume.DONE and plan.entry == second and plan.attempt == 2


@pytest.mark.parametrize(
    "note",
    ["card declined", "not sent: amount: must be more than zero", "refused by the gateway, nothing was changed: 400"],
)
def test_a_failure_with_an_answer_is_done_and_never_sent_again(note: str) -> None:
    plan = decide(entry("failed", note))
    assert plan.step == resume.DONE


@pytest.mark.parametrize(
    "note",
    [NOT_SENT, NEVER_ARRIVED, resume.STOPPED, "not sent: the desk stopped before sending it",
     f"{resume.REFUSED_UNCHANGED}{BadCredentials.sentence}"],
)  # fmt: skip
def test_an_attempt_that_never_reached_the_gateway_is_sent_again_as_the_next(note: str) -> None:
    plan = decide(entry("failed", note))
    assert (plan.step, plan.attempt, plan.stale) == (resume.SEND, 2, None)


def test_attempts_are_capped() -> None:
    tries = [entry("failed", NOT_SENT, n=n) for n in range(1, resume.MAX_ATTEMPTS + 1)]
    plan = decide(*tries)
    assert plan.step == resume.BLOCKED
    assert f"{resume.MAX_ATTEMPTS} attempts never reached the gateway" in plan.why


def test_a_pending_entry_of_a_dead_sender_is_marked_and_sent_again() -> None:
    plan = decide(entry("pending", owner_=GONE))
    assert (plan.step, plan.attempt) == (resume.SEND, 2)
    assert plan.stale is not None and plan.stale.state == "pending"


def test_a_pending_entry_of_this_process_not_in_flight_is_stale_too() -> None:
    plan = decide(entry("pending", owner_=owner.this_process()))
    assert plan.step == resume.SEND and plan.stale is not None


def test_a_pending_payout_whose_sender_may_live_is_checked_at_the_gateway_first() -> None:
    plan = decide(entry("pending", owner_=ELSEWHERE))
    assert plan.step == resume.SETTLE and plan.stale is None


def test_a_pending_refund_whose_sender_may_live_is_left_alone() -> None:
    assert decide(entry("pending", owner_=ELSEWHERE, kind="refund")).step == resume.BUSY


@pytest.mark.parametrize("state", ["pending", "sent", "unknown", "processing"])
def test_an_entry_a_live_process_is_sending_is_left_alone(state: str) -> None:
    assert decide(entry(state), busy=True).step == resume.BUSY


@pytest.mark.parametrize("state", ["sent", "unknown", "processing"])
def test_an_open_outcome_is_settled_first(state: str) -> None:
    plan = decide(entry(state))
    assert plan.step == resume.SETTLE and plan.attempt == 1


def test_a_refund_waiting_for_review_is_never_sent_again() -> None:
    assert decide(entry("needs_review", kind="refund")).step == resume.DONE


def test_after_settling_the_answer_is_final_unless_it_never_arrived() -> None:
    assert resume.after_settle(entry("succeeded"), 1).step == resume.DONE
    assert resume.after_settle(entry("unknown", "outcome unknown: no answer yet"), 1).step == resume.DONE
    again = resume.after_settle(entry("failed", NEVER_ARRIVED), 1)
    assert (again.step, again.attempt) == (resume.SEND, 2)


# ---------------------------------------------------------------- from a real journal


def test_plan_reads_every_attempt_of_every_row(sandbox: SandboxServer, tmp_path: Path) -> None:
    ops = ops_for(sandbox, tmp_path)
    try:
        rows = [payout_row("0123456789abcdef", n, 100 + n) for n in (2, 3, 4)]
        checked = payout_batch(rows)
        journal = ops.journal
        for n, state, note in ((1, "failed", NOT_SENT), (2, "succeeded", "")):
            made = journal.record_intent(kind="withdrawal", order_id=attempt_order_id(rows[0].order_id, n),
                                         profile=ops.profile.name, environment="sandbox", amount=102)  # fmt: skip
            journal.update(made.id, state, note=note)
        made = journal.record_intent(kind="withdrawal", order_id=rows[1].order_id, profile=ops.profile.name,
                                     environment="sandbox", amount=103)  # fmt: skip
        journal.update(made.id, "failed", note=NEVER_ARRIVED)
        plans = resume.plan(checked, journal, ops.profile.name)
        assert (plans[2].step, plans[2].attempt) == (resume.DONE, 2)
        assert (plans[3].step, plans[3].attempt) == (resume.SEND, 2)
        assert plans[4] == resume.RowPlan(resume.SEND, 1)
    finally:
        ops.close()


def test_an_order_id_the_file_named_is_this_batchs_only_by_its_row_note(sandbox: SandboxServer, tmp_path: Path) -> None:
    ops = ops_for(sandbox, tmp_path)
    try:
        ours = payout_row("0123456789abcdef", 2, 100, order_id="inv-2")
        theirs = payout_row("0123456789abcdef", 3, 100, order_id="inv-3")
        checked = payout_batch([ours, theirs])
        for row, note in ((ours, row_note(checked.batch_id, 2) + "; confirmed by x"), (theirs, "typed by hand")):
            made = ops.journal.record_intent(kind="withdrawal", order_id=row.order_id, profile=ops.profile.name,
                                             environment="sandbox", amount=100, note=note)  # fmt: skip
            ops.journal.update(made.id, "succeeded")
        plans = resume.plan(checked, ops.journal, ops.profile.name)
        assert plans[2].step == resume.DONE
        assert plans[3].step == resume.BLOCKED and "from outside this batch" in plans[3].why
    finally:
        ops.close()


def test_a_refund_rows_attempts_are_found_by_their_keys(sandbox: SandboxServer, tmp_path: Path) -> None:
    ops = ops_for(sandbox, tmp_path)
    try:
        checked = refund_batch([refund_row(2, "pay-1", 100), refund_row(3, "pay-1", 50)])
        key = f"batch-{checked.batch_id}-r2"
        made = ops.journal.record_intent(kind="refund", order_id="pay-1", profile=ops.profile.name,
                                         environment="sandbox", amount=100, key=key)  # fmt: skip
        plans = resume.plan(checked, ops.journal, ops.profile.name)
        assert plans[2].entry is not None and plans[2].entry.id == made.id  # pending, this process, not in flight
        assert (plans[2].step, plans[2].attempt) == (resume.SEND, 2)
        assert plans[3] == resume.RowPlan(resume.SEND, 1)
        other = replace(checked, batch_id="0000000000000000")
        assert resume.plan(other, ops.journal, ops.profile.name)[2] == resume.RowPlan(resume.SEND, 1)
    finally:
        ops.close()


def test_the_owners_these_tests_use_are_what_they_claim() -> None:
    assert not owner.alive(GONE)
    assert owner.alive(ELSEWHERE)
