"""Schema versions: a new journal starts at the latest version, an old one is migrated (once, even by two
processes at once) and still verifies (its version-1 events by their plain sha256, the new ones keyed), a newer
one is refused and left byte for byte as it was."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sqlite3
import stat
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from smartpay_desk.services.journal import files, migrations
from smartpay_desk.services.journal.chain import schema_statements
from smartpay_desk.services.journal.errors import JournalLocked, JournalUnavailable
from smartpay_desk.services.journal.migrations import JournalTooNew, expected_schema, latest
from smartpay_desk.services.journal.states import SENT, SUCCEEDED
from smartpay_desk.services.journal.store import Journal
from tests.unit.services.journal.damage import write_version_1
from tests.unit.services.support import MemoryKeyring

# A later version as a future program would add it: not idempotent, so running it twice fails.
NEXT = latest() + 1
V3 = (NEXT, ("CREATE TABLE approvals (entry_id INTEGER NOT NULL, approver TEXT NOT NULL)",))


def _version(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    finally:
        db.close()


def _set_version(path: Path, version: int) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute(f"PRAGMA user_version = {version}")
    db.close()


def _tables(path: Path) -> set[str]:
    db = sqlite3.connect(path)
    try:
        return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        db.close()


def _schema(db: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return sorted(db.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall())


def _written(path: Path) -> list[int]:
    """A journal as today's code leaves it: two settled payouts, one still open."""
    ids = []
    with Journal(path) as j:
        for n in range(3):
            e = j.record_intent(kind="withdrawal", order_id=f"po-{n}", profile="P", environment="sandbox",
                                amount=100 * (n + 1), currency="EUR", request={"amount": 100 * (n + 1)})  # fmt: skip
            if n < 2:
                j.update(e.id, SENT)
                j.update(e.id, SUCCEEDED, note="confirmed", response={"status": 2})
            ids.append(e.id)
        assert j.verify() == []
    return ids


@pytest.fixture
def old_journal(tmp_path: Path) -> Path:
    """A journal written before versions were kept (user_version 0, the tables and plain chain of version 1)."""
    path = tmp_path / "journal.sqlite3"
    write_version_1(path, user_version=0)
    assert _version(path) == 0
    return path


def test_version_1_is_the_schema_journals_were_written_with_before_versions() -> None:
    assert [v for v, _ in migrations.MIGRATIONS] == list(range(1, latest() + 1))
    assert list(migrations.MIGRATIONS[0][1]) == schema_statements()
    # frozen: a journal at version 1 has exactly this; a change to the schema is a new version, never an edit
    text = "\n".join(migrations.MIGRATIONS[0][1]).encode()
    assert hashlib.sha256(text).hexdigest() == "68bfb2ee923db987d27c405bb9bcb4bc9246a98005d3e11fd00dcb88f32f645a"


def test_version_2_adds_keys_acknowledgements_and_the_state_trigger_and_is_frozen() -> None:
    steps = list(migrations.MIGRATIONS[1][1])
    assert steps[0] == "ALTER TABLE events ADD COLUMN key_id TEXT NOT NULL DEFAULT '';"
    assert {s.split()[2] for s in steps[1:]} == {
        "acknowledgements", "acknowledgements_append_only_u", "acknowledgements_append_only_d",
        "entries_state_follows_history",
    }  # fmt: skip
    # frozen, as version 1 is: journals are written at version 2 from now on
    assert hashlib.sha256("\n".join(steps).encode()).hexdigest() == (
        "7af7c0c6f14bf7751179c8ee57eea5df82a7e3eea6e57617d355f8f5b06f8003"
    )


def test_version_3_adds_the_append_only_explanations() -> None:
    steps = list(migrations.MIGRATIONS[2][1])
    assert {s.split()[2] for s in steps} == {
        "explanations", "explanations_append_only_u", "explanations_append_only_d",
    }  # fmt: skip


def test_a_new_journal_is_created_at_the_latest_version(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as j:
        assert j.entries() == [] and j.verify() == []
    assert _version(path) == latest() == 3
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    migrated = sqlite3.connect(path)
    assert _schema(migrated) == expected_schema()
    migrated.close()


def test_an_old_journal_opens_migrated_and_its_chain_verifies(old_journal: Path) -> None:
    with Journal(old_journal, keyring=MemoryKeyring()) as j:
        assert _version(old_journal) == latest()
        assert j.health.standing == "intact" and j.health.full
        assert [e.state for e in j.entries(newest_first=False)] == [SUCCEEDED, SUCCEEDED, "pending"]
        assert [e.state for e in j.events(1)] == ["pending", SENT, SUCCEEDED]
        assert j.verify() == []
        j.update(3, SENT)  # and it goes on, chained to what was there, sealed with the new key
        j.update(3, SUCCEEDED, note="confirmed")
        assert j.verify() == []
        old, new = j.events(1)[0], j.events(3)[-1]
        assert old.key_id == "" and len(new.key_id) == 16 and new.prev_hash == j.events(3)[-2].hash


def _files(directory: Path) -> dict[str, tuple[str, int]]:
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), stat.S_IMODE(p.stat().st_mode))
        for p in sorted(directory.iterdir())
    }


