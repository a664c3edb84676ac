"""Settling what the journal does not know yet, by asking /check; never by sending anything again.

- `settle(...)`: one entry whose answer was lost (unknown) or is still processing: /check with backoff until
  a final status or the deadline. A transaction the gateway does not have (404, seen twice) never reached
  it: failed, "never reached the gateway". A refund has no order id of its own to check, so an unknown
  refund goes to needs_review with a sentence of what the operator should verify.
- `reconcile_open(...)`: every open entry of a profile at start-up (left in flight by a crash or a lost
  answer). "pending" is written before anything is sent and "sent" (durably, synchronous=FULL) just before
  the client is called, so a pending refund was certainly never sent; pending entries of other kinds are
  still checked at the gateway, which is cheap and proves it.
"""

from __future__ import annotations

import functools
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from ...api.errors import ApiError, OrderNotFound
from ...api.models import TransactionInfo
from ...api.said import Said, said
from ...api.status import Status
from ..journal.interface import JournalStore
from ..journal.states import Kind, State
from ..journal.store import JournalEntry
from .guards import money
from .words import as_said

log = logging.getLogger(__name__)

Listener = Callable[[JournalEntry], None]
NEVER_ARRIVED = said("never reached the gateway: nothing was done (safe to send again under a new order id)")
NOT_SENT = said("not sent, safe to resend")
NOT_FOUND_GRACE_S = 5.0


class _Checker(Protocol):
    """What settle needs of the client (SmartPaymentsClient satisfies it)."""

    def check(self, order_id: str) -> TransactionInfo: ...


@dataclass(frozen=True)
class ReconcileOutcome:
    entry: JournalEntry  # as it is now
    before: State  # its state before reconciling

    @property
    def after(self) -> State:
        return State(self.entry.state)

    @property
    def changed(self) -> bool:
        return self.before != self.after

    def __str__(self) -> str:
        return str(self.sentence)

    @property
    def sentence(self) -> Said:
        """'refund of order o-1 (1a2b3c4d): unknown → needs_review: …', 'payout p-1: still processing'."""
        e = self.entry
        what = said("{kind} {order_id}", kind=as_said(Kind(e.kind).words), order_id=e.order_id)
        if e.kind == Kind.REFUND:
            what = said("refund of order {order_id} ({ref})", order_id=e.order_id, ref=e.ref.split(":")[-1][:8])
        if self.changed:
            move = said("{before} → {after}", before=str(self.before), after=str(self.after))
        else:
            move = said("still {state}", state=str(self.after))
        if e.note:
            return said("{what}: {move}: {note}", what=what, move=move, note=as_said(e.note))
        return said("{what}: {move}", what=what, move=move)


def refund_review_note(entry: JournalEntry, why: str | None = None) -> Said:
    amount = None if entry.amount is None else money(entry.amount, entry.currency or "EUR")
    return _review_note(entry.order_id, amount, why or said("its answer was lost"))


def _review_note(order_id: str, amount: str | None, why: str) -> Said:
    if amount is None:
        return said(
            "The refund for order {order_id} may or may not have been made ({why}). Look for it in a Refund report "
            "or the gateway's back office before refunding again, then mark this entry as succeeded or failed.",
            order_id=order_id, why=why,
        )  # fmt: skip
    return said(
        "The refund of {amount} for order {order_id} may or may not have been made ({why}). Look for it in a "
        "Refund report or the gateway's back office before refunding again, then mark this entry as succeeded or "
        "failed.",
        amount=amount, order_id=order_id, why=why,
    )  # fmt: skip


MAX_NOTE = 600  # characters: a longer note is no note of _review_note's (a damaged or hostile journal's, unread)


@functools.cache
def _review_patterns() -> tuple[re.Pattern[str], ...]:
    """_review_note's two templates as patterns that give back the reason: made from the templates themselves, so
    the words live in one place."""
    places = {"{order_id}": r"\S+", "{amount}": r".+?", "{why}": r"(?P<why>.+?)"}
    patterns = []
    for amount in (None, "{amount}"):
        pattern = re.escape(_review_note("{order_id}", amount, "{why}").template)
        for place, found in places.items():
            pattern = pattern.replace(re.escape(place), found)
        patterns.append(re.compile(pattern))
    return tuple(patterns)


def review_reason(note: str | None) -> str | None:
    """The reason a note of refund_review_note's gives ("its answer was lost"), read back from the journal's words
    (the journal keeps words, not templates); None for a note in other words. The Activity tab's review box says
    the reason in its own sentence rather than the whole note again after it."""
    if not note or len(note) > MAX_NOTE:
        return None
    for pattern in _review_patterns():
        if found := pattern.fullmatch(note):
            return found["why"]
    return None


def _age_s(entry: JournalEntry) -> float:
    try:
        written = datetime.fromisoformat(entry.created_at)
    except ValueError:
        return float("inf")
    return (datetime.now(UTC) - written).total_seconds()


def _authorized(info: TransactionInfo) -> bool:
    return str(info.authorize_status or "").upper() == "AUTHORIZED"


def _failure_note(info: TransactionInfo) -> str:
    words = info.errorMessage or said("failed at the gateway")
    if info.cascadeErrors:
        tried = ", ".join(str(c.errorCategory) for c in info.cascadeErrors if c.errorCategory)
        if tried:
            return said("{note} (gates tried: {tried})", note=words, tried=tried)
    return words


