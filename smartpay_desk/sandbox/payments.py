"""Card payments: the payment link (initPayment + the hosted form), host-to-host, authorize, and the 3-D
Secure challenge. The rules and assumptions are written once, in rules.py's docstring."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from . import cards
from .rules import account_problems, order_not_found, validated
from .state import AUTHORIZED, PAYMENT, SandboxState, Transaction, iso_ms, now_utc
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
_URLS: Spec = {name: ("text", False) for name in ("success_url", "fail_url", "callback_url", "status_url")}
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


def challenge_url(base_url: str, order_id: str) -> str:
    return f"{base_url}/challenge/{quote(order_id, safe='')}"


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
    )


def apply_card(tx: Transaction, number: str) -> None:
    """Run a card through the test-card rules: success, wait for the challenge, or fail."""
    tx.card = cards.card_view(number)
    outcome = cards.payment_outcome(number)
    if outcome == "challenge":
        tx.awaiting_challenge = True
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
    return payment_json(tx, challenge_url(base_url, tx.order_id) if tx.awaiting_challenge else None)


def authorize(state: SandboxState, body: dict[str, Any], base_url: str) -> dict[str, Any]:
    problems = check_fields(body, AUTHORIZE_SPEC)
    _card_problems(body, problems)
    _account(state, body, problems)
    tx = _new_payment(body, "authorize")
    apply_card(tx, body["card_number"])
    state.add(tx)
    return payment_json(tx, challenge_url(base_url, tx.order_id) if tx.awaiting_challenge else None)


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


def pay_form(state: SandboxState, token: str, form: dict[str, str]) -> Transaction:
    """The customer submitted the hosted form: validate the card and run it through the test-card rules."""
    fields = {key: form.get(key, "").strip() for key in CARD_SPEC}
    fields["card_number"] = fields["card_number"].replace(" ", "")
    body: dict[str, Any] = {k: v or None for k, v in fields.items()}
    problems = check_fields(body, CARD_SPEC)
    _card_problems(body, problems)
    if problems:
        raise validation_error(problems)
    with state.lock:
        tx = form_payment(state, token)
        if tx.card is not None or tx.status != 1:
            raise ApiFailure(409, "INVALID_STATE", "This payment link has already been used.")
        apply_card(tx, fields["card_number"])
        return tx


def answer_challenge(state: SandboxState, order_id: str, approve: bool) -> Transaction:
    """The customer answered the 3-D Secure challenge page: the payment becomes final (or authorized)."""
    with state.lock:
        tx = state.get(order_id)
        if tx is None:
            raise order_not_found(order_id)
        if not tx.awaiting_challenge:
            raise ApiFailure(409, "INVALID_STATE", "This payment is not waiting for confirmation.")
        tx.awaiting_challenge = False
        if approve:
            _succeed(tx)
        else:
            tx.finish(-1)
            tx.error_message = cards.CHALLENGE_DECLINED
            tx.error_text = "The customer did not confirm the payment."
        return tx
