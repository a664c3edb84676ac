"""The sandbox's in-memory store: transactions, accounts, payout balances, report tasks, payment links.

One re-entrant lock (`state.lock`) guards every change; the rules take it for the whole of a request, so two
requests with the same order id can never both commit. Reading `state.transactions` first settles any
payout whose settle time has passed, so what a test sees is what /check would say.

Every change of a transaction's status or authorize_status goes through `status_changed(tx)`, which hands
the /check shape to `on_change` (the server's callback worker) when the transaction has a callback_url.
Nothing here holds a full card number or a CVV: cards are kept as the gateway shows them (BIN + last 4).
"""

from __future__ import annotations

import dataclasses
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .cards import CardView
from .validation import duplicate

PAYMENT_ACCOUNT = "EUR-sandbox"
PAYOUT_ACCOUNT = "EUR-sandbox-payout"
START_PAYOUT_BALANCE = 1_000_000  # minor units: 10,000.00 EUR

PAYMENT = "Payment"
WITHDRAWAL = "Withdrawal"
REFUND = "Refund"
TYPES = (PAYMENT, WITHDRAWAL, REFUND)

AUTHORIZED = "AUTHORIZED"
CAPTURED = "CAPTURED"
CANCELLED = "CANCELLED"


def now_utc() -> datetime:
    return datetime.now(UTC)


def gateway_id() -> str:
    """A 24-hex id like the gateway's own (its form links and parentTransaction look like this)."""
    return uuid.uuid4().hex[:24]


def secret_token() -> str:
    """An unguessable token for an address only one customer is given (192 random bits, URL-safe)."""
    return secrets.token_urlsafe(24)


@dataclass(frozen=True)
class Account:
    name: str
    currency: str
    kind: str  # "payment" | "payout"


@dataclass
class PayoutBalance:
    balance: int
    hold: int = 0
    rolling: int = 0

    def to_json(self) -> dict[str, int]:
        return {"balance": self.balance, "holdBalance": self.hold, "rollingBalance": self.rolling}


