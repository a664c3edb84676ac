"""A batch on a team journal whose policy wants another person's approval: one request for the whole batch
(services/team/batch_approvals.py), and nothing sent until it is approved. On the SQLite journal, or below the
policy's amount, nothing is asked.

    gate = approval_gate(ops, checked, rows)   # rows: the good rows still to be sent
    gate.waiting    the request the batch waits for (None when it may be sent), with gate.sentence
    gate.approved   {currency: request id}: send each row of that currency inside release.releasing(id)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from ...api.said import Moment, said
from ..money.words import money
from .model import PAYOUT, BatchRow, CheckedBatch

if TYPE_CHECKING:
    from ..money.operations import OperationsService
    from ..team.approvals import Approval
    from ..team.store import TeamJournal

ASK_AGAIN = ("rejected", "expired")  # a request that can no longer be sent: the batch asks anew


@dataclass(frozen=True)
class ApprovalGate:
    waiting: Approval | None = None
    sentence: str = ""
    approved: dict[str, int] = field(default_factory=dict)


def approval_gate(ops: OperationsService, checked: CheckedBatch, rows: list[BatchRow]) -> ApprovalGate:
    """Whether the batch may be sent now (see the module docstring); asks for an approval when none is waiting.
    Raises what the team journal raises when it cannot be reached (nothing was sent)."""
    if not rows or not getattr(ops.journal, "four_eyes", False):
        return ApprovalGate()
    journal = cast("TeamJournal", ops.journal)
    from ..team import batch_approvals as ba

    above = ba.needed(journal, checked.kind, checked.totals)
    approved: dict[str, int] = {}
    for currency in sorted(above):
        request = ba.find(journal, checked.batch_id, currency)
        made = request is None or request.state in ASK_AGAIN
        if request is None or request.state in ASK_AGAIN:
            lines = [
                ba.BatchLine(r.row, r.order_id, r.amount or 0, r.fingerprint or "", r.destination)
                for r in rows
                if r.currency == currency
            ]
            if not lines:
                continue
            account = ops.profile.payout_account if checked.kind == PAYOUT else None
            request = ba.ask(
                journal, batch_id=checked.batch_id, kind=checked.kind, profile=ops.profile.name,
                environment=ops.profile.environment.value, currency=currency, account=account, lines=lines,
                reason="", file_name=checked.file_name,
            )  # fmt: skip
        if request.state == "requested":
            return ApprovalGate(request, _waiting(request, above[currency], made=made))
        approved[currency] = request.id
    return ApprovalGate(approved=approved)


def _waiting(request: Approval, above: int, *, made: bool) -> str:
    from ..team.batch_approvals import describe

    expires = Moment(f"{request.expires_at[:16].replace('T', ' ')} UTC", request.expires_at)
    values = {"request": describe(request), "amount": money(above, request.currency), "id": request.id,
              "expires": expires}  # fmt: skip
    if made:
        return said("{request}: the team's policy wants another person's approval from {amount}, so nothing was sent. "
                    "Request {id} was made in Approvals (it expires {expires}); send the file again once it is "
                    "approved.", **values)  # fmt: skip
    return said("{request}: the team's policy wants another person's approval from {amount}, so nothing was sent. "
                "Request {id} is still waiting in Approvals (it expires {expires}); send the file again once it is "
                "approved.", **values)  # fmt: skip
