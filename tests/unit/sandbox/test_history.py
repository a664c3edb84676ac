from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from smartpay_desk.sandbox.history import seed_history
from smartpay_desk.sandbox.state import START_PAYOUT_BALANCE, SandboxState

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


def test_history_is_deterministic_and_mixed() -> None:
    first, second = SandboxState(), SandboxState()
    made = seed_history(first, now=NOW)
    seed_history(second, now=NOW)
    assert [tx.to_json() for tx in made] == [tx.to_json() for tx in second.transactions.values()]
    assert [tx.order_id for tx in made] == [f"hist-{n:04d}" for n in range(1, 301)]
    assert all(NOW - timedelta(days=90) <= tx.created < NOW for tx in made)
    assert [tx.created for tx in made] == sorted(tx.created for tx in made)
    kinds = Counter((tx.type, tx.status) for tx in made)
    for key in [("Payment", 2), ("Payment", -1), ("Payment", 1), ("Withdrawal", 2), ("Withdrawal", -1), ("Refund", 2)]:
        assert kinds[key] > 0, key
    assert any(tx.authorize_status == "AUTHORIZED" for tx in made)
    assert first.payout_balance() == START_PAYOUT_BALANCE


def test_history_refunds_never_exceed_their_parent() -> None:
    state = SandboxState()
    made = seed_history(state, now=NOW)
    refunds: Counter[str] = Counter()
    for tx in made:
        if tx.type == "Refund":
            assert tx.parent_order_id is not None
            parent = state.transactions[tx.parent_order_id]
            assert parent.status == 2 and parent.created < tx.created
            refunds[parent.order_id] += tx.amount
    for order_id, total in refunds.items():
        parent = state.transactions[order_id]
        assert total == parent.refunded <= parent.amount
    assert all(tx.completed is None for tx in made if tx.status == 1)
    assert all(tx.completed is not None and tx.completed > tx.created for tx in made if tx.status != 1)
