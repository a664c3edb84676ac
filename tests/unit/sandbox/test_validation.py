from __future__ import annotations

from datetime import UTC, datetime

import pytest

from smartpay_desk.sandbox.validation import ApiFailure, card_expired, check_fields, require_object, validation_error

SPEC = {
    "order_id": ("order_id", True),
    "amount": ("amount", True),
    "zip": ("zip", True),
    "country": ("country", False),
    "email": ("email", False),
    "birthdate": ("birthdate", False),
    "ip": ("ip", False),
}


def test_valid_body_has_no_problems() -> None:
    body = {"order_id": "a-1", "amount": 1, "zip": 121165, "country": "GB", "email": "a@b.co", "ip": "::1"}
    assert check_fields(body, SPEC) == {}
    assert check_fields({**body, "zip": "SW1A 2AA", "birthdate": "29.02.2000", "extra": object()}, SPEC) == {}


def test_missing_null_and_wrong_values() -> None:
    problems = check_fields(
        {"order_id": None, "amount": 1.0, "zip": -1, "country": "gb", "birthdate": "31.02.2000"}, SPEC
    )
    assert set(problems) == {"order_id", "amount", "zip", "country", "birthdate"}
    assert problems["order_id"] == "This field is required."
    assert all(sentence.endswith(".") for sentence in problems.values())
    assert "order_id" in check_fields({"order_id": "x" * 256, "amount": 1, "zip": "1"}, SPEC)
    assert "order_id" in check_fields({"order_id": "a\nb", "amount": 1, "zip": "1"}, SPEC)


def test_card_expiry_runs_through_the_month() -> None:
    now = datetime(2026, 11, 24, tzinfo=UTC)
    assert not card_expired("11", "26", now)
    assert not card_expired("01", "2027", now)
    assert card_expired("10", "26", now)
    assert card_expired("02", "25", now)


def test_failure_body_and_json_object() -> None:
    failure = validation_error({"amount": "Must be positive."})
    assert (failure.status, failure.body()) == (
        400,
        {
            "success": False,
            "err": "VALIDATION_ERROR",
            "msg": "Some fields are missing or invalid.",
            "fields": {"amount": "Must be positive."},
        },
    )
    assert require_object({"a": 1}) == {"a": 1}
    with pytest.raises(ApiFailure) as caught:
        require_object([1])
    assert caught.value.code == "BAD_JSON"


@pytest.mark.parametrize(
    ("field", "check", "value", "sentence"),
    [
        ("name", "text", "a\x00b", "Must not contain control characters."),
        ("name", "text", "\x1b[31mred", "Must not contain control characters."),
        ("name", "text", "x" * 2049, "Must be at most 2048 characters."),
        ("amount", "amount", 10**15, "Must be at most 999,999,999,999,999 cents (minor units)."),
        ("amount", "amount", 2.0, "Must be a positive whole number of cents (minor units)."),
        ("zip", "zip", 10**30, "Must be a postal code."),
        ("card", "card_number", "٤٠١٢٠٠٠٠٠٠٠٠٣٠١٠", "Must be a card number of 12 to 19 digits."),
        ("year", "year", "²³", "Must be a year of two or four digits."),
        ("cvv", "cvv", "١٢٣", "Must be 3 or 4 digits."),
        ("birthdate", "birthdate", "٠١.٠١.٢٠٠٠", "Must be a date written dd.mm.yyyy."),
        ("site", "url", "https://a.example/" + "x" * 2048, "Must be at most 2048 characters."),
    ],
)
def test_hostile_values_are_refused_with_a_sentence(field: str, check: str, value: object, sentence: str) -> None:
    assert check_fields({field: value}, {field: (check, True)}) == {field: sentence}


def test_tabs_and_line_breaks_are_text() -> None:
    assert check_fields({"purpose": "line one\r\nline\ttwo"}, {"purpose": ("text", True)}) == {}
    assert check_fields({"amount": 10**15 - 1}, {"amount": ("amount", True)}) == {}
