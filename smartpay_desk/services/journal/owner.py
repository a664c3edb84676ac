"""Who is sending a journal entry right now, so nobody else settles it behind the sender's back.

A desk window, a second window and the CLI may share one journal. While a process is sending (and
settling) an entry, it holds a lease on it: the entry names its owner (host:pid:process start) and a
lease end. Reconciliation elsewhere skips an entry whose owner is alive and whose lease has not run out;
an owner that died (a crash) frees its entries at once. Inside one process, entries being sent are in
`_IN_FLIGHT`, whatever their lease says.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

_IN_FLIGHT: set[tuple[str, int]] = set()  # (journal path, entry id)
_LOCK = threading.Lock()


def _start_ticks(pid: int) -> str:
    """The process's start time (Linux /proc), so a reused pid is not taken for the old process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    fields = stat.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else ""


_THIS = f"{socket.gethostname()}:{os.getpid()}:{_start_ticks(os.getpid())}"


def this_process() -> str:
    return _THIS


def alive(owner: str) -> bool:
    """True if `owner` may still be running: unknown shapes and other hosts are assumed alive."""
    host, _, rest = owner.partition(":")
    pid_text, _, ticks = rest.partition(":")
    if host != socket.gethostname() or not pid_text.isdigit():
        return True
    pid = int(pid_text)
    if os.name != "posix":
        return True  # the lease alone decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return not ticks or _start_ticks(pid) in ("", ticks)


@contextlib.contextmanager
def sending(journal_path: str, entry_id: int) -> Iterator[None]:
    key = (journal_path, entry_id)
    with _LOCK:
        _IN_FLIGHT.add(key)
    try:
        yield
    finally:
        with _LOCK:
            _IN_FLIGHT.discard(key)


def busy(journal_path: str, entry_id: int, owner: str, lease_until: float | None) -> bool:
    """Is someone still sending this entry? (Then it must not be settled or reconciled from here.)"""
    with _LOCK:
        if (journal_path, entry_id) in _IN_FLIGHT:
            return True
    if owner == _THIS or not owner or lease_until is None or lease_until <= time.time():
        return False
    return alive(owner)
