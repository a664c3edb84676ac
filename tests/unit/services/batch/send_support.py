"""Checked batches built in memory for the sending tests (the check itself is tested in test_check*.py)."""

from __future__ import annotations

from pathlib import Path

from smartpay_desk.api.luhn import mask_pan
from smartpay_desk.api.models import WithdrawalRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.batch.model import OK, PAYOUT, REFUND, REFUSED, BatchRow, CheckedBatch, derived_order_id
from smartpay_desk.services.money.fingerprint import fingerprint, key_from_secret
from smartpay_desk.services.money.operations import OperationsService
from tests.unit.services.support import GOOD_CARD, make_ops

PAYOUT_ACCOUNT = "EUR-sandbox-payout"
KEY = key_from_secret("qwerty")


def payout_row(batch_id: str, row: int, amount: int, *, card: str = GOOD_CARD, order_id: str | None = None,
               phone: str | None = None, key: bytes = KEY) -> BatchRow:  # fmt: skip
    oid = order_id or derived_order_id(batch_id, row)
    req = WithdrawalRequest(
        account=PAYOUT_ACCOUNT, amount=amount, order_id=oid,
        customer_card_number=None if phone else card, customer_card_exp_month=None if phone else "12",
        customer_card_exp_year=None if phone else "30", customer_phone=phone,
        payment_method="phone" if phone else None,
    )  # fmt: skip
    destination = f"phone {phone}" if phone else f"card {mask_pan(card)}"
    return BatchRow(row, oid, amount, "EUR", OK, f"Pay {amount} to {destination}", None, destination,
                    fingerprint(key, req), "", order_id is None, req)  # fmt: skip


def refused_row(row: int, sentence: str = "amount: write an amount") -> BatchRow:
    return BatchRow(row, "", None, "EUR", REFUSED, sentence, "amount")


def payout_batch(
    rows: list[BatchRow], batch_id: str = "0123456789abcdef", file_name: str = "payouts.xlsx"
) -> CheckedBatch:
    good = [r for r in rows if r.ok]
    totals = {"EUR": sum(r.amount or 0 for r in good)} if good else {}
    return CheckedBatch(PAYOUT, batch_id, file_name, rows, totals, {"EUR": 1_000_000})


def refund_row(row: int, order_id: str, amount: int, reason: str = "event cancelled") -> BatchRow:
    return BatchRow(row, order_id, amount, "EUR", OK, f"Refund {amount} of {order_id}", None, reason=reason)


def refund_batch(rows: list[BatchRow], batch_id: str = "fedcba9876543210") -> CheckedBatch:
    good = [r for r in rows if r.ok]
    return CheckedBatch(REFUND, batch_id, "refunds.csv", rows, {"EUR": sum(r.amount or 0 for r in good)})


def ops_for(srv: SandboxServer, data_dir: Path, **kw: object) -> OperationsService:
    return make_ops(srv, data_dir, fingerprint_key=KEY, not_found_grace_s=0.0, **kw)  # type: ignore[arg-type]
