"""What python-calamine does not say about a sheet's cells: which are errors, and each cell's number format.
No Qt here.

calamine gives an error cell (#DIV/0!, #N/A, …) as "" and a number without its format. `sheet_marks` reads
the shown sheet's XML once more, on bytes with regular expressions (no XML parser: nothing is expanded, and
the pass runs beside calamine's parse on the other core: about 0.4 s for 300,000 formatted cells), and
collects:
- the error cells: (row, column) → their text;
- for each column, runs of rows whose cells have the same number format, for the styles whose format
  shows a value differently from the plain number (numfmt.is_plain); rows and columns count from 0.
It is run only when needed: the scan saw an error cell, or a plain table may carry formats (a gateway
export's typed columns need none). openpyxl (the slow way) gives both per cell; it fills a Marks as it reads.
Formats are found in cells written as every known writer does (`<c r="B2" s="3"`: the reference, then the
style); errors in any attribute order. A sheet whose cells have no "r" reference (allowed; some exporters
write them so) is read tag by tag, counting rows and cells (slower, for such files only); one that starts
with references and drops them later makes the pass unsure, and the reader reads it the slow way.
"""

from __future__ import annotations

import bisect
import re
import zipfile
from collections.abc import Sequence
from typing import NamedTuple

_CHUNK = 4 * 1024 * 1024
_ERROR = re.compile(rb"<(?:\w+:)?c\s([^>]*?\bt\s*=\s*[\"']e[\"'][^>]*)>")
_VALUE = re.compile(rb"(?:<(?:\w+:)?f\b[^>]*/>|<(?:\w+:)?f\b[^>]*>.*?</(?:\w+:)?f>)?\s*<(?:\w+:)?v>([^<]*)<", re.DOTALL)
_REF = re.compile(rb"\br\s*=\s*[\"']([A-Z]{1,3})([0-9]{1,7})[\"']")
_WITHOUT_REF = (b"<c>", b"<c s=", b"<c t=", b"<c/>")
_TAG = re.compile(rb"<(?:\w+:)?(row|c)\b([^>]*?)(/?)>")
_ROW = re.compile(rb"\br\s*=\s*[\"']([0-9]{1,7})[\"']")
_STYLE = re.compile(rb"\bs\s*=\s*[\"']([0-9]+)[\"']")
_NOTHING = re.compile(rb"(?!)(.)(.)(.)")  # matches nothing: formats are not wanted
_IS_ERROR = re.compile(rb"\bt\s*=\s*[\"']e[\"']")


class CellError(NamedTuple):
    """An error cell's text (#DIV/0!, #N/A, #NAME?, …): shown as such, and never a number in totals."""

    text: str


def column_index(letters: bytes | str) -> int:
    index = 0
    for ch in letters if isinstance(letters, str) else letters.decode("ascii"):
        index = index * 26 + ord(ch) - 64
    return index - 1


class Marks:
    """Error cells and number-format runs of one sheet; rows and columns from 0, as Excel numbers them less one."""

    def __init__(self) -> None:
        self.errors: dict[int, list[tuple[int, str]]] = {}  # row → [(column, text)]
        self._starts: dict[int, list[int]] = {}  # column → its runs' first rows
        self._ends: dict[int, list[int]] = {}  # … their last rows
        self._codes: dict[int, list[str]] = {}  # … their format codes
        self.unsure = False
        self.inline = False  # error cells may be in the rows themselves as CellError (preview, openpyxl)

    def add_error(self, row: int, column: int, text: str) -> None:
        self.errors.setdefault(row, []).append((column, text))

    def add_format(self, row: int, column: int, code: str) -> None:
        """Cells must come in increasing row order per column (as a sheet is read)."""
        starts, ends, codes = self._starts.get(column), self._ends.get(column), self._codes.get(column)
        if starts is None or ends is None or codes is None:
            starts, ends, codes = self._starts[column], self._ends[column], self._codes[column] = [], [], []
        if ends and codes[-1] == code and ends[-1] == row - 1:
            ends[-1] = row
            return
        if ends and row <= ends[-1]:  # out of order: only possible in a damaged file; keep the first
            return
        starts.append(row)
        ends.append(row)
        codes.append(code)

    def has_formats(self) -> bool:
        return bool(self._starts)

    def codes(self, column: int, rows: Sequence[int]) -> list[str | None] | None:
        """The format code of each of `rows` in `column` (None where none applies); None: none at all."""
        starts = self._starts.get(column)
        if not starts:
            return None
        ends, codes = self._ends[column], self._codes[column]
        out: list[str | None] = []
        for row in rows:
            at = bisect.bisect_right(starts, row) - 1
            out.append(codes[at] if at >= 0 and ends[at] >= row else None)
        return out


