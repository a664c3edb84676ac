"""Field checks: each returns None when the value is fine, or one sentence a finance user understands.

They accept any input (a wrong type is a sentence too) and never raise. Choices where the doc is silent:
- A card number is digits only (13–19, Luhn); the caller removes the spaces a person types
  (`normalize_card_number`). A phone is in E.164 form (+ and digits only).
- An expiry month is two digits (01–12), the year two or four digits; a card is valid through the last day
  of its expiry month, and at most 20 years ahead.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from urllib.parse import urlsplit

from .money import MAX_MINOR
from .redact import luhn_ok as luhn_ok  # re-exported: the Luhn check lives with the redaction
from .said import said

MAX_TEXT = 255
_ORDER_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
_ZIP = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9 -]{0,14}[A-Za-z0-9])?")
_CARD_SEPARATORS = re.compile(r"[\s-]+")


# ---------------------------------------------------------------- field checks


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_required(value: object) -> str | None:
    if is_blank(value):
        return said("This field is required.")
    return None


def check_text(value: object, what: str, max_len: int = MAX_TEXT) -> str | None:
    """A required free-text field: present, a string, not absurdly long."""
    if is_blank(value):
        return said("Enter the {what}.", what=what)
    if not isinstance(value, str):
        return said("The {what} must be text.", what=what)
    if len(value) > max_len:
        return said("The {what} is too long (at most {max_len} characters).", what=what, max_len=max_len)
    return None


def normalize_card_number(number: str) -> str:
    """ "4111 1111-1111 1111" → "4111111111111111": remove the spaces and dashes a person types."""
    return _CARD_SEPARATORS.sub("", number)


def check_card_number(number: object) -> str | None:
    if is_blank(number):
        return said("Enter the card number.")
    if not isinstance(number, str) or not number.isascii() or not number.isdigit():
        return said("A card number has digits only (no spaces or letters).")
    if not 13 <= len(number) <= 19:
        return said("A card number has 13 to 19 digits; this one has {count}.", count=len(number))
    if not luhn_ok(number):
        return said("This card number is not valid: check it for a typing mistake.")
    return None


def expiry_problem(month: object, year: object, today: dt.date | None) -> tuple[str, str] | None:
    """("month" | "year", sentence) for the first problem, or None."""
    if is_blank(month):
        return "month", said("Enter the expiry month.")
    if not isinstance(month, str) or not re.fullmatch(r"0[1-9]|1[0-2]", month):
        return "month", said("Write the expiry month as two digits, 01 to 12.")
    if is_blank(year):
        return "year", said("Enter the expiry year.")
    if not isinstance(year, str) or not re.fullmatch(r"\d{2}|\d{4}", year):
        return "year", said("Write the expiry year as two or four digits (for example 29 or 2029).")
    full_year = 2000 + int(year) if len(year) == 2 else int(year)
    today = today or dt.date.today()
    if (full_year, int(month)) < (today.year, today.month):
        return "year", said("This card expired at the end of {month}/{year}.", month=month, year=full_year)
    if full_year > today.year + 20:
        return "year", said("This expiry year is too far in the future: check it.")
    return None


def check_expiry(month: object, year: object, today: dt.date | None = None) -> str | None:
    problem = expiry_problem(month, year, today)
    return problem[1] if problem else None


def check_cvv(cvv: object) -> str | None:
    if is_blank(cvv):
        return said("Enter the card's security code (CVV).")
    if not isinstance(cvv, str) or not re.fullmatch(r"\d{3,4}", cvv):
        return said("The security code (CVV) is 3 or 4 digits.")
    return None


def check_currency(code: object) -> str | None:
    if is_blank(code):
        return said("Enter the currency.")
    if not isinstance(code, str) or not re.fullmatch(r"[A-Za-z]{3}", code):
        return said("A currency is three letters, such as EUR.")
    if code != code.upper():
        return said("Write the currency code in capitals: {code}.", code=code.upper())
    import pycountry  # heavy imports load when first needed, after the window is painted

    if pycountry.currencies.get(alpha_3=code) is None:
        return said("{code} is not an ISO 4217 currency code.", code=code)
    return None


def check_country(code: object) -> str | None:
    if is_blank(code):
        return said("Enter the country.")
    if not isinstance(code, str) or not re.fullmatch(r"[A-Za-z]{2}", code):
        return said("A country is a two-letter ISO code, such as GB.")
    if code != code.upper():
        return said("Write the country code in capitals: {code}.", code=code.upper())
    import pycountry

    if pycountry.countries.get(alpha_2=code) is None:
        return said("{code} is not an ISO 3166 country code (the United Kingdom is GB).", code=code)
    return None


def check_email(email: object) -> str | None:
    if is_blank(email):
        return said("Enter the customer's email address.")
    if not isinstance(email, str) or len(email) > 254:
        return said("This is not an email address.")
    import email_validator

    try:
        email_validator.validate_email(email, check_deliverability=False)
    except ValueError as exc:  # EmailNotValidError, and any codec error on odd input
        return said("“{email}” is not a valid email address: {reason}", email=email, reason=str(exc))
    return None


def check_phone(phone: object) -> str | None:
    if is_blank(phone):
        return said("Enter the phone number.")
    if not isinstance(phone, str) or not phone.strip().startswith("+") or len(phone) > 32:
        return said(
            "Write the phone number in international form, starting with + and the country code (for example "
            "+442079460612)."
        )
    import phonenumbers

    try:
        parsed = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        return said(
            "This is not a phone number: write it starting with + and the country code (for example +442079460612)."
        )
    if not phonenumbers.is_valid_number(parsed):
        return said("This phone number is not valid for its country: check the digits.")
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if phone != e164:
        return said("Write the phone number without spaces or punctuation: {number}.", number=e164)
    return None


def check_amount(amount: object) -> str | None:
    if isinstance(amount, bool) or not isinstance(amount, int):
        return said("The amount must be a whole number of minor units (cents).")
    if amount <= 0:
        return said("The amount must be more than zero.")
    if amount > MAX_MINOR:
        return said("The amount is too large: check it.")
    return None


def check_order_id(order_id: object) -> str | None:
    if is_blank(order_id):
        return said("Enter an order id.")
    if not isinstance(order_id, str):
        return said("The order id must be text.")
    if len(order_id) > 64:
        return said("An order id has at most 64 characters; this one has {count}.", count=len(order_id))
    if not _ORDER_ID.fullmatch(order_id):
        return said("An order id may contain only letters, digits, “-”, “_” and “.”.")
    return None


def check_url(url: object) -> str | None:
    if is_blank(url):
        return said("Enter the address (URL).")
    if not isinstance(url, str) or len(url) > 2048 or any(ch.isspace() for ch in url):
        return said("This is not a web address: write it like https://merchant.site.")
    try:
        parts = urlsplit(url)
        ok = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        ok = False
    if not ok:
        return said("Write the full web address, starting with https:// (or http://).")
    return None


def check_ip(ip: object) -> str | None:
    if is_blank(ip):
        return said("Enter the customer's IP address.")
    if not isinstance(ip, str):
        return said("This is not an IP address.")
    try:
        ipaddress.ip_address(ip)
    except ValueError:
        return said("“{ip}” is not an IP address (for example 127.0.0.1).", ip=ip)
    return None


def check_birthdate(value: object, today: dt.date | None = None) -> str | None:
    if is_blank(value):
        return said("Enter the birth date.")
    if not isinstance(value, str) or not re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", value):
        return said("Write the birth date as dd.mm.yyyy, for example 06.06.1997.")
    day, month, year = (int(p) for p in value.split("."))
    try:
        born = dt.date(year, month, day)
    except ValueError:
        return said("{value} is not a date.", value=value)
    today = today or dt.date.today()
    if born >= today:
        return said("A birth date must be in the past.")
    if year < 1900:
        return said("This birth date is too long ago: check the year.")
    return None


def check_zip(value: object) -> str | None:
    if is_blank(value):
        return said("Enter the zip (postal) code.")
    if not isinstance(value, str) or not _ZIP.fullmatch(value):
        return said("A zip (postal) code has up to 16 letters, digits, spaces or dashes, such as 121165 or SW1A 2AA.")
    return None


# ---------------------------------------------------------------- request checks
