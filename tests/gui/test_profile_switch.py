"""A session per profile, proved on the whole window: work on Sandbox in every tab, switch to a profile whose
gateway cannot be reached (its balance read fails), then back. Nothing one profile showed (a figure, a card,
an order id, a typed value, its account in the status bar) is ever visible under the other, and coming back
to Sandbox shows its screens as they were left."""

from __future__ import annotations

import socket
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit

from smartpay_desk.api.models import Customer
from smartpay_desk.sandbox import FRICTIONLESS_CARD
from smartpay_desk.services.profiles.profiles import Environment, Profile
from smartpay_desk.ui.main_window import MainWindow
from smartpay_desk.ui.tabs.activity import ActivityTab
from smartpay_desk.ui.tabs.lookup import LookupTab
from smartpay_desk.ui.tabs.payments import PaymentsTab
from smartpay_desk.ui.tabs.payouts import PayoutsTab
from smartpay_desk.ui.tabs.refunds import RefundsTab
from smartpay_desk.ui.tabs.reports import ReportsTab

CUSTOMER = Customer(
    first_name="Ottilie", last_name="Brandauer", address="4 Quai Wilson", city="Geneva", zip_code="1201",
    country="CH", phone="+41227319111", email="ottilie.brandauer@example.com", ip_address="127.0.0.1",
)  # fmt: skip
MASKED_CARD = "401200******3010"


def _dead_url() -> str:
    """A loopback port nothing listens on: every call is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def _visible_texts(window: MainWindow) -> set[str]:
    texts: set[str] = set()
    for page in window.pages.values():
        for widget in [*page.findChildren(QLabel), *page.findChildren(QLineEdit)]:
            if widget.isVisibleTo(page) and widget.text().strip():
                texts.add(widget.text().strip())
    return texts


def _tab_texts(window: MainWindow) -> set[str]:
    """Every visible label and line edit text of every built tab, with each of Payments' two pages in front."""
    payments = window.page(PaymentsTab)
    in_front = payments.stack.currentIndex()
    payments.show_link_page()
    texts = _visible_texts(window)
    payments.show_card_page()
    texts |= _visible_texts(window)
    payments.show_card_page() if in_front == 1 else payments.show_link_page()
    return texts


def _status_texts(window: MainWindow) -> list[str]:
    bar = window.statusBar()
    return [bar.currentMessage(), *(label.text() for label in bar.findChildren(QLabel) if label.isVisibleTo(bar))]


def _switch(qtbot: Any, window: MainWindow, name: str, title: str) -> None:
    box = window.profile_box
    box.setCurrentIndex(box.findData(name))
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(lambda: window.windowTitle() == title and window.ctx.profile is not None, timeout=10_000)
    assert window.ctx.profile is not None and window.ctx.profile.name == name


def _work_on_sandbox(qtbot: Any, window: MainWindow, sandbox: Any) -> dict[str, str]:
    """What an operator does on Sandbox in every tab; the values that are Sandbox's own."""
    paid = next(tx.order_id for tx in sandbox.state.transactions.values() if tx.type == "Payment" and tx.status == 2)
    lookup = window.page(LookupTab)
    lookup.lookup(paid)
    qtbot.waitUntil(lambda: lookup.info is not None, timeout=10_000)

    payments = window.page(PaymentsTab)
    window.tabs.setCurrentWidget(payments)
    payments.prefill_customer(CUSTOMER, amount_minor=4321, purpose="Atelier order 88")
    link_order = payments.details.order_id.text()
    payments.create_link()
    qtbot.waitUntil(lambda: bool(payments.link_result.qr.data()), timeout=10_000)
    payments.prefill_customer(CUSTOMER, amount_minor=4321, purpose="Atelier order 88")  # a made link starts anew
    payments.show_card_page()
    card_order = payments.details.order_id.text()
    form = payments.card_form
    form.holder.setText("OTTILIE BRANDAUER")
    form.number.setText(FRICTIONLESS_CARD)
    form.expiry.setText("12/30")
    form.cvv.setText("123")
    payments.charge_card()
    qtbot.waitUntil(lambda: payments.card_result.isVisibleTo(payments), timeout=10_000)
    qtbot.waitUntil(lambda: payments.card_message.tone == "success", timeout=10_000)
    payments.prefill_customer(CUSTOMER, amount_minor=4321)  # the next payment, being typed

    payouts = window.page(PayoutsTab)
    window.tabs.setCurrentWidget(payouts)  # shown: the balance is read
    qtbot.waitUntil(lambda: payouts.balance is not None, timeout=10_000)
    payouts.set_destination("card")
    payout_order = payouts.details.order_id.text()
    payouts.details.amount.setText("123.45")
    payouts.destinations.card_number.setText(FRICTIONLESS_CARD)
    payouts.destinations.expiry.setText("12/30")
    payouts.submit()
    qtbot.waitUntil(lambda: payouts.panel.badge.text() == "Succeeded", timeout=15_000)
    paid_out = 1_000_000 - 12345
    qtbot.waitUntil(lambda: payouts.balance is not None and payouts.balance.available == paid_out, timeout=10_000)

    refunds = window.page(RefundsTab)
    window.tabs.setCurrentWidget(refunds)
    refunds.prefill(paid)
    qtbot.waitUntil(lambda: refunds.refundable is not None, timeout=10_000)

    reports = window.page(ReportsTab)
    window.tabs.setCurrentWidget(reports)
    with qtbot.waitSignal(reports.viewer.loaded, timeout=20_000):
        reports.export_and_open("Payment", 2, date.today() - timedelta(days=40), date.today() - timedelta(days=1))
    report = reports.viewer.path
    assert report is not None

    activity = window.page(ActivityTab)
    window.tabs.setCurrentWidget(activity)
    with qtbot.waitSignal(activity.loaded, timeout=10_000):
        activity.refresh()
    activity.search.setText("at")  # a filter the operator typed
    qtbot.waitUntil(lambda: activity.task is None and not activity._soon.isActive(), timeout=5000)
    return {
        "looked-up order": paid, "link order": link_order, "card order": card_order, "payout order": payout_order,
        "masked card": MASKED_CARD, "customer": "Brandauer", "account": "EUR-sandbox", "report": report.name,
        "balance": "€9,876.55",
    }  # fmt: skip


