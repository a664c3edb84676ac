"""What the sandbox does with each gateway call: the doc's behaviour, and our assumptions where it is silent.

The doc (shared/api/smartpayments-api.txt) gives request fields, example answers and the test cards. It says
nothing about errors, limits or state rules. These are OUR ASSUMPTIONS (also in ASSUMPTIONS.md):

Errors. Every refusal answers `{"success": false, "err": CODE, "msg": "<one sentence>", "fields": {..}}` and
changes nothing:
  400 BAD_REQUEST         not well-formed HTTP/1.1 (414 request line, 431 header lines too long or too many)
  400 BAD_JSON            the body is not JSON (NaN, too deep, a lone surrogate), not an object, over 1 MiB
  400 VALIDATION_ERROR    a required field (per the doc's tables) is missing, a value has the wrong type or
                          form, amount is not a positive JSON integer, the account is unknown or of the
                          wrong kind, the currency is not the account's, a country code is not ISO 3166
                          alpha-2, the card has expired; `fields` maps each field to a sentence
  401 UNAUTHORIZED        no or wrong Basic credentials (with a WWW-Authenticate header)
  404 NOT_FOUND           unknown path;  ORDER_NOT_FOUND  unknown order id;  TASK_NOT_FOUND  unknown report task
  405 METHOD_NOT_ALLOWED  any other HTTP method, HEAD and unknown ones too (with an Allow header)
  409 DUPLICATE_ORDER_ID  an order id already used, on any creating call (payments, authorize, recurrent, payouts)
  409 INVALID_STATE       capture/cancel of anything but an open authorization; a report result asked for before
                          the task is done
Field types: amount is a JSON integer of minor units; customer_zip_code may be a number or a string (the doc's
examples send a number); null counts as absent; fields the doc does not name are ignored. No text field holds
more than 2048 characters or a control character (tab and line breaks aside); amount is at most 10^15 - 1;
digits are ASCII digits. Hostile input never gets a 5xx (tests/e2e/test_sandbox_hostile.py).
Payments. The test cards decide: 4012000000003010 succeeds at once (h2h → status 2; authorize → status 1 with
authorize_status AUTHORIZED); 4003830171874018 answers status 1 with form_url → /challenge/{token} and
stays processing until that page is answered; any other card fails (status -1, errorMessage
PLATFORM_ERROR_GATE_NOT_FOUND and the doc's cascadeErrors). Apple Pay DPAN payments succeed. Answers echo
the merchant's order_id (the doc's h2h example shows a gateway id there). responseType is "REDIRECT" when
there is a form_url, else null. endDate is null until the transaction is final.
Authorizations. capture → status 2, authorize_status CAPTURED; cancel → status -1, CANCELLED.
Refunds. Only of successful (status 2) payments, and in total never more than was paid; a refusal answers
200 with success false and a sentence, a success records a Refund transaction under its refund_id (final at
once). The parent's status stays 2; its refunded total grows.
Recurrent. Needs a successful parent payment (recurrent=true on the parent is not required), charges the
parent's card under a new order id and succeeds at once; parent unknown → 404, not successful → 200 with
success false and err PARENT_NOT_SUCCESSFUL.
Payouts. The balance (holdBalance and rollingBalance are shown, always 0) is what a payout may use. A payout
above it fails with err INSUFFICIENT_FUNDS; to any card but 4012000000003010 it fails with err
PLATFORM_ERROR_GATE_NOT_FOUND; to a phone or an account it succeeds. Failed payouts are recorded too (their
order id is used). A successful payout lowers the balance once, when accepted (status 1), and settles to
status 2 settle_delay_s later.
Callbacks. Each change of a transaction's status or authorize_status is posted (the /check shape) to the
callback_url given with it: see callbacks.py for the retry rule. callback_url, success_url and fail_url must be
http(s) addresses.
"""

from __future__ import annotations

import time
import uuid
from decimal import Decimal
from typing import Any

from ..api.luhn import mask_cards
from . import cards
from .state import (
    AUTHORIZED,
    CANCELLED,
    CAPTURED,
    PAYMENT,
    REFUND,
    WITHDRAWAL,
    SandboxState,
    Transaction,
    now_utc,
)
from .validation import ApiFailure, Spec, check_fields, duplicate, validation_error

_STATUS_WORDS = {1: "still processing", 2: "successful", -1: "failed"}


def money(amount: int, currency: str) -> str:
    return f"{Decimal(amount).scaleb(-2):.2f} {currency}"


