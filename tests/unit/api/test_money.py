from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartpay_desk.api.money import (
    MAX_MINOR,
    AmountError,
    currency_exponent,
    format_amount,
    format_plain,
    from_decimal,
    parse_amount,
    to_decimal,
)

FAST = settings(max_examples=150, deadline=None)


@pytest.mark.parametrize(("code", "exponent"), [("EUR", 2), ("JPY", 0), ("BHD", 3), ("GBP", 2), ("eur", 2)])
def test_currency_exponent(code: str, exponent: int) -> None:
    assert currency_exponent(code) == exponent


@pytest.mark.parametrize("code", ["ABC", "EURO", "", "€", "12"])
def test_currency_exponent_refuses_unknown_codes(code: str) -> None:
    with pytest.raises(ValueError, match="currency code"):
        currency_exponent(code)


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("1234.50", "EUR", 123450),
        ("1 234,50", "EUR", 123450),
        ("1,234.50", "EUR", 123450),
        ("1.234,50", "EUR", 123450),
        ("1234,5", "EUR", 123450),
        ("12", "EUR", 1200),
        ("0.01", "EUR", 1),
        ("0", "EUR", 0),
        ("0,00", "EUR", 0),
        ("12.", "EUR", 1200),
        (".5", "EUR", 50),
        ("  7.25  ", "EUR", 725),
        ("+7.25", "EUR", 725),
        ("007.50", "EUR", 750),
        ("1\u00a0234,50", "EUR", 123450),
        ("1\u202f234,50", "EUR", 123450),
        ("1\u2009234,50", "EUR", 123450),
        ("1'234.50", "CHF", 123450),
        ("1’234.50", "CHF", 123450),
        ("1.234.567", "EUR", 123456700),
        ("1,234,567.89", "EUR", 123456789),
        ("1.234.567,89", "EUR", 123456789),
        ("1,23,456.00", "INR", 12345600),
        ("1 234", "EUR", 123400),
        ("EUR 12.50", "EUR", 1250),
        ("eur12.50", "EUR", 1250),
        ("12.50 EUR", "EUR", 1250),
        ("12.50 €", "EUR", 1250),
        ("€12.50", "EUR", 1250),
        ("€ 12,50", "EUR", 1250),
        ("1\u202f234,50\u00a0€", "EUR", 123450),
        ("£3.20", "GBP", 320),
        ("$5", "USD", 500),
        ("$5", "CAD", 500),
        ("CA$5", "CAD", 500),
        ("12 zł", "PLN", 1200),
        ("¥100", "JPY", 100),
        ("1234", "JPY", 1234),
        ("1.234", "BHD", 1234),
        ("0.125", "BHD", 125),
        ("1.234,567", "BHD", 1234567),
        ("12", "BHD", 12000),
        ("9999999999999.99", "EUR", MAX_MINOR),
    ],
)
def test_parse_amount(text: str, currency: str, minor: int) -> None:
    assert parse_amount(text, currency) == minor


@pytest.mark.parametrize("text", ["1,234", "1.234", "12.000"])
def test_lone_separator_before_three_digits_groups_for_currencies_without_decimals(text: str) -> None:
    assert parse_amount(text, "JPY") == int(text.replace(",", "").replace(".", ""))


@pytest.mark.parametrize("text", ["1,234", "1.234", "12.345", "12.500", "999,000"])
def test_lone_separator_before_three_digits_is_ambiguous_for_two_decimal_currencies(text: str) -> None:
    with pytest.raises(AmountError) as info:
        parse_amount(text, "EUR")
    message = str(info.value)
    assert "ambiguous" in message
    assert "EUR has 2 decimal places" in message
    digits = text.replace(",", "").replace(".", "")
    assert f"write {digits} or" in message


def test_comma_before_three_digits_is_ambiguous_for_three_decimal_currencies() -> None:
    with pytest.raises(AmountError, match=r"could mean 1234 or 1\.234 BHD"):
        parse_amount("1,234", "BHD")


