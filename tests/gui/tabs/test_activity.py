"""Activity tab against the sandbox: operations made through ctx.ops appear, filter, show history, export."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from smartpay_desk.api.models import Card, Customer
from smartpay_desk.services.reports.exports import neutralise
from smartpay_desk.ui.tabs.activity import ActivityTab
from smartpay_desk.ui.tabs.activity_model import ActivityModel

CUSTOMER = Customer(
    "Ada", "Lovelace", "1 Street", "London", "N1", "GB", "+441234567890", "ada@example.com", "127.0.0.1"
)
GOOD_CARD = "4012000000003010"
BAD_CARD = "4111111111111111"


def pay(ctx: Any, order_id: str, number: str, amount: int = 1250) -> Any:
    return ctx.ops.pay_by_card(
        amount=amount, currency="EUR", order_id=order_id, customer=CUSTOMER,
        card=Card("ADA LOVELACE", number, "12", "30", "123"), merchant_site="https://shop.example",
    )  # fmt: skip


@pytest.fixture
def tab(qtbot: Any, desk_ctx: Any) -> ActivityTab:
    widget = ActivityTab(desk_ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def orders(tab: ActivityTab) -> list[str]:
    return [entry.order_id for entry in tab.model.entries]


def test_operations_appear_newest_first_with_their_history(qtbot: Any, tab: ActivityTab, desk_ctx: Any) -> None:
    qtbot.waitUntil(lambda: tab.task is None, timeout=10_000)
    pay(desk_ctx, "act-1", GOOD_CARD)
    pay(desk_ctx, "act-2", BAD_CARD, 990)
    qtbot.waitUntil(lambda: orders(tab)[:2] == ["act-2", "act-1"], timeout=10_000)  # via ctx.operation_changed
    model = tab.model
    assert model.index(0, 1).data() == "Failed" and model.index(1, 1).data() == "Succeeded"
    assert model.index(0, 4).data() == "€9.90" and model.index(0, 2).data() == "Card payment"
    assert model.index(0, 5).data() == "card 411111******1111"
    assert "2 entries" in tab.count_label.text()
    assert tab.select_order("act-1")
    qtbot.waitUntil(lambda: tab.events_table.rowCount() >= 3, timeout=10_000)
    states = [tab.events_table.item(r, 1).text() for r in range(tab.events_table.rowCount())]
    assert states[0] == "Written, not yet sent" and states[-1] == "Succeeded"
    assert tab.details_badge.text() == "Succeeded" and "act-1" in tab.details_title.text()
    assert GOOD_CARD not in tab.event_text.toPlainText()


def test_filters(qtbot: Any, tab: ActivityTab, desk_ctx: Any) -> None:
    pay(desk_ctx, "flt-ok", GOOD_CARD)
    pay(desk_ctx, "flt-bad", BAD_CARD)
    qtbot.waitUntil(lambda: len(orders(tab)) == 2, timeout=10_000)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.state_combo.setCurrentIndex(tab.state_combo.findData("failed"))
    assert orders(tab) == ["flt-bad"]
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.state_combo.setCurrentIndex(0)
    assert len(orders(tab)) == 2
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.search.setText("ok")
    assert orders(tab) == ["flt-ok"]
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("refund"))
    assert orders(tab) == [] and "0 entries" in tab.count_label.text()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_what_is_shown(qtbot: Any, tab: ActivityTab, desk_ctx: Any, tmp_path: Path, monkeypatch: Any,
                              suffix: str) -> None:  # fmt: skip
    desk_ctx.ops.operator = "=HYPERLINK(1)"  # text from outside: an operator's login name
    pay(desk_ctx, "exp-1", GOOD_CARD)
    pay(desk_ctx, "exp-2", BAD_CARD)
    qtbot.waitUntil(lambda: len(orders(tab)) == 2, timeout=10_000)
    target = tmp_path / "out" / f"activity{suffix}"
    target.parent.mkdir()
    monkeypatch.setattr(ActivityTab, "ask_export_path", classmethod(lambda cls, parent, suggested: target))
    tab.export_button.click()
    qtbot.waitUntil(lambda: "Exported 2 entries" in tab.message.text(), timeout=10_000)
    if suffix == ".xlsx":
        rows = [[c.value for c in row] for row in openpyxl.load_workbook(target).active.iter_rows()]
    else:
        with target.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
    assert rows[0][:4] == ["Time (local)", "State", "Kind", "Order id"]
    assert [r[3] for r in rows[1:]] == ["exp-2", "exp-1"]
    assert {r[9] for r in rows[1:]} == {neutralise("=HYPERLINK(1)")}
    assert rows[1][1] == "Failed" and str(rows[1][5]) in ("12.5", "12.50")
    assert all(GOOD_CARD not in str(cell) and BAD_CARD not in str(cell) for row in rows for cell in row)


def test_activity_model_passes_the_model_tester(
    qtbot: Any, qtmodeltester: Any, tab: ActivityTab, desk_ctx: Any
) -> None:
    pay(desk_ctx, "mt-1", GOOD_CARD)
    qtbot.waitUntil(lambda: len(orders(tab)) == 1, timeout=10_000)
    model = ActivityModel()
    model.set_entries(tab.model.entries)
    qtmodeltester.check(model)
    assert model.index(0, 1).data(Qt.ItemDataRole.UserRole) == "succeeded"
    assert tab.view.grab().width() > 0  # the state pill paints


def test_newest_entry_is_selected_and_a_waiting_link_says_so(qtbot: Any, tab: ActivityTab, desk_ctx: Any) -> None:
    pay(desk_ctx, "sel-1", GOOD_CARD)
    qtbot.waitUntil(lambda: orders(tab)[:1] == ["sel-1"], timeout=10_000)  # shown, and picked as the newest
    link = desk_ctx.ops.payment_link(amount=12900, currency="EUR", order_id="sel-link-20261124-0123456789abcdef",
                                     customer=CUSTOMER)  # fmt: skip
    assert link.state == "processing"
    qtbot.waitUntil(lambda: orders(tab)[:1] == ["sel-link-20261124-0123456789abcdef"], timeout=10_000)
    # Nothing was chosen: the newest entry is (and stays so as newer ones arrive), so the details are never blank.
    qtbot.waitUntil(lambda: tab.events_table.rowCount() >= 2, timeout=10_000)
    assert tab.view.selectionModel().selectedRows()[0].row() == 0
    assert "sel-link" in tab.details_title.text()
    assert tab.details_badge.text() == "Waiting for the customer to pay"
    label = tab.model.index(0, 1)
    assert label.data() == "Waiting for the customer to pay" and label.data(Qt.ItemDataRole.UserRole) == "processing"
    last = tab.events_table.rowCount() - 1
    assert tab.events_table.item(last, 1).text() == "Waiting for the customer to pay"
    # The state pill and the (visible) order ids fit their columns; the history needs no sideways scrolling.
    metrics = tab.view.fontMetrics()
    assert tab.view.columnWidth(1) >= metrics.horizontalAdvance("Waiting for the customer to pay") + 20
    assert tab.view.columnWidth(3) >= metrics.horizontalAdvance("sel-link-20261124-0123456789abcdef")
    events = tab.events_table
    assert events.horizontalHeader().sectionResizeMode(2) == QHeaderView.ResizeMode.Stretch
    assert events.horizontalHeader().length() <= events.viewport().width()
    # The operator's own choice is kept across refreshes.
    assert tab.select_order("sel-1")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.refresh()
    assert "sel-1" in tab.details_title.text()
    pay(desk_ctx, "sel-2", GOOD_CARD)  # newer than the operator's choice: the choice stays
    qtbot.waitUntil(lambda: orders(tab)[:1] == ["sel-2"], timeout=10_000)
    assert "sel-1" in tab.details_title.text()
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.search.setText("nothing-like-this")
    assert tab.details_title.text().startswith("No entry") and tab.events_table.rowCount() == 0


def test_each_profile_shows_its_own_entries_and_keeps_its_filters(
    qtbot: Any, tab: ActivityTab, desk_ctx: Any, desk_session: Any, training: str
) -> None:
    pay(desk_ctx, "sbx-ok", GOOD_CARD)
    pay(desk_ctx, "sbx-bad", BAD_CARD)
    qtbot.waitUntil(lambda: len(orders(tab)) == 2, timeout=10_000)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.state_combo.setCurrentIndex(tab.state_combo.findData("failed"))
    assert tab.select_order("sbx-bad")
    qtbot.waitUntil(lambda: "sbx-bad" in tab.details_title.text(), timeout=5000)

    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        desk_session.open_now(training)  # nothing of Sandbox shown even before Training's journal is read
        assert orders(tab) == [] and "sbx" not in tab.details_title.text()
    assert tab.state_combo.currentData() is None and orders(tab) == []  # unfiltered, and no entry of its own
    pay(desk_ctx, "trn-ok", GOOD_CARD)
    qtbot.waitUntil(lambda: orders(tab) == ["trn-ok"], timeout=10_000)

    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        desk_session.open_now("Sandbox")
    assert tab.state_combo.currentData() == "failed" and orders(tab) == ["sbx-bad"]
    assert "sbx-bad" in tab.details_title.text()


def waiting_refund(ctx: Any, order_id: str = "rev-1", amount: int = 1500) -> Any:
    """A refund whose answer was lost: the journal holds it for an operator to verify (needs review)."""
    journal = ctx.journal
    entry = journal.record_intent(
        kind="refund", order_id=order_id, profile="Sandbox", environment="sandbox", amount=amount, currency="EUR",
        request={"order_id": order_id}, operator="night",
    )  # fmt: skip
    journal.update(entry.id, "sent", note="")
    return journal.update(entry.id, "needs_review", note="no answer came back; a refund is never sent again")


def test_an_entry_waiting_for_review_is_found_by_its_id_and_settled_here(
    qtbot: Any, tab: ActivityTab, desk_ctx: Any, confirms: list[Any]
) -> None:
    pay(desk_ctx, "rev-other", GOOD_CARD)
    entry = waiting_refund(desk_ctx)
    qtbot.waitUntil(lambda: tab.task is None and len(orders(tab)) >= 1, timeout=10_000)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.state_combo.setCurrentIndex(tab.state_combo.findData("failed"))  # a filter that hides it
    assert entry.id not in [e.id for e in tab.model.entries]
    tab.show_entry(entry.id)  # what ctx.navigate("activity", entry_id) does
    qtbot.waitUntil(lambda: "rev-1" in tab.details_title.text(), timeout=10_000)
    assert tab.state_combo.currentData() is None and tab.search.text() == "rev-1"
    review = tab.review
    assert review.isVisibleTo(tab) and "€15.00" in review.explain.text()
    assert review.made_button.text() == "Mark as made (succeeded)…"
    assert review.not_made_button.text() == "Mark as not made (failed)…"

    review.made_button.click()  # no note of what was verified: refused, nothing asked or written
    assert review.form.error("note").startswith("Write what you verified") and confirms == []
    assert desk_ctx.journal.entry_by_id(entry.id).state == "needs_review"

    qtbot.keyClicks(review.note, "Gateway back office, 12 May: refund R-77 paid")
    assert review.form.error("note") == ""  # edited: the red note goes
    review.made_button.click()
    qtbot.waitUntil(lambda: desk_ctx.journal.entry_by_id(entry.id).state == "succeeded", timeout=10_000)
    ((title, lines, amount),) = confirms
    assert title == "Mark the refund of €15.00 as made (succeeded)?" and amount == "€15.00"
    assert f"Entry {entry.id}: refund of €15.00, order rev-1" in lines
    assert "What you verified: Gateway back office, 12 May: refund R-77 paid" in lines
    last = desk_ctx.journal.events(entry.id)[-1]  # appended, with who and when
    operator = desk_ctx.ops.operator
    assert last.state == "succeeded" and last.at
    assert last.note == f"marked succeeded by {operator}: Gateway back office, 12 May: refund R-77 paid"
    qtbot.waitUntil(lambda: tab.details_badge.text() == "Succeeded", timeout=10_000)
    assert tab.message.text().startswith(f"Recorded: entry {entry.id} (order rev-1) marked as made (succeeded)")
    assert not review.isVisibleTo(tab)  # settled: nothing more to mark


def test_marking_as_not_made_and_another_profiles_entry(
    qtbot: Any, tab: ActivityTab, desk_ctx: Any, confirms: list[Any]
) -> None:
    entry = waiting_refund(desk_ctx, "rev-2", 990)
    tab.show_entry(str(entry.id))
    qtbot.waitUntil(lambda: tab.review.isVisibleTo(tab), timeout=10_000)
    tab.review.note.setText("Bank statement: no refund of 9.90 went out")
    tab.review.not_made_button.click()
    qtbot.waitUntil(lambda: desk_ctx.journal.entry_by_id(entry.id).state == "failed", timeout=10_000)
    assert confirms[0][0] == "Mark the refund of €9.90 as not made (failed)?"
    elsewhere = desk_ctx.journal.record_intent(kind="refund", order_id="rev-3", profile="Other", environment="test",
                                               amount=100, currency="EUR", operator="x")  # fmt: skip
    desk_ctx.journal.update(elsewhere.id, "needs_review", note="lost")
    tab.show_entry(elsewhere.id)  # another profile's: shown (All profiles), settled only from that profile
    qtbot.waitUntil(lambda: tab.review.isVisibleTo(tab) and "rev-3" in tab.details_title.text(), timeout=10_000)
    assert tab.all_profiles.isChecked()
    tab.review.note.setText("checked")
    tab.review.made_button.click()
    assert "open that profile" in tab.review.message.text() and len(confirms) == 1


def test_navigate_to_an_entry_from_anywhere(qtbot: Any, main_window: Any, confirms: list[Any]) -> None:
    entry = waiting_refund(main_window.ctx)
    main_window.ctx.navigate.emit("activity", entry.id)
    activity = main_window.page(ActivityTab)
    assert main_window.tabs.currentWidget() is activity
    qtbot.waitUntil(lambda: activity.review.isVisibleTo(activity), timeout=10_000)
    assert "rev-1" in activity.details_title.text()


def test_search_finds_customers_by_name_with_what_was_done_for_them(
    qtbot: Any, tab: ActivityTab, desk_ctx: Any
) -> None:
    pay(desk_ctx, "cust-ada", GOOD_CARD, 2000)
    other = Customer("Grace", "Hopper", "2 Road", "Arlington", "22201", "US", "+17035550100", "grace@example.com",
                     "127.0.0.1")  # fmt: skip
    desk_ctx.ops.pay_by_card(amount=500, currency="EUR", order_id="cust-grace", customer=other,
                             card=Card("GRACE HOPPER", GOOD_CARD, "12", "30", "123"),
                             merchant_site="https://shop.example")  # fmt: skip
    desk_ctx.ops.refund("cust-ada", 300, "damaged")
    qtbot.waitUntil(lambda: len(orders(tab)) == 3, timeout=10_000)
    for words in ("lovelace", "Ada Lovelace", "ADA@EXAMPLE"):
        with qtbot.waitSignal(tab.loaded, timeout=10_000):
            tab.search.setText(words)
        assert orders(tab) == ["cust-ada", "cust-ada"], words  # the payment and its refund
        assert [e.kind for e in tab.model.entries] == ["refund", "payment_h2h"]
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.search.setText("hopper")
    assert orders(tab) == ["cust-grace"]
    assert GOOD_CARD not in str(tab._names)  # what is remembered of requests: names, never card numbers


def test_a_change_made_by_another_window_or_the_cli_is_shown(qtbot: Any, tab: ActivityTab, desk_ctx: Any) -> None:
    qtbot.waitUntil(lambda: tab.task is None and tab.watch.mark is not None, timeout=10_000)
    assert orders(tab) == []
    # Written straight to the journal, as another process does: no listener of this one hears it.
    entry = desk_ctx.journal.record_intent(
        kind="withdrawal", order_id="cli-po-1", profile="Sandbox", environment="sandbox", amount=300, currency="EUR",
        operator="cli",
    )  # fmt: skip
    desk_ctx.journal.update(entry.id, "failed", note="not sent, safe to resend")
    qtbot.waitUntil(lambda: orders(tab) == ["cli-po-1"], timeout=6000)
