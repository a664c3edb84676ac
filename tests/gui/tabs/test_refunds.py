"""Refunds tab against the sandbox: full, partial, over the limit (refused before sending), unknown order,
unknown outcome (marked for review, never resent; it holds the order), what is known of refunds made elsewhere
(the gateway's Refund report, each figure with its source), a decline said and not filled in again."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from smartpay_desk.api.models import HostToHostRequest, RefundRequest
from smartpay_desk.ui.messages import VALIDATION
from smartpay_desk.ui.tabs.refunds import UNKNOWN_REFUND, RefundsTab
from tests.gui.tabs.switching import SECOND, add_second_profile, switch_to
from tests.unit.services.support import CUSTOMER, SITE, card, direct_client


def _idle(qtbot: Any, desk_ctx: Any) -> None:
    """A look-up, a send and the Refund report read after them run in workers: let them end with the test."""
    qtbot.waitUntil(lambda: desk_ctx.runner.active_count() == 0, timeout=10_000)


def _payments(sandbox: Any, count: int, refunded_elsewhere: int = 0) -> list[Any]:
    """Successful payments made now (not from the desk), nothing refunded yet (or `refunded_elsewhere` of each,
    at the gateway: not from this desk)."""
    made = []
    with direct_client(sandbox.url) as client:
        for n in range(count):
            order_id = f"rf-{len(sandbox.state.transactions)}-{n}"
            amount = 114550 + 100 * n
            client.init_payment_h2h(HostToHostRequest("EUR-sandbox", amount, "EUR", order_id, SITE, CUSTOMER, "J D",
                                                      card()))  # fmt: skip
            if refunded_elsewhere:
                client.refund(RefundRequest(order_id=order_id, amount=refunded_elsewhere, reason="back office"))
            made.append(sandbox.state.get(order_id))
    return made


def _tab(qtbot: Any, desk_ctx: Any) -> RefundsTab:
    tab = RefundsTab(desk_ctx)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _loaded(qtbot: Any, tab: RefundsTab, order_id: str, *, report: bool = True) -> None:
    """Looked up, and (a successful payment's) the gateway's Refund report read for it."""
    tab.prefill(order_id)
    qtbot.waitUntil(lambda: tab.loaded_id == order_id and tab.refundable is not None, timeout=5000)
    if report:
        qtbot.waitUntil(lambda: tab.order is not None and tab.order.gateway is not None, timeout=10_000)


def _refund_entries(desk_ctx: Any) -> list[Any]:
    return list(desk_ctx.journal.entries(kind="refund"))


def test_full_refund_is_the_default(qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]) -> None:
    (tx,) = _payments(sandbox, 1)
    tab = _tab(qtbot, desk_ctx)
    _loaded(qtbot, tab, tx.order_id)
    assert tab.amount.minor_units() == tx.amount  # the journal and the gateway's report agree: filled in
    money = tab._money(tx.amount)
    assert tab.summary.text("paid") == f"{money} (the gateway's /check)"
    assert tab.summary.text("elsewhere").startswith("none (the gateway's Refund report, ")
    assert tab.summary.text("left").startswith(f"{money} (paid, less the refunds in this desk's journal and")
    tab.reason.setText("goods returned")
    qtbot.keyClick(tab.reason, Qt.Key.Key_Return)
    assert not tab.refund_button.isEnabled() and tab.busy.is_busy()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=10_000)
    assert tab.result.state == "succeeded"
    assert confirms[0][0] == "Send this refund?" and confirms[0][2] == tab._money(tx.amount)
    assert any(line.startswith("Full refund") for line in confirms[0][1])
    assert tab.panel.copy.text() == tab.result.response.refund_id
    assert tab.panel.badge.text() == "Succeeded" and tab.message.tone == "success"
    assert tab.message.text() == f"Refunded {tab._money(tx.amount)} on order {tx.order_id}."
    assert sandbox.state.get(tx.order_id).refunded == tx.amount
    qtbot.waitUntil(lambda: tab.refundable == 0, timeout=5000)
    assert tab.summary.text("refunded") == f"{money} (this desk's journal)"
    assert tab.amount.text() == "" and tab.reason.text() == ""  # a new operation
    qtbot.waitUntil(tab.refund_button.isEnabled, timeout=5000)
    assert tab.panel.isVisible() and not tab.busy.is_busy()
    _idle(qtbot, desk_ctx)


def test_partial_then_over_the_rest_is_refused_before_sending(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]
) -> None:
    (tx,) = _payments(sandbox, 1)
    tab = _tab(qtbot, desk_ctx)
    _loaded(qtbot, tab, tx.order_id)
    tab.amount.set_minor(300)
    tab.reason.setText("one item missing")
    tab.refund_button.click()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=10_000)
    assert tab.result.state == "succeeded"
    assert any(line.startswith("Partial refund") for line in confirms[0][1])
    assert sandbox.state.get(tx.order_id).refunded == 300
    qtbot.waitUntil(lambda: tab.refundable == tx.amount - 300, timeout=5000)
    qtbot.waitUntil(lambda: tab.order is not None and tab.order.gateway is not None, timeout=10_000)
    assert tab.amount.text() == ""  # a new operation: never filled in by itself after a send (issue 13)

    tab.amount.set_minor(tx.amount)  # more than is left
    tab.reason.setText("again")
    qtbot.waitUntil(tab.refund_button.isEnabled, timeout=5000)
    tab.refund_button.click()
    left = tab._money(tx.amount - 300)  # as the desk writes amounts: "€1,142.50"
    assert tab.form.error("amount").startswith("The refund of ") and f"more than the {left} left" in tab.form.error(
        "amount"
    )
    assert tab.message.text() == VALIDATION  # the same words on every tab
    assert len(confirms) == 1 and not tab.busy.is_busy()
    assert sandbox.state.get(tx.order_id).refunded == 300
    assert len(_refund_entries(desk_ctx)) == 1
    _idle(qtbot, desk_ctx)


def test_reason_is_required(qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]) -> None:
    (tx,) = _payments(sandbox, 1)
    tab = _tab(qtbot, desk_ctx)
    _loaded(qtbot, tab, tx.order_id)
    tab.submit()
    assert "reason" in tab.form.error("reason")
    assert not confirms and sandbox.state.get(tx.order_id).refunded == 0
    _idle(qtbot, desk_ctx)


def test_unknown_order_is_said_next_to_the_order_id(qtbot: Any, desk_ctx: Any, confirms: list[Any]) -> None:
    tab = _tab(qtbot, desk_ctx)
    tab.prefill("no-such-order-7")
    qtbot.waitUntil(lambda: bool(tab.form.error("order_id")), timeout=5000)
    assert tab.form.error("order_id") == "The gateway has no payment with this order id."
    tab.reason.setText("x")
    tab.amount.set_minor(100)
    tab.submit()
    qtbot.waitUntil(lambda: bool(tab.form.error("order_id")), timeout=5000)
    assert not confirms and not _refund_entries(desk_ctx)
    _idle(qtbot, desk_ctx)


def test_failed_payment_cannot_be_refunded(qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]) -> None:
    tx = next(t for t in sandbox.state.transactions.values() if t.type == "Payment" and t.status == -1)
    tab = _tab(qtbot, desk_ctx)
    _loaded(qtbot, tab, tx.order_id, report=False)  # nothing to ask the report: it cannot be refunded
    assert tab.refundable == 0 and tab.order is not None and tab.order.gateway is None
    tab.amount.set_minor(100)
    tab.reason.setText("x")
    tab.submit()
    assert tab.form.error("order_id") == f"Only successful payments can be refunded; order {tx.order_id} failed."
    assert not confirms
    _idle(qtbot, desk_ctx)


def test_unknown_outcome_is_marked_for_review_not_resent(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]
) -> None:
    (tx,) = _payments(sandbox, 1)
    tab = _tab(qtbot, desk_ctx)
    _loaded(qtbot, tab, tx.order_id)
    sandbox.faults.add("/refund", "drop_after_commit", 1)
    tab.reason.setText("duplicate charge")
    tab.submit()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=10_000)
    assert tab.result.state == "needs_review"
    assert tab.message.text() == UNKNOWN_REFUND and "will NOT be sent again" in tab.message.text()
    assert tab.panel.badge.text() == "Needs review"
    assert sandbox.state.get(tx.order_id).refunded == tx.amount  # it did arrive, once
    (entry,) = _refund_entries(desk_ctx)
    assert entry.state == "needs_review"
    _idle(qtbot, desk_ctx)


def test_one_refund_costs_one_check(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 11: one load = one /check, shared by the order panel, the refundable figure and the service's
    guard; after the refund, what is left is counted again from the journal (a refund is never settled by
    /check: it has no order id of its own)."""
    (tx,) = _payments(sandbox, 1)
    checked: list[str] = []
    client = desk_ctx.ops.client
    real = client.check

    def counting(order_id: str) -> Any:
        checked.append(order_id)
        return real(order_id)

    monkeypatch.setattr(client, "check", counting)
    tab = _tab(qtbot, desk_ctx)
    _loaded(qtbot, tab, tx.order_id)
    assert checked == [tx.order_id]
    tab.amount.set_minor(250)
    tab.reason.setText("one item back")
    tab.submit()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=10_000)
    assert tab.result.state == "succeeded" and sandbox.state.get(tx.order_id).refunded == 250
    qtbot.waitUntil(lambda: tab.refundable == tx.amount - 250, timeout=5000)
    qtbot.waitUntil(lambda: tab.order is not None and tab.order.gateway is not None, timeout=10_000)
    assert tab.summary.text("refunded") == f"{tab._money(250)} (this desk's journal)"
    assert tab.amount.text() == ""  # a new operation
    assert checked == [tx.order_id]  # one to load (the Refund report is no /check); nothing to settle
    _idle(qtbot, desk_ctx)


