"""Reconciliation (issue 16): a 100,000-row gateway report matched with a 100,000-entry journal, after both are
loaded, as `smartpay reconcile-report` and the desk's Reports tab do it (services/recon/match.match).

    reconcile_100k_ms   matching every row with the journal and classing every difference, median of --repeat
                        runs. Goal ≤ 1,000 ms.
    reconcile_gui_stall_ms
                        the longest the GUI thread cannot handle an event while the desk reconciles the same report
                        with the same journal as a clerk does: the report open in the viewer (offscreen, 1280×800,
                        Needs attention beside it and its count in the status bar), "Reconcile with journal"
                        clicked; the journal an SQLite file of the desk's own schema, read by the viewer's worker
                        (ui/report_viewer/recon.py), until the rows are marked and Needs attention lists the
                        differences. A QTimer every 1 ms on the GUI thread notes the longest gap (as bench_stall.py
                        does); median of --repeat runs, the first run's figure said too. Goal ≤ 16 ms.

The report is the benchmarks' 100,000-row sandbox export (report_file.py) read by the viewer's reader in this
process (its read time is said as `report_read_s`, not counted); without one, rows like it are made here. The
journal is the one a desk that made those operations would hold: one entry per row (payments, payouts, refunds
with the refund id the journal notes), in the state its status means, with differences planted: every 100th amount
changed, every 250th row's entry missing (made elsewhere), 500 entries the report lacks. The classes found are
checked against what was planted, so a fast wrong answer cannot pass.

    python benchmarks/bench_recon.py [REPORT.xlsx] [--repeat 5] [--no-gui]
"""

from __future__ import annotations

import argparse
import contextlib
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

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


def journal_file(path: Path, entries: list[JournalEntry]) -> Any:
    """An SQLite journal of the desk's schema holding `entries` (written straight into its table: the viewer only
    reads it), opened as the desk opens it."""
    import sqlite3

    from keyring.backends.null import Keyring as NullKeyring

    from smartpay_desk.services.journal.store import Journal

    Journal(path, keyring=NullKeyring()).close()  # the schema
    names = list(JournalEntry.__dataclass_fields__)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    insert = f"INSERT INTO entries ({','.join(names)}) VALUES ({','.join('?' * len(names))})"  # noqa: S608 - fields
    db.executemany(insert, [tuple(getattr(e, n) for n in names) for e in entries])
    db.execute("COMMIT")
    db.close()
    return Journal(path, keyring=NullKeyring())


def desk_on(journal: Any, profile: str) -> tuple[Any, Any, Any]:
    """The Reports tab's viewer and Needs attention (its count in the status bar) of a desk whose profile in front
    keeps `journal`: (window, viewer, triage tab)."""
    from PySide6.QtWidgets import QMainWindow, QTabWidget

    from smartpay_desk.ui.app import make_application
    from smartpay_desk.ui.context import DeskContext, ProfileSession
    from smartpay_desk.ui.report_viewer import ReportViewer
    from smartpay_desk.ui.tabs.triage import TriageTab
    from smartpay_desk.ui.worker import TaskRunner

    make_application(["bench"])
    ctx = DeskContext(TaskRunner())
    ctx.session = ProfileSession(SimpleNamespace(name=profile), SimpleNamespace(journal=journal))  # type: ignore[arg-type]
    window = QMainWindow()
    tabs = QTabWidget(window)
    viewer = ReportViewer(tabs, ctx)
    triage = TriageTab(ctx, tabs)
    tabs.addTab(viewer, "Reports")
    tabs.addTab(triage, "Needs attention")
    window.setCentralWidget(tabs)
    triage.watch.show_in(window)
    window.resize(1280, 800)
    window.show()
    return window, viewer, triage


