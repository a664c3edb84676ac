"""After a representative day of work (desk services and the CLI) in one data directory, not one file in it,
nor the logs, nor the exported journal, holds the secret, a full card number or the CVV that was typed."""

from __future__ import annotations

import base64
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail

from smartpay_desk.api.models import WithdrawalRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.money.operations import OperationsService
from smartpay_desk.services.profiles.credentials import CredentialStore
from tests.unit.services.profiles.test_profiles import prod
from tests.unit.services.support import (
    BAD_CARD,
    CHALLENGE_CARD,
    CUSTOMER,
    CVV,
    GOOD_CARD,
    SITE,
    add_profile,
    card,
    make_ops,
    smartpay,
)

SECRET = "qwerty"
FORBIDDEN = [
    SECRET.encode(),
    base64.b64encode(b"test:" + SECRET.encode()),  # a Basic auth header
    *(n.encode() for n in (GOOD_CARD, CHALLENGE_CARD, BAD_CARD)),
    *(f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}".encode() for n in (GOOD_CARD, BAD_CARD)),
]
CVV_PATTERNS = [re.compile(p.encode()) for p in (rf"[\"']{CVV}[\"']", rf"=\s*{CVV}\b", r"cvv[\"']?\s*[:=]")]


@pytest.fixture
def desk_log(tmp_path: Path) -> Iterator[Path]:
    """Everything the services and the client log, at DEBUG, into a file in the data directory."""
    path = tmp_path / "logs" / "desk.log"
    path.parent.mkdir()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    loggers = [logging.getLogger(n) for n in ("smartpay_desk", "httpx")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.DEBUG)
    yield path
    for lg, level in zip(loggers, levels, strict=True):
        lg.removeHandler(handler)
        lg.setLevel(level)
    handler.close()


def _desk_day(ops: OperationsService, srv: SandboxServer) -> None:
    def pay(order_id: str, number: str) -> None:
        ops.pay_by_card(amount=1500, currency="EUR", order_id=order_id, customer=CUSTOMER, card=card(number),
                        merchant_site=SITE)  # fmt: skip

    pay("day-1", GOOD_CARD)
    pay("day-2", CHALLENGE_CARD)
    pay("day-3", BAD_CARD)
    srv.faults.add(path="/initPaymentHost2Host", kind="truncated_json")
    pay("day-4", GOOD_CARD)  # outcome unknown, then settled
    ops.authorize(amount=800, currency="EUR", order_id="day-5", customer=CUSTOMER, card=card(), merchant_site=SITE)
    ops.capture("day-5")
    ops.refund("day-1", 500, "partial refund")
    srv.faults.add(path="/refund", kind="http_500")
    ops.refund("day-1", 300, "lost answer")
    ops.recurrent("day-1", 400, "monthly")
    ops.payout(WithdrawalRequest(account="", amount=1200, order_id="day-6", customer_card_number=GOOD_CARD,
                                 customer_card_exp_month="12", customer_card_exp_year="30"))  # fmt: skip
    ops.payout(WithdrawalRequest(account="", amount=100, order_id="day-7", customer_card_number=BAD_CARD))


def test_no_file_holds_a_secret_a_card_number_or_a_cvv(sandbox: SandboxServer, tmp_path: Path, desk_log: Path) -> None:
    ops = make_ops(sandbox, tmp_path)
    try:
        _desk_day(ops, sandbox)
    finally:
        ops.close()
    store = CredentialStore(backend=fail.Keyring())  # no keyring: memory only, never a file
    assert store.set(prod(), SECRET) is False

    add_profile(tmp_path, sandbox.url, name="cli")
    secret_env = {"SMARTPAY_DESK_SECRET": SECRET}
    runs = [
        ["payout", "--amount", "4.20", "--card", GOOD_CARD, "--exp", "12/30", "--order-id", "cli-1"],
        ["payout", "--amount", "1", "--card", BAD_CARD, "--order-id", "cli-2"],
        ["refund", "day-1", "--amount", "1", "--reason", "cli refund"],
        ["check", "day-1"],
        ["check", "day-6"],
        ["balance"],
        ["reconcile"],
        ["journal"],
        ["journal", "--json"],
    ]
    exports = tmp_path / "exports"
    exports.mkdir()
    for n, args in enumerate(runs):
        done = smartpay(tmp_path, *args, env=secret_env)
        assert done.returncode in (0, 1, 3), done.stderr
        (exports / f"run-{n}.out").write_text(done.stdout + done.stderr)

    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert {"journal.sqlite3", "profiles.json", "desk.log"} <= {p.name for p in files}
    assert desk_log.stat().st_size > 0
    leaks = []
    for path in files:
        data = path.read_bytes()
        leaks += [f"{path.name}: {needle!r}" for needle in FORBIDDEN if needle in data]
        leaks += [f"{path.name}: {pat.pattern!r}" for pat in CVV_PATTERNS if pat.search(data.lower())]
    assert leaks == []
    journal_json = (exports / f"run-{len(runs) - 1}.out").read_text()
    assert "401200******3010" in journal_json  # masked card numbers are what is kept
