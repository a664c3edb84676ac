"""What the server says when a row of a batch request may not be released (schema_batch.py, SP430–SP434), in the
words of a finance clerk: a GuardRefused (nothing was written, nothing was sent), with the facts the server gave."""

from __future__ import annotations

from typing import Any

from ...api.said import said
from ..journal.states import STATE_WORDS
from ..money.guards import GuardRefused
from ..money.words import money


class BatchRefused(GuardRefused):
    """The team's approval of the batch does not cover this row (or no longer does); nothing was written or sent."""

    sentence = said("The team's approval of the batch does not cover it, so it was not sent.")


def batch_refusal(code: str, facts: dict[str, Any], currency: str) -> BatchRefused:
    """The sentence for the server's refusal `code` with its `facts` (DETAIL)."""
    n = facts.get("id", "?")
    if code == "SP430":
        state, by, note = str(facts.get("state", "")), facts.get("by") or said("another person"), facts.get("note")
        if state == "requested":
            return BatchRefused(said(
                "Batch request {n} is still waiting for another person's approval; its rows are sent once approved.",
                n=n))  # fmt: skip
        if state == "rejected" and note:
            return BatchRefused(said("Batch request {n} was rejected by {by}: {note}; its rows are not sent.", n=n,
                                     by=by, note=note))  # fmt: skip
        if state == "rejected":
            return BatchRefused(said("Batch request {n} was rejected by {by}; its rows are not sent.", n=n, by=by))
        return BatchRefused(said(
            "Batch request {n} has {state}; its rows are not sent. Send the file again to ask for a new approval.",
            n=n, state=_STATES.get(state, state)))  # fmt: skip
    if code == "SP431":
        at = str(facts.get("at", ""))[:16].replace("T", " ")
        return BatchRefused(said(
            "Batch request {n} expired at {at} UTC; the rows not sent by then need a new approval: send the file "
            "again to ask for one.", n=n, at=at))  # fmt: skip
    if code == "SP432":
        return BatchRefused(said(
            "Order {order_id} is not a row of batch request {n}: only the rows that were approved are sent. Ask for a "
            "new approval to send it.", order_id=facts.get("order_id"), n=n))  # fmt: skip
    if code == "SP433":
        return BatchRefused(_differs(n, facts, currency))
    if code == "SP434":
        state = str(facts.get("state") or "")
        return BatchRefused(said(
            "Row {row} of batch request {n} was sent already as journal entry {entry} ({state}); it is not sent again.",
            row=facts.get("row"), n=n, entry=facts.get("entry"), state=STATE_WORDS.get(state, state)))  # fmt: skip
    return BatchRefused(said("Batch request {n} does not allow it.", n=n))


def _differs(n: object, facts: dict[str, Any], currency: str) -> str:
    what, row = str(facts.get("what", "")), facts.get("row")
    if what == "amount":
        cur = str(facts.get("currency") or currency)
        return said(
            "Row {row} of batch request {n} was approved for {amount}, not {asked}; it was not sent: a change needs a "
            "new approval.", row=row, n=n, amount=money(int(facts.get("amount", 0)), cur),
            asked=money(int(facts.get("asked", 0)), cur),
        )  # fmt: skip
    if what == "destination":
        to = facts.get("destination") or said("the approved destination")
        return said(
            "Row {row} of batch request {n} was approved to pay {to}, and this is another destination; it was not "
            "sent: a change needs a new approval.", row=row, n=n, to=to)  # fmt: skip
    if what == "kind":
        return said("Batch request {n} approved another kind; it was not sent: a change needs a new approval.", n=n)
    if what == "currency":
        return said("Batch request {n} approved another currency; it was not sent: a change needs a new approval.",
                    n=n)  # fmt: skip
    if what == "account":
        return said("Batch request {n} approved another account; it was not sent: a change needs a new approval.",
                    n=n)  # fmt: skip
    return said("What was about to be sent is not what batch request {n} approved; it was not sent.", n=n)


# a batch request's states, as "Batch request 7 has {state}" says them
_STATES = {"expired": said("expired"), "released": said("released"), "approved": said("approved")}
