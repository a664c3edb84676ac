"""Money-moving operations, each journalled before it is sent and settled after.

CONTRACT shared by the desk (ui/) and the CLI; every method is blocking and meant to run in a worker
thread (the desk) or directly (CLI, tests). No Qt here.

Flow of every money-moving method:
  1. validate input (api.validation) and the guards (guards.py: balance, refundable amount, open
     authorization, currency matches account; the same functions the tabs call before confirming):
     refusals raise api.errors.ValidationFailed (`.fields`: field → sentence) or GuardRefused (`.field`),
     and nothing is written or sent;
  2. write the intent to the journal (state "pending"); an order id already there raises DuplicateOrder;
  3. mark "sent", call the client;
  4. record what came back: succeeded | failed | processing | unknown (OutcomeUnknown) and return an
     OperationResult. An OutcomeUnknown is settled by /check (reconcile.py) for everything but refunds,
     which go to "needs_review". ConnectionFailed → "failed" with note "not sent, safe to resend".
Listeners (`add_listener`) are called with the JournalEntry after each change, from whichever thread
made it; the desk re-emits them as Qt signals.

An order the caller has just read (`load_order` → OrderView, or a /check's TransactionInfo) can be handed
to refund / recurrent / capture / cancel, which then judge it without a second /check. `gateway_refunds`
adds what the gateway's Refund report says of the order's refunds (refund_report.py; seconds, cached).

A repeat charge or a payout that looks like a second press or an outlier (reviews.py) raises NeedsConfirmation
unless its kind is in `confirmed=`; `recurrent_review` / `payout_review` ask the same questions beforehand.
Only the checks of step 1 (and DuplicateOrder) raise. Whatever the gateway said after the intent was
written (Declined, a 4xx, bad credentials, no answer) comes back as an OperationResult with `error` set.
The engine (journal → send → record → settle) is sending.Sender.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import replace
from typing import Literal

from ...api import validation as v
from ...api.errors import ApiError, OrderNotFound
from ...api.models import (
    AuthorizeRequest,
    Balance,
    Card,
    Customer,
    HostToHostRequest,
    InitPaymentRequest,
    PaymentResult,
    RecurrentRequest,
    RecurrentResult,
    RefundRequest,
    RefundResult,
    TransactionInfo,
    Urls,
    WithdrawalRequest,
)
from ...api.said import said
from ...api.status import Status
from ..journal.states import (  # the old names, re-exported for the callers that import them from here
    FAILED,
    KINDS,
    NEEDS_REVIEW,
    OPEN_STATES,
    PENDING,
    PROCESSING,
    SENT,
    SUCCEEDED,
    UNKNOWN,
    Kind,
    State,
)
from ..journal.store import JournalEntry
from . import guards as g
from . import history, refund_report
from .fingerprint import FIELD, fingerprint
from .guards import DuplicateOrder, GuardRefused, NeedsConfirmation, OrderView
from .reconcile import ReconcileOutcome, interpret_check, reconcile_open, settle
from .reviews import Review, payout_review, recurrent_review
from .sending import Intent, OperationResult, Sender, follow_up_answer, payment_answer, stand_in
from .words import marked, no_order

__all__ = [
    "FAILED", "KINDS", "NEEDS_REVIEW", "OPEN_STATES", "PENDING", "PROCESSING", "SENT", "SUCCEEDED", "UNKNOWN",
    "DuplicateOrder", "GuardRefused", "NeedsConfirmation", "OperationResult", "OperationsService", "OrderView",
    "PaymentResult", "Review",
]  # fmt: skip

NO_URLS = Urls()
NOTHING: frozenset[str] = frozenset()


class OperationsService(Sender):
    """Built per profile: (client, journal, profile, operator). See the module docstring."""

    # add_listener(fn), remove_listener(fn), close(): see sending.Sender

    # ---------------------------------------------------------------- reads (not journalled)
    def check(self, order_id: str) -> TransactionInfo:
        return self.client.check(order_id)

    def balance(self, account: str | None = None) -> Balance:
        return self.client.withdrawal_balance(account or self.profile.payout_account)

    def load_order(self, order_id: str) -> OrderView:
        """One /check of the order, with what this journal has refunded of it (see OrderView)."""
        return self.order_view(order_id, self.client.check(order_id))

    def order_view(self, order_id: str, info: TransactionInfo) -> OrderView:
        """The order as `info` says, with this journal's refunds read now (no gateway call)."""
        name = self.profile.name
        refunded = self.journal.refunded_total(order_id, profile=name, include_uncertain=True)
        held = history.refund_hold(self.journal, name, order_id)
        return OrderView(order_id, info, refunded, name, held, history.last_decline(self.journal, name, order_id))

    def gateway_refunds(self, order: OrderView) -> OrderView:
        """`order` with what the gateway's Refund report says of its refunds (no /check; the report is read
        through the reports API, seconds, then kept in memory a while). Never raises for the report: a report
        that cannot be had is said in `gateway.problem`."""
        found = refund_report.read_for(
            order, self.refund_reports, self.journal, self.profile.name, self.profile.currency
        )
        return replace(self.order_view(order.order_id, order.info), gateway=found)

    @property
    def refund_reports(self) -> refund_report.RefundReports:
        """The Refund reports read for this profile, kept in memory (refund_report.py)."""
        kept: refund_report.RefundReports | None = getattr(self, "_refund_reports", None)
        if kept is None:
            kept = self._refund_reports = refund_report.RefundReports(self.client)
        return kept

    def refundable(self, order_id: str) -> int:
        """What may still be refunded (minor units): paid, minus refunds from this desk that succeeded or
        are not settled yet. 0 for anything but a successful payment. One /check."""
        return self.load_order(order_id).refundable

    def open_authorizations(self) -> list[JournalEntry]:
        """Journal entries of this profile: authorized, not yet captured or cancelled (nor on the way)."""
        busy = {
            e.order_id
            for e in self.journal.entries(kind=(Kind.CAPTURE, Kind.CANCEL), profile=self.profile.name)
            if e.state in (*OPEN_STATES, State.SUCCEEDED, State.NEEDS_REVIEW)
        }
        authorized = self.journal.entries(kind=Kind.AUTHORIZE, state=State.SUCCEEDED, profile=self.profile.name)
        return [e for e in authorized if e.order_id not in busy and "already captured" not in e.note]

    # ---------------------------------------------------------------- money-moving (journalled)
    def payment_link(
        self, *, amount: int, currency: str, order_id: str, customer: Customer, purpose: str | None = None,
        merchant_site: str | None = None, recurrent: bool | None = None, urls: Urls = NO_URLS,
        account: str | None = None,
    ) -> OperationResult:  # fmt: skip
        req = InitPaymentRequest(
            account=account or self.profile.account, amount=amount, currency=currency, order_id=order_id,
            customer=customer, merchant_site=merchant_site, recurrent=recurrent, purpose=purpose, urls=urls,
        )  # fmt: skip
        v.ensure_valid(v.validate_init_payment(req))
        g.enforce(g.account_currency(currency, req.account, self.profile.currency))
        intent = Intent(Kind.PAYMENT_LINK, order_id, req.to_payload(), amount, currency, req.account)
        return self.send(intent, lambda: self.client.init_payment(req), payment_answer)

    def pay_by_card(
        self, *, amount: int, currency: str, order_id: str, customer: Customer, card: Card,
        merchant_site: str, purpose: str | None = None, recurrent: bool | None = None, urls: Urls = NO_URLS,
        account: str | None = None,
    ) -> OperationResult:  # fmt: skip
        req = HostToHostRequest(
            account=account or self.profile.account, amount=amount, currency=currency, order_id=order_id,
            merchant_site=merchant_site, customer=customer, card_holder=card.holder, card=card,
            recurrent=recurrent, purpose=purpose, urls=urls,
        )  # fmt: skip
        v.ensure_valid(v.validate_h2h(req))
        g.enforce(g.account_currency(currency, req.account, self.profile.currency))
        intent = Intent(
            Kind.PAYMENT_H2H, order_id, req.to_payload(), amount, currency, req.account,
            said("card {card}", card=card.masked),
        )  # fmt: skip
        return self.send(intent, lambda: self.client.init_payment_h2h(req), payment_answer)

    def authorize(
        self, *, amount: int, currency: str, order_id: str, customer: Customer, card: Card,
        merchant_site: str, purpose: str | None = None, urls: Urls = NO_URLS, account: str | None = None,
    ) -> OperationResult:  # fmt: skip
        req = AuthorizeRequest(
            account=account or self.profile.account, amount=amount, currency=currency, order_id=order_id,
            merchant_site=merchant_site, customer=customer, card=card, purpose=purpose, urls=urls,
        )  # fmt: skip
        v.ensure_valid(v.validate_authorize(req))
        g.enforce(g.account_currency(currency, req.account, self.profile.currency))
        intent = Intent(
            Kind.AUTHORIZE, order_id, req.to_payload(), amount, currency, req.account,
            said("card {card}", card=card.masked),
        )  # fmt: skip
        return self.send(intent, lambda: self.client.authorize(req), lambda r: self._authorized(order_id, r))

    def capture(self, order_id: str, info: TransactionInfo | None = None) -> OperationResult:
        """Take the money an open authorization holds. `info`: the order as the caller just read it
        (its /check), else it is read here; the gateway stays the judge."""
        info = self._open_authorization(order_id, "capture", info)
        intent = Intent(Kind.CAPTURE, order_id, {"order_id": order_id}, info.amount, self.profile.currency)
        return self.send(intent, lambda: self.client.capture(order_id), follow_up_answer(Kind.CAPTURE))

    def cancel(self, order_id: str, info: TransactionInfo | None = None) -> OperationResult:
        """Release the money an open authorization holds (`info` as for capture)."""
        info = self._open_authorization(order_id, "cancel", info)
        intent = Intent(Kind.CANCEL, order_id, {"order_id": order_id}, info.amount, self.profile.currency)
        return self.send(intent, lambda: self.client.cancel(order_id), follow_up_answer(Kind.CANCEL))

    def refund(
        self, order_id: str, amount: int, reason: str, order: OrderView | None = None, *, key: str | None = None,
        note: str = "",
    ) -> OperationResult:  # fmt: skip
        """Refunds have no order id of their own: the journal keys them "refund:<parent>:<uuid4>", or with `key`
        (a batch row's) "refund:<parent>:<key>", claimed once (DuplicateOrder). `note`: the intent's note.

        `order`: the order as load_order gave it (its /check is used again; what this journal refunded is
        read afresh); without it, or for another order or profile, the order is read here."""
        req = RefundRequest(order_id=order_id, amount=amount, reason=reason)
        v.ensure_valid(v.validate_refund(req))
        same = order is not None and order.order_id == order_id and order.profile == self.profile.name
        info = order.info if order is not None and same else self._parent(order_id, "refund", "order_id")
        view = replace(self.order_view(order_id, info), gateway=order.gateway if order is not None and same else None)
        currency = self.profile.currency
        g.enforce(g.refund_not_held(view, amount), g.refundable_order(view), g.refund_amount(amount, view, currency))
        intent = Intent(
            Kind.REFUND, order_id, req.to_payload(), amount, self.profile.currency, note=note, cap=view.paid, key=key
        )
        result = self.send(intent, lambda: self.client.refund(req), _refunded)
        if result.state == State.FAILED and result.response is not None:  # declined: the report may know more now
            self.refund_reports.forget()
        return result

    def recurrent(
        self, parent_order_id: str, amount: int, reason: str, order_id: str | None = None,
        parent: TransactionInfo | None = None, *, confirmed: Collection[str] = NOTHING,
    ) -> OperationResult:  # fmt: skip
        """A repeat charge of a successful payment's card; without order_id a new one is made up.
        `parent`: the parent as the caller just read it (its /check), else it is read here. What
        `recurrent_review` asks must be in `confirmed` (else NeedsConfirmation); its warnings come back in
        `details["warnings"]`."""
        new_id = order_id or f"rec-{uuid.uuid4().hex[:20]}"
        req = RecurrentRequest(order_id=new_id, parent_order_id=parent_order_id, amount=amount, reason=reason)
        v.ensure_valid(v.validate_recurrent(req))
        parent = self._repeatable(parent_order_id, parent)
        review = self.recurrent_review(parent_order_id, amount, new_id, parent)
        review.ask(confirmed)
        intent = Intent(Kind.RECURRENT, new_id, req.to_payload(), amount, self.profile.currency, self.profile.account,
                        parent_order_id=parent_order_id, note=review.note(self.operator))  # fmt: skip
        result = self.send(intent, lambda: self.client.recurrent(req), _charged)
        result.details["warnings"] = list(review.warnings)
        return result

    def recurrent_review(
        self, parent_order_id: str, amount: int, order_id: str | None = None, parent: TransactionInfo | None = None
    ) -> Review:
        """What a repeat charge of `amount` asks before it is sent (reviews.py); the journal only, once the
        parent is read (here, unless given)."""
        parent = self._repeatable(parent_order_id, parent)
        return recurrent_review(self.journal, self.profile.name, self.profile.currency, parent_order_id, amount,
                                order_id, parent)  # fmt: skip

    def payout(
        self, req: WithdrawalRequest, *, confirmed: Collection[str] = NOTHING, note: str = "",
        available: int | None = None,
    ) -> OperationResult:  # fmt: skip
        """Payout from req.account (the profile's payout account when empty); never above the balance, read
        here just before sending unless the caller read it itself (`available`: a batch reads it once per group
        of rows); what `payout_review` asks must be in `confirmed`. `note` goes into the intent's note."""
        if not req.account:
            req = replace(req, account=self.profile.payout_account)
        v.ensure_valid(v.validate_withdrawal(req))
        g.enforce(g.positive_amount(req.amount))
        if available is None:
            available = self.client.withdrawal_balance(req.account).available
        g.enforce(g.within_balance(req.amount, available, req.account, self.profile.currency))
        review = self.payout_review(req)
        review.ask(confirmed)
        payload = req.to_payload()
        if (print_ := fingerprint(self.fingerprint_key, req)) is not None:
            payload[FIELD] = print_  # the destination, recognisable again without its number (fingerprint.py)
        notes = "; ".join(part for part in (note, review.note(self.operator)) if part)
        intent = Intent(Kind.WITHDRAWAL, req.order_id, payload, req.amount, self.profile.currency, req.account,
                        req.destination, note=notes)  # fmt: skip
        return self.send(intent, lambda: self.client.withdrawal_init(req), payment_answer)

    def payout_review(self, req: WithdrawalRequest) -> Review:
        """What a payout asks before it is sent: the same destination and amount within 24 hours (journal only)."""
        key = fingerprint(self.fingerprint_key, req)
        return payout_review(self.journal, self.profile.name, self.profile.currency, req, key)

    def follow(self, order_id: str) -> OperationResult:
        """One /check for a journalled order, journal updated when it was open; for polling."""
        entry = self.journal.entry(order_id, profile=self.profile.name)
        if entry is None:
            raise GuardRefused(said("Order {order_id} is not in this desk's journal.", order_id=order_id))
        info: TransactionInfo | None = None
        if entry.is_open and self.journal.is_busy(entry):
            return self.result(entry)
        if entry.is_open and entry.kind != Kind.REFUND:
            entry = settle(self.journal, self.client, entry, deadline_s=0.0, on_change=self._notify,
                           not_found_grace_s=self.not_found_grace_s)  # fmt: skip
        elif entry.kind != Kind.REFUND:
            info = self.client.check(entry.order_id)
        return self.result(entry, info)

    def wait_final(self, order_id: str, deadline_s: float) -> OperationResult:
        """Poll /check (with backoff) until the journalled order is final or the deadline passes."""
        entry = self.journal.entry(order_id, profile=self.profile.name)
        if entry is None:
            raise GuardRefused(said("Order {order_id} is not in this desk's journal.", order_id=order_id))
        if entry.kind == Kind.REFUND or self.journal.is_busy(entry):
            return self.result(entry)
        entry = settle(
            self.journal, self.client, entry, deadline_s=deadline_s,
            first_delay_s=self.settle_first_delay_s, on_change=self._notify, sleep=self._sleep,
            not_found_grace_s=self.not_found_grace_s,
        )  # fmt: skip
        return self.result(entry)

    # ---------------------------------------------------------------- journal upkeep
    def reconcile(self, deadline_s: float = 10.0) -> list[ReconcileOutcome]:
        """Settle every open entry of this profile (at start-up). Nothing is sent again."""
        return reconcile_open(
            self.journal, self.client, profile=self.profile.name, deadline_s=deadline_s,
            first_delay_s=min(0.5, self.settle_first_delay_s), on_change=self._notify, sleep=self._sleep,
            not_found_grace_s=self.not_found_grace_s,
        )  # fmt: skip

    def resolve(self, entry_id: int, succeeded: bool, note: str = "") -> JournalEntry:
        """An operator's verdict on an entry waiting for review (e.g. an unknown refund they verified)."""
        entry = self.journal.entry_by_id(entry_id)
        if entry.state != State.NEEDS_REVIEW:
            raise GuardRefused(said("Only an entry waiting for review can be marked by hand."))
        text = marked(succeeded, self.operator, note)
        updated = self.journal.update(entry_id, State.SUCCEEDED if succeeded else State.FAILED, note=text)
        self._notify(updated)
        return updated

    # ---------------------------------------------------------------- the order acted on
    def _parent(self, order_id: str, action: str, field: str) -> TransactionInfo:
        try:
            return self.client.check(order_id)
        except OrderNotFound:
            raise GuardRefused(no_order(action, order_id), field=field) from None

    def _repeatable(self, parent_order_id: str, parent: TransactionInfo | None) -> TransactionInfo:
        if parent is None or parent.order_id not in (None, parent_order_id):
            parent = self._parent(parent_order_id, "recurrent", "parent_order_id")
        g.enforce(g.repeatable_parent(parent, parent_order_id))
        return parent

    def _open_authorization(
        self, order_id: str, action: Literal["capture", "cancel"], info: TransactionInfo | None
    ) -> TransactionInfo:  # fmt: skip
        problem = v.check_order_id(order_id)
        v.ensure_valid({"order_id": problem} if problem else {})
        if info is None or info.order_id not in (None, order_id):
            info = self._parent(order_id, action, "order_id")
        g.enforce(g.open_authorization(info, order_id, action))
        return info

    def _authorized(self, order_id: str, result: PaymentResult) -> tuple[State, str]:
        if result.status == Status.SUCCESS:
            return State.SUCCEEDED, said("authorized and already captured")
        if result.status != Status.PROCESSING:
            return State.UNKNOWN, said("the gateway answered status {status}", status=Status.label(result.status))
        if str(result.extra.get("authorize_status") or "").upper() == "AUTHORIZED":
            return State.SUCCEEDED, said("authorized: capture or cancel it")
        if result.form_url:
            return State.PROCESSING, said("waiting for the customer's authentication ({url})", url=result.form_url)
        try:  # the answer does not say whether it is authorized yet: ask once
            return interpret_check(stand_in(Kind.AUTHORIZE), self.client.check(order_id))
        except ApiError:
            return State.PROCESSING, said("processing at the gateway")


def _refunded(result: RefundResult) -> tuple[State, str]:
    return State.SUCCEEDED, history.refunded_note(result.refund_id)


def _charged(result: RecurrentResult) -> tuple[State, str]:
    if result.payment_id:
        return State.SUCCEEDED, said("charged (payment id {payment_id})", payment_id=result.payment_id)
    return State.SUCCEEDED, said("charged")
