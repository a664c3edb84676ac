"""The first rows of an xlsx, in milliseconds, while python-calamine parses the whole sheet. No Qt here.

calamine hands over nothing until it has parsed every cell (about 0.8 s for 100,000 rows). This module
streams only the beginning of the shown worksheet's XML with defusedxml (no DTD, no entities) and turns
those cells into the values calamine would give: text, floats, booleans, and for date-formatted numbers
datetime / date / time with calamine's own arithmetic (its 1900 epoch, milliseconds rounded half away from
zero); error cells become marks.CellError, and cells with a number format are noted in a marks.Marks.
Whatever it is unsure of (the 1904 date system, durations, ISO-date cells, serials before March 1900, more
than max_columns columns) makes it give up, and the viewer simply waits for calamine.

The reader checks these rows against calamine's own first rows and starts over if they differ, so a
preview can only ever be early, never wrong for long. Every part is read through a byte budget.
"""

from __future__ import annotations

import re
import time
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from defusedxml import DefusedXmlException

from .book import Book, elements, local
from .marks import CellError, Marks, column_index

PREVIEW_BUDGET_S = 0.25
_EPOCH = datetime(1899, 12, 31)  # calamine: serials from 60 on are shifted one day (Lotus' 29 Feb 1900)
_DATE_IDS = frozenset(range(14, 23)) | frozenset({45, 46, 47})
_UNSURE_IDS = frozenset(range(27, 37)) | frozenset(range(50, 59))  # East Asian date formats
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_REF = re.compile(r"([A-Z]{1,3})([0-9]+)")
_QUOTED = re.compile(r'"[^"]*"|\\.|_.|\*.')
_BRACKETS = re.compile(r"\[[^\]]*\]")


class Unsure(Exception):
    """The preview cannot promise calamine's values: show nothing early."""


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def _text_of(element: Any) -> str:
    """<si> or <is>: its <t>, or the <t> of each rich-text run (<rPh> phonetic runs left out)."""
    parts = []
    for child in element:
        name = local(child.tag)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            parts.extend(t.text or "" for t in child if local(t.tag) == "t")
    return _unescape("".join(parts))


def is_date_format(code: str) -> bool:
    """Whether a number format shows a date or time (durations like [h]:mm make the preview unsure)."""
    bare = _QUOTED.sub("", code)
    brackets = _BRACKETS.findall(bare)
    if any(re.fullmatch(r"\[(h+|m+|s+)\]", b, re.IGNORECASE) for b in brackets):
        raise Unsure("a duration format")
    return any(ch in "dmyhsDMYHS" for ch in _BRACKETS.sub("", bare))


class _Workbook:
    """The shown sheet's part, its date styles and display formats; lazily, the shared strings."""

    def __init__(self, book: Book, part: str) -> None:
        if book.date1904:
            raise Unsure("the 1904 date system")
        if part not in book.zf.NameToInfo:
            raise Unsure("no such worksheet")
        self.zf, self.sheet = book.zf, part
        styles = book.styles()
        self.dates = self._date_styles(styles.ids, styles.custom)
        self.formats = styles.display_codes()
        self._strings_part = book.strings_part
        self._strings: list[str] = []
        self._string_source: Iterator[tuple[str, Any]] | None = None

    @staticmethod
    def _date_styles(xfs: list[int], formats: dict[int, str]) -> frozenset[int]:
        dates = set()
        for style, fmt in enumerate(xfs):
            if fmt in _UNSURE_IDS:
                raise Unsure("an East Asian date format")
            if fmt in formats:
                if is_date_format(formats[fmt]):
                    dates.add(style)
            elif fmt in _DATE_IDS:
                dates.add(style)
        return frozenset(dates)

    def string(self, index: int) -> str:
        """Shared string `index`, reading sharedStrings.xml only as far as needed."""
        if self._string_source is None:
            if self._strings_part is None or self._strings_part not in self.zf.NameToInfo:
                raise Unsure("no shared strings")
            self._string_source = elements(self.zf, self._strings_part)
        while len(self._strings) <= index:
            for _, el in self._string_source:
                if local(el.tag) == "si":
                    self._strings.append(_text_of(el))
                    el.clear()
                    break
            else:
                raise Unsure("a shared string beyond the preview's budget")
        return self._strings[index]


