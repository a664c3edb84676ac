"""Where the desk keeps its files, and how it writes them: owner-only, atomically, one writer at a time.

- `data_dir()`: the data folder, created 0700 (and brought to 0700 when found looser);
- `private_dir(path)`: a folder inside it (Reports…), the same way;
- `open_private(path, mode)`: a file opened for appending or writing, 0600 from its creation (the log);
- `atomic_write(path, data)`: a whole file replaced in one step, 0600;
- `locked(path)`: an exclusive lock on a lock file (0600) for a read-modify-write, shared by every process
  on this computer: `fcntl.flock` on POSIX, `msvcrt.locking` on Windows (both in the standard library).
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ...api.said import said

APP_NAME = "smartpay-desk"
ENV_DATA_DIR = "SMARTPAY_DESK_DATA_DIR"
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
LOCK_WAIT_S = 10.0


class LockTimeout(OSError):
    """Another program held the lock for longer than we wait."""

    def __init__(self, path: Path, waited_s: float) -> None:
        super().__init__(
            said(
                "{file} stayed locked by another program of SmartPay Desk for {seconds:.0f} seconds; "
                "try again once it has finished.",
                file=path.name,
                seconds=waited_s,
            )
        )
        self.path = path


def data_dir(explicit: str | os.PathLike[str] | None = None, *, create: bool = True) -> Path:
    """`--data-dir` if given, else $SMARTPAY_DESK_DATA_DIR, else the platform's user data directory.
    With `create`, the folder exists afterwards and only its owner may enter it (0700)."""
    if explicit:
        path = Path(explicit)
    elif os.environ.get(ENV_DATA_DIR):
        path = Path(os.environ[ENV_DATA_DIR])
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path = path.expanduser()
    if create:
        private_dir(path)
    return path


def private_dir(path: str | os.PathLike[str]) -> Path:
    """Create the folder (and its missing parents) owner-only, 0700 whatever the umask; a folder found open
    to others is brought to 0700 (where this user may: a folder of someone else's is left as it is)."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    with contextlib.suppress(OSError):
        if folder.stat().st_mode & 0o077:
            os.chmod(folder, PRIVATE_DIR)
    return folder


def open_private(path: str | os.PathLike[str], mode: str = "a", encoding: str | None = "utf-8") -> IO[Any]:
    """open() for writing (`mode` "a", "w", "ab" or "wb") with the file 0600 from its first byte: created
    with that mode (os.open), and an existing file brought to it before anything is written."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if mode.startswith("a") else os.O_TRUNC)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0), PRIVATE_FILE)
    try:
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_FILE)
        return open(fd, mode, encoding=None if "b" in mode else encoding)
    except BaseException:
        os.close(fd)
        raise


def atomic_write(path: str | os.PathLike[str], data: bytes | str, *, mode: int = PRIVATE_FILE) -> None:
    """Write `data` to a temporary file beside `path`, fsync it, then replace `path` in one step."""
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)  # 0600 already
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)


@contextlib.contextmanager
def locked(path: str | os.PathLike[str], *, wait_s: float = LOCK_WAIT_S) -> Iterator[None]:
    """Hold an exclusive lock on the lock file `path` (created 0600, never removed) for the `with` block.
    Other processes, and other threads of this one, wait for it; LockTimeout after `wait_s` seconds."""
    lock_file = Path(path)
    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), PRIVATE_FILE)
    try:
        _lock(fd, lock_file, wait_s)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - the tests run on Linux
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # the file's first byte stands for the whole file
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:  # fcntl is loaded with the first lock, not with this module (read before the desk's first paint)

    def _try_lock(fd: int) -> bool:
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # per open file: threads of this process wait too
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _lock(fd: int, path: Path, wait_s: float) -> None:
    deadline = time.monotonic() + wait_s
    pause = 0.002
    while not _try_lock(fd):
        if time.monotonic() >= deadline:
            raise LockTimeout(path, wait_s)
        time.sleep(pause)
        pause = min(pause * 2, 0.05)


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