@pytest.mark.parametrize("mode", ["wal", "delete"])  # a newer program may keep its journal another way
def test_a_newer_journal_is_refused_and_left_untouched(tmp_path: Path, mode: str) -> None:
    path = tmp_path / "journal.sqlite3"
    _written(path)
    _set_version(path, latest() + 1)
    db = sqlite3.connect(path, isolation_level=None)
    assert db.execute(f"PRAGMA journal_mode = {mode}").fetchone()[0] == mode
    db.close()
    os.chmod(path, 0o644)
    before = _files(tmp_path)
    for where in (path, tmp_path):
        with pytest.raises(JournalTooNew) as refused:
            Journal(path) if where == path else Journal.in_dir(where)
        assert refused.value.sent is False
        assert "newer version of SmartPay Desk" in refused.value.user_message()
        assert f"version {latest() + 1}" in refused.value.detail and str(path) in refused.value.detail
        assert _files(tmp_path) == before  # same bytes, same mode, no -wal or -shm left behind
    assert "journal.sqlite3-wal" not in before and "journal.sqlite3-shm" not in before


def _another_process_migrates(monkeypatch: pytest.MonkeyPatch, path: Path, to: list[Any]) -> None:
    """Right after this process has read the version outside the write lock, another one migrates the file
    through the versions `to` (as a program that knows them would)."""
    read = migrations.version_of
    done: list[bool] = []

    def then_the_other_one(db: sqlite3.Connection) -> int:
        found = read(db)
        if not done and not db.in_transaction:
            done.append(True)
            other = sqlite3.connect(path, isolation_level=None)
            other.execute("BEGIN IMMEDIATE")
            for version, statements in to:
                for statement in statements if version > found else ():
                    other.execute(statement)
            other.execute(f"PRAGMA user_version = {to[-1][0]}")
            other.execute("COMMIT")
            other.close()
        return found

    monkeypatch.setattr(migrations, "version_of", then_the_other_one)


def test_a_migration_another_process_made_meanwhile_is_not_made_again(
    old_journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    both = [*migrations.MIGRATIONS, V3]
    monkeypatch.setattr(migrations, "MIGRATIONS", both)
    _another_process_migrates(monkeypatch, old_journal, both)
    with Journal(old_journal) as j:  # V3 run twice would fail: "table approvals already exists"
        assert j.verify() == []
    assert _version(old_journal) == NEXT and "approvals" in _tables(old_journal)


def test_a_newer_program_migrating_meanwhile_is_seen_under_the_write_lock(
    old_journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _another_process_migrates(monkeypatch, old_journal, [*migrations.MIGRATIONS, V3])  # it knows V3, we do not
    with pytest.raises(JournalTooNew):
        Journal(old_journal)
    assert _version(old_journal) == NEXT and "approvals" in _tables(old_journal)


def test_a_failing_step_rolls_its_version_back_whole(old_journal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (NEXT, (*V3[1], "NOT SQL AT ALL"))])
    with pytest.raises(JournalUnavailable, match="syntax error"):
        Journal(old_journal)
    assert _version(old_journal) == NEXT - 1 and "approvals" not in _tables(old_journal)  # the versions before stay
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS[:-1], V3])
    with Journal(old_journal) as j:  # the connection was closed: nothing holds the file
        assert j.verify() == []
    assert _version(old_journal) == NEXT


def _open_old(path: str, barrier: Any, results: Any) -> None:
    migrations.MIGRATIONS = [*migrations.MIGRATIONS, V3]
    barrier.wait()
    try:
        with Journal(path) as j:
            results.put(("opened", tuple(j.verify())))
    except Exception as exc:  # reported to the test, which shows it
        results.put((type(exc).__name__, (str(exc),)))


def test_processes_opening_an_old_journal_at_once_migrate_it_once(old_journal: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(3)
    results = ctx.Queue()
    procs = [ctx.Process(target=_open_old, args=(str(old_journal), barrier, results)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert [results.get(timeout=5) for _ in procs] == [("opened", ())] * 3
    assert _version(old_journal) == NEXT and "approvals" in _tables(old_journal)


def _hold_write_lock(path: Path, for_s: float) -> threading.Thread:
    """Another connection holding the rollback-mode file's write lock (as a process switching it to WAL does
    for a moment), let go after `for_s` seconds."""
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")

    def let_go() -> None:
        time.sleep(for_s)
        other.execute("COMMIT")
        other.close()

    thread = threading.Thread(target=let_go)
    thread.start()
    return thread


def _mode(db: sqlite3.Connection) -> str:
    return str(db.execute("PRAGMA journal_mode").fetchone()[0])


def test_switching_to_wal_waits_for_another_process_switching_it_at_once(old_journal: Path) -> None:
    plain = sqlite3.connect(old_journal, timeout=15, isolation_level=None)
    held = _hold_write_lock(old_journal, 0.4)
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="database is locked"):
        plain.execute("PRAGMA journal_mode = WAL")  # SQLite's own answer: at once, whatever the busy timeout
    assert time.monotonic() - started < 0.3
    files.into_wal(plain, within_s=15)
    assert time.monotonic() - started >= 0.4 and _mode(plain) == "wal"
    held.join()
    plain.close()


def test_a_switch_to_wal_held_up_too_long_is_refused_saying_how_long_it_waited(old_journal: Path) -> None:
    held = _hold_write_lock(old_journal, 2.0)
    started = time.monotonic()
    with pytest.raises(JournalLocked) as refused:
        Journal(old_journal, busy_timeout_s=0.5)
    waited = time.monotonic() - started
    held.join()
    assert 0.5 <= waited < 2.0
    assert refused.value.detail.startswith(f"waited {round(waited, 1):g} s;")  # not the 15 s it might have been
    with Journal(old_journal) as j:  # nothing half-done: it opens and migrates once the other has finished
        assert j.verify() == []
    assert _version(old_journal) == latest()
