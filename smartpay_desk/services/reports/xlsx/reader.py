"""Read an xlsx for the report viewer, refusing hostile files with one clear sentence. No Qt here.

The desk runs this module in a process of its own (`python -m smartpay_desk.services.reports.xlsx.child FILE`):
parsing holds the GIL, so the GUI only ever reads finished batches from a pipe. The child writes one JSON
object per line (ASCII only):

    {"t": "meta", "headers": [...], "kinds": [...], "gateway": true, "sheet": "Transactions", "engine": "calamine",
     "sheets": ["Transactions", ...],            the visible worksheets (the sheet switcher), in order
     "title": [["Deaths in 2016"], ...],         the rows above the header, as text (trailing blanks cut)
     "title_rows": [1, ...], "header_row": 3,    their numbers in the sheet (from 1); 0: no header row
     "header_choices": [[1, ["Deaths in 2016"]], [3, ["Name", "Date"]], ...]}   rows the operator may choose
    {"t": "rows", "cols": [[...], [...], ...],   column-major: one list per column, same length; and only if
     "shown": [null, ["$1.00", null, ...], ...], some cell is shown otherwise than its plain value (a number
     "errors": [null, [0, 7], ...]}              format, an error cell): per column, null or those texts (null
                                                 where the plain value is right), and the rows of error cells
                                                 (their value is null, their text in "shown")
    {"t": "total", "rows": 100001}                   about how many rows there are (for a progress bar)
    {"t": "note", "text": "..."}                     something the operator should know (rows cut, …)
    {"t": "end", "rows": 300}
    {"t": "error", "text": "..."}                    the file was refused or could not be read
    {"t": "retry", "engine": "openpyxl"}             (child only) read the file again with this engine

A second "meta" means "forget the rows so far": the first rows shown early turned out not to be calamine's.

How a file is read (read_events):
1. checks.check_zip: the file's head and the zip directory (size, members, zip bomb), in milliseconds.
2. In the child (child.py), python-calamine starts parsing the shown sheet on a thread of its own at
   once: it releases the GIL, so the steps below run beside it on the other core.
3. book.py reads the workbook's structure: its sheets, and the one to show (sheets.py: the one named, or
   the one Excel opens on); header.py finds the header row (or takes the one chosen).
4. preview.py streams the first FIRST_BATCH rows with defusedxml and sends them: the table shows rows
   within about 0.1 s instead of after calamine's whole parse.
5. checks.scan_sheets decompresses the shown worksheet once looking for cells with a value beyond the
   limits. Such a sheet must not reach calamine (it builds a dense grid from the farthest cell): in-process
   it is read with openpyxl read-only (defusedxml underneath) instead; the child, whose calamine is already
   running, says "retry" and ends itself at once, and the desk starts a child with engine openpyxl. (Should
   calamine ask for its grid before the scan has finished, the child's address-space cap ends the child,
   with the same result: the desk's loader retries the slow way.) If calamine fails on a file (UTF-16 XML,
   an empty relationship id, …), openpyxl reads it; only what neither can read is refused.
6. marks.py finds the error cells and number formats calamine does not give, when there may be some.
7. calamine's rows are converted (layout.py) and sent in batches of BATCH_ROWS; its first rows are checked
   against the preview's, and if they differ everything is sent again after a new "meta".
At most MAX_ROWS rows and MAX_CELLS cells are sent (the rest is cut, with a note), at most MAX_COLUMNS
columns. On POSIX the child caps its own address space, so anything that still asks for absurd memory ends
the child, never the desk.

What the cells become (a gateway export's typed columns, or a plain table) is layout.py's business.
"""

from __future__ import annotations

import json
import sys
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from defusedxml import DefusedXmlException

from ....api.said import said, sentence_of
from .book import Book
from .calamine import CalamineParse
from .checks import MAX_COLUMNS, ReportFileError, check_file, check_zip, damaged, scan_sheets
from .header import plan
from .layout import Batch, Converter, Layout
from .marks import CellError, Collector, sheet_marks
from .preview import preview
from .sources import Source, open_source
from .table import Table, fold, said_event

