"""One worker shape for every gateway, keyring and disk call that could block the GUI thread.

    task = runner.start(Call(service.refund, order_id, amount, reason),
                        on_success=self._show_result, on_failure=self._show_error)
    task.cancel()      # stop waiting: the callbacks are dropped; the call itself runs to its own deadline

`Call(fn, *args, **kwargs)` binds the function to its arguments on the GUI thread (like functools.partial) and
is typed like the call itself: mypy checks the arguments against `fn`, and `on_success` against what `fn`
returns. `start` takes any callable of no arguments (a `Call`, a partial, a bound method); the older form
`runner.start(fn, *args, on_success=..., **kwargs)` still runs, untyped, while call sites move to `Call`.

A `Worker` (QObject with `run()`) is moved to its own QThread; it catches every exception and emits it
(pytest-qt cannot see exceptions raised in PySide6 slots). Results come back through a `Task` QObject that
lives on the GUI thread, so the callbacks always run there (never connect cross-thread signals to lambdas).
An answer for a widget deleted while the call ran (a tab closed with the window) is dropped, not delivered: the
widget a callback is a method of (bound, or bound inside functools.partial), or any QObject a lambda or local
function closes over.

With `with_progress=True` the function is called with two extra keyword arguments:
`progress(value)` (emitted to `on_progress` on the GUI thread) and `cancelled()` (True once cancelled):

    runner.start(Call(create_and_download, client, request, dest), with_progress=True,
                 on_progress=self._progress, on_success=self._exported, on_failure=self._failed)

(`Call` checks every argument, so it needs `progress` and `cancelled` to have defaults; for a function where
they have none, bind it with functools.partial, which mypy checks less.)
"""

from __future__ import annotations

import functools
import threading
import time
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Literal, ParamSpec, Protocol, TypeGuard, TypeVar, overload

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtCore import QThread

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
R_co = TypeVar("R_co", covariant=True)
T_co = TypeVar("T_co", covariant=True)


class Call(Generic[R]):
    """`fn` and its arguments, bound now and run later on a worker's thread: `Call(ops.check, order_id)`.

    Keyword arguments given when it runs (a task's `progress` and `cancelled`) are passed on to `fn`.
    """

    __slots__ = ("args", "fn", "kwargs")

    def __init__(self, fn: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> None:
        self.fn: Callable[..., R] = fn
        self.args: tuple[object, ...] = args
        self.kwargs: dict[str, object] = kwargs

    def __call__(self, **extra: object) -> R:
        return self.fn(*self.args, **self.kwargs, **extra)

    def __repr__(self) -> str:  # the function's name only: its arguments may hold card data
        return f"Call({getattr(self.fn, '__qualname__', type(self.fn).__name__)})"


class Reporting(Protocol[T_co, R_co]):
    """A call that reports its progress (values of type T) and asks whether it was cancelled."""

    def __call__(self, *, progress: Callable[[T_co], None], cancelled: Callable[[], bool]) -> R_co: ...


class Worker(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(object)
    finished = Signal()

    def __init__(self, fn: Callable[..., object], args: tuple[object, ...], kwargs: dict[str, object]) -> None:
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
    """GUI-thread handle of one running call.

    The callbacks take the call's result as `Any`: the result crosses threads through Signal(object), and
    TaskRunner.start's overloads are what tie `on_success` to the function's return type.
    """

    done = Signal()
    # The worker's thread, read as `task.thread` by callers; it hides QObject.thread() (this object's own thread).
    thread: QThread  # type: ignore[assignment]

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
        # A weak reference: if a Task's wrapper held the last reference to its runner (its Qt parent), the
        # runner would be deleted while Qt is deleting this Task, its own child (a segfault in ~QObject).
        self._runner = weakref.ref(runner)
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
        if _wanted(self._on_success, self.cancelled):
            self._on_success(result)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        if _wanted(self._on_failure, self.cancelled):
            assert isinstance(exc, BaseException)
            self._on_failure(exc)

    @Slot(object)
    def _progress(self, value: object) -> None:
        if _wanted(self._on_progress, self.cancelled):
            self._on_progress(value)

    @Slot()
    def _thread_finished(self) -> None:
        if self.finished:  # shutdown() may have seen the end before the queued signal arrived
            return
        self.finished = True
        runner = self._runner()
        if runner is not None:
            runner._forget(self)
        self.done.emit()


def _wanted(callback: Callable[[Any], None] | None, cancelled: bool) -> TypeGuard[Callable[[Any], None]]:
    """Whether the answer goes to `callback`: not when the task was cancelled, nor when a QObject the callback
    belongs to was deleted meanwhile (a tab closed with the window while its call ran: the desk's runner
    outlives its tabs, and the answer would land on a label that no longer exists)."""
    if cancelled or callback is None:
        return False
    return all(shiboken6.isValid(owner) for owner in _owners(callback))


def _owners(callback: object) -> list[QObject]:
    """The QObjects `callback` acts on: the one it is a method of (through functools.partial too), and those a
    lambda or local function closes over (`lambda found: self._checked(session, found)` closes over self)."""
    target = callback
    while isinstance(target, functools.partial):  # partial(self._sent, session): still the widget's method
        target = target.func
    held = [getattr(target, "__self__", None)]
    for cell in getattr(target, "__closure__", None) or ():
        try:
            held.append(cell.cell_contents)
        except ValueError:  # a cell not filled yet
            continue
    return [value for value in held if isinstance(value, QObject)]


class TaskRunner(QObject):
    """Starts workers on their own threads and keeps them alive until they end, so no QThread is ever
    destroyed while running. `shutdown()` (from closeEvent) waits for the running ones, bounded by the
    client's own deadlines."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[Task] = set()

    @overload
    def start(
        self,
        fn: Callable[[], R],
        /,
        *,
        on_success: Callable[[R], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Task: ...

    @overload
    def start(
        self,
        fn: Reporting[T, R],
        /,
        *,
        with_progress: Literal[True],
        on_progress: Callable[[T], None] | None = None,
        on_success: Callable[[R], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Task: ...

    def start(
        self,
        fn: Callable[..., object],
        /,
        *args: object,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        with_progress: bool = False,
        **kwargs: object,
    ) -> Task:
        """Run `fn()` on a thread of its own; its result or exception comes back to the callbacks on this thread.

        `fn` is a callable of no arguments, usually a `Call`. The older form, with the function's arguments
        after it (`start(fn, *args, on_success=..., **kwargs)`), still runs, but only the typed forms above
        pass `mypy --strict`.
        """
        worker = Worker(fn, args, kwargs)
        if with_progress:
            kwargs["progress"] = worker.progress.emit
            kwargs["cancelled"] = worker.is_cancelled
        from PySide6.QtCore import QThread  # with the first call, after the first paint: its type is built then

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
