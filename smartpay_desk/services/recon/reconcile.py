"""A gateway report reconciled with a journal (any `JournalStore`: the SQLite one or the team's). Blocking.

    report, result = reconcile_file(journal, "smartpay-payment-successful-2025-01-01-2025-01-31.xlsx",
                                    profile="Sandbox")
    result = reconcile(journal, report, profile="Sandbox")       # a report already read (the viewer's)

The journal is read once for the report's scope (its types, its days with a day's margin either side:
`load_entries`), the explanations once; `match.match` does the rest in memory. A row the first pass finds in no
loaded entry is looked up by its order id alone (an entry written long before its report's days; one query for
them all), so "in the report, not in the journal" is said only of what the journal really does not hold.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, tzinfo
from pathlib import Path

from ..journal.interface import JournalStore
from ..journal.model import JournalEntry
from ..journal.states import Kind
from .collector import collector_paused, release
from .match import DiffClass, Reconciliation, match
from .report import GatewayReport, Scope, read_report, scope_of, window

LOAD_KINDS = {
    "Payment": (Kind.PAYMENT_LINK, Kind.PAYMENT_H2H, Kind.AUTHORIZE, Kind.RECURRENT),
    "Withdrawal": (Kind.WITHDRAWAL,),
    "Refund": (Kind.REFUND,),
}
MAX_LOOKUPS = 500  # rows looked up after the first pass (more: they were made elsewhere)


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
    with collector_paused():
        return _reconcile(journal, report, profile, scope or scope_of(report))


def _reconcile(journal: JournalStore, report: GatewayReport, profile: str | None, scope: Scope) -> Reconciliation:
    entries = load_entries(journal, scope, profile)
    explanations = journal.explanations()
    result = match(report.rows, entries, scope, explanations)
    strays = [d.row.order_id for d in result.differences
              if d.cls is DiffClass.REPORT_ONLY and d.row is not None and d.row.type != "Refund"]  # fmt: skip
    if strays and len(strays) <= MAX_LOOKUPS:
        loaded = {e.id for e in entries}
        creators = {str(k) for kinds in LOAD_KINDS.values() for k in kinds if k != Kind.REFUND}
        extra = _creators(journal.entries_for(dict.fromkeys(strays), profile=profile), loaded, creators)
        if extra:
            entries += extra
            result = match(report.rows, entries, scope, explanations)
    release(entries)  # 100,000 entries freed a slice at a time (collector.release)
    return result


def _creators(found: Sequence[JournalEntry], loaded: set[int], creators: set[str]) -> list[JournalEntry]:
    """Per order id, the entry that created it (journal.entry's choice: its ref is the order id, else the newest),
    of the entries not loaded yet. One query for every stray row (entries_for), not one per row: each of those
    took 30 ms on a 100,000-entry journal, 12 s for the 400 strays of bench_recon."""
    best: dict[str, JournalEntry] = {}
    for e in found:  # oldest first: a later one of the same rank replaces an earlier one
        if e.id in loaded or e.kind not in creators:
            continue
        kept = best.get(e.order_id)
        if kept is None or (e.ref == e.order_id) >= (kept.ref == kept.order_id):
            best[e.order_id] = e
    return list(best.values())


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
