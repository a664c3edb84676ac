"""The reconciliation written to an xlsx, every difference with its sentence and its explanation (who, when,
the note), through services/reports/exports.py (safe cells: no formula, no card number, no secret; written
atomically). Amounts are in major units of their currency. Times: with `zone` (the desk's choice, "local" or
"UTC") in that zone, the headers saying it ("Since (UTC)", "Since (local, UTC+01:00)"); without, as before (the
CLI's): "Since" in local time, "Explained at" a text in UTC.

    export_reconciliation("reconciliation-2025-01.xlsx", result, zone="UTC")
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from ...api.money import to_decimal
from ..profiles.desk_settings import zone_of, zone_words
from ..reports.exports import write_xlsx
from .match import Difference, Reconciliation

HEADERS = (
    "Class", "Type", "Order ID", "What differs", "Journal entry", "Journal state", "Journal amount",
    "Report row", "Report status", "Report amount", "Currency", "Since", "Explained by", "Explained at",
    "Explanation",
)  # fmt: skip
WIDTHS = (30, 11, 30, 80, 9, 13, 14, 9, 13, 14, 9, 20, 16, 20, 60)
SHEET = "Reconciliation"


def _major(minor: int | None, currency: str | None) -> Decimal | int | None:
    if minor is None or not currency:
        return minor
    try:
        return to_decimal(minor, currency)
    except ValueError:
        return minor


def _at(iso: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _in(moment: datetime | None, zone: str) -> datetime | None:
    """An aware time as the zone's wall clock (a spreadsheet knows no zones: the header says it)."""
    if moment is None:
        return None
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return moment.astimezone(zone_of(zone)).replace(tzinfo=None)


def row_of(d: Difference, zone: str | None = None) -> list[Any]:
    e, r, x = d.entry, d.row, d.explanation
    currency = (e.currency if e is not None else None) or (r.currency if r is not None else "")
    if zone is None:
        since: Any = d.since
        explained: Any = x.at[:19].replace("T", " ") + " UTC" if x else None
    else:
        since, explained = _in(d.since, zone), _in(_at(x.at), zone) if x else None
    return [
        d.cls.words, d.report_kind, d.order_id, d.sentence,
        e.id if e else None, e.state if e else None, _major(e.amount, e.currency) if e else None,
        r.sheet_row if r else None, r.status if r else None, _major(r.amount, r.currency) if r else None,
        currency, since, x.operator if x else None, explained, x.note if x else None,
    ]  # fmt: skip


def headers_of(result: Reconciliation, zone: str | None = None) -> tuple[str, ...]:
    """HEADERS; with a zone, its times' headers say it (a local zone: its offsets at the times written)."""
    if zone is None:
        return HEADERS
    moments = [m for d in result.differences for m in (d.since, _at(d.explanation.at) if d.explanation else None)
               if m is not None]  # fmt: skip
    words = zone_words(zone, [m if m.tzinfo else m.replace(tzinfo=UTC) for m in moments])
    return tuple(f"{h} ({words})" if h in ("Since", "Explained at") else h for h in HEADERS)


def rows_of(result: Reconciliation, zone: str | None = None) -> list[list[Any]]:
    """The differences, then a line per class (count and money), then what was reconciled."""
    out = [row_of(d, zone) for d in result.differences]
    out.append([None] * len(HEADERS))
    for line in result.summary():
        out.append(["Summary", None, None, line.words()] + [None] * (len(HEADERS) - 4))
    said = f"{result.rows:,} report rows, {result.matched:,} agree with the journal; {result.scope.words}"
    out.append(["Reconciled", None, None, said] + [None] * (len(HEADERS) - 4))
    return out


def export_reconciliation(path: str | os.PathLike[str], result: Reconciliation, zone: str | None = None) -> Path:
    """Write `result` to `path` (.xlsx), its times in `zone` (module docstring). Raises reports.exports.ExportError
    with a sentence."""
    return write_xlsx(path, headers_of(result, zone), rows_of(result, zone), sheet_title=SHEET, widths=WIDTHS)
