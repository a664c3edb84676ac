"""Payments tab against the sandbox: payment link with QR (paid through its page), card by phone
(frictionless, declined, 3-D Secure challenge answered over HTTP), and refusals before sending."""

from __future__ import annotations

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
    assert "401200******3010" in tab.card_message.text()
    assert tab.card_result.badge.kind == "success"
    assert not tab.challenge_button.isVisibleTo(tab)


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