def test_nothing_of_one_profile_is_shown_under_another_and_each_comes_back(
    qtbot: Any, main_window: MainWindow, desk_session: Any, sandbox: Any, confirms: list[Any]
) -> None:
    window = main_window
    url = _dead_url()
    desk_session.store.add(
        Profile(
            name="Zurich", environment=Environment.TEST, gateway_url=url, pci_url=url,
            reports_url=url + "/aggregation-service", merchant_key="zurich-key", account="CHF-zurich",
            payout_account="CHF-zurich-payout", currency="CHF",
        )
    )  # fmt: skip
    desk_session.credentials.set("Zurich", "zurich-secret-4q")  # the test's memory keyring
    window.refill_profiles()
    with qtbot.waitSignal(window.settled, timeout=20_000):
        window.build_remaining_tabs()
    activity = window.page(ActivityTab)
    qtbot.waitUntil(lambda: bool(activity.count_label.text()), timeout=5000)
    before_work = _tab_texts(window)

    own = _work_on_sandbox(qtbot, window, sandbox)
    on_sandbox = _tab_texts(window)
    sandboxs = on_sandbox - before_work  # what working on Sandbox put on screen
    for what in ("looked-up order", "link order", "payout order", "masked card", "balance"):
        assert any(own[what] in text for text in sandboxs), what  # the walk sees what it must not see later

    # ---- to Zurich: its gateway refuses every call
    _switch(qtbot, window, "Zurich", "Zurich (Test) — SmartPay Desk")
    payouts = window.page(PayoutsTab)
    window.tabs.setCurrentWidget(payouts)  # shown: its balance is read, and fails
    qtbot.waitUntil(lambda: payouts.balance_box.problem.isVisibleTo(payouts), timeout=10_000)
    assert "unknown until checked" not in payouts.balance_box.problem.text()  # a read moves no money
    qtbot.waitUntil(lambda: activity.task is None, timeout=5000)
    on_zurich = _tab_texts(window)
    assert sorted(on_zurich & sandboxs) == []
    for what, value in own.items():
        assert [text for text in on_zurich if value in text] == [], what
        assert [text for text in _status_texts(window) if value in text] == [], what
    assert any("CHF-zurich" in text for text in _status_texts(window))
    assert window.banner.text().startswith("TEST")
    zurichs = on_zurich - before_work

    # ---- back to Sandbox: its screens as they were left, nothing of Zurich
    _switch(qtbot, window, "Sandbox", "Sandbox — SmartPay Desk")
    reports = window.page(ReportsTab)
    qtbot.waitUntil(lambda: not reports.viewer.loading, timeout=20_000)
    window.tabs.setCurrentWidget(payouts)
    qtbot.waitUntil(lambda: payouts.balance is not None, timeout=10_000)
    qtbot.waitUntil(lambda: activity.task is None and activity.model.rowCount() > 0, timeout=5000)
    back = _tab_texts(window)
    assert sorted(back & zurichs) == []
    assert not [text for text in [*back, *_status_texts(window)] if "CHF" in text or "Zurich" in text.title()]
    lookup = window.page(LookupTab)
    assert lookup.info is not None and lookup.panel.order_label.text() == own["looked-up order"]
    payments = window.page(PaymentsTab)
    assert payments.link_result.order.text() == own["link order"] and payments.link_result.qr.data()
    assert payments.card_result.card.text() == MASKED_CARD and payments.card_form.number.text() == ""
    assert payments.customer_form.last_name.text() == "Brandauer"
    assert reports.viewer.path is not None and reports.viewer.path.name == own["report"]
    assert activity.search.text() == "at"
    assert payouts.panel.copy.text() == own["payout order"]  # the last payout, the other engineer's part
    assert any("EUR-sandbox" in text for text in _status_texts(window))
