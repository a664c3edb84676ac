"""How fast a batch goes, and when it stops: pause/cancel (`BatchControl`), the engine's own stop (`Halt`), and the
payout balance between reads (`BalanceGate`). Thread-safe; no gateway call of its own but the balance read handed in.

The balance is read once before the first payout row and again as each group of rows starts (`starting`), in a
thread of its own while the rows before it are still in flight: the pipeline never waits for it, and it never takes
the place of a row in the engine's pool. Between reads the gate keeps a conservative estimate:

    estimate = last read − (amounts of rows that may have moved money since the batch began
                            − those whose answer had come back when that read began)

so a row still in flight when the balance was read counts as spent even if the read already showed it, and a row
declined meanwhile stays counted until the next read: the estimate is never above what is really left (other desks
spending aside: the gateway stays the judge). A row above the estimate waits for the rows in flight, then the balance
is read again; only if it still does not fit is it refused.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class BatchControl:
    """Pause, resume and cancel a batch from another thread (the desk's buttons). Pausing lets the rows in flight
    finish and starts no new one until resumed; cancelling starts no new row at all (what was sent stays sent)."""

    def __init__(self) -> None:
        self._running = threading.Event()
        self._running.set()
        self._cancelled = threading.Event()

    def pause(self) -> None:
        if not self._cancelled.is_set():
            self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def cancel(self) -> None:
        self._cancelled.set()
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def wait(self) -> bool:
        """Block while paused; True when a row may start, False once cancelled."""
        self._running.wait()
        return not self._cancelled.is_set()


class Halt:
    """The engine's own stop (the balance, the journal, the gateway refusing the merchant key): the first reason."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reason = ""

    def stop(self, reason: str) -> None:
        with self._lock:
            if not self.reason:
                self.reason = reason


class BalanceGate:
    """The payout balance between reads (see the module docstring). `read()` returns the available balance."""

    GROUP_ROWS_PER_WORKER = 4  # a group is this many rows per worker: the balance is read again as each starts

    def __init__(self, read: Callable[[], int], concurrency: int = 1) -> None:
        self._read = read
        self.group = self.GROUP_ROWS_PER_WORKER * max(1, concurrency)
        self._started = 0
        self._reader: threading.Thread | None = None
        self._cond = threading.Condition()
        self._base = 0  # the last read
        self._base_answered = 0  # `answered` when that read began
        self._reserved = 0  # rows that may have moved money (sent, or in flight)
        self._answered = 0  # of those, the ones whose answer came back (the balance shows them from then on)
        self._in_flight = 0
        self.reads = 0
        self.unreadable = False  # the read that was to confirm a row failed (reserve said None for that)

    @property
    def estimate(self) -> int:
        with self._cond:
            return self._base - (self._reserved - self._base_answered)

    def refresh(self, *, strict: bool = False) -> bool:
        """Read the balance now; False when it could not be read (the last estimate stays: it only gets more
        careful), or with `strict` the read's error."""
        with self._cond:
            answered = self._answered
        try:
            value = self._read()
        except Exception:
            if strict:
                raise
            return False
        with self._cond:
            self.reads += 1
            if answered >= self._base_answered:  # never replace a newer read by an older one
                self._base, self._base_answered = value, answered
        return True

    def starting(self) -> None:
        """A payout row is about to be sent: as each group of rows starts, the balance is read again in a thread of
        its own (one read at a time; the rows never wait for it)."""
        with self._cond:
            self._started += 1
            due = self._started > 1 and (self._started - 1) % self.group == 0
            if not due or (self._reader is not None and self._reader.is_alive()):
                return
            self._reader = threading.Thread(target=self.refresh, name="batch-balance", daemon=True)
            self._reader.start()

    def join(self) -> None:
        """Wait for a read still running (so that nothing is called once the batch has returned)."""
        reader = self._reader
        if reader is not None:
            reader.join()

    def reserve(self, amount: int) -> int | None:
        """Take `amount` for a row about to be sent: the estimate it was judged against (handed to the payout as
        its `available`), or None when even a fresh read after the rows in flight does not cover it (or could not be
        made: `unreadable`)."""
        with self._cond:
            if (fits := self._take(amount)) is not None:
                return fits
            while self._in_flight:
                self._cond.wait()
        if not self.refresh():
            self.unreadable = True
            return None
        with self._cond:
            return self._take(amount)

    def _take(self, amount: int) -> int | None:
        estimate = self._base - (self._reserved - self._base_answered)
        if amount > estimate:
            return None
        self._reserved += amount
        self._in_flight += 1
        return estimate

    def finish(self, amount: int, moved: bool | None) -> None:
        """The row's call is over: `moved` True (paid or accepted: the balance shows it from now on), False (not
        sent, or declined: it never left the balance), None (unknown: counted as spent for the rest of the batch)."""
        with self._cond:
            self._in_flight -= 1
            if moved is False:
                self._reserved -= amount
            elif moved:
                self._answered += amount
            self._cond.notify_all()
