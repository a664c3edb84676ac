"""The scene for the receipts' tests: a sandbox, a service on it, and one succeeded operation of each kind."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from smartpay_desk.api.models import HostToHostRequest, WithdrawalRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.money.operations import OperationResult, OperationsService
from tests.unit.services.support import CUSTOMER, GOOD_CARD, SITE, card, direct_client, make_ops


@dataclass
class Made:
    ops: OperationsService
    refund: OperationResult
    payout: OperationResult
    capture: OperationResult
    recurrent: OperationResult
    authorize: OperationResult


def made(srv: SandboxServer, data_dir: Path) -> Made:
    """A refund of a payment made elsewhere, a payout to a card (settled), an authorization captured, and a
    repeat charge, all succeeded, in a journal in `data_dir`."""
    ops = make_ops(srv, data_dir)
    with direct_client(srv.url) as client:
        client.init_payment_h2h(HostToHostRequest("EUR-sandbox", 12050, "EUR", "par-1", SITE, CUSTOMER, "J D", card()))
    refund = ops.refund("par-1", 2050, "goods returned")
    payout = ops.payout(WithdrawalRequest(account="", amount=3000, order_id="po-1", customer_card_number=GOOD_CARD,
                                          customer_card_exp_month="12", customer_card_exp_year="30"))  # fmt: skip
    payout = ops.wait_final("po-1", 5.0)
    authorize = ops.authorize(amount=5000, currency="EUR", order_id="auth-1", merchant_site=SITE, customer=CUSTOMER,
                              card=card())  # fmt: skip
    capture = ops.capture("auth-1")
    recurrent = ops.recurrent("par-1", 1000, "monthly", order_id="rec-1")
    return Made(ops, refund, payout, capture, recurrent, authorize)
