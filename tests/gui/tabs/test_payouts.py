"""Payouts tab against the sandbox: live balance (no overlapping reads, pause, stops when hidden), a payout
followed to success lowering the balance shown, over the balance refused with nothing sent, a declined
card, phone and account destinations."""

from __future__ import annotations

import re
import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt

from smartpay_desk.api.models import WithdrawalRequest
from smartpay_desk.ui.messages import VALIDATION
from smartpay_desk.ui.tabs.payouts import PayoutsTab
from smartpay_desk.ui.widgets.confirm import WARNING, ConfirmDialog
from tests.gui.tabs.switching import SECOND, add_second_profile, switch_to

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
    # Seen at the moment the card number is cleared (once sent), not at a later poll: the sandbox can answer
    # between the two under load, and the button is then rightly enabled again.
    enabled_when_cleared: list[bool] = []
    tab.destinations.card_number.textChanged.connect(
        lambda text: enabled_when_cleared.append(tab.send_button.isEnabled()) if text == "" else None
    )
    tab.submit()
    assert not tab.send_button.isEnabled()  # the journal is looked at first (an earlier payout?)
    qtbot.waitUntil(lambda: enabled_when_cleared != [], timeout=5000)  # cleared once sent
    assert enabled_when_cleared == [False]
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
    assert tab.details.amount.text() == "" and tab.destinations.expiry.text() == ""  # a new payout starts empty


def test_over_the_balance_is_refused_next_to_the_amount(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]
) -> None:
    tab = _tab(qtbot, desk_ctx)
    before = len(sandbox.state.transactions)
    tab.details.amount.setText("20000")
    tab.destinations.card_number.setText(GOOD_CARD)
    tab.submit()
    assert tab.details.error("amount") == (
        "The payout of €20,000.00 is more than the available balance of €10,000.00 on EUR-sandbox-payout."
    )
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
    said = tab.message.text()  # the gateway's words as ui/messages.py says them
    assert said.startswith("Not paid out. The gateway declined the operation")
    assert "PLATFORM_ERROR_GATE_NOT_FOUND" in said
    assert tab.panel.grid.text("destination") == "card 411111******1111"
    assert tab.panel.badge.text() == "Failed"
    assert sandbox.state.payout_balance() == 1_000_000