class Collector:
    """Marks of one worksheet, fed its XML in chunks as checks.scan_sheets decompresses it (one pass for both):
    error cells, and cells whose style is in `style_codes` (style index → a format code that is not plain).

    With no style codes (a gateway export) it only watches for an error's value ("v>#"), copying nothing: the
    100,000-row report's fast path. `close()` then says None if it saw one: read the marks with sheet_marks."""

    def __init__(self, style_codes: dict[int, str]) -> None:
        self.marks = Marks()
        self.codes = style_codes
        self.styled = _styled(style_codes)
        self.seen_error = False
        self._tail = b""
        self._first = True
        self._counting = False  # cells without references: rows and cells counted
        self._row = self._column = -1

    def feed(self, chunk: bytes) -> None:
        if not self.styled:  # watching only
            self.seen_error = self.seen_error or b"v>#" in self._tail + chunk[:2] or b"v>#" in chunk
            self._tail = chunk[-2:]
            return
        if self.marks.unsure:
            return
        data = self._tail + chunk
        cut = data.rfind(b"row>") + 4  # whole rows only
        if cut < 4:
            self._tail = data
            return
        self._take(data[:cut])
        self._tail = data[cut:]

    def close(self) -> Marks | None:
        if not self.styled:
            return None if self.seen_error else self.marks
        if self._tail and not self.marks.unsure:
            self._take(self._tail)
        self._tail = b""
        return self.marks

    def _take(self, data: bytes) -> None:
        if self._first:
            self._first = False
            self._counting = any(marker in data for marker in _WITHOUT_REF)
        if self._counting:
            self._count(data)
        else:
            _collect(data, self.marks, self.styled, self.codes)

    def _count(self, data: bytes) -> None:
        """Every row and cell tag, in order: where a cell has no reference, it is the next one."""
        for m in _TAG.finditer(data):
            name, attrs, empty = m.groups()
            if name == b"row":
                number = _ROW.search(attrs)
                self._row = int(number.group(1)) - 1 if number else self._row + 1
                self._column = -1
                continue
            ref = _REF.search(attrs)
            self._column = column_index(ref.group(1)) if ref else self._column + 1
            if empty:
                continue
            style = _STYLE.search(attrs)
            code = self.codes.get(int(style.group(1))) if style else None
            if code is not None:
                self.marks.add_format(self._row, self._column, code)
            if _IS_ERROR.search(attrs):
                value = _VALUE.match(data, m.end())
                if value is not None:
                    self.marks.add_error(self._row, self._column, value.group(1).decode("utf-8", "replace").strip())


def sheet_marks(zf: zipfile.ZipFile, part: str, style_codes: dict[int, str]) -> Marks:
    """The marks of the worksheet `part`, read on their own (after a watching Collector saw an error)."""
    collector = Collector(style_codes)
    collector.styled = collector.styled or [_NOTHING]  # collect, do not just watch
    with zf.open(part) as fh:
        while chunk := fh.read(_CHUNK):
            collector.feed(chunk)
    return collector.close() or Marks()


def _styled(style_codes: dict[int, str]) -> list[re.Pattern[bytes]]:
    if not style_codes:
        return []
    numbers = b"|".join(str(s).encode() for s in sorted(style_codes, reverse=True))
    tail = rb'c r="([A-Z]{1,3})([0-9]{1,7})" s="(' + numbers + rb')"'
    return [re.compile(rb"<" + tail), re.compile(rb"<\w+:" + tail)]


def _collect(data: bytes, marks: Marks, styled: list[re.Pattern[bytes]], codes: dict[int, str]) -> None:
    errors = b"v>#" in data
    if not errors and not styled:
        return
    if any(marker in data for marker in _WITHOUT_REF):
        marks.unsure = True
        return
    if errors:
        for m in _ERROR.finditer(data):
            ref = _REF.search(m.group(1))
            value = _VALUE.match(data, m.end()) if not m.group(1).endswith(b"/") else None
            if ref is not None and value is not None:
                text = value.group(1).decode("utf-8", "replace").strip() or "#N/A"
                marks.add_error(int(ref.group(2)) - 1, column_index(ref.group(1)), text)
    columns: dict[bytes, int] = {}
    for pattern in styled[: 2 if b":c r=" in data else 1]:
        for letters, row, style in pattern.findall(data):
            column = columns.get(letters)
            if column is None:
                column = columns[letters] = column_index(letters)
            marks.add_format(int(row) - 1, column, codes[int(style)])
