"""Four-eyes approval on the team journal: the policy, requests, decisions, expiry (the rules are the server's,
schema.py; these are the calls and their sentences).

    above = threshold(journal, "EUR")                   # minor units, or None: no approval needed
    request = ask(journal, intent, profile, reason)     # a payout/refund at or above it becomes a request
    requests(journal)                                   # every desk's requests, newest first (due ones expired)
    approve(journal, id, note) / reject(journal, id, reason)   # by an approver who did not ask
    set_policy(journal, currency, amount)               # by an approver

Sending an approved request (release.py) writes the intent and the release in one transaction; the server checks
that it is exactly what was approved, and that it is released once.

DESIGN NOTE (card payouts; PCI DSS 3.3.1, 3.5.1). A request never holds a full card number or a CVV: its request
is the redacted payload (card masked to BIN + last four) and the destination's fingerprint (an HMAC keyed by the
merchant's secret, fingerprint.py: it tells the same card again, and cannot be turned back into the number without
the secret). So an approved card payout is released only by a desk that is given the card number again (the
requester's, or the approver's when the clerk reads it out): the number is checked against the approved
fingerprint and is used for that one call. We chose this over encrypting the number for the team: a key shared
by every desk's keyring would make the team database hold card data (in PCI scope, with key rotation and
custodians), for the one kind of payout whose number a clerk already has in hand. Phone and account payouts and
refunds hold no card data: the approver's desk releases them at once.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ...api.errors import ApiError
from ...api.said import said
from ..journal.states import Kind
from .values import iso as _iso
from .values import jsonb as _json

if TYPE_CHECKING:
    from .store import TeamJournal

EXPIRES_AFTER = timedelta(hours=72)
_EXPIRED_BATCH = "its time ended: rows of the batch not sent by then need a new request"
NEEDS_APPROVAL = (Kind.REFUND, Kind.WITHDRAWAL)
COLUMNS = (
    "id, created_at, requested_by, profile, environment, kind, order_id, amount, currency, account, destination,"
    " fingerprint, reason, request, expires_at, state, decided_by, decided_at, decision_note, entry_id, batch_id"
)


@dataclass(frozen=True)
class Approval:
    id: int
    created_at: str
    requested_by: str
    profile: str
    environment: str
    kind: str
    order_id: str
    amount: int
    currency: str
    account: str
    destination: str  # masked: BIN + last four, a phone or an account
    fingerprint: str
    reason: str
    request: Any  # the redacted payload asked for
    expires_at: str
    state: str  # requested | approved | rejected | expired | released
    decided_by: str | None
    decided_at: str | None
    decision_note: str | None
    entry_id: int | None
    batch_id: str | None = None  # a batch request (batch_approvals.py): its rows are released one by one

    @property
    def card_payout(self) -> bool:
        """A payout to a card: released only where the card number is given again (see the design note)."""
        if self.batch_id:
            return False
        request = self.request if isinstance(self.request, dict) else {}
        return self.kind == Kind.WITHDRAWAL and bool(request.get("customer_card_number") or request.get("card"))

    @property
    def batch(self) -> dict[str, Any] | None:
        """A batch request's summary as the server computed it: {"id", "file_name", "count", "total",
        "largest": {"row", "order_id", "amount", "destination"}}; None for a single payout or refund."""
        request = self.request if isinstance(self.request, dict) else {}
        found = request.get("batch")
        return found if self.batch_id and isinstance(found, dict) else None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("fingerprint")
        data.pop("request")
        if self.batch is not None:
            data["batch"] = self.batch
        return data


class ApprovalRequested(ApiError):
    """Not sent: the team's policy wants another person's approval first; the request is in the team journal."""

    sentence = said("It needs another person's approval, so it was not sent: a request was made.")
    sent = False

    def __init__(self, approval: Approval, above: int) -> None:
        super().__init__(f"request {approval.id}")
        self.approval = approval
        self.above = above

    def user_message(self) -> str:
        from ..money.words import money

        a = self.approval
        return said(
            "The {kind} of {amount} for order {order_id} needs another person's approval (the team's policy: from "
            "{above}), so it was not sent. Request {id} is waiting in Approvals; it expires {expires} UTC.",
            kind=Kind(a.kind).words,
            amount=money(a.amount, a.currency),
            order_id=a.order_id,
            above=money(self.above, a.currency),
            id=a.id,
            expires=a.expires_at[:16].replace("T", " "),
        )


def threshold(journal: TeamJournal, currency: str) -> int | None:
    row = journal._read(lambda conn: conn.execute("SELECT smartpay.threshold(%s)", (currency,)).fetchone())
    return None if row is None or row[0] is None else int(row[0])


def needs_approval(journal: TeamJournal, kind: str, amount: int | None, currency: str | None) -> int | None:
    """The policy's amount when this intent needs an approval first, else None."""
    if kind not in NEEDS_APPROVAL or amount is None or not currency:
        return None
    above = threshold(journal, currency)
    return above if above is not None and amount >= above else None


