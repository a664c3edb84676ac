"""Journal states and operation kinds, as `State` and `Kind` (StrEnums: each member *is* its string, so
the journal's files and SQL keep the same values and `entry.state == State.SUCCEEDED` holds for a plain
"succeeded" read back from disk).

No imports beyond enum: a screen can name a state without loading the journal. The module-level names
(PENDING, OPEN_STATES, KIND_WORDS…) are the same members under their old names, for the callers that still
use them. The refusals raised before sending (GuardRefused, DuplicateOrder) live in services.money.guards;
they are still found here by name (the journal store raises them).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..money.guards import DuplicateOrder, GuardRefused


class State(StrEnum):
    """Where a journalled operation stands."""

    PENDING = "pending"  # written, not yet sent
    SENT = "sent"  # handed to the client; its answer not recorded yet
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    PROCESSING = "processing"  # the gateway is still at it
    UNKNOWN = "unknown"  # the answer was lost: settled by /check, never by sending again
    NEEDS_REVIEW = "needs_review"  # an operator must say what became of it (an unknown refund)

    @property
    def is_final(self) -> bool:
        """Succeeded or failed: nothing more will change it (needs_review waits for a person)."""
        return self in (State.SUCCEEDED, State.FAILED)

    @property
    def is_open(self) -> bool:
        """Still on its way: the desk settles it by /check (at start-up too)."""
        return self in (State.PENDING, State.SENT, State.PROCESSING, State.UNKNOWN)

    @property
    def words(self) -> str:
        """The operator's words for it, to end a sentence ("The refund of 5.00 EUR …: succeeded")."""
        return _words()[0][self]

    @property
    def next_states(self) -> tuple[State, ...]:
        """The states that may follow this one (an open state may repeat itself with a new note)."""
        return _TRANSITIONS[self]

    def may_become(self, state: str) -> bool:
        return state in _TRANSITIONS[self]


class Kind(StrEnum):
    """What a journal entry does."""

    PAYMENT_LINK = "payment_link"
    PAYMENT_H2H = "payment_h2h"
    AUTHORIZE = "authorize"
    CAPTURE = "capture"
    CANCEL = "cancel"
    REFUND = "refund"
    RECURRENT = "recurrent"
    WITHDRAWAL = "withdrawal"

    @property
    def moves_money(self) -> bool:
        """Whether sending it moves or holds money by itself (a payment link waits for its customer)."""
        return self is not Kind.PAYMENT_LINK

    @property
    def creates_order(self) -> bool:
        """It makes a transaction under an order id of its own (unique per profile)."""
        return self in (Kind.PAYMENT_LINK, Kind.PAYMENT_H2H, Kind.AUTHORIZE, Kind.RECURRENT, Kind.WITHDRAWAL)

    @property
    def is_follow_up(self) -> bool:
        """It acts on an existing order (its journal ref is the parent's order id plus one of our own)."""
        return self in (Kind.CAPTURE, Kind.CANCEL, Kind.REFUND)

    @property
    def words(self) -> str:
        """The operator's words for it ("payout", "repeat charge"…)."""
        return _words()[1][self]


_TRANSITIONS = {
    State.PENDING: (State.SENT, State.SUCCEEDED, State.FAILED, State.PROCESSING, State.UNKNOWN, State.NEEDS_REVIEW),
    State.SENT: (State.SUCCEEDED, State.FAILED, State.PROCESSING, State.UNKNOWN, State.NEEDS_REVIEW),
    State.PROCESSING: (State.PROCESSING, State.SUCCEEDED, State.FAILED, State.UNKNOWN, State.NEEDS_REVIEW),
    State.UNKNOWN: (State.UNKNOWN, State.SUCCEEDED, State.FAILED, State.PROCESSING, State.NEEDS_REVIEW),
    State.NEEDS_REVIEW: (State.SUCCEEDED, State.FAILED),
    State.SUCCEEDED: (),
    State.FAILED: (),
}
_WORDS: list[dict[str, str]] = []  # the words of each state and kind, made when first asked for


def _words() -> list[dict[str, str]]:
    """({state: its words}, {kind: its words}), as Said: the desk says them in the clerk's language (api/said.py,
    imported here, not at the top: this module imports nothing but enum)."""
    if not _WORDS:
        from ...api.said import said

        states: dict[str, str] = {
            State.PENDING: said("written, not yet sent"),
            State.SENT: said("sent, waiting for the answer"),
            State.SUCCEEDED: said("succeeded"),
            State.FAILED: said("failed"),
            State.PROCESSING: said("processing at the gateway"),
            State.UNKNOWN: said("outcome unknown: checking"),
            State.NEEDS_REVIEW: said("needs review by an operator"),
        }
        kinds: dict[str, str] = {
            Kind.PAYMENT_LINK: said("payment link"),
            Kind.PAYMENT_H2H: said("card payment"),
            Kind.AUTHORIZE: said("authorization"),
            Kind.CAPTURE: said("capture"),
            Kind.CANCEL: said("cancellation"),
            Kind.REFUND: said("refund"),
            Kind.RECURRENT: said("repeat charge"),
            Kind.WITHDRAWAL: said("payout"),
        }
        _WORDS.extend((states, kinds))
    return _WORDS


# ---------------------------------------------------------------- the old names (the same members, typed as
# the plain strings they always were for the callers that still use them; new code names State.X / Kind.X)
PENDING: str = State.PENDING
SENT: str = State.SENT
SUCCEEDED: str = State.SUCCEEDED
FAILED: str = State.FAILED
PROCESSING: str = State.PROCESSING
UNKNOWN: str = State.UNKNOWN
NEEDS_REVIEW: str = State.NEEDS_REVIEW
STATES = tuple(State)
OPEN_STATES = tuple(s for s in State if s.is_open)
FINAL_STATES = tuple(s for s in State if s.is_final)
TRANSITIONS: dict[str, tuple[str, ...]] = {s: s.next_states for s in State}
STATE_WORDS: dict[str, str] = {s: s.words for s in State}

PAYMENT_LINK: str = Kind.PAYMENT_LINK
PAYMENT_H2H: str = Kind.PAYMENT_H2H
AUTHORIZE: str = Kind.AUTHORIZE
CAPTURE: str = Kind.CAPTURE
CANCEL: str = Kind.CANCEL
REFUND: str = Kind.REFUND
RECURRENT: str = Kind.RECURRENT
WITHDRAWAL: str = Kind.WITHDRAWAL
KINDS = tuple(Kind)
NEW_ORDER_KINDS = tuple(k for k in Kind if k.creates_order)
FOLLOW_UP_KINDS = tuple(k for k in Kind if k.is_follow_up)
KIND_WORDS: dict[str, str] = {k: k.words for k in Kind}


def __getattr__(name: str) -> object:
    """GuardRefused and DuplicateOrder by their old address (loaded only when asked for)."""
    if name in ("GuardRefused", "DuplicateOrder"):
        from ..money import guards

        return getattr(guards, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AUTHORIZE", "CANCEL", "CAPTURE", "FAILED", "FINAL_STATES", "FOLLOW_UP_KINDS", "KINDS", "KIND_WORDS",
    "NEEDS_REVIEW", "NEW_ORDER_KINDS", "OPEN_STATES", "PAYMENT_H2H", "PAYMENT_LINK", "PENDING", "PROCESSING",
    "RECURRENT", "REFUND", "SENT", "STATES", "STATE_WORDS", "SUCCEEDED", "TRANSITIONS", "UNKNOWN", "WITHDRAWAL",
    "DuplicateOrder", "GuardRefused", "Kind", "State",
]  # fmt: skip
