"""The Approvals tab's actions (approvals.py): approve and send, send approved, reject; their confirmations and
what is said of their answers (a sentence in the tab's message line, as on the money tabs).

Every refusal is the server's own sentence ("request 7 was asked by clerk1: another person must decide it"),
said after "Not approved:", "Not sent:" or "Not rejected:". An approval whose send could not follow (the card
number typed is not the approved one, a question about a second payout) stays approved, and is said so.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from ...services.journal.states import State
from ..i18n import say, tr
from ..messages import describe_error
from ..widgets.confirm import ConfirmDialog, warning
from ..worker import Call
from .approvals_calls import ApprovedNotSent, GivenCard, Sent, approve_and_send, reject_request, send_approved
from .approvals_dialogs import CardReleaseDialog, RejectDialog
from .approvals_model import amount_words, kind_words, what_words, when
from .tab_parts import environment

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton

    from ...services.team.approvals import Approval
    from ..context import DeskContext
    from ..widgets.busy import BusyBar
    from ..widgets.panels import MessageLine
    from ..worker import Task


def policy_words(policies: Sequence[dict[str, Any]], login: str, where: str) -> str:
    """'Payouts and refunds from €500.00 need another person's approval (set by boss). You are clerk1 on …'"""
    from ..i18n import money

    amounts = []
    for policy in policies:
        above, currency = policy.get("approval_above"), str(policy.get("currency") or "")
        if isinstance(above, int):
            set_by = policy.get("set_by")
            amounts.append(tr("{amount} (set by {set_by})").format(amount=money(above, currency), set_by=set_by))
    you = tr("You are {login} on the team journal {where}.").format(login=login, where=where) if login else ""
    if not amounts:
        said = tr("The team has set no amount that needs a second person: nothing waits for approval. {you}")
        return said.format(you=you).strip()
    said = tr("Payouts and refunds from {amounts} need another person's approval. {you}")
    return said.format(amounts=tr(" or ").join(amounts), you=you).strip()


def _server(exc: BaseException) -> str | None:
    """The server's own sentence when it refused (TeamJournalRefused), else None."""
    from ...services.team.connect import TeamJournalRefused

    if isinstance(exc, TeamJournalRefused) and exc.detail:
        return say(exc.detail).rstrip(".") + "."
    return None


