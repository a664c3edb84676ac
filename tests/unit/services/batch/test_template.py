"""services.batch.template: the templates hold a bold header only on the sheet Excel opens on, text columns where a
spreadsheet would change what is typed, the instructions on a second sheet, and read back through the batch reader."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from smartpay_desk.services.batch.files import BatchFileError, read_batch_file
from smartpay_desk.services.batch.template import HELP, SHEET, TEXT_COLUMNS, write_template


@pytest.mark.parametrize("kind", ["payout", "refund"])
def test_the_template_has_the_header_only_and_its_help_on_a_second_sheet(tmp_path: Path, kind: str) -> None:
    path = write_template(kind, tmp_path / f"{kind}.xlsx")  # type: ignore[arg-type]
    book = openpyxl.load_workbook(path)
    first = book.worksheets[0]
    assert book.active is first and first.title == SHEET[kind] and first.max_row == 1
    header = [c.value for c in first[1]]
    assert header == [name for name, _, _ in HELP[kind]]
    assert all(c.font.b for c in first[1])
    for at, name in enumerate(header, start=1):
        letter = openpyxl.utils.get_column_letter(at)
        text = first.column_dimensions[letter].number_format == "@"
        assert text == (name in TEXT_COLUMNS), name
        assert first.column_dimensions[letter].width >= 10
    help_sheet = book["How to fill in"]
    assert [r[0] for r in help_sheet.iter_rows(min_row=2, max_row=len(header) + 1, values_only=True)] == header
    with pytest.raises(BatchFileError, match="has a header but no rows"):
        read_batch_file(path, kind)  # type: ignore[arg-type]


def test_a_filled_in_template_reads_back(tmp_path: Path) -> None:
    path = write_template("payout", tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    sheet.append(["inv-1", 12.5, "EUR", "4012000000003010", "12/30", None, None, None, "Jane", "Doe", "March"])
    sheet.append([None, "7,25", None, None, None, "+442079460612"])
    book.save(path)
    read = read_batch_file(path, "payout")
    assert [r.row for r in read.rows] == [2, 3]
    assert read.rows[0].values["card_number"] == "4012000000003010" and read.rows[0].values["amount"] == 12.5
    assert read.rows[1].values["phone"] == "+442079460612" and read.rows[1].values["order_id"] is None
    assert read.notes == []  # the help sheet is no second table worth a note


def test_the_template_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_template("refund", tmp_path / "missing" / "r.xlsx")
    assert not list(tmp_path.rglob("*.xlsx"))
