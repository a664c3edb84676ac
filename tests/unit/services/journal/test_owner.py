"""Who is sending an entry: the process's name, whether an owner still lives, and when an entry is busy."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from smartpay_desk.services.journal import owner

HOST = socket.gethostname()
JOURNAL = "/data/journal.sqlite3"


@pytest.fixture(scope="module")
def other() -> Iterator[str]:
    """The owner name of another live process on this machine."""
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as proc:
        try:
            yield f"{HOST}:{proc.pid}:{owner._start_ticks(proc.pid)}"
        finally:
            proc.kill()


@pytest.fixture(scope="module")
def dead() -> str:
    """The owner name of a process that has ended."""
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    ticks = owner._start_ticks(done.pid)
    done.wait()
    return f"{HOST}:{done.pid}:{ticks}"


def test_this_process_is_named_by_host_pid_and_start() -> None:
    host, pid, ticks = owner.this_process().split(":")
    assert (host, int(pid)) == (HOST, os.getpid())
    assert ticks.isdigit() and ticks == owner._start_ticks(os.getpid())


def test_a_process_that_does_not_exist_has_no_start() -> None:
    assert owner._start_ticks(2**22 + 1) == ""  # above Linux's pid_max


def test_a_live_process_is_alive_and_an_ended_one_is_not(other: str, dead: str) -> None:
    assert owner.alive(owner.this_process())
    assert owner.alive(other)
    assert not owner.alive(dead)


def test_a_reused_pid_is_not_taken_for_the_old_process() -> None:
    host, pid, ticks = owner.this_process().split(":")
    assert not owner.alive(f"{host}:{pid}:{int(ticks) + 1}")
    assert owner.alive(f"{host}:{pid}:")  # no start recorded: the pid alone decides


@pytest.mark.parametrize("name", ["elsewhere:1:2", "", "garbage", f"{HOST}:not-a-pid:1"])
def test_another_host_or_an_unknown_shape_is_assumed_alive(name: str) -> None:
    assert owner.alive(name)


def test_a_process_we_may_not_signal_is_assumed_alive(monkeypatch: pytest.MonkeyPatch, dead: str) -> None:
    def refuse(pid: int, sig: int) -> None:
        raise PermissionError(pid)

    monkeypatch.setattr(os, "kill", refuse)
    assert owner.alive(dead)


def test_an_entry_being_sent_here_is_busy_whatever_its_lease_says() -> None:
    with owner.sending(JOURNAL, 7):
        assert owner.busy(JOURNAL, 7, "", None)
        assert not owner.busy(JOURNAL, 8, "", None)
        assert not owner.busy("/other/journal.sqlite3", 7, "", None)
    assert not owner.busy(JOURNAL, 7, owner.this_process(), time.time() + 60)  # ours, and we are done with it


def test_sending_lets_go_when_the_call_raises() -> None:
    with pytest.raises(RuntimeError), owner.sending(JOURNAL, 9):
        raise RuntimeError("lost")
    assert not owner.busy(JOURNAL, 9, "", None)


def test_another_live_owner_holds_the_entry_until_its_lease_ends(other: str, dead: str) -> None:
    later = time.time() + 60
    assert owner.busy(JOURNAL, 1, other, later)
    assert not owner.busy(JOURNAL, 1, other, time.time() - 1)  # the lease ran out
    assert not owner.busy(JOURNAL, 1, other, None)  # released
    assert not owner.busy(JOURNAL, 1, dead, later)  # it died: free at once
    assert not owner.busy(JOURNAL, 1, "", later)  # no owner recorded
