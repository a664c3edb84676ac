"""Test data shared by the suites (unit, e2e): the sandbox's test cards and a customer the gateway accepts."""

from __future__ import annotations

from smartpay_desk.api.models import Customer
from smartpay_desk.sandbox import CHALLENGE_CARD, FRICTIONLESS_CARD

__all__ = ["CHALLENGE_CARD", "CUSTOMER", "DECLINED_CARD", "FRICTIONLESS_CARD"]

DECLINED_CARD = "4111111111111111"  # not a sandbox test card: declined
CUSTOMER = Customer(
    first_name="John",
    last_name="Doe",
    address="10 Downing Street",
    city="London",
    zip_code="121165",
    country="GB",
    phone="+442079460612",
    email="john.doe@example.com",
    ip_address="127.0.0.1",
)
