"""The first rows of an xlsx, in milliseconds, while python-calamine parses the whole sheet. No Qt here.

calamine hands over nothing until it has parsed every cell (about 0.8 s for 100,000 rows). This module
streams only the beginning of the first worksheet's XML with defusedxml (no DTD, no entities) and turns
those cells into the values calamine would give: text, floats, booleans, and for date-formatted numbers
datetime / date / time with calamine's own arithmetic (its 1900 epoch, milliseconds rounded half away from
zero). Whatever it is unsure of (the 1904 date system, durations, ISO-date cells, serials before March
1900, more than max_columns columns) makes it give up, and the viewer simply waits for calamine.

The reader checks these rows against calamine's own first rows and starts over if they differ, so a
preview can only ever be early, never wrong for long. Every part is read through a byte budget.
"""

from __future__ import annotations

import posixpath
import re
import time
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import IO, Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

PREVIEW_BUDGET_BYTES = 16 * 1024 * 1024  # of decompressed XML per part
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


class _Budget:
    """A read-only file that ends after `limit` bytes (the XML then looks truncated: the preview stops)."""

    def __init__(self, raw: IO[bytes], limit: int) -> None:
        self.raw, self.left = raw, limit

    def read(self, size: int = -1) -> bytes:
        if self.left <= 0:
            return b""
        chunk = self.raw.read(min(self.left, size if size > 0 else 64 * 1024))
        self.left -= len(chunk)
        return chunk


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _elements(zf: zipfile.ZipFile, name: str, events: tuple[str, ...] = ("end",)) -> Iterator[tuple[str, Any]]:
    with zf.open(name) as raw:
        yield from iterparse(_Budget(raw, PREVIEW_BUDGET_BYTES), events=events, forbid_dtd=True)


def _column(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index - 1


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def _text_of(element: Any) -> str:
    """<si> or <is>: its <t>, or the <t> of each rich-text run (<rPh> phonetic runs left out)."""
    parts = []
    for child in element:
        name = _local(child.tag)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            parts.extend(t.text or "" for t in child if _local(t.tag) == "t")
    return _unescape("".join(parts))


def is_date_format(code: str) -> bool:
    """Whether a number format shows a date or time (durations like [h]:mm make the preview unsure)."""
    bare = _QUOTED.sub("", code)
    brackets = _BRACKETS.findall(bare)
    if any(re.fullmatch(r"\[(h+|m+|s+)\]", b, re.IGNORECASE) for b in brackets):
        raise Unsure("a duration format")
    return any(ch in "dmyhsDMYHS" for ch in _BRACKETS.sub("", bare))


class _Workbook:
    """Paths of the first sheet, the shared strings and the styles; the date styles; lazily, the strings."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        rels = {}
        for _, el in _elements(zf, "xl/_rels/workbook.xml.rels"):
            if _local(el.tag) == "Relationship":
                target = el.get("Target", "")
                path = target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)
                rels[el.get("Id")] = (el.get("Type", "").rpartition("/")[2], path)
        self.sheet = self.sheet_name = ""
        for _, el in _elements(zf, "xl/workbook.xml"):
            name = _local(el.tag)
            if name == "workbookPr" and el.get("date1904") in ("1", "true"):
                raise Unsure("the 1904 date system")
            if name == "sheet" and not self.sheet:
                rid = next((v for k, v in el.attrib.items() if _local(k) == "id"), None)
                self.sheet = rels.get(rid, ("", ""))[1]
                self.sheet_name = el.get("name", "")
        if self.sheet not in zf.NameToInfo:
            raise Unsure("no first worksheet")
        by_type = {kind: path for kind, path in rels.values()}
        self.dates = self._date_styles(by_type.get("styles"))
        self._strings_part = by_type.get("sharedStrings")
        self._strings: list[str] = []
        self._string_source: Iterator[tuple[str, Any]] | None = None

    def _date_styles(self, part: str | None) -> frozenset[int]:
        if part is None or part not in self.zf.NameToInfo:
            return frozenset()
        formats: dict[int, str] = {}
        xfs: list[int] = []
        inside_xfs = False
        for event, el in _elements(self.zf, part, ("start", "end")):
            name = _local(el.tag)
            if name == "cellXfs":
                inside_xfs = event == "start"
            elif event == "end" and name == "numFmt":
                formats[int(el.get("numFmtId", "0"))] = el.get("formatCode", "")
            elif event == "end" and name == "xf" and inside_xfs:
                xfs.append(int(el.get("numFmtId", "0")))
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
            self._string_source = _elements(self.zf, self._strings_part)
        while len(self._strings) <= index:
            for _, el in self._string_source:
                if _local(el.tag) == "si":
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
        name = _local(child.tag)
        if name == "v":
            raw = child.text
        elif name == "is":
            return _text_of(child)
    if kind == "inlineStr":
        return ""
    if raw is None or kind == "e":
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


def first_rows(path: str, limit: int, max_columns: int) -> tuple[str, list[list[Any]]]:
    """The first sheet's name and up to `limit` of its non-blank rows as calamine's to_python would give
    them (same columns, same types); no rows when unsure or on anything unexpected. An XML entity or DTD
    (never in a real workbook; the mark of an entity-expansion bomb) raises DefusedXmlException."""
    try:
        with zipfile.ZipFile(path) as zf:
            return _first_rows(zf, limit, max_columns)
    except DefusedXmlException:
        raise
    except Exception:  # a preview never fails a read: calamine decides
        return "", []


def _first_rows(zf: zipfile.ZipFile, limit: int, max_columns: int) -> tuple[str, list[list[Any]]]:
    deadline = time.perf_counter() + PREVIEW_BUDGET_S
    book = _Workbook(zf)
    rows: list[dict[int, Any]] = []
    row: dict[int, Any] = {}
    try:
        for _, el in _elements(zf, book.sheet):
            name = _local(el.tag)
            if name == "c":
                match = _REF.fullmatch(el.get("r", ""))
                if match is None:
                    raise Unsure("a cell without a reference")
                column = _column(match.group(1))
                if column >= max_columns:
                    raise Unsure("a sheet wider than the viewer shows")
                value = _value(el, book)
                if value != "":
                    row[column] = value
                el.clear()
            elif name == "row":
                if row:
                    rows.append(row)
                    row = {}
                el.clear()
                if len(rows) >= limit or time.perf_counter() > deadline:
                    break
    except SyntaxError:  # the budget cut the XML short, or it is damaged: keep the whole rows read
        pass
    if not rows:
        return book.sheet_name, []
    start = min(min(r) for r in rows)
    width = max(max(r) for r in rows) - start + 1
    return book.sheet_name, [[r.get(start + i, "") for i in range(width)] for r in rows]
