"""Read an xlsx for the report viewer, refusing hostile files with one clear sentence. No Qt here.

The desk runs this module in a process of its own (`python -m smartpay_desk.services.xlsx_reader FILE`):
parsing holds the GIL, so the GUI only ever reads finished batches from a pipe. The child writes one JSON
object per line (ASCII only):

    {"t": "meta", "headers": [...], "kinds": [...], "gateway": true, "sheet": "Transactions", "engine": "calamine"}
    {"t": "rows", "cols": [[...], [...], ...]}      column-major: one list per column, same length
    {"t": "note", "text": "..."}                     something the operator should know (rows cut, …)
    {"t": "end", "rows": 300}
    {"t": "error", "text": "..."}                    the file was refused or could not be read

Before parsing, `check_file` looks at the zip itself: not a zip / truncated / an old .xls or encrypted
workbook, too many members, declared uncompressed sizes too large or compressed too well (a zip bomb), and
it decompresses each worksheet once through zipfile (which stops at the declared size and checks the CRC)
looking for cell references beyond the limits. Parsing is python-calamine (Rust, about 15× faster than
openpyxl read-only here), except for sheets whose references go beyond the limits (calamine builds a dense
grid and would ask for terabytes): those are streamed with openpyxl read-only (defusedxml underneath), cut
at MAX_ROWS × MAX_COLUMNS. On POSIX the child also caps its own address space, so anything that still asks
for absurd memory ends the child, never the desk.

What the cells become (a gateway export's typed columns, or a plain table) is xlsx_layout's business.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .xlsx_layout import Converter, layout_for

MAX_ROWS = 1_048_576  # what Excel itself holds
MAX_COLUMNS = 256
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_MEMBERS = 4_000
MAX_UNCOMPRESSED = 1536 * 1024 * 1024  # 1.5 GiB of XML: a full 1,048,576-row report is about 700 MB
MAX_RATIO = 100  # real sheets compress 10–30×; a zip bomb 1,000×
RATIO_FLOOR = 4 * 1024 * 1024  # the ratio is judged on members larger than this
CHILD_MEMORY_BYTES = 3 * 1024**3
FIRST_BATCH = 200
BATCH_ROWS = 2_000


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CHUNK = 4 * 1024 * 1024
_OVERLAP = 32
_BEYOND_COLUMNS = re.compile(rb"r=[\"'](?:[A-Z]{4}|[A-Z]{3}|I[W-Z]|[J-Z][A-Z])[0-9]")  # past column IV (256)
_BIG_ROW = re.compile(rb"r=[\"'][A-Z]{0,3}([0-9]{7,})[\"']")


class ReportFileError(Exception):
    """A file the viewer will not open; str(error) is one sentence for a finance user."""


@dataclass
class FileCheck:
    """What check_file found: whether calamine may read the file, and notes for the operator."""

    oversized: bool = False
    notes: list[str] = field(default_factory=list)


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:,.0f} MB"


def check_file(path: str | Path) -> FileCheck:
    """Refuse what must not be parsed (ReportFileError); say whether the sheet exceeds the limits."""
    p = Path(path)
    try:
        size = p.stat().st_size
        with p.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise ReportFileError(f"{p.name} does not exist (was it moved or deleted?).") from None
    except IsADirectoryError:
        raise ReportFileError(f"{p.name} is a folder, not a spreadsheet.") from None
    except OSError as exc:
        raise ReportFileError(f"{p.name} could not be opened ({exc.strerror or exc}).") from None
    if size == 0:
        raise ReportFileError(f"{p.name} is empty: it is not a spreadsheet.")
    if size > MAX_FILE_BYTES:
        raise ReportFileError(f"{p.name} is {_mb(size)}; the viewer opens files up to {_mb(MAX_FILE_BYTES)}.")
    if head == _OLE_MAGIC:
        raise ReportFileError(
            f"{p.name} is an old-style .xls file or a password-protected workbook; "
            "save it as an unprotected .xlsx in a spreadsheet application and open that."
        )
    if not head.startswith(b"PK"):
        raise ReportFileError(f"{p.name} is not an Excel workbook (.xlsx); it may be a renamed file of another kind.")
    try:
        with zipfile.ZipFile(p) as zf:
            return _check_zip(zf, p.name)
    except zipfile.BadZipFile:
        raise ReportFileError(
            f"{p.name} is damaged or incomplete (was the download interrupted?); download it again."
        ) from None
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError, ValueError):
        raise ReportFileError(f"{p.name} uses a kind of compression or encryption the viewer does not read.") from None


def _check_zip(zf: zipfile.ZipFile, name: str) -> FileCheck:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ReportFileError(f"{name} holds {len(infos):,} parts, far more than any spreadsheet; it was not opened.")
    names = {i.filename for i in infos}
    if "xl/workbook.xml" not in names:
        raise ReportFileError(f"{name} is a zip file but not an Excel workbook (.xlsx).")
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise ReportFileError(
                f"{name} unpacks to {ratio:,.0f} times its size (a “zip bomb”); it was not opened for safety."
            )
    if total > MAX_UNCOMPRESSED:
        raise ReportFileError(
            f"{name} unpacks to {_mb(total)}, more than the viewer's limit of {_mb(MAX_UNCOMPRESSED)}; "
            "export a shorter period."
        )
    check = FileCheck()
    for info in infos:
        if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
            check.oversized |= _scan_sheet(zf, info)
    return check


def _scan_sheet(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Decompress one worksheet (zipfile stops at the declared size and checks the CRC) and say whether it
    names cells beyond MAX_COLUMNS or MAX_ROWS."""
    tail = b""
    oversized = False
    with zf.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            data = tail + chunk
            if not oversized and _BEYOND_COLUMNS.search(data):
                oversized = True
            if not oversized:
                oversized = any(int(m.group(1)) > MAX_ROWS for m in _BIG_ROW.finditer(data))
            tail = data[-_OVERLAP:]
    return oversized


