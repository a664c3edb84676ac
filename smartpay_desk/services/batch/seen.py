"""What the journal already holds that concerns a batch's rows, read in bulk (a few queries for the whole
file, never one per row). No Qt here.

- `Seen`: the entries under the rows' order ids (`journal.entries_for`): those this batch wrote (its row's note
  `model.row_note`, its derived order id or a refund key `model.refund_key`) are the batch's progress and are
  resumed; any other under a payout's order id means the order id is taken.
- `RecentPayouts`: history.recent_payout's rule (the same amount to the same destination in the last 24 hours,
  by fingerprint where both have one, else by the masked destination) for every row at once: the payouts of
  the last 24 hours (`journal.entries`) and their first requests (`journal.first_requests`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import UTC, datetime
from typing import Any

from ...api.models import WithdrawalRequest
from ..journal.interface import JournalStore
from ..journal.model import JournalEntry
from ..journal.states import Kind, State
from ..money import fingerprint as fp
from ..money.history import WINDOW
from .model import derived_order_id, refund_key, row_note


def state_words(entry: JournalEntry) -> str:
    try:
        return State(entry.state).words
    except ValueError:
        return entry.state


def _notes_say(note: str, batch_id: str, row: int) -> bool:
    return re.search(re.escape(row_note(batch_id, row)) + r"(?!\d)", note or "") is not None


class Seen:
    """The journal's entries under a batch's order ids (payouts: the rows' own; refunds: the orders refunded)."""

    def __init__(self, journal: JournalStore, profile: str, batch_id: str, order_ids: Collection[str]) -> None:
        self.journal = journal
        self.batch_id = batch_id
        self.by_order: dict[str, list[JournalEntry]] = defaultdict(list)
        for entry in journal.entries_for(order_ids, profile=profile) if order_ids else ():
            self.by_order[entry.order_id].append(entry)
        self._first_notes: dict[int, str] = {}

    def first_note(self, entry: JournalEntry) -> str:
        """The note the intent was written with (the entry's own note changes as it is sent and settled)."""
        if entry.id not in self._first_notes:
            events = self.journal.events(entry.id)
            self._first_notes[entry.id] = events[0].note if events else ""
        return self._first_notes[entry.id]

    def payout(self, order_id: str, row: int) -> tuple[JournalEntry | None, bool]:
        """(the entry under this payout row's order id, whether this batch's row wrote it); (None, False) when
        the order id is free."""
        for entry in self.by_order.get(order_id, ()):
            if entry.ref != order_id:  # a refund or capture of an order of that id: not this order id's claim
                continue
            ours = (
                order_id == derived_order_id(self.batch_id, row)
                or _notes_say(entry.note, self.batch_id, row)
                or _notes_say(self.first_note(entry), self.batch_id, row)
            )
            return entry, ours
        return None, False

    def refund(self, order_id: str, row: int) -> JournalEntry | None:
        """The latest refund this batch's row wrote (its key, any attempt), None when it wrote none."""
        key = refund_key(self.batch_id, row)
        mine = re.compile(re.escape(f"{Kind.REFUND}:{order_id}:{key}") + r"(?:-a\d+)?")
        found = [e for e in self.by_order.get(order_id, ()) if e.kind == Kind.REFUND and mine.fullmatch(e.ref)]
        return found[-1] if found else None


class RecentPayouts:
    """The payouts of the last 24 hours that may have moved money, by amount, with their fingerprints."""

    def __init__(self, journal: JournalStore, profile: str, amounts: Collection[int], now: datetime | None) -> None:
        since = (now or datetime.now(UTC)) - WINDOW
        entries = journal.entries(kind=Kind.WITHDRAWAL, profile=profile, since=since)  # newest first
        self.by_amount: dict[int, list[JournalEntry]] = defaultdict(list)
        for entry in entries:
            if entry.amount is not None and entry.amount in amounts and entry.state != State.FAILED:
                self.by_amount[entry.amount].append(entry)
        wanted = [e.id for group in self.by_amount.values() for e in group]
        self.requests: dict[int, dict[str, Any]] = journal.first_requests(wanted) if wanted else {}

    def match(
        self, req: WithdrawalRequest, fingerprint: str | None, skip: Iterable[str] = ()
    ) -> tuple[JournalEntry, bool] | None:
        """As history.recent_payout: (the latest payout of req's amount to req's destination, whether that is
        certain), leaving out entries under `skip` (the row's own order ids) and req's order id."""
        left_out = {req.order_id, *skip}
        for entry in self.by_amount.get(req.amount, ()):
            if entry.order_id in left_out:
                continue
            theirs = self.requests.get(entry.id, {}).get(fp.FIELD)
            if fingerprint and isinstance(theirs, str) and theirs:
                if theirs == fingerprint:
                    return entry, True
                continue
            if fp.same_masked(entry.destination, req.destination):
                return entry, req.customer_card_number is None
        return None
