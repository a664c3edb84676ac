"""A person's word: acknowledging damage (journalled, sealed, needed before money moves again), a new journal
started in place of one that cannot be read (the old one kept, time-stamped, never overwritten), and a lost key
let go under an acknowledgement."""

from __future__ import annotations

import re
import sqlite3
import stat
from pathlib import Path

import pytest

from smartpay_desk.services.journal import health
from smartpay_desk.services.journal.errors import JournalDamaged, JournalUnreadable
from smartpay_desk.services.journal.keys import key_name
from smartpay_desk.services.journal.store import Journal
from smartpay_desk.services.journal.verdict import Standing
from tests.unit.services.journal.damage import edit, header_overwritten, latest_entry_deleted, state_edited
from tests.unit.services.journal.test_health import build, refund_again
from tests.unit.services.support import MemoryKeyring

ASIDE = re.compile(r"journal\.sqlite3\.damaged-\d{8}T\d{6}Z")


@pytest.fixture
def keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "journal.sqlite3"


def test_money_moves_again_only_after_a_person_acknowledges(path: Path, keyring: MemoryKeyring) -> None:
    state_edited(path, build(path, keyring))
    with Journal(path, keyring=keyring) as j:
        shown = j.health.problems
        assert j.health.standing is Standing.DAMAGED
        with pytest.raises(ValueError, match="needs a note"):
            j.acknowledge("  ")
        found = j.acknowledge("checked the back office: the refund of pay-1 was not made", operator="anna")
        assert found.standing is Standing.ACKNOWLEDGED and found.money_allowed and found.problems == ()
        assert found.acknowledged == shown[:1]  # the protections were put back and the tally re-counted
        assert "protections against edits" in shown[1]
        assert "anna acknowledged it on" in found.sentence and "the refund of pay-1 was not made" in found.sentence
        row = sqlite3.connect(path).execute("SELECT operator, note, problems FROM acknowledgements").fetchone()
        assert row[0] == "anna" and "not made" in row[1] and shown[0] in row[2]
    again = health.check(path, keyring)  # the next start knows
    assert again.standing is Standing.ACKNOWLEDGED and again.acknowledged == shown[:1]
    refund_again(path, keyring)  # the person decided: the edited state now lets it through


def test_new_damage_after_an_acknowledgement_stops_money_again(path: Path, keyring: MemoryKeyring) -> None:
    state_edited(path, build(path, keyring))
    with Journal(path, keyring=keyring) as j:
        j.acknowledge("seen", operator="anna")
    latest_entry_deleted(path, 0)
    found = health.check(path, keyring)
    assert found.standing is Standing.DAMAGED and "ends earlier than it did" in found.problems[0]
    with pytest.raises(JournalDamaged):
        refund_again(path, keyring)


def test_acknowledging_an_intact_journal_writes_nothing(path: Path, keyring: MemoryKeyring) -> None:
    build(path, keyring)
    with Journal(path, keyring=keyring) as j:
        assert j.acknowledge("nothing to see").standing is Standing.INTACT
    assert sqlite3.connect(path).execute("SELECT COUNT(*) FROM acknowledgements").fetchone()[0] == 0


def test_an_acknowledgement_forged_in_the_file_is_not_taken(path: Path, keyring: MemoryKeyring) -> None:
    state_edited(path, build(path, keyring))
    shown = health.check(path, keyring).problems
    edit(
        path,
        "INSERT INTO acknowledgements (at, operator, note, problems, last_event, last_entry, head, key_id, seal) "
        "VALUES ('2025-01-01T00:00:00+00:00', 'boss', 'fine', ?, 21, 7, '', '', 'made up')",
        args=(f'["{shown[0]}"]',),
    )
    found = health.check(path, keyring)
    assert found.standing is Standing.DAMAGED and found.problems[0] == shown[0]
    assert "Acknowledgement 1 in the journal was not written by SmartPay Desk" in found.problems[-1]


