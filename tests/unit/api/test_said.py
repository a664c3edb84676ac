"""api/said.py: a sentence of the core is its English words, and keeps its template and values for the desk."""

from __future__ import annotations

import json
import pickle

from smartpay_desk.api.said import Amount, Moment, Said, said, sentence_of
from smartpay_desk.services.money.words import moment, money, status_phrase


def test_a_sentence_is_its_english_words_and_keeps_its_template() -> None:
    text = said("Refund of {amount} is more than the {left} left.", amount=money(1250, "EUR"), left=money(50, "EUR"))
    assert text == "Refund of 12.50 EUR is more than the 0.50 EUR left." and isinstance(text, str)
    assert text.template == "Refund of {amount} is more than the {left} left."
    assert isinstance(text.values["amount"], Amount) and text.values["amount"].minor == 1250
    assert json.dumps({"note": text}) == '{"note": "Refund of 12.50 EUR is more than the 0.50 EUR left."}'
    plain = said("The journal is locked.")
    assert plain == plain.template == "The journal is locked." and plain.values == {}


def test_values_that_look_like_places_are_not_filled_again() -> None:
    text = said("Order {order_id} not found.", order_id="{amount}")
    assert text == "Order {amount} not found."


def test_a_sentence_an_amount_and_a_moment_survive_a_worker_process() -> None:
    at = Moment("2025-06-01 12:00:03 UTC", "2025-06-01T12:00:03+00:00")
    nested = said("{what} ({at})", what=status_phrase(1), at=at)
    back = pickle.loads(pickle.dumps(nested))  # noqa: S301 - our own bytes
    assert back == nested and isinstance(back, Said) and back.template == "{what} ({at})"
    assert isinstance(back.values["what"], Said) and isinstance(back.values["at"], Moment)
    assert back.values["at"].iso == "2025-06-01T12:00:03+00:00"
    amount = pickle.loads(pickle.dumps(money(5, "JPY")))  # noqa: S301 - our own bytes
    assert isinstance(amount, Amount) and (amount.minor, amount.currency, str(amount)) == (5, "JPY", "5 JPY")


def test_the_sentence_an_exception_was_raised_with() -> None:
    refusal = said("{count} rows differ.", count=3)
    assert sentence_of(ValueError(refusal)) is refusal
    assert str(ValueError(refusal)) == "3 rows differ." and not isinstance(str(ValueError(refusal)), Said)
    assert sentence_of(ValueError("plain")) == "plain" and sentence_of(ValueError("a", "b")) == "('a', 'b')"


def test_a_moment_in_words_keeps_its_instant() -> None:
    from datetime import UTC, datetime

    text = moment("2025-06-01T12:00:03+00:00", now=datetime(2025, 6, 1, 12, 4, 30, tzinfo=UTC))
    assert text == "4 minutes ago (2025-06-01 12:00:03 UTC)"
    assert isinstance(text, Said) and text.values["ago"].template == "{count} minutes ago"
    assert isinstance(text.values["at"], Moment) and text.values["at"].iso.startswith("2025-06-01T12:00:03")
