"""The gateway's statuses as an IntEnum: words, finality, and numbers the documentation does not list."""

from __future__ import annotations

from smartpay_desk.api import status
from smartpay_desk.api.status import Status


def test_members_are_the_documented_numbers() -> None:
    assert (Status.PROCESSING, Status.SUCCESS, Status.FAIL) == (1, 2, -1)
    assert status.SUCCESS is Status.SUCCESS and status.FAIL is Status.FAIL and status.PROCESSING is Status.PROCESSING


def test_words_and_finality() -> None:
    assert [s.words for s in (Status.PROCESSING, Status.SUCCESS, Status.FAIL)] == ["processing", "success", "fail"]
    assert Status.SUCCESS.is_final and Status.FAIL.is_final and not Status.PROCESSING.is_final


def test_unknown_numbers_are_named_never_raised() -> None:
    assert Status.of(2) is Status.SUCCESS and Status.of(-1) is Status.FAIL
    assert Status.of(0) is None and Status.of(None) is None and Status.of(True) is None
    assert Status.label(0) == "unknown (0)" and Status.label(None) == "unknown (None)"
    assert Status.label(1) == "processing"
    assert status.status_label(7) == "unknown (7)"
    assert status.is_final(2) and not status.is_final(0) and not status.is_final(1)
