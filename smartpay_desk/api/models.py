"""Typed requests and responses for every SmartPayments endpoint.

Requests are dataclasses with every documented field; `to_payload()` gives the JSON body (fields left at
None are omitted). Responses are built with `from_payload()`, which never fails on an unknown extra field:
it keeps it in `extra`. Amounts are integers of minor units everywhere.

Card data (`Card`) never shows in a repr, a log line or an exception: only BIN and last four digits.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

# The statuses live in api.status (no imports: cheap for a screen to load); re-exported here.
from .status import FAIL as FAIL
from .status import PROCESSING as PROCESSING
from .status import SUCCESS as SUCCESS
from .status import is_final as is_final
from .status import status_label as status_label

# ---------------------------------------------------------------- helpers


def mask_pan(number: str | None) -> str | None:
    """BIN (first six) + last four, the rest starred: the most of a card number we ever keep."""
    if not number:
        return number
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) < 12:
        return "*" * len(digits)
    return digits[:6] + "*" * (len(digits) - 10) + digits[-4:]


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


class _Response:
    """Mixin: build from a JSON object, keeping unknown fields in `extra`."""

    _renames: ClassVar[dict[str, str]] = {}

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> Self:
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        kwargs: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in data.items():
            attr = cls._renames.get(key, key)
            if attr in names and attr != "extra":
                kwargs[attr] = value
            else:
                extra[key] = value
        obj = cls(**kwargs)
        obj.extra = extra  # type: ignore[attr-defined]
        obj._coerce()
        return obj

    def _coerce(self) -> None:
        """Subclasses turn nested dicts into typed objects; a wrong type raises TypeError/ValueError."""


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
        """What a confirmation names: masked card, phone or account."""
        if self.customer_card_number:
            return f"card {mask_pan(self.customer_card_number)}"
        if self.account_withdrawal:
            holder = f" ({self.account_withdrawal_holder})" if self.account_withdrawal_holder else ""
            return f"account {self.account_withdrawal}{holder}"
        if self.customer_phone:
            return f"phone {self.customer_phone}"
        return "no destination"

    def to_payload(self) -> dict[str, Any]:
        return _payload(self)


@dataclass(frozen=True)
class ReportRequest:
    """POST reports /public/transaction/excel. Dates are unix milliseconds (dateTo is a String in the doc)."""

    type: str  # Payment | Withdrawal | Refund
    status: int  # 2 | 1 | -1
    date_from: int
    date_to: int

    def to_payload(self) -> dict[str, Any]:
        return {"type": self.type, "status": self.status, "dateFrom": self.date_from, "dateTo": self.date_to}


# ---------------------------------------------------------------- responses


@dataclass
class CardInfo(_Response):
    number: str | None = None  # already masked by the gateway: "401200******3010"
    bin: str | None = None
    country: str | None = None
    iso: str | None = None
    type: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class CascadeError(_Response):
    gatePriority: int | None = None
    errorCategory: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class PaymentResult(_Response):
    """Answer of initPayment, initPaymentHost2Host and authorize."""

    order_id: str | None = None
    status: int | None = None
    form_url: str | None = None
    responseType: str | None = None
    description: str | None = None
    stage: str | None = None
    endDate: str | None = None
    threeDSMethodData: Any = None
    err: str | None = None
    msg: str | None = None
    paReq: str | None = None
    creq: str | None = None
    md: str | None = None
    termUrl: str | None = None
    acsurl: str | None = None
    ACSUrl: str | None = None
    MD: str | None = None
    TermUrl: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def status_text(self) -> str:
        return status_label(self.status)


@dataclass
class TransactionInfo(_Response):
    """Answer of /check, /capture and /cancel."""

    order_id: str | None = None
    status: int | None = None
    amount: int | None = None
    card: CardInfo | None = None
    errorMessage: str | None = None
    cascadeErrors: list[CascadeError] | None = None
    endDate: str | None = None
    authorize_status: Any = None
    type: str | None = None
    firstName: str | None = None
    lastName: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def _coerce(self) -> None:
        if isinstance(self.card, dict):
            self.card = CardInfo.from_payload(self.card)
        elif self.card is not None and not isinstance(self.card, CardInfo):
            raise TypeError("card is not an object")
        if self.cascadeErrors is not None:
            if not isinstance(self.cascadeErrors, list):
                raise TypeError("cascadeErrors is not a list")
            self.cascadeErrors = [
                CascadeError.from_payload(e) if isinstance(e, dict) else CascadeError(errorCategory=str(e))
                for e in self.cascadeErrors
            ]
        if self.amount is not None and (isinstance(self.amount, bool) or not isinstance(self.amount, int)):
            raise TypeError("amount is not an integer")

    @property
    def status_text(self) -> str:
        return status_label(self.status)


@dataclass
class RefundResult(_Response):
    success: bool | None = None
    message: str | None = None
    refund_id: str | None = None
    parentTransaction: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class RecurrentResult(_Response):
    success: bool | None = None
    message: str | None = None
    payment_id: str | None = None
    err: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class WithdrawalResult(_Response):
    order_id: str | None = None
    status: int | None = None
    card: CardInfo | None = None
    err: str | None = None
    msg: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def _coerce(self) -> None:
        if isinstance(self.card, dict):
            self.card = CardInfo.from_payload(self.card)

    @property
    def status_text(self) -> str:
        return status_label(self.status)


@dataclass
class Balance(_Response):
    balance: int = 0
    holdBalance: int = 0
    rollingBalance: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def _coerce(self) -> None:
        for name in ("balance", "holdBalance", "rollingBalance"):
            value = getattr(self, name)
            if value is None:
                setattr(self, name, 0)
            elif isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"{name} is not an integer")

    @property
    def available(self) -> int:
        """What a payout may use. The doc calls this endpoint "available withdrawal balance", so `balance`
        is taken as already net of hold and rolling reserve (those are shown, not subtracted again)."""
        return self.balance


@dataclass
class ReportTask(_Response):
    id: str | None = None
    status: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def status_text(self) -> str:
        return status_label(self.status)