# ---------------------------------------------------------------- reading


def _blank(row: Sequence[Any]) -> bool:
    if isinstance(row, tuple) and row.count(None) == len(row):  # fast path: openpyxl's gap rows
        return True
    return all(v is None or v == "" for v in row)


def _closing(book: Any, rows: Iterator[Sequence[Any]]) -> Generator[Sequence[Any]]:
    """Yield the rows, then close the workbook (and its file) however the reading ended."""
    try:
        yield from rows
    finally:
        book.close()


def _rows_calamine(path: Path) -> tuple[str, int, int, Generator[Sequence[Any]]]:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    names = book.sheet_names
    if not names:
        book.close()
        raise ReportFileError(f"{path.name} has no worksheet.")
    sheet = book.get_sheet_by_index(0)
    return sheet.name, len(names), sheet.width, _closing(book, iter(sheet.iter_rows()))


def _rows_openpyxl(path: Path) -> tuple[str, int, int, Generator[Sequence[Any]]]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    if not book.worksheets:
        book.close()
        raise ReportFileError(f"{path.name} has no worksheet.")
    sheet = book.worksheets[0]
    rows = sheet.iter_rows(max_col=MAX_COLUMNS, max_row=MAX_ROWS, values_only=True)
    return sheet.title, len(book.worksheets), MAX_COLUMNS, _closing(book, rows)


def _trimmed_width(rows: Sequence[Sequence[Any]], width: int) -> int:
    used = 0
    for row in rows:
        for i in range(min(len(row), width) - 1, used - 1, -1):
            if row[i] is not None and row[i] != "":
                used = i + 1
                break
    return max(used, 1)


def read_events(path: str | Path, *, engine: str = "auto", first_batch: int = FIRST_BATCH,
                batch_rows: int = BATCH_ROWS) -> Iterator[dict[str, Any]]:  # fmt: skip
    """The messages described in the module docstring, in order. Never raises: a failure is an "error"."""
    p = Path(path)
    try:
        yield from _read(p, engine, first_batch, batch_rows)
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


