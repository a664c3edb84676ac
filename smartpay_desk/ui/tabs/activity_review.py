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
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...services.journal.states import State
from ...services.money.reconcile import review_reason
from ..i18n import language, say, tr
from ..messages import describe_error
from ..widgets.busy import BusyBar
from ..widgets.confirm import ConfirmDialog
from ..widgets.forms import FieldForm
from ..widgets.keys import clear_on_escape, describe
from ..widgets.panels import MessageLine, ResultPanel
from ..worker import Call
from .activity_model import amount_text, kind_words

if TYPE_CHECKING:
    from ...services.journal.model import JournalEntry
    from ..context import DeskContext
    from ..worker import Task


def verdict_words(succeeded: bool) -> str:
    return tr("made (succeeded)") if succeeded else tr("not made (failed)")


def what_words(entry: JournalEntry) -> str:
    """'refund of €15.00'"""
    what = kind_words(entry.kind)  # "Refund" / "Erstattung": a noun in the sentence (German keeps its capital)
    what = what.lower() if language() == "en" else what
    amount = amount_text(entry)
    return tr("{what} of {amount}").format(what=what, amount=amount) if amount else what


def entry_words(entry: JournalEntry) -> str:
    """'the refund of €15.00 (entry 12, order ord-1)'"""
    return tr("the {what} (entry {id}, order {order_id})").format(what=what_words(entry), id=entry.id,
                                                                  order_id=entry.order_id)  # fmt: skip


class ReviewBox(ResultPanel):
    resolved = Signal(object)  # the JournalEntry as the verdict left it

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewBox")
        self.ctx = ctx
        self.entry: JournalEntry | None = None
        self.task: Task | None = None
        title = QLabel(tr("This entry waits for you to verify it"), self)
        title.setObjectName("resultTitle")
        self.body.addWidget(title)
        self.explain = QLabel("", self)
        self.explain.setWordWrap(True)
        self.body.addWidget(self.explain)
        self.form = FieldForm(self)
        self.note = QLineEdit(self)
        self.note.setMaxLength(500)
        clear_on_escape(self.note)  # Esc: the half-typed note goes (nothing is recorded without it)
        self.note.setPlaceholderText(tr("e.g. Seen in the gateway's back office on 12 May: refund paid, ref. R-1234"))
        self.note.setAccessibleName(tr("What you verified"))
        tip = tr("Required: where you checked and what it showed. It is kept in the journal.")
        self.form.add_field("note", tr("What you verifi&ed"), self.note, tip)
        self.body.addWidget(self.form)
        row = QHBoxLayout()
        self.made_button = QPushButton(tr("Mark as {verdict}…").format(verdict=verdict_words(True)), self)
        self.made_button.setShortcut(QKeySequence("Alt+M"))  # the text stays as it is: the key is in the tip
        self.made_button.setToolTip(tr("It happened: record it as succeeded (asks to confirm) (Alt+M)"))
        self.made_button.clicked.connect(self.mark_made)
        self.not_made_button = QPushButton(tr("Mark as {verdict}…").format(verdict=verdict_words(False)), self)
        self.not_made_button.setShortcut(QKeySequence("Alt+N"))
        self.not_made_button.setToolTip(tr("It did not happen: record it as failed (asks to confirm) (Alt+N)"))
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
            reason = review_reason(entry.note)
            if reason is not None:  # the sending engine's note: its reason, not the whole note again
                explain = tr(
                    "The desk could not learn whether {entry} happened: {why}. Look for it in a Refund "
                    "report, the gateway's back office or the bank statement, then record what you found. "
                    "The order stays held until you do."
                ).format(entry=entry_words(entry), why=say(reason))
            else:
                why = (say(entry.note) if entry.note else tr("no answer came")).rstrip(".")  # the journal's words
                explain = tr(
                    "The desk could not learn whether {entry} happened. {why}. Check it (the gateway's back "
                    "office, the bank statement), then record what you found. The order stays held until you do."
                ).format(entry=entry_words(entry), why=why[:1].upper() + why[1:])
            self.explain.setText(explain)
            describe(self, self.explain.text())  # the box's description: what waits, and why
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
            self.form.set_errors({"note": tr("Write what you verified (where, and what it showed): it goes into the "
                                             "journal with your name.")})  # fmt: skip
            return None
        if session is None or entry.profile != session.profile.name:
            self.message.error(
                tr("This entry is the profile {profile}'s: open that profile to settle it.").format(
                    profile=entry.profile
                )
            )
            return None
        verdict = verdict_words(succeeded)
        amount = amount_text(entry)
        lines = [
            tr("Entry {id}: {what}, order {order_id}").format(id=entry.id, what=what_words(entry),
                                                              order_id=entry.order_id),
            tr("Amount: {amount}").format(amount=amount or tr("none")),
            tr("Your verdict: {verdict}").format(verdict=verdict),
            tr("What you verified: {note}").format(note=note),
            tr("It goes into the journal as said by {operator}, now; it cannot be changed later.").format(
                operator=session.ops.operator),
        ]  # fmt: skip
        title = tr("Mark the {what} as {verdict}?").format(what=what_words(entry), verdict=verdict)
        if not ConfirmDialog.ask(self, self.ctx, title, lines, amount or "0"):
            return None
        if self.ctx.session is not session:
            self.message.error(tr("The profile changed while you were confirming; nothing was recorded."))
            return None
        self.task = self.ctx.runner.start(Call(session.ops.resolve, entry.id, succeeded, note),
                                          on_success=self._resolved, on_failure=self._failed)  # fmt: skip
        self.busy.track(self.task, tr("Recording your verdict in the journal…"),
                        disable=[self.made_button, self.not_made_button, self.note])  # fmt: skip
        return self.task

    def _resolved(self, entry: JournalEntry) -> None:
        self.task = None
        self.note.clear()
        self.resolved.emit(entry)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.message.error(describe_error(exc))