def order_not_found(order_id: str) -> ApiFailure:
    return ApiFailure(404, "ORDER_NOT_FOUND", f"There is no transaction with order id {order_id!r}.")


def account_problems(state: SandboxState, body: dict[str, Any], kind: str, problems: dict[str, str]) -> None:
    """Adds sentences for an unknown account, one of the wrong kind, or a currency that is not the account's."""
    name = body.get("account")
    if "account" in problems or not isinstance(name, str):
        return
    account = state.accounts.get(name)
    if account is None:
        problems["account"] = f"There is no account named {name!r}."
    elif account.kind != kind:
        problems["account"] = f"{name} is a {account.kind} account; this call needs a {kind} account."
    elif "currency" in body and "currency" not in problems and body["currency"] != account.currency:
        problems["currency"] = f"Account {name} works in {account.currency}."


def validated(body: dict[str, Any], spec: Spec, state: SandboxState | None = None, kind: str = "") -> None:
    problems = check_fields(body, spec)
    if state is not None:
        account_problems(state, body, kind, problems)
    if problems:
        raise validation_error(problems)


def check_json(tx: Transaction) -> dict[str, Any]:
    """The /check (and /capture, /cancel) answer, and the body of every callback."""
    return tx.check_json()


_ORDER: Spec = {"order_id": ("order_id", True)}


def check(state: SandboxState, body: dict[str, Any]) -> dict[str, Any]:
    validated(body, _ORDER)
    tx = state.get(body["order_id"])
    if tx is None:
        raise order_not_found(body["order_id"])
    return check_json(tx)


def _open_authorization(state: SandboxState, body: dict[str, Any]) -> Transaction:
    validated(body, _ORDER)
    tx = state.get(body["order_id"])
    if tx is None:
        raise order_not_found(body["order_id"])
    if tx.authorize_status != AUTHORIZED or tx.status != 1:
        now = tx.authorize_status or _STATUS_WORDS.get(tx.status, f"status {tx.status}")
        raise ApiFailure(
            409, "INVALID_STATE", f"Order {tx.order_id!r} is not an open authorization (it is {now.lower()})."
        )
    return tx


def capture(state: SandboxState, body: dict[str, Any]) -> dict[str, Any]:
    with state.lock:
        tx = _open_authorization(state, body)
        tx.authorize_status = CAPTURED
        tx.finish(2)
        state.status_changed(tx)
        return check_json(tx)


def cancel(state: SandboxState, body: dict[str, Any]) -> dict[str, Any]:
    with state.lock:
        tx = _open_authorization(state, body)
        tx.authorize_status = CANCELLED
        tx.finish(-1)
        state.status_changed(tx)
        return check_json(tx)


_REFUND: Spec = {
    "order_id": ("order_id", True),
    "amount": ("amount", True),
    "reason": ("text", True),
    "callback_url": ("url", False),
}


def refund(state: SandboxState, body: dict[str, Any]) -> dict[str, Any]:
    validated(body, _REFUND)
    amount: int = body["amount"]
    with state.lock:
        parent = state.get(body["order_id"])
        if parent is None:
            raise order_not_found(body["order_id"])

        def refused(message: str) -> dict[str, Any]:
            return {"success": False, "message": message, "refund_id": None, "parentTransaction": parent.gateway_id}

        if parent.type != PAYMENT:
            return refused(f"Only payments can be refunded; order {parent.order_id!r} is a {parent.type.lower()}.")
        if parent.status != 2:
            word = _STATUS_WORDS.get(parent.status, f"in status {parent.status}")
            return refused(f"Only successful payments can be refunded; this payment is {word}.")
        if amount > parent.refundable:
            return refused(
                f"The refund of {money(amount, parent.currency)} is more than the "
                f"{money(parent.refundable, parent.currency)} left to refund of this payment "
                f"({money(parent.amount, parent.currency)} paid, {money(parent.refunded, parent.currency)} refunded)."
            )
        refund_id = str(uuid.uuid4())
        child = parent.child(refund_id, REFUND, "refund", amount, body["reason"])
        child.callback_url = body.get("callback_url")
        parent.refunded += amount
        state.add(child)
        return {"success": True, "message": "", "refund_id": refund_id, "parentTransaction": parent.gateway_id}


_RECURRENT: Spec = {
    "order_id": ("order_id", True),
    "parent_order_id": ("order_id", True),
    "amount": ("amount", True),
    "reason": ("text", True),
}


