"""OperationsService on the sandbox: outcomes journalled, guards refuse before anything is written or sent."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from smartpay_desk.api.errors import ValidationFailed
from smartpay_desk.api.models import TransactionInfo, WithdrawalRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.journal.store import JournalEntry
from smartpay_desk.services.money.operations import (
    FAILED,
    NEEDS_REVIEW,
    PROCESSING,
    SUCCEEDED,
    DuplicateOrder,
    GuardRefused,
    OperationsService,
)
from tests.unit.services.support import BAD_CARD, CHALLENGE_CARD, CUSTOMER, SITE, card, make_ops


@pytest.fixture
def ops(sandbox: SandboxServer, tmp_path: Path) -> Iterator[OperationsService]:
    service = make_ops(sandbox, tmp_path)
    yield service
    service.close()


def pay(ops: OperationsService, order_id: str, amount: int = 1000, number: str = "4012000000003010") -> str:
    result = ops.pay_by_card(
        amount=amount, currency="EUR", order_id=order_id, customer=CUSTOMER, card=card(number), merchant_site=SITE
    )
    return result.state


def authorize(ops: OperationsService, order_id: str) -> str:
    return ops.authorize(
        amount=700, currency="EUR", order_id=order_id, customer=CUSTOMER, card=card(), merchant_site=SITE
    ).state


def test_outcomes_are_journalled_and_listeners_hear_each_step(ops: OperationsService) -> None:
    heard: list[tuple[str, str]] = []
    ops.add_listener(lambda e: heard.append((e.order_id, e.state)))
    assert pay(ops, "ok-1") == SUCCEEDED
    assert heard == [("ok-1", "pending"), ("ok-1", "sent"), ("ok-1", "succeeded")]
    declined = ops.pay_by_card(
        amount=1000, currency="EUR", order_id="bad-1", customer=CUSTOMER, card=card(BAD_CARD), merchant_site=SITE
    )
    assert declined.state == FAILED and declined.error is not None
    assert "PLATFORM_ERROR_GATE_NOT_FOUND" in declined.message and "gates tried" in declined.message
    challenge = ops.pay_by_card(
        amount=1000, currency="EUR", order_id="ch-1", customer=CUSTOMER, card=card(CHALLENGE_CARD),
        merchant_site=SITE,
    )  # fmt: skip
    assert challenge.state == PROCESSING and "form_url" in challenge.details
    assert ops.follow("ch-1").state == PROCESSING  # nobody answered the challenge yet
    assert ops.journal.verify() == []


def test_authorize_capture_cancel_and_open_authorizations(ops: OperationsService) -> None:
    assert authorize(ops, "au-1") == SUCCEEDED
    assert authorize(ops, "au-2") == SUCCEEDED
    assert {e.order_id for e in ops.open_authorizations()} == {"au-1", "au-2"}
    assert ops.capture("au-1").state == SUCCEEDED
    assert ops.cancel("au-2").state == SUCCEEDED
    assert ops.open_authorizations() == []
    with pytest.raises(GuardRefused, match="not an open authorization"):
        ops.capture("au-1")
    with pytest.raises(GuardRefused, match="not an open authorization"):
        ops.cancel("au-1")
    assert pay(ops, "plain-1") == SUCCEEDED
    with pytest.raises(GuardRefused, match="not an open authorization"):
        ops.capture("plain-1")
    with pytest.raises(GuardRefused, match="has no order"):
        ops.capture("never-made")


def test_refunds_never_exceed_what_was_paid(ops: OperationsService, sandbox: SandboxServer) -> None:
    assert pay(ops, "pay-1", amount=1000) == SUCCEEDED
    assert ops.refundable("pay-1") == 1000
    assert ops.refund("pay-1", 600, "damaged").state == SUCCEEDED
    assert ops.refundable("pay-1") == 400
    before = len(ops.journal.entries())
    with pytest.raises(GuardRefused, match=r"more than the 4\.00 EUR left") as caught:
        ops.refund("pay-1", 401, "again")
    assert caught.value.field == "amount"
    assert ops.refund("pay-1", 400, "the rest").state == SUCCEEDED
    with pytest.raises(GuardRefused, match="Nothing is left to refund") as caught:
        ops.refund("pay-1", 1, "too much")
    assert caught.value.field == "order_id"
    assert pay(ops, "failed-1", number=BAD_CARD) == FAILED
    with pytest.raises(GuardRefused, match="Only successful payments"):
        ops.refund("failed-1", 100, "x")
    with pytest.raises(ValidationFailed):
        ops.refund("pay-1", 0, "zero")
    assert len(ops.journal.entries()) == before + 2  # refusals wrote nothing
    refunds = [t for t in sandbox.state.transactions.values() if t.parent_order_id == "pay-1"]
    assert sorted(t.amount for t in refunds) == [400, 600]


def test_payouts_never_exceed_the_balance(ops: OperationsService, sandbox: SandboxServer) -> None:
    available = ops.balance().available
    too_much = WithdrawalRequest(account="", amount=available + 1, order_id="po-big", customer_phone="+442079460612",
                                 payment_method="phone")  # fmt: skip
    with pytest.raises(GuardRefused, match="more than the available balance") as caught:
        ops.payout(too_much)
    assert caught.value.field == "amount"
    assert "po-big" not in sandbox.state.transactions and ops.journal.entries() == []
    fine = WithdrawalRequest(account="", amount=1250, order_id="po-1", customer_card_number="4012000000003010")
    result = ops.payout(fine)
    assert result.state == PROCESSING and result.details["destination"] == "card 401200******3010"
    assert ops.wait_final("po-1", 3.0).state == SUCCEEDED
    assert ops.balance().available == available - 1250
    with pytest.raises(DuplicateOrder):
        ops.payout(fine)
    with pytest.raises(ValidationFailed):
        ops.payout(WithdrawalRequest(account="", amount=-5, order_id="po-neg", customer_phone="+442079460612",
                                     payment_method="phone"))  # fmt: skip


def test_currency_and_recurrent_guards(ops: OperationsService) -> None:
    with pytest.raises(GuardRefused, match="works in EUR, not USD"):  # field "currency"
        ops.pay_by_card(amount=100, currency="USD", order_id="usd-1", customer=CUSTOMER, card=card(),
                        merchant_site=SITE)  # fmt: skip
    assert pay(ops, "parent-1") == SUCCEEDED
    rec = ops.recurrent("parent-1", 300, "monthly")
    assert rec.state == SUCCEEDED and rec.order_id.startswith("rec-")
    again = ops.recurrent("parent-1", 300, "monthly", order_id="rec-own", confirmed={"duplicate"})
    assert again.order_id == "rec-own"  # the same parent and amount within 24 h: sent only once confirmed
    assert pay(ops, "failed-2", number=BAD_CARD) == FAILED
    with pytest.raises(GuardRefused, match="needs a successful payment"):
        ops.recurrent("failed-2", 300, "monthly")
    assert ops.journal.entries(state=(FAILED, SUCCEEDED), kind="recurrent")[0].parent_order_id == "parent-1"


def test_an_operator_resolves_a_refund_waiting_for_review(ops: OperationsService, sandbox: SandboxServer) -> None:
    assert pay(ops, "pay-r") == SUCCEEDED
    sandbox.faults.add(path="/refund", kind="drop_after_commit")
    result = ops.refund("pay-r", 500, "lost answer")
    assert result.state == NEEDS_REVIEW and "Refund report" in result.message
    assert ops.refundable("pay-r") == 500  # the unsure refund counts against what is left
    with pytest.raises(GuardRefused, match="identical refund"):
        ops.refund("pay-r", 500, "lost answer")
    with pytest.raises(
        GuardRefused, match=rf"A refund of order pay-r needs review \(journal entry {result.entry_id}\)"
    ):
        ops.refund("pay-r", 100, "another amount")  # any refund of the order waits for the review (issue 13)
    entry: JournalEntry = ops.resolve(result.entry_id, True, "seen in the Refund report")
    assert entry.state == SUCCEEDED and "by tester" in entry.note
    with pytest.raises(GuardRefused):
        ops.resolve(result.entry_id, False)
    assert ops.journal.refunded_total("pay-r") == 500


def count_checks(ops: OperationsService, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The order ids of every /check the service's client makes from now on."""
    asked: list[str] = []
    real = ops.client.check

    def check(order_id: str) -> TransactionInfo:
        asked.append(order_id)
        return real(order_id)

    monkeypatch.setattr(ops.client, "check", check)
    return asked


