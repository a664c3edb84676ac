"""Recurrent: charge the saved card of a successful payment again, under a new order id.

The parent is read with /check (in a worker) as soon as its order id is entered or prefilled: its
amount becomes the default. A parent that did not succeed is refused next to its field, nothing sent
(the gateway refuses it too). After sending, the new order's status is followed until it is final.
The look-up, confirm and send machinery is order_action.py.

Public API (main window, tests, screenshots):
    tab.prefill(order_id)    the parent's order id, looked up
    tab.load(order_id=None)  look the (typed) parent up
    tab.submit()             check, confirm, send the repeat charge
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QToolButton, QWidget

from ...api.models import SUCCESS, TransactionInfo
from ...api.money import AmountError
from ...api.validation import check_order_id
from ..messages import describe_error
from ..widgets.amount_edit import AmountEdit
from ..widgets.follower import FollowNote, StatusFollower
from ..widgets.icons import icon
from ..widgets.panels import primary
from .order_action import OrderActionTab, is_successful_payment
from .tab_parts import ResultBox, environment, outcome_state, status_phrase

FOLLOW_MS = 1500
_PARENT = [("status", "Payment status"), ("amount", "Amount"), ("card", "Card"), ("customer", "Customer")]
_RESULT = [("amount", "Amount"), ("payment_id", "Payment id"), ("message", "Gateway message")]


def new_recurrent_id() -> str:
    """rec-<yyyymmdd>-<6 hex>: letters, digits and dashes only."""
    return f"rec-{datetime.now():%Y%m%d}-{secrets.token_hex(3)}"


class RecurrentTab(OrderActionTab):
    title = "Recurrent"
    icon_name = "recurrent"
    lookup_key = "parent_order_id"
    lookup_missing = "Enter the order id of the original payment."
    empty_note = "Enter the original payment's order id to see its amount and card."
    confirm_title = "Charge this card again?"

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        section = self._form_section(
            "Charge a saved card again",
            "Name a successful payment (the parent): its card is charged again under a new "
            "order id, for its amount unless you change it.",
        )
        self.parent_edit = self._lookup_field(
            section,
            "Parent order id",
            "the original payment's order id",
            "Read the original payment: its status, amount and card",
            "The order id of the successful payment whose card is charged again.",
        )
        self.order_edit = QLineEdit(new_recurrent_id(), section)
        self.order_edit.setMaxLength(64)
        self.new_id_button = QToolButton(section)
        self.new_id_button.setIcon(icon("refresh"))
        self.new_id_button.setToolTip("Make up a new order id")
        self.new_id_button.setAccessibleName("New order id")
        self.form.add_field(
            "order_id",
            "New order id",
            self.order_edit,
            "The new charge's own order id; made up for you, change it if you like. Never used twice.",
            extra=self.new_id_button,
        )
        self.amount = AmountEdit(self._currency(), section)
        self.form.add_field(
            "amount", "Amount", self.amount, "How much to charge; the original payment's amount by default."
        )
        self._reason_field(section, "e.g. monthly subscription, March", "What the charge is for (required).")
        self.charge_button = primary(QPushButton(icon("recurrent"), "Charge again…", section))
        self.charge_button.setToolTip("Check, confirm, then send the repeat charge to the gateway (Enter)")
        self._submit_button(section, self.charge_button)

        parent_box = self._order_box("The original payment", _PARENT)
        self.parent_grid, self.parent_note = self.lookup_grid, self.lookup_note
        self.panel = ResultBox(self, "Last repeat charge", "New order", _RESULT)
        self.follow_note = QLabel("", self.panel)  # the badge above follows the new order's status
        self.follow_note.setObjectName("hint")
        self.panel.body.addWidget(self.follow_note)
        self._lay_out(section, parent_box, self.panel)

        self.follower = StatusFollower(ctx, self, interval_ms=FOLLOW_MS)
        self.follower.updated.connect(self._followed)
        self.follow = FollowNote(self.follower, self.follow_note)

        self.new_id_button.clicked.connect(self.renew_order_id)
        self._connect([self.order_edit, self.amount, self.reason])

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

    # ------------------------------------------------------------ checks

    def _check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        info = self.info
        assert info is not None
        if (info.type or "Payment") != "Payment":
            errors["parent_order_id"] = f"Only a payment can be charged again; this order is a {info.type}."
        elif info.status != SUCCESS:
            errors["parent_order_id"] = (
                f"The original payment {status_phrase(info.status)}; only a successful payment's card can be "
                "charged again."
            )
        order_id = self.order_edit.text().strip()
        problem = check_order_id(order_id)
        if problem:
            errors["order_id"] = problem
        elif order_id == self.loaded_id:
            errors["order_id"] = "A repeat charge needs a new order id, not the original payment's."
        try:
            if self.amount.minor_units() <= 0:
                errors["amount"] = "Enter an amount above zero."
        except AmountError as exc:
            errors["amount"] = str(exc)
        if not self.reason.text().strip():
            errors["reason"] = "Say what the charge is for; the gateway requires it."
        return errors

    def _after_load(self, info: TransactionInfo) -> None:
        if not is_successful_payment(info):
            words = f"This payment {status_phrase(info.status)}: only a successful payment can be charged again."
            self.form.set_errors({"parent_order_id": words})

    # ------------------------------------------------------------ sending

    def _confirm_lines(self, lookup_id: str, amount: int, amount_text: str, reason: str) -> list[str]:
        assert self.info is not None
        card = self.info.card.number if self.info.card else None
        return [
            f"Amount: {amount_text}",
            f"Card of order {lookup_id}" + (f": {card}" if card else ""),
            f"New order id: {self.order_edit.text().strip()}",
            f"Reason: {reason}",
            f"Environment: {environment(self.ctx)}",
        ]

    def _send(self, lookup_id: str, amount: int, amount_text: str, reason: str) -> None:
        self.follower.stop()
        self._send_task = self.ctx.runner.start(
            self.ctx.ops.recurrent,
            lookup_id,
            amount,
            reason,
            self.order_edit.text().strip(),
            on_success=self._sent,
            on_failure=self._send_failed,
        )
        self.busy.track(
            self._send_task,
            f"Charging {amount_text} to the card of order {lookup_id}…",
            disable=[self.charge_button, self.load_button, self.new_id_button],
        )

    def _sent(self, result: Any) -> None:
        response = result.response
        self._start_result(result, result.order_id)
        grid = self.panel.grid
        grid.set("amount", self._money(self._sent_amount))
        grid.set("payment_id", getattr(response, "payment_id", None) or "")
        grid.set("message", getattr(response, "message", None) or getattr(response, "err", None) or "")
        if result.error is not None:
            self.message.error("Not charged. " + describe_error(result.error))
        elif result.state == "succeeded":
            self.message.success(f"Charged {self._money(self._sent_amount)} again, order {result.order_id}.")
        elif result.state in ("needs_review", "unknown"):
            self.message.error(result.message)
        else:
            self.message.info("Sent; the gateway is still processing it. The status above follows by itself.")
        self.follow.follow(result.order_id, now=True)
        self.renew_order_id()

    def _error_field(self, text: str) -> str | None:
        if "successful payment" in text or "no order" in text:
            return "parent_order_id"
        if "order id" in text:
            return "order_id"
        return None

    # ------------------------------------------------------------ following the new order

    @Slot(object)
    def _followed(self, result: Any) -> None:
        state = outcome_state(result)
        self.panel.badge.set_state(state)
        if result.message:
            self.panel.note.setText(result.message)
        if state in ("succeeded", "failed", "needs_review"):
            self.follow.clear()
            if self.message.tone != ("success" if state == "succeeded" else "error"):
                words = {"succeeded": "The gateway confirmed the repeat charge.", "failed": "The repeat charge failed."}
                say = self.message.success if state == "succeeded" else self.message.error
                say(words.get(state, result.message))
        else:
            self.follow.following()

    # ------------------------------------------------------------ display

    def _show_details(self, info: TransactionInfo) -> None:
        self.parent_grid.set("amount", self._money(info.amount) if info.amount is not None else "")
        if is_successful_payment(info):
            self.parent_note.setText(f"Order {self.loaded_id} can be charged again.")
        else:
            self.parent_note.setText(f"Order {self.loaded_id} cannot be charged again.")
