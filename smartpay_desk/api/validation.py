"""Checks run before anything is sent to the gateway.

Field checks return None when the value is fine, or one sentence a finance user understands. They accept
any input (a wrong type is a sentence too) and never raise. Request checks return {JSON field name:
sentence} for every field of a request that needs attention, following the required columns of the
gateway's tables; `ensure_valid` turns a non-empty result into api.errors.ValidationFailed.

Choices where the doc is silent:
- A card number is digits only (13–19, Luhn); the caller removes the spaces a person types
  (`normalize_card_number`). A phone is in E.164 form (+ and digits only).
- An expiry month is two digits (01–12), the year two or four digits; a card is valid through the last day
  of its expiry month, and at most 20 years ahead.
- A payout's destination problems (none, or more than one) are reported under the key "destination".
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import ipaddress
import re
from collections.abc import Callable, Mapping
from urllib.parse import urlsplit

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
from .money import MAX_MINOR
from .redact import luhn_ok as luhn_ok  # re-exported: the Luhn check lives with the redaction

DESTINATION = "destination"
"""Key of a payout's destination problem (no single JSON field names it)."""

MAX_TEXT = 255
REPORT_TYPES = ("Payment", "Withdrawal", "Refund")
REPORT_STATUSES = (2, 1, -1)
PAYMENT_METHODS = ("card", "applePayDPan")
_ORDER_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
_ZIP = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9 -]{0,14}[A-Za-z0-9])?")
_CARD_SEPARATORS = re.compile(r"[\s-]+")

Errors = dict[str, str]


# ---------------------------------------------------------------- field checks


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_required(value: object) -> str | None:
    if _blank(value):
        return "This field is required."
    return None


def _text(value: object, what: str, max_len: int = MAX_TEXT) -> str | None:
    """A required free-text field: present, a string, not absurdly long."""
    if _blank(value):
        return f"Enter the {what}."
    if not isinstance(value, str):
        return f"The {what} must be text."
    if len(value) > max_len:
        return f"The {what} is too long (at most {max_len} characters)."
    return None


def normalize_card_number(number: str) -> str:
    """ "4012 0000-0000 3010" → "4012000000003010": remove the spaces and dashes a person types."""
    return _CARD_SEPARATORS.sub("", number)


def check_card_number(number: object) -> str | None:
    if _blank(number):
        return "Enter the card number."
    if not isinstance(number, str) or not number.isascii() or not number.isdigit():
        return "A card number has digits only (no spaces or letters)."
    if not 13 <= len(number) <= 19:
        return f"A card number has 13 to 19 digits; this one has {len(number)}."
    if not luhn_ok(number):
        return "This card number is not valid: check it for a typing mistake."
    return None


def _expiry(month: object, year: object, today: dt.date | None) -> tuple[str, str] | None:
    """("month" | "year", sentence) for the first problem, or None."""
    if _blank(month):
        return "month", "Enter the expiry month."
    if not isinstance(month, str) or not re.fullmatch(r"0[1-9]|1[0-2]", month):
        return "month", "Write the expiry month as two digits, 01 to 12."
    if _blank(year):
        return "year", "Enter the expiry year."
    if not isinstance(year, str) or not re.fullmatch(r"\d{2}|\d{4}", year):
        return "year", "Write the expiry year as two or four digits (for example 29 or 2029)."
    full_year = 2000 + int(year) if len(year) == 2 else int(year)
    today = today or dt.date.today()
    if (full_year, int(month)) < (today.year, today.month):
        return "year", f"This card expired at the end of {month}/{full_year}."
    if full_year > today.year + 20:
        return "year", "This expiry year is too far in the future: check it."
    return None


def check_expiry(month: object, year: object, today: dt.date | None = None) -> str | None:
    problem = _expiry(month, year, today)
    return problem[1] if problem else None


def check_cvv(cvv: object) -> str | None:
    if _blank(cvv):
        return "Enter the card's security code (CVV)."
    if not isinstance(cvv, str) or not re.fullmatch(r"\d{3,4}", cvv):
        return "The security code (CVV) is 3 or 4 digits."
    return None


