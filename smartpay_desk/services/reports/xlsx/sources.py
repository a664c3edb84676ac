"""The shown sheet's rows as one engine gives them: python-calamine (fast) or openpyxl (streaming). No Qt here.

Rows come numbered from the sheet's first row (calamine's iter_rows and openpyxl's iter_rows both give the
blank rows in between), calamine's from the sheet's first used column, openpyxl's from column A. openpyxl
is the slow way: for sheets with data beyond the limits (calamine would build a dense grid of it), for
files calamine cannot read (UTF-16 XML, a sheet with an empty relationship id, …), and on request. It gives
error cells and number formats itself, cell by cell, into the source's Marks.
"""

from __future__ import annotations

import warnings
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path
from typing import Any

from .calamine import CalamineParse
from .checks import MAX_COLUMNS, SHEET_ROWS, ReportFileError
from .marks import CellError, Marks
from .numfmt import is_plain
from .sheets import Entry, choose, listed

_MIDNIGHT = time()


@dataclass
class Source:
    """The shown sheet, opened by one engine: its rows as that engine gives them."""

    engine: str
    sheet: str
    sheets: list[str]  # the workbook's visible worksheets, as this engine sees them
    width: int
    first_column: int
    rows: Generator[Sequence[Any]]
    marks: Marks = field(default_factory=Marks)
    date1904: bool = False
    trim: bool = False  # openpyxl: the width is a cap, the used width comes from the rows
    total: int = 0  # about how many rows the sheet has (0: unknown)
    notes: list[str] = field(default_factory=list)


def _closing(book: Any, rows: Iterator[Sequence[Any]]) -> Generator[Sequence[Any]]:
    """Yield the rows, then close the workbook (and its file) however the reading ended."""
    try:
        yield from rows
    finally:
        book.close()


def calamine_source(parse: CalamineParse, name: str | None, marks: Marks | None, date1904: bool) -> Source:
    """calamine's parse of the sheet `name` (None: the one it chose); `marks` from marks.sheet_marks."""
    book, sheet = parse.result()
    try:
        if name is not None and sheet.name != name:  # the reader's choice wins (it read the workbook itself)
            sheet = book.get_sheet_by_name(name)
        from python_calamine import SheetTypeEnum, SheetVisibleEnum

        entries = [
            Entry(m.name, m.typ == SheetTypeEnum.WorkSheet, m.visible == SheetVisibleEnum.Visible)
            for m in book.sheets_metadata
        ]
    except Exception:
        book.close()
        raise
    rows = _closing(book, iter(sheet.iter_rows()))
    start = sheet.start or (0, 0)
    return Source("calamine", sheet.name, listed(entries), sheet.width, start[1], rows, marks or Marks(), date1904,
                  total=sheet.height)  # fmt: skip


def openpyxl_source(path: Path, name: str | None) -> Source:
    """openpyxl (read-only, defusedxml underneath) reading the sheet `name`, or the one Excel opens on."""
    import openpyxl

    with warnings.catch_warnings():  # "File contains an invalid specification …": the sheet is dropped
        warnings.simplefilter("ignore")
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        worksheets = {ws.title for ws in book.worksheets}
        entries = [Entry(n, n in worksheets, book[n].sheet_state == "visible") for n in book.sheetnames]
        choice = choose(entries, int(getattr(book, "_active_sheet_index", 0) or 0), name, path.name)
        sheet = book[book.sheetnames[choice.at]]
        date1904 = bool(book.epoch.year == 1904)
    except Exception:
        book.close()
        raise
    marks = Marks()
    marks.inline = True
    rows = _closing(book, _cells(sheet.iter_rows(max_col=MAX_COLUMNS, max_row=SHEET_ROWS), marks))
    notes = [choice.note] if choice.note else []
    return Source("openpyxl", sheet.title, choice.listed, MAX_COLUMNS, 0, rows, marks, date1904, trim=True,
                  notes=notes)  # fmt: skip


def _cells(rows: Iterator[Sequence[Any]], marks: Marks) -> Iterator[list[Any]]:
    for number, row in enumerate(rows):
        values = []
        for column, cell in enumerate(row):
            value = cell.value
            if value is not None:
                if type(value) is datetime and value.time() == _MIDNIGHT:
                    value = value.date()  # a whole number of days: calamine gives a date too
                if cell.data_type == "e":
                    value = CellError(str(value))
                else:
                    code = _number_format(cell)
                    if code and not is_plain(code):
                        marks.add_format(number, column, code)
            values.append(value)
        yield values


def _number_format(cell: Any) -> str | None:
    try:
        return str(cell.number_format)
    except (IndexError, AttributeError, KeyError):  # a style the workbook does not define (openpyxl did not find it)
        return None


def open_source(
    path: Path, *, slow: bool, parse: CalamineParse | None, name: str | None, marks: Marks | None, date1904: bool
) -> Source:
    """calamine's source unless `slow`, or if calamine cannot read the file; then openpyxl's. Refusals
    (ReportFileError) and running out of memory are not retried."""
    if not slow:
        try:
            return calamine_source(parse or CalamineParse(path, background=False, sheet=name), name, marks, date1904)
        except (ReportFileError, MemoryError):
            raise
        except Exception:  # noqa: S110 - calamine could not read it: openpyxl may
            pass
    return openpyxl_source(path, name)
