"""The reconciliation written to an xlsx, every difference with its sentence and its explanation (who, when,
the note), through services/reports/exports.py (safe cells: no formula, no card number, no secret; written
atomically). Amounts are in major units of their currency; times in local time, as the desk shows them.

    export_reconciliation("reconciliation-2025-01.xlsx", result)
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from typing import Any

from ...api.money import to_decimal
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


def row_of(d: Difference) -> list[Any]:
    e, r, x = d.entry, d.row, d.explanation
    currency = (e.currency if e is not None else None) or (r.currency if r is not None else "")
    return [
        d.cls.words, d.report_kind, d.order_id, d.sentence,
        e.id if e else None, e.state if e else None, _major(e.amount, e.currency) if e else None,
        r.sheet_row if r else None, r.status if r else None, _major(r.amount, r.currency) if r else None,
        currency, d.since, x.operator if x else None, x.at[:19].replace("T", " ") + " UTC" if x else None,
        x.note if x else None,
    ]  # fmt: skip


def rows_of(result: Reconciliation) -> list[list[Any]]:
    """The differences, then a line per class (count and money), then what was reconciled."""
    out = [row_of(d) for d in result.differences]
    out.append([None] * len(HEADERS))
    for line in result.summary():
        out.append(["Summary", None, None, line.words()] + [None] * (len(HEADERS) - 4))
    said = f"{result.rows:,} report rows, {result.matched:,} agree with the journal; {result.scope.words}"
    out.append(["Reconciled", None, None, said] + [None] * (len(HEADERS) - 4))
    return out


def export_reconciliation(path: str | os.PathLike[str], result: Reconciliation) -> Path:
    """Write `result` to `path` (.xlsx). Raises reports.exports.ExportError with a sentence."""
    return write_xlsx(path, HEADERS, rows_of(result), sheet_title=SHEET, widths=WIDTHS)
