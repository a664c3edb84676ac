"""Refunds: give back all or part of a successful payment.

The order id is read (in a worker, one /check) as soon as it is entered or prefilled: what was paid and what
this desk's journal knows of its refunds show at once; then (another worker, no /check) the gateway's Refund
report for the order's period is read (services/money/refund_report.py, cached per profile and period):
"checking the gateway's refund report…", then what it says, each figure with its source
(services/money/order_view.py). The gateway's /check does not tell refunds, so "still refundable" is said as
"at most" unless the journal and the report agree, and only then is it filled in as the amount (a full refund);
a report that cannot be read is said so, and the gateway stays the judge. A smaller amount makes a partial
refund; more than is left is refused next to the amount by the same guard the service applies again before
sending (services.money.guards), with nothing sent. A refund of the order still waiting for its outcome or for
review holds it: any other refund is refused next to the order id, naming the entry and how to settle it. The
order read is sent along with the refund, so the service judges it without reading it again; after the answer,
what is left is counted again from the journal and the amount is not filled in again by itself (a new
operation); after a decline the gateway's words are said above the figures. A refund has no order id of its
own, so one whose outcome is unknown is never sent again: it is marked for the operator to verify. The
look-up, confirm and send machinery is order_action.py and order_send.py.

Public API (main window, tests, screenshots):
    tab.prefill(order_id)    fill the order id and look it up
    tab.load(order_id=None)  look the (typed) order id up
    tab.submit()             check, confirm, send the refund
"""

from __future__ import annotations

import functools
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QPushButton, QWidget

from ...api.models import RefundRequest
from ...api.validation import validate_refund
from ...services.journal.states import Kind, State
from ...services.money import guards as g
from ...services.money.order_view import GatewayRefunds
from ..batch.launch import BatchButton
from ..i18n import say, tr
from ..messages import describe_error
from ..widgets.amount_edit import AmountEdit
from ..widgets.icons import icon
from ..widgets.panels import primary
from ..worker import Call
from .order_action import OrderActionTab
from .tab_parts import ResultBox, environment
from .tab_state import Said

if TYPE_CHECKING:
    from ...services.money.guards import OrderView
    from ...services.money.operations import OperationsService
    from ...services.money.sending import OperationResult
    from ..context import DeskContext, ProfileSession
    from ..worker import Task

UNKNOWN_REFUND = (
    "The refund's outcome is unknown. It will NOT be sent again: it is marked for review. Look for it in a "
    "Refund report or the gateway's back office before refunding this order again, then mark it in Activity."
)


