"""Payouts → Batch… (and Refunds → Batch…): a spreadsheet of payouts or refunds, checked, sent once, resumable.

    dialog = BatchDialog(ctx, "payout", parent)
    dialog.open_file(path)       # read and check it in a worker: every row's verdict, the totals, the balance
    dialog.send()                # confirm (count, total, environment), then send the good rows in a worker
    dialog.pause() / dialog.resume() / dialog.cancel()   # cancel stops new rows; what was sent stays sent
    dialog.save_template(path)   # the template the desk hands out
    dialog.open_results()        # the results workbook in the report viewer

Nothing here talks to the gateway or the journal: services/batch does, in workers (ui/worker.py). Sending the
same file again resumes it (rows already done are not sent again: services/batch/resume.py), so a window closed
or a desk killed mid-batch loses and doubles nothing. Tests monkeypatch `ask_open_path`, `ask_template_path`
and ConfirmDialog.ask.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...api.said import sentence_of
from ...services.batch.model import PAYOUT, BatchKind, CheckedBatch
from ..i18n import money, say, tr
from ..messages import describe_error
from ..widgets.confirm import ConfirmDialog
from ..widgets.files import ask_save_path, workbook
from ..widgets.icons import icon
from ..widgets.keys import assign_mnemonics, no_mnemonic, set_name
from ..widgets.panels import primary
from ..widgets.rows import rows_table
from ..worker import Call
from .rows import BatchRowsModel
from .sending import BatchSending

if TYPE_CHECKING:
    from ...services.money.operations import OperationsService
    from ..context import DeskContext
    from ..worker import Task


def check_in_worker(path: Path, kind: BatchKind, ops: OperationsService) -> CheckedBatch:
    from ...services.batch.check import check_file

    return check_file(path, kind, ops)


def write_template(kind: BatchKind, path: Path) -> Path:
    from ...services.batch.template import write_template as write

    write(kind, path)
    return path


class BatchDialog(BatchSending, QDialog):
    def __init__(self, ctx: DeskContext, kind: BatchKind = PAYOUT, parent: QWidget | None = None) -> None:
        QDialog.__init__(self, parent)
        self.ctx, self.kind = ctx, kind
        self.checked: CheckedBatch | None = None
        self.check_task: Task | None = None
        self.setObjectName("batchDialog")
        payouts = kind == PAYOUT
        self.setWindowTitle(tr("Batch payouts") if payouts else tr("Batch refunds"))
        self.resize(1000, 640)
        outer = QVBoxLayout(self)
        if payouts:
            words = tr("Open a spreadsheet of payouts (xlsx or CSV, with the template's column names). Every row is "
                       "checked first and nothing is sent until you confirm. Sending the same file again carries on "
                       "where it stopped: rows already sent are never sent twice.")  # fmt: skip
        else:
            words = tr("Open a spreadsheet of refunds (xlsx or CSV, with the template's column names). Every row is "
                       "checked first and nothing is sent until you confirm. Sending the same file again carries on "
                       "where it stopped: rows already sent are never sent twice.")  # fmt: skip
        intro = QLabel(words, self)
        intro.setWordWrap(True)
        outer.addWidget(intro)
        top = QHBoxLayout()
        self.open_button = QPushButton(icon("open"), tr("Open file…"), self)
        self.open_button.setToolTip(tr("Choose the spreadsheet to check (nothing is sent)"))
        self.template_button = QPushButton(tr("Save template…"), self)
        self.template_button.setToolTip(
            tr("Save an empty spreadsheet with the columns a batch of payouts needs")
            if payouts
            else tr("Save an empty spreadsheet with the columns a batch of refunds needs")
        )
        self.file_label = QLabel(tr("No file opened."), self)
        self.file_label.setObjectName("hint")
        top.addWidget(self.open_button)
        top.addWidget(self.template_button)
        top.addWidget(self.file_label, 1)
        outer.addLayout(top)
        self.summary = QLabel("", self)
        self.summary.setObjectName("batchSummary")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.model = BatchRowsModel(self)
        self.table = rows_table(self, self.model, "batchTable", pill_column=BatchRowsModel.STATUS, elided_column=1)
        for column, width in enumerate((60, 190, 230, 110, 150)):
            self.table.setColumnWidth(column, width)
        outer.addWidget(self.table, 1)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)  # the desk's thin bar; the count is said beside it
        self.progress.setMaximumHeight(10)
        self.count_label = QLabel("", self)
        self.count_label.setObjectName("hint")
        self.pause_button = QPushButton(tr("Pause"), self)
        self.pause_button.setToolTip(tr("Stop starting new rows for now; rows on their way finish"))
        self.cancel_button = QPushButton(tr("Cancel the rest"), self)
        self.cancel_button.setToolTip(
            tr("Send no more rows; what was sent stays sent (sending the file again resumes)")
        )
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.count_label)
        progress_row.addWidget(self.pause_button)
        progress_row.addWidget(self.cancel_button)
        outer.addLayout(progress_row)
        self.message = QLabel("", self)
        self.message.setObjectName("batchMessage")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        self.send_button = primary(
            QPushButton(icon("send"), tr("Send payouts…") if payouts else tr("Send refunds…"), self)
        )
        self.results_button = QPushButton(tr("Open results"), self)
        self.results_button.setToolTip(tr("Open the results workbook in the report viewer"))
        self.close_button = QPushButton(tr("Close"), self)
        buttons.addStretch(1)
        buttons.addWidget(self.results_button)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        self.open_button.clicked.connect(self.choose_file)
        self.template_button.clicked.connect(self.choose_template_path)
        self.send_button.clicked.connect(self.send)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.cancel_button.clicked.connect(self.cancel)
        self.results_button.clicked.connect(self.open_results)
        self.close_button.clicked.connect(self.close)
        # Enter is the window's action, Send… (after its confirmation), never another button the focus happens to
        # be on: pressed again while rows go (the send button disabled), it does nothing, not "Save template…".
        for button in (self.open_button, self.template_button, self.pause_button, self.cancel_button,
                       self.results_button, self.close_button):  # fmt: skip
            button.setAutoDefault(False)
        self.init_sending()
        self._update_buttons()
        set_name(self.table, tr("Rows of the batch"))
        set_name(self.progress, tr("Rows sent"))
        no_mnemonic(self.pause_button, "P")  # Pause / Resume: its words change, Alt+P stays
        self.open_button.setText(tr("&Open file…"))  # Alt+O opens a file, in any language
        assign_mnemonics(self)

    # ---------------------------------------------------------------- dialogs (tests monkeypatch these)

    @classmethod
    def ask_open_path(cls, parent: QWidget, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, tr("Open a batch"), str(folder), tr("Spreadsheets (*.xlsx *.csv);;All files (*)")
        )
        return Path(name) if name else None

    @classmethod
    def ask_template_path(cls, parent: QWidget, suggested: Path) -> Path | None:
        return ask_save_path(parent, tr("Save the template as"), suggested, [workbook()])

    def _folder(self) -> Path:
        return Path(self.ctx.data_dir) if self.ctx.data_dir is not None else Path.home()

    # ---------------------------------------------------------------- the file and its check

    @Slot()
    def choose_file(self) -> None:
        path = self.ask_open_path(self, self._folder())
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Read and check `path` in a worker (nothing is sent)."""
        ops = self.ctx.ops
        if ops is None or self.busy:
            return
        self.path, self.checked, self.outcome = Path(path), None, None
        self.model.show_rows([])
        self.file_label.setText(tr("{file}: checking every row…").format(file=self.path.name))
        self.summary.clear()
        self.message.clear()
        self.check_task = self.ctx.runner.start(
            Call(check_in_worker, self.path, self.kind, ops), on_success=self._checked, on_failure=self._check_failed
        )
        self._update_buttons()

    def _checked(self, checked: CheckedBatch) -> None:
        self.check_task = None
        self.checked = checked
        self.file_label.setText(tr("{file} (batch {batch})").format(file=checked.file_name, batch=checked.batch_id))
        self.model.show_rows(checked.rows)
        self.summary.setText(summary_text(checked))
        self.summary.setProperty("refused", checked.refusal is not None)
        self.show_progress(0, len(checked.good))
        self._update_buttons()

    def _check_failed(self, exc: BaseException) -> None:
        self.check_task = None
        if self.path is not None:
            self.file_label.setText(tr("{file} was not checked.").format(file=self.path.name))
        else:
            self.file_label.setText(tr("The file was not checked."))
        self.message.setText(describe_error(exc, reading=True) if not _is_file_error(exc) else say(sentence_of(exc)))
        self._update_buttons()

    # ---------------------------------------------------------------- the template

    @Slot()
    def choose_template_path(self) -> None:
        name = "payouts-template.xlsx" if self.kind == PAYOUT else "refunds-template.xlsx"
        path = self.ask_template_path(self, self._folder() / name)
        if path is not None:
            self.save_template(path)

    def save_template(self, path: Path) -> Task:
        return self.ctx.runner.start(
            Call(write_template, self.kind, Path(path)),
            on_success=lambda saved: self.message.setText(tr("The template was saved as {path}.").format(path=saved)),
            on_failure=lambda exc: self.message.setText(
                tr("The template could not be saved: {reason}").format(reason=describe_error(exc))
            ),
        )

    # ---------------------------------------------------------------- sending (sending.py)

    @Slot()
    def send(self) -> None:
        checked, ctx = self.checked, self.ctx
        if checked is None or self.busy or not self.sendable:
            return
        lines = confirm_lines(checked, ctx)
        total = "; ".join(money(a, c) for c, a in sorted(checked.totals.items()))
        count = len(checked.good)
        title = tr("Send {count} rows of this batch?").format(count=count)
        if not ConfirmDialog.ask(self, ctx, title, lines, total, yes=tr("Send {count} rows").format(count=count)):
            return
        self.start_sending(checked)

    @property
    def busy(self) -> bool:
        return self.check_task is not None or self.send_task is not None

    @property
    def sendable(self) -> bool:
        checked = self.checked
        return checked is not None and checked.refusal is None and bool(checked.good) and self.outcome is None

    def _update_buttons(self) -> None:
        sending = self.send_task is not None
        self.open_button.setEnabled(not self.busy)
        self.send_button.setEnabled(not self.busy and self.sendable)
        self.progress.setVisible(sending or self.outcome is not None)
        self.count_label.setVisible(sending or self.outcome is not None)
        self.pause_button.setVisible(sending)
        self.cancel_button.setVisible(sending)
        self.results_button.setEnabled(self.results_path is not None and not sending)
        self.close_button.setEnabled(not sending)

    def reject(self) -> None:
        """Esc closes the window when it is idle; while rows are being sent it stays (as the close button)."""
        if self.send_task is not None:
            self.message.setText(tr("The batch is still sending: cancel the rest first (rows on their way finish)."))
            return
        if self.check_task is not None:
            self.check_task.cancel()
            self.check_task = None
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.send_task is not None:  # never walk away from rows on their way: cancel first, they finish
            self.message.setText(tr("The batch is still sending: cancel the rest first (rows on their way finish)."))
            event.ignore()
            return
        if self.check_task is not None:
            self.check_task.cancel()
            self.check_task = None
        super().closeEvent(event)