def recurrent(state: SandboxState, body: dict[str, Any]) -> dict[str, Any]:
    validated(body, _RECURRENT)
    with state.lock:
        if state.get(body["order_id"]) is not None:
            raise duplicate(body["order_id"])
        parent = state.get(body["parent_order_id"])
        if parent is None:
            raise order_not_found(body["parent_order_id"])
        if parent.type != PAYMENT or parent.status != 2:
            what = parent.type.lower() if parent.type != PAYMENT else _STATUS_WORDS.get(parent.status, "not final")
            return {
                "success": False,
                "message": f"A recurrent payment needs a successful parent payment; order "
                f"{parent.order_id!r} is {what}.",
                "payment_id": None,
                "err": "PARENT_NOT_SUCCESSFUL",
            }
        state.add(parent.child(body["order_id"], PAYMENT, "recurrent", body["amount"], body["reason"]))
        return {"success": True, "message": "", "payment_id": str(uuid.uuid4()), "err": None}


_WITHDRAWAL: Spec = {
    "account": ("text", True),
    "amount": ("amount", True),
    "order_id": ("order_id", True),
    "purpose": ("text", False),
    "merchant_site": ("text", False),
    "customer_card_number": ("card_number", False),
    "customer_card_exp_month": ("month", False),
    "customer_card_exp_year": ("year", False),
    "customer_first_name": ("text", False),
    "customer_last_name": ("text", False),
    "customer_middle_name": ("text", False),
    "customer_phone": ("phone", False),
    "customer_birthdate": ("birthdate", False),
    "customer_zip_code": ("zip", False),
    "callback_url": ("url", False),
    "account_withdrawal": ("text", False),
    "account_withdrawal_holder": ("text", False),
    "account_withdrawal_iin": ("text", False),
    "payment_method": ("text", False),
    "provider_id": ("text", False),
    "customer_ip_address": ("ip", False),
}


def withdrawal_init(state: SandboxState, body: dict[str, Any]) -> dict[str, Any]:
    problems = check_fields(body, _WITHDRAWAL)
    account_problems(state, body, "payout", problems)
    number = body.get("customer_card_number")
    if number:
        destination = "card"
    elif body.get("account_withdrawal"):  # a card number sent as an account is kept masked, as a card's is
        destination = f"account {mask_cards(str(body['account_withdrawal']))}"
    elif body.get("customer_phone"):
        destination = f"phone {mask_cards(str(body['customer_phone']))}"
    else:
        problems.setdefault("customer_card_number", "Give a card number, a phone number or an account to pay to.")
    if problems:
        raise validation_error(problems)
    card = cards.card_view(number) if number else None
    with state.lock:
        if state.get(body["order_id"]) is not None:
            raise duplicate(body["order_id"])
        balance = state.balances[body["account"]]
        tx = Transaction(
            order_id=body["order_id"],
            type=WITHDRAWAL,
            method="withdrawal",
            account=body["account"],
            currency=state.accounts[body["account"]].currency,
            amount=body["amount"],
            status=1,
            created=now_utc(),
            card=card,
            first_name=body.get("customer_first_name"),
            last_name=body.get("customer_last_name"),
            destination=f"card {card.number}" if card else destination,
            merchant_site=body.get("merchant_site"),
            purpose=body.get("purpose"),
            callback_url=body.get("callback_url"),
        )
        if tx.amount > balance.balance:
            tx.finish(-1)
            tx.error_message = "INSUFFICIENT_FUNDS"
            tx.error_text = (
                f"The payout of {money(tx.amount, tx.currency)} is more than the available balance "
                f"of {money(balance.balance, tx.currency)}."
            )
        elif number and not cards.withdrawal_succeeds(number):
            tx.finish(-1)
            tx.error_message = cards.FAIL_ERROR
            tx.error_text = "No payout gate accepted this card."
        else:
            tx.settle_at = time.monotonic() + state.settle_delay_s
        state.add(tx)
        if tx.status == 1:
            balance.balance -= tx.amount
        return {
            "order_id": tx.order_id,
            "status": tx.status,
            "card": card.to_json() if card else None,
            "err": tx.error_message,
            "msg": tx.error_text,
        }


def withdrawal_balance(state: SandboxState, body: dict[str, Any]) -> dict[str, Any]:
    validated(body, {"account": ("text", True)}, state, "payout")
    with state.lock:
        return state.balances[body["account"]].to_json()
