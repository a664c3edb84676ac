"""Journal states, operation kinds and the two refusals the services raise before anything is sent.

Kept apart from operations.py so the journal can raise them without an import cycle; operations.py
re-exports every name here (the desk imports them from there).
"""

from __future__ import annotations

from ...api.errors import ApiError


class GuardRefused(ApiError):
    """A check before sending refused the operation (balance, refundable amount, not an open authorization…)."""

    sentence = "Refused before sending."
    sent = False


class DuplicateOrder(ApiError):
    """This order id is already in the journal: the same intent is never sent twice."""

    sentence = "This order id has already been used from this desk; nothing was sent."
    sent = False


# Journal states
PENDING = "pending"
SENT = "sent"
SUCCEEDED = "succeeded"
FAILED = "failed"
PROCESSING = "processing"
UNKNOWN = "unknown"
NEEDS_REVIEW = "needs_review"
OPEN_STATES = (PENDING, SENT, PROCESSING, UNKNOWN)
FINAL_STATES = (SUCCEEDED, FAILED)
STATES = (PENDING, SENT, SUCCEEDED, FAILED, PROCESSING, UNKNOWN, NEEDS_REVIEW)

# Which state may follow which (an event may also repeat an open state with a new note).
TRANSITIONS: dict[str, tuple[str, ...]] = {
    PENDING: (SENT, SUCCEEDED, FAILED, PROCESSING, UNKNOWN, NEEDS_REVIEW),
    SENT: (SUCCEEDED, FAILED, PROCESSING, UNKNOWN, NEEDS_REVIEW),
    PROCESSING: (PROCESSING, SUCCEEDED, FAILED, UNKNOWN, NEEDS_REVIEW),
    UNKNOWN: (UNKNOWN, SUCCEEDED, FAILED, PROCESSING, NEEDS_REVIEW),
    NEEDS_REVIEW: (SUCCEEDED, FAILED),
    SUCCEEDED: (),
    FAILED: (),
}

# Operation kinds
PAYMENT_LINK = "payment_link"
PAYMENT_H2H = "payment_h2h"
AUTHORIZE = "authorize"
CAPTURE = "capture"
CANCEL = "cancel"
REFUND = "refund"
RECURRENT = "recurrent"
WITHDRAWAL = "withdrawal"
KINDS = (PAYMENT_LINK, PAYMENT_H2H, AUTHORIZE, CAPTURE, CANCEL, REFUND, RECURRENT, WITHDRAWAL)
# Kinds that create a transaction under an order id of their own (unique per profile).
NEW_ORDER_KINDS = (PAYMENT_LINK, PAYMENT_H2H, AUTHORIZE, RECURRENT, WITHDRAWAL)
# Kinds that act on an existing order (theirs is the parent's order id plus a reference of our own).
FOLLOW_UP_KINDS = (CAPTURE, CANCEL, REFUND)

STATE_WORDS = {
    PENDING: "written, not yet sent",
    SENT: "sent, waiting for the answer",
    SUCCEEDED: "succeeded",
    FAILED: "failed",
    PROCESSING: "processing at the gateway",
    UNKNOWN: "outcome unknown: checking",
    NEEDS_REVIEW: "needs review by an operator",
}

KIND_WORDS = {
    PAYMENT_LINK: "payment link",
    PAYMENT_H2H: "card payment",
    AUTHORIZE: "authorization",
    CAPTURE: "capture",
    CANCEL: "cancellation",
    REFUND: "refund",
    RECURRENT: "repeat charge",
    WITHDRAWAL: "payout",
}