@dataclass
class Transaction:
    """One payment, withdrawal or refund. Amounts in minor units; times are aware UTC datetimes."""

    order_id: str  # the merchant's order id (a refund's own id is its refund_id)
    type: str  # Payment | Withdrawal | Refund
    method: str  # form | h2h | authorize | recurrent | withdrawal | refund | history
    account: str
    currency: str
    amount: int
    status: int  # 1 processing, 2 success, -1 fail
    created: datetime
    gateway_id: str = field(default_factory=gateway_id)
    completed: datetime | None = None
    card: CardView | None = None
    first_name: str | None = None
    last_name: str | None = None
    error_message: str | None = None  # error code shown as errorMessage / err
    error_text: str | None = None  # one sentence, shown as msg
    cascade_errors: list[dict[str, Any]] | None = None
    authorize_status: str | None = None
    refunded: int = 0  # total refunded so far (payments)
    parent_order_id: str | None = None  # refunds and recurrent payments
    destination: str | None = None  # withdrawals: "card 401200******3010", "phone …", "account …"
    awaiting_challenge: bool = False
    form_token: str | None = None  # payment links: the /pay/{token} page
    challenge_token: str | None = None  # 3-D Secure: the /challenge/{token} page, given only to the payer
    form_attempt: str | None = None  # payment links: the card tried on the form, masked, with its expiry
    merchant_site: str | None = None
    purpose: str | None = None
    success_url: str | None = None
    fail_url: str | None = None
    callback_url: str | None = None
    settle_at: float | None = None  # withdrawals: time.monotonic() when status 1 becomes 2
    notified: tuple[int, str | None] = (1, None)  # the (status, authorize_status) last announced

    @property
    def kind(self) -> str:
        return self.type

    @property
    def card_masked(self) -> str | None:
        return self.card.number if self.card else None

    @property
    def refundable(self) -> int:
        return self.amount - self.refunded

    @property
    def customer(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    def child(self, order_id: str, type: str, method: str, amount: int, purpose: str) -> Transaction:
        """A final, successful transaction made from this one (a refund of it, a recurrent charge of its card):
        same account, currency, card and customer, created and completed now."""
        now = now_utc()
        return Transaction(
            order_id=order_id,
            type=type,
            method=method,
            account=self.account,
            currency=self.currency,
            amount=amount,
            status=2,
            created=now,
            completed=now,
            card=self.card,
            first_name=self.first_name,
            last_name=self.last_name,
            parent_order_id=self.order_id,
            purpose=purpose,
        )

    def finish(self, status: int, when: datetime | None = None) -> None:
        self.status = status
        self.completed = when or now_utc()

    @property
    def succeeded(self) -> bool:
        """Paid, or (authorize) the money is held."""
        return self.status == 2 or self.authorize_status == AUTHORIZED

    def check_json(self) -> dict[str, Any]:
        """The /check answer (also /capture, /cancel and every callback): the card masked, never more."""
        return {
            "order_id": self.order_id,
            "status": self.status,
            "amount": self.amount,
            "card": self.card.to_json() if self.card else None,
            "errorMessage": self.error_message,
            "cascadeErrors": [dict(e) for e in self.cascade_errors] if self.cascade_errors else None,
            "endDate": iso_ms(self.completed),
            "authorize_status": self.authorize_status,
            "type": self.type,
            "firstName": self.first_name,
            "lastName": self.last_name,
        }

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        for private in ("settle_at", "challenge_token", "form_attempt", "notified"):
            data.pop(private)
        for key in ("created", "completed"):
            data[key] = iso_ms(data[key])
        return data


def iso_ms(when: datetime | None) -> str | None:
    """ISO 8601 UTC with milliseconds and Z, as the doc's endDate: 2023-07-04T13:22:07.087Z."""
    if when is None:
        return None
    when = when.astimezone(UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


@dataclass
class ReportTask:
    id: str
    type: str
    status_filter: int
    date_from: int
    date_to: int
    rows: list[Transaction]  # a snapshot taken when the task was created
    ready_at: float  # time.monotonic()
    xlsx: bytes | None = None

    @property
    def status(self) -> int:
        return 2 if time.monotonic() >= self.ready_at else 1


@dataclass(frozen=True)
class Notice:
    """What the payment page says after a redirect: the problems with the card details just sent (and the
    fields worth keeping: never the card number or CVV), or that the card was not tried."""

    form_token: str
    kind: str  # "problems" | "not_tried"
    problems: dict[str, str] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)


class Notices:
    """The last `limit` notices, by an unguessable id that goes in the redirect's query string."""

    def __init__(self, limit: int = 256) -> None:
        self._limit = limit
        self._held: dict[str, Notice] = {}
        self._lock = threading.Lock()

    def add(self, notice: Notice) -> str:
        key = secret_token()
        with self._lock:
            self._held[key] = notice
            while len(self._held) > self._limit:
                del self._held[next(iter(self._held))]
        return key

    def get(self, key: str, form_token: str) -> Notice | None:
        with self._lock:
            notice = self._held.get(key)
        return notice if notice is not None and notice.form_token == form_token else None


class SandboxState:
    """Everything the sandbox holds. Change it only under `lock` (the rules do)."""

    def __init__(self, *, settle_delay_s: float = 1.0, report_delay_s: float = 1.0) -> None:
        self.lock = threading.RLock()
        self.settle_delay_s = settle_delay_s
        self.report_delay_s = report_delay_s
        self.accounts: dict[str, Account] = {
            PAYMENT_ACCOUNT: Account(PAYMENT_ACCOUNT, "EUR", "payment"),
            PAYOUT_ACCOUNT: Account(PAYOUT_ACCOUNT, "EUR", "payout"),
        }
        self.balances: dict[str, PayoutBalance] = {PAYOUT_ACCOUNT: PayoutBalance(START_PAYOUT_BALANCE)}
        self.report_tasks: dict[str, ReportTask] = {}
        self.form_tokens: dict[str, str] = {}  # token → order id
        self.challenge_tokens: dict[str, str] = {}  # token → order id
        self.notices = Notices()
        self.on_change: Callable[[str, dict[str, Any]], object] | None = None  # (callback_url, /check shape)
        self._transactions: dict[str, Transaction] = {}
        self.changed = threading.Event()  # set when a payout is scheduled to settle (wakes the settler)
        self.history_ids: set[str] = set()  # the order ids of the seeded history (history.seed_history)
        self.seeds_history = True  # whether a reset seeds the history again (the server's seed_history)
        self.revision = 0  # grows with every change worth saving (server.save_state compares it)

    def touch(self) -> None:
        """Note a change worth saving (add and status_changed call it; so does anything else that changes)."""
        with self.lock:
            self.revision += 1

    def all_transactions(self) -> list[Transaction]:
        """Every transaction, oldest first, as held (due payouts not settled first)."""
        with self.lock:
            return list(self._transactions.values())

    def replace(
        self, transactions: list[Transaction], balances: dict[str, PayoutBalance], history_ids: set[str]
    ) -> None:
        """Hold exactly these (a loaded state file, or nothing at all for a reset). Report tasks, notices and
        the page indexes go; the tokens of the transactions given are indexed again."""
        with self.lock:
            self._transactions = {tx.order_id: tx for tx in transactions}
            self.balances = dict(balances)
            self.history_ids = set(history_ids)
            self.report_tasks.clear()
            self.notices = Notices()
            self.form_tokens = {tx.form_token: tx.order_id for tx in transactions if tx.form_token}
            self.challenge_tokens = {tx.challenge_token: tx.order_id for tx in transactions if tx.challenge_token}
            self.touch()
            self.changed.set()  # the settler recomputes when the next payout is due

    @property
    def transactions(self) -> dict[str, Transaction]:
        """order id → Transaction (refunds under their refund_id), with due payouts settled first."""
        self.settle_due()
        return self._transactions

    def get(self, order_id: str) -> Transaction | None:
        with self.lock:
            self.settle_due()
            return self._transactions.get(order_id)

    def add(self, tx: Transaction) -> Transaction:
        """Record a new transaction; an order id already held is refused (409) and nothing changes."""
        with self.lock:
            if tx.order_id in self._transactions:
                raise duplicate(tx.order_id)
            self._transactions[tx.order_id] = tx
            self.touch()
            if tx.form_token:
                self.form_tokens[tx.form_token] = tx.order_id
            if tx.settle_at is not None:
                self.changed.set()
            self.status_changed(tx)
            return tx

    def status_changed(self, tx: Transaction) -> None:
        """Call after changing a transaction: indexes its challenge token, and when its status or
        authorize_status differs from the last one announced, queues a callback to its callback_url."""
        with self.lock:
            self.touch()
            if tx.challenge_token:
                self.challenge_tokens[tx.challenge_token] = tx.order_id
            now = (tx.status, tx.authorize_status)
            if now == tx.notified:
                return
            tx.notified = now
            if tx.callback_url and self.on_change is not None:
                self.on_change(tx.callback_url, tx.check_json())

    def by_challenge(self, token: str) -> Transaction | None:
        with self.lock:
            order_id = self.challenge_tokens.get(token)
            return self._transactions.get(order_id) if order_id else None

    def payout_balance(self, account: str = PAYOUT_ACCOUNT) -> int:
        with self.lock:
            return self.balances[account].balance

    def settle_due(self) -> None:
        """Payouts that were accepted (status 1) become successful (2) settle_delay_s later."""
        now = time.monotonic()
        with self.lock:
            for tx in self._transactions.values():
                if tx.settle_at is not None and tx.settle_at <= now:
                    tx.settle_at = None
                    if tx.status == 1:
                        tx.finish(2)
                        self.status_changed(tx)

    def next_due_in(self) -> float | None:
        """Seconds until the next payout settles, or None when none is waiting."""
        with self.lock:
            due = [tx.settle_at for tx in self._transactions.values() if tx.settle_at is not None]
        return max(0.0, min(due) - time.monotonic()) if due else None

    def snapshot(self) -> dict[str, Any]:
        """Everything as JSON, for GET /_sandbox/state."""
        with self.lock:
            self.settle_due()
            return {
                "transactions": [tx.to_json() for tx in self._transactions.values()],
                "balances": {name: bal.to_json() for name, bal in self.balances.items()},
                "accounts": [dataclasses.asdict(acc) for acc in self.accounts.values()],
                "report_tasks": [
                    {"id": t.id, "status": t.status, "rows": len(t.rows)} for t in self.report_tasks.values()
                ],
            }
