"""Main window: tabs and shortcuts, navigation, profile switching, reconciliation news, closing mid-call."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from smartpay_desk.api.redact import discard_secret
from smartpay_desk.services.profiles.profiles import Environment, Profile
from smartpay_desk.ui.journal_news import operation_news
from smartpay_desk.ui.main_window import MainWindow
from smartpay_desk.ui.secret_dialog import SecretDialog
from smartpay_desk.ui.session import SessionManager
from smartpay_desk.ui.tab_registry import TABS
from smartpay_desk.ui.tabs.lookup import LookupTab
from smartpay_desk.ui.tabs.refunds import RefundsTab
from smartpay_desk.ui.tabs.reports import ReportsTab

TITLES = [
    "Lookup",
    "Payments",
    "Authorize & capture",
    "Refunds",
    "Recurrent",
    "Payouts",
    "Reports",
    "Activity",
    "Approvals",
    "Needs attention",
]


def _paid_order(sandbox: Any) -> str:
    return next(tx.order_id for tx in sandbox.state.transactions.values() if tx.type == "Payment" and tx.status == 2)


def test_title_banner_and_ten_tabs(main_window: MainWindow) -> None:
    # Qt adds the application's display name to a title that does not end with it ("… — SmartPay Desk — SmartPay
    # Desk" on X11, Wayland and Windows; ui/app.py names the application "SmartPay Desk"): the title ends with it,
    # so it is said once.
    assert main_window.windowTitle() == "Sandbox — SmartPay Desk"
    assert main_window.windowTitle().endswith(" — SmartPay Desk") and main_window.windowTitle().count("SmartPay") == 1
    assert main_window.banner.text().startswith("SANDBOX")
    tabs = main_window.tabs
    assert [tabs.tabText(i).replace("&&", "&") for i in range(tabs.count())] == TITLES
    assert all(not tabs.tabIcon(i).isNull() for i in range(tabs.count()))
    assert len(TABS) == 10
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
    assert tabs.count() == 10 and len(window.pages) == 3

    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    with qtbot.waitSignal(window.settled, timeout=10_000):
        window.build_remaining_tabs()  # what the application does after the first paint
    assert len(window.pages) == 10  # the rest in idle time, one a turn, then their warm-ups
    assert window.page(LookupTab)._panel is not None  # the answer panel is ready before the first answer
    with qtbot.assertNotEmitted(window.settled, wait=50):
        window.build_remaining_tabs()  # nothing left to do: settled once only
    activity = window.page_named("activity")
    qtbot.waitUntil(lambda: bool(activity.count_label.text()), timeout=5000)  # built after the journal: read it
    assert [tabs.indexOf(window.page(spec.load())) for spec in TABS] == list(range(10))
    assert [tabs.tabText(i).replace("&&", "&") for i in range(tabs.count())] == TITLES
    assert tabs.currentIndex() == 6 and changes == [3, 6]
    reports = window.page(ReportsTab)
    reports.viewer.body.show()  # a gateway report's table, filters and charts
    reports.viewer._set_gateway(True)
    qtbot.wait(20)
    # Every tab built: the window still fits half of a 1,920-pixel screen, beside a spreadsheet
    assert window.minimumSizeHint().width() <= 960


def test_the_tab_in_front_is_built_in_the_window_and_given_its_letters_once(
    qtbot: Any, desk_session: SessionManager, monkeypatch: Any
) -> None:
    """Built with the window's tab widget as its parent, the Lookup tab knows its window from the start: its
    Alt+letters are given once, not again when the tab widget takes it in (widgets/keys.py)."""
    from smartpay_desk.ui.tabs import lookup
    from smartpay_desk.ui.widgets import keys

    given: list[str] = []
    real = keys.assign_mnemonics

    def counting(root: Any, taken: Any = ()) -> None:
        given.append(type(root).__name__)
        real(root, taken)

    monkeypatch.setattr(keys, "assign_mnemonics", counting)
    monkeypatch.setattr(lookup, "assign_mnemonics", counting)
    window = MainWindow(desk_session.ctx, desk_session)
    qtbot.addWidget(window)
    assert given == ["LookupTab"]
    assert window.page(LookupTab).window() is window and window.tabs.currentWidget() is window.page(LookupTab)
    assert window.page(LookupTab).lookup_button.text() == "&Look up"


def test_a_window_whose_first_paint_is_never_seen_goes_on_after_a_while(
    qtbot: Any, desk_session: SessionManager
) -> None:
    """Shown minimised, or on a platform that never exposes it: first_painted still comes (the fallback), and with it
    what waits for it (the View menu's items, the shortcuts, and in the program the garbage collector)."""
    window = MainWindow(desk_session.ctx, desk_session)
    qtbot.addWidget(window)
    window.tabs.tabBar().removeEventFilter(window)  # no paint is seen
    window._paint_fallback.setInterval(50)
    with qtbot.waitSignal(window.first_painted, timeout=3000):
        window.show()
    assert [action.text() for action in window.menus.view_menu.actions()] == ["&Language", "&Theme"]
    assert window.lookup_shortcut is not None


def test_the_journals_bar_comes_with_the_first_paint_under_the_banner(qtbot: Any, desk_session: SessionManager) -> None:
    """Nothing to say before a journal is open, so the bar is made with the first paint (or when first asked for):
    under the banner, above the tabs, and at once telling what the journal in front already found."""
    from dataclasses import replace

    journal = desk_session.ctx.journal
    journal.health = replace(journal.health, notices=("Two entries left in flight were settled.",))  # type: ignore[union-attr]
    window = MainWindow(desk_session.ctx, desk_session)
    qtbot.addWidget(window)
    assert window._journal_health is None
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    column = window.centralWidget().layout()
    assert [column.itemAt(i).widget() for i in range(3)] == [window.banner, window.journal_health, window.tabs]
    assert window.journal_health.isVisible() and "settled" in window.journal_health.text.text()
    late = MainWindow(desk_session.ctx, desk_session)  # asked for before any paint (a profile that cannot open)
    qtbot.addWidget(late)
    bar = late.journal_health
    assert late.centralWidget().layout().itemAt(1).widget() is bar and late.journal_health is bar  # made once


def test_the_view_menus_items_come_with_the_first_paint(qtbot: Any, desk_session: SessionManager) -> None:
    """Before the first paint the menu bar shows its titles; View's Language and Theme are added with the paint
    (or when View is opened on a window never painted), once."""
    window = MainWindow(desk_session.ctx, desk_session)
    qtbot.addWidget(window)
    menus = window.menus
    assert [m.title() for m in (menus.file_menu, menus.view_menu, menus.help_menu)] == ["&File", "&View", "&Help"]
    assert menus.view_menu.actions() == [] and not hasattr(menus, "theme_menu")
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    assert [action.text() for action in menus.view_menu.actions()] == ["&Language", "&Theme"]
    assert menus.language_actions["en"].isChecked() and menus.theme_menu.actions()
    menus.view_menu.aboutToShow.emit()  # opened later: nothing is added twice
    assert [action.text() for action in menus.view_menu.actions()] == ["&Language", "&Theme"]

    unpainted = MainWindow(desk_session.ctx, desk_session)
    qtbot.addWidget(unpainted)
    unpainted.menus.view_menu.aboutToShow.emit()  # a window never painted, its View menu opened
    assert [action.text() for action in unpainted.menus.view_menu.actions()] == ["&Language", "&Theme"]


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
    qtbot.waitUntil(lambda: main_window.windowTitle() == "Training (Test) — SmartPay Desk", timeout=5000)
    assert asked == ["Training"]  # no secret stored yet: asked once, then kept
    assert main_window.banner.text().startswith("TEST")
    assert desk_session.ctx.ops is not old_ops
    qtbot.waitUntil(lambda: desk_session.credentials.get("Training") == "qwerty", timeout=5000)
    qtbot.waitUntil(lambda: "Journal checked" in main_window.statusBar().currentMessage(), timeout=5000)
    assert store.active == "Training"


def test_a_profile_named_as_its_environment_is_named_once(
    main_window: MainWindow, desk_session: Any, sandbox: Any
) -> None:
    """Issue 13: "Sandbox", not "Sandbox  (Sandbox)"; "Name (Environment)" otherwise, in the box and the dialog."""
    from smartpay_desk.ui.profile_dialog import ProfileDialog

    for name, environment in (("Shop EUR", Environment.PRODUCTION), ("Production", Environment.TEST)):
        desk_session.store.add(
            Profile(
                name=name, environment=environment, gateway_url=sandbox.url, pci_url=sandbox.url,
                reports_url=sandbox.reports_url, merchant_key="test",
            )
        )  # fmt: skip
    main_window.refill_profiles()
    box = main_window.profile_box
    items = {box.itemData(i): box.itemText(i) for i in range(box.count())}
    assert items == {"Sandbox": "Sandbox", "Shop EUR": "Shop EUR (Production)", "Production": "Production (Test)"}
    assert box.currentText() == "Sandbox"
    dialog = ProfileDialog(main_window, desk_session.ctx, desk_session)
    try:
        listed = sorted(dialog.list.item(i).text() for i in range(dialog.list.count()))
        assert listed == ["Production (Test)", "Sandbox", "Shop EUR (Production)"]
    finally:
        dialog.deleteLater()


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
    assert "1 operation(s) of the profile Sandbox were left in flight" in told[0]
    assert order_id in told[0] and "nothing was sent again" in told[0]


@pytest.fixture
def ticks() -> Iterator[list[float]]:
    """A timer of the event loop (not the window's: closing stops those): each tick is the GUI thread answering."""
    seen: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: seen.append(time.monotonic()))
    timer.start()
    yield seen
    timer.stop()


