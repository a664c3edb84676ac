"""The desk's log file in the data folder: rotated, and owner-only (0600) from its first byte, rotations too.

    handler = private_log_handler(data_dir / "desk.log")     # a logging.handlers.RotatingFileHandler

Imported only when logging is set up (logging.handlers costs ~10 ms of imports).
"""

from __future__ import annotations

import contextlib
import io
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from .paths import PRIVATE_FILE, open_private

MAX_BYTES = 2_000_000
BACKUPS = 3


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A RotatingFileHandler whose every file (the current one, and the next one after each rotation) is
    created 0600 whatever the umask; a file found looser (written by an older version) is tightened first."""

    def _open(self) -> io.TextIOWrapper:
        stream = open_private(self.baseFilename, self.mode, self.encoding)
        assert isinstance(stream, io.TextIOWrapper)  # a text mode ("a"): open() gives a TextIOWrapper
        return stream


def private_log_handler(path: Path, *, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> RotatingFileHandler:
    """The log file `path` with `backups` rotations of `max_bytes` each; the older rotations are tightened."""
    for number in range(1, backups + 1):
        with contextlib.suppress(OSError):
            older = Path(f"{path}.{number}")
            if older.stat().st_mode & 0o077:
                os.chmod(older, PRIVATE_FILE)
    return PrivateRotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
