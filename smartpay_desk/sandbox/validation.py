"""Field checks for request bodies, per the doc's parameter tables, and the one error the rules raise.

`ApiFailure` is how every rule refuses a request: an HTTP status, an error code, one sentence and the
fields at fault. The server turns it into `{"success": false, "err", "msg", "fields"}` (see rules.py for
the list of codes). A failure always means nothing was changed.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

# ISO 3166-1 alpha-2 (officially assigned codes).
_COUNTRY_CODES = """AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT
    BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER
    ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID
    IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV
    LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR
    NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL
    SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC
    VE VG VI VN VU WF WS YE YT ZA ZM ZW"""
_COUNTRIES = frozenset(_COUNTRY_CODES.split())
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{5,22}[0-9]$")
_BIRTHDATE = re.compile(r"^([0-9]{2})\.([0-9]{2})\.([0-9]{4})$")
MAX_ORDER_ID = 255
MAX_TEXT = 2048  # characters in any text field
MAX_AMOUNT = 10**15 - 1  # minor units: what a JSON number keeps exactly everywhere, and the desk's own limit
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # control characters but tab, line feed, return


class ApiFailure(Exception):
    """A refusal: HTTP `status`, error `code`, one sentence `msg`, per-field sentences `fields`."""

    def __init__(self, status: int, code: str, msg: str, fields: Mapping[str, str] | None = None) -> None:
        super().__init__(msg)
        self.status = status
        self.code = code
        self.msg = msg
        self.fields = dict(fields or {})

    def body(self) -> dict[str, Any]:
        return {"success": False, "err": self.code, "msg": self.msg, "fields": self.fields}


def validation_error(fields: Mapping[str, str]) -> ApiFailure:
    return ApiFailure(400, "VALIDATION_ERROR", "Some fields are missing or invalid.", fields)


def duplicate(order_id: str) -> ApiFailure:
    return ApiFailure(
        409, "DUPLICATE_ORDER_ID", f"Order id {order_id!r} has already been used.", {"order_id": "Already used."}
    )


Check = Callable[[Any], str | None]  # value → sentence describing the problem, or None when fine


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return "Must be a string."
    if not value.strip():
        return "Must not be empty."
    return None


def _order_id(value: Any) -> str | None:
    problem = _text(value)
    if problem is None and (len(value) > MAX_ORDER_ID or any(ord(ch) < 32 for ch in value)):
        return f"Must be at most {MAX_ORDER_ID} printable characters."
    return problem


def _amount(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        return "Must be a positive whole number of cents (minor units)."
    if value > MAX_AMOUNT:
        return f"Must be at most {MAX_AMOUNT:,} cents (minor units)."
    return None


def _boolean(value: Any) -> str | None:
    return None if isinstance(value, bool) else "Must be true or false."


def _zip(value: Any) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return None if 0 <= value < 10**12 else "Must be a postal code."
    return _text(value)


def _country(value: Any) -> str | None:
    if not isinstance(value, str) or value not in _COUNTRIES:
        return "Must be a two-letter ISO 3166 country code, such as GB."
    return None


def _currency(value: Any) -> str | None:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Z]{3}", value):
        return "Must be a three-letter ISO 4217 currency code, such as EUR."
    return None


def _email(value: Any) -> str | None:
    if not isinstance(value, str) or not _EMAIL.match(value):
        return "Must be an e-mail address."
    return None


def _phone(value: Any) -> str | None:
    if not isinstance(value, str) or not _PHONE.match(value.strip()):
        return "Must be a phone number, such as +442079460612."
    return None


def _ip(value: Any) -> str | None:
    try:
        ipaddress.ip_address(value if isinstance(value, str) else "")
    except ValueError:
        return "Must be an IPv4 or IPv6 address."
    return None


def _card_number(value: Any) -> str | None:
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{12,19}", value.replace(" ", "")):
        return "Must be a card number of 12 to 19 digits."
    return None


def _month(value: Any) -> str | None:
    if not isinstance(value, str) or not re.fullmatch(r"0[1-9]|1[0-2]", value):
        return "Must be a two-digit month, 01 to 12."
    return None


def _year(value: Any) -> str | None:
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{2}|[0-9]{4}", value):
        return "Must be a year of two or four digits."
    return None


def _cvv(value: Any) -> str | None:
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{3,4}", value):
        return "Must be 3 or 4 digits."
    return None


_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*\.?")
MAX_URL = 2048


def web_origin(url: str) -> str | None:
    """scheme://host[:port] of an http(s) address whose host is a name or an IPv4 address, else None
    (an IPv6 literal, or anything that is not a plain web address)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not _HOST.fullmatch(host):
        return None
    return f"{parts.scheme}://{host}" + (f":{port}" if port is not None else "")


def _url(value: Any) -> str | None:
    """An absolute http(s) address in printable ASCII (it goes into a Location header and a page)."""
    if not isinstance(value, str) or not value.isascii() or len(value) > MAX_URL:
        return "Must be a web address starting with https:// or http://."
    if any(ord(ch) <= 32 or ord(ch) == 127 for ch in value):
        return "Must be a web address without spaces."
    try:
        parts = urlsplit(value)
        ok = parts.scheme in ("http", "https") and bool(parts.hostname) and parts.port != 0
    except ValueError:
        ok = False
    return None if ok else "Must be a web address starting with https:// or http://."


def _birthdate(value: Any) -> str | None:
    match = _BIRTHDATE.match(value) if isinstance(value, str) else None
    if match is None:
        return "Must be a date written dd.mm.yyyy."
    day, month, year = (int(g) for g in match.groups())
    try:
        datetime(year, month, day, tzinfo=UTC)
    except ValueError:
        return "Must be a real date written dd.mm.yyyy."
    return None


CHECKS: dict[str, Check] = {
    "text": _text,
    "order_id": _order_id,
    "amount": _amount,
    "bool": _boolean,
    "zip": _zip,
    "country": _country,
    "currency": _currency,
    "email": _email,
    "phone": _phone,
    "ip": _ip,
    "card_number": _card_number,
    "month": _month,
    "year": _year,
    "cvv": _cvv,
    "birthdate": _birthdate,
    "url": _url,
}

Spec = Mapping[str, tuple[str, bool]]  # field → (check name, required)


def check_fields(body: Mapping[str, Any], spec: Spec) -> dict[str, str]:
    """Sentences for every field of `spec` that is missing (when required) or invalid. Null counts as absent;
    fields the spec does not name are ignored, as the gateway ignores them."""
    problems: dict[str, str] = {}
    for name, (check, required) in spec.items():
        value = body.get(name)
        if value is None:
            if required:
                problems[name] = "This field is required."
            continue
        problem = _plain_text(value) or CHECKS[check](value)
        if problem is not None:
            problems[name] = problem
    return problems


def _plain_text(value: Any) -> str | None:
    """What every text field must be: not too long, and without control characters (but tab and line breaks)."""
    if not isinstance(value, str):
        return None
    if len(value) > MAX_TEXT:
        return f"Must be at most {MAX_TEXT} characters."
    if _CONTROL.search(value):
        return "Must not contain control characters."
    return None


def card_expired(month: str, year: str, now: datetime) -> bool:
    """True when the card's expiry month has fully passed (a card is valid through its expiry month)."""
    full_year = int(year) + 2000 if len(year) == 2 else int(year)
    return (full_year, int(month)) < (now.year, now.month)


def require_object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise ApiFailure(400, "BAD_JSON", "The request body must be a JSON object.")
    return body
