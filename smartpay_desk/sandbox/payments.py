"""Card payments: the payment link (initPayment + the hosted form), host-to-host, authorize, and the 3-D
Secure challenge. The rules and assumptions are written once, in rules.py's docstring.

The challenge page's address carries an unguessable token (not the order id): whoever was sent to it is the
payer; nobody else can see or answer it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import cards
from .rules import account_problems, validated
from .state import AUTHORIZED, PAYMENT, SandboxState, Transaction, iso_ms, now_utc, secret_token
from .validation import ApiFailure, Spec, card_expired, check_fields, validation_error

_CUSTOMER: Spec = {
    "customer_first_name": ("text", True),
    "customer_last_name": ("text", True),
    "customer_address": ("text", True),
    "customer_city": ("text", True),
    "customer_zip_code": ("zip", True),
    "customer_country": ("country", True),
    "customer_phone": ("phone", True),
    "customer_email": ("email", True),
    "customer_ip_address": ("ip", True),
}
_URLS: Spec = {
    "success_url": ("url", False),
    "fail_url": ("url", False),
    "callback_url": ("url", False),
    "status_url": ("text", False),
}
_ORDER: Spec = {
    "account": ("text", True),
    "amount": ("amount", True),
    "currency": ("currency", True),
    "order_id": ("order_id", True),
    "recurrent": ("bool", False),
    "purpose": ("text", False),
}
FORM_SPEC: Spec = {**_ORDER, "merchant_site": ("text", False), **_CUSTOMER, **_URLS}
CARD_SPEC: Spec = {
    "card_holder": ("text", True),
    "card_number": ("card_number", True),
    "card_exp_month": ("month", True),
    "card_exp_year": ("year", True),
    "card_cvv": ("cvv", True),
}
_BROWSER: Spec = {
    f"browser_{name}": ("bool" if name in ("java_enabled", "js_enabled") else "text", False)
    for name in (
        "accept_header", "user_agent", "java_enabled", "js_enabled", "color_depth",
        "screen_height", "screen_width", "language", "time_zone",
    )
}  # fmt: skip
_PAYER: Spec = {**_ORDER, "merchant_site": ("text", True), **_CUSTOMER, **_URLS}
H2H_SPEC: Spec = {**_PAYER, "card_holder": ("text", True), "payment_method": ("text", False), **_BROWSER}
APPLE_PAY_SPEC: Spec = {"apple_pay_dpan": ("text", True), "apple_pay_payment_method_network": ("text", True)}
AUTHORIZE_SPEC: Spec = {**_PAYER, **CARD_SPEC}
PAYMENT_METHODS = ("card", "applePayDPan")


LUHN_PROBLEM = "This card number is not valid: check it for a typing mistake."


def challenge_path(tx: Transaction) -> str:
    """The payer's 3-D Secure page (the token is URL-safe as it is)."""
    return f"/challenge/{tx.challenge_token}"


def challenge_url(base_url: str, tx: Transaction) -> str:
    return base_url + challenge_path(tx)


def _card_problems(body: dict[str, Any], problems: dict[str, str], prefix: str = "card_") -> None:
    month, year = body.get(f"{prefix}exp_month"), body.get(f"{prefix}exp_year")
    if (
        isinstance(month, str)
        and isinstance(year, str)
        and not {f"{prefix}exp_month", f"{prefix}exp_year"} & problems.keys()
        and card_expired(month, year, now_utc())
    ):
        problems[f"{prefix}exp_year"] = "The card has expired."


def _new_payment(body: dict[str, Any], method: str) -> Transaction:
    return Transaction(
        order_id=body["order_id"],
        type=PAYMENT,
        method=method,
        account=body["account"],
        currency=body["currency"],
        amount=body["amount"],
        status=1,
        created=now_utc(),
        first_name=body["customer_first_name"],
        last_name=body["customer_last_name"],
        merchant_site=body.get("merchant_site"),
        purpose=body.get("purpose"),
        success_url=body.get("success_url"),
        fail_url=body.get("fail_url"),
        callback_url=body.get("callback_url"),
    )


def apply_card(tx: Transaction, number: str) -> None:
    """Run a card through the test-card rules: success, wait for the challenge, or fail."""
    tx.card = cards.card_view(number)
    outcome = cards.payment_outcome(number)
    if outcome == "challenge":
        tx.awaiting_challenge = True
        tx.challenge_token = secret_token()
    elif outcome == "success":
        _succeed(tx)
    else:
        tx.finish(-1)
        tx.error_message = cards.FAIL_ERROR
        tx.error_text = cards.FAIL_SENTENCE
        tx.cascade_errors = cards.fail_cascade()


def _succeed(tx: Transaction) -> None:
    if tx.method == "authorize":
        tx.authorize_status = AUTHORIZED  # money held; status stays 1 until capture or cancel
    else:
        tx.finish(2)


def payment_json(tx: Transaction, form_url: str | None) -> dict[str, Any]:
    """The answer of initPaymentHost2Host and authorize, with every key of the doc's example."""
    return {
        "form_url": form_url,
        "threeDSMethodData": None,
        "order_id": tx.order_id,
        "status": tx.status,
        "stage": None,
        "description": "",
        "endDate": iso_ms(tx.completed),
        "responseType": "REDIRECT" if form_url else None,
        "err": tx.error_message,
        "msg": tx.error_text,
        "paReq": None,
        "creq": None,
        "md": None,
        "termUrl": None,
        "acsurl": None,
    }


