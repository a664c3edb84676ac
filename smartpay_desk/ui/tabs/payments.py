"""Payments: a payment link for the customer (initPayment), or a card payment taken by phone (host-to-host).

Left: the payment and the customer (shared by both). Right: "Payment link" or "Card by phone", each with
its button and result. Card details are cleared from the screen right after sending; never stored.
A result whose status is not final yet is followed (payment_follow.py).

Public API (screenshots, tests):
    tab.show_link_page() / tab.show_card_page()
    tab.create_link()            look for an earlier link to this customer (ask if there is one), then send
    tab.charge_card()            confirm, then send the card payment
    tab.prefill_customer(customer, amount_minor=None, purpose=None)
    PaymentsTab.open_url(url)    opens a browser; tests monkeypatch it

Every field that needs attention is said in one round before anything is sent (payments_form.py). After a
success the form starts a new payment (new order id; amount, description and customer cleared), the result
staying on screen until the next one; a second link for the same customer and amount within 24 hours asks
first, naming the earlier one (payment_repeat.py). What it keeps per profile: payments_view.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...api.errors import ValidationFailed
from ...api.models import Customer
from ...services.journal.states import State
from ..context import DeskContext, ProfileSession
from ..i18n import money, tr
from ..messages import describe_error, error_fields
from ..widgets.busy import BusyBar
from ..widgets.card_form import CardForm
from ..widgets.confirm import ConfirmDialog, warning
from ..widgets.customer_form import CustomerForm
from ..widgets.forms import FieldForm, Section, align_labels, clear_all
from ..widgets.icons import icon
from ..widgets.keys import FormKeys, assign_mnemonics
from ..widgets.outcome import PaymentOutcome
from ..widgets.panels import MessageLine
from ..widgets.payment_form import PaymentDetailsForm, ReturnUrlsForm
from ..widgets.submit_row import SubmitRow
from ..worker import Call
from .payment_follow import PaymentFollowing
from .payment_repeat import earlier_link, repeat_question
from .payments_form import PaymentInput, profile_currency
from .payments_pages import build_card_page, build_link_page
from .payments_view import PaymentFields, PaymentsMemory, Shown, fill
from .tab_parts import form_scroll, outcome_state

if TYPE_CHECKING:
    from ...services.journal.model import JournalEntry
    from ...services.money.sending import OperationResult
    from ..worker import Task


class PaymentsTab(QWidget):
    title = "Payments"
    icon_name = "payments"
    # built by payments_pages.py
    link_button: QPushButton
    link_row: SubmitRow
    link_message: MessageLine
    link_busy: BusyBar
    link_result: PaymentOutcome
    card_form: CardForm
    card_button: QPushButton
    card_row: SubmitRow
    card_message: MessageLine
    card_busy: BusyBar
    card_result: PaymentOutcome
    challenge_button: QPushButton

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.link_task: Task | None = None
        self.check_task: Task | None = None  # looking for an earlier link to the same customer
        self.card_task: Task | None = None
        self._paid_words = ""  # the amount of the card payment on its way, as sent
        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(12)

        # ---- left: the payment and the customer
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        payment = Section(tr("Payment"), left)
        self.details = PaymentDetailsForm(payment, currency=self._currency())
        payment.add(self.details)
        customer = Section(tr("Customer"), left)
        self.customer_form = CustomerForm(customer)
        customer.add(self.customer_form)
        returns = Section(tr("Return addresses (optional)"), left)
        self.urls_form = ReturnUrlsForm(returns)
        returns.add(self.urls_form)
        align_labels((self.details, self.customer_form, self.urls_form))
        for section in (payment, customer, returns):
            column.addWidget(section)
        column.addStretch(1)
        scroll = form_scroll(left, self)
        outer.addWidget(scroll, 3)

        # ---- right: how the customer pays
        right = QVBoxLayout()
        switch = QHBoxLayout()
        switch.setSpacing(0)
        self.link_mode = QPushButton(icon("link"), tr("Payment link"), self)
        self.card_mode = QPushButton(icon("phone"), tr("Card by phone"), self)
        self.modes = QButtonGroup(self)
        for index, button in enumerate((self.link_mode, self.card_mode)):
            button.setCheckable(True)
            button.setObjectName("segment")
            self.modes.addButton(button, index)
            switch.addWidget(button)
        self.link_mode.setToolTip(tr("The customer pays on the gateway's page: send them a link or a QR code"))
        self.card_mode.setToolTip(tr("You type the card details the customer reads to you on the phone"))
        self.link_mode.setChecked(True)
        switch.addStretch(1)
        right.addLayout(switch)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(build_link_page(self))
        self.stack.addWidget(build_card_page(self))
        self.modes.idClicked.connect(self.stack.setCurrentIndex)
        right.addWidget(self.stack, 1)
        outer.addLayout(right, 2)

        self.following: PaymentFollowing = PaymentFollowing(ctx, self, self.challenge_button)
        self.following.add(self.link_result, self.link_message)
        self.following.add(self.card_result, self.card_message)
        self.follower = self.following.follower
        for form in (self.details, self.customer_form, self.urls_form):
            for edit in form.findChildren(QLineEdit):
                edit.returnPressed.connect(self._submit_current)
        self.input = PaymentInput(self)
        self.memory = PaymentsMemory(self)
        ctx.profile_changed.connect(self._profile_changed)
        self._profile_changed(ctx.profile)
        self.keys = FormKeys(self, self._submit_current, self._escape)
        assign_mnemonics(self)

    def _escape(self) -> bool:
        """Esc: stop following; else forget a half-typed card; else take the red notes away."""
        if self.follower.is_following():
            self.following.stop()
            return True
        return (self.stack.currentIndex() == 1 and self.card_form.forget_typed()) or clear_all(self._forms())

    # ------------------------------------------------------------ public

    @staticmethod
    def open_url(url: str) -> bool:
        return QDesktopServices.openUrl(QUrl(url))

    def stop(self) -> None:
        """The window is closing: stop following, stop waiting."""
        self.follower.stop()
        for task in (self.link_task, self.check_task, self.card_task):
            if task is not None:
                task.cancel()

    def show_link_page(self) -> None:
        self.link_mode.setChecked(True)
        self.stack.setCurrentIndex(0)

    def show_card_page(self) -> None:
        self.card_mode.setChecked(True)
        self.stack.setCurrentIndex(1)

    def prefill_customer(self, customer: Customer, amount_minor: int | None = None, purpose: str | None = None) -> None:
        self.customer_form.set_customer(customer)
        if amount_minor is not None:
            self.details.amount.set_minor(amount_minor)
        if purpose is not None:
            self.details.purpose.setText(purpose)

    @Slot()
    def create_link(self) -> None:
        if self.link_busy.is_busy():
            return
        collected = self.input.collect(self.link_message)
        if collected is None:
            return
        session, fields = collected
        self.check_task = self.ctx.runner.start(
            Call(earlier_link, session.journal, session.profile.name, fields["amount"], fields["currency"],
                 fields["customer"]),
            on_success=lambda found: self._link_checked(session, fields, found), on_failure=self._link_failed,
        )  # fmt: skip
        self.link_busy.track(self.check_task, tr("Looking for an earlier link to this customer…"),
                             disable=[self.link_button], sends=False)  # fmt: skip

    def _link_checked(self, session: ProfileSession, fields: PaymentFields, earlier: JournalEntry | None) -> None:
        """Ask first when this customer already has a link for this amount; then send."""
        self.check_task = None
        if earlier is not None:
            ask = repeat_question(earlier, fields["amount"], fields["currency"], fields["order_id"],
                                  fields["customer"], money)  # fmt: skip
            lines = [*ask.lines, *(warning(line) for line in ask.warnings)]
            if not ConfirmDialog.ask(self, self.ctx, ask.title, lines, ask.amount):
                said = tr("No new link was made; the earlier one is order {order}.")
                self.link_message.info(said.format(order=earlier.order_id))
                return
        if self.ctx.session is not session:  # another profile came in front meanwhile
            self.link_message.error(tr("The profile changed before the link was sent; nothing was sent."))
            return
        site, recurrent = self.details.text_or_none(self.details.merchant_site), self.details.recurrent.isChecked()
        self.link_result.hide()  # the last link's card stays until this one is sent
        self.link_task = self.ctx.runner.start(
            Call(session.ops.payment_link, merchant_site=site, recurrent=recurrent or None, **fields),
            on_success=self._link_done, on_failure=self._link_failed,
        )  # fmt: skip
        self.link_busy.track(self.link_task, tr("Asking the gateway for a payment link…"), disable=[self.link_button])

    @Slot()
    def charge_card(self) -> None:
        if self.card_busy.is_busy():
            return
        card = self.card_form.card()
        collected = self.input.collect(self.card_message, card)  # a refused card stays on screen to be corrected
        if collected is None:
            return
        session, fields = collected
        site = self.details.text_or_none(self.details.merchant_site) or ""
        amount_text = money(fields["amount"], fields["currency"])
        who = f"{fields['customer'].first_name} {fields['customer'].last_name}"
        lines = [
            tr("Amount: {amount}").format(amount=amount_text),
            tr("Card: {card}").format(card=card.masked),
            tr("Customer: {customer}").format(customer=who),
            tr("Order id: {order}").format(order=fields["order_id"]),
        ]
        if not ConfirmDialog.ask(self, self.ctx, tr("Charge this card?"), lines, amount_text):
            return
        if self.ctx.session is not session:  # another profile came in front while the operator confirmed
            self.card_message.error(tr("The profile changed while you were confirming; nothing was sent."))
            return
        recurrent = self.details.recurrent.isChecked() or None
        self.card_result.hide()
        self.card_result.card.setText(card.masked)
        self._paid_words = amount_text
        self.card_task = self.ctx.runner.start(
            Call(session.ops.pay_by_card, card=card, merchant_site=site, recurrent=recurrent, **fields),
            on_success=self._card_done, on_failure=self._card_failed,
        )  # fmt: skip
        self.card_form.clear_card()  # sent: never kept on screen
        del card
        self.card_busy.track(self.card_task, tr("Charging {amount}…").format(amount=amount_text),
                             disable=[self.card_button])  # fmt: skip

    # ------------------------------------------------------------ input (payments_form.py)

    def _currency(self) -> str:
        return profile_currency(self.ctx)

    def _forms(self) -> list[FieldForm]:
        return self.input.forms()

    def _show_errors(self, fields: dict[str, str], message: MessageLine) -> None:
        self.input.show_errors(fields, message)

    # ------------------------------------------------------------ answers

    def _link_done(self, result: OperationResult) -> None:
        self.link_task = None
        self._show_outcome(self.link_result, self.link_message, result)
        if self._show_link(result):
            self.input.start_new()  # a second click never makes a second link for this customer
            self.link_message.success(
                tr("The payment link is ready: send it to the customer, or let them scan the code.")
            )
            self.following.follow(self.link_result, result.order_id)
        else:
            self.details.renew_order_id()

    def _show_link(self, result: OperationResult) -> bool:
        """The link, its QR code and Open, when the answer has one (True)."""
        self.memory.link = Shown(result)
        form_url = result.details.get("form_url") or getattr(result.response, "form_url", None)
        if result.error is None and form_url:
            self.link_result.link.set_text(form_url)
            self.link_result.qr.set_data(form_url)
            self.link_result.open_button.setVisible(True)
            return True
        return False

    def _link_failed(self, exc: BaseException) -> None:
        self.link_task = self.check_task = None
        self._failed(exc, self.link_message)

    def _card_done(self, result: OperationResult) -> None:
        self.card_task = None
        self._show_outcome(self.card_result, self.card_message, result)
        form_url = self._show_challenge(result)
        if result.state == State.FAILED:
            self.details.renew_order_id()  # the amount and customer stay, to try another card
        else:  # paid, or on its way: the next payment is a new one
            self.input.start_new()
        if result.state == State.SUCCEEDED:
            self.card_message.success(
                tr("Paid: {amount} from card {card}.").format(
                    amount=self._paid_words or tr("the amount"), card=self.card_result.card.text()
                )
            )
        elif result.state == State.PROCESSING and form_url:
            self.card_message.info(
                tr(
                    "The customer's bank asks for 3-D Secure: open the page and let the customer confirm; "
                    "the status below follows by itself."
                )
            )
            self.following.follow(self.card_result, result.order_id)
        elif result.state in (State.PROCESSING, State.UNKNOWN):
            self.following.follow(self.card_result, result.order_id)

    def _show_challenge(self, result: OperationResult) -> str | None:
        """The 3-D Secure page's button while the card payment waits for the customer; its address."""
        self.memory.card = Shown(result)
        form_url: str | None = result.details.get("form_url") or getattr(result.response, "form_url", None)
        self.challenge_button.setVisible(result.state == State.PROCESSING and bool(form_url))
        self.challenge_button.setProperty("url", form_url or "")
        return form_url

    def _card_failed(self, exc: BaseException) -> None:
        self.card_task = None
        self._failed(exc, self.card_message)
        if isinstance(exc, ValidationFailed) and any(k.startswith("card") for k in exc.fields):
            self.card_message.error(self.card_message.text() + " " + tr("Type the card details again."))

    def _show_outcome(self, panel: PaymentOutcome, message: MessageLine, result: OperationResult) -> None:
        fill(panel, result)
        if result.error is not None:
            message.error(tr("Not paid. {reason}").format(reason=describe_error(result.error)))
        elif outcome_state(result) == State.FAILED:
            message.error(tr("The payment failed: the reason is in the result below."))
        else:
            message.clear()

    def _failed(self, exc: BaseException, message: MessageLine) -> None:
        fields = error_fields(exc)
        if fields:
            self._show_errors(fields, message)
        else:
            message.error(describe_error(exc))

    # ------------------------------------------------------------ misc slots

    @Slot()
    def _open_link(self) -> None:
        url = self.link_result.link.text()
        if url:
            self.open_url(url)

    @Slot()
    def _open_challenge(self) -> None:
        url = str(self.challenge_button.property("url") or "")
        if url:
            self.open_url(url)

    @Slot()
    def _submit_current(self) -> None:
        if self.stack.currentIndex() == 0:
            if not self.link_busy.is_busy():
                self.create_link()
        else:
            self.charge_card()

    @Slot(object)
    def _profile_changed(self, _profile: object) -> None:
        self.details.set_currency(self._currency())
        self.memory.arrive()  # the profile's form and results, or a fresh form
