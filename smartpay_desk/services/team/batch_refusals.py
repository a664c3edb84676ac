"""What the server says when a row of a batch request may not be released (schema_batch.py, SP430–SP434), in the
words of a finance clerk: a GuardRefused (nothing was written, nothing was sent), with the facts the server gave."""

from __future__ import annotations

from typing import Any

from ..journal.states import STATE_WORDS
from ..money.guards import GuardRefused, money


class BatchRefused(GuardRefused):
    """The team's approval of the batch does not cover this row (or no longer does); nothing was written or sent."""

    sentence = "The team's approval of the batch does not cover it, so it was not sent."


def batch_refusal(code: str, facts: dict[str, Any], currency: str) -> BatchRefused:
    """The sentence for the server's refusal `code` with its `facts` (DETAIL)."""
    n = facts.get("id", "?")
    if code == "SP430":
        state, by, note = str(facts.get("state", "")), facts.get("by") or "another person", facts.get("note")
        if state == "requested":
            return BatchRefused(
                f"Batch request {n} is still waiting for another person's approval; its rows are sent once approved."
            )
        if state == "rejected":
            why = f": {note}" if note else ""
            return BatchRefused(f"Batch request {n} was rejected by {by}{why}; its rows are not sent.")
        return BatchRefused(
            f"Batch request {n} has {state}; its rows are not sent. Send the file again to ask for a new approval."
        )
    if code == "SP431":
        at = str(facts.get("at", ""))[:16].replace("T", " ")
        return BatchRefused(
            f"Batch request {n} expired at {at} UTC; the rows not sent by then need a new approval: send the file "
            "again to ask for one."
        )
    if code == "SP432":
        return BatchRefused(
            f"Order {facts.get('order_id')} is not a row of batch request {n}: only the rows that were approved are "
            "sent. Ask for a new approval to send it."
        )
    if code == "SP433":
        return BatchRefused(_differs(n, facts, currency))
    if code == "SP434":
        state = str(facts.get("state") or "")
        return BatchRefused(
            f"Row {facts.get('row')} of batch request {n} was sent already as journal entry {facts.get('entry')} "
            f"({STATE_WORDS.get(state, state)}); it is not sent again."
        )
    return BatchRefused(f"Batch request {n} does not allow it.")


def _differs(n: object, facts: dict[str, Any], currency: str) -> str:
    what, row = str(facts.get("what", "")), facts.get("row")
    if what == "amount":
        cur = str(facts.get("currency") or currency)
        return (
            f"Row {row} of batch request {n} was approved for {money(int(facts.get('amount', 0)), cur)}, not "
            f"{money(int(facts.get('asked', 0)), cur)}; it was not sent: a change needs a new approval."
        )
    if what == "destination":
        to = facts.get("destination") or "the approved destination"
        return (
            f"Row {row} of batch request {n} was approved to pay {to}, and this is another destination; it was not "
            "sent: a change needs a new approval."
        )
    if what in ("kind", "currency", "account"):
        return f"Batch request {n} approved another {what}; it was not sent: a change needs a new approval."
    return f"What was about to be sent is not what batch request {n} approved; it was not sent."
