"""What callers may ask of a journal, whatever holds it: the `JournalStore` protocol.

Exactly what the money services (money/operations, sending, reconcile), the CLI and the desk's tabs call on
a journal, so a second store (PostgreSQL for a team) can stand beside the SQLite `Journal` (store.py)
without touching them. Every write is atomic across processes; requests and responses handed in are
already redacted; amounts are integers of minor units.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from .explanations import Explanation
from .model import JournalEntry, JournalEvent
from .verdict import Health


@runtime_checkable
class JournalStore(Protocol):
    """A journal of money-moving intents and their histories (see store.py for the rules it keeps)."""

    @property
    def path(self) -> Path:
        """Where the journal lives; also the key under which this process marks entries it is sending
        (owner.sending)."""
        ...

    # ---------------------------------------------------------------- writing
    def record_intent(
        self,
        *,
        kind: str,
        order_id: str,
        profile: str,
        environment: str,
        amount: int | None = ...,
        currency: str | None = ...,
        account: str | None = ...,
        destination: str | None = ...,
        parent_order_id: str | None = ...,
        request: dict[str, Any] | None = ...,
        note: str = ...,
        operator: str | None = ...,
        lease_s: float | None = ...,
        refund_cap: int | None = ...,
        key: str | None = ...,
    ) -> JournalEntry:
        """Write a new intent in state "pending", claimed by this process for `lease_s` seconds; a refund is
        refused when with those that succeeded it would pass `refund_cap` (what the parent paid).
        `key`: a follow-up's idempotency key (a batch row): its ref is kind:order:key instead of a random one, so
        the same key is claimed once. Raises DuplicateOrder (order id, or key, used), GuardRefused (a follow-up
        still open), JournalDamaged (damaged, not acknowledged) or JournalUnavailable (cannot be written)."""
        ...

    def update(
        self,
        entry_id: int,
        state: str,
        *,
        note: str = ...,
        request: dict[str, Any] | None = ...,
        response: dict[str, Any] | None = ...,
    ) -> JournalEntry:
        """Append an event moving the entry to `state`. The same final state again, or any state after a final one
        (settled elsewhere), changes nothing; the other final state raises JournalConflict (a ValueError)."""
        ...

    # ---------------------------------------------------------------- the claim on an entry being sent
    def release(self, entry_id: int) -> None:
        """The sending process is done with the entry: others may settle it from now on."""
        ...

    def is_busy(self, entry: JournalEntry) -> bool:
        """Is a live process (this one included) still sending this entry?"""
        ...

    # ---------------------------------------------------------------- reading
    def entry_by_id(self, entry_id: int) -> JournalEntry:
        """The entry; KeyError when there is none."""
        ...

    def entry(self, order_id: str, profile: str | None = ...) -> JournalEntry | None:
        """The entry that created `order_id` (or, failing that, the latest naming it, or one by its ref)."""
        ...

    def entries(
        self,
        *,
        state: str | Sequence[str] | None = ...,
        kind: str | Sequence[str] | None = ...,
        text: str | None = ...,
        since: datetime | date | str | None = ...,
        until: datetime | date | str | None = ...,
        profile: str | None = ...,
        order_id: str | None = ...,
        limit: int | None = ...,
        newest_first: bool = ...,
    ) -> list[JournalEntry]:
        """Filtered list, newest first unless asked otherwise."""
        ...

    def open_entries(self, profile: str | None = ..., *, include_busy: bool = ...) -> list[JournalEntry]:
        """Entries still waiting for an outcome, oldest first (those being sent left out unless include_busy)."""
        ...

    def events(self, entry_id: int) -> list[JournalEvent]:
        """The entry's history, in order."""
        ...

    def entries_for(self, order_ids: Collection[str], *, profile: str | None = ...) -> list[JournalEntry]:
        """Every entry whose order id is one of `order_ids` (any kind; a refund's is its parent's), oldest first,
        in a few queries (a batch's rows at once)."""
        ...

    def first_requests(self, entry_ids: Collection[int]) -> dict[int, dict[str, Any]]:
        """{entry id: the request journalled with its first event} for those that have one, in a few queries."""
        ...

    def refunded_total(self, parent_order_id: str, *, profile: str | None = ..., include_uncertain: bool = ...) -> int:
        """Minor units refunded from this desk for the parent order (with include_uncertain: also those
        still open or waiting for review)."""
        ...

    # ---------------------------------------------------------------- explanations (services/recon)
    def explain(
        self, *, report_kind: str, order_id: str, difference: str, note: str, operator: str | None = ...
    ) -> Explanation:
        """Journal a person's note on a reconciliation difference (report kind, order id, class), with who and
        when; append-only (the newest for a difference is the one shown). ValueError for an empty note."""
        ...

    def explanations(self) -> list[Explanation]:
        """Every explanation the journal holds (whose seal holds, where it keeps seals), oldest first."""
        ...

    # ---------------------------------------------------------------- integrity and the end
    @property
    def health(self) -> Health:
        """The journal as last checked (on opening, before each money-moving intent, by verify), with one plain
        sentence for the operator; while it is damaged and unacknowledged, record_intent raises JournalDamaged."""
        ...

    def verify(self) -> list[str]:
        """Check every event now; sentences for every break nobody has acknowledged (empty when intact)."""
        ...

    def acknowledge(self, note: str, *, operator: str | None = ...) -> Health:
        """A person saw the damage: record who, when, their note and what they were shown, in the journal, and
        let money move again (until something new is found)."""
        ...

    def close(self) -> None: ...
