"""What the state file holds, and how it becomes the sandbox's state again (every field checked on the way in).

Kept: every transaction (its card only as the gateway shows it: BIN + last 4, never the number or the CVV, which
the sandbox never holds), the payout balances, and which transactions are the seeded history. A payout still
settling keeps its settle time (as wall-clock time: a payout due while the sandbox was stopped settles on
start). Payment links and the tokens of 3-D Secure challenges are kept, so a link or a challenge page handed
out before a restart still works after it (the file is 0600 in the user's own data folder).
Dropped: report tasks (their ids answer TASK_NOT_FOUND after a restart), the payment form's notices, faults.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from .cards import CardView
from .state import TYPES, PayoutBalance, SandboxState, Transaction, now_utc

Decode = Callable[[Any], Any]


def _fail(what: str) -> ValueError:
    return ValueError(what)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise _fail("a text field holds something else")
    return value


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail("a number field holds something else")
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _fail("a true/false field holds something else")
    return value


def _when(value: Any) -> datetime:
    when = datetime.fromisoformat(_text(value))
    if when.tzinfo is None:
        raise _fail("a time has no time zone")
    return when


def _card(value: Any) -> CardView:
    if not isinstance(value, dict) or set(value) != {"number", "bin", "country", "iso", "type"}:
        raise _fail("a card is not as the gateway shows one")
    card = CardView(**{key: _optional(_text)(item) for key, item in value.items()})
    if card.number is not None and "*" not in card.number:
        raise _fail("a card number is not masked")
    return card


def _cascade(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise _fail("cascadeErrors is not a list of objects")
    return [dict(item) for item in value]


def _notified(value: Any) -> tuple[int, str | None]:
    if not isinstance(value, list) or len(value) != 2:
        raise _fail("the last announced status is not a pair")
    return _int(value[0]), _optional(_text)(value[1])


def _optional(decode: Decode) -> Decode:
    return lambda value: None if value is None else decode(value)


_TEXT_FIELDS = ("order_id", "type", "method", "account", "currency", "gateway_id")
_OPTIONAL_TEXT = (
    "first_name", "last_name", "error_message", "error_text", "authorize_status", "parent_order_id",
    "destination", "form_token", "challenge_token", "form_attempt", "merchant_site", "purpose", "success_url",
    "fail_url", "callback_url",
)  # fmt: skip
DECODERS: dict[str, Decode] = {
    **dict.fromkeys(_TEXT_FIELDS, _text),
    **dict.fromkeys(_OPTIONAL_TEXT, _optional(_text)),
    "amount": _int,
    "status": _int,
    "refunded": _int,
    "created": _when,
    "completed": _optional(_when),
    "card": _optional(_card),
    "cascade_errors": _optional(_cascade),
    "awaiting_challenge": _bool,
    "notified": _notified,
    "settle_at": _optional(lambda value: _seconds(value)),
}


def _seconds(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _fail("a settle time is not a number")
    return float(value)


def _encode_tx(tx: Transaction, wall_offset: float) -> dict[str, Any]:
    out = dict(vars(tx))  # every dataclass field, by name (DECODERS names the same ones: a test checks)
    out["created"] = tx.created.isoformat()
    out["completed"] = tx.completed.isoformat() if tx.completed else None
    out["card"] = tx.card.to_json() if tx.card else None
    out["notified"] = list(tx.notified)
    if tx.settle_at is not None:
        out["settle_at"] = tx.settle_at + wall_offset  # monotonic → wall clock
    if tx.cascade_errors is not None:
        out["cascade_errors"] = [dict(item) for item in tx.cascade_errors]
    return out


def _decode_tx(data: Any, wall_offset: float) -> Transaction:
    if not isinstance(data, dict) or set(data) != set(DECODERS):
        raise _fail("a transaction does not have the fields this version keeps")
    values = {}
    for name, decode in DECODERS.items():
        try:
            values[name] = decode(data[name])
        except ValueError as exc:
            raise _fail(f"transaction {str(data.get('order_id'))[:40]!r}, {name}: {exc}") from None
    if values["settle_at"] is not None:
        values["settle_at"] -= wall_offset  # wall clock → monotonic (in the past: settles at once)
    tx = Transaction(**values)
    if tx.type not in TYPES or tx.status not in (1, 2, -1) or tx.amount < 1 or tx.refunded < 0:
        raise _fail(f"transaction {tx.order_id!r} has an impossible type, status or amount")
    return tx


def dump(state: SandboxState) -> dict[str, Any]:
    """The state as a JSON-ready document (without format and version: the state file adds them)."""
    wall_offset = time.time() - time.monotonic()
    with state.lock:
        return {
            "saved": now_utc().isoformat(),
            "transactions": [_encode_tx(tx, wall_offset) for tx in state.all_transactions()],
            "balances": {name: vars(balance).copy() for name, balance in state.balances.items()},
            "history": sorted(state.history_ids),
        }


def restore(state: SandboxState, document: dict[str, Any]) -> None:
    """Replace what `state` holds with the document's contents; ValueError (nothing changed) when it is wrong."""
    wall_offset = time.time() - time.monotonic()
    try:
        raw_txs, raw_balances, history = document["transactions"], document["balances"], document["history"]
        if not isinstance(raw_txs, list) or not isinstance(raw_balances, dict) or not isinstance(history, list):
            raise _fail("its parts are not where they belong")
        transactions = [_decode_tx(item, wall_offset) for item in raw_txs]
        balances = {}
        for name, item in raw_balances.items():
            if name not in state.balances or not isinstance(item, dict) or set(item) != {"balance", "hold", "rolling"}:
                raise _fail(f"it holds a balance for an unknown account {name!r}")
            balances[name] = PayoutBalance(**{key: _int(value) for key, value in item.items()})
        history_ids = {_text(order_id) for order_id in history}
    except KeyError as missing:
        raise _fail(f"it has no {missing.args[0]}") from None
    except (TypeError, ValueError) as exc:
        raise _fail(str(exc) or "a value is not what it should be") from None
    if set(balances) != set(state.balances):
        raise _fail("a payout balance is missing")
    ids = [tx.order_id for tx in transactions]
    if len(set(ids)) != len(ids) or not history_ids <= set(ids):
        raise _fail("its order ids repeat, or its history names transactions it does not hold")
    if any(tx.account not in state.accounts for tx in transactions):
        raise _fail("a transaction names an account the sandbox does not have")
    state.replace(transactions, balances, history_ids)
