"""Activity's review box: settling by hand an entry the desk could not settle (state "needs review", e.g. a
refund whose answer was lost), what the CLI does with `smartpay resolve ENTRY_ID --succeeded|--failed --note`.

The operator checks what happened (the gateway's back office, the bank statement), writes what they verified
(required) and marks the entry as made or not made; after a confirmation naming the entry and its amount,
OperationsService.resolve appends that verdict to the journal with the operator's name and the time, in a
worker. Only then is the order free again (a refund waiting for review holds its order).

    self.review = ReviewBox(ctx, parent)
    self.review.show_entry(entry)      # visible only for an entry waiting for review
    self.review.resolved               # signal(JournalEntry): the verdict is in the journal
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...services.journal.states import Kind, State
from ..messages import describe_error
from ..widgets.busy import BusyBar
from ..widgets.confirm import ConfirmDialog
from ..widgets.forms import FieldForm
from ..widgets.panels import MessageLine, ResultPanel
from ..worker import Call
from .activity_model import amount_text

if TYPE_CHECKING:
    from ...services.journal.model import JournalEntry
    from ..context import DeskContext
    from ..worker import Task

NEED_NOTE = "Write what you verified (where, and what it showed): it goes into the journal with your name."
MADE, NOT_MADE = "made (succeeded)", "not made (failed)"


def what_words(entry: JournalEntry) -> str:
    """'refund of €15.00'"""
    what = Kind(entry.kind).words if entry.kind in Kind.__members__.values() else entry.kind.replace("_", " ")
    amount = amount_text(entry)
    return f"{what} of {amount}" if amount else what


def entry_words(entry: JournalEntry) -> str:
    """'the refund of €15.00 (entry 12, order ord-1)'"""
    return f"the {what_words(entry)} (entry {entry.id}, order {entry.order_id})"


class ReviewBox(ResultPanel):
    resolved = Signal(object)  # the JournalEntry as the verdict left it

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewBox")
        self.ctx = ctx
        self.entry: JournalEntry | None = None
        self.task: Task | None = None
        title = QLabel("This entry waits for you to verify it", self)
        title.setObjectName("resultTitle")
        self.body.addWidget(title)
        self.explain = QLabel("", self)
        self.explain.setWordWrap(True)
        self.body.addWidget(self.explain)
        self.form = FieldForm(self)
        self.note = QLineEdit(self)
        self.note.setMaxLength(500)
        self.note.setPlaceholderText("e.g. Seen in the gateway's back office on 12 May: refund paid, ref. R-1234")
        self.form.add_field("note", "What you verified", self.note,
                            "Required: where you checked and what it showed. It is kept in the journal.")  # fmt: skip
        self.body.addWidget(self.form)
        row = QHBoxLayout()
        self.made_button = QPushButton(f"Mark as {MADE}…", self)
        self.made_button.setToolTip("It happened: record it as succeeded (asks to confirm)")
        self.made_button.clicked.connect(self.mark_made)
        self.not_made_button = QPushButton(f"Mark as {NOT_MADE}…", self)
        self.not_made_button.setToolTip("It did not happen: record it as failed (asks to confirm)")
        self.not_made_button.clicked.connect(self.mark_not_made)
        row.addWidget(self.made_button)
        row.addWidget(self.not_made_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.busy = BusyBar(self)
        self.body.addWidget(self.busy)
        self.message = MessageLine(self)
        self.body.addWidget(self.message)
        self.hide()

    def show_entry(self, entry: JournalEntry | None) -> None:
        """Shown for an entry waiting for review; another entry starts with an empty note."""
        waiting = entry is not None and entry.state == State.NEEDS_REVIEW
        if entry is None or self.entry is None or entry.id != self.entry.id:
            self.note.clear()
            self.form.clear_errors()
            self.message.clear()
        self.entry = entry if waiting else None
        if entry is not None and waiting:
            why = (entry.note or "no answer came").rstrip(".")  # the journal's words, said as a sentence
            self.explain.setText(
                f"The desk could not learn whether {entry_words(entry)} happened. {why[:1].upper()}{why[1:]}. "
                "Check it (the gateway's back office, the bank statement), then record what you found. "
                "The order stays held until you do."
            )
        self.setVisible(waiting)

    @Slot()
    def mark_made(self) -> Task | None:
        return self.mark(True)

    @Slot()
    def mark_not_made(self) -> Task | None:
        return self.mark(False)

    def mark(self, succeeded: bool) -> Task | None:
        """Confirm, then record the verdict (ops.resolve) in a worker."""
        entry, session = self.entry, self.ctx.session
        if entry is None or self.busy.is_busy():
            return None
        self.message.clear()
        note = " ".join(self.note.text().split())
        if not note:
            self.form.set_errors({"note": NEED_NOTE})
            return None
        if session is None or entry.profile != session.profile.name:
            self.message.error(f"This entry is the profile {entry.profile}'s: open that profile to settle it.")
            return None
        verdict = MADE if succeeded else NOT_MADE
        amount = amount_text(entry)
        lines = [
            f"Entry {entry.id}: {what_words(entry)}, order {entry.order_id}",
            f"Amount: {amount or 'none'}",
            f"Your verdict: {verdict}",
            f"What you verified: {note}",
            f"It goes into the journal as said by {session.ops.operator}, now; it cannot be changed later.",
        ]
        title = f"Mark the {what_words(entry)} as {verdict}?"
        if not ConfirmDialog.ask(self, self.ctx, title, lines, amount or "0"):
            return None
        if self.ctx.session is not session:
            self.message.error("The profile changed while you were confirming; nothing was recorded.")
            return None
        self.task = self.ctx.runner.start(Call(session.ops.resolve, entry.id, succeeded, note),
                                          on_success=self._resolved, on_failure=self._failed)  # fmt: skip
        self.busy.track(self.task, "Recording your verdict in the journal…",
                        disable=[self.made_button, self.not_made_button, self.note])  # fmt: skip
        return self.task

    def _resolved(self, entry: JournalEntry) -> None:
        self.task = None
        self.note.clear()
        self.resolved.emit(entry)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.message.error(describe_error(exc))
