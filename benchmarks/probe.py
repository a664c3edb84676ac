"""Helpers shared by the benchmark scripts: a GUI-stall probe, peak memory, medians, JSON-line output."""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from typing import Any

if "QT_QPA_PLATFORM" not in os.environ:
    # Offscreen, on a 1920 × 1080 screen (the plugin's default is 800 × 800): the desk sizes its window to the
    # screen, and the start-up benchmark compares it with a bare 1280 × 800 window, which must fit as well.
    _screen = os.path.join(tempfile.gettempdir(), "smartpay-desk-bench-screen.json")
    with open(_screen, "w", encoding="utf-8") as _fh:
        json.dump({"screens": [{"name": "bench", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}, _fh)  # fmt: skip
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
# Compiled bytecode cached (outside the source tree) as an installed program has it, for this process's own
# children too (the report reader): with PYTHONDONTWRITEBYTECODE every start compiles the desk's modules again.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ.setdefault("PYTHONPYCACHEPREFIX", os.path.join(tempfile.gettempdir(), "smartpay-desk-bench-pycache"))

PROBE_MS = 2


def emit(name: str, value: float, unit: str, **extra: Any) -> None:
    """One result: a JSON object on its own line (what run.py collects)."""
    row: dict[str, Any] = {"name": name, "value": _round(value), "unit": unit}
    row.update({k: _round(v) for k, v in extra.items()})
    print(json.dumps(row), flush=True)


def _round(value: Any) -> Any:
    """Four significant digits (floats, and floats in lists)."""
    if isinstance(value, float):
        return float(f"{value:.4g}")
    if isinstance(value, list):
        return [_round(v) for v in value]
    return value


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def timed(call: Callable[[], object], count: int) -> list[float]:
    """Seconds each of `count` calls of `call` took."""
    out = []
    for _ in range(count):
        started = time.perf_counter()
        call()
        out.append(time.perf_counter() - started)
    return out


def peak_rss_mb(pid: int | str = "self") -> float:
    """Peak resident memory of a process (this one by default), in MB: VmHWM from /proc on Linux.
    (getrusage's ru_maxrss is no good here: on Linux a process inherits its parent's figure across fork
    and exec, so every benchmark process would report at least run.py's own peak.)"""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    if pid != "self":
        return 0.0
    import resource

    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB elsewhere
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6


class ChildPeak:
    """Watch the report reader's process (every 5 ms, while it runs) and keep its peak memory."""

    def __init__(self, reader: Any) -> None:
        from PySide6.QtCore import QTimer

        self.reader = reader
        self.peak = 0.0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        process = getattr(self.reader, "_process", None)
        if process is not None and process.processId():
            self.peak = max(self.peak, peak_rss_mb(process.processId()))


class StallProbe:
    """A QTimer firing every PROBE_MS on the GUI thread; the longest gap between two firings is the
    longest time the GUI thread could not handle an event (a click, a paint)."""

    def __init__(self, interval_ms: int = PROBE_MS) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = 0.0

    def start(self) -> None:
        self.gaps = []
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest_ms()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def longest_ms(self) -> float:
        return max(self.gaps, default=0.0) * 1000

    def over(self, ms: float) -> int:
        return sum(1 for g in self.gaps if g * 1000 > ms)


def wait_until(condition: Any, timeout_s: float = 60.0) -> None:
    """Run the Qt event loop (as the app would) until condition() is true."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_s
    poll = QTimer()
    poll.setInterval(1)

    def check() -> None:
        if condition() or time.perf_counter() > deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError("the benchmark waited too long")
