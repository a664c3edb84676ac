"""Payouts tab against the sandbox: live balance (no overlapping reads, pause, stops when hidden), a payout
followed to success lowering the balance shown, over the balance refused with nothing sent, a declined
card, phone and account destinations."""

from __future__ import annotations

import threading
from typing import Any

from smartpay_desk.ui.messages import VALIDATION
from smartpay_desk.ui.tabs.payouts import PayoutsTab

GOOD_CARD = "4012 0000 0000 3010"
BAD_CARD = "4111111111111111"


def _tab(qtbot: Any, desk_ctx: Any) -> PayoutsTab:
    tab = PayoutsTab(desk_ctx)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(desk_ctx.balance_changed, timeout=5000):
        tab.show()  # shown → the balance is read at once
    return tab


def _balance_text(tab: PayoutsTab) -> str:
    return tab.balance_box.values["balance"].text()


def test_card_payout_is_followed_to_success_and_lowers_the_balance(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]
) -> None:
    tab = _tab(qtbot, desk_ctx)
    assert _balance_text(tab) == "€10,000.00"
    assert tab.balance_box.updated.text().startswith("Updated ")
    assert tab.details.available.text() == "€10,000.00 available"
    order_id = tab.details.order_id.text()
    tab.details.amount.setText("25.00")
    tab.destinations.card_number.setText(GOOD_CARD)
    tab.destinations.expiry.setText("12/30")
    tab.submit()
    assert tab.destinations.card_number.text() == ""  # cleared once sent
    assert not tab.send_button.isEnabled()
    _title, lines, amount_text = confirms[0]
    assert amount_text == "€25.00"
    assert "To: card 401200******3010" in lines and "Environment: Sandbox" in lines
    qtbot.waitUntil(lambda: tab.result is not None, timeout=10_000)
    assert tab.result.order_id == order_id
    qtbot.waitUntil(lambda: tab.panel.badge.text() == "Succeeded", timeout=10_000)
    qtbot.waitUntil(lambda: _balance_text(tab) == "€9,975.00", timeout=5000)
    assert sandbox.state.payout_balance() == 1_000_000 - 2500
    assert tab.message.text() == "Payout completed."
    assert tab.details.order_id.text() != order_id


def test_over_the_balance_is_refused_next_to_the_amount(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]
) -> None:
    tab = _tab(qtbot, desk_ctx)
    before = len(sandbox.state.transactions)
    tab.details.amount.setText("20000")
    tab.destinations.card_number.setText(GOOD_CARD)
    tab.submit()
    assert "more than the available balance of €10,000.00" in tab.details.error("amount")
    assert "nothing was sent" in tab.details.error("amount")
    assert tab.message.text() == VALIDATION
    # The destination's fields line up with the payout's (one label column for the stacked forms).
    card_label = tab.destinations.forms["card"].captions()[0]
    assert card_label.minimumWidth() == tab.details.captions()[0].minimumWidth() > 0
    assert tab.destinations.card_number.text() == GOOD_CARD  # nothing sent: kept to correct
    assert not confirms and not tab.busy.is_busy()
    assert sandbox.state.payout_balance() == 1_000_000 and len(sandbox.state.transactions) == before
    assert not desk_ctx.journal.entries(kind="withdrawal")


def test_payout_to_a_failing_card_shows_the_decline(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]
) -> None:
    tab = _tab(qtbot, desk_ctx)
    tab.details.amount.setText("10")
    tab.destinations.card_number.setText(BAD_CARD)
    tab.submit()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=10_000)
    assert tab.result.state == "failed"
    assert tab.message.text() == "Not paid out. The gateway declined the operation: PLATFORM_ERROR_GATE_NOT_FOUND."
    assert tab.panel.grid.text("destination") == "card 411111******1111"
    assert tab.panel.badge.text() == "Failed"
    assert sandbox.state.payout_balance() == 1_000_000


def test_phone_and_account_destinations(qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]) -> None:
    tab = _tab(qtbot, desk_ctx)
    tab.set_destination("phone")
    assert not tab.recipient.field("customer_phone").isVisibleTo(tab)
    tab.details.amount.setText("1")
    tab.submit()  # no phone typed
    assert tab.destinations.forms["phone"].error("customer_phone")
    tab.destinations.phone.setText("+442079460612")
    tab.submit()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=10_000)
    assert "To: phone +442079460612" in confirms[0][1]
    assert sandbox.state.get(tab.result.order_id).destination.startswith("phone")
    qtbot.waitUntil(tab.send_button.isEnabled, timeout=5000)

    tab.result = None
    tab.set_destination("account")
    tab.destinations.account.setText("KZ12345")
    tab.destinations.holder.setText("John Doe")
    tab.recipient.edits["customer_birthdate"].setText("06.06.1997")
    tab.submit()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=10_000)
    assert "To: account KZ12345 (John Doe)" in confirms[1][1]
    qtbot.waitUntil(lambda: tab.panel.badge.text() == "Succeeded", timeout=10_000)


def test_balance_reads_never_overlap_pause_and_hidden(qtbot: Any, desk_ctx: Any, sandbox: Any) -> None:
    tab = _tab(qtbot, desk_ctx)
    running, most = 0, 0
    lock = threading.Lock()
    real = desk_ctx.ops.balance

    def counting(*args: Any) -> Any:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        try:
            return real(*args)
        finally:
            with lock:
                running -= 1

    desk_ctx.ops.balance = counting
    sandbox.faults.add("/withdrawal/balance/get", "latency", 3, delay_ms=150)
    tab.balance_box.timer.setInterval(10)
    seen: list[Any] = []
    desk_ctx.balance_changed.connect(seen.append)
    tab.refresh_balance()
    tab.refresh_balance()  # ignored: a read is running
    qtbot.waitUntil(lambda: len(seen) >= 4, timeout=5000)
    assert most == 1

    tab.balance_box.pause_button.click()
    assert tab.paused and tab.balance_box.pause_button.text() == "Resume"
    qtbot.waitUntil(lambda: not tab.is_refreshing(), timeout=5000)
    assert "paused" in tab.balance_box.updated.text()
    count = len(seen)
    tab.balance_box.pause_button.click()
    assert not tab.paused
    qtbot.waitUntil(lambda: len(seen) > count, timeout=5000)

    tab.hide()
    qtbot.waitUntil(lambda: not tab.is_refreshing(), timeout=5000)
    count = len(seen)
    qtbot.wait(100)  # ten intervals of 10 ms: nothing read while hidden
    assert len(seen) == count
