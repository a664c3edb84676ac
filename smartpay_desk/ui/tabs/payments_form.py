"""The Payments tab's input: the payment, customer and return-address forms (and the card, by phone) read in one
round, every field that needs attention said at once and nothing sent; and the form started afresh after a
success, so a second click never makes a second payment for the same customer by accident.

    collected = tab.input.collect(tab.link_message)            # (session, PaymentFields) or None
    collected = tab.input.collect(tab.card_message, card)      # the card's fields checked in the same round
    tab.input.start_new()                                      # new order id; amount, description, customer cleared
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...api.models import HostToHostRequest, InitPaymentRequest
from ...api.money import AmountError
from ...api.said import sentence_of
from ...api.validation import validate_h2h, validate_init_payment
from ..i18n import tr
from ..messages import validation_words
from ..widgets.forms import FieldForm, spread_errors
from .payments_view import PaymentFields
from .tab_state import sentences
from .view_state import form_fields, read_fields, write_fields

if TYPE_CHECKING:
    from ...api.models import Card
    from ..context import DeskContext, ProfileSession
    from ..widgets.panels import MessageLine
    from .payments import PaymentsTab


def profile_currency(ctx: DeskContext) -> str:
    profile = ctx.profile
    return (profile.currency if profile is not None else "") or "EUR"


class PaymentInput:
    def __init__(self, tab: PaymentsTab) -> None:
        self.tab = tab
        self._customer = form_fields(tab.customer_form)
        self._fresh_customer = read_fields(self._customer)  # as built: empty names, the default country and IP

    def forms(self) -> list[FieldForm]:
        tab = self.tab
        return [tab.details, tab.customer_form, tab.urls_form, tab.card_form]

    def currency(self) -> str:
        return profile_currency(self.tab.ctx)

    def account(self) -> str:
        profile = self.tab.ctx.profile
        return profile.account if profile is not None else ""

    def collect(self, message: MessageLine, card: Card | None = None) -> tuple[ProfileSession, PaymentFields] | None:
        """The session in front and the fields both ways of paying send, or None after showing, in one round,
        every field that needs fixing (nothing sent). With `card`, the card's fields are checked too."""
        tab = self.tab
        message.clear()
        for form in self.forms():
            form.clear_errors()
        session = tab.ctx.session
        if session is None:
            message.error(tr("Open a profile first: there is no gateway to ask."))
            return None
        problems: dict[str, str] = {}
        try:
            amount = tab.details.amount.minor_units()
        except AmountError as exc:
            problems["amount"] = sentence_of(exc)
            amount = 1  # a stand-in, so that the other fields are checked in this same round
        details = tab.details
        fields = PaymentFields(
            amount=amount, currency=self.currency(), order_id=details.order_id.text().strip(),
            customer=tab.customer_form.customer(), purpose=details.text_or_none(details.purpose),
            urls=tab.urls_form.urls(),
        )  # fmt: skip
        site = details.text_or_none(details.merchant_site)
        if card is None:
            found = validate_init_payment(InitPaymentRequest(account=self.account(), merchant_site=site, **fields))
        else:
            request = HostToHostRequest(
                account=self.account(), card_holder=card.holder, card=card, merchant_site=site or "", **fields
            )
            found = validate_h2h(request)
        for key, sentence in found.items():
            problems.setdefault(key, sentence)
        if problems:
            self.show_errors(problems, message)
            return None
        return session, fields

    def show_errors(self, fields: dict[str, str], message: MessageLine) -> None:
        left = spread_errors(self.forms(), fields)
        message.error(validation_words() + (" " + sentences(left) if left else ""))

    def clear_errors(self) -> None:
        for form in self.forms():
            form.clear_errors()

    def start_new(self) -> None:
        """After a success: a new order id, the amount, description and customer cleared, no red notes. The
        merchant site, the return addresses and the recurrent choice stay (they belong to the shop)."""
        details = self.tab.details
        details.renew_order_id()
        details.amount.clear()
        details.purpose.clear()
        write_fields(self._customer, self._fresh_customer)
        self.clear_errors()
