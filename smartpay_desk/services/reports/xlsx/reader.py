"""Read an xlsx for the report viewer, refusing hostile files with one clear sentence. No Qt here.

The desk runs this module in a process of its own (`python -m smartpay_desk.services.reports.xlsx.child FILE`):
parsing holds the GIL, so the GUI only ever reads finished batches from a pipe. The child writes one JSON
object per line (ASCII only):

    {"t": "meta", "headers": [...], "kinds": [...], "gateway": true, "sheet": "Transactions", "engine": "calamine"}
    {"t": "rows", "cols": [[...], [...], ...]}      column-major: one list per column, same length
    {"t": "total", "rows": 100001}                   about how many rows there are (for a progress bar)
    {"t": "note", "text": "..."}                     something the operator should know (rows cut, …)
    {"t": "end", "rows": 300}
    {"t": "error", "text": "..."}                    the file was refused or could not be read
    {"t": "retry", "engine": "openpyxl"}             (child only) read the file again with this engine

A second "meta" means "forget the rows so far": the first rows shown early turned out not to be calamine's.

How a file is read (read_events):
1. checks.check_zip: the file's head and the zip directory (size, members, zip bomb), in milliseconds.
2. In the child (child.py), python-calamine starts parsing the first sheet on a thread of its own at
   once: it releases the GIL, so the steps below run beside it on the other core.
3. preview.py streams the first FIRST_BATCH rows with defusedxml and sends them: the table shows rows
   within about 0.1 s instead of after calamine's whole parse.
4. checks.scan_sheets decompresses every worksheet once looking for cells beyond the limits. Such a
   sheet must not reach calamine (it builds a dense grid from the farthest cell): in-process it is read with
   openpyxl read-only (defusedxml underneath) instead; the child, whose calamine is already running, says
   "retry" and ends itself at once, and the desk starts a child with engine openpyxl. (Should calamine ask
   for its grid before the scan has finished, the child's address-space cap ends the child, with the same
   result: the desk's loader retries the slow way.)
5. calamine's rows are converted (layout.py) and sent in batches of BATCH_ROWS; its first rows are checked
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
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .calamine import CalamineParse
from .checks import MAX_COLUMNS, SHEET_ROWS, ReportFileError, check_file, check_zip, scan_sheets
from .layout import Converter, Layout, layout_for
from .preview import first_rows

__all__ = ["MAX_COLUMNS", "ReportFileError", "Table", "check_file", "read_events", "read_table"]

MAX_ROWS = 250_000  # rows the viewer holds; a longer sheet is cut, with a note
MAX_CELLS = 4_000_000  # and cells: a 256-column sheet is cut at 15,625 rows
FIRST_BATCH = 200
BATCH_ROWS = 2_000


# ---------------------------------------------------------------- sources of rows


@dataclass
class _Source:
    """The first sheet, opened by one engine: its rows as that engine gives them."""

    engine: str
    sheet: str
    sheets: int
    width: int
    rows: Generator[Sequence[Any]]
    trim: bool = False  # openpyxl: the width is a cap, the used width comes from the rows
    total: int = 0  # about how many rows the sheet has (0: unknown)
    notes: list[str] = field(default_factory=list)


def _blank(row: Sequence[Any]) -> bool:
    if row and row[0] is not None and row[0] != "":  # fast path: most rows start with a value
        return False
    if isinstance(row, tuple) and row.count(None) == len(row):  # fast path: openpyxl's gap rows
        return True
    return all(v is None or v == "" for v in row)


def _closing(book: Any, rows: Iterator[Sequence[Any]]) -> Generator[Sequence[Any]]:
    """Yield the rows, then close the workbook (and its file) however the reading ended."""
    try:
        yield from rows
    finally:
        book.close()


def _calamine(parse: CalamineParse) -> _Source:
    book, sheet = parse.result()
    if sheet is None:
        book.close()
        raise ReportFileError(f"{parse.path.name} has no worksheet.")
    rows = _closing(book, iter(sheet.iter_rows()))
    return _Source("calamine", sheet.name, len(book.sheet_names), sheet.width, rows, total=sheet.height)


def _openpyxl(path: Path) -> _Source:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    if not book.worksheets:
        book.close()
        raise ReportFileError(f"{path.name} has no worksheet.")
    sheet = book.worksheets[0]
    rows = sheet.iter_rows(max_col=MAX_COLUMNS, max_row=SHEET_ROWS, values_only=True)
    return _Source("openpyxl", sheet.title, len(book.worksheets), MAX_COLUMNS, _closing(book, rows), trim=True)


def _trimmed_width(rows: Sequence[Sequence[Any]], width: int) -> int:
    used = 0
    for row in rows:
        for i in range(min(len(row), width) - 1, used - 1, -1):
            if row[i] is not None and row[i] != "":
                used = i + 1
                break
    return max(used, 1)


# ---------------------------------------------------------------- events


@dataclass
class _Early:
    """What the preview already sent: its layout and its data rows (converted)."""

    layout: Layout
    columns: list[list[Any]]

    @property
    def rows(self) -> int:
        return len(self.columns[0]) if self.columns else 0

    def agrees(self, layout: Layout, columns: list[list[Any]]) -> bool:
        n = self.rows
        return (
            layout == self.layout
            and bool(columns)
            and len(columns[0]) >= n
            and all(col[:n] == mine for col, mine in zip(columns, self.columns, strict=True))
        )


def _row_limit(layout: Layout) -> int:
    return max(1, min(MAX_ROWS, MAX_CELLS // max(layout.width, 1)))


def _meta(layout: Layout | None, sheet: str, engine: str) -> dict[str, Any]:
    if layout is None:
        return {"t": "meta", "headers": [], "kinds": [], "gateway": False, "sheet": sheet, "engine": engine}
    return {"t": "meta", "headers": layout.headers, "kinds": layout.kinds, "gateway": layout.gateway,
            "sheet": sheet, "engine": engine}  # fmt: skip


def _preview(path: Path, limit: int, engine: str) -> tuple[_Early | None, list[dict[str, Any]]]:
    """The preview's rows as the events to send now (none if the preview was unsure)."""
    sheet, rows = first_rows(str(path), limit, MAX_COLUMNS)
    if not rows:
        return None, []
    layout = layout_for(rows[0], len(rows[0]))
    data = rows[1:] if layout.header_row else rows
    early = _Early(layout, Converter(layout).columns(data[: _row_limit(layout)]))
    events = [_meta(layout, sheet, engine)]
    if early.rows:
        events.append({"t": "rows", "cols": early.columns})
    return early, events


