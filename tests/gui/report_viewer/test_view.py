"""The report's table view: rows streaming in below a full screen move only the scroll bar; every other change
is laid out and painted as Qt does, and the new rows are there when the operator scrolls to them."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from smartpay_desk.services.reports.xlsx.layout import MONEY, STATUS, TEXT
from smartpay_desk.ui.report_viewer.model import ReportTableModel
from smartpay_desk.ui.report_viewer.table import RowFilter
from smartpay_desk.ui.report_viewer.view import ROW_HEIGHT, ReportView
from tests.gui.support import PaintCounter

HEADERS = ["Order ID", "Status", "Amount", "Currency"]
KINDS = [TEXT, STATUS, MONEY, TEXT]


def rows(first: int, count: int) -> list[list[Any]]:
    numbers = range(first, first + count)
    return [[f"o-{n:05d}" for n in numbers], ["success"] * count, [n * 100 for n in numbers], ["EUR"] * count]


@pytest.fixture
def view(qtbot: Any) -> ReportView:
    model = ReportTableModel()
    model.set_layout(HEADERS, KINDS, True)
    widget = ReportView()
    widget.setModel(model)
    model.setParent(widget)
    qtbot.addWidget(widget)
    widget.resize(600, 20 * ROW_HEIGHT)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def settle(qtbot: Any, ms: int = 30) -> None:
    qtbot.wait(ms)  # the posted layout (a zero timer) and the paint it asks for


def test_rows_below_a_full_screen_only_move_the_scroll_bar(qtbot: Any, view: ReportView) -> None:
    model: ReportTableModel = view.model()  # type: ignore[assignment]
    counter = PaintCounter(view.viewport())
    model.append_columns(rows(0, 100))  # more than a screenful: laid out and painted
    settle(qtbot, 200)  # and the totals counted, the scroll bar shown
    assert view.full_layouts >= 1 and counter.paints >= 1
    assert view.rowAt(view.viewport().height() - 1) > 0
    full, painted, scroll_max = view.full_layouts, counter.paints, view.verticalScrollBar().maximum()
    for first in range(100, 1100, 200):
        model.append_columns(rows(first, 200))
        settle(qtbot)
    assert model.rowCount() == 1100
    assert view.full_layouts == full and counter.paints == painted, "no cell on screen changed"
    assert view.scroll_layouts >= 1  # one a batch, unless two batches came in one turn of the event loop
    assert view.verticalScrollBar().maximum() > scroll_max, "the scroll bar knows of every row"
    view.scrollToBottom()
    settle(qtbot)
    last = view.indexAt(QPoint(5, view.viewport().height() - 2))
    assert last.row() == 1099 and last.data() == "o-01099"
    assert counter.paints > painted


def test_rows_that_land_on_screen_are_painted(qtbot: Any, view: ReportView) -> None:
    model: ReportTableModel = view.model()  # type: ignore[assignment]
    counter = PaintCounter(view.viewport())
    model.append_columns(rows(0, 3))  # the screen is not full: the next rows show on it
    settle(qtbot)
    full, painted = view.full_layouts, counter.paints
    model.append_columns(rows(3, 3))
    settle(qtbot)
    assert view.full_layouts == full + 1 and counter.paints > painted
    assert view.scroll_layouts == 0
    assert view.indexAt(view.visualRect(model.index(5, 0)).center()).data() == "o-00005"


def test_sort_and_filter_are_laid_out_and_painted(qtbot: Any, view: ReportView) -> None:
    model: ReportTableModel = view.model()  # type: ignore[assignment]
    model.append_columns(rows(0, 100))
    settle(qtbot)
    counter = PaintCounter(view.viewport())
    full = view.full_layouts
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    settle(qtbot)
    assert view.full_layouts > full and counter.paints >= 1
    assert view.indexAt(view.visualRect(model.index(0, 0)).center()).data() == "o-00099"
    # New rows of a sorted view land anywhere: laid out whole, and the largest amount comes first
    full, painted = view.full_layouts, counter.paints
    model.append_columns(rows(1000, 50))
    settle(qtbot)
    assert view.full_layouts > full and counter.paints > painted
    assert model.index(0, 0).data() == "o-01049"
    full = view.full_layouts
    model.set_filter(RowFilter(text="o-0104"))
    settle(qtbot)
    assert view.full_layouts > full and model.rowCount() == 10