def test_closing_during_a_call_never_blocks_says_what_it_waits_for_and_closes_when_it_ends(
    qtbot: Any, main_window: MainWindow, sandbox: Any, ticks: list[float]
) -> None:
    sandbox.latency_ms = 1500
    lookup = main_window.page(LookupTab)
    runner = main_window.ctx.runner
    qtbot.waitUntil(lambda: runner.active_count() == 0, timeout=5000)
    lookup.lookup(_paid_order(sandbox))
    started = time.monotonic()
    main_window.close()
    assert time.monotonic() - started < 0.3  # the close did not wait for the call (it froze the window for 28 s)
    assert main_window.isVisible() and runner.active_count() == 1
    panel = main_window.closer.panel
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=2000)  # after a moment, non-modal
    assert not panel.isModal()
    assert panel.text.text().startswith("Waiting for 1 call to end before closing:")
    assert "Asking the gateway" in panel.text.text() and "(Lookup)" in panel.text.text()
    assert {panel.close_now_button.text(), panel.keep_button.text()} == {"Close now", "Keep waiting"}
    counted = len(ticks)
    qtbot.wait(200)
    assert len(ticks) >= counted + 5  # the event loop runs while the close waits
    panel.keep_button.click()  # hidden; the window still closes by itself when the call ends
    assert not panel.isVisible() and main_window.isVisible()
    qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=5000)
    assert runner.active_count() == 0 and not panel.isVisible()
    assert lookup.info is None  # the answer came after the window stopped listening: dropped


