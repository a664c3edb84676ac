"""The task runner: typed calls (`Call`), results and errors back on the GUI thread, progress, cancel, shutdown."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from functools import partial

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from smartpay_desk.ui.worker import Call, Task, TaskRunner


def _add(a: int, b: int, *, times: int = 1) -> int:
    return (a + b) * times


def _refuse(order_id: str) -> str:
    raise ValueError(f"order {order_id} refused")


def _count_to(limit: int, *, progress: Callable[[int], None], cancelled: Callable[[], bool]) -> int:
    """Reports 1..limit, then waits (bounded) until it is cancelled; returns how far it got."""
    for value in range(1, limit + 1):
        progress(value)
    gate = threading.Event()
    for _ in range(500):
        if cancelled():
            return -1
        gate.wait(0.01)
    return limit


def _wait_done(qtbot: QtBot, task: Task) -> None:
    qtbot.waitUntil(lambda: task.finished, timeout=10_000)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    """A runner that outlives its tasks' deferred deletions, as the desk's does (each Task holds its runner: the
    last Task wrapper to go must not be what deletes the runner, its parent, in the middle of its own deletion)."""
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def test_call_binds_its_arguments_and_passes_on_the_keywords_given_when_it_runs() -> None:
    call = Call(_add, 2, 3, times=2)
    assert call() == 10
    assert Call(_add, 1, 1)(times=5) == 10  # a task's progress/cancelled arrive this way


def test_call_repr_names_the_function_but_never_its_arguments() -> None:
    text = repr(Call(_refuse, "4012000000003010"))
    assert "_refuse" in text and "4012000000003010" not in text
    bound = repr(Call(partial(_refuse, "4012000000003010")))  # a partial's own repr shows its arguments
    assert bound == "Call(partial)"


def test_the_result_comes_back_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    seen: list[tuple[int, bool]] = []
    gui = QThread.currentThread()
    task = runner.start(
        Call(_add, 20, 1, times=2), on_success=lambda result: seen.append((result, QThread.currentThread() is gui))
    )
    _wait_done(qtbot, task)
    assert seen == [(42, True)]
    assert runner.active_count() == 0


def test_an_exception_comes_back_to_on_failure(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[BaseException] = []
    results: list[str] = []
    task = runner.start(Call(_refuse, "o-1"), on_success=results.append, on_failure=errors.append)
    _wait_done(qtbot, task)
    assert results == []
    assert len(errors) == 1 and isinstance(errors[0], ValueError) and "o-1 refused" in str(errors[0])


def test_the_older_form_with_arguments_after_the_function_still_runs(qtbot: QtBot, runner: TaskRunner) -> None:
    results: list[object] = []
    task = runner.start(_add, 4, 5, on_success=results.append, times=3)  # type: ignore[call-overload]  # the old form
    _wait_done(qtbot, task)
    assert results == [27]


def test_progress_reaches_the_gui_thread_and_cancel_drops_the_result(qtbot: QtBot, runner: TaskRunner) -> None:
    values: list[int] = []
    results: list[int] = []
    task = runner.start(partial(_count_to, 3), with_progress=True, on_progress=values.append, on_success=results.append)
    qtbot.waitUntil(lambda: values == [1, 2, 3], timeout=10_000)
    task.cancel()
    _wait_done(qtbot, task)
    assert task.cancelled and results == []  # the call saw cancelled() and ended; its result was not delivered


def test_shutdown_waits_for_running_tasks_and_forgets_them(qtbot: QtBot, runner: TaskRunner) -> None:
    results: list[int] = []
    task = runner.start(partial(_count_to, 1), with_progress=True, on_success=results.append)
    assert runner.active_count() == 1
    assert runner.shutdown(timeout_ms=10_000) is True
    assert runner.active_count() == 0 and task.finished and not task.thread.isRunning()
    assert results == []  # shutdown cancels: callbacks are dropped


def test_a_runner_whose_last_reference_goes_with_its_tasks_is_deleted_safely(qtbot: QtBot) -> None:
    """A Task holds its runner only weakly: when the runner's last Python reference goes while its finished
    tasks wait for their deferred deletion, Qt deletes the runner and its children once (this crashed)."""
    import gc

    results: list[int] = []
    for _ in range(5):
        runner = TaskRunner()
        tasks = [runner.start(Call(_add, n, 1), on_success=results.append) for n in range(4)]
        for task in tasks:
            _wait_done(qtbot, task)
        runner.shutdown()
        del runner, tasks, task
        qtbot.wait(20)  # the deferred deletions run
        gc.collect()
    # reaching this line is the proof (before the fix the process died in ~QObject), with every result in
    assert sorted(results) == sorted([1, 2, 3, 4] * 5)


def test_an_answer_for_a_widget_deleted_meanwhile_is_dropped(qtbot: QtBot, runner: TaskRunner) -> None:
    """The desk's runner outlives its tabs: a tab closed with the window while its call ran must not be handed
    the answer (a method on a deleted label raised "Internal C++ object already deleted" in the event loop)."""
    import shiboken6
    from PySide6.QtWidgets import QLabel

    class Note(QLabel):
        def failed(self, exc: BaseException) -> None:
            self.setText(str(exc))

        def succeeded(self, result: int) -> None:
            self.setText(str(result))

        def said(self, prefix: str, result: int) -> None:
            self.setText(f"{prefix} {result}")

    gate = threading.Event()

    def _after_gate(value: int) -> int:
        gate.wait(10)
        if value < 0:
            raise ValueError("the list could not be read")
        return value

    kept, kept_partial, gone_ok, gone_failed, gone_partial = Note(), Note(), Note(), Note(), Note()
    kept_lambda, gone_lambda, gone_closure = Note(), Note(), Note()

    def local_answer(result: int) -> None:  # a local function closing over the widget
        gone_closure.said("local", result)

    tasks = [
        runner.start(Call(_after_gate, 7), on_success=kept.succeeded, on_failure=kept.failed),
        runner.start(Call(_after_gate, 8), on_success=gone_ok.succeeded, on_failure=gone_ok.failed),
        runner.start(Call(_after_gate, -1), on_success=gone_failed.succeeded, on_failure=gone_failed.failed),
        runner.start(Call(_after_gate, 9), on_success=partial(partial(gone_partial.said), "order o-1:")),
        runner.start(Call(_after_gate, 9), on_success=partial(kept_partial.said, "order o-1:")),
        runner.start(Call(_after_gate, 5), on_success=lambda result: kept_lambda.said("lambda", result)),
        runner.start(Call(_after_gate, -1), on_failure=lambda exc: gone_lambda.setText(str(exc))),
        runner.start(Call(_after_gate, 6), on_success=local_answer),
    ]
    gone_all = (gone_ok, gone_failed, gone_partial, gone_lambda, gone_closure)
    for gone in gone_all:
        shiboken6.delete(gone)
    gate.set()
    for task in tasks:
        _wait_done(qtbot, task)
    qtbot.wait(10)  # any queued answer delivered; an exception in a slot would fail the test here
    assert kept.text() == "7" and kept_partial.text() == "order o-1: 9"  # living widgets get their answers
    assert kept_lambda.text() == "lambda 5"
    assert not any(shiboken6.isValid(gone) for gone in gone_all)
