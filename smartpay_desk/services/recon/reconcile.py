"""A gateway report reconciled with a journal (any `JournalStore`: the SQLite one or the team's). Blocking.

    report, result = reconcile_file(journal, "smartpay-payment-successful-2025-01-01-2025-01-31.xlsx",
                                    profile="Sandbox")
    result = reconcile(journal, report, profile="Sandbox")       # a report already read (the viewer's)

The journal is read once for the report's scope (its types, its days with a day's margin either side:
`load_entries`), the explanations once; `match.match` does the rest in memory. A row the first pass finds in no
loaded entry is looked up by its order id alone (an entry written long before its report's days), so "in the
report, not in the journal" is said only of what the journal really does not hold.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, tzinfo
from pathlib import Path

from ..journal.interface import JournalStore
from ..journal.model import JournalEntry
from ..journal.states import Kind
from .match import DiffClass, Reconciliation, match
from .report import GatewayReport, Scope, read_report, scope_of, window

LOAD_KINDS = {
    "Payment": (Kind.PAYMENT_LINK, Kind.PAYMENT_H2H, Kind.AUTHORIZE, Kind.RECURRENT),
    "Withdrawal": (Kind.WITHDRAWAL,),
    "Refund": (Kind.REFUND,),
}
MAX_LOOKUPS = 500  # rows looked up one by one after the first pass (more: they were made elsewhere)


def load_entries(journal: JournalStore, scope: Scope, profile: str | None = None) -> list[JournalEntry]:
    """The entries a report of `scope` is matched with: its kinds, written in its days (a day's margin either
    side), oldest first; for payments also the captures and cancels since (they settle authorizations).
    `profile`: only this profile's (a team journal keeps one merchant's entries and ignores it)."""
    since, until = window(scope)
    kinds = [str(k) for t in scope.types for k in LOAD_KINDS.get(t, ())]
    found = journal.entries(kind=kinds, since=since, until=until, profile=profile, newest_first=False) if kinds else []
    if "Payment" in scope.types:
        follow = (str(Kind.CAPTURE), str(Kind.CANCEL))
        found += journal.entries(kind=follow, since=since, profile=profile, newest_first=False)
    return found


def reconcile(
    journal: JournalStore, report: GatewayReport, *, profile: str | None = None, scope: Scope | None = None
) -> Reconciliation:
    """`report` matched with what `journal` holds for its scope (scope_of(report) unless given)."""
    scope = scope or scope_of(report)
    entries = load_entries(journal, scope, profile)
    explanations = journal.explanations()
    result = match(report.rows, entries, scope, explanations)
    strays = [d.row.order_id for d in result.differences
              if d.cls is DiffClass.REPORT_ONLY and d.row is not None and d.row.type != "Refund"]  # fmt: skip
    if not strays or len(strays) > MAX_LOOKUPS:
        return result
    loaded = {e.id for e in entries}
    creators = {str(k) for kinds in LOAD_KINDS.values() for k in kinds if k != Kind.REFUND}
    extra = [e for order_id in dict.fromkeys(strays) if (e := journal.entry(order_id, profile)) is not None
             and e.id not in loaded and e.order_id == order_id and e.kind in creators]  # fmt: skip
    return match(report.rows, [*entries, *extra], scope, explanations) if extra else result


def reconcile_file(
    journal: JournalStore,
    path: str | Path,
    *,
    profile: str | None = None,
    statuses: Sequence[str] | None = None,
    days: tuple[date, date] | None = None,
    zone: tzinfo | None = None,
) -> tuple[GatewayReport, Reconciliation]:
    """Read `path` (report.read_report: NotAGatewayReport for anything else) and reconcile it; `statuses`,
    `days` and `zone` as report.scope_of takes them."""
    report = read_report(path)
    scope = scope_of(report, statuses=statuses, days=days, zone=zone)
    return report, reconcile(journal, report, profile=profile, scope=scope)
