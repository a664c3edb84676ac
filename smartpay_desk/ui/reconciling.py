"""The reconciliations the desk holds in this run, and explaining a difference (issue 16), for the report viewer
and the Needs attention tab alike.

    keep(ctx, path, result)                  the session in front holds it; ctx.reconciled(path) is emitted
    held(ctx)                                this session's reconciliations, report file → Reconciliation
    explain_difference(ctx, parent, difference, on_done=…)
                                             asks for the note (ExplainDialog.ask: tests monkeypatch it), then
                                             journals it in a worker (services/recon/explain.py); every
                                             reconciliation of that session holding the difference then shows it
                                             explained, and ctx.reconciled is emitted for each

The journal keeps explanations, not reconciliations: a reconciliation lives in its profile's session
(ProfileSession.reconciliations) for the run, and leaves the triage when the desk closes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ..api.said import sentence_of
from .i18n import say, tr
from .messages import describe_error
from .numbers import number
from .theme import set_tone
from .worker import Call

if TYPE_CHECKING:
    from ..services.journal.explanations import Explanation
    from ..services.recon.match import Difference, Reconciliation
    from .context import DeskContext, ProfileSession
    from .worker import Task

MAX_NOTE = 2_000  # the journal keeps at most this many characters of a note


def held(ctx: DeskContext) -> dict[Path, Reconciliation]:
    """The session in front's reconciliations of this run (empty without a session)."""
    session = ctx.session
    return session.reconciliations if session is not None else {}


def keep(
    ctx: DeskContext, path: Path, result: Reconciliation, session: ProfileSession | None = None, *, tell: bool = True
) -> None:
    """`session` (default the one in front) holds `result` for `path`; ctx.reconciled(path) when it is in front
    (`tell`=False: not yet; the caller emits it later, as the report viewer does once its marks are painted)."""
    session = session or ctx.session
    if session is None:
        return
    session.reconciliations[Path(path)] = result
    if tell and session is ctx.session:
        ctx.reconciled.emit(Path(path))


def explained(ctx: DeskContext, session: ProfileSession, made: Explanation) -> list[Path]:
    """Apply `made` to every reconciliation of `session` that holds its difference; the reports changed."""
    changed = []
    for path, result in list(session.reconciliations.items()):
        if any(d.key == made.key for d in result.differences):
            keep(ctx, path, result.explained_by([made]), session)
            changed.append(path)
    return changed


def explain_failure(exc: BaseException) -> str:
    """The sentence for an explanation that was not journaled (an empty note's own sentence, a journal's)."""
    from ..api.errors import ApiError

    said = (
        say(sentence_of(exc)) if isinstance(exc, ValueError) and not isinstance(exc, ApiError) else describe_error(exc)
    )
    return tr("The explanation was not kept. {said}").format(said=said).strip()


def difference_lines(difference: Difference) -> list[str]:
    """What the explain dialog says of a difference: its class, its sentence, its money."""
    from ..services.money.words import money

    lines = [tr("{kind} {order_id}: {words}.").format(kind=difference.report_kind or tr("Report"),
             order_id=difference.order_id, words=say(difference.cls.words)), say(difference.sentence)]  # fmt: skip
    if (concerned := difference.amount) is not None and concerned[1]:
        lines.append(tr("Money concerned: {amount}.").format(amount=money(*concerned)))
    return lines


class ExplainDialog(QDialog):
    """Explain a difference: what it is, and the note (required: the journal keeps it with who and when)."""

    def __init__(self, parent: QWidget | None, lines: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Explain a difference"))
        self.setModal(True)
        self.setMinimumWidth(480)
        box = QVBoxLayout(self)
        heading = QLabel(lines[0], self)
        heading.setStyleSheet("font-weight: 600;")
        heading.setWordWrap(True)
        box.addWidget(heading)
        details = QLabel("\n".join(lines[1:]), self)
        details.setWordWrap(True)
        box.addWidget(details)
        caption = QLabel(tr("Why is it all right? The journal keeps your note with your name and the time, and the "
                         "difference then no longer counts as open."), self)  # fmt: skip
        caption.setObjectName("hint")
        caption.setWordWrap(True)
        box.addWidget(caption)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(tr("e.g. paid by bank transfer instead, see ticket 4411"))
        self.note.setAccessibleName(tr("Explanation"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        caption.setBuddy(self.note)
        box.addWidget(self.note)
        self.error = QLabel("", self)
        set_tone(self.error, "error")
        self.error.hide()
        box.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        role = QDialogButtonBox.ButtonRole
        self.ok_button: QPushButton = self.buttons.addButton(tr("Explain"), role.AcceptRole)
        self.cancel_button: QPushButton = self.buttons.addButton(tr("Cancel"), role.RejectRole)
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note.textChanged.connect(self._typed)
        box.addWidget(self.buttons)

    def text(self) -> str:
        return self.note.toPlainText().strip()

    @Slot()
    def _typed(self) -> None:
        too_long = len(self.text()) > MAX_NOTE
        self.error.setText(
            tr("At most {count} characters: the journal keeps no more.").format(count=number(MAX_NOTE))
            if too_long
            else ""
        )
        self.error.setVisible(too_long)
        self.ok_button.setEnabled(bool(self.text()) and not too_long)

    def accept(self) -> None:
        if self.text() and len(self.text()) <= MAX_NOTE:
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, difference: Difference) -> str | None:
        """The note the operator wrote; None when they cancelled."""
        dialog = cls(parent, difference_lines(difference))
        try:
            return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def explain_difference(
    ctx: DeskContext,
    parent: QWidget | None,
    difference: Difference,
    *,
    on_done: Callable[[Explanation], None] | None = None,
    on_failure: Callable[[str], None] | None = None,
) -> Task | None:
    """Ask for the note, then journal it in a worker; None when the operator cancelled (or no journal is open).
    `on_done(explanation)` after the session's reconciliations show it; `on_failure(sentence)`."""
    session, journal = ctx.session, ctx.journal
    if session is None or journal is None:
        return None
    note = ExplainDialog.ask(parent, difference)
    if note is None:
        return None
    from ..services.recon.explain import explain

    def done(made: Explanation) -> None:
        explained(ctx, session, made)
        if on_done is not None:
            on_done(made)

    def failed(exc: BaseException) -> None:
        if on_failure is not None:
            on_failure(explain_failure(exc))

    return ctx.runner.start(Call(explain, journal, difference, note), on_success=done, on_failure=failed)
