"""Sending what four-eyes holds: the request made instead of a payout/refund, and the release of an approved one.

    claim_extras(journal, intent, profile)     # called by the sending engine on a team journal (sending.four_eyes)
    release(ops, approval_id[, card=...])      # an approved request, sent exactly once, as it was approved

A batch request (batch_approvals.py) is not sent by `release`: its rows are sent by the batch sender, each inside
`releasing(approval_id)`, and the server checks each against the rows approved.

`release` rebuilds the intent from the request (its redacted payload; for a card payout the card number and
expiry are given again and must match the approved fingerprint, see the design note in approvals.py) and sends
it through the usual engine (journal → send → record), with the approved request named in the claim: the
server writes the intent and the release in one transaction, refusing anything but exactly what was approved,
and a second release. Two desks releasing at once: one sends, the other is refused before anything is sent.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Collection, Iterator
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from ...api.models import WithdrawalRequest
from ...api.requests import destination_said
from ...api.said import said
from ..journal.states import Kind
from ..money.fingerprint import FIELD, fingerprint
from ..money.guards import GuardRefused
from . import approvals, batch_approvals
from .store import TeamJournal

if TYPE_CHECKING:
    from ..money.operations import OperationsService
    from ..money.sending import Intent, OperationResult

_RELEASING: ContextVar[int | None] = ContextVar("smartpay_releasing", default=None)
_WITHDRAWAL_FIELDS = {f.name for f in dataclasses.fields(WithdrawalRequest)}


@contextlib.contextmanager
def releasing(approval_id: int) -> Iterator[None]:
    token = _RELEASING.set(approval_id)
    try:
        yield
    finally:
        _RELEASING.reset(token)


def claim_extras(intent: Intent) -> dict[str, Any]:
    """What the claim of `intent` carries on the team journal: its destination's fingerprint, and the approved
    request it releases when it is sent by `release` (the server holds anything else the policy wants approved:
    HeldForApproval, and the team journal writes a request in its place: TeamJournal.record_intent)."""
    printed = intent.payload.get(FIELD)
    extras: dict[str, Any] = {"fingerprint": printed if isinstance(printed, str) else None}
    approval_id = _RELEASING.get()
    if approval_id is not None:
        extras["approval_id"] = approval_id
    return extras


def release(
    ops: OperationsService,
    approval_id: int,
    *,
    card_number: str | None = None,
    exp_month: str | None = None,
    exp_year: str | None = None,
    confirmed: Collection[str] = (),
) -> OperationResult:
    """Send the approved request `approval_id` from this desk (see the module docstring). Raises GuardRefused
    with a sentence when it cannot be sent from here (not approved, expired, sent already, a card number that
    is not the approved one, another merchant's journal); NeedsConfirmation as a payout does (`confirmed`)."""
    journal = ops.journal
    if not isinstance(journal, TeamJournal):
        raise GuardRefused(said("Approvals live in a team journal; this profile keeps its own journal."))
    request = approvals.get(journal, approval_id)
    if request.state != "approved":
        raise GuardRefused(_not_approved(approval_id, request.state))
    if request.batch_id:  # a batch's rows are sent from its file, row for row (batch_approvals.py)
        raise GuardRefused(batch_approvals.send_from_the_file(request))
    with releasing(approval_id):
        if request.kind == Kind.REFUND:
            reason = str((request.request or {}).get("reason") or request.reason or "approved refund")
            return ops.refund(request.order_id, request.amount, reason)
        return ops.payout(_payout(ops, request, card_number, exp_month, exp_year), confirmed=confirmed)


def _payout(
    ops: OperationsService, request: approvals.Approval, card: str | None, month: str | None, year: str | None
) -> WithdrawalRequest:
    asked = dict(request.request) if isinstance(request.request, dict) else {}
    fields = {k: v for k, v in asked.items() if k in _WITHDRAWAL_FIELDS}
    fields.update(account=request.account, amount=request.amount, order_id=request.order_id)
    for name in ("customer_card_number", "customer_card_exp_month", "customer_card_exp_year"):
        fields.pop(name, None)
    if request.card_payout:
        if not card:
            raise GuardRefused(
                said("Request {id} pays out to {destination}: the team journal never holds a card number, so type "
                     "the card number again to send it.", id=request.id,
                     destination=destination_said(request.destination)),
                field="card_number",
            )  # fmt: skip
        fields.update(customer_card_number=card, customer_card_exp_month=month, customer_card_exp_year=year)
    req = WithdrawalRequest(**fields)
    if (fingerprint(ops.fingerprint_key, req) or "") != request.fingerprint:
        raise GuardRefused(
            said("The destination given is not the one approved in request {id} ({destination}); nothing was sent.",
                 id=request.id, destination=destination_said(request.destination)),
            field="card_number",
        )  # fmt: skip
    return req


def _not_approved(approval_id: int, state: str) -> str:
    if state == "requested":
        return said("Request {id} is still waiting for a decision; nothing was sent.", id=approval_id)
    if state == "released":
        return said("Request {id} was sent already; nothing was sent.", id=approval_id)
    if state == "rejected":
        return said("Request {id} was rejected; nothing was sent.", id=approval_id)
    if state == "expired":
        return said("Request {id} was expired; nothing was sent.", id=approval_id)
    return said("Request {id} was {state}; nothing was sent.", id=approval_id, state=state)
