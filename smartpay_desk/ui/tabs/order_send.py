"""The sending half of an order tab (order_action.py): the service's questions, the confirmation, the send,
and what is shown of its answer. A new operation starts after each answer (DESIGN.md "A second press").

`_send_checked(session, order, amount, reason)` is called once the form passed the service's guards: it asks
the tab's `_review_call` in a worker (a second press, an outlier: services/money/reviews.py), shows its sentences
in the confirmation dialog (which then needs "send it anyway"), and sends `_call(…, confirmed)`. A question the
service raises anyway (the journal changed meanwhile) is asked in the dialog again and sent with it confirmed.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...services.journal.states import State
from ...services.money.guards import NeedsConfirmation
from ..i18n import money, tr
from ..messages import describe_error, error_fields, validation_words
from ..widgets.confirm import ConfirmDialog, warning
from .approval_asked import approval_asked, requested_words, say_requested
from .order_form import OrderForm
from .tab_parts import currency, outcome_state
from .tab_state import Said, keep_answer, saved, sentences
from .view_state import say_again

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ...services.money.guards import OrderView
    from ...services.money.operations import OperationsService
    from ...services.money.reviews import Review
    from ...services.money.sending import OperationResult
    from ..context import DeskContext, ProfileSession
    from ..worker import Call, Task


@dataclass(frozen=True)
class OrderActionView:
    """What an order tab showed for one profile: its form, the loaded order, the last result, its words."""

    texts: dict[str, str]  # the form's fields by name (never card data: these tabs have none)
    default_text: str  # the amount the tab filled in itself
    order: OrderView | None
    result: OperationResult | None
    sent_amount: int
    message: Said
    fills_default: bool = True  # False once something was sent: a new operation starts empty


class OrderSending(OrderForm):
    view_key = ""  # where this tab keeps what it shows in session.views
    confirm_title = ""

    ctx: DeskContext
    order: OrderView | None
    result: OperationResult | None
    _send_task: Task | None
    _review_task: Task | None
    _sent_amount: int
    _default_text: str
    _fills_default: bool

    def _send_checked(self, session: ProfileSession, order: OrderView, amount: int, reason: str) -> None:
        review = self._review_call(session.ops, order, amount)
        if review is None:
            self._confirm(session, order, amount, reason, (), frozenset())
            return
        self._review_task = self.ctx.runner.start(
            review,
            on_success=functools.partial(self._reviewed, session, order, amount, reason),
            on_failure=functools.partial(self._refused, session),
        )
        looking = tr("Looking in the journal for an earlier one…")
        self.busy.track(self._review_task, looking, disable=[self.send_button])

    def _reviewed(self, session: ProfileSession, order: OrderView, amount: int, reason: str, review: Review) -> None:
        self._review_task = None
        if session is self.ctx.session:
            self._confirm(session, order, amount, reason, review.sentences, review.kinds)

    def _confirm(
        self, session: ProfileSession, order: OrderView, amount: int, reason: str, sentences: Sequence[str],
        confirmed: frozenset[str],
    ) -> None:  # fmt: skip
        """The dialog (with the service's questions and warnings, if any), then the send with what was confirmed."""
        amount_text = money(amount, self._currency())
        lines = [*self._confirm_lines(order, amount, amount_text, reason), *map(warning, sentences)]
        if not ConfirmDialog.ask(self, self.ctx, self._title_words(), lines, amount_text):
            self.message.info(tr("Not sent."))
            return
        call, busy_text, disable = self._call(session.ops, order, amount, amount_text, reason, confirmed)
        self._sent_amount = amount
        again = functools.partial(self._confirm, session, order, amount, reason)
        self._send_task = self.ctx.runner.start(
            call,
            on_success=functools.partial(self._answered, session, amount),
            on_failure=functools.partial(self._send_refused, session, again, confirmed),
        )
        self.busy.track(self._send_task, busy_text, disable=disable)

    # ------------------------------------------------------------ what each tab gives

    def _title_words(self) -> str:
        """`confirm_title` in the desk's language (the tab's own tr() of it)."""
        return self.confirm_title

    def _confirm_lines(self, order: OrderView, amount: int, amount_text: str, reason: str) -> list[str]:
        raise NotImplementedError

    def _review_call(self, ops: OperationsService, order: OrderView, amount: int) -> Call[Review] | None:
        """The service's questions before sending (None: it has none to ask)."""
        return None

    def _call(
        self, ops: OperationsService, order: OrderView, amount: int, amount_text: str, reason: str,
        confirmed: frozenset[str],
    ) -> tuple[Call[OperationResult], str, list[QWidget]]:  # fmt: skip
        """(the service call, with what the operator confirmed; the busy bar's words; the widgets disabled)."""
        raise NotImplementedError

    def _show_result(self, result: OperationResult, amount: int) -> None:
        """Fill the result panel (no sentence: that is `_outcome`'s)."""
        raise NotImplementedError

    def _outcome(self, result: OperationResult, amount: int) -> Said:
        """The one sentence said next to the button about a send's outcome."""
        raise NotImplementedError

    def _sent(self, result: OperationResult) -> None:
        """After a send's answer was shown: what else the tab does (read the order again, follow…)."""

    # ------------------------------------------------------------ answers

    def _answered(self, session: ProfileSession, amount: int, result: OperationResult) -> None:
        if session is not self.ctx.session:  # another profile is in front: keep it with its own screen
            outcome = self._outcome(result, amount)
            view = saved(session, self.view_key, OrderActionView)
            texts = {**(view.texts if view is not None else {}), "amount": ""}  # a new operation there too
            if result.state != State.FAILED:
                texts["reason"] = ""
            keep_answer(session, self.view_key, OrderActionView, result=result, sent_amount=amount, message=outcome,
                        texts=texts, default_text="", fills_default=False)  # fmt: skip
            return
        self._send_task = None
        self.result = result
        self._sent_amount = amount
        self._show_result(result, amount)
        say_again(self.message, *self._outcome(result, amount))
        self._new_operation(result)
        self._sent(result)

    def _new_operation(self, result: OperationResult) -> None:
        """After an answer: the amount cleared and not filled in by itself again (DESIGN "A second press");
        the reason too, unless it failed (then the operator may correct and send again)."""
        self.amount.setText("")
        self._default_text = ""
        self._fills_default = False
        if result.state != State.FAILED:
            self.reason.setText("")

    def _send_refused(
        self, session: ProfileSession, again: functools.partial[None], confirmed: frozenset[str], exc: BaseException
    ) -> None:
        """A question the service raised although the review had none (the journal changed meanwhile): ask it.
        Held for a second person (a team's policy): said, not as an error, and a new operation starts."""
        asked = approval_asked(exc)
        if asked is not None and session is not self.ctx.session:
            view = saved(session, self.view_key, OrderActionView)
            texts = {**(view.texts if view is not None else {}), "amount": "", "reason": ""}
            keep_answer(session, self.view_key, OrderActionView, message=("info", requested_words(asked)), texts=texts,
                        default_text="", fills_default=False)  # fmt: skip
            return
        if asked is not None:
            self._send_task = None
            say_requested(self.message, self.ctx, asked)
            self.amount.setText("")
            self._default_text, self._fills_default = "", False
            self.reason.setText("")
            return
        if isinstance(exc, NeedsConfirmation) and session is self.ctx.session:
            self._send_task = None
            again(exc.sentences, confirmed | exc.kinds)
            return
        self._refused(session, exc)

    def _refused(self, session: ProfileSession, exc: BaseException) -> None:
        """Nothing was sent (ValidationFailed, GuardRefused…) or the call itself failed."""
        fields = error_fields(exc)  # ValidationFailed / RequestRejected `.fields`, GuardRefused's `.field`
        if session is not self.ctx.session:  # another profile is in front: keep the words with this one's screen
            words = sentences(fields) if fields else describe_error(exc)
            keep_answer(session, self.view_key, OrderActionView, message=("error", words))
            return
        self._send_task = self._review_task = None
        if fields:
            self.form.set_errors(fields)
            self.message.error(validation_words())
        else:
            self.message.error(describe_error(exc))

    def _start_result(self, result: OperationResult, id_text: str | None) -> None:
        """A new result shown with its badge (the tab adds the facts)."""
        self.panel.start(id_text, result.message)
        self.panel.badge.set_state(outcome_state(result))

    def _money(self, minor: int) -> str:
        return money(minor, self._currency())

    def _currency(self) -> str:
        return currency(self.ctx)
