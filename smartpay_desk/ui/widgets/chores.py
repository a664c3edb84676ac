"""Work a model does on the GUI thread a slice at a time, all of it within one budget per turn.

A 100,000-row report leaves the report model four jobs after its rows arrive: counting the totals, freeing the
last file's columns, sealing the new ones, building the search text (and Needs attention frees the list it shows
no more: 10,000 items took 11-15 ms to drop at once). Each is cut into slices of 1-3 ms. With a timer
of its own each, every turn of the event loop ran one slice of each: 6-10 ms of the 16 ms frame before the
first paint or input could be handled (bench_stall's frames). Chores runs them from one timer, in the order
they were added (the first is the most urgent), and stops a turn once BUDGET_S is spent: a turn is one slice
at the least, so every job still moves on, and at most about BUDGET_S plus one slice. A piece of work that cannot
be cut (dropping or sealing a whole column, 1-5 ms) should start a turn of its own: its step looks at `fresh()`
and returns None ("not in this turn") unless nothing ran before it.

    chores = Chores(self)
    chores.add("recount", self._recount_step)   # a step: one slice; True: the job is done, False: more to do,
    chores.start("recount")                     # None: more to do, in a later turn
    chores.stop("recount"); chores.active("recount"); chores.fresh()

    leftovers = Leftovers(chores)               # a job "free": what a model shows no more, dropped a slice a turn
    leftovers.drop(old_columns)

A step that raises is logged and its job stopped: a timer would otherwise run it again every turn, for ever.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sized

from PySide6.QtCore import QObject, QTimer, Slot

BUDGET_S = 0.002  # of slices started per turn of the event loop; the last one may run past it
SLICE_S = 0.0015  # what one slice of Leftovers may take
FREE_CHUNK = 2_000  # values of a list dropped at a time

log = logging.getLogger("smartpay_desk.ui")


class Chores(QObject):
    def __init__(
        self, parent: QObject | None = None, budget_s: float = BUDGET_S, clock: Callable[[], float] = time.perf_counter
    ) -> None:
        super().__init__(parent)
        self.budget_s = budget_s
        self.clock = clock  # seconds (a test plays the clock)
        self._steps: dict[str, Callable[[], bool | None]] = {}  # in the order added: the most urgent first
        self._active: set[str] = set()
        self._slices = 0  # slices run in the turn under way
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.turn)

    def add(self, name: str, step: Callable[[], bool | None]) -> None:
        self._steps[name] = step

    def start(self, name: str) -> None:
        self._active.add(name)
        if not self._timer.isActive():
            self._timer.start()

    def stop(self, name: str) -> None:
        self._active.discard(name)
        if not self._active:
            self._timer.stop()

    def active(self, name: str) -> bool:
        return name in self._active

    def fresh(self) -> bool:
        """No slice has run yet in the turn under way (True outside a turn too)."""
        return self._slices == 0

    @Slot()
    def turn(self) -> None:
        """One turn's slices: the most urgent job's first, until the budget is spent or nothing is left."""
        deadline = self.clock() + self.budget_s
        try:
            for name, step in self._steps.items():
                while name in self._active and (self._slices == 0 or self.clock() < deadline):
                    try:
                        done = step()
                    except Exception:
                        log.exception("a background job failed and was stopped: %s", name)
                        done = True
                    self._slices += 1
                    if done:
                        self._active.discard(name)
                    elif done is None:
                        break
                if self.clock() >= deadline:
                    break
        finally:
            self._slices = 0
        if not self._active:
            self._timer.stop()


class Leftovers:
    """Big containers a model shows no more, dropped by a Chores job (`name`) a slice at a time: dropping a closed
    report's columns at once frees a million objects (~15 ms), Needs attention's 10,000 items took 11-15 ms.

    A list is emptied `chunk` values at a time. Anything else (a sealed column, a dict of per-cell texts) cannot be
    cut: a small one is dropped in the same slice, a large one (over `chunk` values) in a turn of its own (~1 ms
    for 100,000 values alone, 4-5 ms in bench_stall; copied into a list first, every value would be touched twice).
    """

    def __init__(self, chores: Chores, name: str = "free", chunk: int = FREE_CHUNK) -> None:
        self.chores, self.name, self.chunk = chores, name, chunk
        self._items: list[Sized] = []
        chores.add(name, self.step)

    def drop(self, items: Iterable[Sized]) -> None:
        """Free `items` over the next turns (the caller keeps no reference to them)."""
        self._items.extend(item for item in items if len(item))
        if self._items:
            self.chores.start(self.name)

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Sized]:
        return iter(self._items)

    def step(self) -> bool | None:
        items, chores = self._items, self.chores
        deadline = chores.clock() + SLICE_S
        worked = not chores.fresh()
        while items and chores.clock() < deadline:
            rows = items[-1]
            if isinstance(rows, list):
                del rows[-self.chunk :]
                if not rows:
                    items.pop()
                worked = True
                continue
            large, worked = len(rows) > self.chunk, worked or len(rows) <= self.chunk
            del rows
            if large and worked:
                return None  # the next turn begins with it
            items.pop()
            if large:
                return None if items else True
        return not items
