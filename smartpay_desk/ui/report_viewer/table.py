"""The viewer's data, without Qt: columns, the visible rows in display order, sort, filter and summary.

Rows are stored column-major (one Python list per column, values as the reader sent them: text, numbers,
minor units, unix milliseconds), so 100,000 × 12 costs 12 lists and the values themselves. `view` lists
the source rows shown, in display order. Sorting uses one key list per sorted column (sort_keys.py: built once,
extended as batches arrive) and Python's sort, which merges a sorted view and a sorted new batch in linear time.

The garbage collector and a million cells: a list is a container the cyclic GC walks item by item (touching
each value), ~10 ms for 100,000 × 12 each time a collection reaches its generation. So a new table's empty
lists are moved to the oldest generation before they fill up (set_layout), and once the file is read
`seal_next()` turns each column, then the view, into a tuple: a tuple of texts and numbers is untracked by the
first collection that sees it, and no collection walks it again. A full collection in the desk with a
100,000-row report open: ~9 ms with lists, ~1 ms sealed (start-up objects frozen as the desk freezes them;
bench_report.py's report_gc_full_ms). Changing a sealed sequence (more rows, a sort) copies it back into a list
first. The search text is kept in tuples of HAY_CHUNK rows, untracked like sealed columns and freed a few a turn:
as one tuple its 100,000 texts took 4-10 ms to free (bench_stall); as one list a full collection walked them.

Texts the reader sent for some cells (a number format, an error cell: its "shown" and "errors") are kept
sparse, per column and only for columns that have some: `shown[column][source row]` and `errors[column]`
(a dict of source rows). Dicts of numbers and texts are never tracked by the garbage collector, and a gateway
report, which has none, costs nothing. The values stay raw: sorting, filtering by status and date, and totals
use them; the display and the search text use the shown texts.
"""

from __future__ import annotations

import gc
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from ...services.reports.xlsx.kinds import AUTO, DATETIME, MONEY, TEXT
from .sort_keys import ColumnKeys

HAY_CHUNK = 500  # rows of search text a tuple (freed a few per turn: see the module's note)
POOL_LIMIT = 4_096  # distinct texts a column may pool before it is treated as all-different

# A cell as the reader sent it: text, a number (minor units, unix milliseconds) or None. Which of them is
# told by its column's kind, not by a type the checker could follow, so cells are Any; a column is a list
# while rows arrive and a tuple once sealed.
Cell = Any
Column = list[Cell] | tuple[Cell, ...]
Bulk = Column | dict[int, Any]  # what a closed file leaves to be freed: columns, keys, per-cell texts


@dataclass(frozen=True)
class RowFilter:
    """What the operator narrowed the table to. None / empty means "any"."""

    text: str = ""
    statuses: frozenset[str] | None = None
    types: frozenset[str] | None = None
    date_from_ms: int | None = None
    date_to_ms: int | None = None  # inclusive
    rows: frozenset[int] | None = None  # only these source rows (the reconciliation's "only differences")

    @property
    def active(self) -> bool:
        return bool(self.text.strip()) or any(
            v is not None for v in (self.statuses, self.types, self.date_from_ms, self.date_to_ms, self.rows)
        )


@dataclass
class Summary:
    """Of the visible rows: how many, totals per currency, count per status, amount per local day."""

    rows: int = 0
    totals: dict[str, int] = field(default_factory=dict)
    statuses: dict[str, int] = field(default_factory=dict)
    daily: dict[str, dict[date, int]] = field(default_factory=dict)  # currency → day → minor units
    daily_count: dict[date, int] = field(default_factory=dict)


def _listed(values: list[Cell] | tuple[Cell, ...]) -> list[Cell]:
    """`values` as a list that may be changed in place (a sealed tuple is copied back into one)."""
    return values if isinstance(values, list) else list(values)


def _exponent(currency: str, cache: dict[str, int | None]) -> int | None:
    if currency not in cache:
        from ...api.money import currency_exponent

        try:
            cache[currency] = currency_exponent(currency)
        except ValueError:
            cache[currency] = None
    return cache[currency]