def test_close_now_leaves_the_call_to_end_on_its_own(qtbot: Any, main_window: MainWindow, sandbox: Any) -> None:
    sandbox.latency_ms = 1500
    runner = main_window.ctx.runner
    qtbot.waitUntil(lambda: runner.active_count() == 0, timeout=5000)
    main_window.page(LookupTab).lookup(_paid_order(sandbox))
    main_window.close()
    main_window.close()  # a second close shows the panel at once
    panel = main_window.closer.panel
    assert panel.isVisible() and main_window.isVisible()
    started = time.monotonic()
    panel.close_now_button.click()
    assert time.monotonic() - started < 0.3 and not main_window.isVisible() and not panel.isVisible()
    assert runner.active_count() == 1 and all(task.cancelled for task in runner._tasks)  # left running, unheard
    qtbot.waitUntil(lambda: runner.active_count() == 0, timeout=5000)  # it ended on its own


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


def test_the_profile_being_opened_shows_before_its_services_then_the_session_in_front(
    qtbot: Any, tmp_path: Any, sandbox: Any, memory_keyring: Any
) -> None:
    from smartpay_desk.services.profiles.credentials import CredentialStore
    from smartpay_desk.ui.context import DeskContext
    from smartpay_desk.ui.worker import TaskRunner

    ctx = DeskContext(TaskRunner())
    sessions = SessionManager(ctx, tmp_path, credentials=CredentialStore(backend=memory_keyring), sandbox=sandbox)
    window = MainWindow(ctx, sessions)
    qtbot.addWidget(window)
    assert ctx.profile is None and window.windowTitle() == "SmartPay Desk"
    window.show_opening(sessions.store.get("Sandbox"))  # what app.py does before the first paint
    assert ctx.ops is None and window.windowTitle() == "Sandbox — SmartPay Desk"
    assert window.banner.text().startswith("SANDBOX")
    assert window.where_label.text() == "Sandbox  ·  Account: EUR-sandbox  "
    try:
        sessions.open_now("Sandbox", "qwerty")
        assert window.where_label.text().startswith(f"Operator: {ctx.ops.operator}  ·  Sandbox")
    finally:
        ctx.runner.shutdown()
        sessions.close()
        discard_secret("qwerty")


def test_news_of_a_profile_no_longer_in_front_stays_off_the_status_bar(
    qtbot: Any, main_window: MainWindow, desk_session: Any, training: str, monkeypatch: Any
) -> None:
    ctx = main_window.ctx
    sandbox_journal = ctx.journal
    entry = sandbox_journal.record_intent(
        kind="payment_h2h", order_id="left-behind-1", profile="Sandbox", environment="sandbox", amount=100,
        currency="EUR", account="EUR-sandbox", destination=None, parent_order_id=None, request={}, operator="t",
    )  # fmt: skip
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(MainWindow, "tell", lambda self, title, text: told.append((title, text)))
    main_window.statusBar().showMessage("Refund of €15.00, order left-behind-0: succeeded")
    desk_session.open_now(training)
    assert main_window.statusBar().currentMessage() == ""  # the last profile's passing news went with it
    ctx.service_listener(entry)  # an answer about Sandbox's money arriving late
    main_window.news._reconciled("Sandbox", [])
    qtbot.wait(50)
    assert main_window.statusBar().currentMessage() == ""
    main_window.news._reconciled("Sandbox", ["card payment left-behind-1: sent → succeeded"])
    assert told and told[0][0] == "Operations left in flight (Sandbox)"  # told, naming its profile
    assert main_window.statusBar().currentMessage() == ""
    assert "Account: EUR-training" in main_window.where_label.text()
