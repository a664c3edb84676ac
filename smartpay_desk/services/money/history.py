"""What this desk's journal says about earlier operations, read before sending (no gateway call), on top of the
store's read methods (`entries`, `entry`, `events`): the journal is shared by every desk window and the CLI on
its data directory, so what one sent the others see.

    recent_charge(journal, profile, parent, amount, order_id)   a repeat charge of that parent and amount < 24 h
    recent_payout(journal, profile, req, fingerprint)            a payout of that amount to that destination < 24 h
    recurrent_flag(journal, profile, parent)                     was the parent made with the recurrent flag?
    refund_hold / last_decline / refund_ids                      the refunds of an order (order_view.py)

and the questions (guards.Question) the first two make, naming the earlier entry: when, amount, order id.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from ...api.models import WithdrawalRequest
from ...api.requests import destination_said
from ...api.said import Said, said
from ..journal.interface import JournalStore
from ..journal.model import JournalEntry
from ..journal.states import NEEDS_REVIEW, OPEN_STATES, Kind, State
from . import fingerprint as fp
from .guards import DUPLICATE, Question
from .order_view import Decline
from .words import as_said, moment, money

WINDOW = timedelta(hours=24)
_REFUND_ID = re.compile(r"\(refund id ([^)\s]+)\)")


def refunded_note(refund_id: str | None) -> Said:
    """The note of a refund that went through; refund_ids() reads the id back from it."""
    return said("refunded (refund id {refund_id})", refund_id=refund_id) if refund_id else said("refunded")


def _since(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)) - WINDOW


def _first_request(journal: JournalStore, entry: JournalEntry) -> dict[str, Any]:
    events = journal.events(entry.id)
    request = events[0].request if events else None
    return request if isinstance(request, dict) else {}


# ---------------------------------------------------------------- a second press


def recent_charge(
    journal: JournalStore, profile: str, parent_order_id: str, amount: int, order_id: str | None,
    now: datetime | None = None,
) -> JournalEntry | None:  # fmt: skip
    """The latest repeat charge of the parent for the same amount in the last 24 hours that may have moved
    money (any state but failed); one under `order_id` itself is left to the journal's own refusal."""
    for entry in journal.entries(kind=Kind.RECURRENT, profile=profile, order_id=parent_order_id, since=_since(now)):
        if entry.parent_order_id != parent_order_id or entry.amount != amount or entry.order_id == order_id:
            continue
        if entry.state != State.FAILED:
            return entry
    return None


def recent_payout(
    journal: JournalStore, profile: str, req: WithdrawalRequest, fingerprint: str | None, now: datetime | None = None
) -> tuple[JournalEntry, bool] | None:
    """(the latest payout of the same amount to the same destination in the last 24 hours that may have moved
    money, whether that is certain). Destinations are compared by fingerprint where both entries have one; else
    by the masked destination, which may stand for two cards (then not certain; fingerprint.py)."""
    for entry in journal.entries(kind=Kind.WITHDRAWAL, profile=profile, since=_since(now)):
        if entry.amount != req.amount or entry.order_id == req.order_id or entry.state == State.FAILED:
            continue
        theirs = _first_request(journal, entry).get(fp.FIELD)
        if fingerprint and isinstance(theirs, str) and theirs:
            if theirs == fingerprint:
                return entry, True
            continue
        if fp.same_masked(entry.destination, req.destination):
            return entry, req.customer_card_number is None  # a phone or an account is journalled in full
    return None


def _earlier(entry: JournalEntry) -> Said:
    try:
        state = State(entry.state).words
    except ValueError:
        state = entry.state
    return said("{when}: order {order_id}, journal entry {entry_id}, {state}", when=moment(entry.created_at),
                order_id=entry.order_id, entry_id=entry.id, state=as_said(state))  # fmt: skip


def charged_before(entry: JournalEntry, amount: int, currency: str) -> Question:
    parent = entry.parent_order_id or "?"
    return (
        DUPLICATE,
        "amount",
        said(
            "A repeat charge of {amount} on the card of order {parent_order_id} was already made {earlier}. Charge "
            "the same amount again only if that is meant.",
            amount=money(amount, currency),
            parent_order_id=parent,
            earlier=_earlier(entry),
        ),
    )


def paid_out_before(entry: JournalEntry, certain: bool, amount: int, currency: str) -> Question:
    values = {
        "amount": money(amount, currency),
        "destination": destination_said(entry.destination),
        "earlier": _earlier(entry),
    }
    if certain:
        return DUPLICATE, "amount", said(
            "A payout of {amount} to {destination} was already made {earlier}. Pay the same amount to the same "
            "destination again only if that is meant.",
            **values,
        )  # fmt: skip
    return DUPLICATE, "amount", said(
        "A payout of {amount} to {destination} was already made {earlier} (this desk cannot tell whether it is the "
        "same card: without the card's fingerprint it has only its first six and last four digits). Pay the same "
        "amount to the same destination again only if that is meant.",
        **values,
    )  # fmt: skip


def recurrent_flag(journal: JournalStore, profile: str, parent_order_id: str) -> bool | None:
    """Whether the parent was made with the recurrent flag, as this journal recorded its request; None when
    this journal did not make it (the gateway's /check does not say)."""
    entry = journal.entry(parent_order_id, profile=profile)
    if entry is None or entry.order_id != parent_order_id or entry.kind not in (Kind.PAYMENT_H2H, Kind.PAYMENT_LINK):
        return None
    request = _first_request(journal, entry)
    return request.get("recurrent") is True if request else None


# ---------------------------------------------------------------- the refunds of an order


def refund_hold(journal: JournalStore, profile: str, order_id: str) -> JournalEntry | None:
    """A refund of the order still waiting for its outcome or for review (it holds the order)."""
    held = journal.entries(kind=Kind.REFUND, profile=profile, order_id=order_id, state=(*OPEN_STATES, NEEDS_REVIEW))
    return next((e for e in held if e.order_id == order_id), None)


def last_decline(journal: JournalStore, profile: str, order_id: str) -> Decline | None:
    """The latest refund of the order the gateway declined, unless one went through (or may have) since."""
    for entry in journal.entries(kind=Kind.REFUND, profile=profile, order_id=order_id):  # newest first
        if entry.order_id != order_id:
            continue
        if entry.state != State.FAILED:
            return None
        events = journal.events(entry.id)
        if events and events[-1].response is not None:  # a decline carries the gateway's answer
            return Decline(entry.id, entry.amount or 0, entry.note or said("declined"), entry.updated_at)
    return None


def refund_ids(journal: JournalStore, profile: str, since: datetime) -> dict[str, str]:
    """{refund id: parent order id} of this journal's refunds since `since` that went through."""
    found: dict[str, str] = {}
    for entry in journal.entries(kind=Kind.REFUND, profile=profile, state=State.SUCCEEDED, since=since):
        match = _REFUND_ID.search(entry.note)
        if match:
            found[match.group(1)] = entry.order_id
    return found