def read_events(
    path: str | Path,
    *,
    engine: str = "auto",
    first_batch: int = FIRST_BATCH,
    batch_rows: int = BATCH_ROWS,
    parse: CalamineParse | None = None,
) -> Iterator[dict[str, Any]]:
    """The messages described in the module docstring, in order. Never raises: a failure is an "error".

    `parse` (the child process only): calamine already parsing this file on its thread, started before
    the sheets were scanned; if a sheet turns out to be beyond the limits, the last message is "retry" and
    the caller must end the process at once."""
    p = Path(path)
    try:
        yield from _read(p, engine, first_batch, batch_rows, parse)
    except ReportFileError as exc:
        yield {"t": "error", "text": str(exc)}
    except MemoryError:
        yield {"t": "error", "text": f"{p.name} needs more memory than the viewer allows; it was not opened."}
    except Exception as exc:
        yield {"t": "error", "text": _sentence_for(exc, p.name)}


def _sentence_for(exc: Exception, name: str) -> str:
    kind = type(exc).__name__
    if "Password" in kind:
        return f"{name} is password-protected; open it in a spreadsheet application."
    if "Entities" in kind or "DTD" in kind or "External" in kind or "entity" in str(exc).lower():
        return f"{name} contains XML constructs no spreadsheet needs (possibly a malicious file); it was not opened."
    if isinstance(exc, zipfile.BadZipFile | EOFError) or "Zip" in kind:
        return f"{name} is damaged or incomplete (was the download interrupted?); download it again."
    return f"{name} could not be read as a spreadsheet; it may be damaged."


