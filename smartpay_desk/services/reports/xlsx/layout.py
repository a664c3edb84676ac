"""How the report viewer reads the cells of a sheet: headers, column kinds, and typed values. No Qt here.

A "gateway export" (its header row names at least Order ID, Status, Amount and Currency) gets typed columns:
amounts in integer minor units of the row's currency, Created / Completed as unix milliseconds (the gateway
writes UTC without a zone, as xlsx has none), statuses as words ("success", "unknown (0)"). Any other sheet
is a plain table: text, numbers (integral floats as ints), dates as ISO text and durations as days (Excel's
own number), under the header row header.py finds. Error cells (marks.CellError) are empty values shown as
their text; a cell whose number format changes how it looks (numfmt.py) keeps its value and gets the text
Excel shows: a batch is values plus, per column, those texts ("shown") and the error cells' rows ("errors").
Values leave here as JSON values (the reader's child process writes them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from ....api.models import status_label
from ....api.said import said
from .kinds import AUTO, DATETIME, MONEY, STATUS, TEXT
from .marks import CellError, Marks
from .numfmt import is_duration, render, to_serial

MAX_CELL_CHARS = 32_767

GATEWAY_COLUMNS = {
    "order id": TEXT, "type": TEXT, "status": STATUS, "amount": MONEY, "currency": TEXT,
    "created": DATETIME, "completed": DATETIME,
}  # fmt: skip
GATEWAY_REQUIRED = ("order id", "status", "amount", "currency")


def _plain(value: Any) -> Any:
    """A cell as a JSON value: numbers (integral floats as ints), text, booleans, dates as ISO text."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if isinstance(value, str):
        return value[:MAX_CELL_CHARS] if value else None
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return _plain(value / timedelta(days=1))  # a duration: days, as Excel keeps it
    if isinstance(value, CellError):
        return None
    return str(value)[:MAX_CELL_CHARS]


def cell_text(value: Any) -> str:
    """A raw cell as text (titles, header choices): what the viewer shows for a plain value."""
    if isinstance(value, CellError):
        return value.text
    plain = _plain(value)
    if plain is None:
        return ""
    if isinstance(plain, bool):
        return "TRUE" if plain else "FALSE"
    return str(plain)


_EPOCH = datetime(1970, 1, 1)
_MS = timedelta(milliseconds=1)


def _millis(value: Any) -> int | None:
    """A gateway time (UTC, no zone in xlsx) → unix milliseconds."""
    if type(value) is datetime and value.tzinfo is None:
        return (value - _EPOCH) // _MS
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        return int(moment.timestamp() * 1000)
    if isinstance(value, date):
        return int(datetime.combine(value, time.min, tzinfo=UTC).timestamp() * 1000)
    return None


def _exponent(currency: Any) -> int | None:
    """Decimal places of an ISO 4217 code (CLDR via api.money), None for anything else."""
    from ....api.money import currency_exponent

    if not isinstance(currency, str):
        return None
    try:
        return currency_exponent(currency)
    except ValueError:
        return None


def _minor(value: Any, exponent: int | None) -> int | None:
    """A major-units amount (number or text) → integer minor units, or None if it cannot be exact."""
    if value is None or exponent is None or isinstance(value, bool):
        return None
    try:
        scaled = Decimal(str(value).strip()).scaleb(exponent)
        if not scaled.is_finite() or scaled != scaled.to_integral_value():
            return None
    except (InvalidOperation, ArithmeticError):
        return None
    return int(scaled)