def summary_text(checked: CheckedBatch) -> str:
    """What the check found, in words that stay true once the rows are sent (the table shows each row's fate)."""
    good, refused = len(checked.good), len(checked.refused)
    payouts = checked.kind == PAYOUT
    words = [
        tr("{count} rows: {good} passed the check, {refused} refused (nothing is sent for those).").format(
            count=checked.count, good=good, refused=refused
        )
    ]
    for currency, total in sorted(checked.totals.items()):
        figure = money(total, currency)
        if currency in checked.available:
            available = money(checked.available[currency], currency)
            line = (
                tr("Total payouts: {total} of {available} available when checked.")
                if payouts
                else tr("Total refunds: {total} of {available} available when checked.")
            )
            words.append(line.format(total=figure, available=available))
        else:
            line = tr("Total payouts: {total}.") if payouts else tr("Total refunds: {total}.")
            words.append(line.format(total=figure))
    largest = checked.largest
    if largest is not None and largest.amount is not None:
        said = tr("Largest: {amount} (row {row}).")
        words.append(said.format(amount=money(largest.amount, largest.currency), row=largest.row))
    if checked.refusal:
        words.append(say(checked.refusal))
    words += [say(note) for note in checked.notes]
    return " ".join(words)


def confirm_lines(checked: CheckedBatch, ctx: DeskContext) -> list[str]:
    profile = ctx.profile
    lines = [
        tr("File: {file} (batch {batch})").format(file=checked.file_name, batch=checked.batch_id),
        tr("Rows to send: {count}").format(count=len(checked.good)),
    ]
    if checked.refused:
        lines.append(tr("Rows refused at the check, not sent: {count}").format(count=len(checked.refused)))
    for currency, total in sorted(checked.totals.items()):
        lines.append(tr("Total: {total}").format(total=money(total, currency)))
    if profile is not None:
        lines.append(
            tr("Profile: {profile} ({environment})").format(profile=profile.name, environment=profile.environment.value)
        )
    return lines


def _is_file_error(exc: Any) -> bool:
    return type(exc).__name__ in ("BatchFileError", "ReportFileError")
