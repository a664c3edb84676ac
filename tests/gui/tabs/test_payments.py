"""Payments tab against the sandbox: payment link with QR (paid through its page), card by phone
(frictionless, declined, 3-D Secure challenge answered over HTTP), and refusals before sending."""

from __future__ import annotations

import dataclasses
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt

from smartpay_desk.api.models import Customer
from smartpay_desk.sandbox import CHALLENGE_CARD, FRICTIONLESS_CARD
from smartpay_desk.ui.tabs.payments import PaymentsTab
from smartpay_desk.ui.widgets.confirm import ConfirmDialog

CUSTOMER = Customer(
    first_name="John", last_name="Doe", address="10 Downing Street", city="London", zip_code="SW1A 2AA",
    country="GB", phone="+442079460612", email="john.doe@example.com", ip_address="127.0.0.1",
)  # fmt: skip


@pytest.fixture
def tab(qtbot: Any, desk_ctx: Any, monkeypatch: Any) -> PaymentsTab:
    opened: list[str] = []
    monkeypatch.setattr(PaymentsTab, "open_url", staticmethod(opened.append))
    widget = PaymentsTab(desk_ctx)
    widget.opened = opened  # type: ignore[attr-defined]
    widget.follower._timer.setInterval(100)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    widget.prefill_customer(CUSTOMER, amount_minor=1250, purpose="Invoice 117")
    return widget


def _confirm(monkeypatch: Any, answer: bool = True) -> list[Any]:
    asked: list[Any] = []

    def ask(parent: Any, ctx: Any, title: str, lines: list[str], amount_text: str) -> bool:
        asked.append((title, lines, amount_text))
        return answer

    monkeypatch.setattr(ConfirmDialog, "ask", staticmethod(ask))
    return asked


def _type_card(qtbot: Any, tab: PaymentsTab, number: str) -> None:
    tab.show_card_page()
    form = tab.card_form
    qtbot.keyClicks(form.holder, "JOHN DOE")
    qtbot.keyClicks(form.number, number)
    qtbot.keyClicks(form.expiry, "12/30")
    qtbot.keyClicks(form.cvv, "123")


def test_payment_link_shows_link_and_qr_then_follows_until_paid(qtbot: Any, tab: PaymentsTab, sandbox: Any) -> None:
    order_id = tab.details.order_id.text()
    qtbot.keyClick(tab.details.amount, Qt.Key.Key_Return)  # Enter submits the link page
    assert tab.link_busy.is_busy() and not tab.link_button.isEnabled()
    qtbot.waitUntil(lambda: bool(tab.link_result.link.text()), timeout=5000)
    url = tab.link_result.link.text()
    assert url.startswith(sandbox.url)
    assert tab.link_result.qr.data() == url and tab.link_result.qr.module_count() > 20
    assert tab.link_result.order.text() == order_id
    assert tab.link_result.badge.kind == "processing"
    assert tab.follower.is_following()
    assert tab.details.order_id.text() != order_id  # a new id for the next payment
    tab.link_result.open_button.click()
    assert tab.opened == [url]  # type: ignore[attr-defined]

    form = {"card_holder": "JOHN DOE", "card_number": FRICTIONLESS_CARD, "card_exp_month": "12",
            "card_exp_year": "30", "card_cvv": "123"}  # fmt: skip
    answer = httpx.post(url, data=form, follow_redirects=True)
    assert answer.status_code == 200
    qtbot.waitUntil(lambda: tab.link_result.badge.kind == "success", timeout=5000)
    assert not tab.follower.is_following()
    assert tab.link_message.tone == "success"


def test_missing_customer_name_is_shown_next_to_the_field_and_nothing_is_sent(
    qtbot: Any, tab: PaymentsTab, desk_ctx: Any
) -> None:
    tab.customer_form.first_name.setText("")
    tab.create_link()
    qtbot.waitUntil(lambda: bool(tab.customer_form.error("customer_first_name")), timeout=5000)
    assert tab.link_message.tone == "error"
    assert "nothing was sent" in tab.link_message.text()
    assert not tab.link_result.isVisibleTo(tab)
    assert desk_ctx.journal.entries() == []


def test_unreadable_amount_is_refused_before_anything_runs(tab: PaymentsTab, desk_ctx: Any) -> None:
    tab.details.amount.setText("12.345")
    tab.create_link()
    assert "2 decimal places" in tab.details.error("amount")
    assert desk_ctx.runner.active_count() == 0


