"""Issue 19: the viewer and `smartpay sheet` agree on every file of the corpus (tests/data/xlsx).

`process.read_sheet` is what `smartpay sheet` prints (the reader's child process, as the viewer runs it); the
viewer must show the same sheet, title, header, and every cell's text, error cells marked.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from smartpay_desk.services.reports.xlsx.checks import ReportFileError
from smartpay_desk.services.reports.xlsx.process import read_sheet
from smartpay_desk.ui.report_viewer.parts import ERROR_COLOUR
from smartpay_desk.ui.report_viewer.sheet_bar import multi_sheet_note, title_text
from tests.gui.report_viewer.corpus import READABLE, REFUSED, corpus, items, opened, read_by, shown_viewer, texts


@pytest.mark.parametrize("name", READABLE)
def test_the_viewer_shows_what_smartpay_sheet_prints(qtbot: Any, qtmodeltester: Any, name: str) -> None:
    table = read_sheet(corpus(name))
    viewer = opened(qtbot, name)
    model, bar = viewer.model, viewer.sheet_bar
    assert model.table.headers == table.headers
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == table.headers
    assert texts(viewer) == table.texts()
    assert bar.sheet == table.sheet and bar.header_row == table.header_row
    assert bar.title_label.text() == title_text(table.title)
    assert bar.sheet_combo.isVisible() == (len(table.sheets) > 1)
    assert items(bar.sheet_combo) == table.sheets
    assert bar.header_combo.currentData() == table.header_row
    said = [note for note in table.notes if note != multi_sheet_note(table.sheets, table.sheet)]
    assert viewer.notes == said
    for column, rows in enumerate(table.errors):
        for row in rows:
            cell = model.index(row, column)
            assert cell.data(Qt.ItemDataRole.ForegroundRole).name() == ERROR_COLOUR
            assert cell.data(Qt.ItemDataRole.ToolTipRole) == f"Error in the file: {table.text(column, row)}"
    marked = {(c, r) for c, rows in enumerate(table.errors) for r in rows}
    plain = [(c, r) for c in range(model.columnCount()) for r in range(model.rowCount()) if (c, r) not in marked]
    assert all(not model.index(r, c).data(Qt.ItemDataRole.ToolTipRole).startswith("Error") for c, r in plain)
    qtmodeltester.check(model)


@pytest.mark.parametrize("name", REFUSED)
def test_a_file_neither_reader_reads_is_refused_in_the_same_words(qtbot: Any, name: str) -> None:
    with pytest.raises(ReportFileError) as refused:
        read_sheet(corpus(name))
    viewer = shown_viewer(qtbot)
    with qtbot.waitSignal(viewer.failed, timeout=30_000) as blocker:
        viewer.open(corpus(name))
    read_by(qtbot, viewer)
    assert blocker.args == [str(refused.value)]
    assert viewer.body.isHidden() and viewer.notes_label.text() == str(refused.value)
