"""A whole sheet as the viewer shows it, folded from the reader's events: for `smartpay sheet`, the tests and
any service that reads a spreadsheet whole (the batch files). No Qt here.

`process.read_sheet(path)` reads through the reader's child process as the viewer does; `reader.read_table` in
this process.

`Table.text(column, row)` is the text the viewer shows in a cell: the reader's "shown" text where it sent one
(a number format, an error cell), else the value's own text, as the viewer's model writes it (amounts in the
row's currency, gateway times in this computer's local time, TRUE / FALSE). The viewer's model should take
`value_text` from here so that the two can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ....api.said import Amount, Moment, Said
from .kinds import DATETIME, MONEY


def local_text(millis: int) -> str:
    """Unix milliseconds → this computer's local time, 2025-01-31 14:05:09."""
    return datetime.fromtimestamp(millis / 1000).strftime("%Y-%m-%d %H:%M:%S")


def money_text(minor: int, currency: Any) -> str:
    from ....api.money import format_amount

    if not isinstance(currency, str):
        return str(minor)
    try:
        return format_amount(minor, currency)
    except ValueError:
        return f"{minor} {currency}"


def plain_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)


def value_text(kind: str, value: Any, currency: Any = None) -> str:
    """A cell's value as the viewer shows it when the reader sent no text for it."""
    if value is None:
        return ""
    if kind == MONEY:
        return money_text(value, currency)
    if kind == DATETIME:
        return local_text(value)
    return plain_text(value)


@dataclass
class Table:
    """A whole file read at once: what the viewer would show."""

    headers: list[str]
    kinds: list[str]
    gateway: bool
    columns: list[list[Any]]
    notes: list[str]
    rows: int
    shown: list[list[str | None] | None] = field(default_factory=list)  # per column: texts (None: the value's)
    errors: list[list[int]] = field(default_factory=list)  # per column: rows of error cells
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    title: list[list[str]] = field(default_factory=list)
    title_rows: list[int] = field(default_factory=list)
    header_row: int = 0
    header_choices: list[list[Any]] = field(default_factory=list)
    engine: str = ""
    retry: str | None = None  # the child asked to be run again with this engine

    @property
    def currency_at(self) -> int:
        keys = [" ".join(h.split()).casefold() for h in self.headers]
        return keys.index("currency") if self.gateway and "currency" in keys else -1

    def text(self, column: int, row: int) -> str:
        shown = self.shown[column] if column < len(self.shown) else None
        text = shown[row] if shown is not None else None
        if text is not None:
            return text
        at = self.currency_at
        currency = self.columns[at][row] if at >= 0 else None
        return value_text(self.kinds[column], self.columns[column][row], currency)

    def texts(self) -> list[list[str]]:
        """Every row, as the viewer shows it."""
        return [[self.text(c, r) for c in range(len(self.headers))] for r in range(self.row_count)]

    def values(self) -> list[list[Any]]:
        """Every row's underlying values; an error cell as its text."""
        out = [[col[r] for col in self.columns] for r in range(self.row_count)]
        for c, rows in enumerate(self.errors):
            for r in rows:
                shown = self.shown[c]
                out[r][c] = shown[r] if shown is not None else None
        return out

    @property
    def row_count(self) -> int:
        return len(self.columns[0]) if self.columns else 0


def said_event(kind: str, text: str) -> dict[str, Any]:
    """A "note" or "error" event: its English text, and a Said's template and values as well (api/said.py), so that
    the desk says it in the clerk's language on the other side of the JSON line (`said_text`)."""
    event: dict[str, Any] = {"t": kind, "text": str(text)}
    if isinstance(text, Said):
        event["said"] = _packed(text)
    return event


def said_text(event: dict[str, Any]) -> str:
    """A "note" or "error" event's text: the Said it was made from where it was one, else its text."""
    packed = event.get("said")
    if isinstance(packed, dict):
        try:
            text = _unpacked(packed)
        except (KeyError, TypeError, ValueError, IndexError):
            text = None
        if isinstance(text, str):
            return text
    return str(event.get("text") or "")


def _packed(value: Any) -> Any:
    if isinstance(value, Said):
        return {"template": value.template, "values": {k: _packed(v) for k, v in value.values.items()}}
    if isinstance(value, Amount):
        return {"amount": [str(value), value.minor, value.currency]}
    if isinstance(value, Moment):
        return {"moment": [str(value), value.iso]}
    if isinstance(value, str):
        return str(value)
    return value if isinstance(value, int | float) and not isinstance(value, bool) else str(value)


def _unpacked(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    if "amount" in value:
        words, minor, currency = value["amount"]
        return Amount(str(words), int(minor), str(currency))
    if "moment" in value:
        words, iso = value["moment"]
        return Moment(str(words), str(iso))
    return Said(str(value["template"]), {str(k): _unpacked(v) for k, v in dict(value["values"]).items()})


def fold(events: Iterable[dict[str, Any]]) -> Table:
    """The reader's events (read_events, or the child's JSON lines) as one Table; ReportFileError for a refusal."""
    table = Table([], [], False, [], [], 0)
    for event in events:
        kind = event["t"]
        if kind == "error":
            from .checks import ReportFileError  # only on a refusal: the viewer imports this module

            raise ReportFileError(said_text(event))
        if kind == "meta":
            table.headers, table.kinds, table.gateway = event["headers"], event["kinds"], event["gateway"]
            table.sheet, table.sheets, table.engine = event["sheet"], event.get("sheets", []), event["engine"]
            table.title, table.title_rows = event.get("title", []), event.get("title_rows", [])
            table.header_row, table.header_choices = event.get("header_row", 0), event.get("header_choices", [])
            table.columns = [[] for _ in table.headers]
            table.shown = [None for _ in table.headers]
            table.errors = [[] for _ in table.headers]
        elif kind == "rows":
            _add(table, event)
        elif kind == "note":
            table.notes.append(said_text(event))
        elif kind == "end":
            table.rows = event["rows"]
        elif kind == "retry":
            table.retry = event["engine"]
    return table


def _add(table: Table, event: dict[str, Any]) -> None:
    before = table.row_count
    cols = event["cols"]
    count = len(cols[0]) if cols else 0
    shown = event.get("shown") or [None] * len(cols)
    errors = event.get("errors") or [None] * len(cols)
    for c, values in enumerate(cols):
        table.columns[c].extend(values)
        texts, mine = shown[c], table.shown[c]
        if texts is not None:
            if mine is None:
                mine = table.shown[c] = [None] * before
            mine.extend(texts)
        elif mine is not None:
            mine.extend([None] * count)
        table.errors[c].extend(before + r for r in errors[c] or ())
