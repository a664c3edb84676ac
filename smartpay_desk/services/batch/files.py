"""Reading the clerk's batch file into rows by header name: an xlsx through the report viewer's safe reader, or
a CSV. No Qt here.

    read_batch_file(path, kind) -> BatchFile       every data row with its row number in the sheet, the batch id

Columns are found by their header's name, in any order, ignoring case, spaces and underscores ("Order ID" is
order_id); other columns are ignored. A file that cannot be used raises BatchFileError(sentence): the report
viewer's own sentences for a workbook it refuses (a zip bomb, an entity bomb, a damaged or encrypted file…), and
this module's for a CSV, a missing column, an empty file or one too large for a batch.

How an xlsx is read (measured on a 10,000-row payout file, 2 shared cores; python-calamine alone reads it in
0.08 s): in this process with reader.read_events (0.105 s, calamine parsing on a thread of its own meanwhile;
0.17 s with bounds.scan and the rows made), not in the viewer's child process (process.read_sheet, 0.26 s: the
interpreter's start and the JSON lines cost as much as the parse). The child's memory cap is what keeps
calamine's dense grid from taking the process down (two cells, one at IV1000000, ask it for 8 GB, and a failed
allocation aborts the process), so a workbook is parsed here only once bounds.scan has seen every cell within
64 columns and 59,999 rows (at most ~120 MB of grid, measured: a peak of 146 MB for the worst such file); any
other goes to the child, and one with data beyond them is refused.

Row numbers are the sheet's: the header is row 1 in the template; a header found lower (a title above it)
and blank rows between the data rows are counted as the sheet counts them. The reader skips blank rows, so
where there may be some (its row total says so) the rows are numbered again from the parse (or, read the slow
way, by openpyxl streaming). A CSV's rows are its records (a quoted cell may span lines, as in a spreadsheet).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...api.said import said, sentence_of
from ..reports.xlsx.checks import ReportFileError, check_zip
from ..reports.xlsx.kinds import MONEY
from ..reports.xlsx.table import Table, fold
from . import bounds
from .model import PAYOUT, REFUND, BatchKind, batch_id_of

PAYOUT_COLUMNS = ("order_id", "amount", "currency", "card_number", "card_expiry", "phone", "bank_account",
                  "account_holder", "first_name", "last_name", "purpose")  # fmt: skip
REFUND_COLUMNS = ("order_id", "amount", "reason")
DESTINATIONS = ("card_number", "phone", "bank_account")
REQUIRED: dict[str, tuple[str, ...]] = {PAYOUT: ("amount",), REFUND: ("order_id", "reason")}
HELP_SHEET = "How to fill in"  # the template's second sheet (template.py)
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
HEADER_SCAN = 20  # the header is looked for among the first non-blank rows
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class BatchFileError(Exception):
    """A batch file that cannot be used; its sentence (api/said.sentence_of) is one sentence for a finance clerk."""


@dataclass(frozen=True)
class FileRow:
    """One data row: its number in the sheet and its cells by template column (absent columns left out)."""

    row: int
    values: dict[str, Any]  # str, int, float, bool or None, as the file holds it


@dataclass
class BatchFile:
    kind: BatchKind
    batch_id: str
    name: str
    columns: tuple[str, ...]  # the template's columns the file has
    rows: list[FileRow]
    notes: list[str] = field(default_factory=list)  # sentences (Said, api/said.py)


def columns_of(kind: str) -> tuple[str, ...]:
    return PAYOUT_COLUMNS if kind == PAYOUT else REFUND_COLUMNS


def column_key(header: object) -> str:
    """'Order ID', ' order_id ', 'ORDER-ID' → 'order_id'."""
    words = str(header or "").replace("_", " ").replace("-", " ").split()
    return "_".join(words).casefold()


def read_batch_file(path: str | Path, kind: BatchKind) -> BatchFile:
    """The rows of a payout or refund file (see the module docstring); BatchFileError with a sentence."""
    p = Path(path)
    content = _content(p)
    if content[:2] == b"PK" or content[:8] == _OLE or p.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
        table_rows, columns, notes = _xlsx(p, kind)
    else:
        table_rows, columns, notes = _csv(content, p.name, kind)
    if _content(p) != content:
        raise BatchFileError(said("{name} changed while it was being read; save and close it, then try again.",
                                  name=p.name))  # fmt: skip
    if not table_rows:
        if kind == PAYOUT:
            raise BatchFileError(said("{name} has a header but no rows to pay.", name=p.name))
        raise BatchFileError(said("{name} has a header but no rows to refund.", name=p.name))
    if len(table_rows) > MAX_ROWS:
        raise BatchFileError(
            said(
                "{name} has {count:,} rows; a batch holds at most {most:,}: split it into several files.",
                name=p.name,
                count=len(table_rows),
                most=MAX_ROWS,
            )
        )
    return BatchFile(kind, batch_id_of(kind, content), p.name, columns, table_rows, notes)


def _content(p: Path) -> bytes:
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BatchFileError(
                said(
                    "{name} is {size:,.0f} MB; a batch file may be at most {most} MB: split it into several files.",
                    name=p.name,
                    size=size / 1024 / 1024,
                    most=MAX_FILE_BYTES // 1024 // 1024,
                )
            )
        content = p.read_bytes()
    except FileNotFoundError:
        raise BatchFileError(said("{name} does not exist (was it moved or deleted?).", name=p.name)) from None
    except IsADirectoryError:
        raise BatchFileError(said("{name} is a folder, not a batch file.", name=p.name)) from None
    except OSError as exc:
        raise BatchFileError(said("{name} could not be opened ({reason}).", name=p.name,
                                  reason=exc.strerror or str(exc))) from None  # fmt: skip
    if not content:
        raise BatchFileError(said("{name} is empty: fill in the template and save it again.", name=p.name))
    return content


# ---------------------------------------------------------------- columns


def _columns(headers: Sequence[object], kind: str, name: str) -> dict[str, int] | None:
    """{template column: its index} when the headers hold the required ones (None when they do not);
    BatchFileError for a column given twice."""
    wanted = set(columns_of(kind))
    found: dict[str, int] = {}
    for at, header in enumerate(headers):
        key = column_key(header)
        if key in wanted:
            if key in found:
                raise BatchFileError(said("{name} has two {column} columns; keep one and try again.", name=name,
                                          column=key))  # fmt: skip
            found[key] = at
    if any(c not in found for c in REQUIRED[kind]):
        return None
    if kind == PAYOUT and not any(c in found for c in DESTINATIONS):
        return None
    return found


def _missing(headers: Sequence[object], kind: str, name: str) -> BatchFileError:
    keys = {column_key(h) for h in headers}
    lacking: list[str] = [c for c in REQUIRED[kind] if c not in keys]
    if kind == PAYOUT and not keys & set(DESTINATIONS):
        lacking.append(said("card_number, phone or bank_account"))
    what: str = said("the template's columns")
    for at, column in enumerate(lacking):
        what = column if at == 0 else said("{first} and {second}", first=what, second=column)
    return BatchFileError(
        said(
            "{name} has no {what} column. The first row of the table must name the columns as the template does "
            "({columns}).",
            name=name,
            what=what,
            columns=", ".join(columns_of(kind)),
        )
    )


def _rows(values: Iterable[tuple[int, Sequence[Any]]], columns: dict[str, int]) -> list[FileRow]:
    names, at = list(columns), list(columns.values())
    out = []
    for number, row in values:
        if len(row) > max(at, default=0):
            out.append(FileRow(number, dict(zip(names, [row[i] for i in at], strict=True))))
        else:
            out.append(FileRow(number, {c: row[i] if i < len(row) else None for c, i in columns.items()}))
    return out


def _blank(row: Sequence[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


# ---------------------------------------------------------------- CSV


def _csv(content: bytes, name: str, kind: str) -> tuple[list[FileRow], tuple[str, ...], list[str]]:
    if b"\0" in content[:4096]:
        raise BatchFileError(said("{name} is not a CSV text file (is it UTF-16? save it as “CSV UTF-8”).", name=name))
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BatchFileError(
            said(
                "{name} is not UTF-8 text: save it from your spreadsheet application as “CSV UTF-8” and try again.",
                name=name,
            )
        ) from None
    lines = (line for line in text.splitlines() if line.strip())
    first = next(lines, "")
    delimiter = max(",;\t", key=lambda d: (first.count(d), d == ","))
    records: list[tuple[int, list[str]]] = []
    try:
        for number, record in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1):
            if record and not _blank(record):
                records.append((number, record))
                if len(records) > MAX_ROWS + HEADER_SCAN:
                    break
    except csv.Error as exc:
        raise BatchFileError(said("{name} is not a CSV file this desk can read ({reason}); save it as “CSV UTF-8”.",
                                  name=name, reason=str(exc))) from None  # fmt: skip
    for at, (_, header) in enumerate(records[:HEADER_SCAN]):
        columns = _columns(header, kind, name)
        if columns is not None:
            data = ((n, [v if v.strip() else None for v in r]) for n, r in records[at + 1 :])
            return _rows(data, columns), tuple(columns), []
    raise _missing(records[0][1] if records else [], kind, name)


# ---------------------------------------------------------------- xlsx


def _xlsx(p: Path, kind: str) -> tuple[list[FileRow], tuple[str, ...], list[str]]:
    try:
        check_zip(p)  # the reader's own sentences: not a zip, an old .xls or encrypted, a zip bomb…
        reach = bounds.scan(p)
    except ReportFileError as exc:
        raise BatchFileError(sentence_of(exc)) from None
    except Exception:  # a zip the scan cannot read: the reader (its child) says what is wrong with it
        reach = bounds.Reach(known=False)
    if reach.far is not None:
        raise BatchFileError(
            said("{name} has data in cell {cell}, beyond what a batch file holds ({columns} columns, {rows:,} rows): "
                 "delete what is there and try again.", name=p.name, cell=reach.far, columns=bounds.BATCH_COLUMNS,
                 rows=bounds.BATCH_ROWS)
        )  # fmt: skip
    if reach.too_big:
        raise BatchFileError(said("{name} unpacks to more than a batch file holds; split it into several files.",
                                  name=p.name))  # fmt: skip
    sheet = _Sheet(p, kind, in_process=reach.known)
    table = sheet.read()
    columns = _columns(table.headers, kind, p.name)
    if columns is None:
        table, columns = sheet.find_header(table)
    numbers = sheet.numbers(table)
    if table.gateway:
        _major_amounts(table)
    rows = _rows(zip(numbers, _picked(table, columns), strict=True), {c: i for i, c in enumerate(columns)})
    return rows, tuple(columns), sheet.notes(table)


def _picked(table: Table, columns: dict[str, int]) -> Iterable[Sequence[Any]]:
    """The rows' values in the columns wanted (in `columns`' order); an error cell as its text (#N/A)."""
    picked = []
    for at in columns.values():
        values = table.columns[at]
        errors = table.errors[at] if at < len(table.errors) else []
        if errors:
            shown = table.shown[at] or []
            values = list(values)
            for r in errors:
                values[r] = shown[r] if r < len(shown) else None
        picked.append(values)
    return zip(*picked, strict=True)


def _major_amounts(table: Table) -> None:
    """A gateway export's amounts come from the reader in minor units (its typed columns): written back as the
    file shows them (12.50), so that they are read like any other file's and never taken as 1250.00."""
    from ...api.money import format_plain

    keys = [column_key(h) for h in table.headers]
    if "amount" not in keys or table.kinds[keys.index("amount")] != MONEY:
        return
    amounts = table.columns[keys.index("amount")]
    currencies = table.columns[keys.index("currency")] if "currency" in keys else [None] * len(amounts)
    for at, (minor, currency) in enumerate(zip(amounts, currencies, strict=True)):
        try:
            amounts[at] = None if minor is None else format_plain(int(minor), str(currency))
        except ValueError:
            amounts[at] = None


class _Sheet:
    """One workbook read by the report viewer's reader: in this process or its child, then numbered."""

    def __init__(self, p: Path, kind: str, *, in_process: bool) -> None:
        self.p, self.kind, self.in_process = p, kind, in_process
        self.total = 0  # the reader's row total (calamine: the used range's height)
        self.parse: Any = None
        self.said: list[str] = []  # notes of this module's own

    def read(self, sheet: str | None = None, header_row: int | None = None) -> Table:
        try:
            if not self.in_process:
                from ..reports.xlsx.process import read_sheet

                return read_sheet(self.p, sheet=sheet, header_row=header_row)
            from ..reports.xlsx.calamine import CalamineParse
            from ..reports.xlsx.reader import read_events

            self.parse = CalamineParse(self.p, background=True, sheet=sheet)  # bounds.scan: its grid is small
            events = list(read_events(self.p, sheet=sheet, header_row=header_row, parse=self.parse))
        except ReportFileError as exc:
            raise BatchFileError(sentence_of(exc)) from None
        self.total = next((e["rows"] for e in events if e["t"] == "total"), 0)
        try:
            table = fold(events)
        except ReportFileError as exc:
            raise BatchFileError(sentence_of(exc)) from None
        if table.retry is not None:  # the reader wants the slow way after all: as the viewer reads it
            self.in_process = False
            return self.read(sheet, header_row)
        return table

    def find_header(self, table: Table) -> tuple[Table, dict[str, int]]:
        """The table under the first row that names the required columns: on the sheet shown (a header the
        reader did not take for one), else on another visible sheet (a workbook saved on its help sheet)."""
        for number, texts in table.header_choices:
            if number != table.header_row and _columns(texts, self.kind, self.p.name) is not None:
                chosen = self.read(table.sheet or None, int(number))
                columns = _columns(chosen.headers, self.kind, self.p.name)
                if columns is not None:
                    return chosen, columns
        for name in table.sheets:
            if name != table.sheet:
                other = self.read(name)
                columns = _columns(other.headers, self.kind, self.p.name)
                if columns is not None:
                    return other, columns
        raise _missing(table.headers, self.kind, self.p.name)

    def notes(self, table: Table) -> list[str]:
        notes = [n for n in table.notes if "worksheets;" not in n] + self.said
        if [name for name in table.sheets if name not in (table.sheet, HELP_SHEET)]:
            sheets = len(table.sheets)
            notes.insert(0, said("{name} has {count} worksheets; the rows are read from “{sheet}”.", name=self.p.name,
                                 count=sheets, sheet=table.sheet))  # fmt: skip
        return notes

    def numbers(self, table: Table) -> list[int]:
        """Each data row's number in the sheet (the reader skips blank rows and does not say where they were)."""
        count = table.row_count
        if table.engine == "calamine" and self.total and table.header_choices:
            last = int(table.header_choices[0][0]) + self.total - 1  # at least the last row with a value
            if table.header_row + count >= last:
                return list(range(table.header_row + 1, table.header_row + 1 + count))
        try:
            found = self._counted(table)
        except Exception:  # openpyxl cannot read what the reader's child read: count from the header
            self.said.append(said("The rows are numbered from the header down, as if the sheet had no blank rows."))
            return list(range(table.header_row + 1, table.header_row + 1 + count))
        if len(found) != count:
            raise BatchFileError(
                said(
                    "{name} has rows this desk cannot number as the sheet does (blank rows or error cells between "
                    "the rows?): remove the blank rows and try again.",
                    name=self.p.name,
                )
            )
        return found

    def _counted(self, table: Table) -> list[int]:
        """The numbers of the non-blank rows below the header, from calamine's parse (or openpyxl, streaming)."""
        rows: Iterable[Sequence[Any]]
        book = None
        if self.parse is not None and table.engine == "calamine":
            _, parsed = self.parse.result()
            rows = parsed.iter_rows() if parsed.name == table.sheet else ()
        else:
            rows = ()
        if not rows:
            import openpyxl

            book = openpyxl.load_workbook(self.p, read_only=True, data_only=True)
            rows = book[table.sheet].iter_rows(values_only=True)
        try:
            found: list[int] = []
            for number, row in enumerate(rows, start=1):
                if number > table.header_row and not _blank(row):
                    found.append(number)
                    if len(found) > table.row_count:
                        break
            return found
        finally:
            if book is not None:
                book.close()
