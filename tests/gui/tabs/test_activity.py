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
