"""Typed requests for every SmartPayments endpoint, and the one card-number mask the desk uses.

Requests are frozen dataclasses with every documented field; `to_payload()` gives the JSON body (fields left at
None are omitted). Amounts are integers of minor units.

Card data (`Card`) never shows in a repr, a log line or an exception: only BIN and last four digits.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from .luhn import mask_cards
from .luhn import mask_pan as mask_pan  # re-exported: models.mask_pan is what callers import
from .said import said

# ---------------------------------------------------------------- helpers


def _payload(obj: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        if f.name in skip:
            continue
        value = getattr(obj, f.name)
        if value is None:
            continue
        out[f.name] = value
    return out


# ---------------------------------------------------------------- request pieces


@dataclass(frozen=True)
class Customer:
    """The payer (payment) fields shared by initPayment, host-to-host and authorize."""

    first_name: str
    last_name: str
    address: str
    city: str
    zip_code: str
    country: str  # ISO 3166-1 alpha-2
    phone: str
    email: str
    ip_address: str

    def to_payload(self) -> dict[str, Any]:
        return {f"customer_{k}": v for k, v in _payload(self).items()}


@dataclass(frozen=True)
class Card:
    """Card data typed by an operator. Never stored, never logged: repr shows BIN + last 4 only."""

    holder: str
    number: str = field(repr=False)
    exp_month: str = field(repr=False)  # "02"
    exp_year: str = field(repr=False)  # "25" (two digits, as the doc's examples)
    cvv: str = field(repr=False)

    def __repr__(self) -> str:
        return f"Card(holder={self.holder!r}, number={mask_pan(self.number)!r})"

    __str__ = __repr__

    @property
    def masked(self) -> str:
        return mask_pan(self.number) or ""

    def to_payload(self) -> dict[str, Any]:
        return {
            "card_holder": self.holder,
            "card_number": self.number,
            "card_exp_month": self.exp_month,
            "card_exp_year": self.exp_year,
            "card_cvv": self.cvv,
        }


@dataclass(frozen=True)
class Urls:
    success_url: str | None = None
    fail_url: str | None = None
    callback_url: str | None = None
    status_url: str | None = None

    def to_payload(self) -> dict[str, Any]:
        return _payload(self)


@dataclass(frozen=True)
class BrowserInfo:
    accept_header: str | None = None
    user_agent: str | None = None
    java_enabled: bool | None = None
    js_enabled: bool | None = None
    color_depth: str | None = None
    screen_height: str | None = None
    screen_width: str | None = None
    language: str | None = None
    time_zone: str | None = None

    def to_payload(self) -> dict[str, Any]:
        return {f"browser_{k}": v for k, v in _payload(self).items()}


# ---------------------------------------------------------------- requests


@dataclass(frozen=True)
class InitPaymentRequest:
    """POST gateway /initPayment: a payment link the customer pays on the hosted form."""

    account: str
    amount: int
    currency: str
    order_id: str
    customer: Customer
    merchant_site: str | None = None
    recurrent: bool | None = None
    purpose: str | None = None
    urls: Urls = Urls()

    def to_payload(self) -> dict[str, Any]:
        body = _payload(self, skip=("customer", "urls"))
        body.update(self.customer.to_payload())
        body.update(self.urls.to_payload())
        return body


@dataclass(frozen=True)
class HostToHostRequest:
    """POST pci /initPaymentHost2Host: card (or Apple Pay DPAN) data sent by the merchant.

    payment_method "card" needs `card`; "applePayDPan" needs apple_pay_dpan + network and card_holder.
    """

    account: str
    amount: int
    currency: str
    order_id: str
    merchant_site: str
    customer: Customer
    card_holder: str
    card: Card | None = None
    payment_method: str = "card"
    apple_pay_dpan: str | None = field(default=None, repr=False)
    apple_pay_payment_method_network: str | None = None
    recurrent: bool | None = None
    purpose: str | None = None
    urls: Urls = Urls()
    browser: BrowserInfo = BrowserInfo()

    def to_payload(self) -> dict[str, Any]:
        body = _payload(self, skip=("customer", "urls", "card", "browser"))
        body.update(self.customer.to_payload())
        body.update(self.urls.to_payload())
        body.update(self.browser.to_payload())
        if self.card is not None:
            body.update(self.card.to_payload())
        body["card_holder"] = self.card_holder
        return body


@dataclass(frozen=True)
class AuthorizeRequest:
    """POST pci /authorize: first step of a two-step (authorize, then capture or cancel) card payment."""

    account: str
    amount: int
    currency: str
    order_id: str
    merchant_site: str
    customer: Customer
    card: Card
    recurrent: bool | None = None
    purpose: str | None = None
    urls: Urls = Urls()

    def to_payload(self) -> dict[str, Any]:
        body = _payload(self, skip=("customer", "urls", "card"))
        body.update(self.customer.to_payload())
        body.update(self.urls.to_payload())
        body.update(self.card.to_payload())
        return body


@dataclass(frozen=True)
class RefundRequest:
    """POST gateway /refund. `order_id` is the PARENT payment's order id: a refund has none of its own."""

    order_id: str
    amount: int
    reason: str
    callback_url: str | None = None

    def to_payload(self) -> dict[str, Any]:
        return _payload(self)


