"""A deterministic past for the sandbox: transactions over the last days, so lookups and reports show data.

The same seed gives the same transactions (ids, amounts, cards, statuses, refunds), placed relative to now.
Order ids are "hist-0001" … in time order. History never touches the payout balance (it is today's figure).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from . import cards
from .state import (
    AUTHORIZED,
    CAPTURED,
    PAYMENT,
    PAYMENT_ACCOUNT,
    PAYOUT_ACCOUNT,
    REFUND,
    START_PAYOUT_BALANCE,
    WITHDRAWAL,
    PayoutBalance,
    SandboxState,
    Transaction,
    now_utc,
)

HISTORY_SIZE = 300
HISTORY_DAYS = 90
HISTORY_SEED = 1015

_FIRST = ("John", "Maria", "Ahmed", "Olga", "Liam", "Sofia", "Kenji", "Amara", "Lucas", "Ines", "Noah", "Elena")
_LAST = ("Doe", "Garcia", "Khan", "Ivanova", "Smith", "Rossi", "Tanaka", "Okafor", "Martin", "Silva", "Brown")
_OTHER_CARDS = ("4123540003981114", "5555555555554444", "4000000000000002", "378282246310005")
_PAYOUT_ERRORS = (
    ("INSUFFICIENT_FUNDS", "The payout was more than the available balance."),
    (cards.FAIL_ERROR, "No payout gate accepted this card."),
)


def _id(rng: random.Random) -> str:
    return f"{rng.getrandbits(96):024x}"


def _payment(rng: random.Random, tx: Transaction) -> None:
    roll = rng.random()
    if roll < 0.75:
        tx.card = cards.card_view(rng.choice((cards.FRICTIONLESS_CARD, cards.CHALLENGE_CARD)))
        tx.status = 2
        if rng.random() < 0.2:
            tx.method, tx.authorize_status = "authorize", CAPTURED
    elif roll < 0.93:
        tx.card = cards.card_view(rng.choice(_OTHER_CARDS))
        tx.status = -1
        tx.error_message, tx.error_text = cards.FAIL_ERROR, cards.FAIL_SENTENCE
        tx.cascade_errors = cards.fail_cascade()
    elif roll < 0.97:
        tx.method, tx.status = "form", 1  # a payment link never paid
    else:
        tx.card = cards.card_view(cards.FRICTIONLESS_CARD)
        tx.method, tx.status, tx.authorize_status = "authorize", 1, AUTHORIZED


def _withdrawal(rng: random.Random, tx: Transaction) -> None:
    dest = rng.random()
    if dest < 0.5:
        tx.card = cards.card_view(cards.FRICTIONLESS_CARD)
        tx.destination = f"card {tx.card.number}"
    elif dest < 0.8:
        tx.destination = f"phone +4420794{rng.randrange(10**5):05d}"
    else:
        tx.destination = f"account GB{rng.randrange(10**8):08d}"
    tx.status = 2
    if rng.random() < 0.15:
        tx.status = -1
        tx.error_message, tx.error_text = rng.choice(_PAYOUT_ERRORS)


def seed_history(
    state: SandboxState,
    *,
    count: int = HISTORY_SIZE,
    days: int = HISTORY_DAYS,
    seed: int = HISTORY_SEED,
    now: datetime | None = None,
) -> list[Transaction]:
    """Adds `count` past transactions to `state` and returns them (oldest first)."""
    rng = random.Random(seed)
    now = now or now_utc()
    span = days * 86_400 - 3_600
    times = sorted(now - timedelta(days=days) + timedelta(seconds=rng.uniform(0, span)) for _ in range(count))
    made: list[Transaction] = []
    refundable: list[Transaction] = []
    for number, created in enumerate(times, start=1):
        tx = Transaction(
            order_id=f"hist-{number:04d}",
            type=PAYMENT,
            method="h2h",
            account=PAYMENT_ACCOUNT,
            currency="EUR",
            amount=rng.randrange(5, 2_500) * 100 + rng.choice((0, 0, 50, 99)),
            status=1,
            created=created,
            gateway_id=_id(rng),
            first_name=rng.choice(_FIRST),
            last_name=rng.choice(_LAST),
            purpose="order from the shop",
        )
        roll = rng.random()
        if roll < 0.15 and refundable:
            parent = rng.choice(refundable)
            tx.type, tx.method, tx.status = REFUND, "refund", 2
            tx.amount = parent.refundable if rng.random() < 0.5 else max(1, parent.refundable // 2)
            tx.card, tx.first_name, tx.last_name = parent.card, parent.first_name, parent.last_name
            tx.parent_order_id, tx.purpose = parent.order_id, "customer asked for a refund"
            parent.refunded += tx.amount
            if parent.refundable == 0:
                refundable.remove(parent)
        elif roll < 0.35:
            tx.type, tx.method, tx.account, tx.purpose = WITHDRAWAL, "withdrawal", PAYOUT_ACCOUNT, "payout"
            _withdrawal(rng, tx)
        else:
            _payment(rng, tx)
            if tx.status == 2:
                refundable.append(tx)
        if tx.status != 1:
            tx.completed = created + timedelta(seconds=rng.uniform(2, 120))
        if tx.method == "form":
            tx.form_token = tx.gateway_id
        made.append(state.add(tx))
    state.history_ids.update(tx.order_id for tx in made)
    return made


def reset_state(state: SandboxState) -> dict[str, Any]:
    """Back to a first start: every transaction made since is dropped (and the history's refunds and captures
    undone), report tasks go, the payout balance is 10,000.00 EUR again and (when `state.seeds_history`) a fresh
    history is seeded. Returns what was dropped, with one sentence (`msg`) saying so."""
    with state.lock:
        made = [tx for tx in state.all_transactions() if tx.order_id not in state.history_ids]
        before = state.payout_balance()
        tasks = len(state.report_tasks)
        state.replace([], {PAYOUT_ACCOUNT: PayoutBalance(START_PAYOUT_BALANCE)}, set())
        if state.seeds_history:
            seed_history(state)
    counts = {kind: sum(tx.type == kind for tx in made) for kind in (PAYMENT, WITHDRAWAL, REFUND)}
    parts = [f"{n} {word}{'' if n == 1 else 's'}" for n, word in zip(counts.values(), _WORDS, strict=True) if n]
    if made:
        plural = len(made) != 1
        dropped = (
            f"{len(made)} transaction{'s' if plural else ''} made since then ({', '.join(parts)}) "
            f"{'were' if plural else 'was'} dropped"
        )
    else:
        dropped = "no transaction had been made since"
    msg = (
        f"The practice gateway is back to its first start: {dropped}, and the payout balance is "
        f"{_eur(START_PAYOUT_BALANCE)} again (it was {_eur(before)})."
    )
    return {
        "success": True,
        "dropped": {
            "transactions": len(made),
            "payments": counts[PAYMENT],
            "payouts": counts[WITHDRAWAL],
            "refunds": counts[REFUND],
            "report_tasks": tasks,
        },
        "order_ids": sorted(tx.order_id for tx in made),
        "payout_balance": {"before": before, "after": START_PAYOUT_BALANCE},
        "msg": msg,
    }


_WORDS = ("payment", "payout", "refund")


def _eur(minor: int) -> str:
    return f"{Decimal(minor).scaleb(-2):,.2f} EUR"
