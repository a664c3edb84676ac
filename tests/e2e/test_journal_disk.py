"""Issue 12, B and C, end to end: the journal's own faults met by the `smartpay` CLI in its own process against
the sandbox. Locked by another program, on a full disk, in a read-only folder: a sentence (who holds the lock),
nothing sent, no traceback. Two processes settling one payout agree. The journal's files are 0600 from the
first run under umask 022.

A full disk and a read-only folder are real where this runs as root (CI, a Debian machine): a small tmpfs,
remounted read-only. Elsewhere the same refusals are made to happen without root: SQLite's own page limit for
a full disk (in this process) and a folder without write permission.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from smartpay_desk.api.models import WithdrawalRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.journal.errors import JournalFull
from tests.unit.services.support import FRICTIONLESS_CARD, add_profile, make_ops, smartpay

PHONE = "+442079460612"


def payouts(url: str, order_id: str) -> int:
    data: dict[str, Any] = httpx.get(f"{url}/_sandbox/state", timeout=5).json()
    return sum(1 for t in data["transactions"] if t["order_id"] == order_id)


def clean(done: subprocess.CompletedProcess[str]) -> str:
    said = done.stdout + done.stderr
    assert "Traceback" not in said and "sqlite3." not in said, said
    return said


@contextlib.contextmanager
def small_disk(where: Path, size: str = "3m") -> Iterator[bool]:
    """A tmpfs of `size` mounted at `where` (True), or nothing mounted where that is not allowed (False)."""
    where.mkdir()
    mounted = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)], capture_output=True, check=False
    ).returncode == 0  # fmt: skip
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_journal_locked_by_another_program_refuses_and_names_it(sandbox: SandboxServer, tmp_path: Path) -> None:
    add_profile(tmp_path, sandbox.url)
    assert smartpay(tmp_path, "journal").returncode == 0  # the journal exists
    code = textwrap.dedent(f"""
        import sqlite3, time
        db = sqlite3.connect({str(tmp_path / "journal.sqlite3")!r}, isolation_level=None)
        db.execute("BEGIN EXCLUSIVE")
        print("locked", flush=True)
        time.sleep(30)
        """)
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
            started = time.monotonic()
            done = smartpay(tmp_path, "payout", "--amount", "2", "--phone", PHONE, "--order-id", "po-locked")
            waited = time.monotonic() - started
        finally:
            holder.kill()
    said = clean(done)
    assert done.returncode in (1, 2) and waited < 25
    assert "The journal is in use by another program and stayed locked too long, so nothing was sent." in said
    assert f"held by python (pid {holder.pid})" in said
    assert payouts(sandbox.url, "po-locked") == 0
    assert smartpay(tmp_path, "payout", "--amount", "2", "--phone", PHONE, "--order-id", "po-locked").returncode == 0


def test_a_full_disk_refuses_before_sending(sandbox: SandboxServer, tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as mounted:
        data = tmp_path / "disk" / "data"
        data.mkdir()
        if not mounted:  # no root: SQLite's own page limit stands in for the full disk, in this process
            with make_ops(sandbox, data) as ops:
                ops.payout(_payout("po-first"))
                pages = ops.journal._db.execute("PRAGMA page_count").fetchone()[0]  # type: ignore[attr-defined]
                ops.journal._db.execute(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]
                with pytest.raises(JournalFull) as refused:
                    for n in range(40):
                        ops.payout(_payout(f"po-full-{n}-" + "x" * 60))
                assert refused.value.sent is False
            assert payouts(sandbox.url, f"po-full-{n}-" + "x" * 60) == 0
            return
        add_profile(data, sandbox.url)
        assert smartpay(data, "payout", "--amount", "1", "--phone", PHONE, "--order-id", "po-first").returncode == 0
        filler = tmp_path / "disk" / "filler"
        with open(filler, "wb", buffering=0) as fh, contextlib.suppress(OSError):  # unbuffered: closing flushes nothing
            while True:
                fh.write(b"\0" * 65536)
        done = smartpay(data, "payout", "--amount", "2", "--phone", PHONE, "--order-id", "po-full")
        said = clean(done)
        assert done.returncode in (1, 2), said
        assert "The disk that holds the journal is full, so nothing could be written and nothing was sent." in said
        assert payouts(sandbox.url, "po-full") == 0
        filler.unlink()
        again = smartpay(data, "payout", "--amount", "2", "--phone", PHONE, "--order-id", "po-full")
        assert again.returncode == 0, clean(again)
        assert smartpay(data, "journal", "--verify").returncode == 0


def _payout(order_id: str) -> WithdrawalRequest:
    return WithdrawalRequest(account="EUR-sandbox-payout", amount=100, order_id=order_id,
                             customer_card_number=FRICTIONLESS_CARD, customer_card_exp_month="12",
                             customer_card_exp_year="30")  # fmt: skip


def test_a_read_only_data_folder_refuses_with_a_sentence(sandbox: SandboxServer, tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as mounted:
        data = tmp_path / "disk" / "data"
        data.mkdir()
        add_profile(data, sandbox.url)
        assert smartpay(data, "payout", "--amount", "1", "--phone", PHONE, "--order-id", "po-1").returncode == 0
        if mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(tmp_path / "disk")], check=True)
        else:
            for p in data.iterdir():
                p.chmod(0o400)
            data.chmod(0o500)
        try:
            done = smartpay(data, "payout", "--amount", "2", "--phone", PHONE, "--order-id", "po-ro")
        finally:
            if not mounted:
                data.chmod(0o700)
        said = clean(done)
        assert done.returncode in (1, 2), said
        assert "The journal's folder cannot be written (it is read-only), so nothing was sent." in said
        assert payouts(sandbox.url, "po-ro") == 0


def test_the_journal_files_are_owner_only_from_the_first_run(sandbox: SandboxServer, tmp_path: Path) -> None:
    add_profile(tmp_path, sandbox.url)
    code = textwrap.dedent(f"""
        import os, stat, sys
        os.umask(0o022)
        from smartpay_desk.services.journal.store import Journal
        with Journal.in_dir({str(tmp_path)!r}) as j:
            j.record_intent(kind="withdrawal", order_id="po-m", profile="local", environment="sandbox", amount=1)
            for p in sorted(os.listdir({str(tmp_path)!r})):
                if p.startswith("journal"):
                    print(p, oct(stat.S_IMODE(os.stat(os.path.join({str(tmp_path)!r}, p)).st_mode)))
        """)
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})  # fmt: skip
    modes = dict(line.split() for line in shown.stdout.splitlines())
    assert {"journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm"} <= set(modes)
    assert set(modes.values()) == {"0o600"}, modes


@pytest.fixture
def slow_payouts() -> Iterator[SandboxServer]:
    with SandboxServer(host="127.0.0.1", port=0, settle_delay_s=2.0, report_delay_s=0.3) as srv:
        yield srv


def test_a_payout_waited_for_while_a_colleague_runs_commands_ends_cleanly(
    slow_payouts: SandboxServer, tmp_path: Path
) -> None:
    add_profile(tmp_path, slow_payouts.url)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMARTPAY_DESK_")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    cmd = [sys.executable, "-m", "smartpay_desk.cli.main", "--data-dir", str(tmp_path), "payout", "--amount", "3",
           "--card", FRICTIONLESS_CARD, "--exp", "12/30", "--order-id", "po-wait", "--wait", "20"]  # fmt: skip
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as waiting:
        colleague: list[subprocess.CompletedProcess[str]] = []
        while waiting.poll() is None and len(colleague) < 30:
            colleague.append(smartpay(tmp_path, "balance"))  # every command reconciles what is open first
        out, err = waiting.communicate(timeout=60)
    assert "Traceback" not in out + err and "ValueError" not in out + err, err
    assert waiting.returncode == 0, out + err
    assert all(c.returncode == 0 and "Traceback" not in c.stderr for c in colleague), colleague[-1].stderr
    entries = json.loads(smartpay(tmp_path, "journal", "--json").stdout)
    assert [e["state"] for e in entries] == ["succeeded"]
    events = sqlite3.connect(tmp_path / "journal.sqlite3").execute(
        "SELECT state FROM events WHERE state = 'succeeded'").fetchall()  # fmt: skip
    assert len(events) == 1  # settled once, whoever saw it first
    assert payouts(slow_payouts.url, "po-wait") == 1
    assert stat.S_IMODE((tmp_path / "journal.sqlite3").stat().st_mode) == 0o600
