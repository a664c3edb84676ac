"""The report viewer's model: sort, filter, totals and charts over column-major batches; qtmodeltester."""

from __future__ import annotations

import gc
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QPersistentModelIndex, QPointF, Qt

from smartpay_desk.api.money import format_amount
from smartpay_desk.services.reports.xlsx.layout import AUTO, DATETIME, MONEY, STATUS, TEXT
from smartpay_desk.ui.report_viewer.charts import BAR_FILL, DailyVolumeChart, StatusMixChart
from smartpay_desk.ui.report_viewer.model import RAW_ROLE, ReportTableModel
from smartpay_desk.ui.report_viewer.parts import ERROR_COLOUR
from smartpay_desk.ui.report_viewer.table import RowFilter

HEADERS = ["Order ID", "Type", "Status", "Amount", "Currency", "Created"]
KINDS = [TEXT, TEXT, STATUS, MONEY, TEXT, DATETIME]
DAY1 = int(datetime(2025, 3, 1, 12, tzinfo=UTC).timestamp() * 1000)
DAY2 = int(datetime(2025, 3, 5, 12, tzinfo=UTC).timestamp() * 1000)


def batch(rows: list[tuple[Any, ...]]) -> list[list[Any]]:
    return [list(col) for col in zip(*rows, strict=True)]


ROWS = [
    ("o-1", "Payment", "success", 1050, "EUR", DAY1),
    ("o-2", "Refund", "fail", 200, "EUR", DAY2),
    ("o-3", "Payment", "success", 5000, "JPY", DAY2),
    ("o-4", "Payment", "processing", None, "EUR", None),
    ("O-5 Ada", "Withdrawal", "success", 1, "EUR", DAY1),
]


@pytest.fixture
def model(qtbot: Any, qtmodeltester: Any) -> ReportTableModel:
    m = ReportTableModel()
    m.set_layout(HEADERS, KINDS, True)
    m.append_columns(batch(ROWS[:3]))
    m.append_columns(batch(ROWS[3:]))
    qtmodeltester.check(m)
    return m


def column(m: ReportTableModel, col: int) -> list[Any]:
    return [m.index(r, col).data(RAW_ROLE) for r in range(m.rowCount())]


def test_display_texts(model: ReportTableModel) -> None:
    assert model.index(0, 3).data() == "€10.50"
    assert model.index(2, 3).data() == format_amount(5000, "JPY")
    assert model.index(3, 3).data() == ""
    local = datetime.fromtimestamp(DAY1 / 1000).strftime("%Y-%m-%d %H:%M:%S")
    assert model.index(0, 5).data() == local
    assert model.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Amount"


def test_sort_by_any_column_both_ways(model: ReportTableModel, qtmodeltester: Any) -> None:
    model.sort(3, Qt.SortOrder.AscendingOrder)
    assert column(model, 3) == [None, 1, 200, 1050, 5000]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert column(model, 0) == ["O-5 Ada", "o-4", "o-3", "o-2", "o-1"]  # case ignored
    model.sort(5, Qt.SortOrder.AscendingOrder)
    assert column(model, 5)[0] is None
    model.sort(-1)
    assert column(model, 0) == [r[0] for r in ROWS]
    qtmodeltester.check(model)


def test_a_selected_row_and_many_cells_follow_a_sort(model: ReportTableModel) -> None:
    """A selected row holds one persistent index per column (its row looked up once after a sort); more cells
    than that are found through one map of the new order. Each still points at its own row and column."""
    columns = range(model.columnCount())
    row = [QPersistentModelIndex(model.index(1, c)) for c in columns]  # o-2
    every = [QPersistentModelIndex(model.index(r, c)) for r in range(5) for c in columns]
    before = [(i.sibling(i.row(), 0).data(), i.column(), i.data()) for i in every]
    model.sort(3, Qt.SortOrder.DescendingOrder)
    assert column(model, 3) == [5000, 1050, 200, 1, None]
    assert [i.row() for i in row] == [2] * len(row) and row[0].data() == "o-2"
    assert [(i.sibling(i.row(), 0).data(), i.column(), i.data()) for i in every] == before
    assert sorted({i.row() for i in every}) == [0, 1, 2, 3, 4]


