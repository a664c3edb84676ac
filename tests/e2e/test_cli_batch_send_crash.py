"""SIGKILL of `smartpay batch send` at 20 random moments of one 200-row payout batch, each followed by the same
command, the last run left to finish: every good row is paid exactly once (whichever attempt paid it), no row is
lost, the payout balance falls by exactly the good rows' sum, the journal is intact and nothing is left open, and
the last run's results hold every row.

The moments are drawn with a fixed seed: each run is killed after a random share of the journal writes still to
come (4 a good row in all, less those written), spread over the kills left, so the kills land all along the sending
and the follow-up of rows processing however fast the machine is; one run in four is killed sooner if a random
time passes first: a moment of its start-up, its reconciliation of what the previous run left, or its check. (A
kill after a fixed time alone let one run settle most of the batch on a fast machine, and the runs after it had
nothing left to be cut short in: 14 kills of 20.)
The sandbox answers at once (no latency) and an order it does not know counts as never sent after 0.3 s
(--not-found-grace), so the 21 runs take about half a minute.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from openpyxl import load_workbook

from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.batch.model import batch_id_of
from smartpay_desk.services.journal.store import JOURNAL_FILE, Journal
from tests.e2e.test_cli_batch_send import paid_once, payout_file
from tests.unit.services.support import add_profile

KILLS = 20
SEED = 15
WRITES_A_ROW = 4  # a paid row's events: pending, sent, processing, succeeded (the first run sends most rows at once,
# so the writes still to come are counted from the journal, not from the rows still unpaid: ~1 a row after it)


def command(data_dir: Path, file: Path, results: Path) -> list[str]:
    return [
        sys.executable, "-m", "smartpay_desk.cli.main", "--data-dir", str(data_dir), "--settle", "2",
        "--not-found-grace", "0.3", "--timeout", "5", "batch", "send", str(file), "--kind", "payout",
        "--results", str(results),
    ]  # fmt: skip


def events(journal_file: Path) -> int:
    """How many events the journal holds now (read as another process would, read-only)."""
    return _count(journal_file, "SELECT count(*) FROM events")


def _count(journal_file: Path, sql: str) -> int:
    """Read as another process would, read-only. A journal created but without its tables yet counts 0; any other
    refusal (a write-ahead log a killed run left, which a read-only reader cannot replay until the next run has
    opened the journal) is asked again: counted as 0, it made one kill wait for the whole batch to finish, and the
    runs after it had nothing left to be cut short in (a whole-suite run, 11 kills of 20)."""
    deadline = time.monotonic() + 10
    while True:
        if not journal_file.exists():
            return 0
        try:
            with contextlib.closing(sqlite3.connect(f"file:{journal_file}?mode=ro", uri=True, timeout=5)) as db:
                return int(db.execute(sql).fetchone()[0])
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc) or time.monotonic() > deadline:
                return 0
            time.sleep(0.01)


def wait_for_events(journal_file: Path, target: int, run: subprocess.Popen[str], seconds: float = 60) -> None:
    """Until the journal holds `target` events, `seconds` have passed, or the run ends by itself."""
    deadline = time.monotonic() + seconds
    while run.poll() is None and time.monotonic() < deadline and events(journal_file) < target:
        time.sleep(0.005)


def environment() -> dict[str, str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SMARTPAY_DESK_")}
    environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return environ


def test_sigkill_anywhere_in_a_batch_pays_every_good_row_exactly_once(sandbox: SandboxServer, tmp_path: Path) -> None:
    add_profile(tmp_path, sandbox.url)
    file = tmp_path / "payouts.csv"
    bad_rows = {9, 40, 77, 120, 151, 199}
    good = payout_file(file, 200, bad_rows)
    batch_id = batch_id_of("payout", file.read_bytes())
    before = sandbox.state.payout_balance()
    results = tmp_path / "results.xlsx"
    argv, env = command(tmp_path, file, results), environment()
    rng = random.Random(SEED)
    journal_file = tmp_path / JOURNAL_FILE
    killed = 0
    for n in range(KILLS):
        written = events(journal_file)
        left = WRITES_A_ROW * len(good) - written  # the writes still to come, spread over the kills left
        share = rng.randint(1, max(1, 2 * left // (KILLS - n)))
        moment = rng.uniform(0.05, 1.5) if n % 4 == 0 else 60.0  # one in four: a moment of start-up, too
        run = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wait_for_events(journal_file, written + share, run, moment)
        run.send_signal(signal.SIGKILL)
        _, err = run.communicate(timeout=60)
        killed += run.returncode == -signal.SIGKILL
        assert run.returncode in (-signal.SIGKILL, 2), err  # finished before its moment: every good row succeeded
    assert killed >= KILLS * 3 // 4, "most runs must really be cut short"

    last = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120, check=False)

    assert last.returncode == 2, last.stdout + last.stderr  # the refused rows; every good row succeeded
    assert f"succeeded: {len(good)}" in last.stdout and f"refused at check: {len(bad_rows)}" in last.stdout
    paid_once(sandbox, batch_id, good)
    assert before - sandbox.state.payout_balance() == sum(good.values())
    book = load_workbook(results, read_only=True)
    table = list(book["Rows"].iter_rows(min_row=2, values_only=True))
    book.close()
    assert sorted(line[0] for line in table) == list(range(2, 202))
    assert {line[0] for line in table if line[5] == "succeeded"} == set(good)
    assert {line[0] for line in table if line[5] == "refused at check"} == bad_rows
    with Journal.in_dir(tmp_path) as journal:
        assert journal.verify() == []
        assert journal.open_entries(include_busy=True) == []
        paid = [e for e in journal.entries(kind="withdrawal") if e.state == "succeeded"]
        assert len(paid) == len(good)
