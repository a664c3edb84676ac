"""Answers the journal could not take after sending: kept beside it (redacted, 0600, one JSON line each),
settled into it when it next opens, and said in a sentence either way."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from smartpay_desk.services.journal import fallback
from smartpay_desk.services.journal.errors import JournalFull
from smartpay_desk.services.journal.store import Journal, JournalEntry
from tests.unit.services.support import CVV, GOOD_CARD, shows_cvv


def _sent(path: Path, order_id: str = "po-1") -> JournalEntry:
    with Journal(path) as j:
        e = j.record_intent(kind="withdrawal", order_id=order_id, profile="P", environment="sandbox", amount=1000,
                            currency="EUR")  # fmt: skip
        return j.update(e.id, "sent")


def test_an_answer_is_kept_redacted_and_private_then_settled_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    entry = _sent(path)
    kept = fallback.record_unjournalled(
        path, entry, "succeeded", note="confirmed",
        request={"customer_card_number": GOOD_CARD, "card_cvv": CVV, "amount": 1000},
        response={"status": 2, "echo": f"card {GOOD_CARD}"},
        error=JournalFull("free some space"),
    )  # fmt: skip
    assert kept.written and kept.path == fallback.fallback_path(path)
    assert kept.sentence.startswith("What came back for the withdrawal of order po-1 (succeeded) could not be written")
    assert "Do not send it again." in kept.sentence
    text = kept.path.read_text()
    assert GOOD_CARD not in text and not shows_cvv(text) and "401200******3010" in text
    assert stat.S_IMODE(kept.path.stat().st_mode) == 0o600
    line = json.loads(text)
    assert line["state"] == "succeeded" and line["entry_id"] == entry.id and line["ref"] == entry.ref
    with Journal(path) as j:
        said = "1 answer(s) that could not be written to the journal earlier were added to it now."
        assert j.health.notices == (said,)
        settled = j.entry_by_id(entry.id)
        assert settled.state == "succeeded" and settled.note.startswith("confirmed — written late (")
        assert j.events(entry.id)[-1].response == {"status": 2, "echo": "card 401200******3010"}
        assert j.verify() == []
    assert kept.path.read_text() == ""
    with Journal(path) as j:  # settled once
        assert j.health.notices == () and len(j.events(entry.id)) == 3


def test_an_answer_already_recorded_elsewhere_is_no_change_and_a_conflict_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    first, second = _sent(path, "po-1"), _sent(path, "po-2")
    with Journal(path) as other:  # another window, open all along
        fallback.record_unjournalled(path, first, "succeeded", note="confirmed")
        fallback.record_unjournalled(path, second, "failed", note="declined")
        other.update(first.id, "succeeded", note="confirmed by the gateway")  # it settled both meanwhile
        other.update(second.id, "succeeded", note="confirmed by the gateway")
    with Journal(path) as j:
        said = j.health.notices
        assert said[0] == "1 answer(s) that could not be written to the journal earlier were added to it now."
        assert "The withdrawal of order po-2 was already recorded as succeeded" in said[1]
        assert j.entry_by_id(first.id).note == "confirmed by the gateway"  # the first word stays
    kept = [p for p in tmp_path.iterdir() if ".kept-" in p.name]
    assert len(kept) == 1 and '"entry_id": 2' in kept[0].read_text()


def test_a_line_for_another_journal_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    entry = _sent(path)
    other = JournalEntry(**{**entry.to_dict(), "ref": "po-elsewhere"})
    fallback.record_unjournalled(path, other, "succeeded")
    with Journal(path) as j:
        assert "matches none of the journal; it was kept aside" in j.health.notices[0]
        assert j.entry_by_id(entry.id).state == "sent"


def test_when_even_the_fallback_cannot_be_written_it_says_to_write_it_down(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.sqlite3"
    entry = _sent(path)
    reserve = Path(f"{path}{fallback.RESERVE_SUFFIX}")
    assert reserve.stat().st_size == fallback.RESERVE_BYTES  # set aside when the journal opened
    calls: list[int] = []

    def full(target: Path, data: bytes) -> None:
        calls.append(len(data))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fallback, "_append", full)
    kept = fallback.record_unjournalled(path, entry, "succeeded", error=JournalFull("disk full"))
    assert not kept.written and len(calls) == 2  # tried again once the reserve was given up
    assert not reserve.exists()
    assert kept.sentence.startswith(
        "What came back for the withdrawal of order po-1 (succeeded) could not be "
        "written to the journal (disk full) nor kept beside it (No space left on device)."
    )
    assert "Write it down now: the withdrawal of order po-1 (succeeded), at " in kept.sentence


def test_the_reserve_makes_room_on_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "journal.sqlite3"
    entry = _sent(path)
    real = fallback._append
    state: dict[str, Any] = {"full": True}

    def full_until_room(target: Path, data: bytes) -> None:
        if state["full"] and Path(f"{path}{fallback.RESERVE_SUFFIX}").exists():
            raise OSError(errno.ENOSPC, "No space left on device")
        real(target, data)

    monkeypatch.setattr(fallback, "_append", full_until_room)
    kept = fallback.record_unjournalled(path, entry, "succeeded")
    assert kept.written and "kept in" in kept.sentence and os.path.getsize(kept.path) > 0
