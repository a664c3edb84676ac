"""The balance between reads (services/batch/pacing.py): never above what is really left."""

from __future__ import annotations

import threading

from smartpay_desk.services.batch.pacing import BalanceGate, BatchControl, Halt


class Account:
    """A payout balance the gate reads; payouts lower it when the gateway accepts them."""

    def __init__(self, balance: int, *, failing: bool = False) -> None:
        self.balance, self.failing, self.reads = balance, failing, 0

    def read(self) -> int:
        self.reads += 1
        if self.failing:
            raise OSError("no answer")
        return self.balance


def test_rows_in_flight_count_as_spent_until_the_next_read() -> None:
    account = Account(1000)
    gate = BalanceGate(account.read)
    gate.refresh(strict=True)
    assert gate.reserve(400) == 1000
    assert gate.reserve(400) == 600
    account.balance -= 400  # the gateway took the first; the second is still on its way
    gate.finish(400, True)
    gate.refresh()  # this read shows the first row; the second is still counted
    assert gate.estimate == 600 - 400
    account.balance -= 400
    gate.finish(400, True)
    assert gate.reserve(300) is None  # 200 left: read again to be sure, still not enough
    assert account.reads == 3 and not gate.unreadable


def test_a_declined_row_gives_its_amount_back_and_an_unknown_one_never() -> None:
    account = Account(1000)
    gate = BalanceGate(account.read)
    gate.refresh(strict=True)
    gate.reserve(300)
    gate.reserve(300)
    gate.finish(300, False)  # declined: never left the balance
    gate.finish(300, None)  # unknown: it may have
    assert gate.estimate == 700
    account.balance = 1000  # the gateway did not take the unknown one (yet)
    gate.refresh()
    assert gate.estimate == 700  # still counted: careful, never optimistic


def test_a_row_above_the_estimate_waits_for_the_rows_in_flight_and_reads_again() -> None:
    account = Account(1000)
    gate = BalanceGate(account.read)
    gate.refresh(strict=True)
    gate.reserve(600)
    got: list[int | None] = []
    waiting = threading.Thread(target=lambda: got.append(gate.reserve(500)))
    waiting.start()
    waiting.join(0.2)
    assert waiting.is_alive() and account.reads == 1  # it waits for the row in flight
    account.balance -= 600
    gate.finish(600, False)  # declined after all: the balance is back to 1000 at the gateway
    account.balance += 600
    waiting.join(5)
    assert got == [1000] and account.reads == 2


def test_a_failed_read_to_confirm_a_row_says_so() -> None:
    account = Account(100)
    gate = BalanceGate(account.read)
    gate.refresh(strict=True)
    account.failing = True
    assert gate.reserve(200) is None and gate.unreadable
    assert gate.estimate == 100  # the last read stays


def test_the_balance_is_read_again_as_each_group_starts() -> None:
    account = Account(10_000)
    gate = BalanceGate(account.read, concurrency=2)  # a group: 8 rows
    gate.refresh(strict=True)
    for _ in range(17):
        gate.starting()
        gate.join()
        gate.reserve(10)
        gate.finish(10, True)
    assert gate.group == 8 and account.reads == 1 + 2  # rows 9 and 17 start a group


def test_control_and_halt() -> None:
    control = BatchControl()
    assert control.wait() and not control.paused
    control.pause()
    assert control.paused
    threading.Timer(0.1, control.cancel).start()
    assert control.wait() is False and control.cancelled and not control.paused
    control.pause()  # a cancelled batch cannot be paused again
    assert not control.paused
    halt = Halt()
    halt.stop("first")
    halt.stop("second")
    assert halt.reason == "first"
