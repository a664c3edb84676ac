"""What the report viewer shows of a cell and of a column's header, in the time zone chosen (issue 16). No Qt: the
table on screen (model.py) and "Export this view…" (views.py, in a worker) call the same functions, so a file
exported says exactly what the table shows.

    cell_text(table, source, column, zone)      # the text of a cell
    header_text(table, column, words)           # "Created (UTC)", "Created (local, UTC+01:00)"
    shown_rows(snapshot)                        # every row shown, its columns in the order shown (a worker's)

`zone` is the desk's choice ("local" or "UTC": services/profiles/desk_settings.py), or None for a viewer outside
the desk: then a time is in this computer's local time and its header the file's own, exactly as `smartpay sheet`
prints them (services/reports/xlsx/table.py). A time the file wrote as text (a number format of its own) is shown
as the file wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from ...services.reports.xlsx.kinds import DATETIME, MONEY
from ...services.reports.xlsx.table import value_text
from .table import Column, ReportTable

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"  # services/reports/xlsx/table.local_text's


def time_text(millis: int, zone: str | None) -> str:
    """Unix milliseconds as '2025-01-31 14:05:09' in UTC or in this computer's local time."""
    if zone == "UTC":
        return datetime.fromtimestamp(millis / 1000, UTC).strftime(TIME_FORMAT)
    return value_text(DATETIME, millis)


def cell_text(table: ReportTable, source: int, column: int, zone: str | None) -> str:
    """The text of a cell as the viewer shows it (the reader's "shown" text where it sent one)."""
    if table.shown:
        shown = table.shown.get(column)
        text = shown.get(source) if shown is not None else None
        if text is not None:
            return text
    kind, value = table.kinds[column], table.columns[column][source]
    if kind == DATETIME and value is not None and zone == "UTC":
        return time_text(value, zone)
    currency: Any = None
    if kind == MONEY and table.currency_at >= 0:
        currency = table.columns[table.currency_at][source]
    return value_text(kind, value, currency)


def header_text(table: ReportTable, column: int, words: str) -> str:
    """A column's header; a time column's says its zone (`words`, desk_settings.zone_words; "" outside the desk)."""
    header = table.headers[column]
    return f"{header} ({words})" if words and table.kinds[column] == DATETIME else header


def noon(day: date) -> datetime:
    """Midday of `day` in this computer's local time (its offset that day: desk_settings.zone_words)."""
    return datetime.combine(day, time(12)).astimezone()


@dataclass(frozen=True)
class Snapshot:
    """What "Export this view" writes, taken on the GUI thread (references and a copy of the order: the table may
    go on changing while a worker writes it)."""

    table: ReportTable
    columns: list[Column]  # the table's columns as they are now
    rows: tuple[int, ...]  # the source rows shown, in their order
    shown_columns: list[int]  # the columns shown, in their order
    headers: list[str]
    zone: str | None


def snapshot(table: ReportTable, columns: list[int], headers: list[str], zone: str | None) -> Snapshot:
    return Snapshot(table, list(table.columns), tuple(table.view), columns, headers, zone)


def shown_rows(shot: Snapshot) -> list[list[str]]:
    """Every row of `shot`, each cell as the viewer shows it (a worker's call: 100,000 rows take seconds)."""
    frozen = ReportTable()
    frozen.headers, frozen.kinds = shot.table.headers[:], shot.table.kinds[:]
    frozen.columns, frozen.shown = shot.columns, shot.table.shown
    frozen.currency_at = shot.table.currency_at
    return [[cell_text(frozen, source, c, shot.zone) for c in shot.shown_columns] for source in shot.rows]
