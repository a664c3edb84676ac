"""The gateway's transaction statuses (1 processing, 2 success, -1 fail) and their words.

A module of its own, with no imports, so a screen can name a status without loading every request and
response dataclass (api.models re-exports all of it).
"""

from __future__ import annotations

PROCESSING = 1
SUCCESS = 2
FAIL = -1
_STATUS_WORDS = {PROCESSING: "processing", SUCCESS: "success", FAIL: "fail"}


def status_label(status: int | None) -> str:
    """ "processing" / "success" / "fail", or "unknown (N)" for anything the doc does not list (0 is seen)."""
    if status in _STATUS_WORDS:
        return _STATUS_WORDS[status]
    return f"unknown ({status})"


def is_final(status: int | None) -> bool:
    return status in (SUCCESS, FAIL)
