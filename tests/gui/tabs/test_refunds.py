"""Refunds tab against the sandbox: full, partial, over the limit (refused before sending), unknown order,
unknown outcome (marked for review, never resent)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from smartpay_desk.ui.messages import VALIDATION
from smartpay_desk.ui.tabs.refunds import UNKNOWN_REFUND, RefundsTab


def _payments(sandbox: Any, count: int) -> list[Any]:
    """Successful sandbox payments with nothing refunded yet."""
    found = [
        tx
        for tx in sandbox.state.transactions.values()
        if tx.type == "Payment" and tx.status == 2 and tx.method == "h2h" and tx.refunded == 0
    ]
    return found[:count]


def _tab(qtbot: Any, desk_ctx: Any) -> RefundsTab:
    tab = RefundsTab(desk_ctx)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _loaded(qtbot: Any, tab: RefundsTab, order_id: str) -> None:
    tab.prefill(order_id)
    qtbot.waitUntil(lambda: tab.loaded_id == order_id and tab.refundable is not None, timeout=5000)


def _refund_entries(desk_ctx: Any) -> list[Any]:
    return list(desk_ctx.journal.entries(kind="refund"))


def test_full_refund_is_the_default(qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]) -> None:
    (tx,) = _payments(sandbox, 1)
    tab = _tab(qtbot, desk_ctx)
    _loaded(qtbot, tab, tx.order_id)
    assert tab.amount.minor_units() == tx.amount
    assert tab.summary.text("left") == tab.summary.text("paid")
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
    assert tab.summary.text("refunded") == tab.summary.text("paid")
    qtbot.waitUntil(tab.refund_button.isEnabled, timeout=5000)
    assert tab.panel.isVisible() and not tab.busy.is_busy()


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
    assert tab.amount.minor_units() == tx.amount - 300  # the new default: what is left

    tab.amount.set_minor(tx.amount)  # more than is left
    tab.reason.setText("again")
    qtbot.waitUntil(tab.refund_button.isEnabled, timeout=5000)
    tab.refund_button.click()
    assert "more than the" in tab.form.error("amount")
    assert "nothing was sent" in tab.form.error("amount")
    assert tab.message.text() == VALIDATION  # the same words on every tab
    assert len(confirms) == 1 and not tab.busy.is_busy()
    assert sandbox.state.get(tx.order_id).refunded == 300
    assert len(_refund_entries(desk_ctx)) == 1


def test_reason_is_required(qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]) -> None:
    (tx,) = _payments(sandbox, 1)
    tab = _tab(qtbot, desk_ctx)
    _loaded(qtbot, tab, tx.order_id)
    tab.submit()
    assert "reason" in tab.form.error("reason")
    assert not confirms and sandbox.state.get(tx.order_id).refunded == 0


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


def test_failed_payment_cannot_be_refunded(qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]) -> None:
    tx = next(t for t in sandbox.state.transactions.values() if t.type == "Payment" and t.status == -1)
    tab = _tab(qtbot, desk_ctx)
    _loaded(qtbot, tab, tx.order_id)
    assert tab.refundable == 0
    tab.amount.set_minor(100)
    tab.reason.setText("x")
    tab.submit()
    assert tab.form.error("order_id") == "Only successful payments can be refunded; this one failed."
    assert not confirms


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
