"""The report viewer in the desk (issue 16): times in the zone the desk chose (local by default, or UTC), each time
column's header saying it, the date filter's days and the daily-volume chart's days following it, the reconciliation
and its export too; saved views of reports (filters, sort, columns) restored on start and put on every report
opened; "Export this view" writes exactly the rows and columns shown. This computer is put in New York (UTC-05:00 in
January) so that local days and UTC days differ."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt

from smartpay_desk.services.profiles.desk_settings import DeskSettings
from smartpay_desk.services.reports.xlsx.process import read_sheet
from smartpay_desk.ui.report_viewer.recon import ReconcileBar
from smartpay_desk.ui.report_viewer.viewer import ReportViewer
from smartpay_desk.ui.report_viewer.views import ReportViewsBar
from tests.gui.recon_support import shot

# (order id, status, amount, created in UTC): New York days 9, 10, 10, 11 January; UTC days 10, 10, 11, 11
ROWS = (
    ("ny-9", "success", 12.5, datetime(2025, 1, 10, 2, 0)),
    ("ny-10a", "fail", 100.0, datetime(2025, 1, 10, 12, 0)),
    ("ny-10b", "success", 7.25, datetime(2025, 1, 11, 3, 30)),
    ("ny-11", "fail", 40.0, datetime(2025, 1, 11, 15, 0)),
)


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def report(tmp_path: Path) -> Path:
    """A gateway export (Order ID, Type, Status, Amount, Currency, Created in UTC), as the corpus's is made."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Order ID", "Type", "Status", "Amount", "Currency", "Created"])
    for order, status, amount, created in ROWS:
        sheet.append([order, "Payment", status, amount, "EUR", created])
        sheet.cell(sheet.max_row, 4).number_format = "0.00"
        sheet.cell(sheet.max_row, 6).number_format = "yyyy-mm-dd hh:mm:ss"
    path = tmp_path / "january.xlsx"
    book.save(path)
    return path


def desk_viewer(qtbot: Any, ctx: Any) -> ReportViewer:
    """A viewer as the Reports tab holds it, its settings read (the desk's start)."""
    viewer = ReportViewer(None, ctx)
    qtbot.addWidget(viewer)
    viewer.resize(1240, 760)
    viewer.show()
    qtbot.waitExposed(viewer)
    views = viewer.views
    assert views is not None
    qtbot.waitUntil(lambda: views.task is None or views.task.finished, timeout=10_000)
    return viewer


def opened(qtbot: Any, viewer: ReportViewer, path: Path) -> None:
    with qtbot.waitSignal(viewer.loaded, timeout=20_000):
        viewer.open(path)
    qtbot.waitUntil(lambda: not viewer.reader.is_running(), timeout=20_000)
    viewer.model.settle()
    viewer.refresh_summary()


def column(viewer: ReportViewer, title: str) -> list[str]:
    model = viewer.model
    at = model.table.headers.index(title)
    return [model.index(r, at).data() for r in range(model.rowCount())]


def header(viewer: ReportViewer, title: str) -> str:
    return str(viewer.model.headerData(viewer.model.table.headers.index(title), Qt.Orientation.Horizontal))


def choose(combo: Any, data: object) -> None:
    """Pick an item as the operator does (activated)."""
    at = combo.findData(data)
    assert at >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(at)
    combo.activated.emit(at)


