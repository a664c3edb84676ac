"""The gateway's refunds of an order, as far as its Refund report tells them (order_view.py says what is known).

The gateway's /check does not return refunds; its reports API does (services/reports/tasks.py): one task per
status (2 success, 1 processing) of type Refund for the order's period (the day its payment ended to today),
downloaded and read (services/reports/xlsx) in the worker that asks, seconds after the /check, never before it.
The rows are kept in memory per period for `ttl_s` (one `RefundReports` per OperationsService, i.e. per
profile), and forgotten when the gateway declines a refund (what it knows has changed since).

A report row has no parent order id: its "Order ID" is the refund's own id. So a row is this order's only when
it names the order (a gateway may list refunds under the payment's order id, or in a parent column); a row that
is one of this journal's refunds (by refund id) is counted by the journal already; a row on the same card and
customer, since the payment ended and not above what was paid, *may* be this order's (or another payment's by
the same customer): that is said, never counted as fact.
"""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any

from ...api.errors import ApiError
from ...api.models import TransactionInfo
from ...api.said import said, sentence_of
from ..journal.interface import JournalStore
from ..reports.tasks import ReportClient, create_and_download, report_request
from . import history
from .order_view import GatewayRefunds, OrderView, ReportRefund

TTL_S = 300.0
STATUSES = (2, 1)  # success, processing: both are refunds the gateway holds
DEFAULT_DAYS = 90  # the period when the payment's end is not known
_SLACK_MS = 60_000  # clocks differ: a refund up to a minute "before" the payment ended may still be of it
_PARENT_COLUMNS = ("parent order id", "parent order", "parent")


@dataclass(frozen=True)
class ReportRow:
    """One row of a Refund report, typed (money in minor units, times in unix ms)."""

    order_id: str
    kind: str
    status: str
    amount: int | None
    currency: str
    created_ms: int | None
    card: str
    customer: str
    parent: str  # a parent column's value, where the report has one ("" otherwise)


