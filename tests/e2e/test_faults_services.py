"""Every money operation × every way a call can go wrong, on the real sandbox over loopback.

After each operation (its own settle, then a reconcile like the next start-up would run): the sandbox
holds the operation at most once, the journal sent it exactly once, no entry is left open, and the
journal's final state is what the sandbox holds (a refund whose answer was lost is "needs_review").
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from smartpay_desk.api.models import WithdrawalRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.money.operations import (
    FAILED,
    NEEDS_REVIEW,
    OPEN_STATES,
    PROCESSING,
    SENT,
    SUCCEEDED,
    OperationResult,
    OperationsService,
)
from tests.unit.services.support import CUSTOMER, SITE, card, direct_client, make_ops

PATHS = {
    "payment_h2h": "/initPaymentHost2Host",
    "authorize": "/authorize",
    "capture": "/capture",
    "cancel": "/cancel",
    "refund": "/refund",
    "recurrent": "/recurrent",
    "withdrawal": "/withdrawal/init",
}
FAULTS: dict[str, dict[str, Any]] = {
    "connect_refused": {},
    "drop_before_commit": {},
    "drop_after_commit": {},
    "hang_after_commit": {"seconds": 5.0},
    "reset_mid_body": {},
    "http_500": {"status": 502},
    "truncated_json": {},
    "unknown_status": {},
    "drip": {"interval_ms": 100},
    "latency": {"delay_ms": 900},  # longer than the client waits, shorter than the not-found grace
}
GRACE_S = 2.5  # longer than the client waits (FAST.deadline): a slow request may still land
AMOUNT = 900


class RefusingTransport(httpx.BaseTransport):
    """Sends one path to a closed port (a real "connection refused"); everything else goes through."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._inner = httpx.HTTPTransport(retries=0)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self._closed_port = s.getsockname()[1]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == self._path:
            request.url = request.url.copy_with(port=self._closed_port)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def _prepare(op: str, srv: SandboxServer, tag: str) -> str:
    """Set the scene without faults: a paid parent or an open authorization. Returns its order id."""
    parent = f"parent-{tag}"
    with direct_client(srv.url) as client:
        from smartpay_desk.api.models import AuthorizeRequest, HostToHostRequest

        if op in ("capture", "cancel"):
            client.authorize(AuthorizeRequest("EUR-sandbox", AMOUNT, "EUR", parent, SITE, CUSTOMER, card()))
        elif op in ("refund", "recurrent"):
            client.init_payment_h2h(
                HostToHostRequest("EUR-sandbox", AMOUNT, "EUR", parent, SITE, CUSTOMER, "John Doe", card())
            )
    return parent


def _run(op: str, ops: OperationsService, order_id: str, parent: str) -> OperationResult:
    calls: dict[str, Callable[[], OperationResult]] = {
        "payment_h2h": lambda: ops.pay_by_card(
            amount=AMOUNT, currency="EUR", order_id=order_id, customer=CUSTOMER, card=card(), merchant_site=SITE
        ),
        "authorize": lambda: ops.authorize(
            amount=AMOUNT, currency="EUR", order_id=order_id, customer=CUSTOMER, card=card(), merchant_site=SITE
        ),
        "capture": lambda: ops.capture(parent),
        "cancel": lambda: ops.cancel(parent),
        "refund": lambda: ops.refund(parent, 400, "customer complaint"),
        "recurrent": lambda: ops.recurrent(parent, 300, "monthly", order_id=order_id),
        "withdrawal": lambda: ops.payout(
            WithdrawalRequest(account="", amount=AMOUNT, order_id=order_id, customer_card_number="4012000000003010")
        ),
    }
    return calls[op]()


def _truth(op: str, srv: SandboxServer, order_id: str, parent: str) -> tuple[set[str], int]:
    """(journal states that match what the sandbox holds, how many times the sandbox holds the operation)."""
    txs = srv.state.transactions
    if op == "refund":
        n = sum(1 for t in txs.values() if t.type == "Refund" and t.parent_order_id == parent)
        return ({SUCCEEDED, NEEDS_REVIEW} if n else {FAILED, NEEDS_REVIEW}), n
    if op in ("capture", "cancel"):
        word = "CAPTURED" if op == "capture" else "CANCELLED"
        done = txs[parent].authorize_status == word
        return ({SUCCEEDED} if done else {FAILED}), int(done)
    tx = txs.get(order_id)
    if tx is None:
        return {FAILED}, 0
    if op == "authorize" and tx.status == 1 and tx.authorize_status == "AUTHORIZED":
        return {SUCCEEDED}, 1
    state = {2: SUCCEEDED, -1: FAILED, 1: PROCESSING}[tx.status]
    return {state}, int(tx.status != -1)


@pytest.mark.parametrize("fault", list(FAULTS))
@pytest.mark.parametrize("op", list(PATHS))
def test_money_moves_at_most_once_and_the_journal_agrees(
    op: str, fault: str, sandbox: SandboxServer, tmp_path: Path
) -> None:
    tag = f"{op}-{fault}".replace("_", "")
    order_id = f"ord-{tag}"
    parent = _prepare(op, sandbox, tag)
    balance_before = sandbox.state.payout_balance()
    transport = RefusingTransport(PATHS[op]) if fault == "connect_refused" else None
    if fault != "connect_refused":
        sandbox.faults.add(path=PATHS[op], kind=fault, times=1, **FAULTS[fault])
    ops = make_ops(sandbox, tmp_path, transport=transport, settle_deadline_s=3.0, not_found_grace_s=GRACE_S)
    try:
        result = _run(op, ops, order_id, parent)
        ops.reconcile(deadline_s=3.0)  # what the next start-up does
        entries = ops.journal.entries(profile=ops.profile.name)
    finally:
        ops.close()

    assert len(entries) == 1, "one intent, one journal entry"
    entry = entries[0]
    assert entry.id == result.entry_id
    expected, held = _truth(op, sandbox, order_id, parent)
    assert held <= 1, "the sandbox holds the operation at most once"
    assert entry.state not in OPEN_STATES, f"left open: {entry.state} ({entry.note})"
    assert entry.state in expected, f"journal says {entry.state} ({entry.note}); sandbox: {expected}"
    with ops.journal.__class__.in_dir(tmp_path) as journal:
        assert [e.state for e in journal.events(entry.id)].count(SENT) == 1, "sent exactly once"
        assert journal.verify() == []
    if op == "withdrawal":
        assert sandbox.state.payout_balance() == balance_before - AMOUNT * held
    if fault == "connect_refused":
        assert (entry.state, entry.note, held) == (FAILED, "not sent, safe to resend", 0)
    if entry.state == NEEDS_REVIEW:
        assert op == "refund" and "Refund report" in entry.note
