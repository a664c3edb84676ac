"""Refunds: give back all or part of a successful payment.

The order id is looked up (in a worker) as soon as it is entered or prefilled: what was paid, what this
desk has already refunded, and what is still refundable, which becomes the default amount (a full
refund). A smaller amount makes a partial refund; more than is left is refused next to the amount, with
nothing sent. A refund has no order id of its own, so one whose outcome is unknown is never sent again:
it is marked for the operator to verify.

Public API (main window, tests, screenshots):
    tab.prefill(order_id)    fill the order id and look it up
    tab.load(order_id=None)  look the (typed) order id up
    tab.submit()             check, confirm, send the refund
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...api.errors import OrderNotFound
from ...api.models import SUCCESS, TransactionInfo
from ...api.money import AmountError, format_amount
from ...api.validation import check_order_id
from ..messages import VALIDATION, describe_error, error_fields
from ..widgets.amount_edit import AmountEdit
from ..widgets.busy import BusyBar
from ..widgets.confirm import ConfirmDialog
from ..widgets.forms import FieldForm, Section
from ..widgets.icons import icon
from ..widgets.panels import KeyValueGrid, primary
from ..widgets.status_badge import status_words
from ..widgets.submit_row import SubmitRow
from .tab_parts import ResultBox, currency, environment, money, outcome_state, status_phrase

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


class RefundsTab(QWidget):
    title = "Refunds"
    icon_name = "refunds"

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: TransactionInfo | None = None  # the loaded order
        self.refundable: int | None = None
        self.loaded_id = ""
        self.result: Any = None  # the last OperationResult
        self._load_task: Any = None
        self._send_task: Any = None
        self._default_text = ""  # the amount we filled in (replaced when the operator did not change it)
        self._submit_after_load = False
        self._loading_id = ""
        self._sent_amount = 0

        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(12)

        # ---- left: the refund form
        left = QVBoxLayout()
        section = Section(
            "Refund a payment",
            self,
            description="Enter the payment's order id: the amount still refundable is filled in (a full "
            "refund). Lower it for a partial refund.",
        )
        self.form = FieldForm(section)
        self.order_edit = QLineEdit(section)
        self.order_edit.setPlaceholderText("the payment's order id")
        self.order_edit.setClearButtonEnabled(True)
        self.order_edit.setMaxLength(64)
        self.load_button = QPushButton(icon("lookup"), "Look up", section)
        self.load_button.setToolTip("Read what was paid and what is still refundable")
        self.form.add_field(
            "order_id",
            "Order id",
            self.order_edit,
            "The order id of the payment to refund, exactly as it was sent.",
            extra=self.load_button,
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
        self.reason = QLineEdit(section)
        self.reason.setPlaceholderText("e.g. goods returned")
        self.reason.setMaxLength(255)
        self.form.add_field("reason", "Reason", self.reason, "Why the money is given back (required).")
        section.add(self.form)
        self.refund_button = primary(QPushButton(icon("refunds"), "Refund…", section))
        self.refund_button.setToolTip("Check, confirm, then send the refund to the gateway (Enter)")
        self.submit_row = SubmitRow(self.refund_button, section)
        self.message, self.busy = self.submit_row.message, self.submit_row.busy
        section.add(self.submit_row)
        left.addWidget(section)
        left.addStretch(1)
        outer.addLayout(left, 3)

        # ---- right: the order and the last refund
        right = QVBoxLayout()
        order = Section("The payment", self)
        self.summary_note = QLabel("Enter an order id to see what was paid and what is left.", order)
        self.summary_note.setObjectName("hint")
        self.summary_note.setWordWrap(True)
        order.add(self.summary_note)
        self.summary = KeyValueGrid(_SUMMARY, order, columns=1)
        self.summary.setToolTip(
            "Already refunded counts the refunds sent from this desk (also any waiting for review); "
            "the gateway stays the judge of refunds made elsewhere."
        )
        order.add(self.summary)
        self.load_busy = BusyBar(order)
        order.add(self.load_busy)
        right.addWidget(order)

        self.panel = ResultBox(self, "Last refund", "Refund id", _RESULT)
        right.addWidget(self.panel)
        right.addStretch(1)
        outer.addLayout(right, 2)

        self.load_button.clicked.connect(self._load_clicked)
        self.order_edit.returnPressed.connect(self._load_clicked)
        self.order_edit.editingFinished.connect(self._order_edited)
        self.order_edit.textEdited.connect(self._order_typed)
        self.full_button.clicked.connect(self.fill_full_amount)
        self.refund_button.clicked.connect(self.submit)
        self.amount.returnPressed.connect(self.submit)
        self.reason.returnPressed.connect(self.submit)
        ctx.profile_changed.connect(self._profile_changed)
        self._show_summary()

    # ------------------------------------------------------------ public

    def prefill(self, order_id: str) -> None:
        self.order_edit.setText(order_id.strip())
        self.load()
        self.reason.setFocus()

    def load(self, order_id: str | None = None) -> None:
        """Read the order (status, paid, refundable) in a worker."""
        if order_id is not None:
            self.order_edit.setText(order_id)
        text = self.order_edit.text().strip()
        self.form.set_errors({})
        problem = check_order_id(text) if text else "Enter the order id of the payment to refund."
        if problem:
            self._submit_after_load = False
            self.form.set_errors({"order_id": problem})
            return
        if self.ctx.ops is None:
            self.message.error("No profile is open yet; nothing was read.")
            return
        if self._load_task is not None:
            self._load_task.cancel()
        self.info, self.refundable, self.loaded_id = None, None, ""
        self._loading_id = text
        self._show_summary()
        self._load_task = self.ctx.runner.start(
            load_order, self.ctx.ops, text, on_success=self._loaded, on_failure=self._load_failed
        )
        self.load_busy.track(self._load_task, f"Reading order {text}…", disable=[self.load_button], sends=False)

    @Slot()
    def fill_full_amount(self) -> None:
        if self.refundable:
            self.amount.set_minor(self.refundable)
            self._default_text = self.amount.text()

    @Slot()
    def submit(self) -> None:
        if self._send_task is not None:
            return  # the same refund is never sent twice
        self.message.clear()
        order_id = self.order_edit.text().strip()
        if order_id != self.loaded_id or self.info is None or self.refundable is None:
            self._submit_after_load = True
            self.load()
            return
        self._submit_after_load = False
        errors = self._check()
        if errors:
            self.form.set_errors(errors)
            self.message.error(VALIDATION)
            return
        amount = self.amount.minor_units()
        reason = self.reason.text().strip()
        amount_text = format_amount(amount, self._currency())
        kind = "Full refund" if amount == self.refundable else "Partial refund"
        lines = [
            f"Order: {order_id}",
            f"{kind}: {amount_text} of {self._money(self.info.amount or 0)} paid",
            f"Reason: {reason}",
            f"Environment: {environment(self.ctx)}",
        ]
        if not ConfirmDialog.ask(self, self.ctx, "Send this refund?", lines, amount_text):
            self.message.info("Not sent.")
            return
        self._sent_amount = amount
        self._send_task = self.ctx.runner.start(
            self.ctx.ops.refund, order_id, amount, reason, on_success=self._sent, on_failure=self._send_failed
        )
        self.busy.track(
            self._send_task,
            f"Sending the refund of {amount_text}…",
            disable=[self.refund_button, self.full_button, self.load_button],
        )

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

    # ------------------------------------------------------------ answers

    def _loaded(self, answer: tuple[TransactionInfo, int]) -> None:
        self._load_task = None
        self.info, self.refundable = answer
        self.loaded_id = self._loading_id
        self._show_summary()
        typed = self.amount.text().strip()
        if not typed or typed == self._default_text:
            self.fill_full_amount()
        if self._submit_after_load:
            self.submit()

    def _load_failed(self, exc: BaseException) -> None:
        self._load_task = None
        self._submit_after_load = False
        self._show_summary()
        if isinstance(exc, OrderNotFound):
            self.form.set_errors({"order_id": "The gateway has no payment with this order id."})
        else:
            self.summary_note.setText("Could not read the order: " + describe_error(exc))

    def _sent(self, result: Any) -> None:
        self._send_task = None
        self.result = result
        response = result.response
        panel = self.panel
        panel.start(getattr(response, "refund_id", None), result.message)
        panel.badge.set_state(outcome_state(result))
        panel.grid.set("order", result.order_id)
        panel.grid.set("amount", self._money(self._sent_amount))
        panel.grid.set("message", getattr(response, "message", None) or "")
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

    def _send_failed(self, exc: BaseException) -> None:
        self._send_task = None
        fields = error_fields(exc)
        if fields:
            self.form.set_errors(fields)
            self.message.error(VALIDATION)
            return
        text = describe_error(exc)
        if "left to refund" in text:
            self.form.set_errors({"amount": text})
        elif "no order" in text or "Only" in text:
            self.form.set_errors({"order_id": text})
        self.message.error(text)

    # ------------------------------------------------------------ display

    def _show_summary(self) -> None:
        info, left = self.info, self.refundable
        if info is None or left is None:
            self.summary.clear_values()
            self.summary_note.setText("Enter an order id to see what was paid and what is left.")
            return
        paid = info.amount or 0
        self.summary.set("status", status_words(info.status))
        self.summary.set("paid", self._money(paid))
        ok = info.status == SUCCESS and (info.type or "Payment") == "Payment"
        self.summary.set("refunded", self._money(paid - left) if ok else "")
        self.summary.set("left", self._money(left))
        self.summary.set("card", info.card.number if info.card else "")
        self.summary.set("customer", " ".join(p for p in (info.firstName, info.lastName) if p))
        if not ok:
            self.summary_note.setText("This order cannot be refunded: only successful payments can.")
        elif left <= 0:
            self.summary_note.setText("This payment has been refunded in full.")
        else:
            self.summary_note.setText(f"Order {self.loaded_id}: up to {self._money(left)} can be refunded.")

    def _money(self, minor: int) -> str:
        return money(self.ctx, minor)

    def _currency(self) -> str:
        return currency(self.ctx)

    # ------------------------------------------------------------ slots

    @Slot()
    def _load_clicked(self) -> None:
        self.load()

    @Slot()
    def _order_edited(self) -> None:
        text = self.order_edit.text().strip()
        if text and text != self.loaded_id and self._load_task is None:
            self.load()

    @Slot(str)
    def _order_typed(self, _text: str) -> None:
        if self.info is not None:
            self.info, self.refundable, self.loaded_id = None, None, ""
            self._show_summary()

    @Slot(object)
    def _profile_changed(self, _profile: Any) -> None:
        self.amount.set_currency(self._currency())
        self.info, self.refundable, self.loaded_id = None, None, ""
        self._show_summary()
