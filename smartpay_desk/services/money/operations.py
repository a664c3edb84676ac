"""Money-moving operations, each journalled before it is sent and settled after.

CONTRACT shared by the desk (ui/) and the CLI; every method is blocking and meant to run in a worker
thread (the desk) or directly (CLI, tests). No Qt here.

Flow of every money-moving method:
  1. validate input (api.validation) and the guards (balance, refundable amount, open authorization,
     currency matches account): refusals raise api.errors.ValidationFailed (field → sentence) or
     GuardRefused, and nothing is written or sent;
  2. write the intent to the journal (state "pending"); an order id already there raises DuplicateOrder;
  3. mark "sent", call the client;
  4. record what came back: succeeded | failed | processing | unknown (OutcomeUnknown) and return an
     OperationResult. An OutcomeUnknown is settled by /check (reconcile.py) for everything but refunds,
     which go to "needs_review". ConnectionFailed → "failed" with note "not sent, safe to resend".
Listeners (`add_listener`) are called with the JournalEntry after each change, from whichever thread
made it; the desk re-emits them as Qt signals.

Only the checks of step 1 (and DuplicateOrder) raise. Whatever the gateway said after the intent was
written (Declined, a 4xx, bad credentials, no answer) comes back as an OperationResult with `error` set.
The engine (journal → send → record → settle) is sending.Sender.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

from ...api import validation as v
from ...api.client import Endpoints, SmartPaymentsClient, Timeouts
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
from ..journal.states import (
    AUTHORIZE,
    CANCEL,
    CAPTURE,
    FAILED,
    KINDS,
    NEEDS_REVIEW,
    OPEN_STATES,
    PAYMENT_H2H,
    PAYMENT_LINK,
    PENDING,
    PROCESSING,
    RECURRENT,
    REFUND,
    SENT,
    SUCCEEDED,
    UNKNOWN,
    WITHDRAWAL,
    DuplicateOrder,
    GuardRefused,
)
from ..journal.store import Journal, JournalEntry
from ..profiles.profiles import Profile
from . import crashhook
from .reconcile import NOT_FOUND_GRACE_S, ReconcileOutcome, interpret_check, reconcile_open, settle
from .sending import Intent, OperationResult, Sender, follow_up_answer, payment_answer, stand_in

__all__ = [
    "FAILED", "KINDS", "NEEDS_REVIEW", "OPEN_STATES", "PENDING", "PROCESSING", "SENT", "SUCCEEDED", "UNKNOWN",
    "DuplicateOrder", "GuardRefused", "OperationResult", "OperationsService", "PaymentResult", "open_session",
]  # fmt: skip

NO_URLS = Urls()


class OperationsService(Sender):
    """Built per profile: (client, journal, profile, operator). See the module docstring."""

    # add_listener(fn), remove_listener(fn), close(): see sending.Sender

    # ---------------------------------------------------------------- reads (not journalled)
    def check(self, order_id: str) -> TransactionInfo:
        return self.client.check(order_id)

    def balance(self, account: str | None = None) -> Balance:
        return self.client.withdrawal_balance(account or self.profile.payout_account)

    def refundable(self, order_id: str) -> int:
        """What may still be refunded (minor units): paid, minus refunds from this desk that succeeded or
        are not settled yet. 0 for anything but a successful payment."""
        info = self.client.check(order_id)
        if info.status != 2 or (info.type or "Payment") != "Payment":
            return 0
        taken = self.journal.refunded_total(order_id, profile=self.profile.name, include_uncertain=True)
        return max(0, (info.amount or 0) - taken)

    def open_authorizations(self) -> list[Any]:
        """Journal entries of this profile: authorized, not yet captured or cancelled (nor on the way)."""
        busy = {
            e.order_id
            for e in self.journal.entries(kind=(CAPTURE, CANCEL), profile=self.profile.name)
            if e.state in (*OPEN_STATES, SUCCEEDED, NEEDS_REVIEW)
        }
        authorized = self.journal.entries(kind=AUTHORIZE, state=SUCCEEDED, profile=self.profile.name)
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
        self._guard_currency(currency)
        intent = Intent(PAYMENT_LINK, order_id, req.to_payload(), amount, currency, req.account)
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
        self._guard_currency(currency)
        intent = Intent(PAYMENT_H2H, order_id, req.to_payload(), amount, currency, req.account, f"card {card.masked}")
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
        self._guard_currency(currency)
        intent = Intent(AUTHORIZE, order_id, req.to_payload(), amount, currency, req.account, f"card {card.masked}")
        return self.send(intent, lambda: self.client.authorize(req), lambda r: self._authorized(order_id, r))

    def capture(self, order_id: str) -> OperationResult:
        info = self._open_authorization(order_id, "captured")
        intent = Intent(CAPTURE, order_id, {"order_id": order_id}, info.amount, self.profile.currency)
        return self.send(intent, lambda: self.client.capture(order_id), follow_up_answer(CAPTURE))

    def cancel(self, order_id: str) -> OperationResult:
        info = self._open_authorization(order_id, "cancelled")
        intent = Intent(CANCEL, order_id, {"order_id": order_id}, info.amount, self.profile.currency)
        return self.send(intent, lambda: self.client.cancel(order_id), follow_up_answer(CANCEL))

    def refund(self, order_id: str, amount: int, reason: str) -> OperationResult:
        """Refunds have no order id of their own: the journal keys them "refund:<parent>:<uuid4>"."""
        req = RefundRequest(order_id=order_id, amount=amount, reason=reason)
        v.ensure_valid(v.validate_refund(req))
        info = self._parent(order_id, "refunded")
        if (info.type or "Payment") != "Payment":
            raise GuardRefused(f"Only payments can be refunded; order {order_id} is a {info.type}.")
        if info.status != 2:
            raise GuardRefused(f"Only successful payments can be refunded; order {order_id} is {info.status_text}.")
        taken = self.journal.refunded_total(order_id, profile=self.profile.name, include_uncertain=True)
        left = max(0, (info.amount or 0) - taken)
        if amount > left:
            raise GuardRefused(
                f"The refund of {self.money(amount)} is more than the {self.money(left)} left to refund "
                f"of order {order_id} ({self.money(info.amount or 0)} paid)."
            )
        intent = Intent(REFUND, order_id, req.to_payload(), amount, self.profile.currency)
        return self.send(intent, lambda: self.client.refund(req), _refunded)

    def recurrent(
        self, parent_order_id: str, amount: int, reason: str, order_id: str | None = None
    ) -> OperationResult:  # fmt: skip
        """A repeat charge of a successful payment's card; without order_id a new one is made up."""
        new_id = order_id or f"rec-{uuid.uuid4().hex[:20]}"
        req = RecurrentRequest(order_id=new_id, parent_order_id=parent_order_id, amount=amount, reason=reason)
        v.ensure_valid(v.validate_recurrent(req))
        info = self._parent(parent_order_id, "charged again")
        if info.status != 2 or (info.type or "Payment") != "Payment":
            what = info.status_text if (info.type or "Payment") == "Payment" else f"a {info.type}"
            raise GuardRefused(f"A repeat charge needs a successful payment; order {parent_order_id} is {what}.")
        intent = Intent(RECURRENT, new_id, req.to_payload(), amount, self.profile.currency, self.profile.account,
                        parent_order_id=parent_order_id)  # fmt: skip
        return self.send(intent, lambda: self.client.recurrent(req), _charged)

    def payout(self, req: WithdrawalRequest) -> OperationResult:
        """Payout from req.account (the profile's payout account when empty); never above the balance."""
        if not req.account:
            req = replace(req, account=self.profile.payout_account)
        v.ensure_valid(v.validate_withdrawal(req))
        self._guard_positive(req.amount)
        available = self.client.withdrawal_balance(req.account).available
        if req.amount > available:
            raise GuardRefused(
                f"The payout of {self.money(req.amount)} is more than the available balance of "
                f"{self.money(available)} on {req.account}."
            )
        intent = Intent(WITHDRAWAL, req.order_id, req.to_payload(), req.amount, self.profile.currency,
                        req.account, req.destination)  # fmt: skip
        return self.send(intent, lambda: self.client.withdrawal_init(req), payment_answer)

    def follow(self, order_id: str) -> OperationResult:
        """One /check for a journalled order, journal updated when it was open; for polling."""
        entry = self.journal.entry(order_id, profile=self.profile.name)
        if entry is None:
            raise GuardRefused(f"Order {order_id} is not in this desk's journal.")
        info: TransactionInfo | None = None
        if entry.is_open and self.journal.is_busy(entry):
            return self.result(entry)
        if entry.is_open and entry.kind != REFUND:
            entry = settle(self.journal, self.client, entry, deadline_s=0.0, on_change=self._notify,
                           not_found_grace_s=self.not_found_grace_s)  # fmt: skip
        elif entry.kind != REFUND:
            info = self.client.check(entry.order_id)
        return self.result(entry, info)

    def wait_final(self, order_id: str, deadline_s: float) -> OperationResult:
        """Poll /check (with backoff) until the journalled order is final or the deadline passes."""
        entry = self.journal.entry(order_id, profile=self.profile.name)
        if entry is None:
            raise GuardRefused(f"Order {order_id} is not in this desk's journal.")
        if entry.kind == REFUND or self.journal.is_busy(entry):
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
        if entry.state != NEEDS_REVIEW:
            raise GuardRefused("Only an entry waiting for review can be marked by hand.")
        verdict = "succeeded" if succeeded else "failed"
        text = f"marked {verdict} by {self.operator}" + (f": {note}" if note else "")
        updated = self.journal.update(entry_id, SUCCEEDED if succeeded else FAILED, note=text)
        self._notify(updated)
        return updated

    # ---------------------------------------------------------------- guards
    def _guard_currency(self, currency: str) -> None:
        if currency != self.profile.currency:
            raise GuardRefused(f"The account {self.profile.account} works in {self.profile.currency}, not {currency}.")

    @staticmethod
    def _guard_positive(amount: int) -> None:
        if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
            raise GuardRefused("The amount must be more than zero.")

    def _parent(self, order_id: str, what: str) -> TransactionInfo:
        try:
            return self.client.check(order_id)
        except OrderNotFound:
            raise GuardRefused(f"The gateway has no order {order_id}, so it cannot be {what}.") from None

    def _open_authorization(self, order_id: str, what: str) -> TransactionInfo:
        problem = v.check_order_id(order_id)
        v.ensure_valid({"order_id": problem} if problem else {})
        info = self._parent(order_id, what)
        if info.status != 1 or str(info.authorize_status or "").upper() != "AUTHORIZED":
            now = str(info.authorize_status or info.status_text).lower()
            raise GuardRefused(f"Order {order_id} is not an open authorization (it is {now}), so it cannot be {what}.")
        return info

    def _authorized(self, order_id: str, result: PaymentResult) -> tuple[str, str]:
        if result.status == 2:
            return SUCCEEDED, "authorized and already captured"
        if result.status != 1:
            return UNKNOWN, f"the gateway answered status unknown ({result.status})"
        if str(result.extra.get("authorize_status") or "").upper() == "AUTHORIZED":
            return SUCCEEDED, "authorized: capture or cancel it"
        if result.form_url:
            return PROCESSING, f"waiting for the customer's authentication ({result.form_url})"
        try:  # the answer does not say whether it is authorized yet: ask once
            return interpret_check(stand_in(AUTHORIZE), self.client.check(order_id))
        except ApiError:
            return PROCESSING, "processing at the gateway"


