"""Issue 12, A, end to end: a journal changed or damaged in nine ways, on the `smartpay` CLI in its own process
against the sandbox, with the journal's key in a keyring both share.

For each kind: `smartpay journal --verify` says what happened in a sentence (no traceback) and exits 1; the
journal command says it at start; the refund that was waiting for review is refused before sending (the
sandbox still holds one refund of the order); and a person's acknowledgement (or, for a file that cannot be
read, a new journal with the old one kept aside) lets money move again.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from smartpay_desk.api.models import HostToHostRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.journal.keys import head_name, key_name
from tests.unit.services.journal.damage import KEYRING_FILE, NINE, UNREADABLE, DiskKeyring
from tests.unit.services.support import CUSTOMER, SITE, add_profile, card, direct_client, smartpay

BACKEND = "tests.unit.services.journal.damage.DiskKeyring"


@dataclass
class World:
    sandbox: SandboxServer
    base: Path  # a data folder with a refund of pay-1 waiting for review
    keyring: Path

    def env(self) -> dict[str, str]:
        return {"PYTHON_KEYRING_BACKEND": BACKEND, KEYRING_FILE: str(self.keyring)}

    def copy(self, where: Path) -> Path:
        """The base folder copied, its key and head in the keyring under the copy's name."""
        shutil.copytree(self.base, where)
        ring = DiskKeyring(self.keyring)
        for name in (key_name, head_name):
            value = ring.get_password("smartpay-desk", name((self.base / "journal.sqlite3").resolve()))
            assert value is not None
            ring.set_password("smartpay-desk", name((where / "journal.sqlite3").resolve()), value)
        return where

    def refunds_of(self, order_id: str) -> int:
        data: dict[str, Any] = httpx.get(f"{self.sandbox.url}/_sandbox/state", timeout=5).json()
        return sum(1 for t in data["transactions"] if t["method"] == "refund" and t["parent_order_id"] == order_id)


