"""What the Approvals tab runs in workers (no Qt here): read the requests, approve and send, send what was
approved, reject. Each call blocks on the team journal (and the gateway for a send); the tab starts them with
ctx.runner and says what came back.

A card number given to release a card payout (approvals.py's design note: the team journal never holds one)
lives in a `GivenCard` for that one call: its repr is masked, it is never stored or logged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Collection

    from ...services.journal.interface import JournalStore
    from ...services.money.operations import OperationsService
    from ...services.money.sending import OperationResult
    from ...services.team.approvals import Approval
    from ...services.team.store import TeamJournal


class Loaded(NamedTuple):
    """One read of the team journal's requests, with what the tab says around them."""

    requests: list[Approval]
    policies: list[dict[str, Any]]  # the newest policy of each currency (approvals.policies)
    login: str  # who this desk is on the server


class GivenCard:
    """A card number and expiry typed to release a card payout: used for that call only, never shown whole."""

    __slots__ = ("month", "number", "year")

    def __init__(self, number: str, month: str, year: str) -> None:
        self.number = "".join(ch for ch in number if ch.isdigit())
        self.month, self.year = month, year

    def __repr__(self) -> str:
        from ...api.luhn import mask_pan

        return f"GivenCard({mask_pan(self.number)})"


class Sent(NamedTuple):
    """A request sent: the request as it was decided, and the operation's result."""

    request: Approval
    result: OperationResult


class ApprovedNotSent(Exception):
    """The request was approved, and then could not be sent from here (the cause says why): it waits, approved."""

    def __init__(self, request: Approval, cause: BaseException) -> None:
        super().__init__(f"request {request.id} approved, not sent")
        self.request = request
        self.cause = cause


def team_journal(journal: JournalStore | None) -> TeamJournal:
    from ...services.money.guards import GuardRefused
    from ...services.team.store import TeamJournal
    from ..i18n import tr

    if not isinstance(journal, TeamJournal):
        raise GuardRefused(tr("Approvals live in a team journal; this profile keeps its own journal."))
    return journal


def read_approvals(journal: JournalStore, everything: bool) -> Loaded:
    """Every desk's requests (open ones only unless `everything`), newest first; due ones are expired first."""
    from ...services.team import approvals

    team = team_journal(journal)
    found = approvals.requests(team)
    if not everything:
        found = [r for r in found if r.state in ("requested", "approved")]
    return Loaded(found, approvals.policies(team), team.login)


def _release(ops: OperationsService, approval_id: int, card: GivenCard | None, confirmed: Collection[str]) -> Any:
    from ...services.team.release import release

    if card is None:
        return release(ops, approval_id, confirmed=confirmed)
    return release(ops, approval_id, card_number=card.number, exp_month=card.month or None,
                   exp_year=card.year or None, confirmed=confirmed)  # fmt: skip


def approve_and_send(ops: OperationsService, approval_id: int, note: str, card: GivenCard | None) -> Sent:
    """Approve (the server refuses a requester or a clerk who is no approver), then send it from this desk.
    Approved but not sent (a card number not the approved one, a question about a second payout…): raises
    ApprovedNotSent, the request waiting approved."""
    from ...services.team import approvals

    decided = approvals.approve(team_journal(ops.journal), approval_id, note)
    try:
        result = _release(ops, approval_id, card, ())
    except Exception as exc:  # approved all the same: said so, with why it was not sent
        raise ApprovedNotSent(decided, exc) from exc
    return Sent(decided, result)


def send_approved(
    ops: OperationsService, approval_id: int, card: GivenCard | None, confirmed: Collection[str] = ()
) -> Sent:
    """Send a request approved earlier (exactly once for the whole team: the server sees to it)."""
    from ...services.team import approvals

    request = approvals.get(team_journal(ops.journal), approval_id)
    return Sent(request, _release(ops, approval_id, card, confirmed))


def reject_request(journal: JournalStore, approval_id: int, reason: str) -> Approval:
    from ...services.team import approvals

    return approvals.reject(team_journal(journal), approval_id, reason)
