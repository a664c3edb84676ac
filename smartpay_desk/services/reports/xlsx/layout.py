"""How the report viewer reads the cells of a sheet: headers, column kinds, and typed values. No Qt here.

A "gateway export" (its header row names at least Order ID, Status, Amount and Currency) gets typed columns:
amounts in integer minor units of the row's currency, Created / Completed as unix milliseconds (the gateway
writes UTC without a zone, as xlsx has none), statuses as words ("success", "unknown (0)"). Any other sheet
is a plain table: text, numbers (integral floats as ints) and dates as ISO text, its first row taken as
headers when it is all text. Values leave here as JSON values (the reader's child process writes them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from ....api.models import status_label

MAX_CELL_CHARS = 32_767
TEXT, MONEY, DATETIME, STATUS, AUTO = "text", "money", "datetime", "status", "auto"
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
        return str(value)
    return str(value)[:MAX_CELL_CHARS]


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
    header_row: bool  # False: the first row is data, headers are column letters

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


def layout_for(first_row: Sequence[Any], width: int) -> Layout:
    """Headers and column kinds from the first row: a gateway export, a table with a header row, or a
    table whose first row is already data."""
    cells = list(first_row[:width]) + [None] * (width - len(first_row[:width]))
    keys = [_key(c) for c in cells]
    if all(k in keys for k in GATEWAY_REQUIRED):
        kinds = [GATEWAY_COLUMNS.get(k, TEXT) for k in keys]
        return Layout(
            [str(c).strip() if c is not None else column_letters(i) for i, c in enumerate(cells)], kinds, True, True
        )
    texty = any(isinstance(c, str) and c.strip() for c in cells) and all(c is None or isinstance(c, str) for c in cells)
    if texty:
        headers = [c.strip() if isinstance(c, str) and c.strip() else column_letters(i) for i, c in enumerate(cells)]
        return Layout(headers, [AUTO] * width, False, True)
    return Layout([column_letters(i) for i in range(width)], [AUTO] * width, False, False)


_FAST_LIMIT = 2**50  # below this, a float's minor units come exactly from round(value × 10**exponent)


class Converter:
    """Turns raw rows into column-major batches of JSON values for a layout.

    Built for 100,000-row sheets: one pass per column, the common cell types (calamine's floats, strings,
    datetimes) on fast paths, and a cache per distinct status and currency."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        keys = [_key(h) for h in layout.headers]
        self.currency_at = keys.index("currency") if layout.gateway else -1
        self.exponents: dict[Any, int | None] = {}
        self._currencies: dict[Any, str | None] = {}
        self._statuses: dict[Any, str | None] = {}
        self.unreadable_amounts = 0
        self.unreadable_dates = 0

    def columns(self, rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
        width = self.layout.width
        if not rows:
            return [[] for _ in range(width)]
        if set(map(len, rows)) != {width}:  # calamine's rows all have the sheet's width: no copy needed
            rows = [row if len(row) == width else [*row[:width], *([None] * (width - len(row)))] for row in rows]
        raw: list[Sequence[Any]] = list(zip(*rows, strict=True))
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
        out = []
        if self.unreadable_amounts:
            out.append(f"{self.unreadable_amounts:,} amounts could not be read and are left out of the totals.")
        if self.unreadable_dates:
            out.append(f"{self.unreadable_dates:,} dates could not be read.")
        return out
