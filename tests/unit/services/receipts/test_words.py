"""Amounts spelt out for receipts (services/receipts/words.py): known values in English and German, and for
every amount 0…10^9 the English words read back to the same number, and the German words are one per amount."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartpay_desk.services.receipts.words import amount_words, number_words

AMOUNTS = st.integers(min_value=0, max_value=10**9)

_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_VALUES = {w: n for n, w in enumerate(_SMALL)} | {w: 10 * n for n, w in enumerate(_TENS, start=2)}
_EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


def english_number(words: str) -> int:
    """The number English words name (the inverse of number_words(n, "en"))."""
    total = group = 0
    for word in words.replace("-", " ").split():
        if word == "hundred":
            group *= 100
        elif word in _EN_SCALES:
            total += group * _EN_SCALES[word]
            group = 0
        else:
            group += _EN_VALUES[word]
    return total + group


def english_amount(words: str) -> int:
    """Minor units of a EUR amount in English words."""
    found = re.fullmatch(r"(?:(.+?) euros?)?(?: and )?(?:(.+?) cents?)?", words)
    assert found is not None, words
    major, minor = found.group(1), found.group(2)
    return english_number(major or "zero") * 100 + english_number(minor or "zero")


@pytest.mark.parametrize(("minor", "english", "german"), [
    (12050, "one hundred twenty euros and fifty cents", "einhundertzwanzig Euro und fünfzig Cent"),
    (0, "zero euros", "null Euro"),
    (1, "one cent", "ein Cent"),
    (100, "one euro", "ein Euro"),
    (101, "one euro and one cent", "ein Euro und ein Cent"),
    (2199, "twenty-one euros and ninety-nine cents", "einundzwanzig Euro und neunundneunzig Cent"),
    (100_000_000, "one million euros", "eine Million Euro"),
    (123_456_789, "one million two hundred thirty-four thousand five hundred sixty-seven euros and eighty-nine cents",
     "eine Million zweihundertvierunddreißigtausendfünfhundertsiebenundsechzig Euro und neunundachtzig Cent"),
    (300_000_101_00, "three hundred million one hundred one euros",
     "dreihundert Millionen einhunderteins Euro"),
])  # fmt: skip
def test_known_amounts(minor: int, english: str, german: str) -> None:
    assert amount_words(minor, "EUR", "en") == english
    assert amount_words(minor, "EUR", "de") == german


def test_numbers_and_other_currencies() -> None:
    assert number_words(1, "de") == "eins" and number_words(1001, "de") == "eintausendeins"
    assert number_words(2_000_000_000, "de") == "zwei Milliarden"
    assert number_words(1_000_000, "en") == "one million"
    assert amount_words(250, "GBP", "en") == "two pounds and fifty pence"
    assert amount_words(500, "JPY", "en") == "five hundred JPY"  # no minor units; a name this module lacks: its code
    assert amount_words(-150, "EUR", "en") == "minus one euro and fifty cents"
    assert amount_words(5, "EUR", "fr") == "five cents"  # a language without words here: English
    with pytest.raises(ValueError):
        number_words(10**18)


@given(AMOUNTS)
def test_english_words_read_back_to_the_amount(minor: int) -> None:
    words = amount_words(minor, "EUR", "en")
    assert english_amount(words) == minor
    assert english_number(number_words(minor, "en")) == minor
    assert "  " not in words and not re.search(r"\d", words)


@given(AMOUNTS, AMOUNTS)
def test_german_words_are_one_per_amount(a: int, b: int) -> None:
    wa, wb = amount_words(a, "EUR", "de"), amount_words(b, "EUR", "de")
    assert (wa == wb) == (a == b)
    assert not re.search(r"\d", wa) and "  " not in wa
    assert wa.endswith(("Euro", "Cent"))
    assert ("Cent" in wa) == (a % 100 != 0) and ("Euro" in wa) == (a >= 100 or a == 0)
    assert ("eins Euro" not in wa or a // 100 != 1) and not wa.startswith("eins ")
