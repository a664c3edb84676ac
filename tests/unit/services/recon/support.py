"""Journal entries and report rows made by hand, for the reconciliation's unit tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from smartpay_desk.services.journal.model import JournalEntry
from smartpay_desk.services.recon.report import ReportRow, Scope

DAY = date(2025, 3, 14)
NOON = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)
_ids = iter(range(1, 10**9))


def entry(order_id: str, kind: str = "payment_h2h", state: str = "succeeded", amount: int | None = 1000,
          *, note: str = "", at: datetime = NOON, parent: str | None = None, **kw: Any) -> JournalEntry:  # fmt: skip
    ref = order_id if kind not in ("refund", "capture", "cancel") else f"{kind}:{order_id}:{next(_ids)}"
    fields: dict[str, Any] = {
        "id": next(_ids), "created_at": at.isoformat(timespec="microseconds"), "operator": "anna",
        "profile": "P", "environment": "sandbox", "kind": kind, "order_id": order_id, "ref": ref,
        "parent_order_id": parent if parent is not None else (order_id if kind in ("refund", "capture", "cancel")
                                                              else None),
        "amount": amount, "currency": "EUR", "account": "EUR-sandbox", "destination": None, "state": state,
        "note": note, "updated_at": at.isoformat(timespec="microseconds"),
    }  # fmt: skip
    fields.update(kw)
    return JournalEntry(**fields)


def row(order_id: str, status: str = "success", amount: int | None = 1000, *, type: str = "Payment",
        at: datetime = NOON, index: int = 0, parent: str = "", currency: str = "EUR") -> ReportRow:  # fmt: skip
    return ReportRow(index, index + 2, order_id, type, status, amount, currency,
                     int(at.timestamp() * 1000) + 1500, parent)  # fmt: skip


def scope(*types: str, statuses: tuple[str, ...] = ("success",), first: date = DAY, last: date = DAY) -> Scope:
    return Scope(types or ("Payment",), statuses, first, last, UTC, "given")


def rows(*made: ReportRow) -> list[ReportRow]:
    """The rows numbered as a report would hold them."""
    return [ReportRow(i, i + 2, *list(vars(r).values())[2:]) for i, r in enumerate(made)]


def later(minutes: int) -> datetime:
    return NOON + timedelta(minutes=minutes)