class ApprovalsActions(QWidget):
    ctx: DeskContext
    message: MessageLine
    busy: BusyBar
    action_task: Task | None
    approve_button: QPushButton
    reject_button: QPushButton
    send_button: QPushButton
    login: str

    if TYPE_CHECKING:  # the tab's (approvals.py)

        def selected(self) -> Approval | None: ...
        def refresh(self) -> Task | None: ...
        def _update_actions(self) -> None: ...

    # ---------------------------------------------------------------- asking

    def _lines(self, request: Approval) -> list[str]:
        lines = [tr("Request {id}: asked by {who} on {when}").format(id=request.id, who=request.requested_by,
                                                                     when=when(request.created_at)),
                 tr("{what}: {amount}").format(what=what_words(request), amount=amount_words(request))]  # fmt: skip
        if request.kind != "refund":
            lines += [tr("To: {destination}").format(destination=request.destination),
                      tr("From account: {account}").format(account=request.account)]  # fmt: skip
        why = tr("Why: {reason}").format(reason=request.reason or tr("(no reason given)"))
        return [*lines, why, tr("Environment: {environment}").format(environment=environment(self.ctx))]

    def _confirm(
        self, request: Approval, title: str, yes: str, no: str, sentences: Sequence[str] = ()
    ) -> tuple[bool, GivenCard | None]:
        """(confirmed, the card typed again for a card payout)."""
        lines = [*self._lines(request), *map(warning, sentences)]
        amount = amount_words(request)
        if request.card_payout:
            card = CardReleaseDialog.ask_card(self, self.ctx, title, lines, amount, yes=yes, no=no,
                                              destination=request.destination)  # fmt: skip
            return card is not None, card
        return ConfirmDialog.ask(self, self.ctx, title, lines, amount, yes=yes, no=no), None

    def _start(self, call: Call[Any], text: str, on_success: Any, on_failure: Any) -> Task:
        self.message.clear()
        self.action_task = self.ctx.runner.start(call, on_success=on_success, on_failure=on_failure)
        self.busy.track(self.action_task, text, disable=[self.approve_button, self.reject_button, self.send_button])
        self.action_task.done.connect(self._update_actions)  # after the bar gave the buttons back
        self._update_actions()
        return self.action_task

    # ---------------------------------------------------------------- approve and send

    def approve_selected(self) -> Task | None:
        """Confirm, then approve and send the request chosen (the server judges who may)."""
        request, ops = self.selected(), self.ctx.ops
        if request is None or ops is None or self.busy.is_busy():
            return None
        amount = amount_words(request)
        title = tr("Approve and send this {kind}?").format(kind=kind_words(request))
        yes = tr("Approve and send {amount}").format(amount=amount)
        ok, card = self._confirm(request, title, yes, tr("Don't approve"))
        if not ok:
            self.message.info(tr("Request {id} was not approved; it still waits.").format(id=request.id))
            return None
        call = Call(approve_and_send, ops, request.id, "", card)
        said = tr("Approving request {id} and sending {amount}…").format(id=request.id, amount=amount)
        return self._start(call, said,
                           functools.partial(self._sent, request, True),
                           functools.partial(self._approve_failed, request))  # fmt: skip

    def _approve_failed(self, request: Approval, exc: BaseException) -> None:
        self.action_task = None
        if isinstance(exc, ApprovedNotSent):
            self._approved_not_sent(request, exc.cause)
        else:
            server = _server(exc)
            self.message.error(tr("Not approved: {server}").format(server=server) if server else describe_error(exc))
        self.refresh()

    def _approved_not_sent(self, request: Approval, cause: BaseException) -> None:
        from ...services.money.guards import NeedsConfirmation

        if isinstance(cause, NeedsConfirmation):  # a second payout to the same person: asked, then sent
            self.message.info(tr("Request {id} is approved; before it is sent, one question.").format(id=request.id))
            self._send(request, cause.sentences, cause.kinds)
            return
        server = _server(cause)
        words = server or describe_error(cause)
        said = tr("Request {id} is approved, but it was not sent: {words} It can be sent with “Send approved…”.")
        self.message.error(said.format(id=request.id, words=words))

    # ---------------------------------------------------------------- send approved

    def send_selected(self) -> Task | None:
        request = self.selected()
        if request is None or self.busy.is_busy():
            return None
        return self._send(request, (), frozenset())

    def _send(self, request: Approval, sentences: Sequence[str], confirmed: frozenset[str]) -> Task | None:
        ops = self.ctx.ops
        if ops is None:
            return None
        amount = amount_words(request)
        ok, card = self._confirm(request, tr("Send this approved {kind}?").format(kind=kind_words(request)),
                                 tr("Send {amount}").format(amount=amount), tr("Not now"), sentences)  # fmt: skip
        if not ok:
            self.message.info(
                tr("Request {id} was not sent; it stays approved until it expires.").format(id=request.id)
            )
            return None
        call = Call(send_approved, ops, request.id, card, confirmed)
        return self._start(call, tr("Sending {amount} (request {id})…").format(amount=amount, id=request.id),
                           functools.partial(self._sent, request, False),
                           functools.partial(self._send_failed, request, confirmed))  # fmt: skip

    def _send_failed(self, request: Approval, confirmed: frozenset[str], exc: BaseException) -> None:
        from ...services.money.guards import NeedsConfirmation

        self.action_task = None
        if isinstance(exc, NeedsConfirmation):
            self._send(request, exc.sentences, confirmed | exc.kinds)
            return
        server = _server(exc)
        self.message.error(tr("Not sent: {server}").format(server=server) if server else describe_error(exc))
        self.refresh()

    def _sent(self, request: Approval, approving: bool, sent: Sent) -> None:
        self.action_task = None
        result = sent.result
        done = (tr("Request {id} approved and sent") if approving else tr("Request {id} sent")).format(id=request.id)
        what = tr("the {kind} of {amount} for order {order_id}").format(
            kind=kind_words(request), amount=amount_words(request), order_id=request.order_id
        )
        if result.error is not None or result.state == State.FAILED:
            words = describe_error(result.error) if result.error is not None else say(result.message)
            self.message.error(
                tr("{done}, and the gateway declined {what}: {words}").format(done=done, what=what, words=words)
            )
        elif result.state == State.SUCCEEDED:
            self.message.success(tr("{done}: {what} succeeded.").format(done=done, what=what))
        elif result.state == State.NEEDS_REVIEW:
            self.message.error(
                tr("{done}: the outcome of {what} is unknown; it is marked for review in Activity.").format(
                    done=done, what=what
                )
            )
        else:
            self.message.info(
                tr("{done}: {what} is {words}; Activity follows it.").format(
                    done=done, what=what, words=say(State(result.state).words)
                )
            )
        self.refresh()

    # ---------------------------------------------------------------- reject

    def reject_selected(self) -> Task | None:
        request = self.selected()
        journal = self.ctx.journal
        if request is None or journal is None or self.busy.is_busy():
            return None
        reason = RejectDialog.ask(self, tr("Reject request {id}?").format(id=request.id), self._lines(request))
        if reason is None:
            self.message.info(tr("Request {id} was not rejected; it still waits.").format(id=request.id))
            return None
        call = Call(reject_request, journal, request.id, reason)
        return self._start(call, tr("Rejecting request {id}…").format(id=request.id),
                           functools.partial(self._rejected, request), self._reject_failed)  # fmt: skip

    def _rejected(self, request: Approval, decided: Approval) -> None:
        self.action_task = None
        said = tr("Request {id} rejected: nothing is sent; {requested_by} reads your reason ({note}).")
        self.message.success(said.format(id=request.id, requested_by=request.requested_by, note=decided.decision_note))
        self.refresh()

    def _reject_failed(self, exc: BaseException) -> None:
        self.action_task = None
        server = _server(exc)
        if isinstance(exc, ValueError):
            from ...api.said import sentence_of

            self.message.error(sentence_of(exc))  # the message line says it in the desk's language
        else:
            self.message.error(tr("Not rejected: {server}").format(server=server) if server else describe_error(exc))
        self.refresh()