def _refunded(result: RefundResult) -> tuple[str, str]:
    return SUCCEEDED, f"refunded (refund id {result.refund_id})" if result.refund_id else "refunded"


def _charged(result: RecurrentResult) -> tuple[str, str]:
    return SUCCEEDED, f"charged (payment id {result.payment_id})" if result.payment_id else "charged"


def open_session(
    profile: Profile,
    secret: str,
    data_dir: str | os.PathLike[str],
    *,
    timeouts: Timeouts | None = None,
    journal: Journal | None = None,
    operator: str | None = None,
    settle_deadline_s: float = 20.0,
    settle_first_delay_s: float = 0.5,
    not_found_grace_s: float = NOT_FOUND_GRACE_S,
) -> OperationsService:
    """The services of one profile: a client on its three base URLs and the data directory's journal
    (opened here and closed by close(), unless one is passed in)."""
    endpoints = Endpoints(gateway=profile.gateway_url, pci=profile.pci_url, reports=profile.reports_url)
    client = SmartPaymentsClient(
        endpoints, profile.merchant_key, secret, timeouts=timeouts or Timeouts(), transport=crashhook.transport()
    )
    return OperationsService(
        client,
        journal or Journal.in_dir(Path(data_dir)),
        profile,
        operator,
        settle_deadline_s=settle_deadline_s,
        settle_first_delay_s=settle_first_delay_s,
        owns_journal=journal is None,
        not_found_grace_s=not_found_grace_s,
    )
