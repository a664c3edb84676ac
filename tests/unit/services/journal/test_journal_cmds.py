"""`smartpay journal` as cli/journal_cmds.py answers it (in this process, on a memory keyring): the listing, the
start notice, --verify in sentences, acknowledge, and the parser hook the `smartpay` command wires in."""

from __future__ import annotations

import argparse
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest

from smartpay_desk.cli import common, journal_cmds
from smartpay_desk.services.journal.store import Journal
from tests.unit.services.journal.damage import header_overwritten, state_edited
from tests.unit.services.journal.test_health import build
from tests.unit.services.support import MemoryKeyring


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """The system keyring of this process, as a person would configure it (PYTHON_KEYRING_BACKEND)."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.unit.services.support.MemoryKeyring")
    yield backend
    keyring.set_keyring(previous)


def run(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="smartpay")
    parser.add_argument("--profile")
    journal_cmds.add_arguments(parser.add_subparsers(dest="command"))
    out, err = io.StringIO(), io.StringIO()
    code = journal_cmds.run(parser.parse_args(["journal", *argv]), data_dir, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_an_intact_journal_lists_and_verifies_quietly(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    build(tmp_path / "journal.sqlite3", memory_keyring)
    code, out, err = run(tmp_path)
    assert code == 0 and err == "" and "pay-1" in out and "5.00 EUR" in out and "needs_review" in out
    code, out, _ = run(tmp_path, "--verify")
    assert code == 0
    assert out.splitlines()[-1] == (
        "journal intact: 21 of 21 events checked, every page read; sealed with its key from this computer's keyring"
    )
    code, out, _ = run(tmp_path, "acknowledge", "--note", "nothing wrong")
    assert code == 0 and out == "The journal is intact; there is nothing to acknowledge.\n"


def test_damage_is_said_at_start_listed_by_verify_and_acknowledged(tmp_path: Path, memory_keyring: Any) -> None:
    path = tmp_path / "journal.sqlite3"
    state_edited(path, build(path, memory_keyring))
    code, out, err = run(tmp_path, "--json")
    assert code == 0 and err.startswith("smartpay: journal: The journal was changed or damaged: the refund of order "
                                        "pay-1 says 'failed'")  # fmt: skip
    code, out, _ = run(tmp_path, "--verify")
    lines = out.splitlines()
    assert code == 1 and lines[0] == f"journal {path}:"
    assert lines[1] == (
        "  The refund of order pay-1 says 'failed' but its history ends in 'needs_review': the entry was changed."
    )
    assert lines[-1].startswith("3 problem(s) found. Money-moving actions are refused until a person acknowledges")
    assert run(tmp_path, "acknowledge")[0] == 2
    code, out, _ = run(tmp_path, "acknowledge", "--note", "refund checked: not made")
    assert code == 0 and out.startswith("Acknowledged: 3 problem(s) recorded")
    code, out, _ = run(tmp_path, "--verify")
    assert code == 0 and "  (acknowledged) The refund of order pay-1 says 'failed'" in out
    assert out.splitlines()[-1].startswith("1 problem(s), all acknowledged (")
    with Journal(path) as j:
        common.tell_health(j, err_out := io.StringIO())
    assert "known damage" in err_out.getvalue()


def test_an_unreadable_journal_is_said_and_replaced_only_when_asked(tmp_path: Path, memory_keyring: Any) -> None:
    path = tmp_path / "journal.sqlite3"
    header_overwritten(path, build(path, memory_keyring))
    code, _, err = run(tmp_path)
    assert code == 1 and "is not a SQLite journal any more" in err and "--start-new" in err
    code, out, _ = run(tmp_path, "--verify")
    assert code == 1 and "its first bytes were overwritten" in out
    code, _, err = run(tmp_path, "acknowledge", "--note", "seen")
    assert code == 2 and "add --start-new" in err
    code, out, _ = run(tmp_path, "acknowledge", "--note", "seen", "--start-new")
    assert code == 0 and "A new journal was started" in out
    assert run(tmp_path, "--verify")[0] == 0
