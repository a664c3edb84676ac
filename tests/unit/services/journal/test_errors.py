"""The journal's own faults (issue 12, B and C): every SQLite error one JournalUnavailable with a sentence and
a reason, raised before anything is sent; a lock names who holds it; the files owner-only from their first byte."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail

from smartpay_desk.services.journal.errors import (
    JournalFull,
    JournalLocked,
    JournalReadOnly,
    JournalUnavailable,
    JournalUnreadable,
    translate,
)
from smartpay_desk.services.journal.store import Journal


def _intent(j: Journal, order_id: str = "po-1") -> None:
    j.record_intent(kind="withdrawal", order_id=order_id, profile="P", environment="sandbox", amount=1000)


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another program holding the journal's write lock (as `sqlite3 journal.sqlite3` with BEGIN EXCLUSIVE)."""
    Journal(tmp_path / "journal.sqlite3").close()
    code = textwrap.dedent(f"""
        import sqlite3, sys, time
        db = sqlite3.connect({str(tmp_path / "journal.sqlite3")!r}, isolation_level=None)
        db.execute("BEGIN EXCLUSIVE")
        print("locked", flush=True)
        time.sleep(30)
        """)
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        try:
            yield proc
        finally:
            proc.kill()


def test_a_locked_journal_refuses_after_a_bounded_wait_and_says_who_holds_it(
    tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    with Journal(tmp_path / "journal.sqlite3", busy_timeout_s=0.5) as j:
        assert j.entries() == []  # reading goes on (WAL)
        started = time.monotonic()
        with pytest.raises(JournalLocked) as refused:
            _intent(j)
        assert time.monotonic() - started < 5
    exc = refused.value
    assert isinstance(exc, JournalUnavailable) and exc.reason == "locked" and exc.sent is False
    assert exc.holders == (f"python (pid {holder.pid})",)
    assert exc.user_message().startswith(
        "The journal is in use by another program and stayed locked too long, so nothing was sent. (waited "
    )
    assert f"held by {exc.holders[0]}" in exc.user_message()
    holder.kill()
    holder.wait()
    with Journal(tmp_path / "journal.sqlite3") as j:
        assert j.entries() == []  # nothing half-written


def test_a_full_disk_refuses_before_sending_and_writes_nothing(tmp_path: Path) -> None:
    with Journal(tmp_path / "journal.sqlite3", keyring=fail.Keyring()) as j:
        _intent(j, "po-0")
        pages = j._db.execute("PRAGMA page_count").fetchone()[0]
        j._db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own limit stands in for a full disk
        with pytest.raises(JournalFull) as refused:
            for n in range(1, 200):
                _intent(j, f"po-{n}-" + "x" * 200)
        assert refused.value.reason == "full" and refused.value.sent is False
        assert refused.value.user_message().startswith(
            "The disk that holds the journal is full, so nothing could be written and nothing was sent. (free some "
            f"space in {tmp_path} and try again"
        )
        kept = len(j.entries())
    with Journal(tmp_path / "journal.sqlite3", keyring=fail.Keyring()) as j:
        assert len(j.entries()) == kept and j.verify() == []  # whole intents only


def test_sqlite_errors_become_sentences(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    Journal(path).close()
    ro = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as readonly:
        ro.execute("INSERT INTO meta VALUES ('x', 'y')")
    ro.close()
    said = translate(readonly.value, path)
    assert isinstance(said, JournalReadOnly) and said.reason == "read-only"
    not_db = tmp_path / "not.sqlite3"
    not_db.write_bytes(b"x" * 4096)
    with pytest.raises(sqlite3.DatabaseError) as garbage:
        sqlite3.connect(not_db).execute("SELECT * FROM sqlite_master").fetchall()
    unreadable = translate(garbage.value, not_db)
    assert isinstance(unreadable, JournalUnreadable) and unreadable.reason == "unreadable"
    assert unreadable.detail == f"The journal file {not_db} is not a SQLite journal (SQLite: file is not a database)."
    missing = tmp_path / "gone" / "journal.sqlite3"
    with pytest.raises(JournalUnreadable, match="does not exist"):
        Journal(missing)


def test_the_journal_files_are_owner_only_from_their_first_byte(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        with Journal(tmp_path / "journal.sqlite3", keyring=fail.Keyring()) as j:
            _intent(j)  # -wal and -shm exist while it is open
            names = sorted(p.name for p in tmp_path.iterdir())
            assert {"journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm", "journal.sqlite3-head"} <= set(
                names)  # fmt: skip
            modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    finally:
        os.umask(previous)
    assert modes == dict.fromkeys(names, 0o600)


def test_an_older_journal_left_world_readable_is_made_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    Journal(path).close()
    os.chmod(path, 0o644)
    with Journal(path) as j:
        _intent(j)
        assert {stat.S_IMODE(Path(f"{path}{s}").stat().st_mode) for s in ("", "-wal", "-shm")} == {0o600}