def _read(p: Path, engine: str, first_batch: int, batch_rows: int) -> Iterator[dict[str, Any]]:
    check = check_file(p)
    use_openpyxl = engine == "openpyxl" or check.oversized
    sheet, sheets, width, rows = _rows_openpyxl(p) if use_openpyxl else _rows_calamine(p)
    try:
        yield from _stream(rows, sheet, sheets, width, check, use_openpyxl, first_batch, batch_rows)
    finally:
        rows.close()


def _stream(
    rows: Generator[Sequence[Any]],
    sheet: str,
    sheets: int,
    width: int,
    check: FileCheck,
    use_openpyxl: bool,
    first_batch: int,
    batch_rows: int,
) -> Iterator[dict[str, Any]]:
    notes = list(check.notes)
    if width > MAX_COLUMNS or check.oversized:
        notes.append(f"The sheet is wider or longer than the viewer shows: at most {MAX_COLUMNS} columns and "
                     f"{MAX_ROWS:,} rows are shown.")  # fmt: skip
    width = min(width, MAX_COLUMNS)
    if sheets > 1:
        notes.append(f"This workbook has {sheets} sheets; the first, “{sheet}”, is shown.")
    pending: list[Sequence[Any]] = []
    for row in rows:
        if not _blank(row):
            pending.append(row)
            if len(pending) >= first_batch:
                break
    if not pending:
        yield {"t": "meta", "headers": [], "kinds": [], "gateway": False, "sheet": sheet,
               "engine": "openpyxl" if use_openpyxl else "calamine"}  # fmt: skip
        for text in [*notes, "The sheet is empty."]:
            yield {"t": "note", "text": text}
        yield {"t": "end", "rows": 0}
        return
    width = _trimmed_width(pending, width) if use_openpyxl else width
    layout = layout_for(pending[0], width)
    yield {"t": "meta", "headers": layout.headers, "kinds": layout.kinds, "gateway": layout.gateway,
           "sheet": sheet, "engine": "openpyxl" if use_openpyxl else "calamine"}  # fmt: skip
    for text in notes:
        yield {"t": "note", "text": text}
    convert = Converter(layout)
    if layout.header_row:
        pending = pending[1:]
    count = 0
    limit = MAX_ROWS - (1 if layout.header_row else 0)
    cut = False
    size = first_batch
    for row in rows:
        if _blank(row):
            continue
        if count + len(pending) >= limit:
            cut = True
            break
        pending.append(row)
        if len(pending) >= size:
            count += len(pending)
            yield {"t": "rows", "cols": convert.columns(pending)}
            pending, size = [], batch_rows
    pending = pending[: max(limit - count, 0)]
    if pending:
        count += len(pending)
        yield {"t": "rows", "cols": convert.columns(pending)}
    if cut:
        yield {"t": "note", "text": f"Only the first {count:,} rows are shown (the viewer's limit)."}
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


def child_command(path: str | Path, *, engine: str = "auto") -> list[str]:
    """argv that runs this reader in a process of its own. A frozen desk (PyInstaller) runs itself with
    `--xlsx-reader`; its entry point hands that to `main`."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--xlsx-reader", "--engine", engine, str(path)]
    return [sys.executable, "-m", "smartpay_desk.services.xlsx_reader", "--engine", engine, str(path)]


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimits; a failed allocation still ends only the child
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft == resource.RLIM_INFINITY or soft > limit:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def main(argv: Sequence[str] | None = None) -> int:
    """Child process: read FILE, write JSON lines on stdout. Exit 0 even for a refused file (it said so)."""
    import argparse
    import warnings

    parser = argparse.ArgumentParser(prog="xlsx_reader", description="Read an xlsx as JSON lines.")
    parser.add_argument("--engine", choices=("auto", "openpyxl"), default="auto")
    parser.add_argument("path")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    _limit_memory(CHILD_MEMORY_BYTES)
    out = sys.stdout.buffer
    for event in read_events(args.path, engine=args.engine):
        out.write(json.dumps(event, ensure_ascii=True, separators=(",", ":")).encode("ascii") + b"\n")
        out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
