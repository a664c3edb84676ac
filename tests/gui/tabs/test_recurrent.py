"""Recurrent tab against the sandbox: a repeat charge of a successful parent (followed to its end), a failed
parent refused before sending, an unknown parent."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt

from smartpay_desk.ui.messages import VALIDATION
from smartpay_desk.ui.tabs.recurrent import RecurrentTab, new_recurrent_id


def _tab(qtbot: Any, desk_ctx: Any) -> RecurrentTab:
    tab = RecurrentTab(desk_ctx)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _parent(sandbox: Any, status: int) -> Any:
    return next(
        tx for tx in sandbox.state.transactions.values() if tx.type == "Payment" and tx.status == status and tx.card
    )


def test_new_order_id_shape() -> None:
    assert re.fullmatch(r"rec-\d{8}-[0-9a-f]{6}", new_recurrent_id())


def test_charge_again_from_a_successful_parent(qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]) -> None:
    parent = _parent(sandbox, 2)
    tab = _tab(qtbot, desk_ctx)
    tab.prefill(parent.order_id)
    qtbot.waitUntil(lambda: tab.loaded_id == parent.order_id, timeout=5000)
    assert tab.amount.minor_units() == parent.amount  # the parent's amount by default
    assert tab.parent_grid.text("card") == parent.card.number
    new_id = tab.order_edit.text()
    tab.amount.set_minor(990)
    tab.reason.setText("monthly plan")
    qtbot.keyClick(tab.reason, Qt.Key.Key_Return)
    assert not tab.charge_button.isEnabled()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=10_000)
    assert tab.result.state == "succeeded" and tab.result.order_id == new_id
    assert confirms[0][2] == "€9.90" and f"New order id: {new_id}" in confirms[0][1]
    assert tab.panel.grid.text("payment_id") == tab.result.response.payment_id
    tx = sandbox.state.get(new_id)
    assert tx is not None and tx.amount == 990 and tx.parent_order_id == parent.order_id
    qtbot.waitUntil(lambda: not tab.follower.is_following(), timeout=5000)  # followed by /check to the end
    assert tab.panel.badge.text() == "Succeeded"  # one badge, in the journal's words
    assert tab.order_edit.text() != new_id  # a fresh id for the next charge
    assert tab.panel.copy.text() == new_id and tab.message.text() == f"Charged €9.90 again, order {new_id}."
    qtbot.waitUntil(tab.charge_button.isEnabled, timeout=5000)


def test_failed_parent_is_refused_before_sending(qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]) -> None:
    parent = _parent(sandbox, -1)
    count = len(sandbox.state.transactions)
    tab = _tab(qtbot, desk_ctx)
    tab.parent_edit.setText(parent.order_id)
    tab.reason.setText("retry")
    tab.submit()  # looks the parent up first, then refuses
    qtbot.waitUntil(lambda: tab.loaded_id == parent.order_id, timeout=5000)
    assert tab.form.error("parent_order_id") == (
        "The original payment failed; only a successful payment's card can be charged again."
    )
    assert tab.message.text() == VALIDATION  # the same words on every tab
    assert not confirms and len(sandbox.state.transactions) == count
    assert not desk_ctx.journal.entries(kind="recurrent")


def test_unknown_parent_is_said_next_to_its_field(qtbot: Any, desk_ctx: Any, confirms: list[Any]) -> None:
    tab = _tab(qtbot, desk_ctx)
    tab.prefill("no-such-parent-1")
    qtbot.waitUntil(lambda: bool(tab.form.error("parent_order_id")), timeout=5000)
    assert tab.form.error("parent_order_id") == "The gateway has no payment with this order id."
    assert not confirms
