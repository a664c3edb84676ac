"""Work the report model does on the GUI thread a slice at a time, all of it within one budget per turn.

A 100,000-row report leaves the model four jobs after its rows arrive: counting the totals, freeing the last
file's columns, sealing the new ones, building the search text. Each is cut into slices of 1-3 ms. With a timer
of its own each, every turn of the event loop ran one slice of each: 6-10 ms of the 16 ms frame before the
first paint or input could be handled (bench_stall's frames). Chores runs them from one timer, in the order
they were added (the first is the most urgent), and stops a turn once BUDGET_S is spent: a turn is one slice
at the least, so every job still moves on, and at most about BUDGET_S plus one slice.

    chores = Chores(self)
    chores.add("recount", self._recount_step)   # a step: do one slice, return True when the job is done
    chores.start("recount"); chores.stop("recount"); chores.active("recount")
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
        self._steps: dict[str, Callable[[], bool]] = {}  # in the order added: the most urgent first
        self._active: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.turn)

    def add(self, name: str, step: Callable[[], bool]) -> None:
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

    @Slot()
    def turn(self) -> None:
        """One turn's slices: the most urgent job's first, until the budget is spent or nothing is left."""
        deadline = self.clock() + self.budget_s
        for name, step in self._steps.items():
            while name in self._active:
                if step():
                    self._active.discard(name)
                if self.clock() >= deadline:
                    break
            if self.clock() >= deadline:
                break
        if not self._active:
            self._timer.stop()
