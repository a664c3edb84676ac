"""Issue 13 over the sandbox, in `smartpay` processes: a refund under review holds its order, and a repeat charge
or a payout that looks like a second press or an outlier exits 2 with the sentence naming the earlier one unless
its --confirm-… flag is given (DESIGN.md, "A second press")."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from smartpay_desk.api.models import HostToHostRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.journal.store import Journal
from tests.unit.services.support import CUSTOMER, SITE, add_profile, card, direct_client, smartpay


@pytest.fixture
def cli_dir(sandbox: SandboxServer, tmp_path: Path) -> Path:
    add_profile(tmp_path, sandbox.url)
    return tmp_path


def paid(sandbox: SandboxServer, order_id: str, amount: int) -> None:
    with direct_client(sandbox.url) as client:
        client.init_payment_h2h(
            HostToHostRequest("EUR-sandbox", amount, "EUR", order_id, SITE, CUSTOMER, "J D", card())
        )


def journal(cli_dir: Path) -> list[dict[str, object]]:
    shown = smartpay(cli_dir, "journal", "--json")
    assert shown.returncode == 0, shown.stderr
    entries: list[dict[str, object]] = json.loads(shown.stdout)
    return entries


def test_a_refund_under_review_holds_every_other_refund_of_its_order(cli_dir: Path, sandbox: SandboxServer) -> None:
    paid(sandbox, "pay-h", 1000)
    sandbox.faults.add(path="/refund", kind="drop_after_commit")
    lost = smartpay(cli_dir, "refund", "pay-h", "--amount", "5", "--reason", "lost answer")
    assert lost.returncode == 3 and "needs review" in lost.stdout
    (entry,) = journal(cli_dir)
    other = smartpay(cli_dir, "refund", "pay-h", "--amount", "3", "--reason", "another amount")
    assert other.returncode == 2, other.stdout + other.stderr
    assert f"A refund of order pay-h needs review (journal entry {entry['id']})" in other.stderr
    assert f"smartpay resolve {entry['id']} --succeeded|--failed --note" in other.stderr and "Activity" in other.stderr
    assert sandbox.state.get("pay-h").refunded == 500  # only the lost one reached the gateway
    same = smartpay(cli_dir, "refund", "pay-h", "--amount", "5", "--reason", "lost answer")
    assert same.returncode == 2 and "An identical refund of order pay-h needs review" in same.stderr
    assert len(journal(cli_dir)) == 1  # nothing written for either refusal

    settled = smartpay(cli_dir, "resolve", str(entry["id"]), "--succeeded", "--note", "in the refund report")
    assert settled.returncode == 0, settled.stderr
    after = smartpay(cli_dir, "refund", "pay-h", "--amount", "3", "--reason", "another amount")
    assert after.returncode == 0, after.stderr
    assert sandbox.state.get("pay-h").refunded == 800


def children(sandbox: SandboxServer, parent: str) -> list[int]:
    return sorted(tx.amount for tx in sandbox.state.transactions.values() if tx.parent_order_id == parent)


def test_a_repeat_charge_twice_needs_confirm_duplicate(cli_dir: Path, sandbox: SandboxServer) -> None:
    paid(sandbox, "sub-1", 2486)
    first = smartpay(cli_dir, "recurrent", "sub-1", "--amount", "9.99", "--reason", "monthly", "--order-id", "rec-a")
    assert first.returncode == 0, first.stderr
    again = smartpay(cli_dir, "recurrent", "sub-1", "--amount", "9.99", "--reason", "monthly")
    assert again.returncode == 2, again.stdout + again.stderr
    said = " ".join(again.stderr.split())
    assert "A repeat charge of 9.99 EUR on the card of order sub-1 was already made" in said
    assert re.search(r"\(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\): order rec-a, journal entry \d+, succeeded", said)
    assert "add --confirm-duplicate to send it anyway" in said
    assert children(sandbox, "sub-1") == [999]  # the second press sent nothing
    other = smartpay(cli_dir, "recurrent", "sub-1", "--amount", "4.50", "--reason", "extra")
    assert other.returncode == 0, other.stderr  # another amount is another charge
    meant = smartpay(cli_dir, "recurrent", "sub-1", "--amount", "9.99", "--reason", "monthly", "--confirm-duplicate",
                     "--order-id", "rec-b")  # fmt: skip
    assert meant.returncode == 0, meant.stderr
    assert children(sandbox, "sub-1") == [450, 999, 999]
    entry = next(e for e in journal(cli_dir) if e["order_id"] == "rec-b")
    with Journal.in_dir(cli_dir) as opened:  # who confirmed what is journalled with the intent
        first_note = opened.events(int(str(entry["id"])))[0].note
    assert first_note.startswith("confirmed by ") and "rec-a" in first_note


def test_a_repeat_charge_above_its_parent_needs_confirm_above_parent(cli_dir: Path, sandbox: SandboxServer) -> None:
    paid(sandbox, "big-1", 248650)
    outlier = smartpay(cli_dir, "recurrent", "big-1", "--amount", "99999.99", "--reason", "typo")
    assert outlier.returncode == 2, outlier.stdout + outlier.stderr
    said = " ".join(outlier.stderr.split())
    assert "The repeat charge of 99999.99 EUR is more than the 2486.50 EUR of its parent order big-1" in said
    assert "add --confirm-above-parent to send it anyway" in said and children(sandbox, "big-1") == []
    meant = smartpay(cli_dir, "recurrent", "big-1", "--amount", "2500", "--reason", "upgrade", "--confirm-above-parent")
    assert meant.returncode == 0, meant.stderr
    twice = smartpay(cli_dir, "recurrent", "big-1", "--amount", "2500", "--reason", "upgrade")
    assert twice.returncode == 2  # both questions at once, each with its flag
    assert "--confirm-duplicate and --confirm-above-parent" in twice.stderr or (
        "--confirm-above-parent and --confirm-duplicate" in twice.stderr
    )
    assert children(sandbox, "big-1") == [250000]


def test_a_parent_made_without_the_recurrent_flag_gets_a_warning(cli_dir: Path, sandbox: SandboxServer) -> None:
    paid(sandbox, "once-1", 1500)
    with Journal.in_dir(cli_dir) as opened:  # as the desk journals a card payment made without the flag
        made = opened.record_intent(
            kind="payment_h2h", order_id="once-1", profile="local", environment="sandbox", amount=1500,
            currency="EUR", request={"order_id": "once-1", "amount": 1500},
        )  # fmt: skip
        opened.update(made.id, "sent")
        opened.update(made.id, "succeeded")
    charged = smartpay(cli_dir, "recurrent", "once-1", "--amount", "15", "--reason", "monthly")
    assert charged.returncode == 0, charged.stderr
    assert "warning: Order once-1 was made without the recurrent flag" in " ".join(charged.stderr.split())


def test_a_payout_twice_to_the_same_destination_needs_confirm_duplicate(cli_dir: Path, sandbox: SandboxServer) -> None:
    to_card = ("payout", "--amount", "12.50", "--card", "4012 0000 0000 3010", "--exp", "12/30")
    assert smartpay(cli_dir, *to_card, "--order-id", "po-1").returncode == 0
    again = smartpay(cli_dir, *to_card, "--order-id", "po-2")
    assert again.returncode == 2, again.stdout + again.stderr
    said = " ".join(again.stderr.split())
    assert "A payout of 12.50 EUR to card 401200******3010 was already made" in said and "order po-1" in said
    assert "cannot tell" not in said  # the same secret, the same fingerprint: the same card for sure
    assert "add --confirm-duplicate to send it anyway" in said
    assert "po-2" not in sandbox.state.transactions
    phone = ("payout", "--amount", "12.50", "--phone", "+442079460612")
    assert smartpay(cli_dir, *phone).returncode == 0  # another destination
    twice = smartpay(cli_dir, *phone)
    assert twice.returncode == 2 and "to phone +442079460612 was already made" in " ".join(twice.stderr.split())
    meant = smartpay(cli_dir, *to_card, "--order-id", "po-3", "--confirm-duplicate")
    assert meant.returncode == 0, meant.stderr
    assert sandbox.state.transactions["po-3"].amount == 1250
    raw = (cli_dir / "journal.sqlite3").read_bytes()
    assert b"4012000000003010" not in raw and b"4012 0000 0000 3010" not in raw  # fingerprints, never numbers
