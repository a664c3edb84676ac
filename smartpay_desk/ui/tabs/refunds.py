"""Refunds: give back all or part of a successful payment.

The order id is looked up (in a worker) as soon as it is entered or prefilled: what was paid, what this
desk has already refunded, and what is still refundable, which becomes the default amount (a full
refund). A smaller amount makes a partial refund; more than is left is refused next to the amount, with
nothing sent. A refund has no order id of its own, so one whose outcome is unknown is never sent again:
it is marked for the operator to verify. The look-up, confirm and send machinery is order_action.py.

Public API (main window, tests, screenshots):
    tab.prefill(order_id)    fill the order id and look it up
    tab.load(order_id=None)  look the (typed) order id up
    tab.submit()             check, confirm, send the refund
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QPushButton, QWidget

from ...api.models import SUCCESS, TransactionInfo
from ...api.money import AmountError
from ..messages import describe_error
from ..widgets.amount_edit import AmountEdit
from ..widgets.icons import icon
from ..widgets.panels import primary
from .order_action import OrderActionTab, is_successful_payment
from .tab_parts import ResultBox, environment, status_phrase

UNKNOWN_REFUND = (
    "The refund's outcome is unknown. It will NOT be sent again: it is marked for review. Look for it in a "
    "Refund report or the gateway's back office before refunding this order again, then mark it in Activity."
)
_SUMMARY = [
    ("status", "Payment status"),
    ("paid", "Paid"),
    ("refunded", "Already refunded"),
    ("left", "Still refundable"),
    ("card", "Card"),
    ("customer", "Customer"),
]
_RESULT = [("order", "Order"), ("amount", "Amount"), ("message", "Gateway message")]


def load_order(ops: Any, order_id: str) -> tuple[TransactionInfo, int]:
    """(the order's /check, what may still be refunded); runs in a worker."""
    return ops.check(order_id), ops.refundable(order_id)


class RefundsTab(OrderActionTab):
    title = "Refunds"
    icon_name = "refunds"
    lookup_key = "order_id"
    lookup_missing = "Enter the order id of the payment to refund."
    empty_note = "Enter an order id to see what was paid and what is left."
    confirm_title = "Send this refund?"

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.refundable: int | None = None

        # ---- left: the refund form
        section = self._form_section(
            "Refund a payment",
            "Enter the payment's order id: the amount still refundable is filled in (a full "
            "refund). Lower it for a partial refund.",
        )
        self.order_edit = self._lookup_field(
            section,
            "Order id",
            "the payment's order id",
            "Read what was paid and what is still refundable",
            "The order id of the payment to refund, exactly as it was sent.",
        )
        self.amount = AmountEdit(self._currency(), section)
        self.full_button = QPushButton("Full amount", section)
        self.full_button.setToolTip("Refund everything that is still refundable")
        self.form.add_field(
            "amount",
            "Amount",
            self.amount,
            "How much to give back. Full by default; a smaller amount makes a partial refund.",
            extra=self.full_button,
        )
        self._reason_field(section, "e.g. goods returned", "Why the money is given back (required).")
        self.refund_button = primary(QPushButton(icon("refunds"), "Refund…", section))
        self.refund_button.setToolTip("Check, confirm, then send the refund to the gateway (Enter)")
        self._submit_button(section, self.refund_button)

        # ---- right: the order and the last refund
        order = self._order_box("The payment", _SUMMARY)
        self.summary, self.summary_note = self.lookup_grid, self.lookup_note
        self.summary.setToolTip(
            "Already refunded counts the refunds sent from this desk (also any waiting for review); "
            "the gateway stays the judge of refunds made elsewhere."
        )
        self.panel = ResultBox(self, "Last refund", "Refund id", _RESULT)
        self._lay_out(section, order, self.panel)

        self.full_button.clicked.connect(self.fill_full_amount)
        self._connect([self.amount, self.reason])

    # ------------------------------------------------------------ public

    @Slot()
    def fill_full_amount(self) -> None:
        self.fill_default_amount()

    # ------------------------------------------------------------ the order

    _read = staticmethod(load_order)

    def _take(self, answer: tuple[TransactionInfo, int]) -> None:
        self.info, self.refundable = answer

    def _forget(self) -> None:
        self.info, self.refundable, self.loaded_id = None, None, ""

    def _ready(self) -> bool:
        return self.info is not None and self.refundable is not None

    def _default_minor(self) -> int | None:
        return self.refundable

    # ------------------------------------------------------------ checks

    def _check(self) -> dict[str, str]:
        """Sentences for the fields that stop the refund before anything is sent."""
        errors: dict[str, str] = {}
        info = self.info
        assert info is not None and self.refundable is not None
        if (info.type or "Payment") != "Payment":
            errors["order_id"] = f"Only payments can be refunded; this order is a {info.type}."
        elif info.status != SUCCESS:
            errors["order_id"] = f"Only successful payments can be refunded; this one {status_phrase(info.status)}."
        elif self.refundable <= 0:
            errors["order_id"] = "Nothing is left to refund on this payment."
        try:
            amount = self.amount.minor_units()
        except AmountError as exc:
            errors["amount"] = str(exc)
        else:
            if amount <= 0:
                errors["amount"] = "Enter an amount above zero."
            elif "order_id" not in errors and amount > self.refundable:
                errors["amount"] = (
                    f"That is more than the {self._money(self.refundable)} still refundable; nothing was sent."
                )
        if not self.reason.text().strip():
            errors["reason"] = "Say why the money is given back; the gateway requires a reason."
        return errors

    # ------------------------------------------------------------ sending

    def _confirm_lines(self, lookup_id: str, amount: int, amount_text: str, reason: str) -> list[str]:
        assert self.info is not None
        kind = "Full refund" if amount == self.refundable else "Partial refund"
        return [
            f"Order: {lookup_id}",
            f"{kind}: {amount_text} of {self._money(self.info.amount or 0)} paid",
            f"Reason: {reason}",
            f"Environment: {environment(self.ctx)}",
        ]

    def _send(self, lookup_id: str, amount: int, amount_text: str, reason: str) -> None:
        self._send_task = self.ctx.runner.start(
            self.ctx.ops.refund, lookup_id, amount, reason, on_success=self._sent, on_failure=self._send_failed
        )
        self.busy.track(
            self._send_task,
            f"Sending the refund of {amount_text}…",
            disable=[self.refund_button, self.full_button, self.load_button],
        )

    def _sent(self, result: Any) -> None:
        response = result.response
        self._start_result(result, getattr(response, "refund_id", None))
        grid = self.panel.grid
        grid.set("order", result.order_id)
        grid.set("amount", self._money(self._sent_amount))
        grid.set("message", getattr(response, "message", None) or "")
        if result.state in ("needs_review", "unknown"):
            self.message.error(UNKNOWN_REFUND)
        elif result.error is not None:
            self.message.error("Not refunded. " + describe_error(result.error))
        elif result.state == "succeeded":
            self.message.success(f"Refunded {self._money(self._sent_amount)} on order {result.order_id}.")
            self.reason.setText("")
        else:
            self.message.info(result.message)
        self.amount.setText("")  # filled again with what is left now
        self._default_text = ""
        self.load()

    def _error_field(self, text: str) -> str | None:
        if "left to refund" in text:
            return "amount"
        if "no order" in text or "Only" in text:
            return "order_id"
        return None

    # ------------------------------------------------------------ display

    def _show_details(self, info: TransactionInfo) -> None:
        left = self.refundable
        assert left is not None
        paid = info.amount or 0
        ok = is_successful_payment(info)
        self.summary.set("paid", self._money(paid))
        self.summary.set("refunded", self._money(paid - left) if ok else "")
        self.summary.set("left", self._money(left))
        if not ok:
            self.summary_note.setText("This order cannot be refunded: only successful payments can.")
        elif left <= 0:
            self.summary_note.setText("This payment has been refunded in full.")
        else:
            self.summary_note.setText(f"Order {self.loaded_id}: up to {self._money(left)} can be refunded.")