def test_no_field_of_the_gateway_shows_and_an_empty_destination_says_what_it_lacks(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]
) -> None:
    """Issue 13: no raw "Payment method: phone" box nor any internal field name on screen; a destination chosen
    but left empty says what to enter under its own field, never "Choose where the payout goes"."""
    from PySide6.QtWidgets import QLabel, QLineEdit

    tab = _tab(qtbot, desk_ctx)
    for key in ("card", "phone", "account"):
        tab.set_destination(key)
        labels = [w.text() for w in tab.findChildren(QLabel) if w.isVisibleTo(tab) and w.text()]
        edits = [w.text() for w in tab.findChildren(QLineEdit) if w.isVisibleTo(tab) and w.text()]
        assert not [t for t in labels if "payment method" in t.lower() or re.search(r"\b[a-z]+_[a-z_]+\b", t)]
        assert "phone" not in edits  # the phone payout method is the desk's to send, not a box
    tab.details.amount.setText("5.00")

    tab.set_destination("card")
    tab.submit()
    card = tab.destinations.forms["card"]
    assert card.error("customer_card_number") == "Enter the recipient's card number."
    assert not tab.details.error("destination") and "Choose where" not in tab.message.text()

    tab.set_destination("account")
    tab.submit()
    account = tab.destinations.forms["account"]
    assert account.error("account_withdrawal") == "Enter the recipient's account number."
    assert account.error("account_withdrawal_holder") == "Enter the name the account is held in."
    assert not tab.details.error("destination") and "Choose where" not in tab.message.text()
    tab.destinations.account.setText("KZ12345")
    tab.submit()  # the holder alone is missing now
    assert not account.error("account_withdrawal") and account.error("account_withdrawal_holder")

    tab.set_destination("phone")
    tab.submit()
    assert tab.destinations.forms["phone"].error("customer_phone") and "Choose where" not in tab.message.text()
    assert confirms == [] and desk_ctx.journal.entries(kind="withdrawal") == []

    tab.destinations.phone.setText("+442079460612")
    tab.submit()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=10_000)
    (entry,) = desk_ctx.journal.entries(kind="withdrawal")
    assert entry.destination == "phone +442079460612"
    assert sandbox.state.get(entry.order_id).destination.startswith("phone")
    qtbot.waitUntil(lambda: not tab.follower.is_following(), timeout=10_000)


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

    assert tab.details.amount.text() == "" and tab.destinations.phone.text() == ""  # a new payout starts empty
    tab.result = None
    tab.set_destination("account")
    tab.details.amount.setText("1")
    tab.destinations.account.setText("KZ12345")
    tab.destinations.holder.setText("John Doe")
    tab.recipient.edits["customer_birthdate"].setText("06.06.1997")
    tab.submit()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=10_000)
    assert "To: account KZ12345 (John Doe)" in confirms[1][1]
    qtbot.waitUntil(lambda: tab.panel.badge.text() == "Succeeded", timeout=10_000)

    # A card number typed as the account number (a slip): sent as an account, named masked everywhere.
    qtbot.waitUntil(tab.send_button.isEnabled, timeout=5000)
    tab.result = None
    tab.details.amount.setText("1")
    tab.destinations.account.setText(GOOD_CARD)
    tab.destinations.holder.setText("John Doe")
    tab.submit()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=10_000)
    assert "To: account 401200******3010 (John Doe)" in confirms[2][1]
    qtbot.waitUntil(lambda: tab.panel.badge.text() == "Succeeded", timeout=10_000)
    assert tab.panel.grid.text("destination") == "account 401200******3010 (John Doe)"
    assert "0000" not in desk_ctx.journal.entry(tab.result.order_id, profile="Sandbox").destination


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


def test_the_services_balance_guard_is_said_next_to_the_amount(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]
) -> None:
    """The balance shown is stale (spent meanwhile): the tab's guard lets the payout through, the service's
    (the same function, on a balance read just before sending) refuses it; the sentence lands next to the
    amount from GuardRefused.field, and nothing is sent."""
    tab = _tab(qtbot, desk_ctx)
    tab.set_paused(True)
    spent = WithdrawalRequest(account="", amount=999_000, order_id="po-spend", customer_phone="+442079460612",
                              payment_method="phone")  # fmt: skip
    desk_ctx.ops.payout(spent)
    assert desk_ctx.ops.wait_final("po-spend", 5.0).state == "succeeded"
    assert _balance_text(tab) == "€10,000.00"  # not read again: paused
    tab.details.amount.setText("50")
    tab.set_destination("phone")
    tab.destinations.phone.setText("+442079460612")
    tab.submit()
    qtbot.waitUntil(lambda: bool(tab.details.error("amount")), timeout=10_000)
    assert "is more than the available balance of €10.00" in tab.details.error("amount")
    assert tab.message.text() == VALIDATION and tab.result is None and len(confirms) == 1
    assert [e.order_id for e in desk_ctx.journal.entries(kind="withdrawal")] == ["po-spend"]


def test_an_unreadable_balance_shows_no_figure(qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]) -> None:
    tab = _tab(qtbot, desk_ctx)
    assert tab.details.available.text() == "€10,000.00 available"
    tab.set_paused(True)
    sandbox.faults.add("/withdrawal/balance/get", "http_500")
    tab.balance_box.refresh()
    qtbot.waitUntil(lambda: bool(tab.balance_box.problem.text()), timeout=5000)
    assert tab.balance is None and _balance_text(tab) == "—" and tab.details.available.text() == ""
    assert tab.balance_box.problem.text().startswith("The balance could not be read")
    tab.details.amount.setText("20000")  # no figure to check against: the service reads it and refuses
    tab.destinations.card_number.setText(GOOD_CARD)
    tab.submit()
    qtbot.waitUntil(lambda: bool(tab.details.error("amount")), timeout=10_000)
    assert "more than the available balance" in tab.details.error("amount")
    assert sandbox.state.payout_balance() == 1_000_000


