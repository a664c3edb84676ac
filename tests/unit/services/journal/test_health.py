"""The journal's check at start (issue 12, A): the nine kinds of damage found at start and by verify, in
sentences, with money refused by the store itself until a person acknowledges; the check incremental on a
large journal; a rewrite with the file in hand caught by the key; a cut tail caught by the head kept outside."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail

from smartpay_desk.services.journal import health, integrity
from smartpay_desk.services.journal.errors import JournalDamaged, JournalUnreadable
from smartpay_desk.services.journal.keys import key_name
from smartpay_desk.services.journal.store import Journal
from smartpay_desk.services.journal.tally import measure, weights
from smartpay_desk.services.journal.verdict import Standing
from tests.unit.services.journal.damage import NINE, TRIGGERS, UNREADABLE, edit, recompute_plain_chain
from tests.unit.services.support import MemoryKeyring

REVIEW_AMOUNT = 500


def build(path: Path, keyring: Any, payouts: int = 6) -> int:
    """Settled payouts, then a refund of order pay-1 waiting for review (the one that must not go twice)."""
    with Journal(path, keyring=keyring) as j:
        for n in range(payouts):
            e = j.record_intent(kind="withdrawal", order_id=f"po-{n}", profile="P", environment="sandbox",
                                amount=100 + n, currency="EUR", request={"amount": 100 + n})  # fmt: skip
            j.update(e.id, "sent")
            j.update(e.id, "succeeded", note="confirmed", response={"status": 2})
        refund = j.record_intent(kind="refund", order_id="pay-1", profile="P", environment="sandbox",
                                 amount=REVIEW_AMOUNT, currency="EUR")  # fmt: skip
        j.update(refund.id, "sent")
        j.update(refund.id, "needs_review", note="verify it in the back office")
        assert j.health.standing is Standing.INTACT, j.health.sentence
        return refund.id


def refund_again(path: Path, keyring: Any) -> None:
    with Journal(path, keyring=keyring) as j:
        j.record_intent(kind="refund", order_id="pay-1", profile="P", environment="sandbox",
                        amount=REVIEW_AMOUNT, currency="EUR")  # fmt: skip


KEYRINGS: dict[str, Callable[[], Any]] = {"keyed": MemoryKeyring, "no keyring": fail.Keyring}


@pytest.mark.parametrize("keys", sorted(KEYRINGS))
@pytest.mark.parametrize("walk", ["whole", "incremental"])
@pytest.mark.parametrize("kind", list(NINE))
def test_each_kind_of_damage_is_told_at_start_and_money_waits(
    tmp_path: Path, kind: str, walk: str, keys: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if walk == "incremental":  # as on a journal above FULL_UP_TO events: from the last verified point only
        monkeypatch.setattr(integrity, "FULL_UP_TO", 0)
    keyring = KEYRINGS[keys]()
    path = tmp_path / "journal.sqlite3"
    refund = build(path, keyring)
    NINE[kind](path, refund)

    at_start = health.check(path, keyring)
    assert not at_start.money_allowed and at_start.worth_telling
    expected = Standing.UNREADABLE if kind in UNREADABLE else Standing.DAMAGED
    assert at_start.standing is expected, at_start.sentence
    assert at_start.sentence.endswith(".") and "Traceback" not in at_start.sentence
    with pytest.raises(JournalDamaged if expected is Standing.DAMAGED else JournalUnreadable) as refused:
        refund_again(path, keyring)
    assert refused.value.sent is False
    assert "Nothing was sent" in refused.value.user_message() or expected is Standing.UNREADABLE
    verified = health.check(path, keyring, full=True)
    assert verified.standing is expected and verified.problems


def test_the_sentences_say_what_was_done(tmp_path: Path) -> None:
    said = {}
    for kind, damage in NINE.items():
        path = tmp_path / kind.replace(" ", "-") / "journal.sqlite3"
        path.parent.mkdir()
        keyring = MemoryKeyring()
        damage(path, build(path, keyring))
        said[kind] = health.check(path, keyring, full=True).problems[0]
    assert said["amount edited"] == (
        "Event 1 of the refund of order pay-1 does not match what was written: the event or its entry was changed."
    )
    assert said["state edited"] == (
        "The refund of order pay-1 says 'failed' but its history ends in 'needs_review': the entry was changed."
    )
    assert said["entry row deleted"] == "Event 19 belongs to journal entry 7, which was removed."
    assert said["latest entry and its events deleted"].startswith(
        "The journal ends earlier than it did: this computer last saw 21 events ending with event 21, and it now "
        "holds 18 ending with event 18"
    )
    assert said["middle event deleted"] == (
        "History is missing just before event 11 (the withdrawal of order po-3): an event was removed."
    )
    assert said["truncated to 0 bytes"].endswith("is empty (0 bytes), but this computer last saw it with 21 events: "
                                                 "it was removed, emptied or replaced.")  # fmt: skip
    assert "was cut short: it has" in said["truncated to half"]
    assert "is damaged inside and cannot be read (SQLite: database disk image is malformed)" in said[
        "pages overwritten"]  # fmt: skip
    assert said["header overwritten"].endswith("is not a SQLite journal any more: its first bytes were overwritten.")


def test_an_intact_journal_says_so_and_money_moves(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    keyring = MemoryKeyring()
    build(path, keyring)
    found = health.check(path, keyring)
    assert found.standing is Standing.INTACT and not found.worth_telling and found.unkeyed is None
    assert found.sentence == "The journal is intact (7 entries, 21 events; every event re-checked)."
    unkeyed = health.check(tmp_path / "other.sqlite3", fail.Keyring())
    assert unkeyed.unkeyed is not None and "chained but not sealed with a key" in unkeyed.unkeyed


def test_a_large_journal_is_checked_from_its_last_verified_point(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(integrity, "FULL_UP_TO", 10)
    path = tmp_path / "journal.sqlite3"
    keyring = MemoryKeyring()
    build(path, keyring)  # 21 events; the check before the refund's intent verified the first 18
    with Journal(path, keyring=keyring) as j:
        assert not j.health.full and j.health.checked == 3 and j.health.standing is Standing.INTACT
    with Journal(path, keyring=keyring) as j:
        assert not j.health.full and j.health.checked == 0  # the last start verified them all
        e = j.record_intent(kind="withdrawal", order_id="po-new", profile="P", environment="sandbox", amount=7)
        j.update(e.id, "sent")
    with Journal(path, keyring=keyring) as j:
        assert not j.health.full and j.health.checked == 2 and j.health.events == 23
    # An edit made with the protections dropped shows at start (the schema's counter moved) ...
    edit(path, "UPDATE events SET note = 'edited' WHERE id = 3")
    assert "protections against edits were changed" in health.check(path, keyring).problems[-1]
    # ... but text deep inside an old event, edited with the protections put back and the counter turned back,
    # is not re-read at start on a large journal: verify reads it.
    path.unlink()
    build(path, keyring := MemoryKeyring())
    health.check(path, keyring)
    _edit_and_hide(path, "UPDATE events SET note = 'edited' WHERE id = 3")
    assert health.check(path, keyring).standing is Standing.INTACT
    whole = health.check(path, keyring, full=True)
    assert whole.standing is Standing.DAMAGED and "Event 3 of the withdrawal of order po-0 does not match" in (
        whole.problems[0])  # fmt: skip


def _edit_and_hide(path: Path, sql: str) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _ in triggers:
        db.execute(f"DROP TRIGGER {name}")
    db.execute(sql)
    for _, made in triggers:
        db.execute(made)
    db.execute(f"PRAGMA schema_version = {version}")
    db.close()


def test_a_rewrite_of_the_plain_chain_is_caught_by_the_key(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    keyring = MemoryKeyring()
    build(path, keyring)
    edit(path, "UPDATE events SET note = 'nothing to review' WHERE id = 21")
    recompute_plain_chain(path)  # what passed --verify before: every hash and the stored head recomputed
    found = health.check(path, keyring, full=True)
    assert found.standing is Standing.DAMAGED
    assert "Event 1 of the withdrawal of order po-0 is not sealed with the journal's key" in found.problems[0]


def test_without_a_keyring_only_a_rewrite_of_both_files_passes(tmp_path: Path) -> None:
    """What the README says: with no keyring the chain shows damage, and a rewrite of the journal and of its head
    file together, with the protections put back, goes unseen."""
    path = tmp_path / "journal.sqlite3"
    keyring = fail.Keyring()
    build(path, keyring)
    db = sqlite3.connect(path, isolation_level=None)
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    triggers = [sql for name, sql in db.execute("SELECT name, sql FROM sqlite_master") if name in TRIGGERS]
    db.close()
    edit(path, "UPDATE events SET note = 'nothing to review' WHERE id = 21",
         "UPDATE entries SET note = 'nothing to review' WHERE id = 7")  # fmt: skip
    recompute_plain_chain(path)
    edit(path, *triggers, f"PRAGMA schema_version = {version}")
    assert "is not the one this computer last saw" in health.check(path, keyring).problems[0]
    head = Path(f"{path}-head")
    last = sqlite3.connect(path).execute("SELECT hash FROM events WHERE id = 21").fetchone()[0]
    head.write_text(head.read_text().replace(head.read_text().split('"head": "')[1][:64], last))
    db = sqlite3.connect(path, isolation_level=None)  # and the tally, whose weights are public without a key
    db.execute("UPDATE meta SET value = ? WHERE key = 'tally'", (measure(db, weights(None)).sealed(None),))
    db.close()
    assert health.check(path, keyring, full=True).standing is Standing.INTACT


def test_the_key_lives_in_the_keyring_and_nowhere_in_the_data_folder(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    keyring = MemoryKeyring()
    build(path, keyring)
    stored = keyring.passwords[("smartpay-desk", key_name(path.resolve()))]
    secret = stored.split('"key": "')[1][:64]
    assert len(bytes.fromhex(secret)) == 32
    assert ("smartpay-desk", f"journal head {path.resolve()}") in keyring.passwords
    for file in tmp_path.iterdir():
        assert secret.encode() not in file.read_bytes() and bytes.fromhex(secret) not in file.read_bytes()
    assert not Path(f"{path}-head").exists()  # with a keyring, the head is kept there


def test_a_keyed_journal_where_its_key_cannot_be_reached_reads_but_moves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    build(path, MemoryKeyring())
    with Journal(path, keyring=fail.Keyring()) as j:
        assert j.health.standing is Standing.DAMAGED and "which this session cannot reach" in j.health.problems[0]
        assert [e.order_id for e in j.entries()][:2] == ["pay-1", "po-5"]  # lookups work
        with pytest.raises(JournalDamaged):
            j.record_intent(kind="withdrawal", order_id="po-x", profile="P", environment="sandbox", amount=1)


def test_a_journal_keyed_later_keeps_its_plain_events_and_seals_the_new_ones(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    build(path, fail.Keyring())
    keyring = MemoryKeyring()
    with Journal(path, keyring=keyring) as j:
        assert j.health.standing is Standing.INTACT and j.health.unkeyed is None
        e = j.record_intent(kind="withdrawal", order_id="po-later", profile="P", environment="sandbox", amount=9)
        assert j.events(1)[0].key_id == "" and len(j.events(e.id)[0].key_id) == 16
        assert j.verify() == []
    edit(path, "UPDATE events SET key_id = '' WHERE id = 22")  # passing a keyed event off as an old plain one
    assert "is not sealed with the journal's key" in health.check(path, keyring).problems[0]
