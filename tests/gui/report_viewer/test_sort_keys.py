"""The viewer's sort keys: keyed by rank (few distinct values) or by value (nearly all different), a sort gives
exactly the order of the plain rule (empty cells first, texts without case, numbers as numbers, equal keys in the
order they were shown), both ways, from any order shown before, and as rows arrive; a column that strictly rises or
falls down the file sorts by its row numbers, to the same order."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartpay_desk.ui.report_viewer import sort_keys
from smartpay_desk.ui.report_viewer.sort_keys import ColumnKeys


def _plain(values: list[Any], view: list[int], numeric: bool, descending: bool) -> list[int]:
    """The rule, as the viewer sorted before keys were ranked."""
    if numeric:
        keys = [-math.inf if v is None else v for v in values]
    else:
        keys = ["" if v is None else str(v).casefold() for v in values]
    return sorted(view, key=keys.__getitem__, reverse=descending)


def _sorted(keys: ColumnKeys, view: list[int], descending: bool) -> list[int]:
    keys.sort(view, descending)
    return view


TEXTS = st.lists(st.one_of(st.none(), st.sampled_from(["EUR", "eur", "Eur", "USD", "", "ß", "SS", "ä", "Z", "a"])))
NUMBERS = st.lists(st.one_of(st.none(), st.integers(-5, 5), st.sampled_from([1.5, -0.5, 2.0, 10**12])))
WIDE = st.lists(st.one_of(st.none(), st.text(max_size=4), st.integers()))  # a column of numbers that turned text


@settings(max_examples=300)
@given(data=st.data(), numeric=st.booleans(), descending=st.booleans(), by_rank=st.booleans())
def test_either_way_of_keying_sorts_as_the_plain_rule(
    data: st.DataObject, numeric: bool, descending: bool, by_rank: bool
) -> None:
    values = data.draw(NUMBERS if numeric else st.one_of(TEXTS, WIDE))
    view = data.draw(st.permutations(range(len(values))))  # the order shown before: ties keep it
    with pytest.MonkeyPatch.context() as patch:  # each way of keying, whatever the column's size
        patch.setattr(sort_keys, "MANY", 10**6 if by_rank else 0)
        patch.setattr(sort_keys, "FEW", 1 if by_rank else 10**6)
        keys = ColumnKeys(values, numeric)
    assert (keys.ranks is not None) == (by_rank or not values)
    assert _sorted(keys, list(view), descending) == _plain(values, list(view), numeric, descending)


@given(first=TEXTS, more=TEXTS, descending=st.booleans())
def test_rows_arriving_are_keyed_as_the_first_were_or_the_keys_are_made_again(
    first: list[Any], more: list[Any], descending: bool
) -> None:
    keys = ColumnKeys(first, numeric=False)
    values = first + more
    if keys.extend(more):
        view = list(range(len(values)))
        assert _sorted(keys, view, descending) == _plain(values, view, False, descending)
    else:  # a value the ranks have not seen: the caller drops these keys
        assert keys.ranks is not None and set(more) - set(first)


def test_a_column_of_a_few_values_is_ranked_and_one_of_ids_is_not() -> None:
    statuses = ["success", "fail", None, "Success"] * 5_000
    ranked = ColumnKeys(statuses, numeric=False)
    assert ranked.ranks == {None: 0, "fail": 1, "success": 2, "Success": 2}
    assert ranked.keys[:4] == [2, 1, 0, 2]
    ids = [f"order-{n:06d}" for n in range(20_000)]
    assert ColumnKeys(ids, numeric=False).ranks is None
    times = list(range(1_700_000_000_000, 1_700_000_020_000))
    assert ColumnKeys(times, numeric=True).ranks is None


def test_numbers_are_keyed_as_floats_only_where_that_is_exact_and_faster() -> None:
    times = [None, *range(1_700_000_020_000, 1_700_000_000_000, -1)]  # unix milliseconds, and an empty cell
    keyed = ColumnKeys(times, numeric=True)
    assert keyed.ranks is None and keyed.trend == 0
    assert all(type(k) is float for k in keyed.keys) and keyed.keys[0] == -math.inf
    assert keyed.extend([1_600_000_000_000]) and keyed.keys[-1] == 1.6e12
    amounts = list(range(20_000))  # small ints: already compared as machine words
    assert all(type(k) is int for k in ColumnKeys(amounts, numeric=True).keys)
    huge = [10**20 + n for n in range(20_000, 0, -1)]  # 10**20 + 1 and + 2 are one float: kept as ints
    keys = ColumnKeys(huge, numeric=True)
    assert all(type(k) is int for k in keys.keys)
    assert _sorted(keys, list(range(len(huge))), False) == list(range(len(huge) - 1, -1, -1))


def test_a_nan_from_a_hostile_file_sorts_with_the_empty_cells_and_leaves_the_rest_in_order() -> None:
    nan = float("nan")
    for values in ([1.0, nan, None, float("nan"), 2, -3], [*map(float, range(20_000)), nan, None, 5.5]):
        keys = ColumnKeys(values, numeric=True)
        order = _sorted(keys, list(range(len(values))), False)
        numbers = [values[r] for r in order if values[r] is not None and values[r] == values[r]]
        empties = len(values) - len(numbers)
        assert all(values[r] is None or values[r] != values[r] for r in order[:empties])
        assert numbers == sorted(numbers)
        assert keys.extend([float("nan"), 1.0]) or keys.ranks is not None  # a new NaN: ranks made again


RISING = st.lists(st.one_of(st.integers(0, 99), st.floats(0, 99, allow_nan=False)), unique=True).map(sorted)


@settings(max_examples=300)
@given(data=st.data(), falling=st.booleans(), descending=st.booleans(), texts=st.booleans())
def test_a_column_that_rises_or_falls_down_the_file_sorts_by_row_numbers_to_the_same_order(
    data: st.DataObject, falling: bool, descending: bool, texts: bool
) -> None:
    values: list[Any] = data.draw(RISING)  # a time; as text, an order id
    more: list[Any] = data.draw(st.lists(st.one_of(st.none(), st.integers(0, 120))))  # rows going on so, or not
    if texts:
        values, more = ([None if n is None else f"order-{n:012.6f}" for n in part] for part in (values, more))
        values = sorted(set(values))
    if falling:
        values.reverse()
    keys = ColumnKeys(values, numeric=not texts)
    assert keys.trend == (-1 if falling and len(values) > 1 else 1)
    if not keys.extend(more):  # a value its ranks do not have: the table makes the keys again
        keys = ColumnKeys(values + more, numeric=not texts)
    every = values + more
    view = data.draw(st.permutations(range(len(every))))  # the order shown before
    shown = data.draw(st.lists(st.sampled_from(view), unique=True)) if every else []  # filtered, or not
    assert _sorted(keys, list(shown), descending) == _plain(every, list(shown), not texts, descending)


def test_the_trend_of_a_column_follows_its_rows() -> None:
    times = list(range(1_700_000_000_000, 1_700_000_020_000))
    keys = ColumnKeys(times, numeric=True)
    assert keys.trend == 1 and keys.ranks is None
    assert all(type(k) is int for k in keys.keys)  # never compared: not made floats (ints if they are, later)
    assert keys.extend([1_800_000_000_000]) and keys.trend == 1  # the next row goes on rising
    assert keys.extend([1_800_000_000_000]) and keys.trend == 0  # two equal keys: sorted by the keys themselves
    assert keys.extend([1_900_000_000_000]) and keys.trend == 0  # and it stays so
    newest_first = ColumnKeys([f"hist-{n:06d}" for n in range(20_000, 0, -1)], numeric=False)
    assert newest_first.trend == -1
    assert _sorted(newest_first, [5, 0, 19_999, 7], False) == [19_999, 7, 5, 0]
    assert _sorted(newest_first, [5, 0, 19_999, 7], True) == [0, 5, 7, 19_999]
    every = list(range(20_000))
    assert _sorted(newest_first, list(every), False) == every[::-1]  # every row shown: no sort at all
    assert _sorted(newest_first, every[::-1], True) == every
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sort_keys, "MANY", 0)  # keyed by value, however few the rows
        one = ColumnKeys([3], numeric=True)
    assert one.ranks is None and one.trend == 1
    assert one.extend([2, 1]) and one.trend == -1  # one row says nothing of the direction yet
    assert ColumnKeys([None, 1, 2], numeric=True).trend == 1  # an empty cell first is the lowest key
    assert ColumnKeys([1, None, 2], numeric=True).trend == 0
