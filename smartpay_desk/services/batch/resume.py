"""What the journal already says of each good row of a batch, read in bulk, and what to do with the row next.

A row's attempts are journal entries: a payout's under `attempt_order_id(order_id, n)`, a refund's under the ref
"refund:<order>:<refund_key(batch, row, n)>". Attempt n+1 exists only once attempt n certainly never reached the
gateway, so the last attempt decides:

    no entry                                  SEND attempt 1
    any attempt succeeded                     DONE (succeeded)
    needs_review (a refund's lost answer)     DONE: never sent again, a person verifies it
    failed, certainly never sent (NOT_SENT, NEVER_ARRIVED, STOPPED, the merchant key refused)
                                              SEND the next attempt (at most MAX_ATTEMPTS)
    failed otherwise (declined: the gateway's answer)  DONE: not sent again
    pending, its sender gone (dead)           SEND the next attempt, once the entry is marked failed (STOPPED):
                                              "pending" is written before anything is sent
    pending, its lease run out, its sender maybe alive (another host)
                                              a payout: SETTLE (/check proves it); a refund: BUSY
    sent / unknown / processing               SETTLE by /check first (reconcile.settle), then decide again
    pending / sent… while a live process sends it      BUSY: left alone, reported "being sent elsewhere"

A payout row whose file named its order id is only this batch's when the entry's intent note is `row_note` (the
check refused order ids already in the journal from elsewhere; this catches one used since). No gateway call
here: `plan` reads the journal only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...api.errors import BadCredentials
from ...api.said import said
from ..journal import owner
from ..journal.interface import JournalStore
from ..journal.model import JournalEntry
from ..journal.states import Kind, State
from ..money.reconcile import NEVER_ARRIVED, NOT_SENT
from .model import PAYOUT, BatchRow, CheckedBatch, attempt_order_id, refund_key, row_note

MAX_ATTEMPTS = 10  # a row is sent again only when the attempt before certainly never reached the gateway
STOPPED = "not sent: the batch stopped before sending it"
REFUSED_UNCHANGED = "refused by the gateway, nothing was changed: "  # sending.Sender's note for 401/403/4xx
SEND, SETTLE, DONE, BUSY, BLOCKED = "send", "settle", "done", "busy", "blocked"


@dataclass(frozen=True)
class RowPlan:
    """What to do with a good row: `step`, the attempt to send (SEND) or of `entry` (its latest attempt's entry);
    `stale`: a pending entry left by a sender that is gone, to be marked failed (STOPPED) before sending again;
    `why`: the sentence of a BLOCKED row (its order id taken by an entry outside this batch, too many attempts)."""

    step: str
    attempt: int = 1
    entry: JournalEntry | None = None
    stale: JournalEntry | None = None
    why: str = ""


def never_sent(entry: JournalEntry) -> bool:
    """A failed entry that certainly never reached the gateway (or that it refused, changing nothing, because of
    the merchant key): the row may be sent again, as its next attempt."""
    if entry.state != State.FAILED:
        return False
    note = entry.note or ""
    if note in (NOT_SENT, NEVER_ARRIVED, STOPPED) or note.startswith("not sent: the desk stopped"):
        return True
    return note.startswith(REFUSED_UNCHANGED) and BadCredentials.sentence in note


def decide(entries: Sequence[JournalEntry], journal: JournalStore, *, settled: bool = False) -> RowPlan:
    """The next step for a row whose attempts 1..n are `entries` (in order). `settled`: the last one was just
    settled at the gateway (an open state is then the answer: DONE)."""
    if not entries:
        return RowPlan(SEND, 1)
    done = next((e for e in entries if e.state == State.SUCCEEDED), None)
    if done is not None:
        return RowPlan(DONE, entries.index(done) + 1, done)
    last, n = entries[-1], len(entries)
    if last.is_open and not settled and journal.is_busy(last):
        return RowPlan(BUSY, n, last)
    if last.state == State.PENDING and not settled:
        if last.owner == owner.this_process() or not owner.alive(last.owner):
            return _next(n, last, stale=last)  # its sender is gone: certainly never sent
        if last.kind == Kind.REFUND:  # a lease run out, its sender maybe alive: left to it (or to start-up)
            return RowPlan(BUSY, n, last)
        return RowPlan(SETTLE, n, last)  # /check proves whether it arrived
    if last.is_open:
        return RowPlan(DONE if settled else SETTLE, n, last)
    if never_sent(last):
        return _next(n, last)
    return RowPlan(DONE, n, last)


def after_settle(entry: JournalEntry, attempt: int) -> RowPlan:
    """The next step once the row's last attempt (`attempt`) was settled at the gateway: its answer is final
    (DONE), unless it never arrived (SEND the next attempt)."""
    return _next(attempt, entry) if never_sent(entry) else RowPlan(DONE, attempt, entry)


def _next(n: int, last: JournalEntry, *, stale: JournalEntry | None = None) -> RowPlan:
    if n >= MAX_ATTEMPTS:
        why = said(
            "Not sent: {count} attempts never reached the gateway (the last is journal entry {entry}). Look at the "
            "journal and the gateway's connection before sending this row again.", count=n, entry=last.id
        )  # fmt: skip
        return RowPlan(BLOCKED, n, last, stale, why)
    return RowPlan(SEND, n + 1, last, stale)


def plan(checked: CheckedBatch, journal: JournalStore, profile: str) -> dict[int, RowPlan]:
    """{row number: its plan} for every good row of the batch, from the journal (a few bulk reads)."""
    good = checked.good
    found = _payout_attempts(checked, good, journal, profile) if checked.kind == PAYOUT else _refund_attempts(
        checked, good, journal, profile
    )  # fmt: skip
    plans: dict[int, RowPlan] = {}
    for row in good:
        entries, foreign = found.get(row.row, ([], None))
        if foreign is not None:
            plans[row.row] = RowPlan(BLOCKED, len(entries) + 1, foreign, why=_taken(foreign))
        else:
            plans[row.row] = decide(entries, journal)
    return plans


def _taken(entry: JournalEntry) -> str:
    return said(
        "Not sent: order id {order_id} is already in the journal (entry {entry}, {state}) from outside this batch. "
        "Give this row another order id.", order_id=entry.order_id, entry=entry.id, state=State(entry.state).words
    )  # fmt: skip


Found = dict[int, tuple[list[JournalEntry], JournalEntry | None]]  # row → (its attempts, an entry not its own)


def _payout_attempts(checked: CheckedBatch, good: list[BatchRow], journal: JournalStore, profile: str) -> Found:
    """Attempt by attempt: only rows that have attempt n are looked up for n + 1 (one read for most batches)."""
    found: Found = {r.row: ([], None) for r in good}
    asking = list(good)
    for attempt in range(1, MAX_ATTEMPTS + 1):
        if not asking:
            break
        ids = {attempt_order_id(r.order_id, attempt): r for r in asking}
        entries = [
            e for e in journal.entries_for(list(ids), profile=profile) if e.kind == Kind.WITHDRAWAL and e.ref in ids
        ]
        notes = _first_notes(journal, [e for e in entries if not ids[e.order_id].derived])
        asking = []
        for entry in entries:
            row = ids[entry.order_id]
            mine = row.derived or notes.get(entry.id) == row_note(checked.batch_id, row.row)
            if mine:
                found[row.row][0].append(entry)
                asking.append(row)
            else:
                found[row.row] = (found[row.row][0], entry)
    return found


def first_note(journal: JournalStore, entry: JournalEntry) -> str:
    """The row note the intent was written with (the entry's own note changes as it is settled; the first event
    keeps the intent's, whose first part is `row_note` for a batch row)."""
    events = journal.events(entry.id)
    return (events[0].note if events else "").split("; ")[0]


def _first_notes(journal: JournalStore, entries: list[JournalEntry]) -> dict[int, str]:
    return {entry.id: first_note(journal, entry) for entry in entries}


def _refund_attempts(checked: CheckedBatch, good: list[BatchRow], journal: JournalStore, profile: str) -> Found:
    refs: dict[str, tuple[BatchRow, int]] = {}
    for r in good:
        for attempt in range(1, MAX_ATTEMPTS + 1):
            refs[f"{Kind.REFUND}:{r.order_id}:{refund_key(checked.batch_id, r.row, attempt)}"] = (r, attempt)
    by_row: dict[int, dict[int, JournalEntry]] = {}
    for entry in journal.entries_for(list(dict.fromkeys(r.order_id for r in good)), profile=profile):
        if entry.kind == Kind.REFUND and entry.ref in refs:
            row, attempt = refs[entry.ref]
            by_row.setdefault(row.row, {})[attempt] = entry
    found: Found = {}
    for r in good:
        attempts = by_row.get(r.row, {})
        entries = []
        for n in range(1, MAX_ATTEMPTS + 1):  # contiguous attempts only (a gap cannot be made by the engine)
            if n not in attempts:
                break
            entries.append(attempts[n])
        found[r.row] = (entries, None)
    return found
