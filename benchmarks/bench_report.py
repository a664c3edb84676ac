"""Open a large report in the viewer (offscreen), as the Reports tab does: first rows, full load, GUI stalls,
peak memory; then sort by every column and filter every way; and what a full garbage collection costs with the
report open.

    python benchmarks/bench_report.py REPORT.xlsx [--repeat N]

Prints JSON lines (see probe.emit). Run as a process of its own so peak memory is this open alone.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import probe  # noqa: F401 - sets QT_QPA_PLATFORM before Qt loads
from probe import ChildPeak, StallProbe, emit, median, peak_rss_mb, timed, wait_until

BARE = """
import sys, time
from python_calamine import CalamineWorkbook
started = time.perf_counter()
book = CalamineWorkbook.from_path(sys.argv[1])
rows = book.get_sheet_by_index(0).to_python()
print(time.perf_counter() - started, len(rows))
"""


def bare_calamine_s(path: Path) -> float:
    """The floor: python-calamine reading every cell of the first sheet into Python lists, timed inside a
    process of its own (interpreter start-up not counted, so the viewer's child pays more than this)."""
    done = subprocess.run([sys.executable, "-c", BARE, str(path)], capture_output=True, check=True, text=True)
    elapsed, rows = done.stdout.split()
    assert int(rows) > 1
    return float(elapsed)


class ViewerRun:
    """One open of `path` in a shown ReportViewer, with the stall probe running throughout."""

    def __init__(self, viewer: Any, path: Path) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.viewer = viewer
        self.path = path
        self.first_rows_s: float | None = None
        self.loaded_s: float | None = None
        self._started = 0.0
        run = self

        class PaintWatch(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint and run.first_rows_s is None and viewer.model.rowCount():
                    QTimer.singleShot(0, run._painted)  # runs once this paint has finished
                return False

        self._watch = PaintWatch()
        viewer.view.viewport().installEventFilter(self._watch)
        viewer.loaded.connect(self._loaded)
        viewer.failed.connect(self._loaded)

    def _painted(self) -> None:
        if self.first_rows_s is None:
            self.first_rows_s = time.perf_counter() - self._started

    def _loaded(self, *_: Any) -> None:
        self.loaded_s = time.perf_counter() - self._started

    def open(self) -> None:
        self.first_rows_s = self.loaded_s = None
        self._started = time.perf_counter()
        self.viewer.open(self.path)


def make_viewer() -> Any:
    from PySide6.QtWidgets import QApplication

    from smartpay_desk.ui.app import freeze_start_up_objects, make_application
    from smartpay_desk.ui.report_viewer import ReportViewer

    make_application(["bench"])
    viewer = ReportViewer()
    viewer.resize(1280, 800)
    viewer.show()
    QApplication.processEvents()
    freeze_start_up_objects()  # as the desk does once its tabs are built (ui/app.py)
    return viewer


def load(viewer: Any, path: Path, stall: StallProbe) -> tuple[float, float, float, int]:
    """Open `path`; (first rows painted s, full load s, longest stall ms, stalls over 16 ms)."""
    run = ViewerRun(viewer, path)
    stall.start()
    run.open()
    wait_until(lambda: run.loaded_s is not None and not viewer.model.counting, timeout_s=120)
    wait_until(
        lambda: not viewer._summary_timer.isActive() and viewer.model.search_text_ready() and viewer.model.sealed(),
        timeout_s=10,
    )
    settle_until = time.perf_counter() + 0.3  # the last repaints and the charts
    wait_until(lambda: time.perf_counter() > settle_until)
    longest = stall.stop()
    assert run.first_rows_s is not None and run.loaded_s is not None
    assert not viewer.error, viewer.error
    return run.first_rows_s, run.loaded_s, longest, stall.over(16)


def sort_and_filter(viewer: Any) -> tuple[float, str, float, str]:
    """The slowest first sort of any column (both ways) and the slowest filter, in ms, with their names."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from smartpay_desk.ui.report_viewer import RowFilter

    model = viewer.model
    sorts: dict[str, float] = {}
    for column, header in enumerate(model.table.headers):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            started = time.perf_counter()
            viewer.view.sortByColumn(column, order)
            QApplication.processEvents()  # the repaint the operator waits for
            sorts[f"{header} {order.name}"] = (time.perf_counter() - started) * 1000
    viewer.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    table = model.table
    created = [v for v in table.columns[table.created_at] if v is not None]
    low, high = sorted(created)[len(created) // 4], sorted(created)[len(created) // 2]
    filters = {
        "text": RowFilter(text="hist-050"),
        "text, no match": RowFilter(text="no such order"),
        "status": RowFilter(statuses=frozenset(["fail"])),
        "type": RowFilter(types=frozenset(["Refund"])),
        "date range": RowFilter(date_from_ms=low, date_to_ms=high),
        "all four": RowFilter(
            text="4", statuses=frozenset(["success"]), types=frozenset(["Payment"]), date_from_ms=low, date_to_ms=high
        ),
        "none": RowFilter(),
    }
    table._haystack = []  # as if the search text had not been built yet (a search right after the load)
    started = time.perf_counter()
    model.set_filter(filters["text"])
    QApplication.processEvents()
    cold = (time.perf_counter() - started) * 1000
    times: dict[str, float] = {}
    for name, row_filter in filters.items():
        started = time.perf_counter()
        model.set_filter(row_filter)
        QApplication.processEvents()
        times[name] = (time.perf_counter() - started) * 1000
        model.settle()
    worst_sort = max(sorts, key=sorts.__getitem__)
    worst_filter = max(times, key=times.__getitem__)
    said = f"{worst_filter}; a text search before the search text is built: {cold:.0f} ms"
    return sorts[worst_sort], worst_sort, times[worst_filter], said


def full_collection_ms(viewer: Any) -> tuple[float, float]:
    """A full garbage collection with the report open, in ms (median of 5), the start-up objects frozen as the
    desk freezes them: as the viewer keeps the report (sealed as tuples), and with the same columns as lists
    (how they were kept before sealing)."""
    import gc

    table = viewer.model.table
    assert all(isinstance(column, tuple) for column in table.columns)
    sealed = median(timed(gc.collect, 5)) * 1000
    sealed_columns = table.columns
    table.columns = [list(column) for column in sealed_columns]
    as_lists = median(timed(gc.collect, 5)) * 1000
    table.columns = sealed_columns
    return sealed, as_lists


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    viewer = make_viewer()
    child = ChildPeak(viewer.reader)
    stall = StallProbe()
    baselines, firsts, fulls, stalls, overs = [], [], [], [], []
    for _ in range(args.repeat):
        baselines.append(bare_calamine_s(args.path))
        first, full, longest, over = load(viewer, args.path, stall)
        firsts.append(first)
        fulls.append(full)
        stalls.append(longest)
        overs.append(over)
    rows = viewer.model.rowCount()
    sealed_ms, lists_ms = full_collection_ms(viewer)
    emit("report_first_rows_s", median(firsts), "s", rows=rows, runs=firsts)
    base = median(baselines)
    emit("report_full_load_ratio", median(fulls) / base, "ratio", baseline=base, full_load_s=median(fulls), runs=fulls)
    emit("report_open_stall_ms", median(stalls), "ms", worst_of_runs=max(stalls), stalls_over_16ms=overs, runs=stalls)
    worst_sort, sort_name, worst_filter, filter_name = sort_and_filter(viewer)
    emit("sort_ms", worst_sort, "ms", slowest=sort_name, rows=rows)
    emit("filter_ms", worst_filter, "ms", slowest=filter_name, rows=rows)
    emit("report_peak_rss_mb", peak_rss_mb(), "MB", reader_process_mb=child.peak)
    emit("report_gc_full_ms", sealed_ms, "ms", columns_as_lists_ms=lists_ms, rows=rows)
    viewer.reader.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