def test_the_services_guard_is_said_next_to_its_field(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]
) -> None:
    """The tab's figure is stale (a refund was made meanwhile from this desk's journal): its own check lets
    the refund through, the service's guard (the same function, the journal read afresh) refuses it, and the
    sentence lands next to the amount from GuardRefused.field, with nothing sent."""
    (tx,) = _payments(sandbox, 1)
    tab = _tab(qtbot, desk_ctx)
    _loaded(qtbot, tab, tx.order_id)
    assert desk_ctx.ops.refund(tx.order_id, 100, "meanwhile").state == "succeeded"
    tab.reason.setText("everything")
    tab.submit()  # the full amount, as loaded before
    qtbot.waitUntil(lambda: bool(tab.form.error("amount")), timeout=10_000)
    left = tx.amount - 100
    assert f"more than the {tab._money(left)} left to refund" in tab.form.error("amount")
    assert tab.message.text() == VALIDATION and tab.result is None and len(confirms) == 1
    assert sandbox.state.get(tx.order_id).refunded == 100
    assert [e.amount for e in _refund_entries(desk_ctx)] == [100]
    _idle(qtbot, desk_ctx)


def test_each_profile_keeps_its_own_refund_screen(
    qtbot: Any, desk_session: Any, sandbox: Any, confirms: list[Any]
) -> None:
    desk_ctx = desk_session.ctx
    add_second_profile(desk_session)
    first, second = _payments(sandbox, 2)
    tab = _tab(qtbot, desk_ctx)
    _loaded(qtbot, tab, first.order_id)
    tab.amount.set_minor(100)
    tab.reason.setText("part")
    tab.submit()
    qtbot.waitUntil(lambda: tab.result is not None and tab.refundable == first.amount - 100, timeout=10_000)
    tab.reason.setText("typed, not sent")

    switch_to(desk_session, SECOND)  # a new profile: an empty form, no order, no last refund
    assert tab.order_edit.text() == "" and tab.reason.text() == "" and tab.amount.text() == ""
    assert tab.order is None and tab.result is None and not tab.panel.isVisibleTo(tab)
    assert tab.summary.text("paid") == "—" and tab.message.text() == ""
    _loaded(qtbot, tab, second.order_id)

    switch_to(desk_session, "Sandbox")  # back: the first profile's screen as it was
    assert tab.order_edit.text() == first.order_id and tab.reason.text() == "typed, not sent"
    assert tab.refundable == first.amount - 100 and tab._money(first.amount - 100) in tab.summary.text("left")
    assert tab.result is not None and tab.panel.isVisibleTo(tab) and tab.panel.badge.text() == "Succeeded"
    assert tab.message.text() == f"Refunded {tab._money(100)} on order {first.order_id}."

    switch_to(desk_session, SECOND)
    assert tab.order_edit.text() == second.order_id and tab.result is None