def test_batches_arriving_under_a_sort_keep_it_and_the_selection(qtbot: Any, qtmodeltester: Any) -> None:
    m = ReportTableModel()
    m.set_layout(HEADERS, KINDS, True)
    qtmodeltester.check(m)
    m.append_columns(batch(ROWS[:2]))
    m.sort(3, Qt.SortOrder.DescendingOrder)
    kept = QPersistentModelIndex(m.index(1, 0))  # o-2 (200)
    m.append_columns(batch(ROWS[2:]))
    assert column(m, 3) == [5000, 1050, 200, 1, None]
    assert kept.isValid() and kept.data() == "o-2" and kept.row() == 2


def test_filters_text_status_type_and_dates(model: ReportTableModel) -> None:
    model.set_filter(RowFilter(text="ada"))
    assert column(model, 0) == ["O-5 Ada"]
    model.set_filter(RowFilter(text="10.50"))  # amounts are searchable as plain decimals
    assert column(model, 0) == ["o-1"]
    model.set_filter(RowFilter(statuses=frozenset({"success"})))
    assert column(model, 0) == ["o-1", "o-3", "O-5 Ada"]
    model.set_filter(RowFilter(statuses=frozenset({"success"}), types=frozenset({"Payment"})))
    assert column(model, 0) == ["o-1", "o-3"]
    model.set_filter(RowFilter(date_from_ms=DAY2 - 1000, date_to_ms=DAY2 + 1000))
    assert column(model, 0) == ["o-2", "o-3"]
    model.set_filter(RowFilter())
    assert model.rowCount() == 5


def test_totals_of_visible_rows_per_currency(model: ReportTableModel, qtbot: Any) -> None:
    summary = model.summary()
    assert summary.rows == 5
    assert summary.totals == {"EUR": 1050 + 200 + 1, "JPY": 5000}
    assert summary.statuses == {"success": 3, "fail": 1, "processing": 1}
    model.set_filter(RowFilter(types=frozenset({"Payment"})))
    with qtbot.waitSignal(model.summary_changed, timeout=2000):
        pass
    assert model.running.totals == {"EUR": 1050, "JPY": 5000}
    day1 = datetime.fromtimestamp(DAY1 / 1000).date()
    assert model.running.daily["EUR"] == {day1: 1050}


def test_a_plain_table_sorts_numbers_as_numbers_until_text_arrives(qtbot: Any, qtmodeltester: Any) -> None:
    m = ReportTableModel()
    m.set_layout(["A", "B"], [AUTO, AUTO], False)
    m.append_columns([[10, 9, 100], ["x", "y", "z"]])
    m.sort(0, Qt.SortOrder.AscendingOrder)
    assert column(m, 0) == [9, 10, 100]
    m.append_columns([["ten"], ["w"]])  # now a text column: sorted as text
    assert column(m, 0) == [10, 100, 9, "ten"]
    assert m.summary().totals == {}
    qtmodeltester.check(m)


def test_charts_paint_their_figures(qtbot: Any, model: ReportTableModel) -> None:
    summary = model.summary()
    status, volume = StatusMixChart(), DailyVolumeChart()
    for chart in (status, volume):
        qtbot.addWidget(chart)
        chart.resize(320, 200)
    status.set_data(summary.statuses)
    volume.set_data(summary.daily, summary.daily_count, summary.totals)
    assert not status.grab().isNull()
    picture = volume.grab().toImage()
    assert status.hit_texts()[0].startswith("success: 3 (60%)")
    assert volume.currency == "JPY" or volume.currency == "EUR"
    assert volume.hit_texts() and "rows" in volume.hit_texts()[0]
    first_day, *_ = volume.days[0]
    left, top, bottom, slot = volume._plot  # type: ignore[misc]
    over_first = volume._words_at(QPointF(left + slot / 2, bottom - 1))
    assert over_first is not None and over_first.startswith(first_day.isoformat())
    assert volume._words_at(QPointF(left + slot / 2, top - 5)) is None  # above the plot: no bar
    bar_pixel = picture.pixelColor(int(left + slot / 2), int(bottom - 1)).name()
    assert bar_pixel == BAR_FILL, "the first day's bar is painted in the bar colour"
    corner = picture.pixelColor(picture.width() - 1, picture.height() - 1).name()
    assert corner == "#ffffff", "the chart's background is white to its last pixel, with no border drawn"
    empty = StatusMixChart()
    qtbot.addWidget(empty)
    empty.set_data({})
    empty.grab()
    assert empty.hit_texts() == []


