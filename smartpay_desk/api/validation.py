"""Request checks run before anything is sent to the gateway.

Each returns {JSON field name: sentence} for every field of a request that needs attention, following the
required columns of the gateway's tables; `ensure_valid` turns a non-empty result into
api.errors.ValidationFailed. The field checks they use live in `checks.py` and are re-exported here.
A payout's destination problems (none, or more than one) are reported under the key "destination".

Two checks apply beyond the gateway's tables (issue 12): a card number (13–19 digits passing Luhn, whole or in
the usual groups: luhn.looks_like_card) is refused wherever an order id, a reason, a description, a name, a holder or an
address belongs ("This looks like a card number; card numbers never go in an order id."), so it never
reaches the journal or an export in full; and a text holding a character that cannot be sent (a lone
surrogate, as an undecodable byte of a command-line argument becomes) is refused in any field.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

from . import checks
from .checks import (
    MAX_TEXT,
    check_amount,
    check_birthdate,
    check_card_number,
    check_country,
    check_currency,
    check_cvv,
    check_email,
    check_expiry,
    check_ip,
    check_phone,
    check_required,
    check_text,
    check_url,
    check_zip,
    expiry_problem,
    is_blank,
    luhn_ok,
    normalize_card_number,
)
from .errors import ValidationFailed
from .luhn import looks_like_card
from .models import (
    AuthorizeRequest,
    Card,
    Customer,
    HostToHostRequest,
    InitPaymentRequest,
    RecurrentRequest,
    RefundRequest,
    ReportRequest,
    Urls,
    WithdrawalRequest,
)
from .said import Said, said

__all__ = [
    "DESTINATION",
    "MAX_TEXT",
    "check_amount",
    "check_birthdate",
    "check_card_number",
    "check_country",
    "check_currency",
    "check_cvv",
    "check_email",
    "check_expiry",
    "check_ip",
    "check_not_a_card",
    "check_order_id",
    "check_phone",
    "check_required",
    "check_text",
    "check_url",
    "check_words",
    "check_zip",
    "ensure_valid",
    "luhn_ok",
    "normalize_card_number",
    "validate_authorize",
    "validate_h2h",
    "validate_init_payment",
    "validate_recurrent",
    "validate_refund",
    "validate_report",
    "validate_withdrawal",
]

DESTINATION = "destination"
"""Key of a payout's destination problem (no single JSON field names it)."""

REPORT_TYPES = ("Payment", "Withdrawal", "Refund")
REPORT_STATUSES = (2, 1, -1)
PAYMENT_METHODS = ("card", "applePayDPan")

Errors = dict[str, str]
UNSENDABLE = said("This holds a character that cannot be sent (a broken or undecodable one): type it again.")
_SURROGATE = re.compile("[\ud800-\udfff]")
AN_ORDER_ID = said("an order id")  # check_not_a_card's `where` for an order id (made once: a batch checks 10,000)


# ---------------------------------------------------------------- a card number where none belongs


def check_not_a_card(value: object, where: str) -> str | None:
    """A sentence when `value` holds a card number (`where`: "an order id", "a reason", …), else None."""
    if isinstance(value, str) and looks_like_card(value):
        return said("This looks like a card number; card numbers never go in {where}.", where=where)
    return None


def check_order_id(order_id: object) -> str | None:
    """checks.check_order_id, and no card number: a card typed in the order id field is refused."""
    return checks.check_order_id(order_id) or check_not_a_card(order_id, AN_ORDER_ID)


def check_words(value: object, what: str, where: str, max_len: int = MAX_TEXT) -> str | None:
    """A required free text (check_text) that holds no card number (`where`: "a reason", …)."""
    return check_text(value, what, max_len) or check_not_a_card(value, where)


def _sendable(errors: Errors, payload: Mapping[str, Any]) -> Errors:
    """A sentence for every text of the request that cannot be encoded to be sent (a lone surrogate)."""
    for key, value in payload.items():
        if isinstance(value, str) and _SURROGATE.search(value):
            _put(errors, str(key), UNSENDABLE)
        elif isinstance(value, Mapping):
            _sendable(errors, value)
    return errors


# ---------------------------------------------------------------- request checks


def _put(errors: Errors, key: str, problem: str | None) -> None:
    if problem and key not in errors:
        errors[key] = problem


def _optional(errors: Errors, key: str, value: object, check: Callable[[object], str | None]) -> None:
    if not is_blank(value):
        _put(errors, key, check(value))