def init_payment(state: SandboxState, body: dict[str, Any], base_url: str) -> dict[str, Any]:
    validated(body, FORM_SPEC, state, "payment")
    tx = _new_payment(body, "form")
    tx.form_token = tx.gateway_id
    state.add(tx)
    return {
        "ACSUrl": None,
        "MD": None,
        "TermUrl": None,
        "description": "",
        "status": tx.status,
        "form_url": f"{base_url}/pay/{tx.form_token}",
        "order_id": tx.order_id,
        "responseType": "REDIRECT",
    }


def init_h2h(state: SandboxState, body: dict[str, Any], base_url: str) -> dict[str, Any]:
    method = body.get("payment_method") or "card"
    spec = {**H2H_SPEC, **(CARD_SPEC if method == "card" else APPLE_PAY_SPEC)}
    problems = check_fields(body, spec)
    if method not in PAYMENT_METHODS:
        problems["payment_method"] = "Must be card or applePayDPan."
    if method == "card":
        _card_problems(body, problems)
    _account(state, body, problems)
    tx = _new_payment(body, "h2h")
    if method == "card":
        apply_card(tx, body["card_number"])
    else:
        network = str(body["apple_pay_payment_method_network"]).upper()
        tx.card = cards.CardView(number=None, bin=None, country=None, iso=None, type=network)
        _succeed(tx)
    state.add(tx)
    return payment_json(tx, challenge_url(base_url, tx) if tx.awaiting_challenge else None)


def authorize(state: SandboxState, body: dict[str, Any], base_url: str) -> dict[str, Any]:
    problems = check_fields(body, AUTHORIZE_SPEC)
    _card_problems(body, problems)
    _account(state, body, problems)
    tx = _new_payment(body, "authorize")
    apply_card(tx, body["card_number"])
    state.add(tx)
    return payment_json(tx, challenge_url(base_url, tx) if tx.awaiting_challenge else None)


def _account(state: SandboxState, body: dict[str, Any], problems: dict[str, str]) -> None:
    account_problems(state, body, "payment", problems)
    if problems:
        raise validation_error(problems)


def form_payment(state: SandboxState, token: str) -> Transaction:
    order_id = state.form_tokens.get(token)
    tx = state.get(order_id) if order_id else None
    if tx is None:
        raise ApiFailure(404, "NOT_FOUND", "There is no payment page at this address.")
    return tx


@dataclass(frozen=True)
class FormOutcome:
    """What a submission of the hosted form did. kind: "charged" (the card was run through the test-card
    rules), "problems" (refused before trying: see `problems`), "duplicate" (the same card again on a link it
    already used: nothing new happened), "not_tried" (another card on a link already used: not tried)."""

    tx: Transaction
    kind: str
    problems: dict[str, str] = field(default_factory=dict)


def _attempt(fields: dict[str, str]) -> str:
    """The card as far as the sandbox may remember it: masked, with its expiry (to recognise a second send)."""
    year = fields["card_exp_year"]
    return f"{cards.mask(fields['card_number'])} {fields['card_exp_month']}/{year[-2:]}"


def pay_form(state: SandboxState, token: str, form: dict[str, str]) -> FormOutcome:
    """The customer submitted the hosted form: check the card details (a number failing the Luhn check is
    refused, as gateways do), then run the card through the test-card rules, once per link."""
    fields = {key: form.get(key, "").strip() for key in CARD_SPEC}
    fields["card_number"] = "".join(ch for ch in fields["card_number"] if ch not in " -")
    body: dict[str, Any] = {k: v or None for k, v in fields.items()}
    problems = check_fields(body, CARD_SPEC)
    if "card_number" not in problems and not cards.luhn_ok(fields["card_number"]):
        problems["card_number"] = LUHN_PROBLEM
    _card_problems(body, problems)
    attempt = None if problems else _attempt(fields)
    with state.lock:
        tx = form_payment(state, token)
        if tx.card is not None or tx.status != 1:
            same = attempt is not None and attempt == tx.form_attempt
            return FormOutcome(tx, "duplicate" if same else "not_tried")
        if problems:
            return FormOutcome(tx, "problems", problems)
        tx.form_attempt = attempt
        apply_card(tx, fields["card_number"])
        state.status_changed(tx)
        return FormOutcome(tx, "charged")


def answer_challenge(state: SandboxState, token: str, approve: bool) -> Transaction:
    """The payer answered the 3-D Secure page at /challenge/{token}: the payment becomes final (or authorized).
    An unknown token is 404; a challenge already answered is 409 and changes nothing."""
    with state.lock:
        tx = state.by_challenge(token)
        if tx is None:
            raise ApiFailure(404, "NOT_FOUND", "There is nothing at this address.")
        if not tx.awaiting_challenge:
            raise ApiFailure(409, "INVALID_STATE", "This payment is not waiting for confirmation.")
        tx.awaiting_challenge = False
        if approve:
            _succeed(tx)
        else:
            tx.finish(-1)
            tx.error_message = cards.CHALLENGE_DECLINED
            tx.error_text = "The customer did not confirm the payment."
        state.status_changed(tx)
        return tx