def settled(condition: Any, *signals: Any, timeout_s: float = 120) -> None:
    """Run the event loop until condition() holds, looking when one of `signals` comes (and every 100 ms): unlike
    probe.wait_until, no Python call every millisecond on the GUI thread beside the probe's own."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_s

    def check(*_: object) -> None:
        if condition() or time.perf_counter() > deadline:
            loop.quit()

    fallback = QTimer()
    fallback.setInterval(100)
    fallback.timeout.connect(check)
    for signal in signals:
        signal.connect(check)
    fallback.start()
    if not condition():
        loop.exec()
    fallback.stop()
    for signal in signals:
        with contextlib.suppress(RuntimeError):  # its object is gone (a finished Task)
            signal.disconnect(check)
    if not condition():
        raise TimeoutError("the benchmark waited too long")


def idle(seconds: float) -> None:
    """Let the event loop run `seconds` (the window settles, as between a clerk's clicks)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def gui_stall(report: Path, repeat: int) -> None:
    """reconcile_gui_stall_ms (module docstring)."""
    import gc
    import tempfile

    from probe import StallProbe, wait_until

    from smartpay_desk.services.recon.report import report_from_table

    with tempfile.TemporaryDirectory(prefix="smartpay-bench-recon-") as folder:
        journal: Any = None
        window, viewer, triage = desk_on(None, "P")
        loaded: list[int] = []
        viewer.loaded.connect(loaded.append)
        viewer.open(report)
        wait_until(lambda: bool(loaded), timeout_s=120)
        recon = viewer.recon
        assert recon is not None
        table = recon._snapshot()
        assert table is not None
        rows = report_from_table(table, report).rows
        entries, planted = journal_for(rows)
        journal = journal_file(Path(folder) / "journal.sqlite3", entries)
        recon.ctx.session.ops.journal = journal
        triage.refresh()  # the desk has read what needs a person before the clerk reconciles
        wait_until(lambda: viewer.model.sealed() and viewer.model.search_text_ready() and triage.watch.task is None)
        gc.collect()
        gc.freeze()  # as the desk does once settled (ui/app.py freeze_start_up_objects)
        probe = StallProbe(1)
        news: list[str] = []  # this run's: the reconciliation kept, then Needs attention read again
        recon.ctx.reconciled.connect(lambda _path: news.append("reconciled"))
        triage.watch.changed.connect(lambda _items: news.append("listed") if "reconciled" in news else None)
        runs, took, over = [], [], []
        for _ in range(repeat):
            news.clear()
            probe.start()
            started = time.perf_counter()
            task = recon.reconcile()
            assert task is not None
            settled(lambda: recon.task is None and recon.result is not None, task.done)
            marked = time.perf_counter()
            settled(lambda: "listed" in news and triage.watch.task is None, triage.watch.changed)
            runs.append(probe.stop())
            over.append(probe.over(16))
            took.append(((marked - started) * 1000, (time.perf_counter() - started) * 1000))
            idle(0.5)  # the window settles between runs (a clerk reads the panel)
        result = recon.result
        found = Counter(str(d.cls) for d in result.differences)
        wrong = {k: (found[k], planted[k]) for k in set(found) | set(planted) if found[k] != planted[k]}
        assert not wrong, f"found ≠ planted: {wrong}"
        emit("reconcile_gui_stall_ms", median(runs), "ms", goal_ms=16, first_run=runs[0], runs=runs,
             stalls_over_16ms=over, marked_ms=[t[0] for t in took], listed_ms=[t[1] for t in took],
             rows=len(rows), entries=len(entries), differences=sum(found.values()),
             needs_attention=len(triage.model.items), probe_ms=1)  # fmt: skip
        viewer.stop()
        window.close()
        journal.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("report", nargs="?", type=Path, help="a 100,000-row gateway export (report_file.py)")
    parser.add_argument("--rows", type=int, default=100_000, help="rows made here when no report is given")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-gui", action="store_true", help="only reconcile_100k_ms")
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
    del rows, entries, result
    if not args.no_gui:
        if args.report:
            gui_stall(args.report, args.repeat)
        else:
            import tempfile

            from report_file import transactions, write_export

            with tempfile.TemporaryDirectory(prefix="smartpay-bench-report-") as folder:
                gui_stall(write_export(Path(folder) / "report.xlsx", transactions(args.rows)), args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