def test_card_payment_frictionless_clears_card_fields(qtbot: Any, tab: PaymentsTab, monkeypatch: Any) -> None:
    asked = _confirm(monkeypatch)
    _type_card(qtbot, tab, "4012 0000 0000 3010")
    qtbot.keyClick(tab.card_form.cvv, Qt.Key.Key_Return)
    assert asked and asked[0][2] == "€12.50"
    assert "Card: 401200******3010" in asked[0][1]
    for edit in (tab.card_form.holder, tab.card_form.number, tab.card_form.expiry, tab.card_form.cvv):
        assert edit.text() == ""
        assert not edit.isUndoAvailable()
    qtbot.waitUntil(lambda: tab.card_message.tone == "success", timeout=5000)
    assert tab.card_message.text() == "Paid: €12.50 from card 401200******3010."
    assert tab.card_result.badge.kind == "success"
    assert not tab.challenge_button.isVisibleTo(tab)
    # Paid: the form starts the next payment (the result stays on screen).
    assert tab.details.amount.text() == "" and tab.customer_form.first_name.text() == ""
    assert tab.card_result.isVisibleTo(tab)


def test_declined_card_says_why(qtbot: Any, tab: PaymentsTab, monkeypatch: Any) -> None:
    _confirm(monkeypatch)
    _type_card(qtbot, tab, "4111111111111111")
    tab.charge_card()
    qtbot.waitUntil(lambda: tab.card_message.tone == "error", timeout=5000)
    assert "declined" in tab.card_message.text()
    assert tab.card_result.badge.kind == "fail"
    # One sentence by the button; the journal's longer account (gates tried) in the result panel.
    assert "gates tried" not in tab.card_message.text()
    assert tab.card_result.note.isVisibleTo(tab) and "failed" in tab.card_result.note.text()


def test_challenge_flow_follows_until_the_customer_approves(qtbot: Any, tab: PaymentsTab, monkeypatch: Any) -> None:
    _confirm(monkeypatch)
    _type_card(qtbot, tab, CHALLENGE_CARD)
    tab.charge_card()
    qtbot.waitUntil(lambda: tab.challenge_button.isVisibleTo(tab), timeout=5000)
    assert "3-D Secure" in tab.card_message.text()
    assert tab.follower.is_following()
    tab.challenge_button.click()
    (url,) = tab.opened  # type: ignore[attr-defined]
    answer = httpx.post(url, data={"decision": "approve"}, follow_redirects=True)
    assert answer.status_code == 200
    qtbot.waitUntil(lambda: tab.card_result.badge.kind == "success", timeout=5000)
    assert not tab.challenge_button.isVisibleTo(tab)
    assert tab.card_message.tone == "success"


def test_invalid_card_stays_on_screen_and_nothing_is_sent(qtbot: Any, tab: PaymentsTab, monkeypatch: Any) -> None:
    asked = _confirm(monkeypatch)
    _type_card(qtbot, tab, "4012000000003011")  # fails the Luhn check
    tab.charge_card()
    assert tab.card_form.error("card_number")
    assert tab.card_form.number.text() == "4012000000003011"
    assert asked == []
    assert tab.card_message.tone == "error"


def test_refusing_the_confirmation_sends_nothing(qtbot: Any, tab: PaymentsTab, monkeypatch: Any, desk_ctx: Any) -> None:
    _confirm(monkeypatch, answer=False)
    _type_card(qtbot, tab, FRICTIONLESS_CARD)
    tab.charge_card()
    assert desk_ctx.runner.active_count() == 0
    assert tab.card_form.cvv.text() == "123"


