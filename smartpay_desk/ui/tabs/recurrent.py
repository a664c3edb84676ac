"""Recurrent: charge the saved card of a successful payment again, under a new order id.

The parent is read with /check (in a worker) as soon as its order id is entered or prefilled: its
amount becomes the default. A parent that did not succeed is refused next to its field by the same guard
the service applies again (services.money.guards), nothing sent (the gateway refuses it too); the parent
read is sent along, so the service does not read it again. Before confirming, the service's review is asked
(a worker, the journal only: services/money/reviews.py): a charge of the same parent and amount within 24
hours (from this desk or the CLI) or above the parent's amount is named in the dialog, which then needs "send
it anyway", and is sent with that confirmed; a parent made without the recurrent flag is warned of there too.
After sending, the new order's status is followed until it is final, and the form starts a new charge (a new
order id, the amount and the reason cleared), so Enter pressed again sends nothing by itself.
The look-up, confirm and send machinery is order_action.py.

Public API (main window, tests, screenshots):
    tab.prefill(order_id)    the parent's order id, looked up
    tab.load(order_id=None)  look the (typed) parent up
    tab.submit()             check, confirm, send the repeat charge
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QToolButton, QWidget

from ...api.models import RecurrentRequest
from ...api.validation import validate_recurrent
from ...services.journal.states import State
from ...services.money import guards as g
from ..i18n import say, tr
from ..messages import describe_error
from ..widgets.amount_edit import AmountEdit
from ..widgets.follower import FollowNote, StatusFollower
from ..widgets.icons import icon
from ..widgets.panels import primary
from ..worker import Call
from .order_action import OrderActionTab
from .tab_parts import ResultBox, environment, outcome_state
from .tab_state import Said
from .view_state import say_again

if TYPE_CHECKING:
    from ...api.models import TransactionInfo
    from ...services.money.guards import OrderView
    from ...services.money.operations import OperationsService
    from ...services.money.reviews import Review
    from ...services.money.sending import OperationResult
    from ..context import DeskContext, ProfileSession

FOLLOW_MS = 1500


def new_recurrent_id() -> str:
    """rec-<yyyymmdd>-<6 hex>: letters, digits and dashes only."""
    return f"rec-{datetime.now():%Y%m%d}-{secrets.token_hex(3)}"


class RecurrentTab(OrderActionTab):
    title = "Recurrent"
    icon_name = "recurrent"
    view_key = "recurrent"
    lookup_key = "parent_order_id"
    lookup_missing = "Enter the order id of the original payment."
    empty_note = "Enter the original payment's order id to see its amount and card."
    confirm_title = "Charge this card again?"

    def _missing_words(self) -> str:
        return tr("Enter the order id of the original payment.")

    def _empty_words(self) -> str:
        return tr("Enter the original payment's order id to see its amount and card.")

    def _title_words(self) -> str:
        return tr("Charge this card again?")

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        section = self._form_section(
            tr("Charge a saved card again"),
            tr("Name a successful payment (the parent): its card is charged again under a new order id, for its "
               "amount unless you change it."),
        )  # fmt: skip
        self.parent_edit = self._lookup_field(
            section,
            tr("Parent order id"),
            tr("the original payment's order id"),
            tr("Read the original payment: its status, amount and card"),
            tr("The order id of the successful payment whose card is charged again."),
        )
        self.order_edit = QLineEdit(new_recurrent_id(), section)
        self.order_edit.setMaxLength(64)
        self.new_id_button = QToolButton(section)
        self.new_id_button.setIcon(icon("refresh"))
        self.new_id_button.setToolTip(tr("Make up a new order id"))
        self.new_id_button.setAccessibleName(tr("New order id"))
        self.form.add_field(
            "order_id",
            tr("New order id"),
            self.order_edit,
            tr("The new charge's own order id; made up for you, change it if you like. Never used twice."),
            extra=self.new_id_button,
        )
        self.amount = AmountEdit(self._currency(), section)
        self.form.add_field(
            "amount", tr("Amount"), self.amount, tr("How much to charge; the original payment's amount by default.")
        )
        self._reason_field(section, tr("e.g. monthly subscription, March"), tr("What the charge is for (required)."))
        self.charge_button = primary(QPushButton(icon("recurrent"), tr("Charge again…"), section))
        self.charge_button.setToolTip(tr("Check, confirm, then send the repeat charge to the gateway (Enter)"))
        self._submit_button(section, self.charge_button)

        parent_rows = [("status", tr("Payment status")), ("amount", tr("Amount")), ("card", tr("Card")),
                       ("customer", tr("Customer"))]  # fmt: skip
        parent_box = self._order_box(tr("The original payment"), parent_rows)
        self.parent_grid, self.parent_note = self.lookup_grid, self.lookup_note
        result = [("amount", tr("Amount")), ("payment_id", tr("Payment id")), ("message", tr("Gateway message"))]
        self.panel = ResultBox(self, tr("Last repeat charge"), tr("New order"), result)
        self.follow_note = QLabel("", self.panel)  # the badge above follows the new order's status
        self.follow_note.setObjectName("hint")
        self.panel.body.addWidget(self.follow_note)
        self._lay_out(section, parent_box, self.panel)

        self.follower = StatusFollower(ctx, self, interval_ms=FOLLOW_MS)
        self.follower.updated.connect(self._followed)
        self.follow = FollowNote(self.follower, self.follow_note)

        self.new_id_button.clicked.connect(self.renew_order_id)
        self._connect([self.order_edit, self.amount, self.reason])

    def _escape(self) -> bool:
        """Esc: stop following the new order's status first; else as the other order tabs."""
        if self.follower.is_following():
            self.follow.stop()
            return True
        return super()._escape()

    # ------------------------------------------------------------ public

    @property
    def parent_info(self) -> TransactionInfo | None:
        """The parent payment as read with /check (None until it is)."""
        return self.info

    def stop(self) -> None:
        """The window is closing: stop following, stop waiting."""
        self.follower.stop()
        for task in (self._load_task, self._send_task):
            if task is not None:
                task.cancel()

    @Slot()
    def renew_order_id(self) -> None:
        self.order_edit.setText(new_recurrent_id())

    # ------------------------------------------------------------ checks: the service's own

    def _problems(self, order: OrderView, amount: int | None, reason: str) -> dict[str, str]:
        found = g.collect(
            g.repeatable_parent(order.info, order.order_id),
            None if amount is None else g.positive_amount(amount),
        )
        request = RecurrentRequest(
            order_id=self.order_edit.text().strip(), parent_order_id=order.order_id, amount=amount or 1, reason=reason
        )
        checked = validate_recurrent(request)
        if amount is None:
            checked.pop("amount", None)
        return {**found, **checked}

    def _after_load(self, order: OrderView) -> None:
        problem = g.repeatable_parent(order.info, order.order_id)
        if problem is not None:
            field, sentence = problem
            self.form.set_errors({field: sentence}, focus=False)

    # ------------------------------------------------------------ sending

    def _confirm_lines(self, order: OrderView, amount: int, amount_text: str, reason: str) -> list[str]:
        card = order.info.card.number if order.info.card else None
        of_order = tr("Card of order {order}: {card}") if card else tr("Card of order {order}")
        return [
            tr("Amount: {amount}").format(amount=amount_text),
            of_order.format(order=order.order_id, card=card),
            tr("New order id: {order}").format(order=self.order_edit.text().strip()),
            tr("Reason: {reason}").format(reason=reason),
            tr("Environment: {environment}").format(environment=environment(self.ctx)),
        ]

    def _review_call(self, ops: OperationsService, order: OrderView, amount: int) -> Call[Review]:
        return Call(ops.recurrent_review, order.order_id, amount, self.order_edit.text().strip(), order.info)

    def _call(
        self, ops: OperationsService, order: OrderView, amount: int, amount_text: str, reason: str,
        confirmed: frozenset[str],
    ) -> tuple[Call[OperationResult], str, list[QWidget]]:  # fmt: skip
        self.follower.stop()
        new_id = self.order_edit.text().strip()
        call = Call(ops.recurrent, order.order_id, amount, reason, new_id, order.info, confirmed=confirmed)
        busy = tr("Charging {amount} to the card of order {order}…").format(amount=amount_text, order=order.order_id)
        return call, busy, [self.charge_button, self.load_button, self.new_id_button]

    def _show_result(self, result: OperationResult, amount: int) -> None:
        response = result.response
        self._start_result(result, result.order_id)
        grid = self.panel.grid
        grid.set("amount", self._money(amount))
        grid.set("payment_id", getattr(response, "payment_id", None) or "")
        grid.set("message", getattr(response, "message", None) or getattr(response, "err", None) or "")

    def _outcome(self, result: OperationResult, amount: int) -> Said:
        if result.error is not None:
            return "error", tr("Not charged. {reason}").format(reason=describe_error(result.error))
        if result.state == State.SUCCEEDED:
            said = tr("Charged {amount} again, order {order}.")
            return "success", said.format(amount=self._money(amount), order=result.order_id)
        if result.state in (State.NEEDS_REVIEW, State.UNKNOWN):
            return "error", say(result.message)
        return "info", tr("Sent; the gateway is still processing it. The status above follows by itself.")

    def _sent(self, result: OperationResult) -> None:
        self.follow.follow(result.order_id, now=True)
        self.renew_order_id()

    def _saved_texts(self) -> dict[str, str]:
        return {**super()._saved_texts(), "order_id": self.order_edit.text()}

    def _restore_texts(self, texts: dict[str, str]) -> None:
        super()._restore_texts(texts)
        self.order_edit.setText(texts.get("order_id") or new_recurrent_id())

    # ------------------------------------------------------------ following the new order

    @Slot(object)
    def _followed(self, result: OperationResult) -> None:
        state = outcome_state(result)
        self.panel.badge.set_state(state)
        if result.message:
            self.panel.note.setText(say(result.message))
        if state.is_final or state == State.NEEDS_REVIEW:
            self.follow.clear()
            ends = {
                State.SUCCEEDED: ("success", tr("The gateway confirmed the repeat charge.")),
                State.FAILED: ("error", tr("The repeat charge failed.")),
            }
            end = ends.get(state, ("error", say(result.message)))
            if self.message.tone != end[0]:
                say_again(self.message, *end)
        else:
            self.follow.following()

    def _session_leaving(self, session: ProfileSession) -> None:
        super()._session_leaving(session)
        self.follower.stop()

    def _restore(self) -> None:
        super()._restore()
        self.follow.clear()
        result = self.result
        if result is not None and not (outcome_state(result).is_final or result.state == State.NEEDS_REVIEW):
            self.follow.follow(result.order_id, now=True)  # not known final when this profile was left: ask

    # ------------------------------------------------------------ display

    def _show_details(self, order: OrderView) -> None:
        info = order.info
        self.parent_grid.set("amount", self._money(info.amount) if info.amount is not None else "")
        if order.succeeded:
            self.parent_note.setText(tr("Order {order} can be charged again.").format(order=order.order_id))
        else:
            self.parent_note.setText(tr("Order {order} cannot be charged again.").format(order=order.order_id))
