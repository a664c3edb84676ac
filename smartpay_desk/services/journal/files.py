"""The journal's files on disk: created owner-only before SQLite touches them, looked at before SQLite opens
them, and moved aside (never overwritten) when a damaged journal is replaced by a new one.

- `create_private(path)`: a new, empty journal file with mode 0600 made before SQLite opens it; SQLite gives
  its -wal and -shm files the database file's mode, so they are 0600 from their first byte whatever the umask.
- `tighten(path)`: an existing journal and its -wal/-shm brought to 0600 (journals written by older versions).
- `inspect(path)`: what is wrong with the file before SQLite reads it (emptied, not a SQLite file, cut short),
  as a sentence, or None.
- `move_aside(path)`: the journal and every companion file renamed with a UTC time stamp, for safe keeping.
- `into_wal(db, within_s)`: the file switched to WAL mode, waiting for another process switching it at once.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from ...api.said import said

PRIVATE = 0o600
MAGIC = b"SQLite format 3\x00"
# Files that live beside the journal and belong to it (SQLite's own, and the desk's).
COMPANIONS = ("-wal", "-shm", "-head", "-unjournalled", "-unjournalled.reserve")


def create_private(path: Path) -> bool:
    """Create `path` empty with mode 0600 (umask or not) if it does not exist. True if this call made it."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE)
    except FileExistsError:
        return False
    try:
        os.fchmod(fd, PRIVATE)
    finally:
        os.close(fd)
    return True


def tighten(path: Path) -> None:
    """Make the journal and its -wal/-shm owner-only (where this process may)."""
    for suffix in ("", "-wal", "-shm"):
        target = Path(f"{path}{suffix}")
        with contextlib.suppress(OSError):
            if target.exists() and target.stat().st_mode & 0o077:
                os.chmod(target, PRIVATE)


def inspect(path: Path, last_seen_events: int = 0) -> str | None:
    """A sentence when the file is plainly not a usable journal (before SQLite sees it); None otherwise.
    A missing or empty file is a new journal, unless this computer last saw one there with events."""
    try:
        size = path.stat().st_size
        if size == 0:
            return _gone(path, last_seen_events, empty=True)
        with open(path, "rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        return _gone(path, last_seen_events, empty=False)
    except OSError as exc:
        return said("The journal file {path} could not be read ({error}).", path=str(path),
                    error=exc.strerror or str(exc))  # fmt: skip
    if len(header) < 100 or header[:16] != MAGIC:
        return said("The journal file {path} is not a SQLite journal any more: its first bytes were overwritten.",
                    path=str(path))  # fmt: skip
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counter, valid_for = header[24:28], header[92:96]
    if page_size < 512 or page_size & (page_size - 1):
        return said("The journal file {path} has a damaged header (page size {page_size}).", path=str(path),
                    page_size=page_size)  # fmt: skip
    if pages and counter == valid_for and size < pages * page_size and not _wal_holds_more(path):
        return said(
            "The journal file {path} was cut short: it has {size:,} bytes where its own header says {expected:,}.",
            path=str(path),
            size=size,
            expected=pages * page_size,
        )
    return None


def _gone(path: Path, last_seen_events: int, *, empty: bool) -> str | None:
    if not last_seen_events:
        return None
    if empty:
        return said(
            "The journal file {path} is empty (0 bytes), but this computer last saw it with {events} events: it was "
            "removed, emptied or replaced.",
            path=str(path),
            events=last_seen_events,
        )
    return said(
        "The journal file {path} is missing, but this computer last saw it with {events} events: it was removed, "
        "emptied or replaced.",
        path=str(path),
        events=last_seen_events,
    )


def _wal_holds_more(path: Path) -> bool:
    """A file whose write-ahead log has not been folded in yet may be shorter than the log makes it."""
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def stamp(moment: datetime | None = None) -> str:
    return (moment or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")


def aside_name(path: Path, when: str) -> Path:
    return path.with_name(f"{path.name}.damaged-{when}")


def move_aside(path: Path, when: str | None = None) -> list[tuple[Path, Path]]:
    """Rename the journal and its companions to `<name>.damaged-<UTC stamp><suffix>` (SQLite finds a moved
    journal's -wal there). Returns (from, to) for each file moved; nothing is deleted or overwritten."""
    when = when or stamp()
    target = aside_name(path, when)
    n = 1
    while any(Path(f"{target}{s}").exists() for s in ("", *COMPANIONS)):
        n += 1
        target = aside_name(path, f"{when}-{n}")
    moved: list[tuple[Path, Path]] = []
    for suffix in ("", *COMPANIONS):
        source = Path(f"{path}{suffix}")
        if source.exists():
            destination = Path(f"{target}{suffix}")
            os.rename(source, destination)
            moved.append((source, destination))
    fsync_dir(path.parent)
    return moved


def fsync_dir(directory: Path) -> None:
    """Make renames and new names in `directory` durable (POSIX); a no-op where that is not possible."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def write_private(path: Path, text: str, *, durable: bool = False) -> None:
    """Replace `path` with `text` in one step (a temporary file beside it, 0600, then renamed)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, PRIVATE)
    try:
        os.fchmod(fd, PRIVATE)
        os.write(fd, text.encode("utf-8"))
        if durable:
            os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if durable:
        fsync_dir(path.parent)


def into_wal(db: sqlite3.Connection, within_s: float) -> None:
    """Switch the file open on `db` to WAL mode (nothing to do when it is already).

    Two processes switching a rollback-mode file at once: SQLite reads the file before it asks for the write
    lock, and a reader that would wait for a writer could deadlock, so the second one is told "database is
    locked" at once, without its busy timeout. It tries again (the first one's switch takes milliseconds) until
    `within_s` has passed; then the error is raised as SQLite gave it."""
    deadline = time.monotonic() + within_s
    pause = 0.001
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL").fetchall()
            return
        except sqlite3.OperationalError as exc:
            left = deadline - time.monotonic()
            if getattr(exc, "sqlite_errorcode", 0) & 0xFF != sqlite3.SQLITE_BUSY or left <= 0:
                raise
        time.sleep(min(pause, left))
        pause = min(pause * 2, 0.05)
