"""The gateway's error codes, each as a sentence a clerk understands, with the code kept beside it for support.

The documentation shows four codes (an errorMessage and the cascadeErrors' errorCategory of a failed
payment); the others are what the gateway's refusals carry in `err` (the sandbox's, written down in
sandbox/ASSUMPTIONS.md). A code not listed here is shown as the gateway's own code, said to be one: never
guessed at, never hidden. No imports: a screen can explain a code without loading the client.
"""

from __future__ import annotations

import re

from .said import Said, said

SENTENCES: dict[str, Said] = {
    # documented (api/smartpayments-api.txt, the failed /check example)
    "PLATFORM_ERROR_GATE_NOT_FOUND": said("No payment route at the gateway accepted this card or operation."),
    "PLATFORM_ERROR_ANTIFRAUD_RULES": said("The gateway's fraud rules stopped it."),
    "PLATFORM_ERROR_GATE_SKIPPED": said("The gateway skipped this payment route."),
    "PLATFORM_ERROR_CARD_BRAND_UNAVAILABLE": said("This card brand cannot be used on this route."),
    # what a payment, a payout or a refusal says in practice (sandbox/ASSUMPTIONS.md)
    "PLATFORM_ERROR_3DS_AUTHENTICATION_FAILED": said("The cardholder did not pass the bank's 3-D Secure check."),
    "INSUFFICIENT_FUNDS": said("The payout account does not hold enough money for this payout."),
    "PARENT_NOT_SUCCESSFUL": said("A repeat charge needs a successful earlier payment with the same card."),
    "DUPLICATE_ORDER_ID": said("The gateway already has an operation with this order id."),
    "INVALID_STATE": said("The order is not in a state that allows this (for example, not an open authorization)."),
    "ORDER_NOT_FOUND": said("The gateway has no order with this id."),
    "NOT_FOUND": said("The gateway does not know this address or item."),
    "TASK_NOT_FOUND": said("The gateway no longer has this report task."),
    "VALIDATION_ERROR": said("The gateway found a field it could not accept."),
    "BAD_JSON": said("The gateway could not read the request."),
    "UNAUTHORIZED": said("The gateway did not accept the merchant key and secret."),
}

_CODE = re.compile(r"^[A-Z][A-Z0-9_]{2,63}$")


def is_code(text: str | None) -> bool:
    """Whether `text` looks like a gateway code (UPPER_SNAKE_CASE) rather than a sentence."""
    return bool(text) and bool(_CODE.match(str(text)))


def explain(code: str | None) -> str:
    """One sentence for a gateway error code, the code kept in brackets for support.

    A known code: "No payment route … (PLATFORM_ERROR_GATE_NOT_FOUND)". An unknown one: "The gateway
    answered with its code SOME_CODE." Text that is not a code at all (a sentence of the gateway's) is
    returned as it is; nothing gives "".
    """
    if not code:
        return ""
    text = str(code).strip()
    if not is_code(text):
        return text
    known = SENTENCES.get(text)
    if known is not None:
        return said("{sentence} ({code})", sentence=known, code=text)
    return said("The gateway answered with its code {code}.", code=text)


def explain_cascade(categories: list[str]) -> list[str]:
    """The cascade's tried routes, one sentence each, in the gateway's order."""
    return [explain(c) for c in categories if c]