def test_each_profile_keeps_its_own_payouts_screen(
    qtbot: Any, desk_session: Any, sandbox: Any, confirms: list[Any]
) -> None:
    desk_ctx = desk_session.ctx
    add_second_profile(desk_session)
    tab = _tab(qtbot, desk_ctx)
    tab.details.amount.setText("25.00")
    tab.set_destination("phone")
    tab.destinations.phone.setText("+442079460612")
    tab.submit()
    qtbot.waitUntil(lambda: tab.panel.badge.text() == "Succeeded", timeout=10_000)
    qtbot.waitUntil(lambda: _balance_text(tab) == "€9,975.00", timeout=5000)
    sent_id = tab.result.order_id
    tab.set_destination("card")
    tab.destinations.card_number.setText(GOOD_CARD)
    tab.details.amount.setText("7.00")

    sandbox.faults.add("/withdrawal/balance/get", "latency", 1, delay_ms=400)
    switch_to(desk_session, SECOND)  # another profile: no balance, no last payout, an empty form
    assert _balance_text(tab) == "—" and tab.details.available.text() == "" and tab.balance is None
    assert tab.result is None and not tab.panel.isVisibleTo(tab) and tab.message.text() == ""
    assert tab.details.amount.text() == "" and tab.destinations.card_number.text() == ""
    qtbot.waitUntil(lambda: tab.balance is not None, timeout=5000)  # its own read

    switch_to(desk_session, "Sandbox")  # back: as it was, but never the card
    assert tab.result is not None and tab.result.order_id == sent_id and tab.panel.badge.text() == "Succeeded"
    assert tab.message.text() == "Payout completed." and tab.details.amount.text() == "7.00"
    assert tab.destinations.key() == "card" and tab.destinations.card_number.text() == ""
    assert tab.details.available.text() == "€9,975.00 available"


def test_the_same_payout_again_is_asked_naming_the_first(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 13, item 3: a payout of the same amount to the same destination within 24 hours (from this desk
    or the CLI: one journal) is named in the dialog, which then needs "send it anyway"; "no" sends nothing."""
    tab = _tab(qtbot, desk_ctx)
    tab.set_destination("phone")
    tab.details.amount.setText("7.50")
    tab.destinations.phone.setText("+442079460612")
    first_id = tab.details.order_id.text()
    qtbot.keyClick(tab.destinations.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.result is not None, timeout=10_000)
    assert not any(line.startswith(WARNING) for line in confirms[0][1])
    assert tab.details.amount.text() == "" and tab.destinations.phone.text() == ""  # a new payout starts empty
    assert tab.details.destination.currentIndex() == 1  # the kind of destination stays
    qtbot.waitUntil(tab.send_button.isEnabled, timeout=5000)
    qtbot.keyClick(tab.destinations.phone, Qt.Key.Key_Return)  # Enter again: nothing to send
    assert len(confirms) == 1 and tab.details.error("amount")

    asked: list[list[str]] = []

    def ask(cls: Any, parent: Any, ctx: Any, title: str, lines: list[str], amount_text: str) -> bool:
        asked.append(list(lines))
        return False

    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(ask))
    tab.details.amount.setText("7.50")
    tab.destinations.phone.setText("+442079460612")
    tab.submit()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=5000)
    (warned,) = [line for line in asked[0] if line.startswith(WARNING)]
    assert "A payout of €7.50 to phone +442079460612 was already made" in warned and f"order {first_id}" in warned
    assert tab.message.text() == "Not sent."
    assert len(desk_ctx.journal.entries(kind="withdrawal")) == 1
    qtbot.waitUntil(lambda: not tab.follower.is_following(), timeout=10_000)