def test_a_loaded_order_is_refunded_without_a_second_check(
    ops: OperationsService, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert pay(ops, "pay-v", amount=1000) == SUCCEEDED
    asked = count_checks(ops, monkeypatch)
    order = ops.load_order("pay-v")
    assert (order.paid, order.refunded, order.refundable, order.profile) == (1000, 0, 1000, ops.profile.name)
    assert ops.refund("pay-v", 600, "damaged", order).state == SUCCEEDED
    assert asked == ["pay-v"]  # one /check: the load
    with pytest.raises(GuardRefused, match=r"more than the 4\.00 EUR left") as caught:
        ops.refund("pay-v", 500, "again", order)  # the same view: what this journal refunded is read afresh
    assert caught.value.field == "amount" and asked == ["pay-v"]
    after = ops.order_view("pay-v", order.info)  # the journal only
    assert (after.refunded, after.refundable) == (600, 400) and asked == ["pay-v"]
    elsewhere = replace(order, profile="Another")  # read under another profile: read again here
    assert ops.refund("pay-v", 400, "the rest", elsewhere).state == SUCCEEDED
    assert asked == ["pay-v", "pay-v"]
    assert sandbox.state.get("pay-v").refunded == 1000


def test_capture_and_recurrent_judge_what_the_caller_read(
    ops: OperationsService, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert authorize(ops, "au-v") == SUCCEEDED
    assert pay(ops, "parent-v") == SUCCEEDED
    asked = count_checks(ops, monkeypatch)
    held = ops.check("au-v")
    assert ops.capture("au-v", held).state == SUCCEEDED
    with pytest.raises(GuardRefused, match="not an open authorization") as caught:
        ops.cancel("au-v")  # read here: captured now
    assert caught.value.field == "order_id"
    parent = ops.check("parent-v")
    assert ops.recurrent("parent-v", 200, "monthly", parent=parent).state == SUCCEEDED
    assert asked == ["au-v", "au-v", "parent-v"]
    with pytest.raises(GuardRefused, match="has no order") as caught:
        ops.recurrent("never-made", 200, "monthly")
    assert caught.value.field == "parent_order_id"
