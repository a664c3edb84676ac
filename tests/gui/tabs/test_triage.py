"""Needs attention (issue 16): an entry waiting for review and one whose outcome is unknown listed oldest first,
each with its action (check again asks the gateway and the entry leaves; settle the review goes to Activity);
the status bar's count and its one tray message per start; a difference explained here leaves the list."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from smartpay_desk.ui.main_window import MainWindow
from smartpay_desk.ui.reconciling import ExplainDialog, keep
from smartpay_desk.ui.tabs.activity import ActivityTab
from smartpay_desk.ui.tabs.triage import TriageTab
from smartpay_desk.ui.tabs.triage_model import COLUMNS
from smartpay_desk.ui.triage_watch import TriageWatch, triage_watch
from tests.gui.recon_support import shot
from tests.gui.tabs.test_activity import waiting_refund


def unknown_payment(ctx: Any, sandbox: Any) -> Any:
    """A payment the gateway holds (it succeeded) whose answer the journal never got: outcome unknown."""
    held = sandbox.state.transactions.values()
    order_id = next(tx.order_id for tx in held if tx.type == "Payment" and tx.status == 2)
    journal = ctx.journal
    entry = journal.record_intent(kind="payment_h2h", order_id=order_id, profile="Sandbox", environment="sandbox",
                                  amount=4200, currency="EUR", request={"order_id": order_id})  # fmt: skip
    journal.update(entry.id, "sent")
    entry = journal.update(entry.id, "unknown", note="the connection dropped after sending")
    journal.release(entry.id)
    return entry


def orders(tab: TriageTab) -> list[str]:
    return [item.order_id for item in tab.model.items]


def test_unknown_and_review_entries_are_listed_with_the_action_that_moves_each_on(
    qtbot: Any, desk_ctx: Any, sandbox: Any, qtmodeltester: Any
) -> None:
    review = waiting_refund(desk_ctx)
    unknown = unknown_payment(desk_ctx, sandbox)
    tab = TriageTab(desk_ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 420)
    tab.show()
    qtbot.waitUntil(lambda: len(tab.model.items) == 2, timeout=10_000)
    qtmodeltester.check(tab.model)
    assert orders(tab) == [review.order_id, unknown.order_id]  # oldest first
    assert [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))] == list(COLUMNS)
    assert tab.model.index(0, 0).data().endswith(" s")  # its age
    since = tab.model.index(0, 1).data()
    assert since[:2] == "20" and since.rsplit(" ", 1)[1]  # a time, and its zone
    assert [tab.buttons[r].text() for r in (0, 1)] == ["Settle the review…", "Check again"]
    assert "needs your verdict" in tab.model.index(0, 3).data()
    assert tab.count_label.text().startswith("2 things need a person; the oldest has waited")
    shot(tab, "triage-tab")

    with qtbot.waitSignal(desk_ctx.navigate, timeout=2_000) as asked:
        tab.buttons[0].click()
    assert asked.args == ["activity", review.id]

    tab.buttons[1].click()  # check again: the gateway says it succeeded; the entry is settled and leaves
    assert tab.buttons[1].text() == "Checking…" and not tab.buttons[1].isEnabled()
    qtbot.waitUntil(lambda: orders(tab) == [review.order_id], timeout=10_000)
    assert desk_ctx.journal.entry_by_id(unknown.id).state == "succeeded"
    assert f"Order {unknown.order_id}:" in tab.message.text()


def test_the_status_bar_counts_and_the_tray_is_told_once(
    qtbot: Any, main_window: MainWindow, desk_session: Any, monkeypatch: Any
) -> None:
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(TriageWatch, "tray_message", lambda self, title, text: told.append((title, text)))
    ctx = desk_session.ctx
    watch = triage_watch(ctx)
    assert main_window.news is not None and main_window.news.triage is watch and watch.button is not None
    qtbot.waitUntil(lambda: watch.read_once and watch.task is None, timeout=10_000)
    assert not watch.button.isVisible() and told == []  # nothing needs a person: nothing said
    watch.notify_after = timedelta(0)  # "longer than a day", without waiting a day
    waiting_refund(ctx)
    watch.refresh()
    qtbot.waitUntil(lambda: watch.button.isVisible(), timeout=10_000)
    assert watch.button.text() == "1 needs attention"
    assert told == [("SmartPay Desk: something needs attention",
                     "1 item has waited longer than a day for a person: see Needs attention.")]  # fmt: skip
    waiting_refund(ctx, "rev-2")
    watch.refresh()
    qtbot.waitUntil(lambda: watch.button.text() == "2 need attention", timeout=10_000)
    assert len(told) == 1  # one message per start
    shot(main_window, "triage-status-bar")
    watch.button.click()
    page = main_window.tabs.currentWidget()
    assert isinstance(page, TriageTab)
    qtbot.waitUntil(lambda: len(page.model.items) == 2, timeout=10_000)
    page.buttons[0].click()  # settle the review: Activity, the entry selected
    activity = main_window.page(ActivityTab)
    assert main_window.tabs.currentWidget() is activity
    qtbot.waitUntil(lambda: "rev-1" in activity.details_title.text(), timeout=10_000)
    assert activity.review.isVisibleTo(activity)


def test_a_difference_explained_here_leaves_the_list(qtbot: Any, desk_ctx: Any, monkeypatch: Any) -> None:
    from datetime import date

    from smartpay_desk.services.recon.match import match
    from smartpay_desk.services.recon.report import ReportRow, Scope

    row = ReportRow(0, 2, "web-9", "Payment", "success", 4200, "EUR", None)
    result = match([row], [], Scope(("Payment",), ("success",), date.today(), date.today()))
    tab = TriageTab(desk_ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.watch.read_once and tab.watch.task is None, timeout=10_000)
    keep(desk_ctx, Path("/reports/june.xlsx"), result)  # a reconciliation of this session
    qtbot.waitUntil(lambda: orders(tab) == ["web-9"], timeout=10_000)
    assert tab.buttons[0].text() == "Explain…" and "made elsewhere" in tab.model.index(0, 3).data()
    monkeypatch.setattr(ExplainDialog, "ask", classmethod(lambda cls, parent, difference: "a website order"))
    tab.buttons[0].click()
    qtbot.waitUntil(lambda: orders(tab) == [], timeout=10_000)
    assert tab.message.text() == "Explained: web-9 (a website order)."
    assert tab.count_label.text() == "Nothing needs attention."


def test_a_list_no_longer_shown_is_freed_a_slice_at_a_time(qtbot: Any) -> None:
    """Needs attention read again: the old items (10,000 took 11-15 ms to drop at once, a whole frame) are dropped
    FREE_ITEMS a turn, after the new ones are shown."""
    from smartpay_desk.ui.tabs.triage_model import FREE_ITEMS, TriageModel

    model = TriageModel()
    model.set_items([object() for _ in range(3 * FREE_ITEMS + 7)])
    first = model.items
    assert not model.chores.active("free"), "nothing was shown before: nothing to free"
    model.set_items([object()])
    assert model.rowCount() == 1 and len(first) == 3 * FREE_ITEMS + 7, "the old list is not dropped at once"
    assert model.chores.active("free")
    qtbot.waitUntil(lambda: not model.chores.active("free"), timeout=2_000)
    assert first == [] and model.rowCount() == 1


def test_every_button_fits_its_column_whichever_actions_are_listed(qtbot: Any, desk_ctx: Any) -> None:
    """A list of reconciliation differences only: the Action column was sized to the words "Explain…" and cut the
    buttons' ends ("‹plain"). It is as wide as the widest action's button, whatever is listed."""
    from datetime import UTC, datetime

    from smartpay_desk.services.recon.triage import Action, OpenItem
    from smartpay_desk.ui.tabs.triage_model import ACTION_COLUMN, action_words

    tab = TriageTab(desk_ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 420)
    tab.show()
    qtbot.waitUntil(lambda: tab.watch.read_once and tab.watch.task is None, timeout=10_000)
    since = datetime(2025, 1, 1, tzinfo=UTC)
    items = [OpenItem("difference", since, timedelta(days=3), f"o-{n}", "In the report, not in the journal.",
                      Action.EXPLAIN, "smartpay explain …") for n in range(3)]  # fmt: skip
    tab._show(items)
    qtbot.waitUntil(lambda: len(tab.buttons) == 3, timeout=5_000)
    width = tab.view.columnWidth(ACTION_COLUMN)
    assert all(button.sizeHint().width() <= button.width() for button in tab.buttons.values())
    probe = QPushButton(tab.view)
    for words in [*(action_words(action) for action in Action), "Checking…"]:
        probe.setText(words)
        assert probe.sizeHint().width() <= width, words
