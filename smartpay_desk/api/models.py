"""Typed requests and responses for every SmartPayments endpoint: the one place callers import them from.

Requests (`api.requests`) are frozen dataclasses with every documented field; `to_payload()` gives the JSON
body (fields left at None are omitted). Responses (`api.responses`) are built with `from_payload()`, which
never fails on an unknown extra field: it keeps it in `extra`. Amounts are integers of minor units everywhere.

Card data (`Card`) never shows in a repr, a log line or an exception: only BIN and last four digits.
"""

from __future__ import annotations

from .requests import (
    AuthorizeRequest,
    BrowserInfo,
    Card,
    Customer,
    HostToHostRequest,
    InitPaymentRequest,
    RecurrentRequest,
    RefundRequest,
    ReportRequest,
    Urls,
    WithdrawalRequest,
    mask_pan,
)
from .responses import (
    Balance,
    CardInfo,
    CascadeError,
    PaymentResult,
    RecurrentResult,
    RefundResult,
    ReportTask,
    TransactionInfo,
    WithdrawalResult,
)

# The statuses live in api.status (no imports: cheap for a screen to load); re-exported here.
from .status import FAIL, PROCESSING, SUCCESS, Status, is_final, status_label

__all__ = [
    "FAIL",
    "PROCESSING",
    "SUCCESS",
    "AuthorizeRequest",
    "Balance",
    "BrowserInfo",
    "Card",
    "CardInfo",
    "CascadeError",
    "Customer",
    "HostToHostRequest",
    "InitPaymentRequest",
    "PaymentResult",
    "RecurrentRequest",
    "RecurrentResult",
    "RefundRequest",
    "RefundResult",
    "ReportRequest",
    "ReportTask",
    "Status",
    "TransactionInfo",
    "Urls",
    "WithdrawalRequest",
    "WithdrawalResult",
    "is_final",
    "mask_pan",
    "status_label",
]
