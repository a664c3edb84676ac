"""Reconciliation (issue 16): a 100,000-row gateway report matched with a 100,000-entry journal, after both are
loaded, as `smartpay reconcile-report` and the desk's Reports tab do it (services/recon/match.match).

    reconcile_100k_ms   matching every row with the journal and classing every difference, median of --repeat
                        runs. Goal ≤ 1,000 ms.

The report is the benchmarks' 100,000-row sandbox export (report_file.py) read by the viewer's reader in this
process (its read time is said as `report_read_s`, not counted); without one, rows like it are made here. The
journal is the one a desk that made those operations would hold: one entry per row (payments, payouts, refunds
with the refund id the journal notes), in the state its status means, with differences planted: every 100th amount
changed, every 250th row's entry missing (made elsewhere), 500 entries the report lacks. The classes found are
checked against what was planted, so a fast wrong answer cannot pass.

    python benchmarks/bench_recon.py [REPORT.xlsx] [--repeat 5]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from probe import emit, median

from smartpay_desk.services.journal.model import JournalEntry
from smartpay_desk.services.recon.match import DiffClass, match
from smartpay_desk.services.recon.report import GatewayReport, ReportRow, scope_of

KINDS = {"Payment": "payment_h2h", "Withdrawal": "withdrawal", "Refund": "refund"}
STATES = {"success": "succeeded", "fail": "failed", "processing": "processing"}


def made_rows(count: int) -> list[ReportRow]:
    start = int(datetime(2025, 1, 1, tzinfo=UTC).timestamp() * 1000)
    types, statuses = ("Payment",) * 8 + ("Withdrawal", "Refund"), ("success",) * 7 + ("fail", "fail", "processing")
    return [ReportRow(i, i + 2, f"hist-{i:06d}", types[i % 10], statuses[(i // 10) % 10], 100 + i % 9_000, "EUR",
                      start + i * 25_000) for i in range(count)]  # fmt: skip


def read_rows(path: Path) -> tuple[list[ReportRow], float]:
    from smartpay_desk.services.recon.report import report_from_table
    from smartpay_desk.services.reports.xlsx.reader import read_table

    started = time.perf_counter()
    report = report_from_table(read_table(path), path)
    return report.rows, time.perf_counter() - started


def journal_for(rows: list[ReportRow]) -> tuple[list[JournalEntry], Counter[str]]:
    """The entries a desk that made these operations holds, with differences planted; what should be found."""
    planted: Counter[str] = Counter()
    entries = []
    for n, row in enumerate(rows):
        state = STATES.get(row.status, "unknown")
        if n % 250 == 0:
            planted[DiffClass.REPORT_ONLY] += 1
            continue
        amount = row.amount if row.amount is not None else 0
        if state not in ("succeeded", "failed"):
            planted[DiffClass.STILL_OPEN] += 1
        elif n % 100 == 0:
            amount += 1
            planted[DiffClass.AMOUNT] += 1
        entries.append(_entry(n, row, state, amount))
    last = rows[-1]
    for n in range(500):
        gone = ReportRow(0, 0, f"lost-{n}", "Payment", "success", 1000, "EUR", last.created_ms)
        entries.append(_entry(len(rows) + n, gone, "succeeded", 1000))
        planted[DiffClass.JOURNAL_ONLY] += 1
    return entries, planted


def _entry(n: int, row: ReportRow, state: str, amount: int) -> JournalEntry:
    at = datetime.fromtimestamp((row.created_ms or 0) / 1000, UTC) - timedelta(milliseconds=300)
    kind = KINDS.get(row.type, "payment_h2h")
    refund = kind == "refund"
    order_id = f"parent-{n}" if refund else row.order_id
    note = f"refunded (refund id {row.order_id})" if refund else ""  # the link a desk's refund keeps
    when = at.isoformat(timespec="microseconds")
    return JournalEntry(n + 1, when, "bench", "P", "sandbox", kind, order_id, f"refund:{order_id}:{n}" if refund
                        else order_id, order_id if refund else None, amount, row.currency or "EUR", "EUR-sandbox",
                        None, state, note, when)  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("report", nargs="?", type=Path, help="a 100,000-row gateway export (report_file.py)")
    parser.add_argument("--rows", type=int, default=100_000, help="rows made here when no report is given")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rows, read_s = read_rows(args.report) if args.report else (made_rows(args.rows), 0.0)
    entries, planted = journal_for(rows)
    scope = scope_of(GatewayReport(args.report or Path("made.xlsx"), rows), zone=UTC)
    runs, found = [], Counter[str]()
    for _ in range(args.repeat):
        started = time.perf_counter()
        result = match(rows, entries, scope)
        runs.append((time.perf_counter() - started) * 1000)
        found = Counter(str(d.cls) for d in result.differences)
    wrong = {k: (found[k], planted[k]) for k in set(found) | set(planted) if found[k] != planted[k]}
    assert not wrong, f"found ≠ planted: {wrong}"
    emit("reconcile_100k_ms", median(runs), "ms", goal_ms=1000, rows=len(rows), entries=len(entries),
         differences=sum(found.values()), report_read_s=read_s, runs=runs)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