def check_currency(code: object) -> str | None:
    if _blank(code):
        return "Enter the currency."
    if not isinstance(code, str) or not re.fullmatch(r"[A-Za-z]{3}", code):
        return "A currency is three letters, such as EUR."
    if code != code.upper():
        return f"Write the currency code in capitals: {code.upper()}."
    import pycountry  # heavy imports load when first needed, after the window is painted

    if pycountry.currencies.get(alpha_3=code) is None:
        return f"{code} is not an ISO 4217 currency code."
    return None


def check_country(code: object) -> str | None:
    if _blank(code):
        return "Enter the country."
    if not isinstance(code, str) or not re.fullmatch(r"[A-Za-z]{2}", code):
        return "A country is a two-letter ISO code, such as GB."
    if code != code.upper():
        return f"Write the country code in capitals: {code.upper()}."
    import pycountry

    if pycountry.countries.get(alpha_2=code) is None:
        return f"{code} is not an ISO 3166 country code (the United Kingdom is GB)."
    return None


def check_email(email: object) -> str | None:
    if _blank(email):
        return "Enter the customer's email address."
    if not isinstance(email, str) or len(email) > 254:
        return "This is not an email address."
    import email_validator

    try:
        email_validator.validate_email(email, check_deliverability=False)
    except ValueError as exc:  # EmailNotValidError, and any codec error on odd input
        return f"“{email}” is not a valid email address: {exc}"
    return None


def check_phone(phone: object) -> str | None:
    example = "for example +442079460612"
    if _blank(phone):
        return "Enter the phone number."
    if not isinstance(phone, str) or not phone.strip().startswith("+") or len(phone) > 32:
        return f"Write the phone number in international form, starting with + and the country code ({example})."
    import phonenumbers

    try:
        parsed = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        return f"This is not a phone number: write it starting with + and the country code ({example})."
    if not phonenumbers.is_valid_number(parsed):
        return "This phone number is not valid for its country: check the digits."
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if phone != e164:
        return f"Write the phone number without spaces or punctuation: {e164}."
    return None


def check_amount(amount: object) -> str | None:
    if isinstance(amount, bool) or not isinstance(amount, int):
        return "The amount must be a whole number of minor units (cents)."
    if amount <= 0:
        return "The amount must be more than zero."
    if amount > MAX_MINOR:
        return "The amount is too large: check it."
    return None


def check_order_id(order_id: object) -> str | None:
    if _blank(order_id):
        return "Enter an order id."
    if not isinstance(order_id, str):
        return "The order id must be text."
    if len(order_id) > 64:
        return f"An order id has at most 64 characters; this one has {len(order_id)}."
    if not _ORDER_ID.fullmatch(order_id):
        return "An order id may contain only letters, digits, “-”, “_” and “.”."
    return None


def check_url(url: object) -> str | None:
    if _blank(url):
        return "Enter the address (URL)."
    if not isinstance(url, str) or len(url) > 2048 or any(ch.isspace() for ch in url):
        return "This is not a web address: write it like https://merchant.site."
    try:
        parts = urlsplit(url)
        ok = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        ok = False
    if not ok:
        return "Write the full web address, starting with https:// (or http://)."
    return None


def check_ip(ip: object) -> str | None:
    if _blank(ip):
        return "Enter the customer's IP address."
    if not isinstance(ip, str):
        return "This is not an IP address."
    try:
        ipaddress.ip_address(ip)
    except ValueError:
        return f"“{ip}” is not an IP address (for example 127.0.0.1)."
    return None


def check_birthdate(value: object, today: dt.date | None = None) -> str | None:
    if _blank(value):
        return "Enter the birth date."
    if not isinstance(value, str) or not re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", value):
        return "Write the birth date as dd.mm.yyyy, for example 06.06.1997."
    day, month, year = (int(p) for p in value.split("."))
    try:
        born = dt.date(year, month, day)
    except ValueError:
        return f"{value} is not a date."
    today = today or dt.date.today()
    if born >= today:
        return "A birth date must be in the past."
    if year < 1900:
        return "This birth date is too long ago: check the year."
    return None


def check_zip(value: object) -> str | None:
    if _blank(value):
        return "Enter the zip (postal) code."
    if not isinstance(value, str) or not _ZIP.fullmatch(value):
        return "A zip (postal) code has up to 16 letters, digits, spaces or dashes, such as 121165 or SW1A 2AA."
    return None


# ---------------------------------------------------------------- request checks


def _put(errors: Errors, key: str, problem: str | None) -> None:
    if problem and key not in errors:
        errors[key] = problem


