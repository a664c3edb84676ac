"""Main window: tabs and shortcuts, navigation, profile switching, reconciliation news, closing mid-call."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from smartpay_desk.services.profiles.profiles import Environment, Profile
from smartpay_desk.ui.main_window import MainWindow, operation_news
from smartpay_desk.ui.profile_dialog import SecretDialog
from smartpay_desk.ui.session import SessionManager
from smartpay_desk.ui.tab_registry import TABS
from smartpay_desk.ui.tabs.lookup import LookupTab
from smartpay_desk.ui.tabs.refunds import RefundsTab
from smartpay_desk.ui.tabs.reports import ReportsTab

TITLES = ["Lookup", "Payments", "Authorize & capture", "Refunds", "Recurrent", "Payouts", "Reports", "Activity"]


def _paid_order(sandbox: Any) -> str:
    return next(tx.order_id for tx in sandbox.state.transactions.values() if tx.type == "Payment" and tx.status == 2)


def test_title_banner_and_eight_tabs(main_window: MainWindow) -> None:
    assert main_window.windowTitle() == "SmartPay Desk — Sandbox (Sandbox)"
    assert main_window.banner.text().startswith("SANDBOX")
    tabs = main_window.tabs
    assert [tabs.tabText(i).replace("&&", "&") for i in range(tabs.count())] == TITLES
    assert all(not tabs.tabIcon(i).isNull() for i in range(tabs.count()))
    assert len(TABS) == 8
    assert main_window.profile_box.currentData() == "Sandbox"


def test_the_registry_names_each_tab_as_the_tab_itself_does() -> None:
    for spec in TABS:
        cls = spec.load()
        assert (cls.title, cls.icon_name) == (spec.title, spec.icon_name)  # type: ignore[attr-defined]


def test_only_the_front_tab_is_built_before_the_first_paint(
    qtbot: Any, desk_session: SessionManager, monkeypatch: Any, tmp_path: Any
) -> None:
    window = MainWindow(desk_session.ctx, desk_session)
    qtbot.addWidget(window)
    tabs = window.tabs
    assert list(window.pages) == [LookupTab] and tabs.currentWidget() is window.page(LookupTab)
    assert [tabs.tabText(i).replace("&&", "&") for i in range(tabs.count())] == TITLES
    assert all(not tabs.tabIcon(i).isNull() for i in range(tabs.count()))
    assert tabs.tabToolTip(3) == "Refunds (Ctrl+4)"

    changes: list[int] = []
    tabs.currentChanged.connect(changes.append)
    tabs.setCurrentIndex(3)  # shown: built in place of its placeholder, still fourth, still in front
    refunds = window.pages[RefundsTab]
    assert tabs.currentWidget() is refunds and tabs.indexOf(refunds) == 3 and changes == [3]
    assert tabs.tabToolTip(3) == "Refunds (Ctrl+4)" and tabs.tabText(3) == "Refunds"

    opened: list[Any] = []
    monkeypatch.setattr(ReportsTab, "open_file", lambda self, path: opened.append(path))
    window.ctx.navigate.emit("open_report", tmp_path / "r.xlsx")  # built by the request, still handed it
    assert tabs.currentWidget() is window.pages[ReportsTab] and opened == [tmp_path / "r.xlsx"]
    assert tabs.count() == 8 and len(window.pages) == 3

    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    with qtbot.waitSignal(window.settled, timeout=10_000):
        window.build_remaining_tabs()  # what the application does after the first paint
    assert len(window.pages) == 8  # the rest in idle time, one a turn, then their warm-ups
    assert window.page(LookupTab)._panel is not None  # the answer panel is ready before the first answer
    with qtbot.assertNotEmitted(window.settled, wait=50):
        window.build_remaining_tabs()  # nothing left to do: settled once only
    activity = window.page_named("activity")
    qtbot.waitUntil(lambda: bool(activity.count_label.text()), timeout=5000)  # built after the journal: read it
    assert [tabs.indexOf(window.page(spec.load())) for spec in TABS] == list(range(8))
    assert [tabs.tabText(i).replace("&&", "&") for i in range(tabs.count())] == TITLES
    assert tabs.currentIndex() == 6 and changes == [3, 6]
    reports = window.page(ReportsTab)
    reports.viewer.body.show()  # a gateway report's table, filters and charts
    reports.viewer._set_gateway(True)
    qtbot.wait(20)
    # Every tab built: the window still fits half of a 1,920-pixel screen, beside a spreadsheet
    assert window.minimumSizeHint().width() <= 960


def test_ctrl_number_switches_tabs_and_ctrl_k_focuses_lookup(qtbot: Any, main_window: MainWindow) -> None:
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    for number in (4, 8, 2):
        qtbot.keyClick(main_window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert main_window.tabs.currentIndex() == number - 1
    qtbot.keyClick(main_window.tabs.currentWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    lookup = main_window.page(LookupTab)
    assert main_window.tabs.currentWidget() is lookup
    qtbot.waitUntil(lambda: lookup.order_edit.hasFocus())


def test_navigate_from_lookup_opens_refunds(qtbot: Any, main_window: MainWindow, sandbox: Any) -> None:
    order_id = _paid_order(sandbox)
    lookup = main_window.page(LookupTab)
    main_window.ctx.navigate.emit("lookup", order_id)
    assert main_window.tabs.currentWidget() is lookup
    qtbot.waitUntil(lambda: lookup.info is not None and lookup.panel.refund_button.isEnabled(), timeout=5000)
    lookup.panel.refund_button.click()
    assert main_window.tabs.currentWidget() is main_window.page(RefundsTab)


def test_switching_profile_changes_title_banner_and_services(
    qtbot: Any, main_window: MainWindow, desk_session: Any, sandbox: Any, monkeypatch: Any
) -> None:
    store = desk_session.store
    store.add(
        Profile(
            name="Training", environment=Environment.TEST, gateway_url=sandbox.url, pci_url=sandbox.url,
            reports_url=sandbox.reports_url, merchant_key="test",
        )
    )  # fmt: skip
    main_window.refill_profiles()
    asked: list[str] = []
    monkeypatch.setattr(SecretDialog, "ask", classmethod(lambda cls, parent, name: asked.append(name) or "qwerty"))
    old_ops = desk_session.ctx.ops
    main_window.profile_box.setCurrentIndex(main_window.profile_box.findData("Training"))
    main_window.profile_box.activated.emit(main_window.profile_box.currentIndex())
    qtbot.waitUntil(lambda: main_window.windowTitle() == "SmartPay Desk — Training (Test)", timeout=5000)
    assert asked == ["Training"]  # no secret stored yet: asked once, then kept
    assert main_window.banner.text().startswith("TEST")
    assert desk_session.ctx.ops is not old_ops
    qtbot.waitUntil(lambda: desk_session.credentials.get("Training") == "qwerty", timeout=5000)
    qtbot.waitUntil(lambda: "Journal checked" in main_window.statusBar().currentMessage(), timeout=5000)
    assert store.active == "Training"


def test_operations_left_in_flight_are_reported(
    qtbot: Any, main_window: MainWindow, sandbox: Any, monkeypatch: Any
) -> None:
    ctx = main_window.ctx
    order_id = _paid_order(sandbox)
    entry = ctx.journal.record_intent(
        kind="payment_h2h", order_id=order_id, profile="Sandbox", environment="sandbox", amount=100,
        currency="EUR", account="EUR-sandbox", destination=None, parent_order_id=None, request={}, operator="t",
    )  # fmt: skip
    ctx.journal.update(entry.id, "sent", note="")
    told: list[str] = []
    monkeypatch.setattr(MainWindow, "tell", lambda self, title, text: told.append(text))
    main_window.sessions.reconcile()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "1 operation(s) were left in flight" in told[0]
    assert order_id in told[0] and "nothing was sent again" in told[0]


def test_closing_while_a_call_is_in_flight_waits_cleanly(qtbot: Any, main_window: MainWindow, sandbox: Any) -> None:
    sandbox.latency_ms = 800
    lookup = main_window.page(LookupTab)
    before = main_window.ctx.runner.active_count()
    lookup.lookup(_paid_order(sandbox))
    assert main_window.ctx.runner.active_count() == before + 1
    main_window.close()
    runner = main_window.ctx.runner
    assert all(not task.thread.isRunning() for task in runner._tasks)  # waited for, not abandoned
    qtbot.waitUntil(lambda: runner.active_count() == 0)
    assert lookup.info is None  # the answer came after the window stopped waiting: dropped


def test_status_bar_news_uses_the_operators_words_and_money() -> None:
    entry = type("E", (), {"kind": "payment_h2h", "state": "needs_review", "order_id": "o-1"})()
    entry.amount, entry.currency = 2500, "EUR"
    assert operation_news(entry) == "Card payment of €25.00, order o-1: needs review by an operator"
    entry.kind, entry.state, entry.amount = "withdrawal", "succeeded", None
    assert operation_news(entry) == "Payout, order o-1: succeeded"


def test_every_money_moving_tab_sends_from_the_same_row(qtbot: Any, main_window: MainWindow) -> None:
    """Form → button (sentence on its left, busy bar under) → result: the same on every tab."""
    pages = {spec.class_name: main_window.page_named(spec.module) for spec in TABS}
    qtbot.waitUntil(lambda: bool(pages["ActivityTab"].count_label.text()), timeout=5000)  # its first read
    rows = {
        "PaymentsTab": [pages["PaymentsTab"].link_row, pages["PaymentsTab"].card_row],
        "AuthorizeTab": [pages["AuthorizeTab"].submit_row],
        "RefundsTab": [pages["RefundsTab"].submit_row],
        "RecurrentTab": [pages["RecurrentTab"].submit_row],
        "PayoutsTab": [pages["PayoutsTab"].submit_row],
    }
    for name, found in rows.items():
        for row in found:
            assert row.button.property("primary") and row.button.toolTip().endswith("(Enter)"), name
            assert row.button.text().endswith("…") or row.button.text() == "Create payment link", name
