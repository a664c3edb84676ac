"""The task runner: results come back on the GUI thread, and nothing of a finished call stays behind."""

from __future__ import annotations

import threading
from typing import Any

import shiboken6

from smartpay_desk.ui.worker import TaskRunner


def test_finished_workers_are_deleted_by_their_own_threads(qtbot: Any) -> None:
    runner = TaskRunner()
    results: list[tuple[int, bool]] = []
    progress: list[object] = []

    def job(number: int, progress: Any = None, cancelled: Any = None) -> int:
        if progress is not None:
            progress(number)
        return number

    def done(number: int) -> None:
        results.append((number, threading.current_thread() is threading.main_thread()))

    tasks = [
        runner.start(job, number, with_progress=number % 2 == 0, on_progress=progress.append, on_success=done)
        for number in range(12)
    ]
    workers = [task.worker for task in tasks]
    qtbot.waitUntil(lambda: runner.active_count() == 0, timeout=10_000)
    assert sorted(results) == [(n, True) for n in range(12)], "every result, on the GUI thread"
    assert sorted(progress) == [0, 2, 4, 6, 8, 10]  # type: ignore[type-var]
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(w) for w in workers), timeout=5_000)
    tasks[0].cancel()  # a late Cancel on a finished task is harmless


def test_shutdown_waits_for_running_calls(qtbot: Any) -> None:
    runner = TaskRunner()
    release = threading.Event()
    task = runner.start(release.wait, 5, on_success=lambda _: None)
    worker = task.worker
    release.set()
    assert runner.shutdown(timeout_ms=5_000)
    assert runner.active_count() == 0 and not task.thread.isRunning()
    qtbot.waitUntil(lambda: not shiboken6.isValid(worker), timeout=5_000)