def test_an_unreadable_journal_is_moved_aside_and_a_new_one_started(path: Path, keyring: MemoryKeyring) -> None:
    header_overwritten(path, build(path, keyring))
    before = path.read_bytes()
    with pytest.raises(JournalUnreadable):
        Journal(path, keyring=keyring)
    assert path.read_bytes() == before  # never overwritten, not even by opening it
    with pytest.raises(ValueError, match="needs a note"):
        health.start_new(path, "")
    found = health.start_new(path, "header overwritten by a disk tool; restarting", keyring, operator="anna")
    aside = [p for p in path.parent.iterdir() if ASIDE.fullmatch(p.name)]
    assert len(aside) == 1 and aside[0].read_bytes() == before
    assert found.standing is Standing.INTACT and found.money_allowed
    assert f"kept as {aside[0].name}" in found.notices[0] and f"in {path.parent};" in found.notices[0]
    with Journal(path, keyring=keyring) as j:
        assert j.entries() == []
        row = sqlite3.connect(path).execute("SELECT operator, note, problems FROM acknowledgements").fetchone()
        assert row[0] == "anna" and "restarting" in row[1] and aside[0].name in row[2]
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # the key went with the old journal, under its new name; the new one has its own
    assert ("smartpay-desk", key_name(aside[0].resolve())) in keyring.passwords


def test_what_opening_raised_is_told_as_the_check_tells_it(path: Path, keyring: MemoryKeyring) -> None:
    """The desk shows `unusable(path, exc)` from the error its session's opening raised, without opening again."""
    header_overwritten(path, build(path, keyring))
    with pytest.raises(JournalUnreadable) as raised:
        Journal(path, keyring=keyring)
    assert health.unusable(path, raised.value) == health.check(path, keyring)


def test_an_intact_journal_is_never_moved_aside(path: Path, keyring: MemoryKeyring) -> None:
    build(path, keyring)
    with pytest.raises(ValueError, match="intact"):
        health.start_new(path, "just because", keyring)
    assert [p.name for p in path.parent.iterdir() if "damaged" in p.name] == []


def test_a_journal_moved_aside_with_its_damage_still_verifies_where_it_is(path: Path, keyring: MemoryKeyring) -> None:
    state_edited(path, build(path, keyring))
    health.start_new(path, "starting over", keyring)
    aside = next(p for p in path.parent.iterdir() if ASIDE.fullmatch(p.name))
    kept = health.check(aside, keyring, full=True)
    assert kept.standing is Standing.DAMAGED and "says 'failed'" in kept.problems[0]  # its key came along


def test_a_missing_journal_is_not_replaced_by_an_empty_one_unasked(path: Path, keyring: MemoryKeyring) -> None:
    build(path, keyring)
    path.unlink()
    found = health.check(path, keyring)
    assert found.standing is Standing.UNREADABLE and "is missing, but this computer last saw it with 21" in (
        found.problems[0])  # fmt: skip
    assert not path.exists()
    assert health.start_new(path, "the file was deleted by mistake", keyring).standing is Standing.INTACT
    assert path.exists()


def test_a_lost_key_is_let_go_under_an_acknowledgement(path: Path, keyring: MemoryKeyring) -> None:
    build(path, keyring)
    del keyring.passwords[("smartpay-desk", key_name(path.resolve()))]  # the keyring was reset
    with Journal(path, keyring=keyring) as j:
        assert j.health.standing is Standing.DAMAGED and "is not in this computer's keyring" in j.health.problems[0]
        found = j.acknowledge("new laptop: the keyring did not come along", operator="anna")
        assert found.money_allowed
        e = j.record_intent(kind="withdrawal", order_id="po-after", profile="P", environment="sandbox", amount=5)
        assert j.events(e.id)[0].key_id not in ("", j.events(1)[0].key_id)
    found = health.check(path, keyring, full=True)
    assert found.money_allowed
    assert "21 older event(s) were sealed with a key that is gone" in found.notices[0]