__all__ = ["MAX_COLUMNS", "ReportFileError", "Table", "check_file", "read_events", "read_table"]

MAX_ROWS = 250_000  # rows the viewer holds; a longer sheet is cut, with a note
MAX_CELLS = 4_000_000  # and cells: a 256-column sheet is cut at 15,625 rows
FIRST_BATCH = 200
BATCH_ROWS = 2_000


class Options(NamedTuple):
    engine: str
    sheet: str | None  # the sheet's name; None: the one Excel opens on
    header_row: int | None  # the header's row number (from 1), 0 for none; None: found
    first_batch: int
    batch_rows: int


def _blank(row: Sequence[Any]) -> bool:
    if row and row[0] is not None and row[0] != "":  # fast path: most rows start with a value
        return False
    if isinstance(row, tuple) and row.count(None) == len(row):  # fast path: openpyxl's gap rows
        return True
    return all(v is None or v == "" for v in row)


def _trimmed_width(rows: Sequence[Sequence[Any]], width: int) -> int:
    used = 0
    for row in rows:
        for i in range(min(len(row), width) - 1, used - 1, -1):
            if row[i] is not None and row[i] != "":
                used = i + 1
                break
    return max(used, 1)


def _overlay(rows: Iterator[Sequence[Any]], errors: dict[int, list[tuple[int, str]]], first: int) -> Iterator[Any]:
    """calamine's rows with its blanks at error cells replaced by the errors (marks.py found them)."""
    for number, row in enumerate(rows):
        found = errors.get(number)
        if found:
            row = list(row)
            for column, text in found:
                if 0 <= column - first < len(row):
                    row[column - first] = CellError(text)
        yield row


# ---------------------------------------------------------------- events


def _slice(batch: Batch, start: int, stop: int) -> Batch:
    return Batch(
        [c[start:stop] for c in batch.cols],
        [t[start:stop] if t is not None else None for t in batch.shown],
        [[j - start for j in e if start <= j < stop] if e is not None else None for e in batch.errors],
    )


def _rows_event(batch: Batch) -> dict[str, Any]:
    event: dict[str, Any] = {"t": "rows", "cols": batch.cols}
    if any(t is not None and any(x is not None for x in t) for t in batch.shown):
        event["shown"] = batch.shown
    if any(batch.errors):
        event["errors"] = [e or None for e in batch.errors]
    return event


@dataclass
class _Early:
    """What the preview already sent: its layout and its data rows (converted)."""

    layout: Layout
    batch: Batch

    @property
    def rows(self) -> int:
        return len(self.batch.cols[0]) if self.batch.cols else 0

    def agrees(self, layout: Layout, batch: Batch) -> bool:
        n = self.rows
        if layout != self.layout or not batch.cols or len(batch.cols[0]) < n:
            return False
        head = _slice(batch, 0, n)
        return head.cols == self.batch.cols and _rows_event(head) == _rows_event(self.batch)


