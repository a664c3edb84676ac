"""A failed read is not a money move: describe_error(exc, reading=True) never says the outcome is unknown or
that something was sent; a money-moving call keeps its own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from smartpay_desk.api import errors
from smartpay_desk.services.profiles.profiles import default_sandbox_profile
from smartpay_desk.services.profiles.session import MissingSecret
from smartpay_desk.ui.messages import describe_error

AGAIN, SOON = "Asking changes nothing: try again.", "Asking changes nothing: try again soon."
READS = [
    (errors.ConnectionFailed("refused"), "Could not reach the gateway. Check the connection and try again."),
    (errors.ResponseTimeout("read"), f"The gateway did not answer in time. {AGAIN}"),
    (errors.GatewayUnavailable("502"), f"The gateway reported an internal error. {SOON}"),
    (errors.MalformedResponse("{"), f"The gateway's answer could not be read. {SOON}"),
    (errors.OutcomeUnknown("?"), f"No clear answer came back from the gateway. {AGAIN}"),
]


@pytest.mark.parametrize(("exc", "sentence"), READS)
def test_a_read_that_got_no_answer_can_simply_be_asked_again(exc: errors.ApiError, sentence: str) -> None:
    assert describe_error(exc, reading=True) == sentence
    assert "unknown until checked" in describe_error(exc) or "nothing was sent" in describe_error(exc)


def test_other_reads_keep_their_sentence_and_an_inner_error_sends_nothing(caplog: Any) -> None:
    bad = errors.BadCredentials()
    assert describe_error(bad, reading=True) == describe_error(bad)
    assert describe_error(RuntimeError("x"), reading=True) == "Something went wrong inside SmartPay Desk: RuntimeError."
    assert describe_error(RuntimeError("x")).endswith("Nothing more was sent.")


def test_a_missing_secret_is_its_own_sentence() -> None:
    words = describe_error(MissingSecret(default_sandbox_profile()._replace(name="Live")), reading=True)
    assert words.startswith("No secret is stored for the profile Live")


def test_a_gateway_code_is_a_clerks_sentence_with_the_code_beside_it() -> None:
    declined = describe_error(errors.Declined(error_message="PLATFORM_ERROR_GATE_NOT_FOUND"))
    assert declined == (
        "The gateway declined the operation. No payment route at the gateway accepted this card or operation. "
        "(PLATFORM_ERROR_GATE_NOT_FOUND)"
    )
    rejected = describe_error(errors.RequestRejected("amount is above the balance", code="INSUFFICIENT_FUNDS"))
    assert rejected == (
        "The gateway rejected the request; nothing was changed. The payout account does not hold enough money "
        "for this payout. (INSUFFICIENT_FUNDS)"
    )
    assert describe_error(errors.RequestRejected("HTTP 409", code="INVALID_STATE")).endswith("(INVALID_STATE)")


def test_an_unknown_code_is_said_to_be_the_gateways_and_its_own_words_stay() -> None:
    assert describe_error(errors.Declined(error_message="PLATFORM_ERROR_NEW_THING")) == (
        "The gateway declined the operation. The gateway answered with its code PLATFORM_ERROR_NEW_THING."
    )
    assert describe_error(errors.RequestRejected("HTTP 422", code="SOMETHING_ELSE")) == (
        "The gateway rejected the request; nothing was changed. The gateway answered with its code SOMETHING_ELSE."
    )
    assert describe_error(errors.RequestRejected("the refund is too late", code="TOO_LATE")) == (
        "The gateway rejected the request; nothing was changed: the refund is too late. "
        "The gateway answered with its code TOO_LATE."
    )
    # words that are not a code are the gateway's sentence, shown as they are
    assert describe_error(errors.Declined(error_message="Card expired")) == (
        "The gateway declined the operation: Card expired."
    )
    assert describe_error(errors.RequestRejected("order is closed")) == (
        "The gateway rejected the request; nothing was changed: order is closed."
    )
