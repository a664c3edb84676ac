"""widgets/files.ask_save_path: the kind offered first is the default; a name typed without a suffix gets the one of
the kind chosen; a name with a suffix of its own kinds is kept; a cancel is None."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from smartpay_desk.ui.widgets.files import ask_save_path, csv_file, pdf_file, workbook


@pytest.mark.parametrize(
    ("typed", "chosen", "expected"),
    [
        ("/tmp/a.xlsx", "Excel workbook (*.xlsx)", "/tmp/a.xlsx"),
        ("/tmp/a.CSV", "Excel workbook (*.xlsx)", "/tmp/a.CSV"),
        ("/tmp/a", "CSV file (*.csv)", "/tmp/a.csv"),
        ("/tmp/a", "", "/tmp/a.xlsx"),
        ("/tmp/a.pdf", "Excel workbook (*.xlsx)", "/tmp/a.pdf.xlsx"),
        ("", "", None),
    ],
)
def test_the_suffix_is_the_kind_chosen(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, typed: str, chosen: str, expected: str | None
) -> None:
    asked: list[tuple[str, str]] = []

    def dialog(parent: Any, title: str, suggested: str, offered: str) -> tuple[str, str]:
        asked.append((title, offered))
        return typed, chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    parent = QWidget()
    qtbot.addWidget(parent)
    found = ask_save_path(parent, "Export", Path("/tmp/x.xlsx"), [workbook(), csv_file()])
    assert found == (Path(expected) if expected else None)
    assert asked == [("Export", "Excel workbook (*.xlsx);;CSV file (*.csv)")]
    assert pdf_file() == ("PDF document", ".pdf")
