"""The cyclic garbage collector paused while a reconciliation (or a triage reading) builds its objects. No Qt.

    with collector_paused():
        result = reconcile(journal, report)
    release(rows)                    # a big list emptied a slice at a time, not dropped at once

A 100,000-row report makes 100,000 rows and reads as many journal entries. Each full collection meanwhile walked
all of them, 10-40 ms holding the GIL: on the desk's worker thread that is as long a stall of the window
(bench_recon.py's reconcile_gui_stall_ms). Reference counting still frees whatever is dropped; the collector runs
again when the last pause under way ends (pauses nest, and may overlap on several threads).

What the work made and still holds (a reconciliation the session keeps: thousands of differences, their rows and
their entries) would then be walked by the next collections, 10-50 ms each, on whichever thread they fall (the
GUI's too). When more than FREEZE_ABOVE objects are left, they are frozen as the desk froze its start-up objects
(ui/app.py freeze_start_up_objects): no collection walks them again, reference counting still frees them when the
session lets the reconciliation go. Cyclic garbage other threads made meanwhile is frozen with them (kept until the
desk exits; little, and only after such a big piece of work). Drop the big temporaries before the pause ends.

Dropping a list of 100,000 rows frees them all in one go, 20-30 ms holding the GIL; `release` empties it a slice
of RELEASE_CHUNK at a time, and between slices the other threads get their turn.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

RELEASE_CHUNK = 2_000  # objects freed at a time by release (about half a millisecond)
FREEZE_ABOVE = 10_000  # objects made during the pause and still held: frozen at its end (module docstring)
_pausing = threading.Lock()
_paused = [0, False]  # pauses under way; was the collector enabled before the first


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection until the block (and every other pause under way) ends (module docstring)."""
    with _pausing:
        if _paused[0] == 0:
            _paused[1] = gc.isenabled()
            gc.disable()
        _paused[0] += 1
    try:
        yield
    finally:
        with _pausing:
            _paused[0] -= 1
            if _paused[0] == 0 and _paused[1]:
                if gc.get_count()[0] > FREEZE_ABOVE:
                    gc.freeze()
                gc.enable()


def release(items: list[Any]) -> None:
    """Empty `items` (the caller's last reference to what it holds) RELEASE_CHUNK at a time (module docstring)."""
    while items:
        del items[-RELEASE_CHUNK:]
