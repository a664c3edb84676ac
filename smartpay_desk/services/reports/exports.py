"""Write a table (headers + rows) to xlsx or CSV, safely and atomically. No Qt here.

Safely: every text cell is treated as coming from outside (a customer name, a gateway error, an order id):
- control characters that XML 1.0 cannot hold (and that make openpyxl raise IllegalCharacterError), lone
  surrogates and the non-characters U+FFFE/U+FFFF are replaced by U+FFFD, so the file can always be written
  and nobody is misled into thinking a value was shorter than it was;
- a text that starts (after any spaces) with =, +, -, @, a tab or a carriage return (or a full-width
  =, +, -, @) gets a single quote in front, so no spreadsheet application evaluates it as a formula
  (OWASP "CSV injection");
- a text longer than a spreadsheet cell holds (32,767 characters) is cut, ending in "…";
- every cell is scrubbed (api/scrub.py): registered secrets, credentials and card numbers (also a whole
  number of 13–19 digits that passes Luhn, written as its masked text) never reach the file.
Numbers, booleans, dates and Decimals are written as themselves; an aware datetime is written in local time
(spreadsheets know no time zones).

Atomically: the file is written to a temporary name in the same folder and moved over the target with
os.replace, so a crash or a full disk never leaves half a file under the chosen name.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from ...api.said import said
from ...api.scrub import scrub

Cell = str | int | float | Decimal | bool | date | datetime | time | None

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")  # and full-width
MAX_CELL_CHARS = 32_767  # what an Excel cell holds
REPLACEMENT = "\ufffd"
# XML 1.0 refuses C0 controls except tab, LF and CR; surrogates cannot be encoded; U+FFFE/U+FFFF are
# non-characters. DEL and C1 controls are legal XML but only ever mischief in a report: replaced too.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


class ExportError(Exception):
    """The table could not be written; its sentence (api/said.sentence_of) is a sentence for a finance user."""


def clean_text(text: str) -> str:
    """Replace every character no spreadsheet file can hold (see module docstring) with U+FFFD."""
    return _UNSAFE.sub(REPLACEMENT, text)


def neutralise(text: str) -> str:
    """Clean `text` and make sure no spreadsheet application reads it as a formula."""
    cleaned = clean_text(text)
    if cleaned.lstrip(" ").startswith(FORMULA_TRIGGERS):
        cleaned = "'" + cleaned
    if len(cleaned) > MAX_CELL_CHARS:
        cleaned = cleaned[: MAX_CELL_CHARS - 1] + "…"
    return cleaned


def safe_cell(value: Any) -> Cell:
    """A value ready for a spreadsheet: text neutralised, aware datetimes made local, others as they are.
    Anything that is not a plain value (a list, an object) is written as its neutralised text."""
    if isinstance(value, int) and not isinstance(value, bool) and 10**12 <= abs(value) < 10**19:
        return value if (masked := scrub(str(value))) == str(value) else neutralise(masked)  # a card as a number
    if value is None or isinstance(value, bool | int | float | Decimal):
        return value
    if isinstance(value, datetime):
        return value.astimezone().replace(tzinfo=None) if value.tzinfo is not None else value
    if isinstance(value, date | time):
        return value.replace(tzinfo=None) if isinstance(value, time) else value
    return neutralise(scrub(value if isinstance(value, str) else str(value)))


def _atomic(path: Path, write: Callable[[IO[bytes]], None]) -> Path:
    """Run `write` on a temporary file beside `path`, then move it over `path` in one step."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target


def write_csv(
    path: str | os.PathLike[str], headers: Sequence[str], rows: Iterable[Sequence[Any]], *, bom: bool = True
) -> Path:
    """CSV in UTF-8 (with a byte-order mark by default, so Excel reads accents right), comma separated,
    quoted where needed, CRLF line ends. Returns the path written."""

    def write(fh: IO[bytes]) -> None:
        import io

        text = io.TextIOWrapper(fh, encoding="utf-8-sig" if bom else "utf-8", newline="")
        writer = csv.writer(text)
        writer.writerow([neutralise(str(h)) for h in headers])
        for row in rows:
            writer.writerow(["" if (cell := safe_cell(v)) is None else _csv_text(cell) for v in row])
        text.flush()
        text.detach()

    return _write(path, write)


def _csv_text(cell: Cell) -> str:
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ", timespec="seconds")
    if isinstance(cell, date | time):
        return cell.isoformat()
    return str(cell)


def write_xlsx(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    sheet_title: str = "Export",
    widths: Sequence[int] | None = None,
) -> Path:
    """An xlsx with one sheet: a bold, frozen header row, then the rows (openpyxl write-only, so memory
    stays flat however many rows). `widths` are column widths in characters. Returns the path written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    def write(fh: IO[bytes]) -> None:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet(title=_sheet_title(sheet_title))
        for index, width in enumerate(widths or [], start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = "A2"
        bold = Font(bold=True)
        header_cells = []
        for header in headers:
            cell = WriteOnlyCell(ws, value=neutralise(str(header)))
            cell.font = bold
            header_cells.append(cell)
        ws.append(header_cells)
        date_style = "yyyy-mm-dd hh:mm:ss"
        failure: BaseException | None = None
        try:
            for row in rows:
                out: list[Any] = []
                for value in row:
                    cell_value = safe_cell(value)
                    if isinstance(cell_value, datetime):
                        dated = WriteOnlyCell(ws, value=cell_value)
                        dated.number_format = date_style
                        out.append(dated)
                    else:
                        out.append(cell_value)
                ws.append(out)
        except BaseException as exc:  # re-raised below, once openpyxl has closed its streams
            failure = exc
        wb.save(fh)  # also when failing: openpyxl's writers must end cleanly; the temporary file is removed
        if failure is not None:
            raise failure

    return _write(path, write)


def write_table(
    path: str | os.PathLike[str], headers: Sequence[str], rows: Iterable[Sequence[Any]], **options: Any
) -> Path:
    """xlsx or CSV, chosen by the file name's suffix (.xlsx, .csv); ExportError for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx(path, headers, rows, **options)
    if suffix == ".csv":
        return write_csv(path, headers, rows)
    if not suffix:
        raise ExportError(said("Choose a file name ending in .xlsx or .csv (not “no extension”)."))
    raise ExportError(said("Choose a file name ending in .xlsx or .csv (not “{suffix}”).", suffix=suffix))


def _write(path: str | os.PathLike[str], write: Callable[[IO[bytes]], None]) -> Path:
    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(said("The folder {folder} does not exist.", folder=str(target.parent)))
    try:
        return _atomic(target, write)
    except PermissionError:
        raise ExportError(said("This desk may not write to {path}; choose another folder.", path=str(target))) from None
    except OSError as exc:
        raise ExportError(said("{name} could not be written ({reason}).", name=target.name,
                               reason=exc.strerror or str(exc))) from None  # fmt: skip


def _sheet_title(title: str) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\ ."""
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", clean_text(title)).strip("' ") or "Export"
    return cleaned[:31]


__all__ = [
    "FORMULA_TRIGGERS",
    "MAX_CELL_CHARS",
    "Cell",
    "ExportError",
    "clean_text",
    "neutralise",
    "safe_cell",
    "write_csv",
    "write_table",
    "write_xlsx",
]