class ReportTable:
    def __init__(self) -> None:
        self.headers: list[str] = []
        self.kinds: list[str] = []
        self.gateway = False
        self.columns: list[Column] = []  # lists while rows arrive, then tuples (seal)
        self.view: list[int] | tuple[int, ...] = []  # a tuple once sealed, a list again when changed
        self.sort_column: int | None = None
        self.descending = False
        self.filter = RowFilter()
        self._keys: dict[int, ColumnKeys] = {}
        self.shown: dict[int, dict[int, str]] = {}  # column → source row → the text shown (absent: none)
        self.errors: dict[int, dict[int, bool]] = {}  # column → source rows of error cells
        self._numeric: list[bool] = []  # AUTO columns: every value so far a number (or empty)
        self._pools: list[dict[str, str] | None] = []
        self._haystack: list[tuple[str, ...]] = []  # search text of rows 0…, HAY_CHUNK rows a tuple (on demand or idle)
        self._distinct: dict[int, set[Cell]] = {}  # status and type: every value seen so far
        self._exponents: dict[str, int | None] = {}
        self._day_of_quarter: dict[int, date] = {}
        self.utc = False  # days (the summary's, the date filter's) in UTC; else in this computer's local time
        self.status_at = self.type_at = self.amount_at = self.currency_at = self.created_at = -1
        self.marked_at = -1  # the desk's own column after the file's (the reconciliation's "Difference"), if any

    # ---------------------------------------------------------------- shape

    def set_layout(self, headers: Sequence[str], kinds: Sequence[str], gateway: bool) -> list[Bulk]:
        """Start an empty table with these columns. Returns the old table's big lists: dropping them at
        once frees a million objects (~15 ms for 100,000 × 12), so the caller may free them a slice at a
        time (ReportTableModel does)."""
        old: list[Bulk] = [*self.columns, self.view, *(k.keys for k in self._keys.values()), *self._haystack]
        old += [*self.shown.values(), *self.errors.values()]
        self.headers, self.kinds, self.gateway = list(headers), list(kinds), gateway
        self.columns = [[] for _ in self.headers]
        self.view = []
        self.shown, self.errors = {}, {}
        self.sort_column, self.descending = None, False
        self._keys, self._haystack = {}, []
        self._numeric = [k == AUTO for k in self.kinds]
        self._pools = [None if k in (MONEY, DATETIME) else {} for k in self.kinds]
        names = [h.strip().casefold() for h in self.headers]

        def find(name: str) -> int:
            return names.index(name) if gateway and name in names else -1

        self.status_at, self.type_at = find("status"), find("type")
        self.amount_at, self.currency_at = find("amount"), find("currency")
        self.created_at = find("created")
        self.marked_at = -1
        self._distinct = {column: set() for column in (self.status_at, self.type_at) if column >= 0}
        if gateway and self.created_at < 0 and DATETIME in self.kinds:
            self.created_at = self.kinds.index(DATETIME)
        gc.collect(1)  # the new, empty lists to the oldest generation: filling up, they are not walked again
        return [rows for rows in old if rows]

    @property
    def row_count(self) -> int:
        return len(self.columns[0]) if self.columns else 0

    def set_marks(self, header: str, values: Sequence[str | None]) -> list[Bulk]:
        """A column of the desk's own after the file's (`values`, one per source row), or its values replaced.
        Returns what it replaced, for the caller to free a slice at a time (as set_layout's)."""
        if self.marked_at < 0:
            self.marked_at = len(self.headers)
            self.headers.append(header)
            self.kinds.append(TEXT)
            self.columns.append([])
            self._numeric.append(False)
            self._pools.append(None)
        old = self.columns[self.marked_at]
        self.columns[self.marked_at] = list(values)
        keys = self._keys.pop(self.marked_at, None)
        hay, self._haystack = self._haystack, []  # the search text has the column's words: made again when needed
        return [rows for rows in (old, *hay, keys.keys if keys is not None else None) if rows]

    def is_numeric(self, column: int) -> bool:
        return self.kinds[column] in (MONEY,) or (self.kinds[column] == AUTO and self._numeric[column])

    # ---------------------------------------------------------------- rows

    def append(
        self,
        cols: Sequence[Sequence[Cell]],
        shown: Sequence[Sequence[str | None] | None] | None = None,
        errors: Sequence[Sequence[int] | None] | None = None,
    ) -> list[int]:
        """Add a batch (column-major), with the reader's "shown" texts and "errors" rows of it if it sent any
        (per column: None, or texts / rows within the batch); return the new source rows that pass the
        filter (not yet in view)."""
        if not self.columns or not cols:
            return []
        if len(cols) != len(self.columns):
            raise ValueError(f"a batch of {len(cols)} columns for a table of {len(self.columns)}")
        start = self.row_count
        if shown or errors:
            self._mark(start, shown or (), errors or ())
        for i, values in enumerate(cols):
            column = self.columns[i]
            if isinstance(column, tuple):  # sealed, and more rows after all
                column = self.columns[i] = list(column)
            pool = self._pools[i]
            if pool is not None:  # one object per distinct text, not one per cell (JSON makes new ones)
                column.extend([pool.setdefault(v, v) if type(v) is str else v for v in values])
                if len(pool) > POOL_LIMIT:
                    self._pools[i] = None  # ids, names: nearly every value differs, pooling buys nothing
            else:
                column.extend(values)
            if self._numeric[i] and not all(v is None or (type(v) in (int, float)) for v in values):
                self._numeric[i] = False
                self._keys.pop(i, None)  # its keys were numbers; rebuilt as text when next needed
        for at in [at for at, keys in self._keys.items() if not keys.extend(self.columns[at][start:])]:
            del self._keys[at]  # a value its ranks do not have: made again at the next sort
        new = range(start, self.row_count)
        for at, seen in self._distinct.items():
            seen.update(cols[at])
        return self._passing(new)

    def _mark(
        self, start: int, shown: Sequence[Sequence[str | None] | None], errors: Sequence[Sequence[int] | None]
    ) -> None:
        for column, texts in enumerate(shown[: len(self.columns)]):
            if texts:
                found = {start + r: t for r, t in enumerate(texts) if t is not None}
                if found:
                    self.shown.setdefault(column, {}).update(found)
        for column, rows in enumerate(errors[: len(self.columns)]):
            if rows:
                self.errors.setdefault(column, {}).update(dict.fromkeys((start + r for r in rows), True))

    def is_error(self, column: int, source: int) -> bool:
        marked = self.errors.get(column)
        return marked is not None and source in marked

    def add_to_view(self, rows: Iterable[int]) -> None:
        self.view = view = _listed(self.view)
        view.extend(rows)

    def seal_next(self) -> bool:
        """Turn the next column still a list into a tuple (the file is read; see the module's note on the
        garbage collector), then the view, each followed by a young-generation collection that untracks it
        (~1 ms for 100,000 values). True once everything is sealed."""
        column = next((i for i, c in enumerate(self.columns) if isinstance(c, list)), None)
        if column is not None:
            self.columns[column] = tuple(self.columns[column])
            gc.collect(0)
            return False
        if isinstance(self.view, list):  # the rows shown, in their order (a sort or filter makes a list again)
            self.view = tuple(self.view)
            gc.collect(0)
        return True

    # ---------------------------------------------------------------- sorting

    def sort(self, column: int | None, descending: bool = False) -> None:
        self.sort_column, self.descending = column, descending
        self.resort()

    def resort(self) -> None:
        self.view = view = _listed(self.view)
        if self.sort_column is None or not self.columns:
            if self.sort_column is None:
                view.sort()
            return
        column = self.sort_column
        keys = self._keys.get(column)
        if keys is None:
            numeric = self.kinds[column] in (MONEY, DATETIME) or self.is_numeric(column)
            keys = self._keys[column] = ColumnKeys(self.columns[column], numeric)
        keys.sort(view, self.descending)

    # ---------------------------------------------------------------- filtering

    def set_filter(self, row_filter: RowFilter) -> None:
        self.filter = row_filter
        self.view = self._passing(range(self.row_count))
        self.resort()

    def _passing(self, rows: Iterable[int]) -> list[int]:
        f = self.filter
        if not f.active:
            return list(rows)
        out = list(rows)
        if f.statuses is not None and self.status_at >= 0:
            col = self.columns[self.status_at]
            out = [r for r in out if col[r] in f.statuses]
        if f.types is not None and self.type_at >= 0:
            col = self.columns[self.type_at]
            out = [r for r in out if col[r] in f.types]
        if (f.date_from_ms is not None or f.date_to_ms is not None) and self.created_at >= 0:
            col = self.columns[self.created_at]
            low = f.date_from_ms if f.date_from_ms is not None else -math.inf
            high = f.date_to_ms if f.date_to_ms is not None else math.inf
            out = [r for r in out if col[r] is not None and low <= col[r] <= high]
        if f.rows is not None:
            out = [r for r in out if r in f.rows]
        needle = f.text.strip().casefold()
        if needle:
            self.build_search_text(self.row_count)
            hay, size = self._haystack, HAY_CHUNK
            out = [r for r in out if needle in hay[r // size][r % size]]
        return out

    @property
    def searchable_rows(self) -> int:
        """How many rows (from the first) the search text covers."""
        hay = self._haystack
        return (len(hay) - 1) * HAY_CHUNK + len(hay[-1]) if hay else 0

    def build_search_text(self, rows: int) -> bool:
        """Extend the text filter's search text by up to `rows` rows; True once it covers every row."""
        hay = self._haystack
        if hay and len(hay[-1]) < HAY_CHUNK and self.row_count > self.searchable_rows:
            hay.pop()  # rows came after the last part was made: it is made again with them
        start = len(hay) * HAY_CHUNK
        end = min(self.row_count, start + max(rows, 1))
        for first in range(start, end, HAY_CHUNK):
            hay.append(tuple(self._hay(range(first, min(first + HAY_CHUNK, end)))))
        if end > start and end >= self.row_count:
            gc.collect(0)  # the last parts untracked now, like the sealed columns
        return end >= self.row_count

    def _hay(self, rows: Iterable[int]) -> list[str]:
        """One lower-case line per row of everything a person might search for (amounts as 12.50, a formatted
        or error cell as it is shown), built a column at a time (about 0.1 s for 100,000 rows)."""
        rows = list(rows)
        parts: list[list[str]] = []
        for i, kind in enumerate(self.kinds):
            shown = self.shown.get(i)  # what the cells show, where the reader sent a text (a format, an error)
            if kind == MONEY and self.currency_at >= 0:
                texts = self._amount_texts(i, rows)
            elif kind != DATETIME:
                col = self.columns[i]
                texts = ["" if (v := col[r]) is None else v if type(v) is str else str(v) for r in rows]
            elif shown:
                texts = [""] * len(rows)
            else:
                continue
            parts.append([shown.get(r, t) for r, t in zip(rows, texts, strict=True)] if shown else texts)
        return ["\x1f".join(values).casefold() for values in zip(*parts, strict=True)]

    def _amount_texts(self, column: int, rows: list[int]) -> list[str]:
        amounts, currencies = self.columns[column], self.columns[self.currency_at]
        out = []
        for r in rows:
            minor, currency = amounts[r], currencies[r]
            exponent = _exponent(currency, self._exponents) if isinstance(currency, str) else None
            if minor is None or exponent is None:
                out.append("")
            elif exponent == 0:
                out.append(str(minor))
            else:
                whole, part = divmod(abs(minor), 10**exponent)
                out.append(f"{'-' if minor < 0 else ''}{whole}.{part:0{exponent}d}")
        return out

    # ---------------------------------------------------------------- summary

    def summary(self, rows: Iterable[int] | None = None, into: Summary | None = None) -> Summary:
        """Totals of `rows` (default: the view), added to `into` when given."""
        out = into or Summary()
        rows = self.view if rows is None else rows
        amounts = self.columns[self.amount_at] if self.amount_at >= 0 else None
        currencies = self.columns[self.currency_at] if self.currency_at >= 0 else None
        statuses = self.columns[self.status_at] if self.status_at >= 0 else None
        created = self.columns[self.created_at] if self.created_at >= 0 else None
        for r in rows:
            out.rows += 1
            if statuses is not None:
                word = statuses[r] or "unknown"
                out.statuses[word] = out.statuses.get(word, 0) + 1
            day = self._local_day(created[r]) if created is not None and created[r] is not None else None
            if day is not None:
                out.daily_count[day] = out.daily_count.get(day, 0) + 1
            if amounts is None or currencies is None or amounts[r] is None or not currencies[r]:
                continue
            currency = currencies[r]
            out.totals[currency] = out.totals.get(currency, 0) + amounts[r]
            if day is not None:
                per_day = out.daily.setdefault(currency, {})
                per_day[day] = per_day.get(day, 0) + amounts[r]
        return out

    def set_utc(self, utc: bool) -> None:
        """The days of the summary in UTC (True) or in this computer's local time (counted again by the caller)."""
        if utc != self.utc:
            self.utc, self._day_of_quarter = utc, {}

    def _local_day(self, millis: int) -> date:
        # Every time zone's offset is a multiple of 15 minutes, so the day is the same for a whole quarter hour:
        # one conversion per quarter hour instead of one per row. The zone chosen: UTC, else this computer's.
        quarter = millis // 900_000
        day = self._day_of_quarter.get(quarter)
        if day is None:
            day = datetime.fromtimestamp(quarter * 900, UTC if self.utc else None).date()
            self._day_of_quarter[quarter] = day
        return day

    def values(self, row: int) -> list[Cell]:
        return [column[row] for column in self.columns]

    def distinct(self, column: int, limit: int = 50) -> list[str]:
        """Up to `limit` distinct non-empty values of a column, sorted (for filter choices)."""
        seen = set(self._distinct[column]) if column in self._distinct else set(self.columns[column])
        seen.discard(None)
        seen.discard("")
        return sorted(map(str, seen))[:limit]
