"""The longest time the desk's GUI thread cannot handle an event while it works the hardest.

The whole main window (offscreen, 1280×800) on the sandbox profile, the sandbox a process of its own with
1 s of latency on every API answer (as a remote gateway). With the Reports tab in front, started 40 ms
apart: payout-balance refreshes every 300 ms (each 1 s; the panel never runs two at once), a lookup
(POST /check, 1 s), an export of the last 90 days' payments (create the task, poll, download, open in the
viewer), and the opening of the 100,000-row report from disk. The first run of each process counts (the
first report a desk opens is the usual case). A QTimer probe every PROBE_MS on the GUI thread
notes the longest gap between its firings until all of it is done.

    python benchmarks/bench_stall.py REPORT.xlsx [--repeat N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import probe
from bench_client import start_sandbox
from probe import StallProbe, emit, wait_until

LATENCY_MS = 1000


def desk(url: str, data_dir: Path) -> Any:
    """The main window on the "Sandbox" profile, bound to the sandbox at `url`, shown and idle."""
    from keyring.backends.null import Keyring as NullKeyring  # never the real keyring: the secret is passed

    from smartpay_desk.sandbox.server import SECRET
    from smartpay_desk.services.profiles.credentials import CredentialStore
    from smartpay_desk.ui.app import freeze_start_up_objects, make_application
    from smartpay_desk.ui.context import DeskContext
    from smartpay_desk.ui.main_window import MainWindow
    from smartpay_desk.ui.session import SessionManager
    from smartpay_desk.ui.worker import TaskRunner

    make_application(["bench"])
    ctx = DeskContext(TaskRunner())
    remote = SimpleNamespace(url=url, _httpd=True)  # what SessionManager needs of an embedded sandbox
    sessions = SessionManager(ctx, data_dir, credentials=CredentialStore(backend=NullKeyring()), sandbox=remote)
    sessions.open_now("Sandbox", SECRET)
    window = MainWindow(ctx, sessions)
    window.resize(1280, 800)
    settled: list[bool] = []
    window.settled.connect(lambda: settled.append(True))
    window.show()
    window.build_remaining_tabs()  # what the application does after the first paint (ui/app.py, Desk)
    wait_until(lambda: bool(settled))
    freeze_start_up_objects()
    settle = time.perf_counter() + 1.0
    wait_until(lambda: time.perf_counter() > settle)
    return window


def busy_run(window: Any, report: Path, stall: StallProbe) -> dict[str, float]:
    from PySide6.QtCore import QTimer

    from smartpay_desk.ui.tabs.lookup import LookupTab
    from smartpay_desk.ui.tabs.payouts import PayoutsTab
    from smartpay_desk.ui.tabs.reports import ReportsTab

    reports: Any = window.page(ReportsTab)
    lookup: Any = window.page(LookupTab)
    balance: Any = window.page(PayoutsTab).balance_box
    window.tabs.setCurrentWidget(reports)
    settle = time.perf_counter() + 0.5
    wait_until(lambda: time.perf_counter() > settle)
    loads: list[int] = []
    reports.viewer.loaded.connect(loads.append)
    reads = {"count": 0}
    refresher = QTimer()
    refresher.setInterval(300)

    def refresh() -> None:
        if not balance.is_refreshing():
            reads["count"] += 1
            balance.refresh()

    refresher.timeout.connect(refresh)
    stall.start()
    started = time.perf_counter()
    refresher.start()
    today = date.today()
    # One user action after another, 40 ms apart (nobody clicks four things in the same millisecond); the
    # export's own file replaces the 100,000 rows in the viewer when it arrives, about 3 s later.
    actions = [
        refresh,
        lambda: lookup.lookup("hist-0001", quiet=True),
        lambda: reports.export_and_open("Payment", 2, today - timedelta(days=90), today),
        lambda: reports.viewer.open(report),
    ]
    for number, action in enumerate(actions):
        QTimer.singleShot(40 * number, action)
    wait_until(lambda: time.perf_counter() - started > 0.5, timeout_s=5)
    wait_until(lambda: len(loads) >= 2 and not lookup.is_refreshing() and reports.task is None, timeout_s=120)
    refresher.stop()
    wait_until(lambda: not balance.is_refreshing(), timeout_s=30)
    longest = stall.stop()
    return {"longest": longest, "over16": stall.over(16), "seconds": time.perf_counter() - started,
            "balance_reads": reads["count"], "report_rows": loads[0]}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("report", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    process, url = start_sandbox(["--latency-ms", str(LATENCY_MS), "--report-delay-s", "0.5"])
    try:
        with tempfile.TemporaryDirectory(prefix="smartpay-bench-desk-") as data_dir:
            window = desk(url, Path(data_dir))
            stall = StallProbe()
            runs = [busy_run(window, args.report, stall) for _ in range(args.repeat)]
            window.close()
    finally:
        process.terminate()
        process.wait(10)
    worst = [r["longest"] for r in runs]
    emit("gui_stall_ms", sorted(worst)[len(worst) // 2], "ms", worst_of_runs=max(worst), runs=worst,
         stalls_over_16ms=[r["over16"] for r in runs], seconds=[r["seconds"] for r in runs],
         balance_reads=runs[0]["balance_reads"], probe_ms=probe.PROBE_MS)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
