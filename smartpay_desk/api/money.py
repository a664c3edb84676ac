"""Money at the text edge: amounts are integers of minor units in the core, `Decimal` only here.

The number of decimal places of a currency (its exponent) comes from CLDR via babel; whether a code is an
ISO 4217 currency at all comes from pycountry. No currency table is written by hand.

How `parse_amount` reads what a finance user typed
--------------------------------------------------
* Spaces (also non-breaking, narrow and thin spaces) and apostrophes (' and ’) only ever group digits.
* When both "," and "." appear, the one that appears last is the decimal separator; it may appear only once
  ("1,234.50" and "1.234,50" are both 1234.50).
* When only one of them appears, more than once, it groups digits ("1.234.567" is 1234567).
* When only one of them appears once, it is the decimal separator ("1234,5", "12.50", "0,75") — except in
  the one ambiguous shape: one to three digits (not starting with 0), the separator, exactly three digits,
  and no other grouping ("1,234", "12.500"). That shape is read the only way the currency allows:
    - a currency without decimals (JPY): thousands separator, "1,234" and "1.234" are 1234 yen;
    - a currency with three or more decimals (BHD): "." is the decimal point, so "1.234" is 1.234 BHD,
      exactly what `format_plain` writes; "1,234" is refused as ambiguous;
    - any other currency (EUR): refused as ambiguous, with a sentence saying how to write it
      (1234, or 1,234.00), because "1.234" is a thousand to a German reader and a typo to an English one.
* Groups after the first must have three digits (or, Indian style, twos and a final three: 1,23,456).
* More decimals than the currency has are refused, even zeros ("EUR has 2 decimal places").
* A currency code ("EUR 12.50") or one of the currency's own symbols ("12,50 €") may stand before or
  after the number; another currency's code or symbol is refused. Negative amounts are refused.
* Zero is a valid amount here; "more than zero" is a validation rule (validation.check_amount).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from decimal import Decimal

from .said import Said, said, sentence_of

# babel and pycountry are imported where first used: they cost ~30 ms at start-up, before the first paint.

MAX_DIGITS = 15
"""An amount has at most this many digits in minor units (below 10**15): more is a typing accident."""
MAX_MINOR = 10**MAX_DIGITS - 1
_MAX_TEXT = 64

_GROUP_ONLY = frozenset(" \u00a0\u2007\u2009\u202f'’")
_SEPARATORS = _GROUP_ONLY | {",", "."}
_MINUS = frozenset("-−‒–")  # hyphen-minus, minus sign, figure dash, en dash
_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u2066\u2067\u2068\u2069"))
_NUMBER_CHARS = re.compile(r"[0-9,.' \u00a0\u2007\u2009\u202f’]+")


class AmountError(ValueError):
    """An amount that cannot be read; its sentence for a finance user is said.sentence_of(error)."""


@functools.lru_cache(maxsize=256)
def _normalise_code(code: str) -> str:
    """The upper-case ISO 4217 code, or ValueError with a sentence (a code once known is not looked up again: an
    amount written in each of a reconciliation's 10,000 sentences asked pycountry each time)."""
    cleaned = code.strip().upper() if isinstance(code, str) else ""
    if len(cleaned) != 3 or not cleaned.isascii() or not cleaned.isalpha():
        raise ValueError(said("“{code}” is not a currency code: use three letters such as EUR.", code=code))
    import pycountry

    if pycountry.currencies.get(alpha_3=cleaned) is None:
        raise ValueError(said("{code} is not an ISO 4217 currency code.", code=cleaned))
    return cleaned


def currency_exponent(code: str) -> int:
    """Decimal places of an ISO 4217 currency (EUR 2, JPY 0, BHD 3). ValueError for an unknown code."""
    import babel.numbers

    return int(babel.numbers.get_currency_precision(_normalise_code(code)))


def _places(exponent: int) -> Said:
    if exponent == 0:
        return said("no decimal places")
    if exponent == 1:
        return said("1 decimal place")
    return said("{count} decimal places", count=exponent)


# ---------------------------------------------------------------- Decimal ↔ minor units


def to_decimal(minor: int, currency: str) -> Decimal:
    """Minor units → major units as an exact Decimal with the currency's places (1050, EUR → 10.50)."""
    return Decimal(minor).scaleb(-currency_exponent(currency))


def from_decimal(value: Decimal, currency: str) -> int:
    """Major units → minor units, exactly. AmountError if the value has more precision than the currency."""
    code = _normalise_code(currency)
    exponent = currency_exponent(code)
    try:
        if not value.is_finite():
            raise AmountError(said("{value} is not an amount.", value=str(value)))
        scaled = value.scaleb(exponent)
        exact = scaled == scaled.to_integral_value()
    except ArithmeticError:
        raise AmountError(said("{value} is not an amount.", value=str(value))) from None
    if not exact:
        raise AmountError(
            said(
                "{code} has {places}: {value} cannot be paid exactly.",
                code=code,
                places=_places(exponent),
                value=str(value),
            )
        )
    return int(scaled)


def format_plain(minor: int, currency: str) -> str:
    """ "1234.50": no grouping, "." as decimal point, every decimal place. For inputs, the CLI and JSON."""
    return format(to_decimal(minor, currency), "f")


def format_amount(minor: int, currency: str, locale: str = "en_GB") -> str:
    """ "€1,234.50": how a person reads an amount, in the given locale."""
    code = _normalise_code(currency)
    import babel.numbers

    return str(babel.numbers.format_currency(to_decimal(minor, code), code, locale=locale))


# ---------------------------------------------------------------- currency symbols


@functools.lru_cache(maxsize=64)
def _symbols(code: str) -> frozenset[str]:
    """Case-folded ways of writing `code`: the code and its symbol in English and in the locales of every
    territory that uses it as legal tender today (CLDR via babel): EUR → €, CAD → $ and CA$, PLN → zł."""
    import babel.numbers
    from babel.core import Locale, UnknownLocaleError, get_global
    from babel.languages import get_official_languages

    found = {code, babel.numbers.get_currency_symbol(code, "en")}
    territories: Mapping[str, list[tuple[str, object, object, bool]]] = get_global("territory_currencies")
    for territory, currencies in territories.items():
        if not any(c[0] == code and c[2] is None and c[3] for c in currencies):
            continue
        for language in get_official_languages(territory, de_facto=True):
            try:
                locale = Locale.parse(f"{language}_{territory}")
            except (UnknownLocaleError, ValueError):
                continue
            found.add(locale.currency_symbols.get(code, code))
    return frozenset(s.translate(_BIDI_MARKS).strip().casefold() for s in found if s.strip())


def _is_symbolish(text: str) -> bool:
    return any(unicodedata.category(ch) == "Sc" for ch in text)


def _in_number(ch: str) -> bool:
    """Characters that belong to the number or its sign, as opposed to a currency code or symbol."""
    return ch.isdigit() or ch in _SEPARATORS or ch in _MINUS or ch in "+()"


def _strip_affix(text: str, code: str) -> tuple[str, bool]:
    """Remove a currency code or symbol of `code` before or after the number; refuse another currency's.
    Returns (the rest, whether an affix was removed)."""
    start = 0
    while start < len(text) and not _in_number(text[start]):
        start += 1
    end = len(text)
    while end > start and not _in_number(text[end - 1]):
        end -= 1
    prefix, number, suffix = text[:start].strip(), text[start:end], text[end:].strip()
    if prefix and suffix:
        raise AmountError(said("“{text}” is not an amount: write a number such as 1234.50.", text=text))
    affix = prefix or suffix
    if affix and affix.casefold() not in _symbols(code):
        if len(affix) == 3 and affix.isascii() and affix.isalpha():
            other = affix.upper()
            import pycountry

            if pycountry.currencies.get(alpha_3=other) is not None:
                raise AmountError(
                    said("The amount is written in {other}, but the currency is {code}.", other=other, code=code)
                )
        if _is_symbolish(affix):
            raise AmountError(
                said("“{affix}” is not a symbol of {code}; write the amount without it.", affix=affix, code=code)
            )
        raise AmountError(said("“{text}” is not an amount: write a number such as 1234.50.", text=text))
    return number.strip(" \u00a0\u2007\u2009\u202f"), bool(affix)


# ---------------------------------------------------------------- parsing


def _groups_ok(groups: list[str]) -> bool:
    """1,234,567 (threes) or 12,34,567 (Indian: twos, then a final three); the first group 1–3 digits."""
    if any(not g.isdigit() for g in groups):
        return False
    if len(groups) == 1:
        return True
    first, rest = groups[0], groups[1:]
    if not 1 <= len(first) <= 3:
        return False
    if all(len(g) == 3 for g in rest):
        return True
    return len(rest[-1]) == 3 and all(len(g) == 2 for g in rest[:-1]) and len(first) <= 2


def _ambiguous(text: str, whole: str, frac: str, code: str, exponent: int) -> AmountError:
    grouped = f"{int(whole + frac):,}"
    zeros = "0" * exponent
    plain, full, decimal = f"{whole}{frac}", f"{grouped}.{zeros}", f"{whole}.{frac}"
    if exponent < len(frac):
        return AmountError(
            said(
                "“{text}” is ambiguous: {code} has {places}, so write {plain} or {full} if you mean {plain} {code}.",
                text=text,
                code=code,
                places=_places(exponent),
                plain=plain,
                full=full,
            )
        )
    return AmountError(
        said(
            "“{text}” is ambiguous: it could mean {plain} or {decimal} {code}. "
            "Write {plain} or {full} for the first, {decimal} for the second.",
            text=text,
            code=code,
            plain=plain,
            full=full,
            decimal=decimal,
        )
    )


def _split_decimal(text: str, number: str, code: str, exponent: int) -> tuple[str, str]:
    """(integer part with group separators, fraction digits) by the rules in the module docstring."""
    commas, dots = number.count(","), number.count(".")
    decimal_sep: str | None = None
    if commas and dots:
        decimal_sep = "," if number.rfind(",") > number.rfind(".") else "."
        if number.count(decimal_sep) > 1:
            raise AmountError(said("“{text}” has more than one decimal separator.", text=text))
    elif commas == 1 or dots == 1:
        sep = "," if commas else "."
        whole, frac = number.split(sep)
        shape = (
            len(frac) == 3 and frac.isdigit() and whole.isdigit() and 1 <= len(whole) <= 3 and not whole.startswith("0")
        )
        if not shape:
            decimal_sep = sep
        elif exponent == 0:
            decimal_sep = None
        elif exponent >= 3 and sep == ".":
            decimal_sep = sep
        else:
            raise _ambiguous(text, whole, frac, code, exponent)
    if decimal_sep is None:
        return number, ""
    whole, frac = number.split(decimal_sep)
    if frac and not frac.isdigit():
        raise AmountError(
            said("“{text}” is not an amount: digits are expected after the decimal separator.", text=text)
        )
    return whole, frac


def parse_amount(text: str, currency: str) -> int:
    """Decimal text in major units → integer minor units ("1 234,50", EUR → 123450). See the module
    docstring for how separators are read. Raises AmountError with a sentence a finance user understands."""
    try:
        code = _normalise_code(currency)
        exponent = currency_exponent(code)
    except ValueError as exc:
        raise AmountError(sentence_of(exc)) from None
    if not isinstance(text, str) or not text.strip():
        raise AmountError(said("Enter an amount."))
    if len(text) > _MAX_TEXT:
        raise AmountError(said("That is too long to be an amount."))
    raw = text.strip()
    body = raw.translate(_BIDI_MARKS)
    negative = had_affix = False
    for _ in range(2):  # a sign may stand outside or inside a currency affix: "-€12", "€ -12", "(€12)"
        if body[:1] == "(" and body[-1:] == ")":
            negative, body = True, body[1:-1].strip()
        elif body[:1] in _MINUS or body[-1:] in _MINUS:
            negative = True
            body = (body[1:] if body[:1] in _MINUS else body[:-1]).strip()
        elif body[:1] == "+":
            body = body[1:].strip()
        body, stripped = _strip_affix(body, code)
        if stripped and had_affix:
            raise AmountError(said("“{text}” names the currency twice: write a number such as 1234.50.", text=raw))
        had_affix = had_affix or stripped
        if not body:
            raise AmountError(said("“{text}” has no digits: write a number such as 1234.50.", text=raw))
    if not _NUMBER_CHARS.fullmatch(body) or not any(ch.isdigit() for ch in body):
        raise AmountError(said("“{text}” is not an amount: write a number such as 1234.50.", text=raw))
    whole, frac = _split_decimal(raw, body, code, exponent)
    groups = re.split(r"[,.' \u00a0\u2007\u2009\u202f’]", whole) if whole else ["0"]
    if not _groups_ok(groups):
        raise AmountError(said("Check the digit grouping in “{text}”: write it as 1234.50 or 1,234.50.", text=raw))
    if negative:
        raise AmountError(said("An amount cannot be negative."))
    if len(frac) > exponent:
        raise AmountError(
            said(
                "{code} has {places}: “{text}” has {count}.",
                code=code,
                places=_places(exponent),
                text=raw,
                count=len(frac),
            )
        )
    minor = int("".join(groups) + frac.ljust(exponent, "0"))
    if minor > MAX_MINOR:
        raise AmountError(said("“{text}” is too large for an amount.", text=raw))
    return minor


__all__ = [
    "MAX_DIGITS",
    "MAX_MINOR",
    "AmountError",
    "currency_exponent",
    "format_amount",
    "format_plain",
    "from_decimal",
    "parse_amount",
    "to_decimal",
]