@dataclass(frozen=True)
class RecurrentRequest:
    """POST gateway /recurrent: charge the card of a successful parent again, under a new order id."""

    order_id: str
    parent_order_id: str
    amount: int
    reason: str

    def to_payload(self) -> dict[str, Any]:
        return _payload(self)


@dataclass(frozen=True)
class WithdrawalRequest:
    """POST pci /withdrawal/init: a payout to a card, a phone (payment_method) or an account.

    Every field but account, amount and order_id is optional in the doc; the destination is one of
    customer_card_number, payment_method (phone) + customer_phone, or account_withdrawal (+ holder, iin).
    """

    account: str
    amount: int
    order_id: str
    purpose: str | None = None
    merchant_site: str | None = None
    customer_card_number: str | None = field(default=None, repr=False)
    customer_card_exp_month: str | None = field(default=None, repr=False)
    customer_card_exp_year: str | None = field(default=None, repr=False)
    customer_first_name: str | None = None
    customer_last_name: str | None = None
    customer_middle_name: str | None = None
    customer_phone: str | None = None
    customer_birthdate: str | None = None  # "06.06.1997" (dd.mm.yyyy, as the doc's example)
    customer_zip_code: str | None = None
    callback_url: str | None = None
    account_withdrawal: str | None = None
    account_withdrawal_holder: str | None = None
    account_withdrawal_iin: str | None = None
    payment_method: str | None = None
    provider_id: str | None = None
    customer_ip_address: str | None = None

    def __repr__(self) -> str:
        card = mask_pan(self.customer_card_number)
        return (
            f"WithdrawalRequest(account={self.account!r}, amount={self.amount}, order_id={self.order_id!r}, "
            f"card={card!r}, phone={self.customer_phone!r}, account_withdrawal={self.account_withdrawal!r})"
        )

    @property
    def destination(self) -> str:
        """What a confirmation names: masked card, phone or account (said: the desk writes it in its language;
        the journal keeps these English words, which ui/window_words.destination_words reads). A card number
        typed where the account or phone number goes (a slip) is masked there too: never shown, journalled or
        exported in full."""
        if self.customer_card_number:
            return said("card {number}", number=mask_pan(self.customer_card_number))
        if self.account_withdrawal:
            holder = f" ({self.account_withdrawal_holder})" if self.account_withdrawal_holder else ""
            return said("account {number}", number=mask_cards(f"{self.account_withdrawal}{holder}"))
        if self.customer_phone:
            return said("phone {number}", number=mask_cards(self.customer_phone))
        return said("no destination")

    def to_payload(self) -> dict[str, Any]:
        return _payload(self)


def destination_said(stored: str | None) -> str:
    """A destination as the journal keeps it ("card 401200******3010", "phone …", "account …": the English words
    WithdrawalRequest.destination wrote) said again, so that a sentence naming it is said in the desk's language."""
    what, _, rest = (stored or "").partition(" ")
    if rest and what in ("card", "phone", "account"):
        return {"card": said("card {number}", number=rest), "phone": said("phone {number}", number=rest),
                "account": said("account {number}", number=rest)}[what]  # fmt: skip
    return stored or ""


@dataclass(frozen=True)
class ReportRequest:
    """POST reports /public/transaction/excel. Dates are unix milliseconds (dateTo is a String in the doc)."""

    type: str  # Payment | Withdrawal | Refund
    status: int  # 2 | 1 | -1
    date_from: int
    date_to: int

    def to_payload(self) -> dict[str, Any]:
        return {"type": self.type, "status": self.status, "dateFrom": self.date_from, "dateTo": self.date_to}
