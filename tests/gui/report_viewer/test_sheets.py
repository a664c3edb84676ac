"""Issue 19 in the viewer: the sheet Excel opens on and a switcher of the visible worksheets, the title above the
header and another header row chosen, error cells marked, formatted cells shown as formatted but sorted and
searched as the operator expects, and columns as wide as their headers."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import Qt

from smartpay_desk.services.reports.xlsx import child as xlsx_child
from smartpay_desk.services.reports.xlsx.process import read_sheet
from smartpay_desk.ui.report_viewer.model import RAW_ROLE
from smartpay_desk.ui.report_viewer.parts import ERROR_COLOUR
from smartpay_desk.ui.report_viewer.sheet_bar import NO_HEADER
from smartpay_desk.ui.report_viewer.table import RowFilter
from smartpay_desk.ui.report_viewer.view import COLUMN_CAP
from tests.gui.report_viewer.corpus import choose, corpus, items, opened, read_by, shown_viewer, texts


def column(viewer: Any, header: str, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    m = viewer.model
    at = m.table.headers.index(header)
    return [m.index(r, at).data(role) for r in range(m.rowCount())]


def test_the_switcher_lists_the_visible_worksheets_and_shows_the_one_chosen(qtbot: Any) -> None:
    viewer = opened(qtbot, "active-tab.xlsx")
    bar = viewer.sheet_bar
    assert bar.sheet_combo.isVisible() and bar.sheet_combo.accessibleName() and bar.sheet_combo.toolTip()
    assert items(bar.sheet_combo) == ["2023", "2024", "2025"]
    assert bar.sheet_combo.currentData() == "2025"  # saved on its third tab: Excel opens there
    assert not any("worksheets" in note for note in viewer.notes)  # the switcher says so already
    choose(qtbot, viewer, bar.sheet_combo, "2023")
    assert viewer.sheet == "2023" and bar.sheet == "2023" and bar.sheet_combo.currentData() == "2023"
    assert texts(viewer) == read_sheet(corpus("active-tab.xlsx"), sheet="2023").texts()
    assert items(bar.sheet_combo) == ["2023", "2024", "2025"]
    for name, shown in (("hidden-first.xlsx", "Suppliers"), ("chart-first.xlsx", "Data")):
        single = opened(qtbot, name)  # hidden sheets and charts are not offered: no switcher for one sheet
        assert single.sheet_bar.sheet == shown and items(single.sheet_bar.sheet_combo) == [shown]
        assert single.sheet_bar.sheet_combo.isHidden() and single.sheet_bar.sheet_caption.isHidden()


def test_the_header_chooser_moves_the_header_and_shows_the_title(qtbot: Any, qtmodeltester: Any) -> None:
    viewer = opened(qtbot, "title-above-header.xlsx")
    bar, combo = viewer.sheet_bar, viewer.sheet_bar.header_combo
    assert bar.title_label.isVisible() and bar.title_label.text() == "Deaths in 2016\nACME Statistics Ltd"
    assert "rows 1–2" in bar.title_label.toolTip()
    assert viewer.model.table.headers == ["Name", "Born", "Died", "Age"] and combo.currentData() == 4
    assert items(combo) == [NO_HEADER, 1, 2, 4, 5, 6, 7]
    assert combo.currentText() == "Row 4: Name | Born | Died | Age" and combo.accessibleName() == "Header row"
    assert bar.sheet_combo.isHidden()  # one worksheet: nothing to switch to
    choose(qtbot, viewer, combo, 5)  # the first person's row as the header
    again = read_sheet(corpus("title-above-header.xlsx"), header_row=5)
    assert viewer.header_row == 5 and combo.currentData() == 5
    assert viewer.model.table.headers == again.headers == ["A. Person", "1930", "2016", "86"]
    assert texts(viewer) == again.texts() and len(texts(viewer)) == 2
    assert bar.title_label.text() == "Deaths in 2016\nACME Statistics Ltd\nName Born Died Age"
    choose(qtbot, viewer, combo, NO_HEADER)  # every row is data
    assert bar.title_label.isHidden() and viewer.model.rowCount() == 6
    assert texts(viewer) == read_sheet(corpus("title-above-header.xlsx"), header_row=0).texts()
    qtmodeltester.check(viewer.model)


def test_the_slow_way_reads_the_sheet_and_header_row_asked_for(qtbot: Any, monkeypatch: Any) -> None:
    expected = read_sheet(corpus("active-tab.xlsx"), sheet="2023", header_row=0)
    real, asked = xlsx_child.child_command, []

    def command(path: Any, *, engine: str = "auto", **chosen: Any) -> list[str]:
        asked.append((engine, chosen))
        if engine == "auto":  # as if calamine had run out of memory before saying anything
            return [sys.executable, "-c", "import sys; sys.exit(134)"]
        return real(path, engine=engine, **chosen)

    monkeypatch.setattr(xlsx_child, "child_command", command)
    viewer = opened(qtbot, "active-tab.xlsx", sheet="2023", header_row=0)
    chosen = {"sheet": "2023", "header_row": 0}
    assert asked == [("auto", chosen), ("openpyxl", chosen)]
    assert texts(viewer) == expected.texts() and viewer.model.table.headers == expected.headers
    assert any("read the slow way" in note for note in viewer.notes)


def test_an_error_cell_is_red_with_its_tooltip(qtbot: Any) -> None:
    viewer = opened(qtbot, "errors.xlsx")
    assert column(viewer, "Lookup") == ["#N/A", "k2", "#NAME?", "k4"]
    ratio = viewer.model.index(1, viewer.model.table.headers.index("Ratio"))
    assert ratio.data() == "#DIV/0!" and ratio.data(RAW_ROLE) is None  # no value: sorts low, adds nothing
    assert ratio.data(Qt.ItemDataRole.ForegroundRole).name() == ERROR_COLOUR
    assert ratio.data(Qt.ItemDataRole.ToolTipRole) == "Error in the file: #DIV/0!"
    fine = viewer.model.index(0, ratio.column())
    assert fine.data(Qt.ItemDataRole.ForegroundRole) is None and fine.data(Qt.ItemDataRole.ToolTipRole) == "0.25"
    viewer.search.setText("#n/a")
    viewer.apply_filter()
    assert column(viewer, "Account") == ["ACC-1"]


def test_a_formatted_cell_shows_its_text_and_sorts_and_searches_as_expected(qtbot: Any) -> None:
    viewer = opened(qtbot, "formats.xlsx")
    assert column(viewer, "Price") == ["$100.00", "$49.99"]
    assert column(viewer, "Price", RAW_ROLE) == [100, 49.99]
    assert column(viewer, "Units") == ["1,234,567", "12"] and column(viewer, "Discount") == ["20%", "13%"]
    assert column(viewer, "Time spent") == ["36:00:00", "06:00:00"]
    assert column(viewer, "Balance") == ["(1,234.50)", "250.00"]
    units = viewer.model.table.headers.index("Units")
    viewer.view.sortByColumn(units, Qt.SortOrder.AscendingOrder)  # as numbers: 12 before 1,234,567
    assert column(viewer, "Item") == ["Chair", "Desk"]
    viewer.view.sortByColumn(viewer.model.table.headers.index("Price"), Qt.SortOrder.DescendingOrder)
    assert column(viewer, "Price") == ["$100.00", "$49.99"]  # as text "$49.99" would come first
    viewer.view.sortByColumn(viewer.model.table.headers.index("Invoiced"), Qt.SortOrder.DescendingOrder)
    assert column(viewer, "Invoiced") == ["29/02/2024", "02/01/2020"]  # by the date, not by its day-first text
    viewer.search.setText("1,234,567")  # the search text is what the cells show
    viewer.apply_filter()
    assert column(viewer, "Item") == ["Desk"]


def test_headers_are_not_clipped_in_narrow_columns(qtbot: Any, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Settlement currency (merchant)", "Note", "N"])
    for i in range(400):  # more rows than a screen: only the first screenful is measured
        book.active.append(["EUR", "a note longer than its header, and than 110 px" if i == 3 else "ok", i])
    book.active["B300"] = "far down: " + "a very long note that nobody sees until they scroll " * 3
    book.save(tmp_path / "narrow.xlsx")
    viewer = shown_viewer(qtbot)
    with qtbot.waitSignal(viewer.loaded, timeout=30_000):
        viewer.open(tmp_path / "narrow.xlsx")
    read_by(qtbot, viewer)
    header, view = viewer.view.horizontalHeader(), viewer.view
    metrics = view.fontMetrics()
    currency, note = header.sectionSize(0), header.sectionSize(1)
    assert currency >= header.sectionSizeHint(0) > metrics.horizontalAdvance("Settlement currency (merchant)")
    assert currency > 2 * metrics.horizontalAdvance("EUR")  # the header, not its data, sets the width
    assert note >= metrics.horizontalAdvance("a note longer than its header, and than 110 px")
    assert note < metrics.horizontalAdvance(viewer.model.index(298, 1).data()) and note < COLUMN_CAP
    assert header.sectionSize(2) >= header.sectionSizeHint(2)
    widths = [header.sectionSize(at) for at in range(header.count())]
    viewer.search.setText("far down")  # sized once: a filter, a sort leave the widths alone
    viewer.apply_filter()
    viewer.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert viewer.current_filter() == RowFilter(text="far down") and viewer.model.rowCount() == 1
    assert [header.sectionSize(at) for at in range(header.count())] == widths


def test_columns_fit_their_header_and_first_rows_as_qt_would(qtbot: Any) -> None:
    viewer = opened(qtbot, "formats.xlsx")
    header, view = viewer.view.horizontalHeader(), viewer.view
    for at, name in enumerate(viewer.model.table.headers):
        width = header.sectionSize(at)
        assert width >= min(header.sectionSizeHint(at), COLUMN_CAP), f"{name} is clipped"
        assert width >= view.sizeHintForColumn(at), f"{name}: narrower than its cells"
