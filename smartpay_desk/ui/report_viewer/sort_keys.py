"""Sort keys of the viewer's columns: one key per source row, made at a column's first sort and extended as rows
arrive, for Python's list.sort (which keeps rows of equal keys in the order they were shown).

What list.sort compares fastest are small ints and floats (as machine words and doubles, not as objects). So a
column with few distinct values (a status, a type, a currency, a country, a customer) is keyed by each value's
rank: its distinct values are put in order once, and a row's key is its value's place among them, looked up at C
speed. A column of nearly all different values (an order id, a time, an amount) is keyed by the value itself: a
number (as a float where that is exact), or its case-folded text. Both give one order: an empty cell first (below
every number, or "" among texts; a NaN with them), texts compared without case, and values of one key ("EUR",
"eur") equal, so the sort keeps their order.

A column whose keys strictly rise (or fall) down the file, as a gateway export's order ids and creation times do,
is in the order of its row numbers: it has no two equal keys, so sorting the rows shown by their numbers (ints,
compared as machine words, no key to look up) gives exactly the order its keys give; with every row shown, that
order is known without a sort (the creation time after the amount, 100,000 rows: ~20 ms instead of ~53 ms here).
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Sequence
from itertools import islice
from typing import Any

Cell = Any
FEW = 4  # ranks when a column has at most one distinct value per FEW rows (or at most MANY values)
MANY = 4_096
SAMPLE = 8_192  # rows looked at first to tell the two apart
_LOW = -math.inf
_EXACT = 2**53  # every int up to this is a float exactly
_WORD = 2**30  # list.sort compares ints below this as machine words


def _number_key(value: Cell) -> Cell:
    return _LOW if value is None or value != value else value  # NaN (a hostile file's) sorts with the empty cells


def _float_key(value: Cell) -> Cell:
    return _LOW if value is None or value != value else float(value) if -_EXACT <= value <= _EXACT else value


def _exact_as_floats(keys: list[Cell], values: Sequence[Cell]) -> bool:
    """Whether the column's keys are better compared as floats, and exactly so: numbers past what CPython compares
    as machine words (a time in unix milliseconds), or ints beside the empty cells' minus infinity; and every int a
    float holds exactly (not a 20-digit number read as a number)."""
    if not keys:
        return False
    low, high = min(keys), max(keys)
    if low == _LOW:  # an empty cell, or minus infinity: the lowest number is another
        low = min((v for v in values if v is not None and v == v), default=0)
    elif low > -_WORD and high < _WORD:
        return False  # small ints (amounts in minor units) are compared as fast already
    return bool(low >= -_EXACT and high <= _EXACT)


def _text_key(value: Cell) -> str:
    return "" if value is None else str(value).casefold()


class ColumnKeys:
    """One column's keys (`keys[source row]`), by rank or by value."""

    __slots__ = ("key_of", "keys", "ranks", "trend")

    def __init__(self, values: Sequence[Cell], numeric: bool) -> None:
        self.key_of: Callable[[Cell], Cell] = _number_key if numeric else _text_key
        self.ranks: dict[Cell, int] | None = None
        if _few(values):
            distinct = set(values)
            if len(distinct) <= max(MANY, len(values) // FEW):
                self.ranks = _ranked(distinct, self.key_of)
                self.keys: list[Cell] = list(map(self.ranks.__getitem__, values))
                self.trend = _trend(self.keys, 0, 0)
                return
        if numeric:
            self.keys = [_LOW if v is None or v != v else v for v in values]  # _number_key, inlined (3-5 ms less)
        else:
            self.keys = ["" if v is None else str(v).casefold() for v in values]  # _text_key, inlined
        self.trend = _trend(self.keys, 0, 0)  # 1: strictly rising down the file, -1: strictly falling, 0: neither
        if numeric and not self.trend and _exact_as_floats(self.keys, values):  # sorted as machine doubles
            self.key_of, self.keys = _float_key, list(map(float, self.keys))

    def sort(self, view: list[int], descending: bool) -> None:
        """Sort `view` (source rows) in place by this column; rows of equal keys keep their order."""
        if self.trend:  # no two keys equal, and their order is the rows' own (see the module's note)
            backwards = (self.trend < 0) != descending
            if len(view) == len(self.keys):  # every row is shown: their order is known without a sort
                view[:] = range(len(view) - 1, -1, -1) if backwards else range(len(view))
            else:
                view.sort(reverse=backwards)
        else:
            view.sort(key=self.keys.__getitem__, reverse=descending)

    def extend(self, values: Sequence[Cell]) -> bool:
        """Key rows appended to the column; False when one holds a value the ranks do not have (then the keys
        are made again from the whole column, by whoever sorts next)."""
        start = len(self.keys)
        if self.ranks is None:
            self.keys.extend(map(self.key_of, values))
        else:
            try:
                self.keys.extend(map(self.ranks.__getitem__, values))
            except KeyError:
                return False
        self.trend = _trend(self.keys, start, self.trend)
        return True


def _trend(keys: list[Cell], start: int, before: int) -> int:
    """1 if `keys` strictly rise, -1 if they strictly fall, else 0; `keys[:start]` known to have trend `before`
    (so only the rows from `start` on, and the one before them, are looked at)."""
    if start > 1:
        if not before:
            return 0
        keys = keys[start - 1 :]
        return before if all(map(operator.lt if before > 0 else operator.gt, keys, islice(keys, 1, None))) else 0
    if all(map(operator.lt, keys, islice(keys, 1, None))):
        return 1
    return -1 if all(map(operator.gt, keys, islice(keys, 1, None))) else 0


def _few(values: Sequence[Cell]) -> bool:
    """Whether the column looks like one of few values, by its first rows (an id or a time differs in each)."""
    sample = values[:SAMPLE]
    return len(set(sample)) * FEW <= max(len(sample), MANY)


def _ranked(distinct: set[Cell], key_of: Callable[[Cell], Cell]) -> dict[Cell, int]:
    """Each value's place among the distinct keys, in order (values of one key share a place)."""
    ranks: dict[Cell, int] = {}
    place, last = -1, object()
    for value in sorted(distinct, key=key_of):
        key = key_of(value)
        if place < 0 or key != last:
            place, last = place + 1, key
        ranks[value] = place
    return ranks
