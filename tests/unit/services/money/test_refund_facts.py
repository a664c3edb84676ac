"""Issue 13, items 1 and 5: a refund under review holds its order (the guard and the journal say the same words),
and what is still refundable is said with where each figure comes from: this journal, and the gateway's Refund
report (read after the /check, cached per period, forgotten after a decline), never as fact when unknown."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from smartpay_desk.api.models import CardInfo, HostToHostRequest, RefundRequest, TransactionInfo
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.journal.states import State
from smartpay_desk.services.money import guards as g
from smartpay_desk.services.money import refund_report as rr
from smartpay_desk.services.money.guards import GuardRefused
from smartpay_desk.services.money.operations import OperationsService
from smartpay_desk.services.money.order_view import Decline, GatewayRefunds, OrderView, ReportRefund
from tests.unit.services.money.test_operations import count_checks
from tests.unit.services.support import CUSTOMER, SITE, card, direct_client, make_ops

DAY = date(2025, 6, 1)
ENDED = "2025-06-01T10:00:00.000Z"
ENDED_MS = 1748772000000


def money(minor: int) -> str:
    return f"{minor / 100:.2f} EUR"


def info(amount: int = 1000) -> TransactionInfo:
    return TransactionInfo(order_id="o-1", status=2, amount=amount, type="Payment", endDate=ENDED,
                           card=CardInfo(number="401200******3010"), firstName="John", lastName="Doe")  # fmt: skip


def seen(*exact: int, possible: tuple[int, ...] = ()) -> GatewayRefunds:
    rows = tuple(ReportRefund(f"r{n}", n, "success", "") for n in exact)
    maybe = tuple(ReportRefund(f"m{n}", n, "success", "") for n in possible)
    return GatewayRefunds(DAY, DAY, "12:04", "", rows, maybe)


def test_what_is_left_is_known_only_when_both_sources_agree() -> None:
    plain = OrderView("o-1", info(), 300, "Sandbox")
    assert (plain.refundable, plain.known, plain.default_amount) == (700, False, None)  # the report not read yet
    assert plain.figures(money)["elsewhere"] == "checking the gateway's refund report…"
    assert plain.figures(money)["left"] == "at most 7.00 EUR (paid, less the refunds this desk knows of)"
    assert (
        plain.note(money) == "Order o-1: up to 7.00 EUR by this desk's journal; checking the gateway's refund report…"
    )
    agreed = replace(plain, gateway=seen())
    assert (agreed.refundable, agreed.known, agreed.default_amount) == (700, True, 700)
    assert agreed.figures(money)["elsewhere"] == "none (the gateway's Refund report, 2025-06-01, read 12:04)"
    assert agreed.note(money) == "Order o-1: 7.00 EUR can be refunded."
    named = replace(plain, gateway=seen(200))  # a row naming this order, not sent from here
    assert (named.elsewhere, named.refundable, named.default_amount) == (200, 500, 500)
    maybe = replace(plain, gateway=seen(possible=(700,)))
    assert (maybe.refundable, maybe.known, maybe.default_amount) == (700, False, None)
    assert "may be of this order or of another of this customer's payments" in maybe.figures(money)["elsewhere"]
    lost = replace(plain, gateway=GatewayRefunds(DAY, DAY, problem="The gateway did not answer."))
    assert lost.default_amount is None
    assert lost.figures(money)["elsewhere"] == (
        "not known: the gateway's refunds of this order could not be read; the gateway stays the judge"
    )
    declined = replace(
        agreed, declined=Decline(9, 700, "The refund is more than is left.", "2025-06-01T12:00:00+00:00")
    )
    assert declined.default_amount is None and not declined.known  # never the declined amount again
    assert declined.note(money).startswith("The gateway declined a refund of 7.00 EUR ")
    assert "“The refund is more than is left”. What is left to refund is not known" in declined.note(money)


def row(order_id: str, amount: int, created: int = ENDED_MS + 60_000, **kw: str) -> rr.ReportRow:
    fields = {"card": "401200******3010", "customer": "John Doe", "parent": "", "currency": "EUR", **kw}
    return rr.ReportRow(order_id, "Refund", "success", amount, fields["currency"], created, fields["card"],
                        fields["customer"], fields["parent"])  # fmt: skip


def test_report_rows_are_this_orders_only_when_they_say_so() -> None:
    order = OrderView("o-1", info(), 0, "Sandbox")
    rows = [
        row("mine", 100),  # this journal's refund of o-1
        row("theirs", 200),  # this journal's refund of another order
        row("o-1", 300),  # listed under the order's own id
        row("ref-x", 50, parent="o-1"),  # a parent column naming it
        row("maybe", 400),  # same card and customer, after the payment
        row("earlier", 400, created=ENDED_MS - 3_600_000),  # before the payment ended
        row("other-card", 400, card="555555******4444"),
        row("other-name", 400, customer="Maria Rossi"),
        row("too-big", 1001),  # more than was paid
        row("dollars", 400, currency="USD"),
    ]
    found = rr.order_refunds(order, rows, {"mine": "o-1", "theirs": "o-2"}, "EUR", (DAY, DAY), "12:04")
    assert [r.refund_id for r in found.ours] == ["mine"]
    assert [r.refund_id for r in found.exact] == ["o-1", "ref-x"]
    assert [r.refund_id for r in found.possible] == ["maybe"]
    assert rr.period(info(), today=date(2025, 6, 3)) == (DAY, date(2025, 6, 3))


@pytest.fixture
def ops(sandbox: SandboxServer, tmp_path: Path) -> Iterator[OperationsService]:
    service = make_ops(sandbox, tmp_path)
    yield service
    service.close()


def paid(sandbox: SandboxServer, order_id: str, amount: int, refund: int = 0) -> None:
    with direct_client(sandbox.url) as client:
        client.init_payment_h2h(
            HostToHostRequest("EUR-sandbox", amount, "EUR", order_id, SITE, CUSTOMER, "J D", card())
        )
        if refund:
            client.refund(RefundRequest(order_id=order_id, amount=refund, reason="at the gateway"))


def test_a_refund_under_review_holds_the_order_in_the_guard_and_in_the_journal(
    ops: OperationsService, sandbox: SandboxServer
) -> None:
    paid(sandbox, "pay-h", 1000)
    sandbox.faults.add(path="/refund", kind="drop_after_commit")
    lost = ops.refund("pay-h", 500, "lost answer")
    assert lost.state == State.NEEDS_REVIEW
    order = ops.load_order("pay-h")
    assert order.held is not None and order.held.id == lost.entry_id and order.default_amount is None
    words = g.held_refund("pay-h", lost.entry_id, State.NEEDS_REVIEW, identical=False)
    assert g.refund_not_held(order, 100) == ("order_id", words)
    with pytest.raises(GuardRefused) as caught:  # the journal's own refusal, inside its write transaction
        ops.journal.record_intent(kind="refund", order_id="pay-h", profile=ops.profile.name, environment="sandbox",
                                  amount=100, currency="EUR")  # fmt: skip
    assert caught.value.detail == words
    assert f"`smartpay resolve {lost.entry_id} --succeeded|--failed --note …`" in words and "Activity" in words
    ops.resolve(lost.entry_id, True, "in the refund report")
    assert ops.load_order("pay-h").held is None
    assert ops.refund("pay-h", 100, "the rest, part").state == State.SUCCEEDED


def test_the_gateways_refund_report_is_read_after_the_check_and_kept(
    ops: OperationsService, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    paid(sandbox, "ext-1", 2000, refund=2000)  # refunded at the gateway, not from this desk
    paid(sandbox, "own-1", 1000)
    assert ops.refund("own-1", 400, "part").state == State.SUCCEEDED
    asked = count_checks(ops, monkeypatch)
    ext = ops.gateway_refunds(ops.load_order("ext-1"))
    assert asked == ["ext-1"]  # the report costs no /check
    assert ext.gateway is not None and ext.gateway.read and [r.amount for r in ext.gateway.possible] == [2000]
    assert (ext.refundable, ext.known, ext.default_amount) == (2000, False, None)
    downloads = ops.refund_reports.downloads
    own = ops.gateway_refunds(ops.load_order("own-1"))  # the same period: the kept report
    assert ops.refund_reports.downloads == downloads
    assert own.gateway is not None and [r.amount for r in own.gateway.ours] == [400] and not own.gateway.possible
    assert [r.amount for r in own.gateway.possible] == []  # ext-1's refund is more than own-1's 10.00 EUR
    assert (own.refunded, own.known, own.default_amount) == (400, True, 600)

    declined = ops.refund("ext-1", 2000, "goods returned", ext)
    assert declined.state == State.FAILED and "left to refund" in declined.message
    again = ops.gateway_refunds(ops.load_order("ext-1"))
    assert ops.refund_reports.downloads == downloads + len(rr.STATUSES)  # forgotten after the decline
    assert again.declined is not None and again.declined.entry_id == declined.entry_id
    assert again.declined.amount == 2000 and "left to refund" in again.declined.words
    assert again.default_amount is None and "The gateway declined a refund of" in again.note(money)


def test_a_report_that_cannot_be_had_is_said_not_taken_for_none(ops: OperationsService, sandbox: SandboxServer) -> None:
    paid(sandbox, "pay-x", 700)
    sandbox.faults.add(path="/aggregation-service/public/transaction/excel", kind="http_500", commit=False)
    order = ops.gateway_refunds(ops.load_order("pay-x"))
    assert order.gateway is not None and not order.gateway.read and order.gateway.problem
    assert (order.refundable, order.known, order.default_amount) == (700, False, None)
