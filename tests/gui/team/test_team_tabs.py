"""The money tabs of a desk on a team journal (issue 14): Activity shows another desk's operation within a second
(the server's news, no file to watch), and a refund or payout at or above the team's policy is not sent from the
Refunds or Payouts tab: the request's sentence is said (not an error), the form starts a new operation, and its
link opens the request in Approvals."""

from __future__ import annotations

import time
from typing import Any

from smartpay_desk.api.models import HostToHostRequest
from smartpay_desk.services.team import approvals
from smartpay_desk.ui.tabs.activity import ActivityTab
from smartpay_desk.ui.tabs.payouts import PayoutsTab
from smartpay_desk.ui.tabs.refunds import RefundsTab
from tests.gui.team.conftest import OpenDesk, OtherDesk
from tests.unit.services.support import CUSTOMER, SITE, card, direct_client


def _idle(qtbot: Any, ctx: Any) -> None:
    qtbot.waitUntil(lambda: ctx.runner.active_count() == 0, timeout=15_000)


def test_activity_shows_another_desks_operation_within_a_second(
    qtbot: Any, open_desk: OpenDesk, other_desk: OtherDesk
) -> None:
    desk = open_desk("clerk2")
    tab = ActivityTab(desk.ctx)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.show()
    assert tab.model.entries == []

    assert other_desk("clerk1", "entry", "po-elsewhere").startswith("entry ")
    start = time.monotonic()
    qtbot.waitUntil(lambda: [e.order_id for e in tab.model.entries] == ["po-elsewhere"], timeout=1000)
    assert time.monotonic() - start < 1.0
    assert tab.model.entries[0].operator == "clerk1"  # the other desk's login, as the server wrote it

    for n in range(5):  # a busy team: news every few milliseconds never put the read off
        other_desk("clerk1", "entry", f"po-busy-{n}")
    qtbot.waitUntil(lambda: len(tab.model.entries) == 6, timeout=2000)
    _idle(qtbot, desk.ctx)


def test_a_refund_above_the_policy_becomes_a_request(
    qtbot: Any, open_desk: OpenDesk, sandbox: Any, confirms: list[Any]
) -> None:
    with direct_client(sandbox.url) as client:
        client.init_payment_h2h(HostToHostRequest("EUR-sandbox", 90_000, "EUR", "ord-big", SITE, CUSTOMER, "J D",
                                                  card()))  # fmt: skip
    desk = open_desk("clerk1")
    approvals.set_policy(open_desk("boss").ctx.journal, "EUR", 50_000)  # type: ignore[arg-type]
    tab = RefundsTab(desk.ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.prefill("ord-big")
    qtbot.waitUntil(lambda: tab.loaded_id == "ord-big" and tab.refundable is not None, timeout=5000)
    tab.amount.setText("600.00")
    tab.reason.setText("goods returned")
    tab.submit()
    qtbot.waitUntil(lambda: tab.message.tone == "info" and "approval" in tab.message.text(), timeout=10_000)
    (request,) = approvals.requests(desk.ctx.journal)  # type: ignore[arg-type]
    assert (request.kind, request.order_id, request.amount, request.requested_by) == ("refund", "ord-big", 60_000,
                                                                                       "clerk1")  # fmt: skip
    said = tab.message.text()
    assert "The refund of €600.00 for order ord-big needs another person's approval" in said
    assert f"Request {request.id} is waiting in Approvals" in said and f'href="approvals:{request.id}"' in said
    assert tab.amount.text() == "" and tab.reason.text() == ""  # a new operation, as after a success
    assert sandbox.state.get("ord-big").refunded == 0  # nothing was sent
    assert desk.ctx.journal.entries(kind="refund") == []
    with qtbot.waitSignal(desk.ctx.navigate, timeout=1000) as opened:
        tab.message.linkActivated.emit(f"approvals:{request.id}")
    assert opened.args == ["approvals", request.id]
    _idle(qtbot, desk.ctx)


def test_a_payout_above_the_policy_becomes_a_request(
    qtbot: Any, open_desk: OpenDesk, sandbox: Any, confirms: list[Any]
) -> None:
    desk = open_desk("clerk1")
    approvals.set_policy(open_desk("boss").ctx.journal, "EUR", 10_000)  # type: ignore[arg-type]
    tab = PayoutsTab(desk.ctx)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(desk.ctx.balance_changed, timeout=5000):
        tab.show()
    order_id = tab.details.order_id.text()
    balance = sandbox.state.payout_balance()
    tab.details.amount.setText("250.00")
    tab.destinations.card_number.setText("4012 0000 0000 3010")
    tab.destinations.expiry.setText("12/30")
    tab.submit()
    qtbot.waitUntil(lambda: tab.message.tone == "info" and "approval" in tab.message.text(), timeout=10_000)
    (request,) = approvals.requests(desk.ctx.journal)  # type: ignore[arg-type]
    assert (request.order_id, request.amount, request.destination) == (order_id, 25_000, "card 401200******3010")
    assert "4012000000003010" not in str(request.request)  # the team journal never holds the card number
    assert f"Request {request.id} is waiting in Approvals" in tab.message.text()
    assert tab.details.order_id.text() != order_id and tab.details.amount.text() == ""  # a new payout
    assert tab.destinations.card_number.text() == ""
    assert sandbox.state.payout_balance() == balance and sandbox.state.get(order_id) is None  # nothing sent
    assert desk.ctx.journal.entries(kind="withdrawal") == []
    _idle(qtbot, desk.ctx)