def _status(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        return status_label(int(value))
    text = str(value).strip()
    if re.fullmatch(r"-?\d+", text):
        return status_label(int(text))
    return text.casefold()


# ---------------------------------------------------------------- layout


@dataclass
class Layout:
    headers: list[str]
    kinds: list[str]
    gateway: bool
    header_row: bool  # False: no header row, headers are column letters
    first_column: int = 0  # the sheet's column of the table's first one, from 0
    header_number: int = 0  # the header row's number in the sheet (from 1); 0: none
    title: list[list[str]] = field(default_factory=list)  # the rows above the header, as text
    title_rows: list[int] = field(default_factory=list)  # their numbers in the sheet (from 1)
    choices: list[tuple[int, list[str]]] = field(default_factory=list)  # rows that could be the header

    @property
    def width(self) -> int:
        return len(self.headers)


def column_letters(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA": a spreadsheet's name for a column (openpyxl's get_column_letter, without
    importing openpyxl into the calamine reader)."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def _key(text: Any) -> str:
    return " ".join(str(text).split()).casefold() if text is not None else ""


def layout_for(first_row: Sequence[Any] | None, width: int, first_column: int = 0) -> Layout:
    """Headers and column kinds from the header row: a gateway export, a table with a header row, or (no
    header row, or one that is not all text) a table whose columns are named by their letters."""
    letters = [column_letters(first_column + i) for i in range(width)]
    if first_row is None:
        return Layout(letters, [AUTO] * width, False, False, first_column)
    cells = list(first_row[:width]) + [None] * (width - len(first_row[:width]))
    keys = [_key(c) for c in cells]
    if all(k in keys for k in GATEWAY_REQUIRED):
        kinds = [GATEWAY_COLUMNS.get(k, TEXT) for k in keys]
        headers = [str(c).strip() if c is not None and str(c).strip() else letters[i] for i, c in enumerate(cells)]
        return Layout(headers, kinds, True, True, first_column)
    texty = any(isinstance(c, str) and c.strip() for c in cells) and all(c is None or isinstance(c, str) for c in cells)
    if texty:
        headers = [c.strip() if isinstance(c, str) and c.strip() else letters[i] for i, c in enumerate(cells)]
        return Layout(headers, [AUTO] * width, False, True, first_column)
    return Layout(letters, [AUTO] * width, False, False, first_column)


_FAST_LIMIT = 2**50  # below this, a float's minor units come exactly from round(value × 10**exponent)


class Batch(NamedTuple):
    """Converted rows, column-major: values, and per column (None: nothing) the texts shown instead of a
    value's plain form (None where the plain form is right) and the rows (in the batch) of error cells."""

    cols: list[list[Any]]
    shown: list[list[str | None] | None]
    errors: list[list[int] | None]


class Converter:
    """Turns raw rows into column-major batches of JSON values for a layout.

    Built for 100,000-row sheets: one pass per column, the common cell types (calamine's floats, strings,
    datetimes) on fast paths, a cache per distinct status and currency, and number formats and error cells
    looked at only where the marks (marks.py) say there are some."""

    def __init__(self, layout: Layout, marks: Marks | None = None, date1904: bool = False) -> None:
        self.layout = layout
        self.marks = marks
        self.date1904 = date1904
        keys = [_key(h) for h in layout.headers]
        self.currency_at = keys.index("currency") if layout.gateway else -1
        self.exponents: dict[Any, int | None] = {}
        self._currencies: dict[Any, str | None] = {}
        self._statuses: dict[Any, str | None] = {}
        self.unreadable_amounts = 0
        self.unreadable_dates = 0

    def columns(self, rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
        """The values alone (rows numbered from 0: only for rows without marks)."""
        return self.convert(rows, range(len(rows))).cols

    def convert(self, rows: Sequence[Sequence[Any]], numbers: Sequence[int]) -> Batch:
        """`rows` (numbered in the sheet by `numbers`, from 0) as a batch."""
        width = self.layout.width
        if not rows:
            return Batch([[] for _ in range(width)], [None] * width, [None] * width)
        if set(map(len, rows)) != {width}:  # calamine's rows all have the sheet's width: no copy needed
            rows = [row if len(row) == width else [*row[:width], *([None] * (width - len(row)))] for row in rows]
        raw: list[Sequence[Any]] = list(zip(*rows, strict=True))
        marks = self.marks
        errors: list[list[int] | None] = [None] * width
        if marks is not None and (marks.errors or marks.inline):
            for i, col in enumerate(raw):
                if CellError in set(map(type, col)):
                    errors[i] = [j for j, v in enumerate(col) if type(v) is CellError]
        typed = [[None if type(v) is CellError else v for v in col] if errors[i] else col for i, col in enumerate(raw)]
        out = self._values(typed)
        shown: list[list[str | None] | None] = [None] * width
        formats = marks is not None and marks.has_formats() and not self.layout.gateway
        for i in range(width):
            codes = marks.codes(self.layout.first_column + i, numbers) if formats and marks is not None else None
            texts = self._shown(codes, typed[i], out[i]) if codes is not None else None
            if errors[i]:
                texts = texts or [None] * len(rows)
                for j in errors[i] or ():
                    texts[j] = raw[i][j].text
            shown[i] = texts if texts is not None and any(t is not None for t in texts) else None
        return Batch(out, shown, errors)

    def _shown(self, codes: list[str | None], col: Sequence[Any], values: list[Any]) -> list[str | None]:
        """The texts the cells' formats show; a duration's value becomes days (Excel's number)."""
        texts: list[str | None] = []
        for j, (code, value) in enumerate(zip(codes, col, strict=True)):
            if code is None or value is None or value == "" or isinstance(value, str | bool):
                texts.append(None)
                continue
            if is_duration(code):
                serial = to_serial(value, self.date1904)
                values[j] = _plain(serial) if serial is not None else values[j]
            texts.append(render(code, value, self.date1904))
        return texts

    def _values(self, raw: list[Sequence[Any]]) -> list[list[Any]]:
        currencies: list[Any] = []
        if self.currency_at >= 0:
            currencies = self._currency_column(raw[self.currency_at])
            raw[self.currency_at] = currencies
        out: list[list[Any]] = []
        for i, (kind, col) in enumerate(zip(self.layout.kinds, raw, strict=True)):
            if kind == MONEY:
                out.append(self._amounts(col, currencies))
            elif kind == DATETIME:
                out.append(self._times(col))
            elif kind == STATUS:
                cache = self._statuses
                out.append([cache[v] if v in cache else cache.setdefault(v, _status(v)) for v in col])
            elif i == self.currency_at:
                out.append(currencies)
            elif set(map(type, col)) == {str}:  # the usual text column: one slice each ("" becomes None)
                out.append([v[:MAX_CELL_CHARS] or None for v in col])
            else:
                out.append([v if type(v) is str and 0 < len(v) <= MAX_CELL_CHARS else (None if v == "" else _plain(v))
                            for v in col])  # fmt: skip
        return out

    def _currency_column(self, col: Sequence[Any]) -> list[Any]:
        cache = self._currencies
        out = []
        for c in col:
            code = cache.get(c, False)
            if code is False:
                code = cache[c] = (c.strip().upper() or None) if isinstance(c, str) else None
            out.append(code)
        return out

    def _times(self, col: Sequence[Any]) -> list[int | None]:
        epoch, ms = _EPOCH, _MS
        values = [(v - epoch) // ms if type(v) is datetime and v.tzinfo is None
                  else (None if v == "" or v is None else _millis(v)) for v in col]  # fmt: skip
        self.unreadable_dates += sum(1 for v, m in zip(col, values, strict=True) if m is None and v not in (None, ""))
        return values

    def _amounts(self, col: Sequence[Any], currencies: list[Any]) -> list[int | None]:
        values: list[int | None] = []
        exponents = self.exponents
        for value, currency in zip(col, currencies, strict=True):
            exponent = exponents.get(currency, -1)
            if exponent == -1:
                exponent = exponents[currency] = _exponent(currency)
            if type(value) is float and exponent is not None and -1e15 < value < 1e15:
                scale = 10**exponent
                minor = round(value * scale)
                if -_FAST_LIMIT < minor < _FAST_LIMIT and minor / scale == value:
                    values.append(minor)
                    continue
            elif value is None or value == "":
                values.append(None)
                continue
            minor = _minor(value, exponent)
            if minor is None:
                self.unreadable_amounts += 1
            values.append(minor)
        return values

    def notes(self) -> list[str]:
        out: list[str] = []
        if self.unreadable_amounts:
            out.append(said("{count:,} amounts could not be read and are left out of the totals.",
                            count=self.unreadable_amounts))  # fmt: skip
        if self.unreadable_dates:
            out.append(said("{count:,} dates could not be read.", count=self.unreadable_dates))
        return out