def test_streamed_batches_reach_the_view_together(qtbot: Any, qtmodeltester: Any) -> None:
    m = ReportTableModel()
    m.set_layout(HEADERS, KINDS, True)
    qtmodeltester.check(m)
    inserts: list[tuple[int, int]] = []
    m.rowsInserted.connect(lambda parent, first, last: inserts.append((first, last)))
    m.append_columns(batch(ROWS[:1]), defer=True)
    assert m.rowCount() == 1  # the first rows never wait
    m.append_columns(batch(ROWS[1:3]), defer=True)
    m.append_columns(batch(ROWS[3:]), defer=True)
    assert m.rowCount() == 1 and m.table.row_count == 5  # stored, not shown yet
    qtbot.waitUntil(lambda: m.rowCount() == 5, timeout=2000)
    assert inserts == [(0, 0), (1, 4)]  # one insertion for the two later batches
    m.set_filter(RowFilter(text="o-"))  # a filter covers every stored row, shown or not
    assert m.rowCount() == 5
    qtmodeltester.check(m)


def test_the_first_rows_texts_are_those_the_cells_show(qtbot: Any) -> None:
    """What the view sizes its columns by (first_texts) is what data() shows, in the order shown (a sort)."""
    m = ReportTableModel()
    m.set_layout(HEADERS, KINDS, True)
    m.append_columns(batch(ROWS))
    m.sort(3, Qt.SortOrder.DescendingOrder)
    for column in range(m.columnCount()):
        shown = {m.index(row, column).data() for row in range(3)}
        assert m.first_texts(3, column) == shown
    assert m.first_texts(1, 0) == {m.index(0, 0).data()} and m.first_texts(0, 0) == set()


def test_search_text_is_built_ahead_and_gives_the_same_rows(qtbot: Any) -> None:
    m = ReportTableModel()
    m.set_layout(HEADERS, KINDS, True)
    m.append_columns(batch(ROWS))
    cold = ReportTableModel()
    cold.set_layout(HEADERS, KINDS, True)
    cold.append_columns(batch(ROWS))
    m.build_search_text()
    qtbot.waitUntil(m.search_text_ready, timeout=2000)
    assert m.table.searchable_rows == 5
    for needle in ("ada", "10.50", "payment", "jpy", "nothing like it"):
        m.set_filter(RowFilter(text=needle))
        cold.set_filter(RowFilter(text=needle))
        assert column(m, 0) == column(cold, 0)
    m.set_filter(RowFilter(text="o-"))
    m.append_columns(batch([("o-6", "Payment", "success", 7, "EUR", DAY1), ("x-7", "Refund", "fail", 8, "EUR", DAY2)]))
    assert column(m, 0)[-1] == "o-6"  # rows arriving under a text filter are searched too


def test_a_closed_files_rows_are_freed_a_slice_at_a_time(qtbot: Any, qtmodeltester: Any) -> None:
    m = ReportTableModel()
    m.set_layout(HEADERS, KINDS, True)
    m.append_columns(batch(ROWS * 2_000))  # 10,000 rows
    m.sort(0, Qt.SortOrder.AscendingOrder)
    m.set_layout(["A"], [AUTO], False)
    assert m.rowCount() == 0 and m._garbage  # the old lists wait to be dropped
    qtmodeltester.check(m)
    qtbot.waitUntil(lambda: not m._garbage, timeout=5000)


