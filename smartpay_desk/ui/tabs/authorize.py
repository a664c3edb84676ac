"""Authorize & capture: hold money on a card now (authorize), take it later (capture) or release it (cancel).

Left: the payment, the customer and the card (cleared from the screen once sent), with Authorize always
in view below them. Right: the answer to the last authorization (a 3-D Secure challenge can be opened,
and is followed until the customer answered), then this profile's open authorizations with Capture and
Cancel (authorize_open.py).

Per profile (ui/context.py): the form (never the card: it is cleared when the profile changes), the last
authorization, the order being followed and the open-authorizations panel's own state come back with the
profile; another profile starts empty.

Public API (main window, tests, screenshots):
    tab.prefill(order_id)        the order to capture or cancel (Lookup's "Capture…" / "Cancel…")
    tab.authorize()              check, confirm, send the authorization
    tab.capture() / tab.cancel_authorization() / tab.refresh_open()
    tab.open_panel               the open authorizations (model, table, order_edit, message…)
    AuthorizeTab.open_url(url)   opens a browser; tests monkeypatch it
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...api.models import AuthorizeRequest
from ...api.money import AmountError
from ...api.said import sentence_of
from ...api.validation import validate_authorize
from ...services.journal.states import State
from ..i18n import money, say, tr
from ..messages import describe_error, error_fields, validation_words
from ..widgets.card_form import CardForm
from ..widgets.confirm import ConfirmDialog
from ..widgets.customer_form import CustomerForm
from ..widgets.follower import FollowNote, StatusFollower
from ..widgets.forms import Section, align_labels, clear_all, spread_errors
from ..widgets.icons import icon
from ..widgets.keys import FormKeys, assign_mnemonics
from ..widgets.panels import primary
from ..widgets.payment_form import PaymentDetailsForm
from ..widgets.status_badge import StatusBadge
from ..widgets.submit_row import SubmitRow
from ..worker import Call
from .authorize_open import OpenAuthorizationsPanel
from .authorize_result import build_result
from .tab_parts import ResultBox, currency, environment, form_scroll, outcome_state
from .tab_state import Said, keep_answer, said, saved, sentences
from .view_state import Fields, form_fields, read_fields, say_again, write_fields

if TYPE_CHECKING:
    from ...services.money.sending import OperationResult
    from ...services.profiles.profiles import Profile
    from ..context import DeskContext, ProfileSession
    from ..worker import Task

FOLLOW_MS = 1500
AUTHORIZED = "Authorized: capture or cancel it in Open authorizations."  # the English words (tests)
VIEW_KEY = "authorize"


@dataclass(frozen=True)
class AuthorizeView:
    """What the left side and the last authorization showed for one profile (never card data)."""

    fields: Fields  # the payment and the customer: the card form is never read
    result: OperationResult | None
    sent: tuple[str, str]  # the amount and masked card of the last authorization sent
    form_url: str
    message: Said
    following: str


class AuthorizeTab(QWidget):
    title = "Authorize & capture"
    icon_name = "authorize"
    panel: ResultBox  # the last authorization (authorize_result.py), with:
    badge: StatusBadge
    result_note: QLabel
    challenge_button: QPushButton
    stop_button: QPushButton
    follow_note: QLabel

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: OperationResult | None = None  # the last authorization's answer
        self._auth_task: Task | None = None
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
        right.addWidget(build_result(self))
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
        self._fields = form_fields(self.details, self.customer_form)
        self._fresh = read_fields(self._fields)
        ctx.session_leaving.connect(self._session_leaving)
        ctx.profile_changed.connect(self._profile_changed)
        self._profile_changed(ctx.profile)
        self.keys = FormKeys(self, self._enter, self._escape)
        assign_mnemonics(self)

    def _enter(self) -> None:
        """Enter on a combo box of the left side authorizes (the open authorizations have their own buttons)."""
        focus = QApplication.focusWidget()
        if focus is None or not self.open_panel.isAncestorOf(focus):
            self.authorize()

    def _escape(self) -> bool:
        """Esc: stop following; else forget a half-typed card; else take the red notes away."""
        if self.follower.is_following():
            self.follow.stop()
            return True
        return self.card_form.forget_typed() or clear_all((self.details, self.card_form, self.customer_form))

    # ------------------------------------------------------------ building

    def _build_left(self) -> QVBoxLayout:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        payment = Section(tr("Payment"), left)
        self.details = PaymentDetailsForm(payment, currency=self._currency(), prefix="auth", recurrent=False)
        self.currency_label = QLabel("", payment)
        self.details.add_row(tr("Currency"), self.currency_label, tr("The account's currency; the profile sets it."))
        payment.add(self.details)
        card = Section(tr("Card"), left, description=tr("Sent once over the card channel, then cleared; never stored."))
        self.card_form = CardForm(card)
        card.add(self.card_form)
        customer = Section(tr("Customer"), left)
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
        self.authorize_button = primary(QPushButton(icon("authorize"), tr("Authorize…"), self))
        self.authorize_button.setToolTip(tr("Confirm, then hold the amount on the card (Enter)"))
        self.authorize_button.clicked.connect(self.authorize)
        self.submit_row = SubmitRow(self.authorize_button, self)
        self.auth_message, self.auth_busy = self.submit_row.message, self.submit_row.busy
        box.addWidget(self.submit_row)
        return box

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
        session = self.ctx.session
        if session is None:
            self.auth_message.error(tr("No profile is open yet; nothing was sent."))
            return
        amount_problem = ""
        try:
            amount = self.details.amount.minor_units()
        except AmountError as exc:
            amount, amount_problem = 1, sentence_of(exc)  # check the other fields all the same
        card = self.card_form.card()
        customer = self.customer_form.customer()
        request = AuthorizeRequest(
            account=session.profile.account, amount=amount, currency=self._currency(),
            order_id=self.details.order_id.text().strip(), merchant_site=self.details.merchant_site.text().strip(),
            customer=customer, card=card, purpose=self.details.text_or_none(self.details.purpose),
        )  # fmt: skip
        problems = validate_authorize(request)
        if amount_problem:
            problems["amount"] = amount_problem
        self._field_errors(problems)
        if problems:
            return
        amount_text = money(amount, request.currency)
        lines = [
            tr("Hold: {amount} (taken only when captured)").format(amount=amount_text),
            tr("Card: {card}").format(card=card.masked),
            tr("Customer: {customer}").format(customer=f"{customer.first_name} {customer.last_name}"),
            tr("Order id: {order}").format(order=request.order_id),
            tr("Environment: {environment}").format(environment=environment(self.ctx)),
        ]
        if not ConfirmDialog.ask(self, self.ctx, tr("Authorize this card payment?"), lines, amount_text):
            self.auth_message.info(tr("Not sent."))
            return
        self.follower.stop()
        sent = (amount_text, card.masked)
        call = Call(
            session.ops.authorize, amount=amount, currency=request.currency, order_id=request.order_id,
            customer=customer, card=card, merchant_site=request.merchant_site, purpose=request.purpose,
        )  # fmt: skip
        self._auth_task = self.ctx.runner.start(
            call,
            on_success=functools.partial(self._authorized, session, sent),
            on_failure=functools.partial(self._auth_failed, session),
        )
        self.card_form.clear_card()  # sent: never kept on screen
        self._sent = sent
        del card, request, call
        authorizing = tr("Authorizing {amount}…").format(amount=amount_text)
        self.auth_busy.track(self._auth_task, authorizing, disable=[self.authorize_button])

    # ------------------------------------------------------------ answers

    def _field_errors(self, fields: dict[str, str]) -> None:
        left = spread_errors([self.details, self.card_form, self.customer_form], fields)
        if fields:
            self.auth_message.error(validation_words() + (" " + sentences(left) if left else ""))

    def _authorized(self, session: ProfileSession, sent: tuple[str, str], result: OperationResult) -> None:
        form_url = str(result.details.get("form_url") or "")
        if session is not self.ctx.session:  # another profile is in front: keep it with its own screen
            following = result.order_id if result.state.is_open else ""
            keep_answer(session, VIEW_KEY, AuthorizeView, result=result, sent=sent, form_url=form_url,
                        message=self._outcome(result, form_url), following=following)  # fmt: skip
            return
        self._auth_task = None
        self._sent = sent
        self._show_result(result, form_url)
        say_again(self.auth_message, *self._outcome(result, form_url))
        if result.error is None and result.state == State.SUCCEEDED:
            self.open_panel.select(result.order_id)
        if result.state in (State.PROCESSING, State.UNKNOWN):
            self.follow.follow(result.order_id)
        else:
            self.follow.clear()
        self.details.renew_order_id()

    def _show_result(self, result: OperationResult, form_url: str) -> None:
        self.result = result
        self.panel.start(result.order_id, result.message)  # said there (tab_parts.ResultBox)
        self.panel.grid.set("amount", self._sent[0])
        self.panel.grid.set("card", self._sent[1])
        self._form_url = form_url
        self._show_state(result)
        self.challenge_button.setVisible(self._challenged(result))

    def _challenged(self, result: OperationResult) -> bool:
        return result.state == State.PROCESSING and bool(self._form_url)

    @staticmethod
    def _outcome(result: OperationResult, form_url: str) -> Said:
        if result.error is not None:
            return "error", tr("Not authorized. {reason}").format(reason=describe_error(result.error))
        if result.state == State.PROCESSING and form_url:
            return "info", tr(
                "The customer's bank asks for 3-D Secure: open the page and let the customer confirm. "
                "The status follows by itself."
            )
        if result.state == State.SUCCEEDED:
            return "success", tr("Authorized: capture or cancel it in Open authorizations.")
        return "info", tr("The gateway has not settled it yet; the status follows by itself.")

    def _auth_failed(self, session: ProfileSession, exc: BaseException) -> None:
        fields = error_fields(exc)  # ValidationFailed's `.fields`, GuardRefused's `.field`
        if session is not self.ctx.session:
            words = sentences(fields) if fields else describe_error(exc)
            keep_answer(session, VIEW_KEY, AuthorizeView, message=("error", words))
            return
        self._auth_task = None
        if fields:
            self._field_errors(fields)
            if any(k.startswith("card") for k in fields):
                self.auth_message.error(self.auth_message.text() + " " + tr("Type the card details again."))
        else:
            self.auth_message.error(describe_error(exc))

    def _show_state(self, result: OperationResult) -> None:
        state = outcome_state(result)
        if state == State.SUCCEEDED and "captured" not in str(result.details.get("note", "")):
            self.badge.set_text_colour(tr("Authorized"), "success")  # an authorization succeeds by holding money
        elif state == State.PROCESSING and self._form_url:
            self.badge.set_text_colour(tr("Waiting for 3-D Secure"), "processing")
        else:
            self.badge.set_state(state)

    @Slot(object)
    def _followed(self, result: OperationResult) -> None:
        state = outcome_state(result)
        if not (state.is_final or state == State.NEEDS_REVIEW):
            return
        self.follow.clear()
        self.challenge_button.hide()
        self._form_url = ""
        self.result = result
        self._show_state(result)
        self.result_note.setText(say(result.message))
        if state == State.SUCCEEDED:
            self.auth_message.success(tr("Authorized: capture or cancel it in Open authorizations."))
            self.open_panel.select(result.order_id)
        else:
            self.auth_message.error(tr("Not authorized: the customer's bank or the gateway said no."))

    @Slot()
    def _open_challenge(self) -> None:
        if self._form_url:
            self.open_url(self._form_url)

    # ------------------------------------------------------------ profiles

    def _currency(self) -> str:
        return currency(self.ctx)

    @Slot(object)
    def _session_leaving(self, session: ProfileSession) -> None:
        """Keep what this side shows with the profile going away (never the card); stop asking for it."""
        session.views[VIEW_KEY] = AuthorizeView(
            read_fields(self._fields), self.result, self._sent, self._form_url, said(self.auth_message),
            self.follower.order_id or "",
        )  # fmt: skip
        self.follower.stop()
        self._auth_task = None  # an authorization on its way answers into `session` (see _authorized)
        self.auth_busy.stop()
        self.card_form.clear_card()
        self.card_form.clear_errors()

    @Slot(object)
    def _profile_changed(self, _profile: Profile | None) -> None:
        profile = self.ctx.profile
        self.details.set_currency(self._currency())
        account = profile.account if profile is not None else ""
        with_account = tr("{currency} (account {account})").format(currency=self._currency(), account=account)
        self.currency_label.setText(with_account if account else self._currency())
        view = saved(self.ctx.session, VIEW_KEY, AuthorizeView)
        for form in (self.details, self.card_form, self.customer_form):
            form.clear_errors()
        write_fields(self._fields, view.fields if view is not None else self._fresh)
        if view is None:
            self.details.renew_order_id()
        self._sent = view.sent if view is not None else ("", "")
        self.follow.clear()
        self.result, self._form_url = None, ""
        self.challenge_button.hide()
        if view is not None and view.result is not None:
            self._show_result(view.result, view.form_url)
        else:
            self.panel.hide()
        say_again(self.auth_message, *(view.message if view is not None else ("", "")))
        if view is not None and view.following:
            self.follow.follow(view.following, now=True)
        self.open_panel.arrive()
