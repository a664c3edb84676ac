"""After a representative day of work (the desk's services, set up as the desk sets them up, and the CLI) in
one data directory, not one file in it, nor the logs, nor the exported journal, holds the secret, a full card
number or the CVV that was typed; even when a gateway's answer echoes them into the desk's log, and with the
sandbox echoing every request into its refusals and failures (sandbox/echo.py: the Authorization header, the
credentials, the raw body). Each writer on its own, fed by the echo: test_echo_writers.py."""

from __future__ import annotations

import base64
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail

from smartpay_desk.api.models import WithdrawalRequest
from smartpay_desk.api.redact import discard_secret
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.money.operations import OperationsService
from smartpay_desk.services.profiles.credentials import CredentialStore
from smartpay_desk.ui.app import setup_logging, teardown_logging
from smartpay_desk.ui.context import DeskContext
from smartpay_desk.ui.session import SessionManager
from smartpay_desk.ui.worker import TaskRunner
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
    smartpay,
)

SECRET = "qwerty"
FORBIDDEN = [
    SECRET.encode(),
    base64.b64encode(b"test:" + SECRET.encode()),  # a Basic auth header
    *(n.encode() for n in (GOOD_CARD, CHALLENGE_CARD, BAD_CARD)),
    *(f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}".encode() for n in (GOOD_CARD, BAD_CARD)),
]
# The CVV quoted (also JSON-escaped, as in a journalled answer), after "=", or as the value of a cvv key: a key
# whose value was masked ("card_cvv": "***", what an echoed body becomes) is no CVV. Narrower than
# support.CVV_AS_VALUE on purpose: desk.log's time stamps end in ",NNN " and may be ",737 ".
CVV_PATTERNS = [
    re.compile(p.encode())
    for p in (rf"[\"']{CVV}\\?[\"']", rf"=\s*{CVV}\b", r"cvv2?\\?[\"']?\s*[:=]\s*\\?[\"']?\s*[0-9]")
]


@pytest.fixture
def desk(qapp: Any, tmp_path: Path, sandbox: SandboxServer) -> Iterator[SessionManager]:
    """The desk's own set-up, as it runs after its first paint: its logging (ui/app.py: desk.log in the data
    directory, with the CLI's redaction) and the Sandbox profile's session opened the desk's way (ui/session.py,
    which registers the secret with the redaction). No keyring: memory only, never a file."""
    handlers = setup_logging(tmp_path)
    assert handlers, "the desk's logging was set up already in this process"
    runner = TaskRunner()
    manager = SessionManager(DeskContext(runner), tmp_path, credentials=CredentialStore(backend=fail.Keyring()),
                             sandbox=sandbox)  # fmt: skip
    try:
        manager.open_now("Sandbox")
        yield manager
    finally:
        runner.shutdown()
        manager.close()
        teardown_logging(handlers)
        discard_secret(SECRET)


def _gateway_echoes(ops: OperationsService) -> None:
    """What the desk logs when an answer echoes the request (DESIGN.md, "What the gateway says back"): an
    error text carrying the secret, its Basic-auth form and the card numbers, through the desk's own loggers."""
    from smartpay_desk.ui.messages import describe_error

    basic = base64.b64encode(f"{ops.profile.merchant_key}:{SECRET}".encode()).decode()
    echo = f"secret={SECRET} Authorization: Basic {basic} card {GOOD_CARD} / {GOOD_CARD[:4]} {GOOD_CARD[4:8]} " \
           f"{GOOD_CARD[8:12]} {GOOD_CARD[12:]} / {BAD_CARD} / {CHALLENGE_CARD}"  # fmt: skip
    logging.getLogger("smartpay_desk.api.client").warning("the gateway answered: %s", echo)
    describe_error(RuntimeError(f"unexpected answer: {echo}"))  # logged with its traceback


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
    # A card number typed where the account number goes (a slip): sent as an account, kept masked like a card.
    ops.payout(WithdrawalRequest(account="", amount=100, order_id="day-8", account_withdrawal=GOOD_CARD,
                                 account_withdrawal_holder="JANE DOE"))  # fmt: skip


def test_no_file_holds_a_secret_a_card_number_or_a_cvv(
    desk: SessionManager, sandbox: SandboxServer, tmp_path: Path
) -> None:
    sandbox.echo_requests = True  # every refusal and failure carries the request back (sandbox/echo.py)
    ops = desk.ctx.ops
    assert ops is not None
    _desk_day(ops, sandbox)
    _gateway_echoes(ops)
    store = CredentialStore(backend=fail.Keyring())  # no keyring: memory only, never a file
    assert store.set(prod(), SECRET) is False

    add_profile(tmp_path, sandbox.url, name="cli")
    secret_env = {"SMARTPAY_DESK_SECRET": SECRET}
    runs = [
        ["payout", "--amount", "4.20", "--card", GOOD_CARD, "--exp", "12/30", "--order-id", "cli-1"],
        ["payout", "--amount", "1", "--card", BAD_CARD, "--order-id", "cli-2"],
        ["payout", "--amount", "1", "--bank-account", BAD_CARD, "--holder", "JANE DOE", "--order-id", "cli-3"],
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
    desk_log = (tmp_path / "desk.log").read_text(encoding="utf-8")
    assert "the gateway answered: secret=*** Authorization: Basic ***" in desk_log  # the echo was logged, masked
    assert "RuntimeError: unexpected answer" in desk_log
    leaks = []
    for path in files:
        data = path.read_bytes()
        leaks += [f"{path.name}: {needle!r}" for needle in FORBIDDEN if needle in data]
        leaks += [f"{path.name}: {pat.pattern!r}" for pat in CVV_PATTERNS if pat.search(data.lower())]
    assert leaks == []
    journal_json = (exports / f"run-{len(runs) - 1}.out").read_text()
    assert "401200******3010" in journal_json  # masked card numbers are what is kept