def _serial(value: float) -> Any:
    """A date-formatted number as calamine gives it."""
    if 0 <= value < 1:
        ms = int(value * 86_400_000 + 0.5)
        return (datetime.min + timedelta(milliseconds=ms)).time()
    if not 61 <= value < 2_958_466:
        raise Unsure("a serial calamine treats specially")
    if value.is_integer():
        return date(1899, 12, 30) + timedelta(days=int(value))
    return _EPOCH + timedelta(milliseconds=int((value - 1.0) * 86_400_000.0 + 0.5))


def _value(cell: Any, book: _Workbook) -> Any:
    kind = cell.get("t", "n")
    raw = None
    for child in cell:
        name = local(child.tag)
        if name == "v":
            raw = child.text
        elif name == "is":
            return _text_of(child)
    if kind == "inlineStr":
        return ""
    if kind == "e":
        return CellError(raw.strip() or "#N/A") if raw is not None else ""
    if raw is None:
        return ""
    if kind == "s":
        return book.string(int(raw))
    if kind == "str":
        return _unescape(raw)
    if kind == "b":
        return raw.strip() not in ("0", "false", "")
    if kind != "n":
        raise Unsure(f"a cell of type {kind!r}")
    number = float(raw)
    if int(cell.get("s", "0")) in book.dates:
        return _serial(number)
    return number


class Preview(NamedTuple):
    rows: list[list[Any]]  # non-blank rows from the first non-blank column, as calamine gives them
    numbers: list[int]  # each row's number in the sheet, from 0
    first_column: int  # the column of each row's first value, from 0
    marks: Marks  # the number formats of the cells read


EMPTY = Preview([], [], 0, Marks())


def preview(book: Book, part: str, limit: int, max_columns: int) -> Preview:
    """Up to `limit` non-blank rows of the worksheet `part`, as calamine's iter_rows would give them (same
    columns, same types); no rows when unsure or on anything unexpected. An XML entity or DTD (never in a
    real workbook; the mark of an entity-expansion bomb) raises DefusedXmlException."""
    try:
        return _first_rows(book, part, limit, max_columns)
    except DefusedXmlException:
        raise
    except Exception:  # a preview never fails a read: calamine decides
        return EMPTY


def first_rows(path: str, limit: int, max_columns: int) -> tuple[str, list[list[Any]]]:
    """The name of the sheet Excel opens on and its first rows, as `preview` gives them (benchmarks, tests)."""
    try:
        with zipfile.ZipFile(path) as zf:
            book = Book(zf)
            choice = book.choose(None, path)
            return book.entries[choice.at].name, preview(book, book.parts[choice.at], limit, max_columns).rows
    except DefusedXmlException:
        raise
    except Exception:
        return "", []


def _first_rows(book: Book, part: str, limit: int, max_columns: int) -> Preview:
    deadline = time.perf_counter() + PREVIEW_BUDGET_S
    wb = _Workbook(book, part)
    rows: list[dict[int, Any]] = []
    numbers: list[int] = []
    styles: list[dict[int, str]] = []
    row: dict[int, Any] = {}
    styled: dict[int, str] = {}
    number = -1
    try:
        for event, el in elements(wb.zf, wb.sheet, ("start", "end")):
            name = local(el.tag)
            if event == "start":
                if name == "row":
                    number = int(el.get("r", number + 2)) - 1
                continue
            if name == "c":
                match = _REF.fullmatch(el.get("r", ""))
                if match is None:
                    raise Unsure("a cell without a reference")
                column = column_index(match.group(1))
                if column >= max_columns:
                    raise Unsure("a sheet wider than the viewer shows")
                value = _value(el, wb)
                if value != "":
                    row[column] = value
                    code = wb.formats.get(int(el.get("s", "0") or 0))
                    if code is not None:
                        styled[column] = code
                el.clear()
            elif name == "row":
                if row:
                    rows.append(row)
                    numbers.append(number)
                    styles.append(styled)
                    row, styled = {}, {}
                el.clear()
                if len(rows) >= limit or time.perf_counter() > deadline:
                    break
    except SyntaxError:  # the budget cut the XML short, or it is damaged: keep the whole rows read
        pass
    if not rows:
        return EMPTY
    start = min(min(r) for r in rows)
    width = max(max(r) for r in rows) - start + 1
    marks = Marks()
    for at, codes in zip(numbers, styles, strict=True):
        for column, code in sorted(codes.items()):
            marks.add_format(at, column, code)
    return Preview([[r.get(start + i, "") for i in range(width)] for r in rows], numbers, start, marks)
