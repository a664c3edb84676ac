"""Recurrent: charge the saved card of a successful payment again, under a new order id.

The parent is read with /check (in a worker) as soon as its order id is entered or prefilled: its
amount becomes the default. A parent that did not succeed is refused next to its field, nothing sent
(the gateway refuses it too). After sending, the new order's status is followed until it is final.

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
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget

from ...api.errors import OrderNotFound
from ...api.models import SUCCESS, TransactionInfo
from ...api.money import AmountError, format_amount
from ...api.validation import check_order_id
from ..messages import VALIDATION, describe_error, error_fields
from ..widgets.amount_edit import AmountEdit
from ..widgets.busy import BusyBar
from ..widgets.confirm import ConfirmDialog
from ..widgets.follower import StatusFollower
from ..widgets.forms import FieldForm, Section
from ..widgets.icons import icon
from ..widgets.panels import KeyValueGrid, primary
from ..widgets.status_badge import status_words
from ..widgets.submit_row import SubmitRow
from .tab_parts import ResultBox, currency, environment, money, outcome_state, status_phrase

FOLLOW_MS = 1500
_PARENT = [("status", "Payment status"), ("amount", "Amount"), ("card", "Card"), ("customer", "Customer")]
_RESULT = [("amount", "Amount"), ("payment_id", "Payment id"), ("message", "Gateway message")]


def new_recurrent_id() -> str:
    """rec-<yyyymmdd>-<6 hex>: letters, digits and dashes only."""
    return f"rec-{datetime.now():%Y%m%d}-{secrets.token_hex(3)}"


class RecurrentTab(QWidget):
    title = "Recurrent"
    icon_name = "recurrent"

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_info: TransactionInfo | None = None
        self.loaded_id = ""
        self.result: Any = None
        self._loading_id = ""
        self._load_task: Any = None
        self._send_task: Any = None
        self._default_text = ""
        self._submit_after_load = False
        self._sent_amount = 0

        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(12)

        left = QVBoxLayout()
        section = Section(
            "Charge a saved card again",
            self,
            description="Name a successful payment (the parent): its card is charged again under a new "
            "order id, for its amount unless you change it.",
        )
        self.form = FieldForm(section)
        self.parent_edit = QLineEdit(section)
        self.parent_edit.setPlaceholderText("the original payment's order id")
        self.parent_edit.setClearButtonEnabled(True)
        self.parent_edit.setMaxLength(64)
        self.load_button = QPushButton(icon("lookup"), "Look up", section)
        self.load_button.setToolTip("Read the original payment: its status, amount and card")
        self.form.add_field(
            "parent_order_id",
            "Parent order id",
            self.parent_edit,
            "The order id of the successful payment whose card is charged again.",
            extra=self.load_button,
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
        self.reason = QLineEdit(section)
        self.reason.setPlaceholderText("e.g. monthly subscription, March")
        self.reason.setMaxLength(255)
        self.form.add_field("reason", "Reason", self.reason, "What the charge is for (required).")
        section.add(self.form)
        self.charge_button = primary(QPushButton(icon("recurrent"), "Charge again…", section))
        self.charge_button.setToolTip("Check, confirm, then send the repeat charge to the gateway (Enter)")
        self.submit_row = SubmitRow(self.charge_button, section)
        self.message, self.busy = self.submit_row.message, self.submit_row.busy
        section.add(self.submit_row)
        left.addWidget(section)
        left.addStretch(1)
        outer.addLayout(left, 3)

        right = QVBoxLayout()
        parent_box = Section("The original payment", self)
        self.parent_note = QLabel("", parent_box)
        self.parent_note.setObjectName("hint")
        self.parent_note.setWordWrap(True)
        parent_box.add(self.parent_note)
        self.parent_grid = KeyValueGrid(_PARENT, parent_box, columns=1)
        parent_box.add(self.parent_grid)
        self.load_busy = BusyBar(parent_box)
        parent_box.add(self.load_busy)
        right.addWidget(parent_box)

        self.panel = ResultBox(self, "Last repeat charge", "New order", _RESULT)
        self.follow_note = QLabel("", self.panel)  # the badge above follows the new order's status
        self.follow_note.setObjectName("hint")
        self.panel.body.addWidget(self.follow_note)
        right.addWidget(self.panel)
        right.addStretch(1)
        outer.addLayout(right, 2)

        self.follower = StatusFollower(ctx, self, interval_ms=FOLLOW_MS)
        self.follower.updated.connect(self._followed)
        self.follower.failed.connect(self._follow_failed)
        self.follower.gave_up.connect(self._gave_up)

        self.load_button.clicked.connect(self._load_clicked)
        self.parent_edit.returnPressed.connect(self._load_clicked)
        self.parent_edit.editingFinished.connect(self._parent_edited)
        self.parent_edit.textEdited.connect(self._parent_typed)
        self.new_id_button.clicked.connect(self.renew_order_id)
        self.charge_button.clicked.connect(self.submit)
        for edit in (self.order_edit, self.amount, self.reason):
            edit.returnPressed.connect(self.submit)
        ctx.profile_changed.connect(self._profile_changed)
        self._show_parent()

    # ------------------------------------------------------------ public

    def stop(self) -> None:
        """The window is closing: stop following, stop waiting."""
        self.follower.stop()
        for task in (self._load_task, self._send_task):
            if task is not None:
                task.cancel()

    def prefill(self, order_id: str) -> None:
        self.parent_edit.setText(order_id.strip())
        self.load()
        self.reason.setFocus()

    @Slot()
    def renew_order_id(self) -> None:
        self.order_edit.setText(new_recurrent_id())

    def load(self, order_id: str | None = None) -> None:
        """Read the parent payment with /check in a worker."""
        if order_id is not None:
            self.parent_edit.setText(order_id)
        text = self.parent_edit.text().strip()
        self.form.set_errors({})
        problem = check_order_id(text) if text else "Enter the order id of the original payment."
        if problem:
            self._submit_after_load = False
            self.form.set_errors({"parent_order_id": problem})
            return
        if self.ctx.ops is None:
            self.message.error("No profile is open yet; nothing was read.")
            return
        if self._load_task is not None:
            self._load_task.cancel()
        self.parent_info, self.loaded_id, self._loading_id = None, "", text
        self._show_parent()
        self._load_task = self.ctx.runner.start(
            self.ctx.ops.check, text, on_success=self._loaded, on_failure=self._load_failed
        )
        self.load_busy.track(self._load_task, f"Reading order {text}…", disable=[self.load_button], sends=False)

    @Slot()
    def submit(self) -> None:
        if self._send_task is not None:
            return
        self.message.clear()
        parent_id = self.parent_edit.text().strip()
        if parent_id != self.loaded_id or self.parent_info is None:
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
        order_id = self.order_edit.text().strip()
        reason = self.reason.text().strip()
        amount_text = format_amount(amount, self._currency())
        card = self.parent_info.card.number if self.parent_info.card else None
        lines = [
            f"Amount: {amount_text}",
            f"Card of order {parent_id}" + (f": {card}" if card else ""),
            f"New order id: {order_id}",
            f"Reason: {reason}",
            f"Environment: {environment(self.ctx)}",
        ]
        if not ConfirmDialog.ask(self, self.ctx, "Charge this card again?", lines, amount_text):
            self.message.info("Not sent.")
            return
        self.follower.stop()
        self._sent_amount = amount
        self._send_task = self.ctx.runner.start(
            self.ctx.ops.recurrent,
            parent_id,
            amount,
            reason,
            order_id,
            on_success=self._sent,
            on_failure=self._send_failed,
        )
        self.busy.track(
            self._send_task,
            f"Charging {amount_text} to the card of order {parent_id}…",
            disable=[self.charge_button, self.load_button, self.new_id_button],
        )

    # ------------------------------------------------------------ checks

    def _check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        info = self.parent_info
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

    # ------------------------------------------------------------ answers

    def _loaded(self, info: TransactionInfo) -> None:
        self._load_task = None
        self.parent_info, self.loaded_id = info, self._loading_id
        self._show_parent()
        typed = self.amount.text().strip()
        if info.amount and (not typed or typed == self._default_text):
            self.amount.set_minor(info.amount)
            self._default_text = self.amount.text()
        if info.status != SUCCESS or (info.type or "Payment") != "Payment":
            words = f"This payment {status_phrase(info.status)}: only a successful payment can be charged again."
            self.form.set_errors({"parent_order_id": words})
        if self._submit_after_load:
            self.submit()

    def _load_failed(self, exc: BaseException) -> None:
        self._load_task = None
        self._submit_after_load = False
        self._show_parent()
        if isinstance(exc, OrderNotFound):
            self.form.set_errors({"parent_order_id": "The gateway has no payment with this order id."})
        else:
            self.parent_note.setText("Could not read the order: " + describe_error(exc))

    def _sent(self, result: Any) -> None:
        self._send_task = None
        self.result = result
        response = result.response
        panel = self.panel
        panel.start(result.order_id, result.message)
        panel.badge.set_state(outcome_state(result))
        panel.grid.set("amount", money(self.ctx, self._sent_amount))
        panel.grid.set("payment_id", getattr(response, "payment_id", None) or "")
        panel.grid.set("message", getattr(response, "message", None) or getattr(response, "err", None) or "")
        if result.error is not None:
            self.message.error("Not charged. " + describe_error(result.error))
        elif result.state == "succeeded":
            self.message.success(f"Charged {money(self.ctx, self._sent_amount)} again, order {result.order_id}.")
        elif result.state in ("needs_review", "unknown"):
            self.message.error(result.message)
        else:
            self.message.info("Sent; the gateway is still processing it. The status above follows by itself.")
        self.follow_note.setText("Checking the status with the gateway…")
        self.follower.follow(result.order_id, now=True)
        self.renew_order_id()

    def _send_failed(self, exc: BaseException) -> None:
        self._send_task = None
        fields = error_fields(exc)
        if fields:
            self.form.set_errors(fields)
            self.message.error(VALIDATION)
            return
        text = describe_error(exc)
        if "successful payment" in text or "no order" in text:
            self.form.set_errors({"parent_order_id": text})
        elif "order id" in text:
            self.form.set_errors({"order_id": text})
        self.message.error(text)

    # ------------------------------------------------------------ following the new order

    @Slot(object)
    def _followed(self, result: Any) -> None:
        state = outcome_state(result)
        self.panel.badge.set_state(state)
        if result.message:
            self.panel.note.setText(result.message)
        if state in ("succeeded", "failed", "needs_review"):
            self.follow_note.setText("")
            if self.message.tone != ("success" if state == "succeeded" else "error"):
                words = {"succeeded": "The gateway confirmed the repeat charge.", "failed": "The repeat charge failed."}
                say = self.message.success if state == "succeeded" else self.message.error
                say(words.get(state, result.message))
        else:
            self.follow_note.setText(f"Following the status every {FOLLOW_MS / 1000:g} s…")

    @Slot(object)
    def _follow_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.follow_note.setText("Stopped following: " + describe_error(exc))

    @Slot()
    def _gave_up(self) -> None:
        self.follow_note.setText("Stopped following after 30 minutes; Lookup can check it later.")

    # ------------------------------------------------------------ display

    def _show_parent(self) -> None:
        info = self.parent_info
        if info is None:
            self.parent_grid.clear_values()
            self.parent_note.setText("Enter the original payment's order id to see its amount and card.")
            return
        self.parent_grid.set("status", status_words(info.status))
        self.parent_grid.set("amount", self._money(info.amount) if info.amount is not None else "")
        self.parent_grid.set("card", info.card.number if info.card else "")
        self.parent_grid.set("customer", " ".join(p for p in (info.firstName, info.lastName) if p))
        if info.status == SUCCESS and (info.type or "Payment") == "Payment":
            self.parent_note.setText(f"Order {self.loaded_id} can be charged again.")
        else:
            self.parent_note.setText(f"Order {self.loaded_id} cannot be charged again.")

    def _money(self, minor: int) -> str:
        return money(self.ctx, minor)

    def _currency(self) -> str:
        return currency(self.ctx)

    @Slot()
    def _load_clicked(self) -> None:
        self.load()

    @Slot()
    def _parent_edited(self) -> None:
        text = self.parent_edit.text().strip()
        if text and text != self.loaded_id and self._load_task is None:
            self.load()

    @Slot(str)
    def _parent_typed(self, _text: str) -> None:
        if self.parent_info is not None:
            self.parent_info, self.loaded_id = None, ""
            self._show_parent()

    @Slot(object)
    def _profile_changed(self, _profile: Any) -> None:
        self.amount.set_currency(self._currency())
        self.parent_info, self.loaded_id = None, ""
        self._show_parent()