def test_each_profile_keeps_its_own_form_and_results_never_the_card(
    qtbot: Any, tab: PaymentsTab, desk_session: Any, sandbox: Any, training: str
) -> None:
    link_order = tab.details.order_id.text()
    tab.create_link()
    qtbot.waitUntil(lambda: bool(tab.link_result.qr.data()), timeout=5000)
    assert tab.follower.is_following()
    url = tab.link_result.link.text()
    next_order = tab.details.order_id.text()
    tab.prefill_customer(CUSTOMER, amount_minor=1250)  # the next payment, being typed
    tab.show_card_page()
    tab.card_form.number.setText(FRICTIONLESS_CARD)  # typed, never sent
    tab.card_form.cvv.setText("123")

    desk_session.open_now(training)  # another profile: a fresh form, no result, nothing followed
    assert not tab.follower.is_following()
    assert tab.card_form.number.text() == "" and tab.card_form.cvv.text() == ""
    assert not tab.link_result.isVisibleTo(tab) and not tab.card_result.isVisibleTo(tab)
    assert tab.customer_form.first_name.text() == "" and tab.details.amount.text() == ""
    assert tab.details.order_id.text() not in (link_order, next_order, "")
    assert tab.stack.currentIndex() == 0 and tab.link_message.text() == ""
    tab.prefill_customer(dataclasses.replace(CUSTOMER, first_name="Jane"), amount_minor=999)

    desk_session.open_now("Sandbox")  # back: its form, its link, following again; the card stays forgotten
    assert tab.customer_form.first_name.text() == "John" and tab.details.amount.minor_units() == 1250
    assert tab.details.order_id.text() == next_order and tab.stack.currentIndex() == 1
    assert tab.link_result.order.text() == link_order and tab.link_result.link.text() == url
    assert tab.link_result.qr.data() == url and tab.link_result.badge.kind == "processing"
    assert tab.follower.is_following() and tab.follower.order_id == link_order
    assert tab.link_message.tone == "success" and tab.card_form.number.text() == ""
    httpx.post(url, data={"card_holder": "JOHN DOE", "card_number": FRICTIONLESS_CARD, "card_exp_month": "12",
                          "card_exp_year": "30", "card_cvv": "123"}, follow_redirects=True)  # fmt: skip
    qtbot.waitUntil(lambda: tab.link_result.badge.kind == "success", timeout=5000)

    desk_session.open_now(training)
    assert tab.customer_form.first_name.text() == "Jane" and tab.details.amount.minor_units() == 999
    desk_session.open_now("Sandbox")  # what following learnt is what comes back
    assert tab.link_result.badge.kind == "success" and not tab.follower.is_following()


def test_a_payment_still_on_its_way_when_the_profile_changes_is_left_to_the_journal(
    qtbot: Any, tab: PaymentsTab, desk_ctx: Any, desk_session: Any, sandbox: Any, training: str
) -> None:
    sandbox.latency_ms = 600
    order_id = tab.details.order_id.text()
    tab.create_link()
    qtbot.waitUntil(lambda: tab.link_task is not None, timeout=5000)  # sent (an earlier link was looked for)
    desk_session.open_now(training)
    assert not tab.link_busy.is_busy() and tab.link_button.isEnabled()
    desk_session.open_now("Sandbox")
    assert "Activity" in tab.link_message.text() and tab.details.order_id.text() == order_id
    qtbot.waitUntil(lambda: desk_ctx.runner.active_count() == 0, timeout=5000)
    assert not tab.link_result.isVisibleTo(tab)  # the answer came for a screen that was left: not shown
    assert [e.order_id for e in desk_ctx.journal.entries()] == [order_id]  # the journal has it


def test_a_profile_that_comes_in_front_while_confirming_sends_nothing(
    qtbot: Any, tab: PaymentsTab, desk_ctx: Any, desk_session: Any, training: str, monkeypatch: Any
) -> None:
    def ask(parent: Any, ctx: Any, title: str, lines: list[str], amount_text: str) -> bool:
        desk_session.open_now(training)  # the switch asked for before finished while the dialog was open
        return True

    monkeypatch.setattr(ConfirmDialog, "ask", staticmethod(ask))
    _type_card(qtbot, tab, FRICTIONLESS_CARD)
    tab.charge_card()
    assert desk_ctx.profile.name == training and desk_ctx.runner.active_count() == 0
    assert tab.card_message.text() == "The profile changed while you were confirming; nothing was sent."
    assert desk_ctx.journal.entries(profile=None) == [] and tab.card_form.number.text() == ""


