"""Request checks run before anything is sent to the gateway.

Each returns {JSON field name: sentence} for every field of a request that needs attention, following the
required columns of the gateway's tables; `ensure_valid` turns a non-empty result into
api.errors.ValidationFailed. The field checks they use live in `checks.py` and are re-exported here.
A payout's destination problems (none, or more than one) are reported under the key "destination".
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections.abc import Callable, Mapping

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
    check_order_id,
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
    "check_order_id",
    "check_phone",
    "check_required",
    "check_url",
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


# ---------------------------------------------------------------- request checks


def _put(errors: Errors, key: str, problem: str | None) -> None:
    if problem and key not in errors:
        errors[key] = problem


def _optional(errors: Errors, key: str, value: object, check: Callable[[object], str | None]) -> None:
    if not is_blank(value):
        _put(errors, key, check(value))


def _customer(errors: Errors, customer: Customer) -> None:
    _put(errors, "customer_first_name", check_text(customer.first_name, "customer's first name"))
    _put(errors, "customer_last_name", check_text(customer.last_name, "customer's last name"))
    _put(errors, "customer_address", check_text(customer.address, "customer's address"))
    _put(errors, "customer_city", check_text(customer.city, "customer's city"))
    _put(errors, "customer_zip_code", check_zip(customer.zip_code))
    _put(errors, "customer_country", check_country(customer.country))
    _put(errors, "customer_phone", check_phone(customer.phone))
    _put(errors, "customer_email", check_email(customer.email))
    _put(errors, "customer_ip_address", check_ip(customer.ip_address))


def _urls(errors: Errors, urls: Urls) -> None:
    for key in ("success_url", "fail_url", "callback_url", "status_url"):
        _optional(errors, key, getattr(urls, key), check_url)


def _payment(errors: Errors, account: str, amount: int, currency: str, order_id: str, purpose: str | None) -> None:
    _put(errors, "account", check_text(account, "merchant account"))
    _put(errors, "amount", check_amount(amount))
    _put(errors, "currency", check_currency(currency))
    _put(errors, "order_id", check_order_id(order_id))
    if purpose is not None and not is_blank(purpose):
        _put(errors, "purpose", check_text(purpose, "description"))


def _card(errors: Errors, card: Card, today: dt.date | None) -> None:
    _put(errors, "card_holder", check_text(card.holder, "card holder's name"))
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
    return errors


def validate_h2h(req: HostToHostRequest, today: dt.date | None = None) -> Errors:
    """POST /initPaymentHost2Host: card fields for "card", the DPAN and network for "applePayDPan"."""
    errors: Errors = {}
    _payment(errors, req.account, req.amount, req.currency, req.order_id, req.purpose)
    _put(errors, "merchant_site", check_url(req.merchant_site))
    _customer(errors, req.customer)
    _urls(errors, req.urls)
    if req.payment_method not in PAYMENT_METHODS:
        _put(errors, "payment_method", "The payment method must be card or applePayDPan.")
    elif req.payment_method == "card":
        if req.card is None:
            _put(errors, "card_number", "Enter the card details for a card payment.")
        else:
            _card(errors, req.card, today)
    else:
        if is_blank(req.apple_pay_dpan):
            _put(errors, "apple_pay_dpan", "An Apple Pay payment needs the Apple Pay token (DPAN).")
        elif not _is_base64(req.apple_pay_dpan):
            _put(errors, "apple_pay_dpan", "The Apple Pay token must be base64 text, as Apple Pay gives it.")
        network = req.apple_pay_payment_method_network
        _put(errors, "apple_pay_payment_method_network", check_text(network, "Apple Pay card network", 64))
    _put(errors, "card_holder", check_text(req.card_holder, "card holder's name"))
    return errors


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
    return errors


def validate_refund(req: RefundRequest) -> Errors:
    """POST /refund: the parent's order id, an amount and a reason."""
    errors: Errors = {}
    _put(errors, "order_id", check_order_id(req.order_id))
    _put(errors, "amount", check_amount(req.amount))
    _put(errors, "reason", check_text(req.reason, "reason for the refund"))
    _optional(errors, "callback_url", req.callback_url, check_url)
    return errors


