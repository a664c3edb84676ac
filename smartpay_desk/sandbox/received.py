"""What the sandbox was asked: one line per authorized API request to a documented path, for tests that count
what the desks really sent (tests/e2e/team/test_team_races.py: "0 requests another desk's entry should have
stopped").

    srv.received.of("/refund", order_id="ord-1")   # [Received("POST", "/refund", "ord-1", 400), ...]

Only the method, the path, and the body's `order_id` and `amount` are kept, never the body itself (a card number
or a CVV is not held here); the newest LIMIT lines only, so a sandbox that serves for days stays small.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass

LIMIT = 10_000


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    order_id: str | None  # the body's order_id (a refund's names its parent)
    amount: int | None


class RequestLog:
    def __init__(self, limit: int = LIMIT) -> None:
        self._lines: deque[Received] = deque(maxlen=limit)
        self._lock = threading.Lock()

    def note(self, method: str, path: str, body: bytes | None) -> None:
        order_id: str | None = None
        amount: int | None = None
        try:
            data = json.loads(body) if body else None
        except (ValueError, RecursionError):
            data = None
        if isinstance(data, dict):
            order_id = data["order_id"] if isinstance(data.get("order_id"), str) else None
            amount = data["amount"] if type(data.get("amount")) is int else None
        with self._lock:
            self._lines.append(Received(method, path, order_id, amount))

    def of(self, path: str | None = None, *, order_id: str | None = None) -> list[Received]:
        """The requests kept, oldest first, of that path and order id (each when given)."""
        with self._lock:
            lines = list(self._lines)
        return [r for r in lines if path in (None, r.path) and order_id in (None, r.order_id)]

    def clear(self) -> None:
        with self._lock:
            self._lines.clear()
