"""Payouts: the payout balance, live, and a payout by hand to a card, a phone or an account.

The balance is read in a worker every 5 s, never two reads at once, while the tab is visible or a payout
is being followed (hidden and idle, it stops asking; shown again, it reads at once). Pause stops it.
Each read is announced on ctx.balance_changed. A payout is checked against the available balance before
it is sent (a sentence next to the amount, nothing sent), confirmed (amount, masked destination,
environment), and then followed every 1.5 s until final; the card number is cleared once sent.

Public API (main window, tests, screenshots):
    tab.prefill(order_id)        follow an existing payout's status (Lookup)
    tab.set_destination("card" | "phone" | "account")
    tab.refresh_balance()        read the balance now (unless a read is running)
    tab.set_paused(bool)
    tab.submit()                 check, confirm, send the payout
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...api.models import Balance, WithdrawalRequest
from ...api.money import AmountError, format_amount
from ...api.validation import validate_withdrawal
from ..messages import VALIDATION, describe_error, error_fields
from ..widgets.card_form import split_expiry
from ..widgets.confirm import ConfirmDialog
from ..widgets.follower import FollowNote, StatusFollower
from ..widgets.forms import Section, align_labels, spread_errors
from ..widgets.icons import icon
from ..widgets.panels import primary
from ..widgets.submit_row import SubmitRow
from .payout_balance import BalancePanel
from .payout_forms import DESTINATIONS, DestinationForms, PayoutDetailsForm, RecipientForm
from .tab_parts import ResultBox, currency, environment, form_scroll, outcome_state

FOLLOW_MS = 1500
PAID_OUT = "Payout completed."


def new_payout_id() -> str:
    return f"payout-{datetime.now():%Y%m%d}-{secrets.token_hex(3)}"


class PayoutsTab(QWidget):
    title = "Payouts"
    icon_name = "payouts"

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: Any = None
        self._send_task: Any = None
        self._sending: tuple[int, str] = (0, "")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)
        self.balance_box = BalancePanel(ctx, self, self._keep_reading)
        self.balance_box.read.connect(self._balance_read)
        outer.addWidget(self.balance_box)

        columns = QHBoxLayout()
        columns.setSpacing(12)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        payout = Section("Payout", left)
        self.details = PayoutDetailsForm(payout, currency=self._currency())
        self.details.order_id.setText(new_payout_id())
        payout.add(self.details)
        self.destinations = DestinationForms(payout)
        payout.add(self.destinations)
        column.addWidget(payout)
        more = Section("About the recipient (optional)", left)
        self.recipient = RecipientForm(more)
        more.add(self.recipient)
        column.addWidget(more)
        column.addStretch(1)
        align_labels((self.details, *self.destinations.forms.values(), self.recipient))
        scroll = form_scroll(left, self)
        form_side = QVBoxLayout()
        form_side.setContentsMargins(0, 0, 0, 0)
        form_side.addWidget(scroll, 1)
        self.send_button = primary(QPushButton(icon("send"), "Send payout…", self))
        self.send_button.setToolTip(
            "Check the amount against the available balance, confirm, then send the payout; "
            "it is followed until final (Enter)"
        )
        self.submit_row = SubmitRow(self.send_button, self)
        self.message, self.busy = self.submit_row.message, self.submit_row.busy
        form_side.addWidget(self.submit_row)
        columns.addLayout(form_side, 3)

        right = QVBoxLayout()
        self.panel = ResultBox(self, "Last payout", "Order id", [("amount", "Amount"), ("destination", "To")])
        follow_row = QHBoxLayout()
        self.follow_note = QLabel("", self.panel)
        self.follow_note.setObjectName("hint")
        self.stop_button = QPushButton("Stop following", self.panel)
        self.stop_button.setToolTip("Stop asking the gateway for this payout's status (Lookup can ask later)")
        self.stop_button.hide()
        follow_row.addWidget(self.follow_note, 1)
        follow_row.addWidget(self.stop_button)
        self.panel.body.addLayout(follow_row)
        right.addWidget(self.panel)
        right.addStretch(1)
        columns.addLayout(right, 2)
        outer.addLayout(columns, 1)

        self.follower = StatusFollower(ctx, self, interval_ms=FOLLOW_MS)
        self.follower.updated.connect(self._followed)
        self.follower.finished.connect(self._follow_ended)
        self.follow = FollowNote(self.follower, self.follow_note, self.stop_button)
        self.follow.stopped.connect(self.balance_box.schedule)

        self.details.destination.currentIndexChanged.connect(self._destination_changed)
        self.details.new_id_button.clicked.connect(self._renew_order_id)
        self.details.amount.textEdited.connect(self._amount_edited)
        self.send_button.clicked.connect(self.submit)
        for form in (self.details, self.destinations, self.recipient):
            for edit in form.findChildren(QLineEdit):
                edit.returnPressed.connect(self.submit)
        ctx.profile_changed.connect(self._profile_changed)
        self._destination_changed(0)

    # ------------------------------------------------------------ public

    def stop(self) -> None:
        """The window is closing: stop following and refreshing, stop waiting."""
        self.follower.stop()
        self.balance_box.set_paused(True)
        if self._send_task is not None:
            self._send_task.cancel()

    def prefill(self, order_id: str) -> None:
        """Follow an existing payout (one this desk sent) by its order id."""
        self.panel.start(order_id.strip(), "")
        self.panel.badge.clear_status()
        self.follow.follow(order_id.strip(), now=True)

    def set_destination(self, key: str) -> None:
        self.details.destination.setCurrentIndex([k for k, _ in DESTINATIONS].index(key))

    @property
    def balance(self) -> Balance | None:
        return self.balance_box.balance

    @property
    def paused(self) -> bool:
        return self.balance_box.paused

    def set_paused(self, paused: bool) -> None:
        self.balance_box.set_paused(paused)

    def is_refreshing(self) -> bool:
        return self.balance_box.is_refreshing()

    def refresh_balance(self) -> None:
        self.balance_box.refresh()

    @Slot()
    def submit(self) -> None:
        if self._send_task is not None:
            return
        self.message.clear()
        forms = self._forms()
        for form in forms:
            form.clear_errors()
        try:
            amount = self.details.amount.minor_units()
        except AmountError as exc:
            self._show_errors({"amount": str(exc)})
            return
        req = self._request(amount)
        problems = validate_withdrawal(req)
        if not problems and self.balance is not None and amount > self.balance.available:
            problems = {
                "amount": f"That is more than the available balance of {self._money(self.balance.available)}; "
                "nothing was sent."
            }
        if problems:
            self._show_errors(problems)
            return
        amount_text = format_amount(amount, self._currency())
        lines = [
            f"Amount: {amount_text}",
            f"To: {req.destination}",
            f"From account: {req.account}",
            f"Environment: {environment(self.ctx)}",
            f"Order id: {req.order_id}",
        ]
        if not ConfirmDialog.ask(self, self.ctx, "Send this payout?", lines, amount_text):
            self.message.info("Not sent.")
            return
        self.follower.stop()
        self._send_task = self.ctx.runner.start(
            self.ctx.ops.payout, req, on_success=self._sent, on_failure=self._send_failed
        )
        self.destinations.clear_card()  # sent: the card number is not kept on screen
        self._sending = (amount, req.destination)
        self.busy.track(
            self._send_task,
            f"Sending {amount_text} to {req.destination}…",
            disable=[self.send_button, self.details.new_id_button],
        )

    # ------------------------------------------------------------ the request

    def _request(self, amount: int) -> WithdrawalRequest:
        key = self.destinations.key()
        pages = self.destinations
        opt = self.recipient.values()
        card = phone = account = {}
        if key == "card":
            month, year = split_expiry(pages.expiry.text())
            digits = "".join(ch for ch in pages.card_number.text() if ch.isdigit())
            card = {
                "customer_card_number": digits or None,
                "customer_card_exp_month": month or None,
                "customer_card_exp_year": year or None,
            }
        elif key == "phone":
            phone = {
                "payment_method": pages.payment_method.text().strip() or None,
                "customer_phone": pages.phone.text().strip().replace(" ", "") or None,
            }
        else:
            account = {
                "account_withdrawal": pages.account.text().strip() or None,
                "account_withdrawal_holder": pages.holder.text().strip() or None,
                "account_withdrawal_iin": pages.iin.text().strip() or None,
            }
        if key == "phone":
            opt.pop("customer_phone", None)
        return WithdrawalRequest(
            account=str(getattr(self.ctx.profile, "payout_account", "") or ""),
            amount=amount,
            order_id=self.details.order_id.text().strip(),
            **opt,
            **card,
            **phone,
            **account,
        )

    def _forms(self) -> list[Any]:
        return [self.details, self.destinations.current_form(), self.recipient]

    def _show_errors(self, fields: dict[str, str]) -> None:
        left = spread_errors(self._forms(), fields)
        words = VALIDATION
        self.message.error(words + (" " + " ".join(left.values()) if left else ""))

    # ------------------------------------------------------------ answers

    def _sent(self, result: Any) -> None:
        self._send_task = None
        self.result = result
        panel = self.panel
        panel.start(result.order_id, result.message)
        panel.grid.set("amount", self._money(self._sending[0]))
        panel.grid.set("destination", self._sending[1])
        self.follow.clear()
        panel.badge.set_state(outcome_state(result))
        if result.error is not None:
            self.message.error("Not paid out. " + describe_error(result.error))
        elif result.state == "succeeded":
            self.message.success(PAID_OUT)
        else:
            self.message.info("Accepted by the gateway; its status is followed until it is final.")
        if result.state in ("processing", "unknown", "sent", "pending"):
            self.follow.follow(result.order_id)
        self.details.order_id.setText(new_payout_id())
        self.refresh_balance()

    def _send_failed(self, exc: BaseException) -> None:
        self._send_task = None
        fields = error_fields(exc)
        if fields:
            self._show_errors(fields)
            return
        text = describe_error(exc)
        if "balance" in text:
            self.details.set_errors({"amount": text})
        self.message.error(text)

    @Slot(object)
    def _followed(self, result: Any) -> None:
        self.panel.badge.set_state(outcome_state(result))
        if result.message:
            self.panel.note.setText(result.message)

    @Slot(object)
    def _follow_ended(self, result: Any) -> None:
        self.follow.clear()
        state = outcome_state(result)
        if state == "succeeded":
            self.message.success(PAID_OUT)
        elif state in ("failed", "needs_review"):
            self.message.error("The payout did not go through: see Last payout.")
        self.refresh_balance()

    # ------------------------------------------------------------ the balance

    @Slot(object)
    def _balance_read(self, balance: Balance) -> None:
        self.details.set_available(self._money(balance.available))

    def _keep_reading(self) -> bool:
        return self.isVisible() or self.follower.is_following()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.balance_box.paused and not self.balance_box.timer.isActive():
            self.refresh_balance()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not self.follower.is_following():
            self.balance_box.timer.stop()

    # ------------------------------------------------------------ misc

    def _money(self, minor: int) -> str:
        return self.balance_box.money(minor)

    def _currency(self) -> str:
        return currency(self.ctx)

    @Slot(int)
    def _destination_changed(self, index: int) -> None:
        key = DESTINATIONS[max(index, 0)][0]
        self.destinations.show_page(key)
        self.recipient.set_field_visible("customer_phone", key != "phone")
        for form in self._forms():
            form.clear_errors()

    @Slot()
    def _renew_order_id(self) -> None:
        self.details.order_id.setText(new_payout_id())

    @Slot(str)
    def _amount_edited(self, _text: str) -> None:
        if self.details.error("amount"):
            self.details.set_errors({}, focus=False)

    @Slot(object)
    def _profile_changed(self, _profile: Any) -> None:
        self.details.amount.set_currency(self._currency())
        self.balance_box.forget()
        if self.isVisible() and not self.paused:
            self.refresh_balance()
