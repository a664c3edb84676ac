"""The words the money services say about money, statuses and moments: one place, so the desk, the CLI and
the journal's notes say "12.50 EUR", "succeeded" and "4 minutes ago (2025-06-01 12:00 UTC)" the same way."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ...api.money import format_plain
from ...api.said import Amount, Moment, Said, said
from ...api.status import Status

if TYPE_CHECKING:
    from ...api.models import TransactionInfo


def money(amount: int, currency: str) -> Amount:
    """12.50 EUR (the same words in the desk, the CLI and the journal's notes; the desk writes it again in the
    clerk's locale: api/said.Amount)."""
    try:
        words = f"{format_plain(amount, currency)} {currency}"
    except ValueError:
        words = f"{amount} minor units of {currency}"
    return Amount(words, amount, currency)


def as_said(text: str) -> Said:
    """`text` as the core says it: itself when it is a Said already, else a Said of its own words (a journal's note
    or a state's word read back as a plain str), which the desk's catalogue translates when it holds those words
    as a sentence without values."""
    return text if isinstance(text, Said) else Said(text)


def status_phrase(status: int | None) -> Said:
    """What a payment did, to end a sentence: 'succeeded', 'failed', 'is still processing'…"""
    known = Status.of(status)
    if known is Status.SUCCESS:
        return said("succeeded")
    if known is Status.FAIL:
        return said("failed")
    if known is Status.PROCESSING:
        return said("is still processing")
    return said("has status {status}", status=Status.label(status))


def what_it_is(info: TransactionInfo) -> Said:
    """'captured', 'a completed payment', … for a sentence saying why an order cannot be captured."""
    if info.authorize_status:
        return Said(str(info.authorize_status).lower())  # the gateway's word
    known = Status.of(info.status)
    if known is Status.SUCCESS:
        return said("a completed payment")
    if known is Status.FAIL:
        return said("a failed payment")
    if known is Status.PROCESSING:
        return said("still processing")
    return said("in status {status}", status=Status.label(info.status))


def no_order(action: str, order_id: str) -> Said:
    """Why an operation on an order the gateway does not have is refused (nothing sent)."""
    if action == "refund":
        return said("The gateway has no order {order_id}, so it cannot be refunded.", order_id=order_id)
    if action == "capture":
        return said("The gateway has no order {order_id}, so it cannot be captured.", order_id=order_id)
    if action == "cancel":
        return said("The gateway has no order {order_id}, so it cannot be cancelled.", order_id=order_id)
    return said("The gateway has no order {order_id}, so it cannot be charged again.", order_id=order_id)


def marked(succeeded: bool, operator: str, note: str) -> Said:
    """The journal note of an operator's verdict on an entry waiting for review."""
    if succeeded:
        if note:
            return said("marked succeeded by {operator}: {note}", operator=operator, note=note)
        return said("marked succeeded by {operator}", operator=operator)
    if note:
        return said("marked failed by {operator}: {note}", operator=operator, note=note)
    return said("marked failed by {operator}", operator=operator)


def moment(iso: str, now: datetime | None = None) -> str:
    """A journal time (ISO 8601, UTC) as '4 minutes ago (2025-06-01 12:00:03 UTC)'; the text itself if it
    is not a time."""
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    seconds = max(0, int(((now or datetime.now(UTC)) - when).total_seconds()))
    at = Moment(f"{when.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC", when.astimezone(UTC).isoformat())
    return said("{ago} ({at})", ago=_ago(seconds), at=at)


def _ago(seconds: int) -> Said:
    if seconds < 5:
        return said("just now")
    if seconds < 60:
        return said("{count} seconds ago", count=seconds)
    if seconds < 3600:
        minutes = seconds // 60
        return said("1 minute ago") if minutes == 1 else said("{count} minutes ago", count=minutes)
    if seconds < 2 * 86400:
        hours = seconds // 3600
        return said("1 hour ago") if hours == 1 else said("{count} hours ago", count=hours)
    return said("{count} days ago", count=seconds // 86400)


def outcome(what: Said, order_id: str, state: Said, *, amount: str | None, to: str | None, note: Said | None) -> Said:
    """The sentence after an operation: 'The refund of 5.00 EUR for order o-1: succeeded — refunded (refund id
    R-1).' `what`: the kind's words; `state`: the state's; `to`: a destination; `note`: the entry's note (its full
    stop left to the sentence)."""
    if amount is not None and to is not None:
        if note is None:
            return said("The {what} of {amount} for order {order_id} to {to}: {state}.",
                        what=what, amount=amount, order_id=order_id, to=to, state=state)  # fmt: skip
        return said("The {what} of {amount} for order {order_id} to {to}: {state} — {note}.",
                    what=what, amount=amount, order_id=order_id, to=to, state=state, note=note)  # fmt: skip
    if amount is not None:
        if note is None:
            return said("The {what} of {amount} for order {order_id}: {state}.",
                        what=what, amount=amount, order_id=order_id, state=state)  # fmt: skip
        return said("The {what} of {amount} for order {order_id}: {state} — {note}.",
                    what=what, amount=amount, order_id=order_id, state=state, note=note)  # fmt: skip
    if to is not None:
        if note is None:
            return said("The {what} for order {order_id} to {to}: {state}.",
                        what=what, order_id=order_id, to=to, state=state)  # fmt: skip
        return said("The {what} for order {order_id} to {to}: {state} — {note}.",
                    what=what, order_id=order_id, to=to, state=state, note=note)  # fmt: skip
    if note is None:
        return said("The {what} for order {order_id}: {state}.", what=what, order_id=order_id, state=state)
    return said("The {what} for order {order_id}: {state} — {note}.",
                what=what, order_id=order_id, state=state, note=note)  # fmt: skip