def ask(
    journal: TeamJournal, *, profile: str, environment: str, kind: str, order_id: str, amount: int, currency: str,
    account: str | None, destination: str | None, fingerprint: str | None, reason: str, request: dict[str, Any],
    expires_after: timedelta = EXPIRES_AFTER,
) -> Approval:  # fmt: skip
    """Write a request (the server records who asked); the payload must already be redacted."""
    from ...api.scrub import scrub, scrub_payload

    with journal._tx() as conn:
        row = conn.execute(
            "INSERT INTO smartpay.approvals (profile, environment, kind, order_id, amount, currency, account,"
            " destination, fingerprint, reason, request, expires_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s,"
            f" %s, %s, clock_timestamp() + %s) RETURNING {COLUMNS}",
            (profile, environment, kind, order_id, amount, currency, account or "", destination or "",
             fingerprint or "", scrub(reason), _json(scrub_payload(request)), expires_after),
        ).fetchone()  # fmt: skip
    return _approval(row)


def requests(journal: TeamJournal, *, state: str | None = None, limit: int = 500) -> list[Approval]:
    """Every desk's requests, newest first (those past their time are expired first, and that is journaled)."""
    expire_due(journal)
    sql = f"SELECT {COLUMNS} FROM smartpay.approvals" + (" WHERE state = %s" if state else "")
    args: list[Any] = [state] if state else []
    rows = journal._read(lambda conn: conn.execute(sql + " ORDER BY id DESC LIMIT %s", [*args, limit]).fetchall())
    return [_approval(r) for r in rows]


def get(journal: TeamJournal, approval_id: int) -> Approval:
    row = journal._read(lambda conn: conn.execute(
        f"SELECT {COLUMNS} FROM smartpay.approvals WHERE id = %s", (approval_id,)).fetchone())  # fmt: skip
    if row is None:
        raise KeyError(said("There is no request {id} in the team journal.", id=approval_id))
    return _approval(row)


def approve(journal: TeamJournal, approval_id: int, note: str = "") -> Approval:
    return _decide(journal, approval_id, "approved", note)


def reject(journal: TeamJournal, approval_id: int, reason: str) -> Approval:
    if not reason.strip():
        raise ValueError(said("A rejection needs a reason."))
    return _decide(journal, approval_id, "rejected", reason)


def _decide(journal: TeamJournal, approval_id: int, action: str, note: str) -> Approval:
    from ...api.scrub import scrub

    expire_due(journal)
    with journal._tx() as conn:
        conn.execute("INSERT INTO smartpay.approval_events (approval_id, action, note) VALUES (%s, %s, %s)",
                     (approval_id, action, scrub(note.strip())))  # fmt: skip
    return get(journal, approval_id)


def expire_due(journal: TeamJournal) -> int:
    """Journal the expiry of every request past its time that was not sent; how many."""
    with journal._tx() as conn:
        rows = conn.execute(
            "SELECT id, batch_id FROM smartpay.approvals WHERE state IN ('requested', 'approved')"
            " AND expires_at <= now()"
        ).fetchall()
        for approval_id, batch_id in rows:
            conn.execute(
                "INSERT INTO smartpay.approval_events (approval_id, action, note) VALUES (%s, 'expired', %s)",
                (approval_id, _EXPIRED_BATCH if batch_id else "not sent before it expired"),
            )
    return len(rows)


def set_policy(journal: TeamJournal, currency: str, approval_above: int | None) -> None:
    """From `approval_above` minor units up, a payout or refund in `currency` needs an approval (None: never)."""
    if approval_above is not None and approval_above <= 0:
        raise ValueError("The amount from which approval is needed must be more than zero.")
    with journal._tx() as conn:
        conn.execute("INSERT INTO smartpay.policy (currency, approval_above) VALUES (%s, %s)",
                     (currency.upper(), approval_above))  # fmt: skip


def policies(journal: TeamJournal) -> list[dict[str, Any]]:
    rows = journal._read(lambda conn: conn.execute(
        "SELECT DISTINCT ON (currency) currency, approval_above, set_by, at FROM smartpay.policy"
        " ORDER BY currency, id DESC").fetchall())  # fmt: skip
    return [{"currency": c, "approval_above": a, "set_by": s, "at": _iso(t)} for c, a, s, t in rows]


def _approval(row: Any) -> Approval:
    values = list(row)
    for i in (1, 14, 17):
        values[i] = None if values[i] is None else _iso(values[i])
    return Approval(*values)