class RefundReports:
    """The Refund report per period, read through the reports API and kept for `ttl_s` seconds."""

    def __init__(
        self, client: ReportClient, *, ttl_s: float = TTL_S, poll_s: float = 0.25, max_wait_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:  # fmt: skip
        self.client = client
        self.ttl_s = ttl_s
        self.poll_s = poll_s
        self.max_wait_s = max_wait_s
        self._clock = clock
        self._lock = threading.Lock()
        self._kept: dict[tuple[date, date], tuple[float, str, list[ReportRow]]] = {}
        self.downloads = 0  # how many reports were fetched (tests: the cache is used)

    def rows(self, first_day: date, last_day: date) -> tuple[list[ReportRow], str]:
        """(the rows of both statuses, the local time they were read as HH:MM). Raises ApiError or
        ReportFileError (services/reports/xlsx/checks.py) when the report cannot be had."""
        key = (first_day, last_day)
        with self._lock:
            kept = self._kept.get(key)
            if kept is not None and self._clock() - kept[0] < self.ttl_s:
                return kept[2], kept[1]
        found: list[ReportRow] = []
        with tempfile.TemporaryDirectory(prefix="smartpay-refunds-") as folder:
            for status in STATUSES:
                req = report_request("Refund", status, first_day, last_day)
                path = create_and_download(
                    self.client, req, Path(folder) / f"refunds-{status}.xlsx", poll_interval=self.poll_s,
                    max_wait_s=self.max_wait_s,
                )  # fmt: skip
                self.downloads += 1
                found += _rows(path)
        read_at = f"{datetime.now():%H:%M}"
        with self._lock:
            self._kept[key] = (self._clock(), read_at, found)
        return found, read_at

    def forget(self) -> None:
        """Read the report again next time (the gateway declined a refund: it knows more than was read)."""
        with self._lock:
            self._kept.clear()


def _rows(path: Path) -> list[ReportRow]:
    from ..reports.xlsx.checks import ReportFileError  # the xlsx reader, loaded when a report is first read
    from ..reports.xlsx.reader import read_table

    table = read_table(path)
    keys = [" ".join(h.split()).casefold() for h in table.headers]
    if not table.gateway:
        raise ReportFileError(
            said("{file} is not a gateway report (no Order ID, Status, Amount, Currency).", file=path.name)
        )

    def column(*names: str) -> list[Any]:
        for name in names:
            if name in keys:
                return table.columns[keys.index(name)]
        return [None] * table.rows

    columns = zip(
        column("order id"), column("type"), column("status"), column("amount"), column("currency"),
        column("created"), column("card"), column("customer"), column(*_PARENT_COLUMNS), strict=True,
    )  # fmt: skip
    return [
        ReportRow(
            str(order or ""),
            str(kind or ""),
            str(status or ""),
            amount if isinstance(amount, int) else None,
            str(currency or ""),
            created if isinstance(created, int) else None,
            str(card or ""),
            " ".join(str(customer or "").split()),
            str(parent or ""),
        )
        for order, kind, status, amount, currency, created, card, customer, parent in columns
    ]


def period(info: TransactionInfo, today: date | None = None) -> tuple[date, date]:
    """From the (local) day the payment ended to today; the last DEFAULT_DAYS days when its end is unknown."""
    today = today or date.today()
    ended = _ended_ms(info)
    first = datetime.fromtimestamp(ended / 1000).date() if ended is not None else today - timedelta(DEFAULT_DAYS)
    return min(first, today), today


def _ended_ms(info: TransactionInfo) -> int | None:
    if not info.endDate:
        return None
    try:
        return int(datetime.fromisoformat(info.endDate.replace("Z", "+00:00")).timestamp() * 1000)
    except ValueError:
        return None


def order_refunds(
    order: OrderView, rows: list[ReportRow], ours: dict[str, str], currency: str, days: tuple[date, date],
    read_at: str,
) -> GatewayRefunds:  # fmt: skip
    """What the rows say about `order`; `ours`: {refund id: parent order id} of this journal's refunds."""
    info = order.info
    card = info.card.number if info.card is not None and info.card.number else ""
    customer = " ".join(" ".join(p for p in (info.firstName, info.lastName) if p).split()).casefold()
    ended = _ended_ms(info)
    exact: list[ReportRefund] = []
    possible: list[ReportRefund] = []
    mine: list[ReportRefund] = []
    for row in rows:
        if row.amount is None or (row.kind and row.kind.casefold() != "refund"):
            continue
        if row.currency and row.currency != currency:
            continue
        refund = ReportRefund(row.order_id, row.amount, row.status, _utc(row.created_ms))
        parent = ours.get(row.order_id)
        if parent is not None:  # one of this desk's refunds: the journal counts it (of this order or another)
            if parent == order.order_id:
                mine.append(refund)
        elif order.order_id in (row.order_id, row.parent):
            exact.append(refund)
        elif card and row.card == card and (not customer or row.customer.casefold() == customer):
            after = ended is None or row.created_ms is None or row.created_ms >= ended - _SLACK_MS
            if after and row.amount <= order.paid:
                possible.append(refund)
    return GatewayRefunds(days[0], days[1], read_at, "", tuple(exact), tuple(possible), tuple(mine))


def read_for(
    order: OrderView, reports: RefundReports, journal: JournalStore, profile: str, currency: str
) -> GatewayRefunds:
    """What the Refund report of the order's period says of it; never raises: a report that cannot be had
    (an ApiError, a file that cannot be read, anything) is said in `problem`, never taken for "no refunds"."""
    days = period(order.info)
    try:
        rows, read_at = reports.rows(*days)
        ours = history.refund_ids(journal, profile, datetime.combine(days[0], dtime.min).astimezone())
    except Exception as exc:
        return unreadable(days, exc)
    return order_refunds(order, rows, ours, currency, days, read_at)


def unreadable(days: tuple[date, date], exc: BaseException) -> GatewayRefunds:
    """The report could not be had: say why (an ApiError's sentence, a file that could not be read…)."""
    from ..reports.xlsx.checks import ReportFileError

    if isinstance(exc, ApiError):
        why = exc.user_message()
    elif isinstance(exc, ReportFileError):
        why = sentence_of(exc)
    else:
        why = said("the report could not be read ({name})", name=type(exc).__name__)
    return GatewayRefunds(days[0], days[1], problem=why or said("the report could not be read"))


def _utc(ms: int | None) -> str:
    return "" if ms is None else f"{datetime.fromtimestamp(ms / 1000, UTC):%Y-%m-%d %H:%M} UTC"
