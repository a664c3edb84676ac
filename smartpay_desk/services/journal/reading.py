"""The SQLite journal's reads (queries.py), each under the store's lock with SQLite errors turned into
JournalUnavailable sentences: a mixin of store.Journal, which provides `_db`, `_read` and `is_busy`."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from . import queries
from .model import JournalEntry, JournalEvent
from .states import NEEDS_REVIEW, OPEN_STATES

T = TypeVar("T")


class Reading:
    """What a journal answers (store.Journal supplies the connection and the lock)."""

    _db: sqlite3.Connection

    if TYPE_CHECKING:  # provided by store.Journal

        def _read(self, work: Callable[[], T]) -> T: ...

        def is_busy(self, entry: JournalEntry) -> bool: ...

    def entry_by_id(self, entry_id: int) -> JournalEntry:
        return self._read(lambda: queries.entry_by_id(self._db, entry_id))

    def entry(self, order_id: str, profile: str | None = None) -> JournalEntry | None:
        """The entry that created `order_id` (or, failing that, the latest naming it, or one by its ref)."""
        return self._read(lambda: queries.entry(self._db, order_id, profile))

    def entries(
        self,
        *,
        state: str | Sequence[str] | None = None,
        kind: str | Sequence[str] | None = None,
        text: str | None = None,
        since: datetime | date | str | None = None,
        until: datetime | date | str | None = None,
        profile: str | None = None,
        order_id: str | None = None,
        limit: int | None = None,
        newest_first: bool = True,
    ) -> list[JournalEntry]:
        """Filtered list. `text` matches order ids, destination, note and operator; `until` is inclusive
        of a whole day when given as a date."""
        return self._read(lambda: queries.entries(
            self._db, state=state, kind=kind, text=text, since=since, until=until, profile=profile,
            order_id=order_id, limit=limit, newest_first=newest_first,
        ))  # fmt: skip

    def open_entries(self, profile: str | None = None, *, include_busy: bool = False) -> list[JournalEntry]:
        """Entries still waiting for an outcome (pending, sent, processing, unknown), oldest first; those a
        live process is still sending are left out unless include_busy."""
        found = self.entries(state=OPEN_STATES, profile=profile, newest_first=False)
        return found if include_busy else [e for e in found if not self.is_busy(e)]

    def needs_review(self, profile: str | None = None) -> list[JournalEntry]:
        return self.entries(state=NEEDS_REVIEW, profile=profile, newest_first=False)

    def entries_for(self, order_ids: Collection[str], *, profile: str | None = None) -> list[JournalEntry]:
        """Every entry whose order id is one of `order_ids` (a refund's is its parent's), oldest first."""
        ids = list(order_ids)
        return self._read(lambda: queries.entries_for(self._db, ids, profile)) if ids else []

    def first_requests(self, entry_ids: Collection[int]) -> dict[int, dict[str, Any]]:
        """{entry id: the request journalled with its first event}, for many entries at once."""
        ids = list(entry_ids)
        return self._read(lambda: queries.first_requests(self._db, ids)) if ids else {}

    def events(self, entry_id: int) -> list[JournalEvent]:
        return self._read(lambda: queries.events(self._db, entry_id))

    def refunded_total(
        self, parent_order_id: str, *, profile: str | None = None, include_uncertain: bool = False
    ) -> int:
        """Minor units refunded from this desk for the parent order: succeeded refunds, plus (with
        include_uncertain) those still open or waiting for review."""
        return self._read(lambda: queries.refunded_total(
            self._db, parent_order_id, profile=profile, include_uncertain=include_uncertain))  # fmt: skip
