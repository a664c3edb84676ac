"""The gateway's transaction statuses (1 processing, 2 success, -1 fail) as `Status`, and their words.

A module of its own, importing nothing but enum, so a screen can name a status without loading every
request and response dataclass (api.models re-exports all of it). The gateway may send a status the
documentation does not list (0 is seen in the wild: the customer has not opened the form yet): a response
keeps it as a plain int, `Status.of(n)` gives None for it and `Status.label(n)` "unknown (N)".
"""

from __future__ import annotations

from enum import IntEnum

from .said import said


class Status(IntEnum):
    PROCESSING = 1
    SUCCESS = 2
    FAIL = -1

    @property
    def is_final(self) -> bool:
        """Success or fail: the gateway will not change it any more."""
        return self is not Status.PROCESSING

    @property
    def words(self) -> str:
        """ "processing", "success" or "fail"."""
        return self.name.lower()

    @classmethod
    def of(cls, status: int | None) -> Status | None:
        """The Status of a number read from the gateway, or None for one the documentation does not list."""
        if isinstance(status, bool) or not isinstance(status, int):
            return None
        try:
            return cls(status)
        except ValueError:
            return None

    @classmethod
    def label(cls, status: int | None) -> str:
        """ "processing" / "success" / "fail", or "unknown (N)" for anything else (never raises)."""
        known = cls.of(status)
        return _LABELS[known] if known is not None else said("unknown ({status})", status=status)


_LABELS = {Status.PROCESSING: said("processing"), Status.SUCCESS: said("success"), Status.FAIL: said("fail")}

# The old names, for the callers that still use them.
PROCESSING = Status.PROCESSING
SUCCESS = Status.SUCCESS
FAIL = Status.FAIL


def status_label(status: int | None) -> str:
    return Status.label(status)


def is_final(status: int | None) -> bool:
    known = Status.of(status)
    return known is not None and known.is_final