def cli(world: World, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    done = smartpay(data_dir, *args, env=world.env())
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    return done


def journal_cmd(world: World, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`smartpay journal …` as journal_cmds answers it (the command the CLI's parser hands on to it)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMARTPAY_DESK_")}
    env.update(world.env())
    done = subprocess.run(
        [sys.executable, "-m", "smartpay_desk.cli.journal_cmds", "--data-dir", str(data_dir), "journal", *args],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    return done


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("damage")
    with SandboxServer(host="127.0.0.1", port=0, settle_delay_s=0.3, report_delay_s=0.3) as srv:
        made = World(srv, root / "base", root / "keyring.json")
        made.base.mkdir()
        add_profile(made.base, srv.url)
        with direct_client(srv.url) as client:
            client.init_payment_h2h(HostToHostRequest("EUR-sandbox", 1000, "EUR", "pay-1", SITE, CUSTOMER, "J D",
                                                      card()))  # fmt: skip
        for n in range(3):
            paid = cli(made, made.base, "payout", "--amount", f"{n + 1}", "--phone", "+442079460612",
                       "--order-id", f"po-{n}")  # fmt: skip
            assert paid.returncode == 0, paid.stderr
        srv.faults.add(path="/refund", kind="drop_after_commit")
        lost = cli(made, made.base, "refund", "pay-1", "--amount", "5", "--reason", "damaged goods")
        assert lost.returncode == 3 and "needs review" in lost.stdout
        assert made.refunds_of("pay-1") == 1
        intact = cli(made, made.base, "journal", "--verify")
        assert intact.returncode == 0, intact.stdout
        journal = made.base.resolve() / "journal.sqlite3"
        assert DiskKeyring(made.keyring).get_password("smartpay-desk", key_name(journal))
        yield made


def _review_refund(data_dir: Path) -> int:
    db = sqlite3.connect(data_dir / "journal.sqlite3")
    try:
        return int(db.execute("SELECT id FROM entries WHERE kind = 'refund'").fetchone()[0])
    finally:
        db.close()


@pytest.mark.parametrize("kind", list(NINE))
def test_every_kind_of_damage_is_told_and_the_refund_in_review_is_not_sent_again(
    world: World, tmp_path: Path, kind: str
) -> None:
    data_dir = world.copy(tmp_path / "data")
    NINE[kind](data_dir / "journal.sqlite3", _review_refund(data_dir))

    verified = cli(world, data_dir, "journal", "--verify")
    said = verified.stdout + verified.stderr
    assert verified.returncode == 1, said
    if kind in UNREADABLE:
        assert re.search(r"is empty \(0 bytes\)|was cut short|damaged inside|not a SQLite journal", said), said
    else:
        assert re.search(r"does not match|says 'failed'|which was removed|ends earlier|an event was removed", said)

    at_start = journal_cmd(world, data_dir)  # what the journal command says first
    assert "journal" in at_start.stderr and at_start.stderr.rstrip().endswith("."), at_start.stderr
    assert (
        ("Money-moving actions are refused" in at_start.stderr)
        or ("cannot be read" in at_start.stderr)
        or (
            "cut short" in at_start.stderr or "is empty" in at_start.stderr or "not a SQLite journal" in at_start.stderr
        )
    )

    again = cli(world, data_dir, "refund", "pay-1", "--amount", "5", "--reason", "damaged goods")
    assert again.returncode in (1, 2), again.stdout + again.stderr
    assert "nothing was sent" in again.stderr.lower() or "cannot be read" in again.stderr, again.stderr
    assert world.refunds_of("pay-1") == 1  # the refund in review was not sent a second time


def test_an_acknowledgement_is_journalled_and_lets_money_move_again(world: World, tmp_path: Path) -> None:
    data_dir = world.copy(tmp_path / "data")
    NINE["latest entry and its events deleted"](data_dir / "journal.sqlite3", 0)
    refused = cli(world, data_dir, "payout", "--amount", "4.44", "--phone", "+442079460612", "--order-id", "po-ack")
    assert refused.returncode == 2 and "Nothing was sent" in refused.stderr
    no_note = journal_cmd(world, data_dir, "acknowledge")
    assert no_note.returncode == 2 and "needs --note" in no_note.stderr
    done = journal_cmd(world, data_dir, "acknowledge", "--note", "the last refund was cut out; checked the back office")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("Acknowledged: 3 problem(s) recorded in the journal with your note")
    verified = cli(world, data_dir, "journal", "--verify")
    assert verified.returncode == 0, verified.stdout
    sent = cli(world, data_dir, "payout", "--amount", "4.44", "--phone", "+442079460612", "--order-id", "po-ack")
    assert sent.returncode == 0, sent.stderr
    db = sqlite3.connect(data_dir / "journal.sqlite3")
    row = db.execute("SELECT note, problems FROM acknowledgements").fetchone()
    db.close()
    assert "checked the back office" in row[0] and "ends earlier than it did" in json.loads(row[1])[0]


def test_an_unreadable_journal_is_kept_aside_and_a_new_one_started_when_asked(world: World, tmp_path: Path) -> None:
    data_dir = world.copy(tmp_path / "data")
    journal = data_dir / "journal.sqlite3"
    NINE["truncated to half"](journal, 0)
    damaged = journal.read_bytes()
    asked = journal_cmd(world, data_dir, "acknowledge", "--note", "disk trouble")
    assert asked.returncode == 2 and "add --start-new" in asked.stderr and journal.read_bytes() == damaged
    started = journal_cmd(world, data_dir, "acknowledge", "--note", "disk trouble; restored nothing", "--start-new")
    assert started.returncode == 0, started.stderr
    assert "A new journal was started" in started.stdout and "nothing in it was changed" in started.stdout
    kept = [p for p in data_dir.iterdir() if re.fullmatch(r"journal\.sqlite3\.damaged-\d{8}T\d{6}Z", p.name)]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    sent = cli(world, data_dir, "payout", "--amount", "5.55", "--phone", "+442079460612", "--order-id", "po-new")
    assert sent.returncode == 0, sent.stderr
