"""What the team journal refuses when an intent is claimed, in the words the SQLite journal uses (journal/queries.py).

The server decides (`smartpay.claim`, schema_calls.py, under the order's transaction lock, against every desk's
entries) and raises its own SQLSTATE with the facts as JSON in DETAIL; `claim_said` turns them into the exception the
money services know: an order id used before (UsedByTheTeam, a DuplicateOrder), a capture/cancel/refund of the order
still open or done, a refund waiting for review (GuardRefused naming the entry), a refund past what was paid (the
cap, what the parent paid as the service read it: four desks refunding one order at once never refund more), a
payout or refund the team's policy holds for another person (HeldForApproval, which TeamJournal.record_intent
turns into a request: approvals.ApprovalRequested), a keyed follow-up recorded before (KeyUsedByTheTeam, a
DuplicateOrder naming the entry) and a batch row its approved request does not cover (batch_refusals.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ...api.said import said
from ..journal.phrases import kind_name, state_name, state_words
from ..journal.states import CAPTURE, NEEDS_REVIEW, OPEN_STATES, REFUND, SUCCEEDED, Kind
from ..money.guards import DuplicateOrder, GuardRefused, held_refund
from ..money.words import money
from .batch_refusals import batch_refusal

Refusal = Callable[[str, str], Exception | None]  # (SQLSTATE, DETAIL) → the exception to raise, or None
# the server's own rules, said as TeamJournalRefused with its primary message when no caller knows better
BATCH_RULES = ("SP430", "SP431", "SP432", "SP433", "SP434")  # a batch row's release refused (batch_refusals.py)
SERVER_RULES = ("SP001", "SP002", "SP003", "SP005", "SP403", "SP404", "SP409", "SP410", "SP422", "SP428", "42501",
                *BATCH_RULES)  # fmt: skip


class UsedByTheTeam(DuplicateOrder):
    sentence = said("This order id has already been used by the team (the detail says by whom); nothing was sent.")


class KeyUsedByTheTeam(DuplicateOrder):
    sentence = said(
        "This was already recorded in the team journal (the detail says as which entry); it is not sent again."
    )


class HeldForApproval(GuardRefused):
    """The team's policy wants another person's approval for this payout/refund; nothing was written or sent."""

    sentence = said("It needs another person's approval first; nothing was sent.")

    def __init__(self, above: int) -> None:
        super().__init__(said("the team's policy: from {above} minor units", above=above))
        self.above = above


def claim_said(kind: str, order_id: str, amount: int | None, currency: str, key: str | None = None) -> Refusal:
    """How a refusal of `smartpay.claim` for this intent is said (None: not one of its own). `key`: a keyed
    follow-up's key (its ref used before: KeyUsedByTheTeam naming the entry)."""

    def refusal(code: str, detail: str) -> Exception | None:
        try:
            facts: dict[str, Any] = json.loads(detail) if detail else {}
        except ValueError:
            facts = {}
        if code in ("SP005", "23505") and key:  # 23505: the UNIQUE ref, the server's last word
            state = state_words(str(facts.get("state", "")))
            entry = said("journal entry {entry_id} ({state}, by {by})", entry_id=facts["id"], state=state,
                         by=facts.get("by")) if facts else said("an entry")  # fmt: skip
            return KeyUsedByTheTeam(said("this {kind} (key {key}) was already recorded as {entry}",
                                         kind=Kind(kind).words, key=key, entry=entry))  # fmt: skip
        if code in BATCH_RULES:
            return batch_refusal(code, facts, currency)
        if code == "SP001":
            at = str(facts.get("at", ""))[:19].replace("T", " ")
            return UsedByTheTeam(said(
                "order id {order_id} was already used for a {kind} ({state}) on {when} UTC by {by}", order_id=order_id,
                kind=kind_name(str(facts.get("kind", ""))), state=state_name(str(facts.get("state"))), when=at,
                by=facts.get("by"),
            ))  # fmt: skip
        if code == "SP002":
            return _follow_up(kind, order_id, amount, facts)
        if code == "SP003":
            refunded, cap = int(facts.get("refunded", 0)), int(facts.get("cap", 0))
            return GuardRefused(
                said("Order {order_id} has {refunded} refunded already (by the team) of {cap} paid; at most {left} can "
                     "still be refunded.", order_id=order_id, refunded=money(refunded, currency),
                     cap=money(cap, currency), left=money(max(cap - refunded, 0), currency)),
                field="amount",
            )  # fmt: skip
        if code == "SP428":
            return HeldForApproval(int(facts.get("above", 0)))
        return None

    return refusal


def _follow_up(kind: str, order_id: str, amount: int | None, facts: dict[str, Any]) -> GuardRefused:
    other, state, who = str(facts.get("kind", "")), str(facts.get("state", "")), facts.get("by")
    if kind == REFUND:
        if state == NEEDS_REVIEW:
            return GuardRefused(held_refund(order_id, int(facts.get("id", 0)), NEEDS_REVIEW,
                                            identical=facts.get("amount") == amount))  # fmt: skip
        return GuardRefused(said(
            "A refund of order {order_id} by {who} is still waiting for its outcome; wait for it before refunding "
            "again.", order_id=order_id, who=who))  # fmt: skip
    if state == SUCCEEDED and other == CAPTURE:
        return GuardRefused(said("Order {order_id} was already captured.", order_id=order_id))
    if state == SUCCEEDED:
        return GuardRefused(said("Order {order_id} was already cancelled.", order_id=order_id))
    return GuardRefused(said(
        "A {kind} of order {order_id} by {who} is still waiting for its outcome; wait for it before trying again.",
        kind=kind_name(other), order_id=order_id, who=who))  # fmt: skip


def refunded(conn: Any, parent_order_id: str, include_uncertain: bool) -> int:
    states = [SUCCEEDED, *([*OPEN_STATES, NEEDS_REVIEW] if include_uncertain else [])]
    row = conn.execute(
        "SELECT coalesce(sum(amount), 0) FROM smartpay.entries WHERE kind = 'refund' AND order_id = %s"
        " AND state = ANY(%s)",
        (parent_order_id, states),
    ).fetchone()
    return int(row[0])


def server_words(exc: Any) -> str:
    """The server's own sentence for a rule it kept (the primary message, never the statement or its values)."""
    diag = getattr(exc, "diag", None)
    words = getattr(diag, "message_primary", None) or str(exc).splitlines()[0]
    return str(words)[:300]
