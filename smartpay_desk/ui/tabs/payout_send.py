"""The sending half of the Payouts tab (payouts.py): the service's question, the confirmation, the send, and
what is shown of its answer.

`_send_checked(session, req)` is called once the form passed the service's validation and guards: the service's
review (`ops.payout_review`, in a worker: the journal only) looks for a payout of the same amount to the same
destination within 24 hours (from this desk or the CLI; compared by the destination's fingerprint,
services/money/fingerprint.py); if there is one, its sentence (when, amount, order id) goes in the confirmation
dialog, which then needs "send it anyway", and the payout is sent with that confirmed. A question the service
raises anyway (the journal changed meanwhile) is asked in the dialog again. After an answer that may have moved
money the form starts a new payout (DESIGN.md "A second press"): a new order id, the amount, the destination and
the recipient cleared (the kind of destination stays); after a failure only the order id is new.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton, QWidget

from ...services.journal.states import State
from ...services.money.guards import NeedsConfirmation
from ..i18n import money, tr
from ..messages import describe_error, error_fields
from ..widgets.confirm import ConfirmDialog, warning
from ..window_words import destination_words
from ..worker import Call
from .approval_asked import approval_asked, requested_words, say_requested
from .payout_forms import new_payout_id
from .payouts_view import VIEW_KEY, PayoutsView
from .tab_parts import environment, outcome_state
from .tab_state import Said, keep_answer, saved, sentences
from .view_state import say_again

if TYPE_CHECKING:
    from ...api.models import WithdrawalRequest
    from ...services.money.reviews import Review
    from ...services.money.sending import OperationResult
    from ...services.team.approvals import ApprovalRequested
    from ..context import DeskContext, ProfileSession
    from ..widgets.busy import BusyBar
    from ..widgets.follower import FollowNote, StatusFollower
    from ..widgets.panels import MessageLine
    from ..worker import Task
    from .payout_forms import DestinationForms, PayoutDetailsForm, RecipientForm
    from .payouts_view import PayoutsMemory
    from .tab_parts import ResultBox

PAID_OUT = "Payout completed."  # the English words; said as tr("Payout completed.")


class PayoutSending(QWidget):
    ctx: DeskContext
    result: OperationResult | None
    send_task: Task | None
    review_task: Task | None
    sending: tuple[int, str]
    details: PayoutDetailsForm
    destinations: DestinationForms
    recipient: RecipientForm
    memory: PayoutsMemory
    follower: StatusFollower
    follow: FollowNote
    busy: BusyBar
    send_button: QPushButton
    message: MessageLine
    panel: ResultBox

    if TYPE_CHECKING:  # the tab's (payouts.py)

        def refresh_balance(self) -> None: ...
        def currency(self) -> str: ...
        def _money(self, minor: int) -> str: ...
        def _show_errors(self, fields: dict[str, str]) -> None: ...

    def _send_checked(self, session: ProfileSession, req: WithdrawalRequest) -> None:
        self.review_task = self.ctx.runner.start(
            Call(session.ops.payout_review, req),
            on_success=functools.partial(self._reviewed, session, req),
            on_failure=functools.partial(self._send_failed, session),
        )
        looking = tr("Looking in the journal for an earlier payout…")
        self.busy.track(self.review_task, looking, disable=[self.send_button])

    def _reviewed(self, session: ProfileSession, req: WithdrawalRequest, review: Review) -> None:
        self.review_task = None
        if session is self.ctx.session:
            self._confirm(session, req, review.sentences, review.kinds)

    def _confirm(
        self, session: ProfileSession, req: WithdrawalRequest, sentences: Sequence[str], confirmed: frozenset[str]
    ) -> None:
        amount_text = money(req.amount, self.currency())
        lines = [
            tr("Amount: {amount}").format(amount=amount_text),
            tr("To: {destination}").format(destination=destination_words(req.destination)),
            tr("From account: {account}").format(account=req.account),
            tr("Environment: {environment}").format(environment=environment(self.ctx)),
            tr("Order id: {order}").format(order=req.order_id),
            *map(warning, sentences),
        ]
        if not ConfirmDialog.ask(self, self.ctx, tr("Send this payout?"), lines, amount_text):
            self.message.info(tr("Not sent."))
            return
        self.follower.stop()
        sending = (req.amount, req.destination)
        again = functools.partial(self._confirm, session, req)
        self.send_task = self.ctx.runner.start(
            Call(session.ops.payout, req, confirmed=confirmed),
            on_success=functools.partial(self._sent, session, sending),
            on_failure=functools.partial(self._send_refused, session, again, confirmed),
        )
        self.destinations.clear_card()  # sent: the card number is not kept on screen
        self.sending = sending
        self.busy.track(
            self.send_task,
            tr("Sending {amount} to {destination}…").format(
                amount=amount_text, destination=destination_words(req.destination)
            ),
            disable=[self.send_button, self.details.new_id_button],
        )

    # ------------------------------------------------------------ answers

    def _sent(self, session: ProfileSession, sending: tuple[int, str], result: OperationResult) -> None:
        if session is not self.ctx.session:  # another profile is in front: keep it with its own screen
            following = result.order_id if result.state.is_open else ""
            outcome = self._outcome(result)
            view = saved(session, VIEW_KEY, PayoutsView)
            fields = self.memory.new_payout(view.fields) if view is not None else None
            changes = {"fields": fields} if fields is not None and result.state != State.FAILED else {}
            keep_answer(session, VIEW_KEY, PayoutsView, result=result, sent=sending, message=outcome,
                        following=following, **changes)  # fmt: skip
            return
        self.send_task = None
        self.result = result
        self.sending = sending
        self.show_result(result)
        self.follow.clear()
        say_again(self.message, *self._outcome(result))
        if result.state.is_open:
            self.follow.follow(result.order_id)
        if result.state != State.FAILED:  # it may have moved money: a new payout starts empty
            self.memory.start_new()
        self.details.order_id.setText(new_payout_id())
        self.refresh_balance()

    def _outcome(self, result: OperationResult) -> Said:
        if result.error is not None:
            return "error", tr("Not paid out. {reason}").format(reason=describe_error(result.error))
        if result.state == State.SUCCEEDED:
            return "success", tr("Payout completed.")
        return "info", tr("Accepted by the gateway; its status is followed until it is final.")

    def show_result(self, result: OperationResult) -> None:
        self.panel.start(result.order_id, result.message)
        self.panel.grid.set("amount", self._money(self.sending[0]))
        self.panel.grid.set("destination", destination_words(self.sending[1]))
        self.panel.badge.set_state(outcome_state(result))

    def _send_refused(
        self, session: ProfileSession, again: functools.partial[None], confirmed: frozenset[str], exc: BaseException
    ) -> None:
        """A question the service raised although the review had none (the journal changed meanwhile): ask it.
        Held for a second person (a team's policy): said, not as an error, and a new payout starts."""
        asked = approval_asked(exc)
        if asked is not None:
            self._asked(session, asked)
            return
        if isinstance(exc, NeedsConfirmation) and session is self.ctx.session:
            self.send_task = None
            again(exc.sentences, confirmed | exc.kinds)
            return
        self._send_failed(session, exc)

    def _asked(self, session: ProfileSession, asked: ApprovalRequested) -> None:
        if session is not self.ctx.session:  # another profile is in front: kept with its own screen
            view = saved(session, VIEW_KEY, PayoutsView)
            fields = self.memory.new_payout(view.fields) if view is not None else None
            changes = {"fields": fields} if fields is not None else {}
            keep_answer(session, VIEW_KEY, PayoutsView, message=("info", requested_words(asked)), **changes)
            return
        self.send_task = None
        say_requested(self.message, self.ctx, asked)
        self.memory.start_new()
        self.details.order_id.setText(new_payout_id())

    def _send_failed(self, session: ProfileSession, exc: BaseException) -> None:
        fields = error_fields(exc)  # ValidationFailed / RequestRejected `.fields`, GuardRefused's `.field`
        if session is not self.ctx.session:
            words = sentences(fields) if fields else describe_error(exc)
            keep_answer(session, VIEW_KEY, PayoutsView, message=("error", words))
            return
        self.send_task = self.review_task = None
        if fields:
            self._show_errors(fields)
        else:
            self.message.error(describe_error(exc))