def test_a_read_file_is_sealed_where_the_garbage_collector_no_longer_walks_it(qtbot: Any) -> None:
    m = ReportTableModel()
    m.set_layout(HEADERS, KINDS, True)
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(c) in oldest for c in m.table.columns), "new, empty lists go straight to the oldest generation"
    m.append_columns(batch(ROWS * 200))
    m.sort(3, Qt.SortOrder.DescendingOrder)
    before = column(m, 0)
    m.seal()
    qtbot.waitUntil(m.sealed, timeout=5000)
    table = m.table
    assert all(type(c) is tuple and not gc.is_tracked(c) for c in table.columns)
    assert type(table.view) is tuple and not gc.is_tracked(table.view)
    assert column(m, 0) == before and m.summary().rows == 1000  # the same rows, sorted and counted
    m.build_search_text()
    qtbot.waitUntil(m.search_text_ready, timeout=5000)
    assert table.searchable_rows == 1000 and all(type(part) is tuple for part in table._haystack)
    assert not any(gc.is_tracked(part) for part in table._haystack), "untracked like the columns"
    m.set_filter(RowFilter(text="o-5 ada"))
    assert m.rowCount() == 200
    m.sort(0, Qt.SortOrder.AscendingOrder)  # a sort after sealing works on a list again
    assert type(table.view) is list and m.rowCount() == 200
    m.set_filter(RowFilter())
    m.append_columns(batch(ROWS[:1]))  # more rows after all: the columns take them
    assert m.rowCount() == 1001 and type(m.table.columns[0]) is list
    m.seal()
    qtbot.waitUntil(m.sealed, timeout=5000)
    m.set_layout(["A"], [AUTO], False)  # a sealed file closed: freed a slice at a time like any
    assert m._garbage
    qtbot.waitUntil(lambda: not m._garbage, timeout=5000)


def test_marking_rows_again_frees_the_old_search_text_a_slice_at_a_time(qtbot: Any) -> None:
    """A reconciliation's marks change the search text: the old one (100,000 rows' texts in a real report, 4-10 ms
    to free at once) goes to the garbage freed between turns, and a search finds the marks' words."""
    m = ReportTableModel()
    m.set_layout(HEADERS, KINDS, True)
    m.append_columns(batch(ROWS * 2_000))  # 10,000 rows
    m.build_search_text()
    qtbot.waitUntil(m.search_text_ready, timeout=5000)
    parts = list(m.table._haystack)
    assert m.table.searchable_rows == 10_000 and len(parts) == 20
    marks = ["amount differs" if i % 5 == 0 else None for i in range(10_000)]
    m.set_marks("Difference", marks, {})
    waiting = {id(item) for item in m._garbage}
    assert all(id(part) in waiting for part in parts) and m.chores.active("free"), "freed a few parts a turn"
    del parts
    qtbot.waitUntil(lambda: not m._garbage, timeout=5000)
    m.set_filter(RowFilter(text="amount differs"))
    assert m.rowCount() == 2_000
    marked = m.columnCount() - 1
    shown = [m.index(row, column).data() for row in range(5) for column in range(marked)]
    assert m.index(0, marked).data() == "amount differs"
    cached = dict(m._texts)
    assert len(cached) == len(shown) == 5 * marked
    m.set_marks("Difference", [None] * 10_000, {})  # marked again: the marks' column and its search text replaced
    assert m.index(0, marked).data() == "", "the marks' column is read as it is now, never from the cache"
    assert m._texts == cached, "the file's texts stay cached: a reconciliation does not format them again"
    assert [m.index(row, column).data() for row in range(5) for column in range(marked)] == shown
    m.set_filter(RowFilter(text="amount differs"))
    assert m.rowCount() == 0
    qtbot.waitUntil(lambda: not m._garbage, timeout=5000)