def _read(
    p: Path, engine: str, first_batch: int, batch_rows: int, parse: CalamineParse | None
) -> Iterator[dict[str, Any]]:
    check_zip(p)
    early, events = _preview(p, first_batch, "openpyxl" if engine == "openpyxl" else "calamine")
    yield from events
    oversized = scan_sheets(p)
    if oversized and parse is not None:
        yield {"t": "retry", "engine": "openpyxl"}
        return
    if oversized or engine == "openpyxl":
        source = _openpyxl(p)
    else:
        source = _calamine(parse or CalamineParse(p, background=False))
    if oversized or source.width > MAX_COLUMNS:
        source.notes.append(f"The sheet is wider or longer than the viewer shows: at most {MAX_COLUMNS} columns "
                            f"and {MAX_ROWS:,} rows are shown.")  # fmt: skip
    try:
        yield from _stream(source, early, first_batch, batch_rows)
    finally:
        source.rows.close()


def _stream(source: _Source, early: _Early | None, first_batch: int, batch_rows: int) -> Iterator[dict[str, Any]]:
    notes = list(source.notes)
    if source.total:
        yield {"t": "total", "rows": min(source.total, MAX_ROWS)}
    width = min(source.width, MAX_COLUMNS)
    if source.sheets > 1:
        notes.append(f"This workbook has {source.sheets} sheets; the first, “{source.sheet}”, is shown.")
    pending: list[Sequence[Any]] = []
    for row in source.rows:
        if not _blank(row):
            pending.append(row)
            if len(pending) >= first_batch:
                break
    if not pending:
        yield _meta(None, source.sheet, source.engine)
        for text in [*notes, "The sheet is empty."]:
            yield {"t": "note", "text": text}
        yield {"t": "end", "rows": 0}
        return
    width = _trimmed_width(pending, width) if source.trim else width
    layout = layout_for(pending[0], width)
    convert = Converter(layout)
    first = convert.columns(pending[1:] if layout.header_row else pending)
    sent = early.rows if early is not None and early.agrees(layout, first) else 0
    if not sent:
        yield _meta(layout, source.sheet, source.engine)
    for text in notes:
        yield {"t": "note", "text": text}
    limit = _row_limit(layout)
    count, cut = sent, len(first[0]) > limit
    first = [col[sent:limit] for col in first]
    if first[0]:
        count += len(first[0])
        yield {"t": "rows", "cols": first}
    batch: list[Sequence[Any]] = []
    for row in () if cut else source.rows:
        if _blank(row):
            continue
        if count + len(batch) >= limit:
            cut = True
            break
        batch.append(row)
        if len(batch) >= batch_rows:
            count += len(batch)
            yield {"t": "rows", "cols": convert.columns(batch)}
            batch = []
    if batch:
        count += len(batch)
        yield {"t": "rows", "cols": convert.columns(batch)}
    if cut:
        yield {"t": "note", "text": f"Only the first {count:,} rows are shown (the viewer's limit); open the file "
                                    "in a spreadsheet application to see them all."}  # fmt: skip
    for text in convert.notes():
        yield {"t": "note", "text": text}
    yield {"t": "end", "rows": count}


@dataclass
class Table:
    """A whole file read at once (tests, the CLI): what the viewer would show."""

    headers: list[str]
    kinds: list[str]
    gateway: bool
    columns: list[list[Any]]
    notes: list[str]
    rows: int


def read_table(path: str | Path, *, engine: str = "auto") -> Table:
    """Read in this process; ReportFileError for a refused file."""
    table = Table([], [], False, [], [], 0)
    for event in read_events(path, engine=engine):
        if event["t"] == "error":
            raise ReportFileError(event["text"])
        if event["t"] == "meta":
            table.headers, table.kinds, table.gateway = event["headers"], event["kinds"], event["gateway"]
            table.columns = [[] for _ in table.headers]
        elif event["t"] == "rows":
            for column, values in zip(table.columns, event["cols"], strict=True):
                column.extend(values)
        elif event["t"] == "note":
            table.notes.append(event["text"])
        elif event["t"] == "end":
            table.rows = event["rows"]
    return table


def write_events(path: str, engine: str, parse: CalamineParse | None) -> None:
    """The child's work (see child.main): the events of `path`, one JSON line each, on stdout."""
    import warnings

    warnings.simplefilter("ignore")
    out = sys.stdout.buffer
    for event in read_events(path, engine=engine, parse=parse):
        out.write(json.dumps(event, ensure_ascii=True, separators=(",", ":")).encode("ascii") + b"\n")
        out.flush()