def _customer(errors: Errors, customer: Customer) -> None:
    name = said("a name")
    _put(errors, "customer_first_name", check_words(customer.first_name, said("customer's first name"), name))
    _put(errors, "customer_last_name", check_words(customer.last_name, said("customer's last name"), name))
    _put(errors, "customer_address", check_words(customer.address, said("customer's address"), said("an address")))
    _put(errors, "customer_city", check_words(customer.city, said("customer's city"), said("a city")))
    _put(errors, "customer_zip_code", check_zip(customer.zip_code))
    _put(errors, "customer_country", check_country(customer.country))
    _put(errors, "customer_phone", check_phone(customer.phone))
    _put(errors, "customer_email", check_email(customer.email))
    _put(errors, "customer_ip_address", check_ip(customer.ip_address))


def _urls(errors: Errors, urls: Urls) -> None:
    for key in ("success_url", "fail_url", "callback_url", "status_url"):
        _optional(errors, key, getattr(urls, key), check_url)


def _payment(errors: Errors, account: str, amount: int, currency: str, order_id: str, purpose: str | None) -> None:
    _put(errors, "account", check_text(account, said("merchant account")))
    _put(errors, "amount", check_amount(amount))
    _put(errors, "currency", check_currency(currency))
    _put(errors, "order_id", check_order_id(order_id))
    if purpose is not None and not is_blank(purpose):
        _put(errors, "purpose", check_words(purpose, said("description"), said("a description")))


def _card(errors: Errors, card: Card, today: dt.date | None) -> None:
    _put(errors, "card_holder", check_words(card.holder, said("card holder's name"), said("a name")))
    _put(errors, "card_number", check_card_number(card.number))
    problem = expiry_problem(card.exp_month, card.exp_year, today)
    if problem:
        _put(errors, f"card_exp_{problem[0]}", problem[1])
    _put(errors, "card_cvv", check_cvv(card.cvv))


def validate_init_payment(req: InitPaymentRequest) -> Errors:
    """POST /initPayment: the payment and customer fields; merchant_site and the URLs only if given."""
    errors: Errors = {}
    _payment(errors, req.account, req.amount, req.currency, req.order_id, req.purpose)
    _optional(errors, "merchant_site", req.merchant_site, check_url)
    _customer(errors, req.customer)
    _urls(errors, req.urls)
    return _sendable(errors, req.to_payload())


def validate_h2h(req: HostToHostRequest, today: dt.date | None = None) -> Errors:
    """POST /initPaymentHost2Host: card fields for "card", the DPAN and network for "applePayDPan"."""
    errors: Errors = {}
    _payment(errors, req.account, req.amount, req.currency, req.order_id, req.purpose)
    _put(errors, "merchant_site", check_url(req.merchant_site))
    _customer(errors, req.customer)
    _urls(errors, req.urls)
    if req.payment_method not in PAYMENT_METHODS:
        _put(errors, "payment_method", said("The payment method must be card or applePayDPan."))
    elif req.payment_method == "card":
        if req.card is None:
            _put(errors, "card_number", said("Enter the card details for a card payment."))
        else:
            _card(errors, req.card, today)
    else:
        if is_blank(req.apple_pay_dpan):
            _put(errors, "apple_pay_dpan", said("An Apple Pay payment needs the Apple Pay token (DPAN)."))
        elif not _is_base64(req.apple_pay_dpan):
            _put(errors, "apple_pay_dpan", said("The Apple Pay token must be base64 text, as Apple Pay gives it."))
        network = req.apple_pay_payment_method_network
        _put(errors, "apple_pay_payment_method_network", check_text(network, said("Apple Pay card network"), 64))
    _put(errors, "card_holder", check_words(req.card_holder, said("card holder's name"), said("a name")))
    return _sendable(errors, req.to_payload())


