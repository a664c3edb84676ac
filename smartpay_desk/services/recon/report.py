"""A gateway report read for reconciliation: its rows, typed, and what it covers (types, statuses, days). No Qt.

    report = read_report(path)           # the viewer's own reader, in its child process (hostile files refused)
    report = report_from_table(table, path)   # a table the viewer (or `smartpay sheet`) already read
    scope = scope_of(report)             # what it covers: from the desk's export name, else from its rows

A gateway report is an xlsx whose header names at least Order ID, Status, Amount and Currency (the reader's
"gateway export", services/reports/xlsx/layout.py): amounts come as integer minor units of the row's currency,
Created / Completed as unix milliseconds (UTC), statuses as words ("success", "fail", "processing",
"unknown (0)"). The sandbox writes one (sandbox/reports.py); the Reports tab saves it as
smartpay-<type>-<successful|processing|failed>-<first day>-<last day>.xlsx, one type and one status per file,
as the gateway exports them. Anything else raises NotAGatewayReport with one sentence.

What a report covers decides which journal entries should be in it:
- its types: the Type column's values (and the type its name says);
- its statuses: the status its name says (a copy keeps the name: "… (edited).xlsx" still counts), else the
  statuses its rows have. A report of one status whose rows were edited to another, under another name, needs
  the status said (`statuses=`, `smartpay reconcile-report --status`);
- its days: the name's, else from its first to its last row's Created, as whole days in the chosen zone
  (local by default).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...api.said import said, sentence_of

if TYPE_CHECKING:
    from ..reports.xlsx.table import Table

TYPES = ("Payment", "Withdrawal", "Refund")
STATUSES = ("success", "processing", "fail")
_NAMED = re.compile(
    r"smartpay-(payment|withdrawal|refund)-(successful|success|processing|failed|fail)-"
    r"(\d{4}-\d{2}-\d{2})-(\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)
_STATUS_WORDS = {"successful": "success", "success": "success", "processing": "processing", "failed": "fail",
                 "fail": "fail"}  # fmt: skip
_PARENT_COLUMNS = ("parent order id", "parent order", "parent")


class NotAGatewayReport(ValueError):
    """The file is not a gateway report (or cannot be read at all); its sentence (api/said.sentence_of) is one
    sentence for the clerk."""


@dataclass(frozen=True)
class ReportRow:
    """One row of a gateway report, typed. `index` is its place among the table's rows (from 0: the viewer's
    row), `sheet_row` its row number in the sheet (from 1, as the spreadsheet shows it)."""

    index: int
    sheet_row: int
    order_id: str
    type: str  # Payment | Withdrawal | Refund, as written ("" where the report has no Type column)
    status: str  # the reader's word: success | fail | processing | unknown (N) ("" when empty)
    amount: int | None  # minor units; None when empty or unreadable
    currency: str
    created_ms: int | None
    parent: str = ""  # a parent order id column's value, where the report has one

    @property
    def created(self) -> datetime | None:
        return None if self.created_ms is None else datetime.fromtimestamp(self.created_ms / 1000, UTC)

    def to_json(self) -> dict[str, Any]:
        created = self.created
        return {"row": self.sheet_row, "type": self.type, "status": self.status, "amount": self.amount,
                "currency": self.currency,
                "created": created.isoformat(timespec="seconds") if created else None}  # fmt: skip


@dataclass(frozen=True)
class ReportName:
    """What the desk's export name says: smartpay-payment-successful-2025-01-01-2025-01-31.xlsx."""

    type: str
    status: str
    first_day: date
    last_day: date


@dataclass
class GatewayReport:
    path: Path
    rows: list[ReportRow]
    named: ReportName | None = None
    notes: list[str] = field(default_factory=list)  # the reader's notes, and rows left out (no order id)


@dataclass(frozen=True)
class Scope:
    """What a report covers: which journal entries should be in it."""

    types: tuple[str, ...]
    statuses: tuple[str, ...]
    first_day: date | None  # None: the report has no dates (then nothing is missing from it)
    last_day: date | None
    zone: tzinfo | None = None  # None: this computer's local time
    source: str = "rows"  # "file name" | "rows" | "given"

    def start(self) -> datetime | None:
        return None if self.first_day is None else _at(self.first_day, time.min, self.zone)

    def end(self) -> datetime | None:
        return None if self.last_day is None else _at(self.last_day, time.max, self.zone)

    def zone_name(self) -> str:
        moment = self.start() or datetime.now().astimezone()
        return moment.tzname() or "local"

    def to_json(self) -> dict[str, Any]:
        return {"from": self.first_day.isoformat() if self.first_day else None,
                "to": self.last_day.isoformat() if self.last_day else None, "zone": self.zone_name(),
                "types": list(self.types), "statuses": list(self.statuses), "source": self.source}  # fmt: skip

    @property
    def words(self) -> str:
        """'Payment report, success, 2025-01-01 to 2025-01-31 (CET)' (a Said, api/said.py)"""
        days = said("no dates")
        if self.first_day:
            days = said("{first} to {last}", first=str(self.first_day), last=str(self.last_day))
        kinds = ", ".join(self.types) or said("every type")
        statuses = ", ".join(self.statuses) or said("every status")
        return said("{kinds} report, {statuses}, {days} ({zone})", kinds=kinds, statuses=statuses, days=days,
                    zone=self.zone_name())  # fmt: skip


