"""The viewer's sort keys: keyed by rank (few distinct values) or by value (nearly all different), a sort gives
exactly the order of the plain rule (empty cells first, texts without case, numbers as numbers, equal keys in the
order they were shown), both ways, from any order shown before, and as rows arrive."""

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
    return sorted(view, key=keys.keys.__getitem__, reverse=descending)


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
    times = [None, *range(1_700_000_000_000, 1_700_000_020_000)]  # unix milliseconds, and an empty cell
    keyed = ColumnKeys(times, numeric=True)
    assert keyed.ranks is None and all(type(k) is float for k in keyed.keys) and keyed.keys[0] == -math.inf
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