def test_times_days_chart_and_reconciliation_follow_the_zone_chosen(
    qtbot: Any, new_york: None, desk_ctx: Any, report: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    viewer = desk_viewer(qtbot, desk_ctx)
    opened(qtbot, viewer, report)
    views, chart = viewer.views, viewer.volume_chart
    assert views is not None and views.zone_combo.currentData() == "local"
    # local time by default: New York's, and the header says so
    assert header(viewer, "Created") == "Created (local, UTC-05:00)"
    assert column(viewer, "Created")[0] == "2025-01-09 21:00:00"
    assert [d for d, _amount, _rows in chart.days] == [date(2025, 1, 9), date(2025, 1, 10), date(2025, 1, 11)]
    assert chart.title == "Daily volume (EUR, local days)"
    viewer.from_edit.setDate(QDate(2025, 1, 10))
    viewer.to_edit.setDate(QDate(2025, 1, 10))
    viewer.apply_filter()
    assert column(viewer, "Order ID") == ["ny-10a", "ny-10b"]  # New York's 10 January

    choose(views.zone_combo, "UTC")
    viewer.model.settle()
    viewer.refresh_summary()
    assert desk_ctx.time_zone == "UTC"
    assert header(viewer, "Created") == "Created (UTC)"
    assert column(viewer, "Order ID") == ["ny-9", "ny-10a"]  # the same day chosen: UTC's 10 January now
    assert column(viewer, "Created") == ["2025-01-10 02:00:00", "2025-01-10 12:00:00"]
    assert "Times in" in viewer.from_edit.toolTip()
    viewer.from_edit.setDate(QDate(2000, 1, 1))
    viewer.to_edit.setDate(QDate(2000, 1, 1))
    viewer.apply_filter()
    viewer.model.settle()
    viewer.refresh_summary()
    assert [(d, rows) for d, _amount, rows in chart.days] == [(date(2025, 1, 10), 2), (date(2025, 1, 11), 2)]
    chart.repaint()  # its tooltips' words are made from the bars painted
    assert chart.title == "Daily volume (EUR, UTC days)" and chart.hit_texts()[0].startswith("2025-01-10 (UTC): ")
    qtbot.waitUntil(lambda: DeskSettings(desk_ctx.data_dir).read().value("time_zone") == "UTC", timeout=10_000)

    recon = viewer.recon  # the report's days are UTC days too, and the reconciliation's export says so
    assert recon is not None
    recon.button.click()
    qtbot.waitUntil(lambda: recon.task is None and recon.result is not None, timeout=20_000)
    assert recon.result is not None and recon.result.scope.zone_name() == "UTC"
    assert "(UTC)" in recon.panel.title.toolTip()
    out = tmp_path / "reconciliation.xlsx"
    monkeypatch.setattr(ReconcileBar, "ask_export_path", classmethod(lambda cls, parent, suggested: out))
    recon.panel.export_button.click()
    qtbot.waitUntil(lambda: out.exists(), timeout=10_000)
    headers = [c.value for c in next(openpyxl.load_workbook(out).active.iter_rows())]
    assert "Since (UTC)" in headers and "Explained at (UTC)" in headers
    shot(viewer, "report-viewer-utc")

    again = desk_viewer(qtbot, desk_ctx)  # the next start: the zone kept
    assert again.views is not None and again.views.zone_combo.currentData() == "UTC"
    opened(qtbot, again, report)
    assert header(again, "Created") == "Created (UTC)"


def test_in_local_time_the_viewer_shows_what_smartpay_sheet_prints_and_its_header_says_the_zone(
    qtbot: Any, new_york: None, desk_ctx: Any, report: Path
) -> None:
    viewer = desk_viewer(qtbot, desk_ctx)
    opened(qtbot, viewer, report)
    printed = read_sheet(report)
    model = viewer.model
    assert [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())] == (
        printed.texts()
    )
    shown = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert shown == [*printed.headers[:-1], "Created (local, UTC-05:00)"]
    assert "UTC-05:00" in str(model.headerData(5, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))


def test_a_view_of_reports_is_saved_put_on_the_report_opened_exported_as_shown_and_restored(
    qtbot: Any, new_york: None, desk_ctx: Any, report: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    viewer = desk_viewer(qtbot, desk_ctx)
    opened(qtbot, viewer, report)
    views = viewer.views
    assert views is not None and not views.delete_button.isEnabled()
    qtbot.waitUntil(lambda: viewer.status_combo.findData("fail") >= 0, timeout=10_000)
    viewer.status_combo.setCurrentIndex(viewer.status_combo.findData("fail"))  # applied at once
    viewer.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # the biggest amount first
    viewer.view.horizontalHeader().setSectionHidden(1, True)  # no Type column
    viewer.view.horizontalHeader().moveSection(5, 0)  # Created first
    assert column(viewer, "Order ID") == ["ny-10a", "ny-11"]
    monkeypatch.setattr(ReportViewsBar, "ask_name", classmethod(lambda cls, parent, suggested: "Failed, biggest"))
    views.save_button.click()
    qtbot.waitUntil(lambda: views.combo.currentText() == "Failed, biggest", timeout=10_000)
    assert "saved" in views.message.text() and views.delete_button.isEnabled()
    saved = DeskSettings(desk_ctx.data_dir).read().view("report")
    assert saved is not None and saved.filters["status"] == "fail" and saved.sort == ("Amount", "descending")
    assert saved.hidden == ("Type",)

    out = tmp_path / "view.xlsx"
    monkeypatch.setattr(ReportViewsBar, "ask_export_path", classmethod(lambda cls, parent, suggested: out))
    views.export_button.click()
    qtbot.waitUntil(lambda: "Exported the 2 rows shown" in views.message.text(), timeout=10_000)
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(out).active.iter_rows()]
    assert rows[0] == ["Created (local, UTC-05:00)", "Order ID", "Status", "Amount", "Currency"]
    assert rows[1:] == [["2025-01-10 07:00:00", "ny-10a", "fail", "€100.00", "EUR"],
                        ["2025-01-11 10:00:00", "ny-11", "fail", "€40.00", "EUR"]]  # fmt: skip
    model, order = viewer.model, [viewer.view.horizontalHeader().logicalIndex(v) for v in range(6)]
    shown = [[model.index(r, c).data() for c in order if c != 1] for r in range(model.rowCount())]
    assert rows[1:] == shown  # exactly as the table shows it
    shot(viewer, "report-viewer-view-local")

    again = desk_viewer(qtbot, desk_ctx)  # the next start: the view in use, put on the report opened
    assert again.views is not None and again.views.combo.currentText() == "Failed, biggest"
    opened(qtbot, again, report)
    assert column(again, "Order ID") == ["ny-10a", "ny-11"] and again.status_combo.currentData() == "fail"
    assert again.view.horizontalHeader().isSectionHidden(1)
    choose(again.views.combo, None)  # "As it comes": every row, in the file's order, every column
    assert column(again, "Order ID") == ["ny-9", "ny-10a", "ny-10b", "ny-11"]
    assert not again.view.horizontalHeader().isSectionHidden(1)
    qtbot.waitUntil(lambda: DeskSettings(desk_ctx.data_dir).read().current == {}, timeout=10_000)
