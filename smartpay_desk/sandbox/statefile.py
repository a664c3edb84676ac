"""The practice gateway's state file: one server at a time, saved whole or not at all, refused when damaged.

Beside `sandbox.json` (the state) live `sandbox.lock` (held with fcntl.flock for as long as a server serves the
state; the lock file itself stays) and `sandbox.url` (the serving server's address, removed when it stops).
All three are 0600.

- Saving writes a temporary file in the same folder, fsyncs it, renames it over the state (os.replace) and
  fsyncs the folder: a kill at any moment leaves the previous state or the new one, whole.
- Loading refuses what it cannot trust with a sentence (`StateFileRefused`): a file that is not JSON, not ours
  or damaged is first moved aside (`sandbox.json.damaged-YYYYMMDD-HHMMSS`), never overwritten; a file written
  by a newer version is left where it is.
- A second server on the same state file (another process, or this one) gets `PracticeGatewayInUse`.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

FORMAT = "smartpay-sandbox-state"
VERSION = 1
MAX_STATE_BYTES = 256 << 20


class PracticeGatewayInUse(RuntimeError):
    """Another server already serves this state file: connect to it (its URL is `url`, when known)."""

    def __init__(self, path: Path, url: str | None) -> None:
        where = f" at {url}" if url else ""
        super().__init__(
            f"The practice gateway kept in {path} is already running in another program{where}; "
            "connect to that one, or close it before starting another."
        )
        self.path = path
        self.url = url


class StateFileRefused(RuntimeError):
    """The state file cannot be used; `aside` is where it was moved (None when it was left in place)."""

    def __init__(self, path: Path, reason: str, aside: Path | None, *, newer: bool = False) -> None:
        if aside is not None:
            then = (
                f"It was moved aside, unchanged, to {aside.name}; starting again begins a fresh practice "
                "gateway (its sample history and a 10,000.00 EUR payout balance)."
            )
        elif newer:
            then = "It was left as it is: use the newer version, or move the file away to start afresh."
        else:
            then = "It could not be moved aside either, so it was left as it is and nothing was started."
        super().__init__(f"The practice gateway's saved state {path} cannot be used: {reason}. {then}")
        self.path = path
        self.reason = reason
        self.aside = aside


def _write_private(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically: temp file (0600) in the same folder, fsync, rename, fsync folder."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            os.fchmod(out.fileno(), 0o600)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def lock_path(path: Path) -> Path:
    return path.with_suffix(".lock")


def url_path(path: Path) -> Path:
    return path.with_suffix(".url")


def served_elsewhere(path: Path) -> bool:
    """True when a server (in another process, or on another handle in this one) holds the state's lock."""
    try:
        fd = os.open(lock_path(path), os.O_RDWR | os.O_CLOEXEC)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # also releases a lock just taken
    return False


def read_url(path: Path) -> str | None:
    try:
        text = url_path(path).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text or None


class StateFile:
    """One state file, as its server uses it. acquire() before load/save; release() when done."""

    def __init__(self, path: Path) -> None:
        path = Path(path)
        if path.suffix in (".lock", ".url"):
            raise ValueError(f"a state file cannot be named {path.name}: the lock and URL files take that name")
        self.path = path
        self._lock_fd: int | None = None
        self._url: str | None = None

    @property
    def held(self) -> bool:
        return self._lock_fd is not None

    def acquire(self) -> None:
        """Take the exclusive lock, or raise PracticeGatewayInUse. Removes temporary files a kill left."""
        if self._lock_fd is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path(self.path), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise PracticeGatewayInUse(self.path, read_url(self.path)) from None
        self._lock_fd = fd
        for stale in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()

    def release(self) -> None:
        fd, self._lock_fd = self._lock_fd, None
        if fd is not None:
            os.close(fd)  # closing the descriptor releases the lock

    def publish_url(self, url: str) -> None:
        _write_private(url_path(self.path), (url + "\n").encode())
        self._url = url

    def withdraw_url(self) -> None:
        """Remove the URL file, if it is still ours."""
        url, self._url = self._url, None
        if url is not None and read_url(self.path) == url:
            with contextlib.suppress(OSError):
                url_path(self.path).unlink()

    def save(self, state: dict[str, Any]) -> None:
        document = {"format": FORMAT, "version": VERSION, **state}
        _write_private(self.path, json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode())

    def load(self) -> dict[str, Any] | None:
        """The saved document (format and version checked), None when there is none yet."""
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return None
        if size > MAX_STATE_BYTES:
            raise self.refuse(f"it is larger than {MAX_STATE_BYTES >> 20} MiB")
        raw = self.path.read_bytes()
        try:
            document = json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise self.refuse("it is not a readable JSON file (damaged, or cut short)") from None
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise self.refuse("it is not a SmartPay sandbox state file")
        version = document.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            reason = f"it was written by a newer version of SmartPay Desk (format {version})"
            raise StateFileRefused(self.path, reason, None, newer=True)
        if version != VERSION:
            raise self.refuse("its format version is not one this version knows")
        return document

    def refuse(self, reason: str) -> StateFileRefused:
        """Move the file aside (never overwritten, never deleted) and say why: the caller raises it."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        number = 1
        while aside.exists():
            number += 1
            aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}-{number}")
        try:
            os.rename(self.path, aside)
        except OSError:
            return StateFileRefused(self.path, reason, None)
        return StateFileRefused(self.path, reason, aside)


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")
