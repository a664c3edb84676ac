"""Report tasks (POST …/public/transaction/excel, GET …/task/{id}, GET …/task/{id}/result) and their xlsx.

A task snapshots the matching transactions when it is created (type, status, created between dateFrom and
dateTo inclusive, unix milliseconds), reports status 1 until report_delay_s has passed, then 2. The result
is a real xlsx: one header row, then one row per transaction, oldest first. Times are UTC (xlsx has no zone).
"""

from __future__ import annotations

import copy
import io
import re
import time
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from .state import TYPES, ReportTask, SandboxState, Transaction, gateway_id
from .validation import ApiFailure, validation_error

REPORTS_PREFIX = "/aggregation-service/public/transaction/excel"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
COLUMNS = (
    "Order ID", "Type", "Status", "Amount", "Currency", "Created", "Completed",
    "Card", "Card country", "Customer", "Error", "Account",
)  # fmt: skip
_WIDTHS = (28, 12, 8, 12, 9, 20, 20, 20, 16, 24, 36, 20)


MAX_MILLIS = 253_402_300_799_999  # 9999-12-31T23:59:59.999Z


def _millis(value: Any, *, allow_text: bool) -> int | None:
    """Unix milliseconds from 0 to the end of year 9999: an integer (or, allow_text, a string of ASCII digits)."""
    if allow_text and isinstance(value, str):
        text = value.strip()
        value = int(text) if text.isascii() and text.isdigit() and len(text) <= 15 else None
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_MILLIS:
        return value
    return None


def create_task(state: SandboxState, body: dict[str, Any]) -> dict[str, Any]:
    problems: dict[str, str] = {}
    kind = body.get("type")
    if kind not in TYPES:
        problems["type"] = "Must be Payment, Withdrawal or Refund." if kind is not None else "This field is required."
    status = body.get("status")
    if isinstance(status, bool) or not isinstance(status, int) or status not in (2, 1, -1):
        problems["status"] = "Must be 2 (success), 1 (pending) or -1 (fail)."
    date_from = _millis(body.get("dateFrom"), allow_text=False)
    date_to = _millis(body.get("dateTo"), allow_text=True)  # the doc types dateTo as a String
    if date_from is None:
        problems["dateFrom"] = "Must be a unix time in milliseconds."
    if date_to is None:
        problems["dateTo"] = "Must be a unix time in milliseconds (a number or a string of digits)."
    if date_from is not None and date_to is not None and date_from > date_to:
        problems["dateTo"] = "Must not be before dateFrom."
    if problems or not isinstance(kind, str) or not isinstance(status, int) or date_from is None or date_to is None:
        raise validation_error(problems)
    with state.lock:
        rows = [
            copy.copy(tx)
            for tx in state.transactions.values()
            if tx.type == kind and tx.status == status and date_from <= _ms(tx.created) <= date_to
        ]
        rows.sort(key=lambda tx: tx.created)
        task = ReportTask(
            id=gateway_id(),
            type=kind,
            status_filter=status,
            date_from=date_from,
            date_to=date_to,
            rows=rows,
            ready_at=time.monotonic() + state.report_delay_s,
        )
        state.report_tasks[task.id] = task
    return {"id": task.id, "status": 1}


def _ms(when: datetime) -> int:
    return int(when.timestamp() * 1000)


def _task(state: SandboxState, task_id: str) -> ReportTask:
    task = state.report_tasks.get(task_id)
    if task is None:
        raise ApiFailure(404, "TASK_NOT_FOUND", f"There is no report task {task_id!r}.")
    return task


def task_status(state: SandboxState, task_id: str) -> dict[str, Any]:
    task = _task(state, task_id)
    return {"id": task.id, "status": task.status}


def task_result(state: SandboxState, task_id: str) -> bytes:
    task = _task(state, task_id)
    if task.status != 2:
        raise ApiFailure(409, "INVALID_STATE", "The report is not ready yet; ask for the task status first.")
    with state.lock:
        if task.xlsx is None:
            task.xlsx = build_xlsx(task.rows)
        return task.xlsx


def _naive(when: datetime | None) -> datetime | None:
    if when is None:
        return None
    return when.astimezone(UTC).replace(tzinfo=None, microsecond=when.microsecond // 1000 * 1000)


def _cell(text: str | None) -> str | None:
    """Text as a worksheet cell can hold it: the control characters xlsx forbids become U+FFFD."""
    return _ILLEGAL.sub("\ufffd", text) if text else text


_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def row_values(tx: Transaction) -> list[Any]:
    return [
        _cell(tx.order_id),
        tx.type,
        tx.status,
        Decimal(tx.amount).scaleb(-2),
        tx.currency,
        _naive(tx.created),
        _naive(tx.completed),
        tx.card_masked,
        tx.card.country if tx.card else None,
        _cell(tx.customer) or None,
        _cell(tx.error_message),
        tx.account,
    ]


def build_xlsx(rows: list[Transaction]) -> bytes:
    from openpyxl import Workbook  # imported when first needed: it costs the desk's start-up ~80 ms

    book = Workbook()
    sheet = book.active
    sheet.title = "Transactions"
    sheet.append(list(COLUMNS))
    for tx in rows:
        sheet.append(row_values(tx))
    for index, width in enumerate(_WIDTHS, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=2):
        row[3].number_format = "0.00"
        row[5].number_format = row[6].number_format = "yyyy-mm-dd hh:mm:ss"
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