def test_an_answer_after_the_profile_changed_stays_with_its_profile(
    qtbot: Any, desk_session: Any, sandbox: Any, confirms: list[Any]
) -> None:
    desk_ctx = desk_session.ctx
    add_second_profile(desk_session)
    (tx,) = _payments(sandbox, 1)
    tab = _tab(qtbot, desk_ctx)
    _loaded(qtbot, tab, tx.order_id)
    tab.reason.setText("slow")
    sandbox.faults.add("/refund", "latency", 1, delay_ms=600)
    tab.submit()
    assert tab.busy.is_busy()
    switch_to(desk_session, SECOND)
    assert not tab.busy.is_busy() and tab.refund_button.isEnabled()  # this profile may refund meanwhile
    qtbot.waitUntil(lambda: sandbox.state.get(tx.order_id).refunded == tx.amount, timeout=10_000)
    qtbot.waitUntil(lambda: desk_ctx.runner.active_count() == 0, timeout=10_000)
    assert tab.result is None and tab.message.text() == ""  # not shown under the other profile
    switch_to(desk_session, "Sandbox")
    assert tab.result is not None and tab.result.state == "succeeded"
    assert tab.message.text() == f"Refunded {tab._money(tx.amount)} on order {tx.order_id}."


def test_a_refund_made_elsewhere_is_not_stated_as_fact_nor_filled_in(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]
) -> None:
    """Issue 13, item 5: refunded at the gateway (not from this desk), the order used to read "still
    refundable" in full, pre-filled; the gateway declined; the panel stayed wrong."""
    (tx,) = _payments(sandbox, 1, refunded_elsewhere=114550)
    tab = _tab(qtbot, desk_ctx)
    sandbox.faults.add("/aggregation-service/public/transaction/excel", "latency", 1, delay_ms=1500)
    tab.prefill(tx.order_id)
    qtbot.waitUntil(lambda: tab.loaded_id == tx.order_id, timeout=5000)
    money = tab._money(tx.amount)
    assert tab.summary.text("elsewhere") == "checking the gateway's refund report…"  # the journal's at once
    assert tab.summary.text("left").startswith(f"at most {money}") and tab.amount.text() == ""
    assert tab.refund_button.isEnabled()  # the panel is not blocked meanwhile
    qtbot.waitUntil(lambda: tab.order is not None and tab.order.gateway is not None, timeout=10_000)
    elsewhere = tab.summary.text("elsewhere")
    assert elsewhere.startswith(f"{money} in 1 refund on the same card and customer since this payment")
    assert "(the gateway's Refund report, " in elsewhere
    assert tab.summary.text("left") == f"at most {money} (paid, less the refunds this desk knows of)"
    assert tab.amount.text() == ""  # not known: not filled in
    assert "check whether they are of this order" in tab.summary_note.text()

    tab.amount.set_minor(tx.amount)  # the operator sends it anyway: the gateway stays the judge
    tab.reason.setText("goods returned")
    tab.submit()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=10_000)
    assert tab.result.state == "failed" and tab.message.text().startswith("Not refunded. The gateway declined")
    qtbot.waitUntil(lambda: "The gateway declined a refund of" in tab.summary_note.text(), timeout=10_000)
    note = tab.summary_note.text()
    # the desk's words write the amount as the desk does; the gateway's, quoted, stay as it wrote them
    assert f"The gateway declined a refund of {money}" in note and "is more than the 0.00 EUR left" in note
    assert "no amount is filled in" in note
    qtbot.waitUntil(lambda: tab.order is not None and tab.order.gateway is not None, timeout=10_000)
    assert tab.amount.text() == "" and tab.reason.text() == "goods returned"  # never the same amount again
    _idle(qtbot, desk_ctx)


