"""Activity's reads of the journal, run in a worker (no Qt here).

    found = read_entries(journal, filters, known)    # Found(entries, learnt, mark)
    mark = journal_mark(journal)                     # changes whenever anyone writes the journal

The text search finds what the journal's own search does (order ids, destination, operator, note) and also the
customer: a first or last name, an e-mail address or a card holder's name, read from the request each entry was
sent with. That request never changes, so what it names is read once per entry (`learnt`) and handed back in
`known` afterwards. A refund, capture or repeat charge of a customer's payment is found with it (same order id,
or the payment as its parent).

The mark (sizes and times of the journal's files) lets the tab see changes made by another window or by the
`smartpay` CLI, which no listener of this process hears; a journal with no file of its own gives None.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from ...services.journal.interface import JournalStore
    from ...services.journal.model import JournalEntry
    from .activity_model import EntryFilters

CUSTOMER_KEYS = ("customer_first_name", "customer_middle_name", "customer_last_name", "customer_email", "card_holder")

Mark = tuple[int, ...]


class Found(NamedTuple):
    entries: list[JournalEntry]
    learnt: dict[int, str]  # entry id → the customer words of its request, read in this pass
    mark: Mark | None


def _plain(value: object) -> str:
    return " ".join(str(value or "").split()).casefold()


def customer_words(request: Any) -> str:
    """The customer's names, e-mail and card holder a journalled request names ("" if none)."""
    if not isinstance(request, Mapping):
        return ""
    first, last = _plain(request.get("customer_first_name")), _plain(request.get("customer_last_name"))
    parts = [_plain(request.get(key)) for key in CUSTOMER_KEYS]
    if first and last:
        parts.append(f"{first} {last}")  # "ada lovelace" finds Ada Lovelace
    return "\n".join(part for part in parts if part)


def journal_mark(journal: JournalStore) -> Mark | None:
    """Sizes and modification times of the journal's file and its write-ahead log."""
    try:
        path = Path(journal.path)
    except (AttributeError, TypeError):
        return None
    mark: list[int] = []
    for part in (path, path.with_name(path.name + "-wal")):
        try:
            stat = part.stat()
        except FileNotFoundError:
            mark += [0, 0]
        except OSError:
            return None
        else:
            mark += [stat.st_mtime_ns, stat.st_size]
    return tuple(mark) if any(mark) else None


def read_entries(journal: JournalStore, filters: EntryFilters, known: Mapping[int, str]) -> Found:
    """The entries the filters ask for, the text also matching customers (see the module)."""
    mark = journal_mark(journal)  # first: a change made while reading is seen at the next look
    text = _plain(filters["text"])
    entries = journal.entries(**filters)
    if not text:
        return Found(entries, {}, mark)
    learnt: dict[int, str] = {}
    unsearched = filters.copy()
    unsearched["text"] = None
    candidates = journal.entries(**unsearched)
    customers: set[str] = set()
    for entry in candidates:
        words = known.get(entry.id)
        if words is None:
            events = journal.events(entry.id)
            words = learnt[entry.id] = customer_words(events[0].request if events else None)
        if text in words:
            customers.add(entry.order_id)
    if customers:
        shown = {entry.id for entry in entries}
        entries += [
            entry for entry in candidates
            if entry.id not in shown and (entry.order_id in customers or entry.parent_order_id in customers)
        ]  # fmt: skip
        entries.sort(key=lambda entry: entry.id, reverse=True)
        del entries[filters["limit"] :]
    return Found(entries, learnt, mark)
