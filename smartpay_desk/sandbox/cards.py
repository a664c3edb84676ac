"""The doc's test cards and what the sandbox says about a card (masked number, BIN, country, brand)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

FRICTIONLESS_CARD = "4012000000003010"  # payment: success without customer action; withdrawal: success
CHALLENGE_CARD = "4003830171874018"  # payment: processing until the challenge page is answered

# What a payment with any other card ends with (the doc's own example of a failed /check).
FAIL_ERROR = "PLATFORM_ERROR_GATE_NOT_FOUND"
FAIL_SENTENCE = "No payment gate accepted this card."
FAIL_CASCADE: tuple[tuple[int, str], ...] = (
    (0, "PLATFORM_ERROR_ANTIFRAUD_RULES"),
    (1, "PLATFORM_ERROR_GATE_SKIPPED"),
    (2, "PLATFORM_ERROR_CARD_BRAND_UNAVAILABLE"),
)
CHALLENGE_DECLINED = "PLATFORM_ERROR_3DS_AUTHENTICATION_FAILED"

# BIN → (country, ISO alpha-3). 401200 is the doc's own example; the others are made up for the sandbox.
_BINS = {
    "401200": ("Spain", "ESP"),
    "400383": ("United Kingdom", "GBR"),
    "412354": ("Germany", "DEU"),
    "555555": ("France", "FRA"),
}

Outcome = Literal["success", "challenge", "fail"]


@dataclass(frozen=True)
class CardView:
    """The card as the gateway shows it: never more than BIN and last four digits."""

    number: str | None
    bin: str | None
    country: str | None
    iso: str | None
    type: str | None

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "bin": self.bin, "country": self.country, "iso": self.iso, "type": self.type}


def digits(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit())


def luhn_ok(number: str) -> bool:
    """True when the digits pass the Luhn check (every real card number does)."""
    pan = digits(number)
    total = 0
    for index, ch in enumerate(reversed(pan)):
        value = int(ch) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return bool(pan) and total % 10 == 0


def mask(number: str) -> str:
    pan = digits(number)
    return pan[:6] + "*" * (len(pan) - 10) + pan[-4:]


def brand(pan: str) -> str:
    if pan.startswith("4"):
        return "VISA"
    if pan[:2] in {"51", "52", "53", "54", "55"} or 2221 <= int(pan[:4] or 0) <= 2720:
        return "MASTERCARD"
    if pan[:2] in {"34", "37"}:
        return "AMEX"
    return "UNKNOWN"


def card_view(number: str) -> CardView:
    pan = digits(number)
    country, iso = _BINS.get(pan[:6], (None, None))
    return CardView(number=mask(pan), bin=pan[:6], country=country, iso=iso, type=brand(pan))


def payment_outcome(number: str) -> Outcome:
    pan = digits(number)
    if pan == FRICTIONLESS_CARD:
        return "success"
    if pan == CHALLENGE_CARD:
        return "challenge"
    return "fail"


def withdrawal_succeeds(number: str) -> bool:
    return digits(number) == FRICTIONLESS_CARD


def fail_cascade() -> list[dict[str, Any]]:
    return [{"gatePriority": p, "errorCategory": c} for p, c in FAIL_CASCADE]
