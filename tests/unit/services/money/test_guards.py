"""Each guard on its own: None when the operation may go, (field, sentence) when not; enforce and collect."""

from __future__ import annotations

import pytest

from smartpay_desk.api.models import TransactionInfo
from smartpay_desk.api.status import Status
from smartpay_desk.services.money import guards as g
from smartpay_desk.services.money.guards import GuardRefused, OrderView


def info(
    status: int | None = 2, amount: int = 1000, type_: str | None = "Payment", auth: str | None = None
) -> TransactionInfo:
    return TransactionInfo(order_id="o-1", status=status, amount=amount, type=type_, authorize_status=auth)


def view(refunded: int = 0, status: int | None = 2, amount: int = 1000, type_: str | None = "Payment") -> OrderView:
    return OrderView("o-1", info(status, amount, type_), refunded, "Sandbox")


def test_positive_amount() -> None:
    assert g.positive_amount(1) is None
    for bad in (0, -5, True):
        assert g.positive_amount(bad) == ("amount", "The amount must be more than zero.")


def test_account_currency() -> None:
    assert g.account_currency("EUR", "EUR-sandbox", "EUR") is None
    assert g.account_currency("USD", "EUR-sandbox", "EUR") == (
        "currency",
        "The account EUR-sandbox works in EUR, not USD.",
    )


def test_payout_within_the_available_balance() -> None:
    assert g.within_balance(500, 500, "EUR-payout", "EUR") is None
    field, sentence = g.within_balance(501, 500, "EUR-payout", "EUR") or ("", "")
    assert field == "amount"
    assert sentence == "The payout of 5.01 EUR is more than the available balance of 5.00 EUR on EUR-payout."


def test_order_view_counts_what_is_left_to_refund() -> None:
    assert view(300).refundable == 700 and view(300).paid == 1000
    assert view(1500).refundable == 0  # never below zero
    assert view(status=-1).refundable == 0 and view(type_="Withdrawal").refundable == 0
    assert view(status=None, amount=0).refundable == 0


def test_refund_only_of_a_successful_payment_with_something_left() -> None:
    assert g.refundable_order(view(300)) is None
    assert g.refundable_order(view(status=-1)) == (
        "order_id",
        "Only successful payments can be refunded; order o-1 failed.",
    )
    assert g.refundable_order(view(status=1)) == (
        "order_id",
        "Only successful payments can be refunded; order o-1 is still processing.",
    )
    assert g.refundable_order(view(status=0)) == (
        "order_id",
        "Only successful payments can be refunded; order o-1 has status unknown (0).",
    )
    assert g.refundable_order(view(type_="Withdrawal")) == (
        "order_id",
        "Only payments can be refunded; order o-1 is a Withdrawal.",
    )
    assert g.refundable_order(view(1000)) == (
        "order_id",
        "Nothing is left to refund of order o-1: it has been refunded in full.",
    )


def test_refund_no_more_than_is_left() -> None:
    assert g.refund_amount(700, view(300), "EUR") is None
    assert g.refund_amount(701, view(300), "EUR") == (
        "amount",
        "The refund of 7.01 EUR is more than the 7.00 EUR left to refund of order o-1 (10.00 EUR paid).",
    )
    assert g.refund_amount(5, view(status=-1), "EUR") is None  # said once, next to the order (refundable_order)


def test_repeat_charge_only_of_a_successful_payment() -> None:
    assert g.repeatable_parent(info(), "p-1") is None
    assert g.repeatable_parent(info(status=-1), "p-1") == (
        "parent_order_id",
        "A repeat charge needs a successful payment; order p-1 failed.",
    )
    assert g.repeatable_parent(info(type_="Refund"), "p-1") == (
        "parent_order_id",
        "Only a payment can be charged again; order p-1 is a Refund.",
    )


def test_capture_and_cancel_only_of_an_open_authorization() -> None:
    open_one = info(status=Status.PROCESSING, auth="AUTHORIZED")
    assert g.open_authorization(open_one, "a-1", "capture") is None
    assert g.open_authorization(open_one, "a-1", "cancel") is None
    assert g.open_authorization(info(status=2, auth="CAPTURED"), "a-1", "capture") == (
        "order_id",
        "Order a-1 is not an open authorization (it is captured), so it cannot be captured.",
    )
    assert g.open_authorization(info(status=2), "a-1", "cancel") == (
        "order_id",
        "Order a-1 is not an open authorization (it is a completed payment), so it cannot be cancelled.",
    )
    still = g.open_authorization(info(status=1), "a-1", "capture")
    assert still is not None and "(it is still processing)" in still[1]


def test_enforce_raises_the_first_problem_with_its_field() -> None:
    g.enforce(None, None)
    with pytest.raises(GuardRefused) as caught:
        g.enforce(None, ("amount", "Too much."), ("order_id", "Not this one."))
    assert caught.value.field == "amount" and caught.value.detail == "Too much."
    assert caught.value.fields == {"amount": "Too much."} and caught.value.sent is False
    assert GuardRefused("A refund of order x is still waiting.").fields == {}  # no single field


def test_collect_keeps_the_first_sentence_of_each_field() -> None:
    found = g.collect(("amount", "first"), None, ("order_id", "other"), ("amount", "second"))
    assert found == {"amount": "first", "order_id": "other"}


def test_moments_are_said_with_their_utc_time() -> None:
    from datetime import UTC, datetime, timedelta

    from smartpay_desk.services.money.words import moment

    now = datetime(2025, 6, 3, 12, 0, 0, tzinfo=UTC)
    said = [moment((now - timedelta(seconds=s)).isoformat(), now) for s in (2, 42, 60, 7200, 3 * 86400)]
    assert said == [
        "just now (2025-06-03 11:59:58 UTC)",
        "42 seconds ago (2025-06-03 11:59:18 UTC)",
        "1 minute ago (2025-06-03 11:59:00 UTC)",
        "2 hours ago (2025-06-03 10:00:00 UTC)",
        "3 days ago (2025-05-31 12:00:00 UTC)",
    ]
    assert moment("not a time") == "not a time"