def test_a_refund_under_review_holds_the_order(qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]) -> None:
    """Issue 13, item 1: while a refund of the order waits for review, a refund of another amount is refused
    next to the order id, naming the entry and how to settle it; nothing is sent."""
    (tx,) = _payments(sandbox, 1)
    tab = _tab(qtbot, desk_ctx)
    _loaded(qtbot, tab, tx.order_id)
    sandbox.faults.add("/refund", "drop_after_commit", 1)
    tab.amount.set_minor(500)
    tab.reason.setText("first")
    tab.submit()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=10_000)
    assert tab.result.state == "needs_review"
    entry_id = tab.result.entry_id
    qtbot.waitUntil(lambda: tab.order is not None and tab.order.held is not None, timeout=10_000)
    assert f"journal entry {entry_id}" in tab.summary_note.text() and "waiting for review" in tab.summary_note.text()
    tab.amount.set_minor(300)
    tab.reason.setText("another amount")
    tab.submit()
    error = tab.form.error("order_id")
    assert error.startswith(f"A refund of order {tx.order_id} needs review (journal entry {entry_id})")
    assert f"smartpay resolve {entry_id} --succeeded|--failed" in error and "Activity" in error
    assert len(confirms) == 1 and sandbox.state.get(tx.order_id).refunded == 500
    assert [e.amount for e in _refund_entries(desk_ctx)] == [500]

    desk_ctx.ops.resolve(entry_id, True, "seen in the refund report")  # as Activity does
    qtbot.waitUntil(lambda: tab.order is not None and tab.order.held is None, timeout=5000)  # read again by itself
    tab.submit()
    qtbot.waitUntil(lambda: sandbox.state.get(tx.order_id).refunded == 800, timeout=10_000)
    _idle(qtbot, desk_ctx)