def _at(day: date, clock: time, zone: tzinfo | None) -> datetime:
    return datetime.combine(day, clock, tzinfo=zone) if zone is not None else datetime.combine(day, clock).astimezone()


def day_of(millis: int, zone: tzinfo | None) -> date:
    moment = datetime.fromtimestamp(millis / 1000, UTC)
    return (moment.astimezone(zone) if zone is not None else moment.astimezone()).date()


def parse_name(path: str | Path) -> ReportName | None:
    found = _NAMED.search(Path(path).name)
    if found is None:
        return None
    kind, status, first, last = found.groups()
    try:
        return ReportName(kind.capitalize(), _STATUS_WORDS[status.lower()], date.fromisoformat(first),
                          date.fromisoformat(last))  # fmt: skip
    except ValueError:
        return None


def read_report(path: str | Path) -> GatewayReport:
    """Read `path` as the desk's viewer does (services/reports/xlsx/process.read_sheet: its own child process,
    memory cap, hostile files refused). Blocking: call it off the GUI thread. Raises NotAGatewayReport."""
    from ..reports.xlsx.checks import ReportFileError
    from ..reports.xlsx.process import read_sheet

    try:
        table = read_sheet(path)
    except ReportFileError as exc:
        raise NotAGatewayReport(sentence_of(exc)) from None
    except OSError as exc:
        raise NotAGatewayReport(said("{name} could not be read ({reason}).", name=Path(path).name,
                                     reason=exc.strerror or str(exc))) from None  # fmt: skip
    return report_from_table(table, path)


def report_from_table(table: Table, path: str | Path) -> GatewayReport:
    """The rows of a table read by the viewer's reader; NotAGatewayReport unless it is a gateway export."""
    name = Path(path).name
    if not table.gateway:
        raise NotAGatewayReport(
            said(
                "{name} is not a gateway report: its header does not name Order ID, Status, Amount and Currency.",
                name=name,
            )
        )
    keys = [" ".join(h.split()).casefold() for h in table.headers]

    def column(*names: str) -> Sequence[Any]:
        for wanted in names:
            if wanted in keys:
                return table.columns[keys.index(wanted)]
        return [None] * table.row_count

    first_row = table.header_row + 1 if table.header_row else 1
    rows: list[ReportRow] = []
    nameless = 0
    cells = zip(column("order id"), column("type"), column("status"), column("amount"), column("currency"),
                column("created"), column(*_PARENT_COLUMNS), strict=True)  # fmt: skip
    for i, (order, kind, status, amount, currency, created, parent) in enumerate(cells):
        order_id = str(order).strip() if order is not None else ""
        if not order_id:
            nameless += 1
            continue
        rows.append(ReportRow(
            i, first_row + i, order_id, _type(kind), str(status or ""),
            amount if isinstance(amount, int) and not isinstance(amount, bool) else None,
            str(currency or ""), created if isinstance(created, int) and not isinstance(created, bool) else None,
            str(parent).strip() if parent is not None else "",
        ))  # fmt: skip
    notes = list(table.notes)
    if nameless:
        notes.append(said("{count:,} rows have no order id and were left out of the reconciliation.", count=nameless))
    return GatewayReport(Path(path), rows, parse_name(path), notes)


def _type(value: Any) -> str:
    text = str(value).strip() if value is not None else ""
    return next((t for t in TYPES if t.casefold() == text.casefold()), text)


def scope_of(
    report: GatewayReport,
    *,
    statuses: Sequence[str] | None = None,
    days: tuple[date, date] | None = None,
    zone: tzinfo | None = None,
) -> Scope:
    """What `report` covers (module docstring); `statuses` / `days` say it instead of the name or the rows."""
    named = report.named
    types = sorted({r.type for r in report.rows if r.type in TYPES} | ({named.type} if named else set()))
    if not types and not any(r.type for r in report.rows):
        types = list(TYPES)  # no Type column: every type may be in it
    source = "file name" if named else "rows"
    if statuses:
        found = tuple(dict.fromkeys(statuses))
        source = "given"
    elif named is not None:
        found = (named.status,)
    else:
        found = tuple(s for s in STATUSES if any(r.status == s for r in report.rows))
    first: date | None
    last: date | None
    if days is not None:
        first, last = days
        source = "given"
    elif named is not None:
        first, last = named.first_day, named.last_day
    else:
        stamps = [r.created_ms for r in report.rows if r.created_ms is not None]
        first = day_of(min(stamps), zone) if stamps else None
        last = day_of(max(stamps), zone) if stamps else None
    return Scope(tuple(t for t in TYPES if t in types), found, first, last, zone, source)


def window(scope: Scope, margin: timedelta = timedelta(days=1)) -> tuple[datetime | None, datetime | None]:
    """The journal times to load for `scope`: its days and `margin` on either side (an entry written just before
    midnight may be the gateway's just after it)."""
    start, end = scope.start(), scope.end()
    return (start - margin if start else None), (end + margin if end else None)