def _row_limit(layout: Layout) -> int:
    return max(1, min(MAX_ROWS, MAX_CELLS // max(layout.width, 1)))


def _meta(layout: Layout | None, sheet: str, engine: str, sheets: list[str]) -> dict[str, Any]:
    event: dict[str, Any] = {"t": "meta", "headers": [], "kinds": [], "gateway": False, "sheet": sheet,
                             "engine": engine, "sheets": sheets, "title": [], "title_rows": [], "header_row": 0,
                             "header_choices": []}  # fmt: skip
    if layout is not None:
        event.update(headers=layout.headers, kinds=layout.kinds, gateway=layout.gateway, title=layout.title,
                     title_rows=layout.title_rows, header_row=layout.header_number,
                     header_choices=[[n, texts] for n, texts in layout.choices])  # fmt: skip
    return event


def _preview(book: Book, part: str, name: str, sheets: list[str], options: Options) -> tuple[_Early | None, list[Any]]:
    """The preview's rows as the events to send now (none if the preview was unsure)."""
    early = preview(book, part, options.first_batch, MAX_COLUMNS)
    if not early.rows:
        return None, []
    width = len(early.rows[0])
    layout, start, _ = plan(early.rows, early.numbers, width, early.first_column, options.header_row)
    limit = start + _row_limit(layout)
    batch = Converter(layout, early.marks).convert(early.rows[start:limit], early.numbers[start:limit])
    engine = "openpyxl" if options.engine == "openpyxl" else "calamine"
    events: list[Any] = [_meta(layout, name, engine, sheets)]
    if batch.cols and batch.cols[0]:
        events.append(_rows_event(batch))
    return _Early(layout, batch), events


def read_events(
    path: str | Path,
    *,
    engine: str = "auto",
    sheet: str | None = None,
    header_row: int | None = None,
    first_batch: int = FIRST_BATCH,
    batch_rows: int = BATCH_ROWS,
    parse: CalamineParse | None = None,
) -> Iterator[dict[str, Any]]:
    """The messages described in the module docstring, in order. Never raises: a failure is an "error".

    `sheet`: the sheet to show (a visible worksheet's name; None: the one Excel opens on). `header_row`: the
    header's row number in the sheet (0: none; None: found). `parse` (the child process only): calamine
    already parsing this file on its thread, started before the sheets were scanned; if the sheet turns out
    to be beyond the limits, the last message is "retry" and the caller must end the process at once."""
    p = Path(path)
    options = Options(engine, sheet, header_row, first_batch, batch_rows)
    try:
        yield from _read(p, options, parse)
    except ReportFileError as exc:
        yield said_event("error", sentence_of(exc))
    except MemoryError:
        yield said_event("error", said("{name} needs more memory than the viewer allows; it was not opened.",
                                       name=p.name))  # fmt: skip
    except Exception as exc:
        yield said_event("error", _sentence_for(exc, p.name))


def _sentence_for(exc: Exception, name: str) -> str:
    kind = type(exc).__name__
    if "Password" in kind:
        return said("{name} is password-protected; open it in a spreadsheet application.", name=name)
    if "Entities" in kind or "DTD" in kind or "External" in kind or "entity" in str(exc).lower():
        return said("{name} contains XML constructs no spreadsheet needs (possibly a malicious file); it was not "
                    "opened.", name=name)  # fmt: skip
    if isinstance(exc, zipfile.BadZipFile | EOFError) or "Zip" in kind:
        return damaged(name)
    return said("{name} could not be read as a spreadsheet; it may be damaged.", name=name)


def _book(zf: zipfile.ZipFile) -> Book | None:
    """The workbook's structure, or None if it cannot be read (then the engines find their way alone)."""
    try:
        return Book(zf)
    except DefusedXmlException:
        raise
    except Exception:
        return None


def _read(p: Path, options: Options, parse: CalamineParse | None) -> Iterator[dict[str, Any]]:
    check_zip(p)
    with zipfile.ZipFile(p) as zf:
        book = _book(zf)
        choice = book.choose(options.sheet, p.name) if book is not None else None
        part = name = None
        early, notes = None, []
        if book is not None and choice is not None:
            part, name = book.parts[choice.at], book.entries[choice.at].name
            notes = [choice.note] if choice.note else []
            early, events = _preview(book, part, name, choice.listed, options)
            yield from events
        collector = None
        if book is not None and part and options.engine != "openpyxl":
            gateway = early is not None and early.layout.gateway  # its typed columns need no formats
            collector = Collector({} if gateway else book.styles().display_codes())
        found = scan_sheets(p, [part] if part else None, collector.feed if collector is not None else None)
        if found.oversized and parse is not None:
            yield {"t": "retry", "engine": "openpyxl"}
            return
        marks = collector.close() if collector is not None else None
        if collector is not None and marks is None and part:  # it watched a gateway export and saw an error
            marks = sheet_marks(zf, part, {})
        slow = found.oversized or options.engine == "openpyxl" or (marks is not None and marks.unsure)
        date1904 = book.date1904 if book is not None else False
        source = open_source(p, slow=slow, parse=parse, name=name or options.sheet, marks=marks, date1904=date1904)
    if found.oversized:
        source.notes.append(said("The sheet is wider or longer than the viewer shows: at most {columns} columns and "
                                 "{rows:,} rows are shown.", columns=MAX_COLUMNS, rows=MAX_ROWS))  # fmt: skip
    source.notes[:0] = notes
    sheets = choice.listed if choice is not None else source.sheets
    try:
        yield from _stream(source, early, options, sheets)
    finally:
        source.rows.close()


def _stream(source: Source, early: _Early | None, options: Options, sheets: list[str]) -> Iterator[dict[str, Any]]:
    notes = list(source.notes)
    if source.total:
        yield {"t": "total", "rows": min(source.total, MAX_ROWS)}
    if len(sheets) > 1:
        notes.append(said("This workbook has {count} worksheets; “{sheet}” is shown.", count=len(sheets),
                          sheet=source.sheet))  # fmt: skip
    width = min(source.width, MAX_COLUMNS)
    rows: Iterator[Any] = iter(source.rows)
    if source.marks.errors:
        rows = _overlay(rows, source.marks.errors, source.first_column)
    pending: list[Sequence[Any]] = []
    numbers: list[int] = []
    number = -1
    for number, row in enumerate(rows):
        if not _blank(row):
            pending.append(row)
            numbers.append(number)
            if len(pending) >= options.first_batch:
                break
    if not pending:
        yield _meta(None, source.sheet, source.engine, sheets)
        for text in [*notes, said("The sheet is empty.")]:
            yield said_event("note", text)
        yield {"t": "end", "rows": 0}
        return
    width = _trimmed_width(pending, width) if source.trim else width
    layout, start, chosen_note = plan(pending, numbers, width, source.first_column, options.header_row)
    notes += [chosen_note] if chosen_note else []
    convert = Converter(layout, source.marks, source.date1904)
    track = source.marks.has_formats() and not layout.gateway  # rows' numbers matter only for formats
    limit = _row_limit(layout)
    first = convert.convert(pending[start:], numbers[start:])
    same = early is not None and source.engine == _early_engine(options) and early.agrees(layout, first)
    sent = early.rows if same and early is not None else 0
    if not sent:
        yield _meta(layout, source.sheet, source.engine, sheets)
    for text in notes:
        yield said_event("note", text)
    count, cut = sent, len(first.cols[0]) > limit
    first = _slice(first, sent, limit)
    if first.cols[0]:
        count += len(first.cols[0])
        yield _rows_event(first)
    batch: list[Sequence[Any]] = []
    at: list[int] = []
    for number, row in enumerate(() if cut else rows, start=number + 1):  # noqa: B020 - counting on
        if _blank(row):
            continue
        if count + len(batch) >= limit:
            cut = True
            break
        batch.append(row)
        if track:
            at.append(number)
        if len(batch) >= options.batch_rows:
            count += len(batch)
            yield _rows_event(convert.convert(batch, at if track else range(len(batch))))
            batch, at = [], []
    if batch:
        count += len(batch)
        yield _rows_event(convert.convert(batch, at if track else range(len(batch))))
    if cut:
        yield said_event("note", said("Only the first {count:,} rows are shown (the viewer's limit); open the file in "
                                      "a spreadsheet application to see them all.", count=count))  # fmt: skip
    for text in convert.notes():
        yield said_event("note", text)
    yield {"t": "end", "rows": count}


def _early_engine(options: Options) -> str:
    return "openpyxl" if options.engine == "openpyxl" else "calamine"


def write_events(path: str, engine: str, parse: CalamineParse | None, sheet: str | None = None,
                 header_row: int | None = None) -> None:  # fmt: skip
    """The child's work (see child.main): the events of `path`, one JSON line each, on stdout."""
    import warnings

    warnings.simplefilter("ignore")
    out = sys.stdout.buffer
    for event in read_events(path, engine=engine, sheet=sheet, header_row=header_row, parse=parse):
        out.write(json.dumps(event, ensure_ascii=True, separators=(",", ":")).encode("ascii") + b"\n")
        out.flush()


def read_table(path: str | Path, **options: Any) -> Table:
    """Read in this process (tests, the CLI, the batch files' reading); ReportFileError for a refused file.
    `options`: those of read_events."""
    return fold(read_events(path, **options))
