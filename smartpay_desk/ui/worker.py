"""One worker shape for every gateway, keyring and disk call that could block the GUI thread.

    task = runner.start(service.refund, order_id, amount, reason,
                        on_success=self._show_result, on_failure=self._show_error)
    task.cancel()      # stop waiting: the callbacks are dropped; the call itself runs to its own deadline

A `Worker` (QObject with `run()`) is moved to its own QThread; it catches every exception and emits it
(pytest-qt cannot see exceptions raised in PySide6 slots). Results come back through a `Task` QObject that
lives on the GUI thread, so the callbacks always run there (never connect cross-thread signals to lambdas).

With `with_progress=True` the function is called with two extra keyword arguments:
`progress(value)` (emitted to `on_progress` on the GUI thread) and `cancelled()` (True once cancelled).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QObject, QThread, Signal, Slot


class Worker(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(object)
    finished = Signal()

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        super().__init__()
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # every failure must reach the GUI as a signal
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


class Task(QObject):
    """GUI-thread handle of one running call."""

    done = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        worker: Worker,
        thread: QThread,
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], None] | None,
        on_progress: Callable[[Any], None] | None,
    ) -> None:
        super().__init__(runner)
        self._runner = runner
        self.worker = worker
        self.thread = thread
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self.cancelled = False
        self.finished = False

    def cancel(self) -> None:
        """Stop waiting. The gateway is not told anything: what was sent stays sent (the journal knows)."""
        self.cancelled = True
        self.worker.cancel()

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        if not self.cancelled and self._on_success is not None:
            self._on_success(result)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        if not self.cancelled and self._on_failure is not None:
            assert isinstance(exc, BaseException)
            self._on_failure(exc)

    @Slot(object)
    def _progress(self, value: object) -> None:
        if not self.cancelled and self._on_progress is not None:
            self._on_progress(value)

    @Slot()
    def _thread_finished(self) -> None:
        if self.finished:  # shutdown() may have seen the end before the queued signal arrived
            return
        self.finished = True
        self._runner._forget(self)
        self.done.emit()


class TaskRunner(QObject):
    """Starts workers on their own threads and keeps them alive until they end, so no QThread is ever
    destroyed while running. `shutdown()` (from closeEvent) waits for the running ones, bounded by the
    client's own deadlines."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[Task] = set()

    def start(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        with_progress: bool = False,
        **kwargs: Any,
    ) -> Task:
        worker = Worker(fn, args, kwargs)
        if with_progress:
            kwargs["progress"] = worker.progress.emit
            kwargs["cancelled"] = worker.is_cancelled
        thread = QThread()
        task = Task(self, worker, thread, on_success, on_failure, on_progress)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.succeeded.connect(task._succeeded)
        worker.failed.connect(task._failed)
        worker.progress.connect(task._progress)
        # Direct: quit() is thread-safe, and a queued quit would wait for the GUI thread's event loop,
        # which shutdown()'s thread.wait() is blocking: the thread could then never end in time.
        worker.finished.connect(thread.quit, QtCore.Qt.ConnectionType.DirectConnection)
        thread.finished.connect(task._thread_finished)
        self._tasks.add(task)
        thread.start()
        return task

    def active_count(self) -> int:
        return len(self._tasks)

    def shutdown(self, timeout_ms: int = 65_000) -> bool:
        """Cancel every task (its callbacks are dropped) and wait for its thread to end, bounded by the
        client's own deadlines; the ended ones are forgotten at once. True if all ended in time."""
        for task in list(self._tasks):
            task.cancel()
        deadline = time.monotonic() + timeout_ms / 1000
        for task in list(self._tasks):
            left_ms = max(0, int((deadline - time.monotonic()) * 1000))
            if task.thread.wait(left_ms):
                task._thread_finished()
        return not self._tasks

    def _forget(self, task: Task) -> None:
        self._tasks.discard(task)
        task.worker.deleteLater()
        task.thread.deleteLater()
        task.deleteLater()