def _is_base64(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def validate_authorize(req: AuthorizeRequest, today: dt.date | None = None) -> Errors:
    """POST /authorize: like a host-to-host card payment; every card field is required."""
    errors: Errors = {}
    _payment(errors, req.account, req.amount, req.currency, req.order_id, req.purpose)
    _put(errors, "merchant_site", check_url(req.merchant_site))
    _customer(errors, req.customer)
    _urls(errors, req.urls)
    _card(errors, req.card, today)
    return _sendable(errors, req.to_payload())


def validate_refund(req: RefundRequest) -> Errors:
    """POST /refund: the parent's order id, an amount and a reason."""
    errors: Errors = {}
    _put(errors, "order_id", check_order_id(req.order_id))
    _put(errors, "amount", check_amount(req.amount))
    _put(errors, "reason", check_words(req.reason, said("reason for the refund"), said("a reason")))
    _optional(errors, "callback_url", req.callback_url, check_url)
    return _sendable(errors, req.to_payload())


def validate_recurrent(req: RecurrentRequest) -> Errors:
    """POST /recurrent: a new order id, the parent's, an amount and a reason."""
    errors: Errors = {}
    _put(errors, "order_id", check_order_id(req.order_id))
    _put(errors, "parent_order_id", check_order_id(req.parent_order_id))
    if "order_id" not in errors and req.order_id == req.parent_order_id:
        errors["order_id"] = said("A repeat charge needs a new order id, not the original payment's.")
    _put(errors, "amount", check_amount(req.amount))
    _put(errors, "reason", check_words(req.reason, said("description"), said("a reason")))
    return _sendable(errors, req.to_payload())


def validate_withdrawal(req: WithdrawalRequest, today: dt.date | None = None) -> Errors:
    """POST /withdrawal/init: account, amount, order id and exactly one destination: a card number,
    a phone (payment_method + customer_phone) or an account (account_withdrawal + holder)."""
    errors: Errors = {}
    _put(errors, "account", check_text(req.account, said("payout account")))
    _put(errors, "amount", check_amount(req.amount))
    _put(errors, "order_id", check_order_id(req.order_id))
    chosen = tuple(
        name
        for name, value in (
            ("card", req.customer_card_number),
            ("phone", req.payment_method),
            ("account", req.account_withdrawal),
        )
        if not is_blank(value)
    )
    if not chosen:
        errors[DESTINATION] = said("Choose where the payout goes: a card, a phone or an account.")
    elif len(chosen) > 1:
        errors[DESTINATION] = _several_destinations(chosen)
    if not is_blank(req.customer_card_number):
        _put(errors, "customer_card_number", check_card_number(req.customer_card_number))
        if not (is_blank(req.customer_card_exp_month) and is_blank(req.customer_card_exp_year)):
            problem = expiry_problem(req.customer_card_exp_month, req.customer_card_exp_year, today)
            if problem:
                _put(errors, f"customer_card_exp_{problem[0]}", problem[1])
    if not is_blank(req.payment_method):
        _put(errors, "payment_method", check_text(req.payment_method, said("payout method"), 64))
        _put(errors, "customer_phone", check_phone(req.customer_phone))
    if not is_blank(req.account_withdrawal):
        _put(errors, "account_withdrawal", check_text(req.account_withdrawal, said("payout account number"), 64))
        holder = req.account_withdrawal_holder
        _put(errors, "account_withdrawal_holder", check_words(holder, said("account holder"), said("a name")))
    for key, check in (
        ("customer_phone", check_phone),
        ("customer_zip_code", check_zip),
        ("callback_url", check_url),
        ("merchant_site", check_url),
        ("customer_ip_address", check_ip),
    ):
        _optional(errors, key, getattr(req, key), check)
    _optional(errors, "customer_birthdate", req.customer_birthdate, lambda v: check_birthdate(v, today))
    texts: tuple[tuple[str, Said, Said | None], ...] = (
        ("purpose", said("description"), said("a description")),
        ("customer_first_name", said("first name"), said("a name")),
        ("customer_last_name", said("last name"), said("a name")),
        ("customer_middle_name", said("middle name"), said("a name")),
        ("account_withdrawal_iin", said("account IIN"), None),
        ("provider_id", said("provider id"), None),
    )
    for key, what, where in texts:
        value = getattr(req, key)
        if not is_blank(value):
            _put(errors, key, check_words(value, what, where) if where else check_text(value, what))
    return _sendable(errors, req.to_payload())


def validate_report(req: ReportRequest) -> Errors:
    """POST /public/transaction/excel: type, status and a date range (unix milliseconds)."""
    errors: Errors = {}
    if req.type not in REPORT_TYPES:
        errors["type"] = said("The report type must be Payment, Withdrawal or Refund.")
    if isinstance(req.status, bool) or req.status not in REPORT_STATUSES:
        errors["status"] = said("The report status must be 2 (success), 1 (processing) or -1 (fail).")
    for key, value in (("dateFrom", req.date_from), ("dateTo", req.date_to)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            errors[key] = said("A report date must be a time (unix milliseconds).")
    if not errors.keys() & {"dateFrom", "dateTo"} and req.date_from > req.date_to:
        errors["dateTo"] = said("The end of the period must not be before its start.")
    return errors


def _several_destinations(chosen: tuple[str, ...]) -> Said:
    """The sentence for a payout naming more than one destination (whole per case: a translation's grammar)."""
    if chosen == ("card", "phone"):
        return said("A payout goes to exactly one destination; this one names a card and a phone.")
    if chosen == ("card", "account"):
        return said("A payout goes to exactly one destination; this one names a card and an account.")
    if chosen == ("phone", "account"):
        return said("A payout goes to exactly one destination; this one names a phone and an account.")
    return said("A payout goes to exactly one destination; this one names a card and a phone and an account.")


def ensure_valid(errors: Mapping[str, str]) -> None:
    """Raise ValidationFailed(errors) when there is any; nothing was sent."""
    if errors:
        raise ValidationFailed(errors)