def test_texts_the_reader_sent_are_shown_but_values_sort_and_total(qtbot: Any, qtmodeltester: Any) -> None:
    m = ReportTableModel()
    m.set_layout(HEADERS, KINDS, True)
    assert m.append_columns(batch(ROWS[:3]), [None] * 6, [None] * 6) == [0, 1, 2]  # nothing to keep
    assert m.table.shown == {} and m.table.errors == {}  # a gateway report pays nothing
    ids: list[str | None] = ["#N/A", None]
    amounts: list[str | None] = [None, "0.01 net"]
    error = ("", *ROWS[3][1:])
    m.append_columns(
        batch([error, ROWS[4]]), [ids, None, None, amounts, None, None], [[0], None, None, None, None, None]
    )
    assert m.table.shown == {0: {3: "#N/A"}, 3: {4: "0.01 net"}} and m.table.errors == {0: {3: True}}
    assert not any(gc.is_tracked(texts) for texts in (*m.table.shown.values(), *m.table.errors.values()))
    assert m.index(4, 3).data() == "0.01 net" and m.index(4, 3).data(RAW_ROLE) == 1
    assert m.index(3, 0).data() == "#N/A" and m.index(3, 0).data(Qt.ItemDataRole.ForegroundRole).name() == ERROR_COLOUR
    assert m.index(3, 0).data(Qt.ItemDataRole.ToolTipRole) == "Error in the file: #N/A"
    assert m.index(4, 0).data(Qt.ItemDataRole.ToolTipRole) == "O-5 Ada"  # not an error
    assert m.index(4, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert m.summary().totals == {"EUR": 1050 + 200 + 1, "JPY": 5000}  # by the values
    m.sort(3, Qt.SortOrder.AscendingOrder)
    assert column(m, 3) == [None, 1, 200, 1050, 5000]  # "0.01 net" as 1 minor unit
    m.set_filter(RowFilter(text="0.01 net"))  # the search text is what the cells show
    assert column(m, 0) == ["O-5 Ada"]
    m.set_filter(RowFilter(text="#n/a"))
    assert column(m, 3) == [None]
    qtmodeltester.check(m)
    m.seal()
    qtbot.waitUntil(m.sealed, timeout=2000)
    assert m.index(0, 0).data() == "#N/A"
    m.set_layout(["A"], [AUTO], False)  # a new meta forgets them, freed with the rest
    assert m.table.shown == {} and m.table.errors == {} and {4: "0.01 net"} in m._garbage
    qtbot.waitUntil(lambda: not m._garbage, timeout=5000)


def test_cell_texts_are_the_clis(model: ReportTableModel) -> None:
    from smartpay_desk.services.reports.xlsx.table import Table

    table = Table(HEADERS, KINDS, True, batch(ROWS), [], len(ROWS))
    assert [[model.index(r, c).data() for c in range(6)] for r in range(5)] == table.texts()


def test_status_words_take_the_looks_ink_and_a_marked_row_keeps_light_ink(model: ReportTableModel, qapp: Any) -> None:
    from PySide6.QtGui import QColor

    from smartpay_desk.ui import theme
    from smartpay_desk.ui.theme_tokens import TOKENS

    installed = theme.current() is None
    if installed:
        theme.install(qapp, "light")
    try:
        theme.apply("dark")
        dark = TOKENS["dark"]
        assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole).name() == QColor(dark["good"]).name()
        assert model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole).name() == QColor(dark["error"]).name()
        assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None  # the palette's own text
        model.set_marks("Difference", ["status differs", None, None, None, None], {0: (QColor("#fdecea"), "x")})
        ink = model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)  # on the pastel mark: the light look's text
        assert ink is not None and ink.name() == QColor(TOKENS["light"]["text"]).name()
    finally:
        theme.apply("light")
        if installed:
            theme.uninstall()


def test_charts_take_the_looks_surface_and_ink(qtbot: Any, model: ReportTableModel, qapp: Any) -> None:
    """In the dark look a chart is not a white box: its background, words and axis are the look's (its bars the
    same colours in every look)."""
    from smartpay_desk.ui import theme
    from smartpay_desk.ui.theme_tokens import TOKENS

    summary = model.summary()
    volume = DailyVolumeChart()
    qtbot.addWidget(volume)
    volume.resize(320, 200)
    volume.set_data(summary.daily, summary.daily_count, summary.totals)
    installed = theme.current() is None
    if installed:
        theme.install(qapp, "light")
    try:
        for look in ("dark", "high-contrast", "light"):
            theme.apply(look)
            picture = volume.grab().toImage()
            corner = picture.pixelColor(picture.width() - 1, picture.height() - 1).name()
            assert corner == TOKENS[look]["surface"].lower(), look
            left, _top, bottom, slot = volume._plot  # type: ignore[misc]
            assert picture.pixelColor(int(left + slot / 2), int(bottom - 1)).name() == BAR_FILL
    finally:
        theme.apply("light")
        if installed:
            theme.uninstall()
