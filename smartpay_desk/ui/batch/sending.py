"""The batch window's sending: the worker that runs services/batch/send.py, its progress, pause, resume, cancel,
and the results workbook written when it ends (a mixin of dialog.BatchDialog, which owns the widgets)."""

from __future__ import annotations

import functools
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Slot

from ..i18n import money, say, tr
from ..messages import describe_error

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton

    from ...services.batch.model import CheckedBatch
    from ...services.batch.results import BatchOutcome, RowOutcome
    from ...services.batch.send import BatchControl
    from ...services.money.operations import OperationsService
    from ..context import DeskContext
    from ..worker import Task
    from .rows import BatchRowsModel


def send_in_worker(
    checked: CheckedBatch,
    ops: OperationsService,
    control: BatchControl,
    results: Path | None,
    *,
    progress: Callable[[tuple[int, int, RowOutcome]], None],
    cancelled: Callable[[], bool],
) -> BatchOutcome:
    """Send the good rows (the worker's call); every row's outcome is reported as it comes."""
    from ...services.batch.send import send_batch

    del cancelled  # the control says it: cancel stops new rows, rows on their way finish
    if results is not None:
        results.parent.mkdir(parents=True, exist_ok=True)

    def report(done: int, total: int, row: RowOutcome) -> None:
        progress((done, total, row))

    return send_batch(checked, ops, control=control, on_progress=report, results=results)


class BatchSending:
    ctx: DeskContext
    model: BatchRowsModel
    progress: QProgressBar
    count_label: QLabel
    message: QLabel
    pause_button: QPushButton
    path: Path | None
    outcome: BatchOutcome | None
    results_path: Path | None
    send_task: Task | None
    control: BatchControl | None

    if TYPE_CHECKING:

        def _update_buttons(self) -> None: ...

    def init_sending(self) -> None:
        self.path = None
        self.outcome = None
        self.results_path = None
        self.send_task = None
        self.control = None

    def start_sending(self, checked: CheckedBatch) -> None:
        from ...services.batch.send import BatchControl

        ops = self.ctx.ops
        if ops is None:
            return
        self.control = BatchControl()
        self.results_path = self._results_path(checked)
        self.show_progress(0, len(checked.good))
        self.message.setText(tr("Sending… rows already sent by an earlier run are not sent again."))
        call = functools.partial(send_in_worker, checked, ops, self.control, self.results_path)
        self.send_task = self.ctx.runner.start(
            call, with_progress=True, on_progress=self._row_done, on_success=self._sent, on_failure=self._send_failed
        )
        self._update_buttons()

    def _results_path(self, checked: CheckedBatch) -> Path:
        folder = Path(self.ctx.data_dir) / "batches" if self.ctx.data_dir is not None else Path.home()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        return folder / f"{Path(checked.file_name).stem}-results-{stamp}.xlsx"

    def _row_done(self, report: tuple[int, int, RowOutcome]) -> None:
        """One row's outcome, as the engine reported it: (rows done, rows to send, the row) on the GUI thread."""
        done, total, row = report
        self.model.set_outcome(row.row, row.outcome, row.sentence, row.order_id)
        self.show_progress(done, total)

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        locale = QLocale()
        self.count_label.setText(
            tr("{done} of {total} rows").format(done=locale.toString(done), total=locale.toString(total))
        )

    def _sent(self, outcome: BatchOutcome) -> None:
        self.send_task, self.control, self.outcome = None, None, outcome
        for row in outcome.rows:
            self.model.set_outcome(row.row, row.outcome, row.sentence, row.order_id)
        saved = outcome.results_path
        self.results_path = Path(saved) if saved else None
        where = " " + tr("The results are in {path}.").format(path=self.results_path) if self.results_path else ""
        self.message.setText(outcome_text(outcome) + where)
        self._update_buttons()

    def _send_failed(self, exc: BaseException) -> None:
        self.send_task, self.control = None, None
        self.message.setText(
            tr("The batch stopped: {reason} Sending the same file again carries on where it stopped; rows already "
               "sent are not sent twice.").format(reason=describe_error(exc))
        )  # fmt: skip
        self._update_buttons()

    @Slot()
    def toggle_pause(self) -> None:
        control = self.control
        if control is None:
            return
        if control.paused:
            control.resume()
            self.pause_button.setText(tr("Pause"))
            self.message.setText(tr("Sending…"))
        else:
            control.pause()
            self.pause_button.setText(tr("Resume"))
            self.message.setText(tr("Paused: no new row is started; rows on their way finish."))

    def pause(self) -> None:
        if self.control is not None and not self.control.paused:
            self.toggle_pause()

    def resume(self) -> None:
        if self.control is not None and self.control.paused:
            self.toggle_pause()

    @Slot()
    def cancel(self) -> None:
        if self.control is not None:
            self.control.cancel()
            self.message.setText(tr("Cancelling: no new row is started; rows on their way finish."))

    @Slot()
    def open_results(self) -> None:
        if self.results_path is not None:
            self.ctx.navigate.emit("open_report", self.results_path)


def outcome_text(outcome: BatchOutcome) -> str:
    """The batch's own sentence in the desk's language and money ("5 succeeded (€569.75); 2 refused at check…")."""
    return say(outcome.said(money, QLocale().toString))
