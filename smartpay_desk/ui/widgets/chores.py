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
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

BUDGET_S = 0.002  # of slices started per turn of the event loop; the last one may run past it


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
                    done = step()
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
