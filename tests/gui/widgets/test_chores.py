"""Chores: the report model's slices of work share one budget per turn of the event loop, the most urgent first,
and every job still moves on and ends (the clock is played, so nothing here depends on the machine's speed)."""

from __future__ import annotations

from typing import Any

import pytest

from smartpay_desk.ui.widgets.chores import Chores, Leftovers


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def job(clock: Clock, log: list[str], name: str, slices: int, ms: float) -> Any:
    """A step that takes `ms` of the played clock per slice and is done after `slices` of them."""
    left = [slices]

    def step() -> bool:
        clock.now += ms / 1000
        log.append(name)
        left[0] -= 1
        return left[0] == 0

    return step


def test_a_turn_runs_the_most_urgent_slices_first_and_stops_at_its_budget(qtbot: Any) -> None:
    clock, log = Clock(), []
    chores = Chores(budget_s=0.002, clock=clock)
    chores.add("recount", job(clock, log, "recount", 3, 0.8))
    chores.add("seal", job(clock, log, "seal", 2, 1.5))
    chores.start("seal")
    chores.start("recount")
    chores.turn()
    assert log == ["recount", "recount", "recount"], "the first job added goes first; 2.4 ms spent, the turn ends"
    assert not chores.active("recount") and chores.active("seal")
    log.clear()
    started = clock.now
    chores.turn()
    assert log == ["seal", "seal"] and clock.now - started == pytest.approx(0.003)
    assert not chores.active("seal")


def test_one_slice_a_turn_at_the_least_and_every_job_ends_in_the_event_loop(qtbot: Any) -> None:
    clock, log = Clock(), []
    chores = Chores(budget_s=0.001, clock=clock)
    chores.add("free", job(clock, log, "free", 2, 5))  # a slice longer than the whole budget
    chores.add("index", job(clock, log, "index", 3, 0.1))
    chores.start("index")
    chores.start("free")
    chores.turn()
    assert log == ["free"], "a turn is one slice at the least, even past the budget"
    qtbot.waitUntil(lambda: not chores.active("free") and not chores.active("index"), timeout=2_000)
    assert log.count("free") == 2 and log.count("index") == 3


def test_a_job_stopped_is_not_run_again(qtbot: Any) -> None:
    clock, log = Clock(), []
    chores = Chores(clock=clock)
    chores.add("seal", job(clock, log, "seal", 100, 1))
    chores.start("seal")
    chores.stop("seal")
    qtbot.wait(20)
    assert log == [] and not chores.active("seal")


def test_a_piece_that_cannot_be_cut_waits_for_a_turn_of_its_own(qtbot: Any) -> None:
    """A step that returns None ("not in this turn") unless the turn is fresh: it runs first in a later turn, alone
    or before the rest, and the turn stops at the budget after it."""
    clock, log = Clock(), []
    chores = Chores(budget_s=0.002, clock=clock)
    urgent = job(clock, log, "recount", 2, 1.5)
    chores.add("recount", urgent)
    left = [2]

    def drop_column() -> bool | None:
        if not chores.fresh():
            log.append("later")
            return None
        clock.now += 0.004
        log.append("drop")
        left[0] -= 1
        return left[0] == 0 or None

    chores.add("free", drop_column)
    chores.start("recount")
    chores.start("free")
    chores.turn()
    assert log == ["recount", "recount"], "the budget is spent: the next job is not even asked"
    log.clear()
    chores.turn()
    assert log == ["drop"], "fresh: the piece runs, and nothing more in this turn (4 ms > 2 ms)"
    log.clear()
    chores.turn()
    assert log == ["drop"] and not chores.active("free")
    chores.start("recount")
    chores.start("free")
    left[0], log[:] = 1, []
    urgent_left = job(clock, log, "recount", 1, 0.5)
    chores.add("recount", urgent_left)
    chores.turn()
    assert log == ["recount", "later"], "after another slice in the same turn, the piece waits"
    qtbot.waitUntil(lambda: not chores.active("free"), timeout=2_000)
    assert log[-1] == "drop"


def test_a_step_that_raises_is_logged_and_stopped_not_run_every_turn(qtbot: Any, caplog: Any) -> None:
    clock, log = Clock(), []
    chores = Chores(clock=clock)
    chores.add("broken", lambda: 1 / 0)
    chores.add("index", job(clock, log, "index", 2, 0.1))
    chores.start("broken")
    chores.start("index")
    with caplog.at_level("ERROR", logger="smartpay_desk.ui"):
        chores.turn()
    assert not chores.active("broken") and "broken" in caplog.text
    assert log == ["index", "index"], "the other jobs go on in the same turn"


def test_leftovers_empty_lists_a_chunk_at_a_time_and_drop_a_large_piece_in_a_turn_of_its_own(qtbot: Any) -> None:
    clock = Clock()
    chores = Chores(clock=clock)
    urgent = job(clock, [], "recount", 1, 0.1)
    chores.add("recount", urgent)
    leftovers = Leftovers(chores, chunk=10)
    column = list(range(25))
    sealed = tuple(range(100))  # cannot be cut: over `chunk` values
    leftovers.drop([sealed, column, [], {}])
    assert len(leftovers) == 2, "empty ones are not kept"
    del sealed
    chores.start("recount")
    chores.turn()
    assert column == [] and len(leftovers) == 1, "the list emptied 10 at a time; the tuple waits: the turn was used"
    chores.turn()
    assert len(leftovers) == 0 and not chores.active("free"), "a fresh turn: the tuple dropped, the job done"
    parts = [tuple(range(5)) for _ in range(4)]  # small pieces (search text parts): several in one slice
    leftovers.drop(parts)
    del parts
    chores.turn()
    assert len(leftovers) == 0