def validate_recurrent(req: RecurrentRequest) -> Errors:
    """POST /recurrent: a new order id, the parent's, an amount and a reason."""
    errors: Errors = {}
    _put(errors, "order_id", check_order_id(req.order_id))
    _put(errors, "parent_order_id", check_order_id(req.parent_order_id))
    if "order_id" not in errors and req.order_id == req.parent_order_id:
        errors["order_id"] = "A repeat charge needs a new order id, not the original payment's."
    _put(errors, "amount", check_amount(req.amount))
    _put(errors, "reason", check_text(req.reason, "description"))
    return errors


def validate_withdrawal(req: WithdrawalRequest, today: dt.date | None = None) -> Errors:
    """POST /withdrawal/init: account, amount, order id and exactly one destination: a card number,
    a phone (payment_method + customer_phone) or an account (account_withdrawal + holder)."""
    errors: Errors = {}
    _put(errors, "account", check_text(req.account, "payout account"))
    _put(errors, "amount", check_amount(req.amount))
    _put(errors, "order_id", check_order_id(req.order_id))
    chosen = [
        name
        for name, value in (
            ("a card", req.customer_card_number),
            ("a phone", req.payment_method),
            ("an account", req.account_withdrawal),
        )
        if not is_blank(value)
    ]
    if not chosen:
        errors[DESTINATION] = "Choose where the payout goes: a card, a phone or an account."
    elif len(chosen) > 1:
        errors[DESTINATION] = f"A payout goes to exactly one destination; this one names {' and '.join(chosen)}."
    if not is_blank(req.customer_card_number):
        _put(errors, "customer_card_number", check_card_number(req.customer_card_number))
        if not (is_blank(req.customer_card_exp_month) and is_blank(req.customer_card_exp_year)):
            problem = expiry_problem(req.customer_card_exp_month, req.customer_card_exp_year, today)
            if problem:
                _put(errors, f"customer_card_exp_{problem[0]}", problem[1])
    if not is_blank(req.payment_method):
        _put(errors, "payment_method", check_text(req.payment_method, "payout method", 64))
        _put(errors, "customer_phone", check_phone(req.customer_phone))
    if not is_blank(req.account_withdrawal):
        _put(errors, "account_withdrawal", check_text(req.account_withdrawal, "payout account number", 64))
        _put(errors, "account_withdrawal_holder", check_text(req.account_withdrawal_holder, "account holder"))
    for key, check in (
        ("customer_phone", check_phone),
        ("customer_zip_code", check_zip),
        ("callback_url", check_url),
        ("merchant_site", check_url),
        ("customer_ip_address", check_ip),
    ):
        _optional(errors, key, getattr(req, key), check)
    _optional(errors, "customer_birthdate", req.customer_birthdate, lambda v: check_birthdate(v, today))
    for key, what in (
        ("purpose", "description"),
        ("customer_first_name", "first name"),
        ("customer_last_name", "last name"),
        ("customer_middle_name", "middle name"),
        ("account_withdrawal_iin", "account IIN"),
        ("provider_id", "provider id"),
    ):
        value = getattr(req, key)
        if not is_blank(value):
            _put(errors, key, check_text(value, what))
    return errors


def validate_report(req: ReportRequest) -> Errors:
    """POST /public/transaction/excel: type, status and a date range (unix milliseconds)."""
    errors: Errors = {}
    if req.type not in REPORT_TYPES:
        errors["type"] = "The report type must be Payment, Withdrawal or Refund."
    if isinstance(req.status, bool) or req.status not in REPORT_STATUSES:
        errors["status"] = "The report status must be 2 (success), 1 (processing) or -1 (fail)."
    for key, value in (("dateFrom", req.date_from), ("dateTo", req.date_to)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            errors[key] = "A report date must be a time (unix milliseconds)."
    if not errors.keys() & {"dateFrom", "dateTo"} and req.date_from > req.date_to:
        errors["dateTo"] = "The end of the period must not be before its start."
    return errors


def ensure_valid(errors: Mapping[str, str]) -> None:
    """Raise ValidationFailed(errors) when there is any; nothing was sent."""
    if errors:
        raise ValidationFailed(errors)