def test_a_made_link_starts_a_new_payment_and_a_second_one_for_the_customer_asks_first(
    qtbot: Any, tab: PaymentsTab, desk_ctx: Any, monkeypatch: Any
) -> None:
    first_order = tab.details.order_id.text()
    tab.create_link()
    qtbot.waitUntil(lambda: bool(tab.link_result.link.text()), timeout=5000)
    # A new payment: new order id, amount, description and customer cleared; the link stays on screen.
    assert tab.details.order_id.text() not in (first_order, "")
    assert tab.details.amount.text() == "" and tab.details.purpose.text() == ""
    assert tab.customer_form.first_name.text() == "" and tab.customer_form.email.text() == ""
    assert tab.customer_form.country.code() == "GB" and tab.customer_form.ip_address.text() == "127.0.0.1"
    assert tab.link_result.isVisibleTo(tab) and tab.link_result.order.text() == first_order
    qtbot.waitUntil(lambda: not tab.link_busy.is_busy(), timeout=5000)  # a click while busy is ignored
    tab.create_link()  # a second click: nothing to send, every missing field said
    assert tab.details.error("amount") and tab.customer_form.error("customer_first_name")
    assert len(desk_ctx.journal.entries()) == 1

    # The same customer and amount again, typed by hand: asked first, naming the earlier link.
    asked = _confirm(monkeypatch, answer=False)
    tab.prefill_customer(dataclasses.replace(CUSTOMER, email="JOHN.DOE@example.com"), amount_minor=1250)
    second_order = tab.details.order_id.text()
    tab.create_link()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    title, lines, amount = asked[0]
    assert title == "Another payment link for John Doe, for €12.50?" and amount == "€12.50"
    warned = [line for line in lines if line.startswith("⚠")]
    assert warned and first_order in warned[0] and "John Doe" in warned[0]
    assert tab.link_message.text() == f"No new link was made; the earlier one is order {first_order}."
    assert len(desk_ctx.journal.entries()) == 1 and tab.link_result.order.text() == first_order

    asked = _confirm(monkeypatch, answer=True)  # the operator means it
    qtbot.waitUntil(lambda: not tab.link_busy.is_busy(), timeout=5000)  # the earlier-link check's task has ended
    tab.create_link()
    qtbot.waitUntil(lambda: tab.link_result.order.text() == second_order, timeout=5000)
    assert len(asked) == 1 and len(desk_ctx.journal.entries()) == 2
    qtbot.waitUntil(lambda: not tab.link_busy.is_busy(), timeout=5000)  # the answer is in; its task ends after it

    asked = _confirm(monkeypatch, answer=True)  # another customer, or another amount: nothing to ask
    tab.prefill_customer(dataclasses.replace(CUSTOMER, first_name="Jane", email="jane@example.com"), 1250)
    tab.create_link()
    qtbot.waitUntil(lambda: len(desk_ctx.journal.entries()) == 3, timeout=5000)
    assert asked == []


def test_every_field_that_needs_attention_is_said_in_one_round(tab: PaymentsTab, desk_ctx: Any) -> None:
    tab.details.amount.setText("")
    tab.customer_form.first_name.setText("")
    tab.customer_form.email.setText("not an address")
    tab.create_link()
    assert tab.details.error("amount")
    assert tab.customer_form.error("customer_first_name") and tab.customer_form.error("customer_email")
    assert tab.link_message.tone == "error" and desk_ctx.runner.active_count() == 0


def test_a_red_note_goes_when_its_field_is_edited_and_all_go_after_success(
    qtbot: Any, tab: PaymentsTab, desk_ctx: Any
) -> None:
    tab.customer_form.first_name.setText("")
    tab.customer_form.email.setText("not an address")
    tab.create_link()
    assert tab.customer_form.error("customer_first_name") and tab.customer_form.error("customer_email")
    qtbot.keyClicks(tab.customer_form.first_name, "John")  # fixed: its note goes, the other one stays
    assert tab.customer_form.error("customer_first_name") == ""
    assert not tab.customer_form.first_name.property("invalid")
    assert tab.customer_form.error("customer_email")
    tab.customer_form.email.setText("john.doe@example.com")  # set, not typed: nothing said of it yet
    tab.create_link()
    qtbot.waitUntil(lambda: tab.link_message.tone == "success", timeout=5000)
    assert not any(form.has_errors() for form in tab._forms())  # no stale red note beside the green line


def test_a_description_beyond_its_limit_says_so(qtbot: Any, tab: PaymentsTab) -> None:
    tab.details.purpose.clear()
    tab.details.purpose.insert("x" * 10_000)  # what a paste does
    assert len(tab.details.purpose.text()) == 255
    assert tab.details.error("purpose").startswith("At most 255 characters: what went beyond was not taken.")
    qtbot.keyClick(tab.details.purpose, Qt.Key.Key_Backspace)  # shortened: the note goes
    assert tab.details.error("purpose") == ""


def test_a_profile_change_while_looking_for_an_earlier_link_sends_nothing(
    qtbot: Any, tab: PaymentsTab, desk_ctx: Any, desk_session: Any, training: str
) -> None:
    tab.create_link()
    assert tab.check_task is not None and tab.link_busy.is_busy()
    desk_session.open_now(training)  # before the journal's answer came back
    qtbot.waitUntil(lambda: desk_ctx.runner.active_count() == 0, timeout=5000)
    qtbot.wait(50)
    assert tab.link_task is None and tab.link_message.text() == "" and not tab.link_busy.is_busy()
    assert desk_ctx.journal.entries(profile=None) == []
