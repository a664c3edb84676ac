"""A batch file's cells as the values a payout or a refund needs: text, amounts, card expiries. No Qt here.

A cell comes as the file gives it: text (CSV, or an xlsx text cell), a number (int, or float with decimals), a
boolean, or None (empty). A spreadsheet keeps 15 significant digits of a number and drops a leading + or 0, so
a card number, a phone or an account number typed as a number may have changed: where that can be, the cell
is refused with a sentence saying how to fix the column, never guessed at. Each refusal is a `CellProblem`
whose text is one sentence for a finance clerk (the caller names the column before it).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from ...api.money import MAX_MINOR, AmountError, currency_exponent, parse_amount
from ...api.said import said

NUMBER_DIGITS = 15  # what a spreadsheet keeps of a number
_EXPIRY = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?")


class CellProblem(ValueError):
    """A cell that cannot be used as it is; its sentence (api/said.sentence_of) is one sentence."""


def text(value: Any) -> str | None:
    """A free-text cell (names, purpose, reason, holder) as stripped text; None when empty."""
    if type(value) is str:
        return value.strip() or None
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    out = str(value).strip()
    return out or None


def exact_text(value: Any, column: str, what: str) -> str | None:
    """A cell that must keep every character (an order id, a card number): a number of more than 15 digits
    (or with decimals) may have been changed by the spreadsheet, so it is refused."""
    if type(value) is str or value is None:
        return text(value)
    if isinstance(value, bool):
        raise CellProblem(said("TRUE or FALSE is not {what}.", what=what))
    if isinstance(value, float):
        if not value.is_integer():
            raise CellProblem(said("{value} is not {what}; write it as text.", value=value, what=what))
        value = int(value)
    if isinstance(value, int):
        if len(str(abs(value))) > NUMBER_DIGITS:
            raise CellProblem(
                said("This is stored as a number, and a spreadsheet keeps only {digits} digits of a number, so {what} "
                     "may have lost its last digits. Format the {column} column as Text and type it again.",
                     digits=NUMBER_DIGITS, what=what, column=column)
            )  # fmt: skip
        return str(value)
    return text(value)


def literal_text(value: Any, column: str, example: str) -> str | None:
    """A cell that must be text (a phone, an account number): a number has lost its + or its leading zeros."""
    if type(value) is str or value is None:
        return text(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise CellProblem(
            said("This is stored as a number, which drops a leading + or 0. Format the {column} column as Text and "
                 "write it as text ({example}).", column=column, example=example)
        )  # fmt: skip
    return text(value)


@lru_cache(maxsize=16)
def exponent(currency: str) -> int:
    """Decimal places of a currency (cached: a batch asks once per row)."""
    return currency_exponent(currency)


def amount(value: Any, currency: str) -> int:
    """An amount cell in major units → integer minor units of `currency`. A number is taken exactly
    (Decimal(str(x))) and refused with more decimals than the currency has; text is read as the desk reads a
    typed amount ("1 234,50", "€12.00"). AmountError with a sentence; "" or None: "Enter an amount."."""
    if value is None:
        raise AmountError(said("Enter the amount."))
    if isinstance(value, bool):
        raise AmountError(said("TRUE or FALSE is not an amount: write a number such as 12.50."))
    if isinstance(value, int | float):
        return _number(value, currency)
    return _parsed(str(value), currency)


@lru_cache(maxsize=4096)
def _parsed(value: str, currency: str) -> int:  # amounts repeat in a batch: each is read once
    return parse_amount(value, currency)


@lru_cache(maxsize=4096)
def _number(value: float, currency: str) -> int:
    return _minor(Decimal(value) if isinstance(value, int) else Decimal(str(value)), currency)


def _minor(number: Decimal, currency: str) -> int:
    if not number.is_finite():
        raise AmountError(said("{number} is not an amount.", number=number))
    places = exponent(currency)
    try:
        scaled = number.scaleb(places)
        exact = scaled == scaled.to_integral_value()
    except (InvalidOperation, ArithmeticError):
        exact = False
    if not exact:
        if places == 0:
            raise AmountError(said("{currency} has no decimal places: {number} cannot be paid exactly.",
                                   currency=currency, number=number))  # fmt: skip
        if places == 1:
            raise AmountError(said("{currency} has 1 decimal place: {number} cannot be paid exactly.",
                                   currency=currency, number=number))  # fmt: skip
        raise AmountError(said("{currency} has {places} decimal places: {number} cannot be paid exactly.",
                               currency=currency, places=places, number=number))  # fmt: skip
    minor = int(scaled)
    if minor < 0:
        raise AmountError(said("An amount cannot be negative."))
    if minor > MAX_MINOR:
        raise AmountError(said("{number} is too large for an amount.", number=number))
    return minor


def expiry(value: Any) -> tuple[str, str] | None:
    """A card_expiry cell → (MM, YY); None when empty. Text as MM/YY (also M/YY, MM/YYYY, MM-YY), or a date
    cell on the first of its month (a spreadsheet turns "12/2030" into 2030-12-01). A date on another day is
    refused: the spreadsheet read the expiry as a day and month ("12/30" as 30 December)."""
    if value is None:
        return None
    if isinstance(value, bool | int | float):
        raise CellProblem(said("Write the expiry as MM/YY (for example 09/28), as text."))
    cell = str(value).strip()
    if not cell:
        return None
    found = _EXPIRY.fullmatch(cell)
    if found is not None:
        month, year = found.groups()
        return month.zfill(2), year[-2:]
    dated = _ISO_DATE.fullmatch(cell)
    if dated is not None:
        year, month, day = dated.groups()
        if day == "01":
            return month, year[-2:]
        raise CellProblem(
            said("The spreadsheet turned this expiry into the date {date}. Format the card_expiry column as Text and "
                 "write the expiry as MM/YY (for example 09/28).", date=f"{year}-{month}-{day}")
        )  # fmt: skip
    raise CellProblem(said("Write the expiry as MM/YY (for example 09/28)."))
