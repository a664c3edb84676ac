"""Authorize & capture: hold money on a card now (authorize), take it later (capture) or release it (cancel).

Left: the payment, the customer and the card (cleared from the screen once sent), with Authorize always
in view below them. Right: the answer to the last authorization (a 3-D Secure challenge can be opened,
and is followed until the customer answered), then this profile's open authorizations with Capture and
Cancel (authorize_open.py).

Public API (main window, tests, screenshots):
    tab.prefill(order_id)        the order to capture or cancel (Lookup's "Capture…" / "Cancel…")
    tab.authorize()              check, confirm, send the authorization
    tab.capture() / tab.cancel_authorization() / tab.refresh_open()
    tab.open_panel               the open authorizations (model, table, order_edit, message…)
    AuthorizeTab.open_url(url)   opens a browser; tests monkeypatch it
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...api.models import AuthorizeRequest
from ...api.money import AmountError, format_amount
from ...api.validation import validate_authorize
from ..messages import VALIDATION, describe_error, error_fields
from ..widgets.card_form import CardForm
from ..widgets.confirm import ConfirmDialog
from ..widgets.customer_form import CustomerForm
from ..widgets.follower import FollowNote, StatusFollower
from ..widgets.forms import Section, align_labels, spread_errors
from ..widgets.icons import icon
from ..widgets.panels import primary
from ..widgets.payment_form import PaymentDetailsForm
from ..widgets.submit_row import SubmitRow
from .authorize_open import OpenAuthorizationsPanel
from .tab_parts import ResultBox, environment, form_scroll, outcome_state

FOLLOW_MS = 1500
AUTHORIZED = "Authorized: capture or cancel it in Open authorizations."


class AuthorizeTab(QWidget):
    title = "Authorize & capture"
    icon_name = "authorize"

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: Any = None  # the last authorization's OperationResult
        self._auth_task: Any = None
        self._form_url = ""
        self._sent = ("", "")  # the amount and masked card of the last authorization sent

        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(12)
        left = QWidget(self)
        left.setLayout(self._build_left())
        right_side = QWidget(self)
        right = QVBoxLayout(right_side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self._build_result())
        self.open_panel = OpenAuthorizationsPanel(ctx, self)
        right.addWidget(self.open_panel, 1)
        for column, stretch in ((left, 5), (right_side, 4)):  # widths by stretch alone, not by content
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            policy.setHorizontalStretch(stretch)
            column.setSizePolicy(policy)
            outer.addWidget(column)

        self.follower = StatusFollower(ctx, self, interval_ms=FOLLOW_MS)
        self.follower.updated.connect(self._followed)
        self.follow = FollowNote(self.follower, self.follow_note, self.stop_button)
        ctx.profile_changed.connect(self._profile_changed)
        self._profile_changed(ctx.profile)

    # ------------------------------------------------------------ building

    def _build_left(self) -> QVBoxLayout:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        payment = Section("Payment", left)
        self.details = PaymentDetailsForm(payment, currency=self._currency(), prefix="auth", recurrent=False)
        self.currency_label = QLabel("", payment)
        self.details.add_row("Currency", self.currency_label, "The account's currency; the profile sets it.")
        payment.add(self.details)
        card = Section("Card", left, description="Sent once over the card channel, then cleared; never stored.")
        self.card_form = CardForm(card)
        card.add(self.card_form)
        customer = Section("Customer", left)
        self.customer_form = CustomerForm(customer)
        customer.add(self.customer_form)
        align_labels((self.details, self.card_form, self.customer_form))
        for section in (payment, card, customer):
            column.addWidget(section)
        column.addStretch(1)
        for form in (self.details, self.customer_form, self.card_form):
            for edit in form.findChildren(QLineEdit):
                edit.returnPressed.connect(self.authorize)
        scroll = form_scroll(left, self)

        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(scroll, 1)
        self.authorize_button = primary(QPushButton(icon("authorize"), "Authorize…", self))
        self.authorize_button.setToolTip("Confirm, then hold the amount on the card (Enter)")
        self.authorize_button.clicked.connect(self.authorize)
        self.submit_row = SubmitRow(self.authorize_button, self)
        self.auth_message, self.auth_busy = self.submit_row.message, self.submit_row.busy
        box.addWidget(self.submit_row)
        return box

    def _build_result(self) -> QWidget:
        self.panel = ResultBox(self, "Last authorization", "Order id", [("amount", "Amount"), ("card", "Card")])
        self.badge = self.panel.badge
        self.result_note = self.panel.note
        buttons = QHBoxLayout()
        self.challenge_button = primary(QPushButton(icon("open"), "Open the 3-D Secure page", self.panel))
        self.challenge_button.setDefault(False)
        self.challenge_button.setToolTip("The customer's bank asks them to confirm: open the page it gave")
        self.challenge_button.clicked.connect(self._open_challenge)
        self.stop_button = QPushButton("Stop following", self.panel)
        self.stop_button.setToolTip("Stop asking the gateway for the status (Lookup can ask later)")
        self.follow_note = QLabel("", self.panel)
        self.follow_note.setObjectName("hint")
        buttons.addWidget(self.challenge_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.follow_note, 1)
        self.panel.body.addLayout(buttons)
        self.challenge_button.hide()
        self.stop_button.hide()
        return self.panel

    # ------------------------------------------------------------ public

    @staticmethod
    def open_url(url: str) -> bool:
        return QDesktopServices.openUrl(QUrl(url))

    def prefill(self, order_id: str) -> None:
        self.open_panel.select(order_id.strip())
        self.open_panel.order_edit.setFocus()

    def capture(self) -> None:
        self.open_panel.capture()

    def cancel_authorization(self) -> None:
        self.open_panel.cancel_authorization()

    def refresh_open(self) -> None:
        self.open_panel.refresh()

    @Slot()
    def authorize(self) -> None:
        if self._auth_task is not None:
            return  # the same authorization is never sent twice
        self.auth_message.clear()
        if self.ctx.ops is None:
            self.auth_message.error("No profile is open yet; nothing was sent.")
            return
        amount_problem = ""
        try:
            amount = self.details.amount.minor_units()
        except AmountError as exc:
            amount, amount_problem = 1, str(exc)  # check the other fields all the same
        card = self.card_form.card()
        kwargs: dict[str, Any] = {
            "amount": amount,
            "currency": self._currency(),
            "order_id": self.details.order_id.text().strip(),
            "customer": self.customer_form.customer(),
            "merchant_site": self.details.merchant_site.text().strip(),
            "purpose": self.details.text_or_none(self.details.purpose),
        }
        account = str(getattr(self.ctx.profile, "account", "") or "")
        problems = validate_authorize(AuthorizeRequest(account=account, card=card, **kwargs))
        if amount_problem:
            problems["amount"] = amount_problem
        self._field_errors(problems)
        if problems:
            return
        amount_text = format_amount(amount, kwargs["currency"])
        lines = [
            f"Hold: {amount_text} (taken only when captured)",
            f"Card: {card.masked}",
            f"Customer: {kwargs['customer'].first_name} {kwargs['customer'].last_name}",
            f"Order id: {kwargs['order_id']}",
            f"Environment: {environment(self.ctx)}",
        ]
        if not ConfirmDialog.ask(self, self.ctx, "Authorize this card payment?", lines, amount_text):
            self.auth_message.info("Not sent.")
            return
        self.follower.stop()
        self._auth_task = self.ctx.runner.start(
            self.ctx.ops.authorize, on_success=self._authorized, on_failure=self._auth_failed, card=card, **kwargs
        )
        self.card_form.clear_card()  # sent: never kept on screen
        self._sent = (amount_text, card.masked)
        del card
        self.auth_busy.track(self._auth_task, f"Authorizing {amount_text}…", disable=[self.authorize_button])

    # ------------------------------------------------------------ answers

    def _field_errors(self, fields: dict[str, str]) -> None:
        left = spread_errors([self.details, self.card_form, self.customer_form], fields)
        if fields:
            words = VALIDATION
            self.auth_message.error(words + (" " + " ".join(left.values()) if left else ""))

    def _authorized(self, result: Any) -> None:
        self._auth_task = None
        self.result = result
        self.panel.start(result.order_id, result.message)
        self.panel.grid.set("amount", self._sent[0])
        self.panel.grid.set("card", self._sent[1])
        self._form_url = str(result.details.get("form_url") or "")
        challenge = result.state == "processing" and bool(self._form_url)
        if result.error is not None:
            self.auth_message.error("Not authorized. " + describe_error(result.error))
        elif challenge:
            self.auth_message.info(
                "The customer's bank asks for 3-D Secure: open the page and let the customer confirm. "
                "The status follows by itself."
            )
        elif result.state == "succeeded":
            self.auth_message.success(AUTHORIZED)
            self.open_panel.select(result.order_id)
        else:
            self.auth_message.info("The gateway has not settled it yet; the status follows by itself.")
        self._show_state(result)
        self.challenge_button.setVisible(challenge)
        if result.state in ("processing", "unknown"):
            self.follow.follow(result.order_id)
        else:
            self.follow.clear()
        self.details.renew_order_id()

    def _auth_failed(self, exc: BaseException) -> None:
        self._auth_task = None
        fields = error_fields(exc)
        if fields:
            self._field_errors(fields)
            if any(k.startswith("card") for k in fields):
                self.auth_message.error(self.auth_message.text() + " Type the card details again.")
        else:
            self.auth_message.error(describe_error(exc))

    def _show_state(self, result: Any) -> None:
        state = outcome_state(result)
        if state == "succeeded" and "captured" not in str(result.details.get("note", "")):
            self.badge.set_text_colour("Authorized", "success")  # an authorization succeeds by holding money
        elif state == "processing" and self._form_url:
            self.badge.set_text_colour("Waiting for 3-D Secure", "processing")
        else:
            self.badge.set_state(state)

    @Slot(object)
    def _followed(self, result: Any) -> None:
        if outcome_state(result) not in ("succeeded", "failed", "needs_review"):
            return
        self.follow.clear()
        self.challenge_button.hide()
        self._form_url = ""
        self._show_state(result)
        self.result_note.setText(result.message)
        if outcome_state(result) == "succeeded":
            self.auth_message.success(AUTHORIZED)
            self.open_panel.select(result.order_id)
        else:
            self.auth_message.error("Not authorized: the customer's bank or the gateway said no.")

    @Slot()
    def _open_challenge(self) -> None:
        if self._form_url:
            self.open_url(self._form_url)

    # ------------------------------------------------------------ misc

    def _currency(self) -> str:
        return str(getattr(self.ctx.profile, "currency", "") or "EUR")

    @Slot(object)
    def _profile_changed(self, _profile: Any) -> None:
        self.details.set_currency(self._currency())
        account = str(getattr(self.ctx.profile, "account", "") or "")
        self.currency_label.setText(f"{self._currency()} (account {account})" if account else self._currency())
        self.open_panel.clear()
        self.open_panel.refresh()