def _optional(errors: Errors, key: str, value: object, check: Callable[[object], str | None]) -> None:
    if not _blank(value):
        _put(errors, key, check(value))


def _customer(errors: Errors, customer: Customer) -> None:
    _put(errors, "customer_first_name", _text(customer.first_name, "customer's first name"))
    _put(errors, "customer_last_name", _text(customer.last_name, "customer's last name"))
    _put(errors, "customer_address", _text(customer.address, "customer's address"))
    _put(errors, "customer_city", _text(customer.city, "customer's city"))
    _put(errors, "customer_zip_code", check_zip(customer.zip_code))
    _put(errors, "customer_country", check_country(customer.country))
    _put(errors, "customer_phone", check_phone(customer.phone))
    _put(errors, "customer_email", check_email(customer.email))
    _put(errors, "customer_ip_address", check_ip(customer.ip_address))


def _urls(errors: Errors, urls: Urls) -> None:
    for key in ("success_url", "fail_url", "callback_url", "status_url"):
        _optional(errors, key, getattr(urls, key), check_url)


def _payment(errors: Errors, account: str, amount: int, currency: str, order_id: str, purpose: str | None) -> None:
    _put(errors, "account", _text(account, "merchant account"))
    _put(errors, "amount", check_amount(amount))
    _put(errors, "currency", check_currency(currency))
    _put(errors, "order_id", check_order_id(order_id))
    if purpose is not None and not _blank(purpose):
        _put(errors, "purpose", _text(purpose, "description"))


def _card(errors: Errors, card: Card, today: dt.date | None) -> None:
    _put(errors, "card_holder", _text(card.holder, "card holder's name"))
    _put(errors, "card_number", check_card_number(card.number))
    problem = _expiry(card.exp_month, card.exp_year, today)
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
        if _blank(req.apple_pay_dpan):
            _put(errors, "apple_pay_dpan", "An Apple Pay payment needs the Apple Pay token (DPAN).")
        elif not _is_base64(req.apple_pay_dpan):
            _put(errors, "apple_pay_dpan", "The Apple Pay token must be base64 text, as Apple Pay gives it.")
        network = req.apple_pay_payment_method_network
        _put(errors, "apple_pay_payment_method_network", _text(network, "Apple Pay card network", 64))
    _put(errors, "card_holder", _text(req.card_holder, "card holder's name"))
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
    _put(errors, "reason", _text(req.reason, "reason for the refund"))
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
    _put(errors, "reason", _text(req.reason, "description"))
    return errors


def validate_withdrawal(req: WithdrawalRequest, today: dt.date | None = None) -> Errors:
    """POST /withdrawal/init: account, amount, order id and exactly one destination: a card number,
    a phone (payment_method + customer_phone) or an account (account_withdrawal + holder)."""
    errors: Errors = {}
    _put(errors, "account", _text(req.account, "payout account"))
    _put(errors, "amount", check_amount(req.amount))
    _put(errors, "order_id", check_order_id(req.order_id))
    chosen = [
        name
        for name, value in (
            ("a card", req.customer_card_number),
            ("a phone", req.payment_method),
            ("an account", req.account_withdrawal),
        )
        if not _blank(value)
    ]
    if not chosen:
        errors[DESTINATION] = "Choose where the payout goes: a card, a phone or an account."
    elif len(chosen) > 1:
        errors[DESTINATION] = f"A payout goes to exactly one destination; this one names {' and '.join(chosen)}."
    if not _blank(req.customer_card_number):
        _put(errors, "customer_card_number", check_card_number(req.customer_card_number))
        if not (_blank(req.customer_card_exp_month) and _blank(req.customer_card_exp_year)):
            problem = _expiry(req.customer_card_exp_month, req.customer_card_exp_year, today)
            if problem:
                _put(errors, f"customer_card_exp_{problem[0]}", problem[1])
    if not _blank(req.payment_method):
        _put(errors, "payment_method", _text(req.payment_method, "payout method", 64))
        _put(errors, "customer_phone", check_phone(req.customer_phone))
    if not _blank(req.account_withdrawal):
        _put(errors, "account_withdrawal", _text(req.account_withdrawal, "payout account number", 64))
        _put(errors, "account_withdrawal_holder", _text(req.account_withdrawal_holder, "account holder"))
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
        if not _blank(value):
            _put(errors, key, _text(value, what))
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
