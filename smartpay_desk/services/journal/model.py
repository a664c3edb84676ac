"""What the journal hands out: an entry (one intent) and an event (one step of its history)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from .states import OPEN_STATES


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class JournalEntry:
    id: int
    created_at: str
    operator: str
    profile: str
    environment: str
    kind: str
    order_id: str  # the gateway's order id this concerns (a refund's / capture's: the parent's)
    ref: str  # unique per profile: the order id, or "<kind>:<parent>:<uuid4>"
    parent_order_id: str | None
    amount: int | None
    currency: str | None
    account: str | None
    destination: str | None  # masked: BIN + last four, a phone or an account
    state: str
    note: str
    updated_at: str
    owner: str = ""  # host:pid:start of the process that sent it (owner.py)
    lease_until: float | None = None  # unix time until which that process is still working on it

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class JournalEvent:
    id: int
    entry_id: int
    seq: int
    at: str
    state: str
    note: str
    request: Any
    response: Any
    prev_hash: str
    hash: str
    key_id: str = ""  # the key that sealed it ("" for plain sha256: written before keys, or with no keyring)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