def interpret_check(entry: JournalEntry, info: TransactionInfo) -> tuple[State, str]:
    """The journal state (and note) a /check answer means for this entry's kind."""
    status = Status.of(info.status)
    authorized = status is Status.PROCESSING and _authorized(info)
    if entry.kind == Kind.AUTHORIZE:
        if authorized:
            return State.SUCCEEDED, said("authorized: capture or cancel it")
        if status is Status.SUCCESS:
            return State.SUCCEEDED, said("authorized and already captured")
    elif entry.kind == Kind.CAPTURE:
        if status is Status.SUCCESS:
            return State.SUCCEEDED, said("captured")
        if authorized:
            return State.FAILED, said("not captured: the authorization is still open")
        if status is Status.FAIL:
            return State.FAILED, said("not captured: the authorization was cancelled or failed")
    elif entry.kind == Kind.CANCEL:
        if status is Status.FAIL:
            return State.SUCCEEDED, said("cancelled: the authorization was voided")
        if authorized:
            return State.FAILED, said("not cancelled: the authorization is still open")
        if status is Status.SUCCESS:
            return State.FAILED, said("not cancelled: the payment was captured")
    if status is Status.SUCCESS:
        return State.SUCCEEDED, said("confirmed by the gateway")
    if status is Status.FAIL:
        return State.FAILED, _failure_note(info)
    if status is Status.PROCESSING:
        return State.PROCESSING, said("processing at the gateway")
    return State.PROCESSING, said("the gateway reports status {status}", status=Status.label(info.status))


def _move(
    journal: JournalStore, entry: JournalEntry, state: State, note: str, on_change: Listener | None, **kw: object
) -> JournalEntry:
    if entry.state == state and entry.note == note:
        return entry
    updated = journal.update(entry.id, state, note=note, **kw)  # type: ignore[arg-type]
    if on_change is not None:
        try:
            on_change(updated)
        except Exception:
            log.exception("journal listener failed")
    return updated


def settle(
    journal: JournalStore,
    client: _Checker,
    entry: JournalEntry,
    *,
    deadline_s: float = 20.0,
    first_delay_s: float = 0.2,
    max_delay_s: float = 2.0,
    on_change: Listener | None = None,
    sleep: Callable[[float], None] = time.sleep,
    not_found_grace_s: float = NOT_FOUND_GRACE_S,
) -> JournalEntry:
    """Check `entry` at the gateway until final or the deadline (at least once). Returns the entry now.

    "Not found" means "never arrived" only when seen twice, and only once `not_found_grace_s` have passed
    since the intent was written: a request the client gave up on may still be on its way in."""
    if not State(entry.state).is_open:
        return entry
    if entry.kind == Kind.REFUND:
        return _move(journal, entry, State.NEEDS_REVIEW, refund_review_note(entry), on_change)
    deadline = time.monotonic() + max(0.0, deadline_s)
    delay = max(0.01, first_delay_s)
    not_found = 0
    problem: str = ""
    while True:
        try:
            info = client.check(entry.order_id)
        except OrderNotFound:
            not_found += 1
            if entry.state != State.PROCESSING and not_found >= 2 and _age_s(entry) >= not_found_grace_s:
                return _move(journal, entry, State.FAILED, NEVER_ARRIVED, on_change)
            problem = said("the gateway does not (yet) know this order id")
        except ApiError as exc:
            not_found = 0
            problem = said("could not check: {reason}", reason=exc.user_message())
        else:
            not_found = 0
            state, note = interpret_check(entry, info)
            response = {
                "check": {
                    "status": info.status,
                    "authorize_status": info.authorize_status,
                    "errorMessage": info.errorMessage,
                }
            }
            if state != State.PROCESSING:
                return _move(journal, entry, state, note, on_change, response=response)
            entry = _move(journal, entry, State.PROCESSING, note, on_change, response=response)
            problem = ""
        if time.monotonic() + delay > deadline:
            break
        sleep(delay)
        delay = min(delay * 2, max_delay_s)
    if entry.state in (State.PENDING, State.SENT):
        why = problem or said("no answer yet")
        return _move(journal, entry, State.UNKNOWN, said("outcome unknown: {problem}", problem=why), on_change)
    if entry.state == State.UNKNOWN and problem and problem != entry.note:
        return _move(journal, entry, State.UNKNOWN, said("outcome unknown: {problem}", problem=problem), on_change)
    return entry


def reconcile_open(
    journal: JournalStore,
    client: _Checker,
    *,
    profile: str | None = None,
    deadline_s: float = 10.0,
    first_delay_s: float = 0.2,
    on_change: Listener | None = None,
    sleep: Callable[[float], None] = time.sleep,
    not_found_grace_s: float = NOT_FOUND_GRACE_S,
) -> list[ReconcileOutcome]:
    """Settle every open entry (of `profile`, or all). Nothing is ever sent again. Returns one outcome
    per entry looked at, in journal order."""
    outcomes: list[ReconcileOutcome] = []
    deadline = time.monotonic() + deadline_s
    for entry in journal.open_entries(profile):
        before = State(entry.state)
        if entry.kind == Kind.REFUND:
            if entry.state == State.PENDING:
                not_sent = said("not sent: the desk stopped before sending it")
                after = _move(journal, entry, State.FAILED, not_sent, on_change)
            else:
                after = _move(
                    journal,
                    entry,
                    State.NEEDS_REVIEW,
                    refund_review_note(entry, said("the desk stopped before its answer was recorded")),
                    on_change,
                )
        else:
            after = settle(
                journal,
                client,
                entry,
                deadline_s=0.0 if entry.state == State.PROCESSING else max(0.0, deadline - time.monotonic()),
                first_delay_s=first_delay_s,
                on_change=on_change,
                sleep=sleep,
                not_found_grace_s=not_found_grace_s,
            )
        outcomes.append(ReconcileOutcome(after, before))
    return outcomes