@pytest.mark.parametrize(
    ("text", "currency", "fragment"),
    [
        ("", "EUR", "Enter an amount"),
        ("   ", "EUR", "Enter an amount"),
        ("-12", "EUR", "cannot be negative"),
        ("−12", "EUR", "cannot be negative"),
        ("12-", "EUR", "cannot be negative"),
        ("-€12", "EUR", "cannot be negative"),
        ("€-12", "EUR", "cannot be negative"),
        ("(12.50)", "EUR", "cannot be negative"),
        ("12.3456", "EUR", "EUR has 2 decimal places"),
        ("0,123", "EUR", "EUR has 2 decimal places"),
        ("1234.567", "EUR", "EUR has 2 decimal places"),
        ("12.5", "JPY", "JPY has no decimal places"),
        ("12,00", "JPY", "JPY has no decimal places"),
        ("1.2345", "BHD", "BHD has 3 decimal places"),
        ("abc", "EUR", "not an amount"),
        ("12abc", "EUR", "not an amount"),
        ("1e5", "EUR", "not an amount"),
        ("0x10", "EUR", "not an amount"),
        ("٣", "EUR", "not an amount"),
        ("12 34", "EUR", "digit grouping"),
        ("1,23.45", "EUR", "digit grouping"),
        ("1,,234", "EUR", "digit grouping"),
        ("1.234.5,6,7", "EUR", "more than one decimal separator"),
        ("1,2.3,4", "EUR", "more than one decimal separator"),
        ("99999999999999.99", "EUR", "too large"),
        ("1" * 70, "EUR", "too long"),
        ("$12", "EUR", "not a symbol of EUR"),
        ("USD 12", "EUR", "written in USD, but the currency is EUR"),
        ("EUR €12", "EUR", "names the currency twice"),
        ("EUR", "EUR", "no digits"),
        ("12", "XYZ", "XYZ is not an ISO 4217 currency code"),
        ("12", "", "not a currency code"),
    ],
)
def test_parse_amount_refusals(text: str, currency: str, fragment: str) -> None:
    with pytest.raises(AmountError) as info:
        parse_amount(text, currency)
    assert fragment in str(info.value)
    assert isinstance(info.value, ValueError)


def test_format_plain() -> None:
    assert format_plain(123450, "EUR") == "1234.50"
    assert format_plain(5, "EUR") == "0.05"
    assert format_plain(0, "EUR") == "0.00"
    assert format_plain(1234, "JPY") == "1234"
    assert format_plain(1234, "BHD") == "1.234"
    assert format_plain(10**15, "EUR") == "10000000000000.00"


def test_format_amount() -> None:
    assert format_amount(123450, "EUR") == "€1,234.50"
    assert format_amount(1234, "JPY") == "JP¥1,234"
    assert format_amount(123450, "EUR", locale="de_DE") == "1.234,50\u00a0€"
    assert format_amount(1050, "gbp") == "£10.50"
    with pytest.raises(ValueError, match="ISO 4217"):
        format_amount(1, "XYZ")


def test_decimal_conversions() -> None:
    assert to_decimal(1050, "EUR") == Decimal("10.50")
    assert str(to_decimal(1050, "EUR")) == "10.50"
    assert to_decimal(7, "JPY") == Decimal(7)
    assert from_decimal(Decimal("10.5"), "EUR") == 1050
    assert from_decimal(Decimal("10.500"), "EUR") == 1050
    assert from_decimal(Decimal("1.234"), "BHD") == 1234
    with pytest.raises(AmountError, match="EUR has 2 decimal places"):
        from_decimal(Decimal("10.505"), "EUR")
    with pytest.raises(AmountError, match="JPY has no decimal places"):
        from_decimal(Decimal("0.5"), "JPY")
    for bad in (Decimal("NaN"), Decimal("Infinity"), Decimal("1E+999999")):
        with pytest.raises(AmountError):
            from_decimal(bad, "EUR")


@pytest.mark.parametrize("currency", ["EUR", "JPY", "BHD", "CLF"])
@FAST
@given(minor=st.integers(min_value=0, max_value=MAX_MINOR))
def test_format_plain_parses_back(currency: str, minor: int) -> None:
    assert parse_amount(format_plain(minor, currency), currency) == minor
    assert from_decimal(to_decimal(minor, currency), currency) == minor


@FAST
@given(minor=st.integers(min_value=0, max_value=MAX_MINOR))
def test_grouped_english_and_continental_forms_parse_back(minor: int) -> None:
    whole, cents = divmod(minor, 100)
    english = f"{whole:,}.{cents:02d}"
    continental = english.replace(",", " ").replace(".", ",")
    assert parse_amount(english, "EUR") == minor
    assert parse_amount(continental, "EUR") == minor
    assert parse_amount(f"{english} EUR", "EUR") == minor


_AMOUNT_ALPHABET = st.sampled_from(list("0123456789,.' -−+()€$£¥EURJPYabc\u00a0\u202f’٣e"))


@FAST
@given(text=st.one_of(st.text(max_size=40), st.text(_AMOUNT_ALPHABET, max_size=25)))
@pytest.mark.parametrize("currency", ["EUR", "JPY", "BHD"])
def test_parse_amount_only_ever_raises_amount_error(currency: str, text: str) -> None:
    try:
        minor = parse_amount(text, currency)
    except AmountError as exc:
        assert str(exc)
    else:
        assert 0 <= minor <= MAX_MINOR
