"""The batch engine against the sandbox over loopback (services/batch/send.py): each good row once, resumed from
the journal, one gateway call per row, the balance between reads, pause and cancel, a row claimed elsewhere."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from smartpay_desk.api.models import HostToHostRequest, WithdrawalRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.sandbox.state import PAYOUT_ACCOUNT, PayoutBalance
from smartpay_desk.services.batch import results as res
from smartpay_desk.services.batch import resume
from smartpay_desk.services.batch.model import attempt_order_id, row_note
from smartpay_desk.services.batch.send import BatchControl, RowOutcome, send_batch
from smartpay_desk.services.journal import owner
from smartpay_desk.services.money.operations import OperationsService
from tests.unit.services.batch.send_support import ops_for, payout_batch, payout_row, refused_row
from tests.unit.services.support import BAD_CARD, CUSTOMER, SITE, card, direct_client

BATCH = "0123456789abcdef"
GONE = f"{socket.gethostname()}:999999999:1"


@pytest.fixture
def ops(sandbox: SandboxServer, tmp_path: Path) -> Iterator[OperationsService]:
    service = ops_for(sandbox, tmp_path)
    yield service
    service.close()


def paid(srv: SandboxServer, order_id: str | None = None) -> int:
    return len(srv.received.of("/withdrawal/init", order_id=order_id))


def rows(count: int, start: int = 2, amount: int = 100, **kw: Any) -> list[Any]:
    return [payout_row(BATCH, n, amount + n, **kw) for n in range(start, start + count)]


def written_by(monkeypatch: pytest.MonkeyPatch, who: str) -> None:
    """Entries written from now on name `who` as their sender (a dead one, or another live process)."""
    monkeypatch.setattr(owner, "this_process", lambda: who)


def test_each_good_row_is_paid_once_with_one_call_and_one_balance_read(
    sandbox: SandboxServer, ops: OperationsService
) -> None:
    good = rows(10)
    checked = payout_batch([*good[:5], refused_row(7, "amount: not a number"), *good[5:]])
    outcome = send_batch(checked, ops, wait_s=0)
    assert paid(sandbox) == 10
    assert all(paid(sandbox, r.order_id) == 1 for r in good)
    assert len(sandbox.received.of("/withdrawal/balance/get")) == 1  # never one per row
    assert len(outcome.rows) == 11 and [r.row for r in outcome.rows] == sorted(r.row for r in outcome.rows)
    refused = outcome.of(res.REFUSED)
    assert [(r.row, r.sentence) for r in refused] == [(7, "amount: not a number")]
    sent = outcome.of(res.PROCESSING, res.SUCCEEDED)
    assert len(sent) == 10 and all(r.entry_id and "401200******3010" in r.sentence for r in sent)
    entry = ops.journal.entry(good[0].order_id)
    assert entry is not None and ops.journal.events(entry.id)[0].note == row_note(BATCH, good[0].row)
    assert not outcome.stopped


def test_sending_the_file_again_sends_nothing_twice(sandbox: SandboxServer, ops: OperationsService) -> None:
    checked = payout_batch(rows(6) + rows(1, start=8, card=BAD_CARD))
    first = send_batch(checked, ops, wait_s=3)
    assert first.counts == {res.SUCCEEDED: 6, res.DECLINED: 1}
    declined = first.of(res.DECLINED)[0]
    assert declined.gateway_status == "fail" and "not sent again" not in declined.sentence
    again = send_batch(checked, ops, wait_s=0)
    assert paid(sandbox) == 7  # nothing more
    assert again.counts == {res.SUCCEEDED: 6, res.DECLINED: 1}
    assert all(r.earlier and r.sentence.startswith("Sent before: ") for r in again.rows)


def test_rows_still_processing_are_followed_until_final(sandbox: SandboxServer, ops: OperationsService) -> None:
    checked = payout_batch(rows(4))
    outcome = send_batch(checked, ops, wait_s=5)
    assert outcome.counts == {res.SUCCEEDED: 4}
    assert all(r.gateway_status == "success" for r in outcome.rows)


def test_an_attempt_that_never_reached_the_gateway_is_sent_as_the_next(
    sandbox: SandboxServer, ops: OperationsService, monkeypatch: pytest.MonkeyPatch
) -> None:
    pending, sent_lost, failed = rows(3)
    written_by(monkeypatch, GONE)
    for row, state, note in (
        (pending, None, ""),
        (sent_lost, "sent", ""),
        (failed, "failed", "not sent, safe to resend"),
    ):
        made = ops.journal.record_intent(kind="withdrawal", order_id=row.order_id, profile=ops.profile.name,
                                         environment="sandbox", amount=row.amount, lease_s=60)  # fmt: skip
        if state:
            ops.journal.update(made.id, state, note=note)
    monkeypatch.undo()
    outcome = send_batch(payout_batch([pending, sent_lost, failed]), ops, wait_s=0)
    for row in (pending, sent_lost, failed):
        assert paid(sandbox, row.order_id) == 0
        assert paid(sandbox, attempt_order_id(row.order_id, 2)) == 1
    assert {r.order_id for r in outcome.rows} == {attempt_order_id(r.order_id, 2) for r in (pending, sent_lost, failed)}
    assert all(r.attempt == 2 for r in outcome.rows)
    first = ops.journal.entry(pending.order_id)
    assert first is not None and (first.state, first.note) == ("failed", resume.STOPPED)
    lost = ops.journal.entry(sent_lost.order_id)
    assert lost is not None and "never reached the gateway" in lost.note


def test_a_sent_row_the_gateway_has_is_settled_not_sent_again(
    sandbox: SandboxServer, ops: OperationsService, monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = rows(1)
    assert row.payout is not None
    with direct_client(sandbox.url) as client:
        client.withdrawal_init(row.payout)  # it arrived; then the sender died before recording the answer
    written_by(monkeypatch, GONE)
    made = ops.journal.record_intent(kind="withdrawal", order_id=row.order_id, profile=ops.profile.name,
                                     environment="sandbox", amount=row.amount, lease_s=60)  # fmt: skip
    ops.journal.update(made.id, "sent")
    monkeypatch.undo()
    outcome = send_batch(payout_batch([row]), ops, wait_s=0)
    assert paid(sandbox) == 1
    assert outcome.rows[0].outcome in (res.SUCCEEDED, res.PROCESSING) and outcome.rows[0].entry_id == made.id


def test_a_row_another_live_process_is_sending_is_left_alone(
    sandbox: SandboxServer, ops: OperationsService, monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = rows(1)
    import os

    written_by(monkeypatch, f"{socket.gethostname()}:{os.getppid()}:")
    made = ops.journal.record_intent(kind="withdrawal", order_id=row.order_id, profile=ops.profile.name,
                                     environment="sandbox", amount=row.amount, lease_s=600)  # fmt: skip
    ops.journal.update(made.id, "sent")
    monkeypatch.undo()
    outcome = send_batch(payout_batch([row]), ops, wait_s=0)
    assert paid(sandbox) == 0 and not sandbox.received.of("/check")
    assert outcome.rows[0].outcome == res.BUSY and f"journal entry {made.id}" in outcome.rows[0].sentence


def test_a_row_claimed_elsewhere_meanwhile_is_reported_as_theirs(
    sandbox: SandboxServer, ops: OperationsService, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked = payout_batch(rows(3))
    send_batch(checked, ops, wait_s=0)
    blind = {r.row: resume.RowPlan(resume.SEND, 1) for r in checked.good}  # as if the journal had said nothing
    monkeypatch.setattr(resume, "plan", lambda *a: blind)
    outcome = send_batch(checked, ops, wait_s=0)
    assert paid(sandbox) == 3
    assert all(r.outcome in (res.PROCESSING, res.SUCCEEDED) for r in outcome.rows)
    assert all(r.sentence.startswith("Sent at the same time by another desk or process") for r in outcome.rows)


def test_a_payout_that_looks_like_a_second_press_is_not_sent(sandbox: SandboxServer, ops: OperationsService) -> None:
    (row,) = rows(1)
    assert row.payout is not None
    ops.payout(WithdrawalRequest(**{**row.payout.__dict__, "order_id": "by-hand-1"}))  # another desk paid it
    outcome = send_batch(payout_batch([row]), ops, wait_s=0)
    assert paid(sandbox, row.order_id) == 0
    only = outcome.rows[0]
    assert only.outcome == res.NOT_SENT and "by-hand-1" in only.sentence and "already made" in only.sentence


def test_the_batch_stops_when_the_balance_no_longer_covers_a_row(
    sandbox: SandboxServer, ops: OperationsService
) -> None:
    sandbox.state.balances[PAYOUT_ACCOUNT] = PayoutBalance(1000)
    checked = payout_batch(rows(6, amount=300))
    outcome = send_batch(checked, ops, wait_s=0)
    sent = outcome.of(res.PROCESSING, res.SUCCEEDED)
    assert len(sent) == paid(sandbox) == 3
    assert sandbox.state.payout_balance() == 1000 - sum(r.amount or 0 for r in sent) >= 0
    left = outcome.of(res.NOT_SENT)
    assert len(left) == 3 and any("no longer covers it" in r.sentence for r in left)
    assert "balance no longer covered row" in outcome.stopped


def test_the_balance_is_read_again_per_group_never_per_row(sandbox: SandboxServer, ops: OperationsService) -> None:
    send_batch(payout_batch(rows(12)), ops, concurrency=1, wait_s=0)  # a group is 4 rows at concurrency 1
    reads = len(sandbox.received.of("/withdrawal/balance/get"))
    assert paid(sandbox) == 12 and 2 <= reads <= 3


def test_no_more_calls_at_once_than_the_concurrency(sandbox: SandboxServer, ops: OperationsService) -> None:
    sandbox.latency_ms = 60
    lock, now, most = threading.Lock(), [0], [0]
    real = ops.client.withdrawal_init

    def counted(req: WithdrawalRequest) -> Any:
        with lock:
            now[0] += 1
            most[0] = max(most[0], now[0])
        try:
            return real(req)
        finally:
            with lock:
                now[0] -= 1

    ops.client.withdrawal_init = counted  # type: ignore[method-assign]
    outcome = send_batch(payout_batch(rows(16)), ops, concurrency=3, wait_s=0)
    assert len(outcome.of(res.PROCESSING, res.SUCCEEDED)) == 16
    assert most[0] == 3


def test_progress_is_told_for_every_row(ops: OperationsService) -> None:
    seen: list[tuple[int, int, RowOutcome]] = []
    checked = payout_batch([*rows(5), refused_row(9)])
    send_batch(checked, ops, on_progress=lambda done, total, row: seen.append((done, total, row)), wait_s=0)
    assert [done for done, _, _ in seen] == [1, 2, 3, 4, 5]
    assert {total for _, total, _ in seen} == {5}
    assert sorted(row.row for _, _, row in seen) == [2, 3, 4, 5, 6]


def test_pause_holds_new_rows_and_resume_goes_on(sandbox: SandboxServer, ops: OperationsService) -> None:
    control = BatchControl()
    control.pause()
    done: list[Any] = []
    worker = threading.Thread(
        target=lambda: done.append(send_batch(payout_batch(rows(4)), ops, control=control, wait_s=0))
    )
    worker.start()
    time.sleep(0.4)
    assert paid(sandbox) == 0 and control.paused
    control.resume()
    worker.join(20)
    assert paid(sandbox) == 4 and len(done[0].of(res.PROCESSING, res.SUCCEEDED)) == 4


def test_cancel_starts_no_new_row_and_what_was_sent_stays_sent(sandbox: SandboxServer, ops: OperationsService) -> None:
    control = BatchControl()
    checked = payout_batch(rows(8))
    outcome = send_batch(
        checked, ops, concurrency=1, control=control, on_progress=lambda *_: control.cancel(), wait_s=0
    )
    sent = outcome.of(res.PROCESSING, res.SUCCEEDED)
    cancelled = outcome.of(res.NOT_SENT)
    assert 1 <= len(sent) <= 2 and len(sent) == paid(sandbox)  # the row on its way (and one claimed) finish
    assert len(sent) + len(cancelled) == 8
    assert all("cancelled" in r.sentence and "Send the file again" in r.sentence for r in cancelled)
    again = send_batch(checked, ops, wait_s=0)  # the rest is sent by sending the file again
    assert paid(sandbox) == 8 and len(again.of(res.PROCESSING, res.SUCCEEDED)) == 8


def test_a_gateway_that_cannot_be_reached_stops_the_batch(ops: OperationsService) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    checked = payout_batch(rows(3))
    ops.client.close()
    from smartpay_desk.api.client import Endpoints, SmartPaymentsClient

    ops.client = SmartPaymentsClient(Endpoints(dead, dead, dead), "test", "qwerty")
    outcome = send_batch(checked, ops, wait_s=0)
    assert outcome.counts == {res.NOT_SENT: 3}
    assert "balance could not be read" in outcome.stopped
    assert ops.journal.entries() == []  # nothing was even claimed


def test_refunds_are_sent_once_under_their_row_keys(sandbox: SandboxServer, ops: OperationsService) -> None:
    from tests.unit.services.batch.send_support import refund_batch, refund_row

    with direct_client(sandbox.url) as client:
        for parent in ("pay-a", "pay-b"):
            client.init_payment_h2h(
                HostToHostRequest("EUR-sandbox", 1000, "EUR", parent, SITE, CUSTOMER, "J D", card())
            )
    checked = refund_batch([refund_row(2, "pay-a", 300), refund_row(3, "pay-b", 1000), refused_row(4)])
    outcome = send_batch(checked, ops, wait_s=0)
    assert outcome.counts == {res.SUCCEEDED: 2, res.REFUSED: 1}
    assert len(sandbox.received.of("/refund")) == 2
    refs = {e.ref for e in ops.journal.entries(kind="refund")}
    assert refs == {f"refund:pay-a:batch-{checked.batch_id}-r2", f"refund:pay-b:batch-{checked.batch_id}-r3"}
    again = send_batch(checked, ops, wait_s=0)
    assert len(sandbox.received.of("/refund")) == 2 and again.counts == {res.SUCCEEDED: 2, res.REFUSED: 1}


def test_a_refund_whose_answer_was_lost_waits_for_review_and_is_never_sent_again(
    sandbox: SandboxServer, ops: OperationsService
) -> None:
    from tests.unit.services.batch.send_support import refund_batch, refund_row

    with direct_client(sandbox.url) as client:
        client.init_payment_h2h(HostToHostRequest("EUR-sandbox", 1000, "EUR", "pay-c", SITE, CUSTOMER, "J D", card()))
    sandbox.faults.add(path="/refund", kind="drop_after_commit")
    checked = refund_batch([refund_row(2, "pay-c", 400)])
    outcome = send_batch(checked, ops, wait_s=0)
    assert outcome.counts == {res.REVIEW: 1} and "Refund report" in outcome.rows[0].sentence
    again = send_batch(checked, ops, wait_s=0)
    assert len(sandbox.received.of("/refund")) == 1 and again.counts == {res.REVIEW: 1}


def test_a_batch_refused_as_a_whole_sends_nothing_and_says_so_for_every_row(
    sandbox: SandboxServer, ops: OperationsService
) -> None:
    checked = payout_batch([*rows(2), refused_row(5)])
    checked.refusal = "The batch is 3.05 EUR more than the payout balance of 0.00 EUR."
    outcome = send_batch(checked, ops, wait_s=0)
    assert paid(sandbox) == 0 and not sandbox.received.of()
    assert outcome.counts == {res.NOT_SENT: 2, res.REFUSED: 1}
    assert all(r.sentence == f"Not sent: {checked.refusal}" for r in outcome.of(res.NOT_SENT))
    assert outcome.summary == checked.refusal
