"""Power cuts: the `smartpay` CLI is SIGKILLed at each point of a payout, a refund and a recurrent charge
(TEST HOOK SMARTPAY_DESK_CRASH_AT, see smartpay_desk/services/crashhook.py), against a sandbox running as
its own process. Then `smartpay reconcile`: nothing was lost, nothing is left open, the journal says what
the sandbox holds, and sending the same intent again is refused (money never moves twice).
"""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from smartpay_desk.api.models import HostToHostRequest
from smartpay_desk.services.journal.store import Journal
from smartpay_desk.services.money.crashhook import POINTS
from tests.unit.services.support import CUSTOMER, SITE, add_profile, card, direct_client, smartpay

OPS = ("payout", "refund", "recurrent")


@pytest.fixture(scope="module")
def sandbox_url() -> Iterator[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "smartpay_desk.sandbox", "--port", "0", "--settle-delay-s", "0.2", "--no-history"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("SmartPayments sandbox listening on "), first
        yield first.split()[-1]
    finally:
        proc.terminate()
        proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()


def state(url: str) -> dict[str, Any]:
    data: dict[str, Any] = httpx.get(f"{url}/_sandbox/state", timeout=5).json()
    return data


def command(op: str, tag: str, parent: str) -> list[str]:
    if op == "payout":
        return ["payout", "--amount", "3.25", "--card", "4012000000003010", "--order-id", f"po-{tag}"]
    if op == "refund":
        return ["refund", parent, "--amount", "2.50", "--reason", "crash test"]
    return ["recurrent", parent, "--amount", "1.75", "--reason", "crash test", "--order-id", f"rec-{tag}"]


@pytest.mark.parametrize("point", POINTS)
@pytest.mark.parametrize("op", OPS)
def test_a_crash_anywhere_loses_nothing_and_moves_money_at_most_once(
    op: str, point: str, sandbox_url: str, tmp_path: Path
) -> None:
    tag = f"{op}-{point}".replace("_", "")
    parent = f"parent-{tag}"
    if op in ("refund", "recurrent"):
        with direct_client(sandbox_url) as client:
            client.init_payment_h2h(
                HostToHostRequest("EUR-sandbox", 1000, "EUR", parent, SITE, CUSTOMER, "J D", card())
            )
    add_profile(tmp_path, sandbox_url)
    balance_before = state(sandbox_url)["balances"]["EUR-sandbox-payout"]["balance"]
    args = ["--timeout", "3", "--settle", "6", "--not-found-grace", "1", *command(op, tag, parent)]

    crashed = smartpay(tmp_path, *args, env={"SMARTPAY_DESK_CRASH_AT": point})
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr

    with Journal.in_dir(tmp_path) as journal:
        left = journal.entries()
        assert len(left) == 1, "the intent was written before anything was sent"
        assert left[0].state == "sent"
    reconciled = smartpay(tmp_path, "--settle", "6", "--not-found-grace", "1", "reconcile")
    assert reconciled.returncode in (0, 3), reconciled.stderr
    assert "reconciled:" in reconciled.stderr

    with Journal.in_dir(tmp_path) as journal:
        entry = journal.entries()[0]
        assert journal.verify() == []
    txs = state(sandbox_url)["transactions"]
    if op == "refund":
        held = sum(1 for t in txs if t["type"] == "Refund" and t["parent_order_id"] == parent)
        assert held <= 1
        assert entry.state == "needs_review" and "Refund report" in entry.note
    else:
        order_id = f"po-{tag}" if op == "payout" else f"rec-{tag}"
        mine = [t for t in txs if t["order_id"] == order_id]
        held = len(mine)
        assert held <= 1
        assert entry.state == ("succeeded" if held else "failed"), entry.note
        if held:
            assert mine[0]["status"] == 2
        else:
            assert "never reached the gateway" in entry.note
    if op == "payout":
        balance_after = state(sandbox_url)["balances"]["EUR-sandbox-payout"]["balance"]
        assert balance_after == balance_before - 325 * held
    if point == "before_send":
        assert held == 0, "killed before sending: nothing may have arrived"

    again = smartpay(tmp_path, *args)
    assert again.returncode == 2, again.stdout + again.stderr  # the same intent is never sent twice
    if op == "refund":
        assert "identical refund" in again.stderr
    else:
        assert "already used" in again.stderr
