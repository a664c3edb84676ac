"""Helpers for the desk's reconciliation tests (issue 16): a small history made through the desk's own services on
a sandbox without seeded history, the gateway's report of it exported as the Reports tab exports it, and a copy
edited with planted differences (tests/e2e/test_cli_reconcile_report.py plants them the same way)."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from smartpay_desk.services.reports.tasks import create_and_download, report_request
from smartpay_desk.ui.tabs.reports import export_file_name
from tests.e2e.test_cli_reconcile_report import _edited, _rows
from tests.unit.services.support import BAD_CARD, CUSTOMER, SITE, card

PAID = 8  # pay-0 … pay-7 succeed; pay-8 is declined


def shot(widget: Any, name: str) -> None:
    """The widget as a user sees it, saved as NAME.png in $SMARTPAY_TEST_SHOTS (a folder) when it is set."""
    folder = os.environ.get("SMARTPAY_TEST_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def make_history(ctx: Any) -> None:
    for n in range(PAID + 1):
        ctx.ops.pay_by_card(amount=1000 + n, currency="EUR", order_id=f"pay-{n}", customer=CUSTOMER,
                            card=card(BAD_CARD if n == PAID else "4012000000003010"), merchant_site=SITE)  # fmt: skip


def export_payments(ctx: Any, folder: Path) -> Path:
    """The successful payments of yesterday and today, saved under the Reports tab's own name."""
    last = date.today()
    first = last - timedelta(days=1)
    dest = folder / export_file_name("Payment", 2, first, last)
    create_and_download(ctx.ops.client, report_request("Payment", 2, first, last), dest, poll_interval=0.1)
    return dest


def plant(report: Path) -> tuple[Path, set[tuple[str, str]]]:
    """A copy of `report` with one difference of each class a report row can show, and one row removed."""
    edited = _edited(report)
    book = load_workbook(edited)
    sheet = book.active
    at = _rows(sheet)
    sheet.cell(row=at["pay-2"], column=4).value = float(sheet.cell(row=at["pay-2"], column=4).value) + 1
    sheet.cell(row=at["pay-4"], column=3).value = -1
    template = [c.value for c in sheet[at["pay-1"]]]
    sheet.append(["web-1", "Payment", 2, 12.5, "EUR", *template[5:]])
    sheet.delete_rows(at["pay-6"])
    book.save(edited)
    planted = {("amount_differs", "pay-2"), ("status_differs", "pay-4"), ("report_only", "web-1"),
               ("journal_only", "pay-6")}  # fmt: skip
    return edited, planted
