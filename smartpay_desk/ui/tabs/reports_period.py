"""The Reports tab's export form words: the statuses, the quick periods and the export's file name (reports.py).

The English words are the data (a period's name, a status's word in the file name); what is shown is their
translation, built when asked (after the translator is installed)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate

from ...api.models import FAIL, PROCESSING, SUCCESS
from ..i18n import tr

STATUSES = (("Successful", SUCCESS), ("Processing", PROCESSING), ("Failed", FAIL))
CANCELLED = "Export cancelled; no file was kept."
LEFT = "The export was stopped when you switched profile; no file was kept."
PERIODS = ("today", "last 7 days", "this month", "last month")


def status_names() -> dict[int, str]:
    """Each status as shown in the Status box."""
    return {SUCCESS: tr("Successful"), PROCESSING: tr("Processing"), FAIL: tr("Failed")}


def report_type_names() -> dict[str, str]:
    """Each report type (the gateway's word, services/reports/tasks.REPORT_TYPES) as the Type box shows it."""
    return {"Payment": tr("Payment"), "Withdrawal": tr("Withdrawal"), "Refund": tr("Refund")}


def period_names() -> dict[str, str]:
    """Each quick period's button text (a mnemonic each: Alt+digit is the tabs', so letters)."""
    return {"today": tr("To&day"), "last 7 days": tr("&Last 7 days"), "this month": tr("This mo&nth"),
            "last month": tr("L&ast month")}  # fmt: skip


def cancelled_words() -> str:
    return tr("Export cancelled; no file was kept.")


def left_words() -> str:
    return tr("The export was stopped when you switched profile; no file was kept.")


def export_file_name(kind: str, status: int, first_day: date, last_day: date) -> str:
    """smartpay-payment-failed-2025-01-01-2025-01-31.xlsx: the status is in the name, so an export of one status
    never overwrites another's (the gateway exports one status at a time)."""
    words = next((words for words, value in STATUSES if value == status), str(status))
    return f"smartpay-{kind.lower()}-{words.lower()}-{first_day.isoformat()}-{last_day.isoformat()}.xlsx"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def preset_range(name: str, today: date) -> tuple[date, date]:
    """(first day, last day) of "today", "last 7 days", "this month" or "last month"."""
    if name == "today":
        return today, today
    if name == "last 7 days":
        return today - timedelta(days=6), today
    if name == "this month":
        return today.replace(day=1), today
    if name == "last month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    raise ValueError(f"unknown period {name!r}")