class RefundsTab(OrderActionTab):
    title = "Refunds"
    icon_name = "refunds"
    view_key = "refunds"
    lookup_key = "order_id"
    lookup_missing = "Enter the order id of the payment to refund."
    empty_note = "Enter an order id to see what was paid and what is left."
    confirm_title = "Send this refund?"

    def _missing_words(self) -> str:
        return tr("Enter the order id of the payment to refund.")

    def _empty_words(self) -> str:
        return tr("Enter an order id to see what was paid and what is left.")

    def _title_words(self) -> str:
        return tr("Send this refund?")

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._facts_task: Task | None = None  # the gateway's Refund report being read for the order shown

        # ---- left: the refund form
        section = self._form_section(
            tr("Refund a payment"),
            tr("Enter the payment's order id: once this desk's journal and the gateway's Refund report agree on "
               "what is still refundable, it is filled in (a full refund). Lower it for a partial refund."),
        )  # fmt: skip
        self.order_edit = self._lookup_field(
            section,
            tr("Order id"),
            tr("the payment's order id"),
            tr("Read what was paid and what is still refundable"),
            tr("The order id of the payment to refund, exactly as it was sent."),
        )
        self.amount = AmountEdit(self._currency(), section)
        self.full_button = QPushButton(tr("Full amount"), section)
        self.full_button.setToolTip(tr("Refund everything that is still refundable"))
        self.form.add_field(
            "amount",
            tr("Amount"),
            self.amount,
            tr("How much to give back. Full by default; a smaller amount makes a partial refund."),
            extra=self.full_button,
        )
        self._reason_field(section, tr("e.g. goods returned"), tr("Why the money is given back (required)."))
        self.refund_button = primary(QPushButton(icon("refunds"), tr("Refund…"), section))
        self.refund_button.setToolTip(tr("Check, confirm, then send the refund to the gateway (Enter)"))
        self._submit_button(section, self.refund_button)

        # ---- right: the order and the last refund
        summary = [("status", tr("Payment status")), ("paid", tr("Paid")), ("refunded", tr("Refunded from this desk")),
                   ("elsewhere", tr("Refunded elsewhere")), ("left", tr("Still refundable")), ("card", tr("Card")),
                   ("customer", tr("Customer"))]  # fmt: skip
        order = self._order_box(tr("The payment"), summary)
        self.summary, self.summary_note = self.lookup_grid, self.lookup_note
        self.summary.setToolTip(
            tr("Paid is the gateway's /check. Refunded from this desk counts this desk's journal (also any refund "
               "waiting for review). Refunded elsewhere is the gateway's Refund report, whose rows do not name the "
               "payment they refund: a refund on the same card and customer may be of another payment. The "
               "gateway stays the judge.")
        )  # fmt: skip
        result = [("order", tr("Order")), ("amount", tr("Amount")), ("message", tr("Gateway message"))]
        self.panel = ResultBox(self, tr("Last refund"), tr("Refund id"), result)
        self.batch_button = BatchButton(ctx, "refund", self)
        self._lay_out(section, order, self.panel, self.batch_button)

        self.full_button.clicked.connect(self.fill_full_amount)
        ctx.operation_changed.connect(self._journal_changed)
        self._connect([self.amount, self.reason])

    # ------------------------------------------------------------ public

    @property
    def refundable(self) -> int | None:
        """What may still be refunded of the order shown (None while none is)."""
        return self.order.refundable if self.order is not None else None

    @Slot()
    def fill_full_amount(self) -> None:
        """The operator asks for everything still refundable (at most: see the figures' sources)."""
        if self.order is not None and self.order.refundable > 0:
            self.amount.set_minor(self.order.refundable)

    # ------------------------------------------------------------ checks: the service's own

    def _default_minor(self) -> int | None:
        return self.order.default_amount if self.order is not None else None

    def _problems(self, order: OrderView, amount: int | None, reason: str) -> dict[str, str]:
        found = g.collect(
            g.refund_not_held(order, amount),
            g.refundable_order(order),
            None if amount is None else g.positive_amount(amount),
            None if amount is None else g.refund_amount(amount, order, self._currency()),
        )
        request = RefundRequest(order_id=order.order_id, amount=amount or 1, reason=reason)
        checked = validate_refund(request)
        if amount is None:
            checked.pop("amount", None)
        return {**found, **checked}

    # ------------------------------------------------------------ sending

    def _confirm_lines(self, order: OrderView, amount: int, amount_text: str, reason: str) -> list[str]:
        if amount == order.refundable:
            what = tr("Full refund: {amount} of {paid} paid")
        else:
            what = tr("Partial refund: {amount} of {paid} paid")
        return [
            tr("Order: {order}").format(order=order.order_id),
            what.format(amount=amount_text, paid=self._money(order.paid)),
            tr("Reason: {reason}").format(reason=reason),
            tr("Environment: {environment}").format(environment=environment(self.ctx)),
        ]

    def _call(
        self, ops: OperationsService, order: OrderView, amount: int, amount_text: str, reason: str,
        confirmed: frozenset[str],
    ) -> tuple[Call[OperationResult], str, list[QWidget]]:  # fmt: skip
        call = Call(ops.refund, order.order_id, amount, reason, order)
        busy = tr("Sending the refund of {amount}…").format(amount=amount_text)
        return call, busy, [self.refund_button, self.full_button, self.load_button]

    def _show_result(self, result: OperationResult, amount: int) -> None:
        response = result.response
        self._start_result(result, getattr(response, "refund_id", None))
        grid = self.panel.grid
        grid.set("order", result.order_id)
        grid.set("amount", self._money(amount))
        grid.set("message", getattr(response, "message", None) or "")

    def _outcome(self, result: OperationResult, amount: int) -> Said:
        if result.state in (State.NEEDS_REVIEW, State.UNKNOWN):
            return "error", tr(
                "The refund's outcome is unknown. It will NOT be sent again: it is marked for review. Look for it "
                "in a Refund report or the gateway's back office before refunding this order again, then mark it "
                "in Activity."
            )
        if result.error is not None:
            return "error", tr("Not refunded. {reason}").format(reason=describe_error(result.error))
        if result.state == State.SUCCEEDED:
            said = tr("Refunded {amount} on order {order}.")
            return "success", said.format(amount=self._money(amount), order=result.order_id)
        return "info", say(result.message)

    def _sent(self, result: OperationResult) -> None:
        order, ops = self.order, self.ctx.ops
        if order is None or ops is None or order.order_id != result.order_id:
            return
        # What is left, counted again from the journal: the order's /check has not changed by refunding.
        self._load_task = self.ctx.runner.start(
            Call(ops.order_view, order.order_id, order.info), on_success=self._loaded, on_failure=self._load_failed
        )

    @Slot(object)
    def _journal_changed(self, entry: object) -> None:
        """A refund of the order shown changed elsewhere (settled in Activity, sent from another window): what
        this desk knows of its refunds is read again from the journal (no /check)."""
        order, ops = self.order, self.ctx.ops
        if order is None or ops is None or self._send_task is not None or self._load_task is not None:
            return
        ours = (getattr(entry, "kind", None), getattr(entry, "order_id", None), getattr(entry, "profile", None))
        if ours != (Kind.REFUND, order.order_id, order.profile):
            return
        self._load_task = self.ctx.runner.start(
            Call(ops.order_view, order.order_id, order.info), on_success=self._loaded, on_failure=self._load_failed
        )

    # ------------------------------------------------------------ the gateway's Refund report

    def _after_load(self, order: OrderView) -> None:
        """Once the order is shown from its /check and the journal: read the gateway's Refund report (no /check)."""
        ops, session = self.ctx.ops, self.ctx.session
        if order.gateway is not None or not order.succeeded or ops is None or session is None:
            return
        if self._facts_task is not None:
            self._facts_task.cancel()
        self._facts_task = self.ctx.runner.start(
            Call(ops.gateway_refunds, order),
            on_success=functools.partial(self._facts_read, session),
            on_failure=functools.partial(self._facts_failed, session, order),
        )

    def _facts_read(self, session: ProfileSession, order: OrderView) -> None:
        self._facts_task = None
        if session is not self.ctx.session or self.loaded_id != order.order_id:
            return  # another order or another profile is in front now
        self.order = order
        self._show_order()
        self._fill_default()

    def _facts_failed(self, session: ProfileSession, order: OrderView, exc: BaseException) -> None:
        self._facts_task = None
        if session is self.ctx.session and self.loaded_id == order.order_id and self.order is not None:
            today = date.today()
            self.order = replace(self.order, gateway=GatewayRefunds(today, today, problem=describe_error(exc)))
            self._show_order()

    def _session_leaving(self, session: ProfileSession) -> None:
        super()._session_leaving(session)
        if self._facts_task is not None:
            self._facts_task.cancel()
            self._facts_task = None

    # ------------------------------------------------------------ display

    def _show_details(self, order: OrderView) -> None:
        for key, text in order.figures(self._money).items():
            self.summary.set(key, say(text))  # each figure with its source: the core's words (order_view.py)
        self.summary_note.setText(say(order.note(self._money)))
