"""The report viewer's sentences in the desk's language: the row count and totals under the table (viewer.py) and
a column header's tooltip (model.py). Counts and money as the locale writes them (numbers.py, i18n.money); the
cells themselves stay as the file and an export of the view write them (texts.py)."""

from __future__ import annotations

from collections.abc import Mapping

from ...services.reports.xlsx.kinds import DATETIME, MONEY
from ..i18n import money, tr
from ..numbers import number


def rows_words(shown: int, total: int, loading: bool) -> str:
    """ "1,234 rows", "12 of 1,234 rows", "Reading… 500 rows"."""
    if shown == total:
        said = tr("1 row") if shown == 1 else tr("{count} rows").format(count=number(shown))
    else:
        said = tr("{count} of {total} rows").format(count=number(shown), total=number(total))
    return tr("Reading… {rows}").format(rows=said) if loading else said


def totals_words(rows: int, totals: Mapping[str, int]) -> tuple[str, str]:
    """(the line "Total of the 12 rows shown: 1,234.50 (EUR) · …", its parts alone for the tooltip)."""
    parts = " · ".join(f"{money(total, currency)} ({currency})" for currency, total in sorted(totals.items()))
    if rows == 1:
        return tr("Total of the row shown: {parts}").format(parts=parts), parts
    return tr("Total of the {count} rows shown: {parts}").format(count=number(rows), parts=parts), parts


def header_tip(header: str, kind: str, zone: str | None, zone_words: str) -> str:
    """A column header's tooltip: what it holds and that a click sorts by it."""
    if kind == MONEY:
        return tr("{header} (in the row's currency): click to sort").format(header=header)
    if kind == DATETIME:
        zone_said = "UTC" if zone == "UTC" else zone_words or tr("this computer’s local time")
        return tr("{header} ({zone}): click to sort").format(header=header, zone=zone_said)
    return tr("{header}: click to sort").format(header=header)


def marked_tip() -> str:
    return tr("What the reconciliation with the journal found for the row: click to sort")


def error_tip(text: str) -> str:
    return tr("Error in the file: {text}").format(text=text)
