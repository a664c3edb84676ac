"""The pages a customer sees: the hosted payment form behind initPayment's form_url (/pay/{token}) and the
3-D Secure challenge page (/challenge/{order_id}). Plain HTML forms that work in any browser."""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from .cards import CHALLENGE_CARD, FRICTIONLESS_CARD
from .payments import answer_challenge, challenge_url, form_payment, pay_form
from .reply import Reply
from .rules import money
from .state import SandboxState, Transaction
from .validation import ApiFailure

_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:30rem;margin:2rem auto;padding:0 1rem;color:#222}"
    "label{display:block;margin:.6rem 0 .2rem}input{width:100%;padding:.4rem;box-sizing:border-box}"
    ".row{display:flex;gap:.5rem}.row>div{flex:1}button{margin-top:1rem;padding:.6rem 1.2rem;font-size:1rem}"
    ".err{color:#a00}.note{color:#666;font-size:.85rem;margin-top:2rem}"
)


def _page(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{_STYLE}</style></head>'
        f"<body><h1>{escape(title)}</h1>{body}</body></html>"
    )


def _summary(tx: Transaction) -> str:
    merchant = tx.merchant_site or tx.account
    lines = [f"<p>Merchant: <b>{escape(merchant)}</b></p>", f"<p>Amount: <b>{money(tx.amount, tx.currency)}</b></p>"]
    if tx.purpose:
        lines.append(f"<p>For: {escape(tx.purpose)}</p>")
    return "".join(lines)


def result_page(tx: Transaction) -> Reply:
    if tx.status == 2 or tx.authorize_status == "AUTHORIZED":
        title, text = "Payment successful", "Thank you: the payment went through."
    elif tx.status == -1:
        title, text = "Payment failed", f"The payment did not go through. {escape(tx.error_text or '')}"
    else:
        title, text = "Payment processing", "The payment is still being processed."
    body = f"{_summary(tx)}<p>{text}</p><p>Order: {escape(tx.order_id)}</p>"
    return Reply.html(200, _page(title, body))


def _done(tx: Transaction) -> Reply:
    """Where the customer goes once the payment is final: the merchant's success/fail URL, or a result page."""
    succeeded = tx.status == 2 or tx.authorize_status == "AUTHORIZED"
    target = tx.success_url if succeeded else tx.fail_url
    return Reply.redirect(target) if target else result_page(tx)


def _form(tx: Transaction, token: str, values: dict[str, str], problems: dict[str, str]) -> str:
    def field(name: str, label: str, kind: str = "text", extra: str = "") -> str:
        value = "" if name in ("card_number", "card_cvv") else escape(values.get(name, ""))
        error = f'<div class="err">{escape(problems[name])}</div>' if name in problems else ""
        return (
            f'<label for="{name}">{label}</label><input id="{name}" name="{name}" type="{kind}" '
            f'value="{value}" {extra}>{error}'
        )

    return (
        f'{_summary(tx)}<form method="post" action="/pay/{escape(token)}">'
        + field("card_holder", "Name on card", extra='autocomplete="cc-name" required')
        + field("card_number", "Card number", extra='inputmode="numeric" autocomplete="cc-number" required')
        + '<div class="row"><div>'
        + field("card_exp_month", "Month (MM)", extra='inputmode="numeric" maxlength="2" required')
        + "</div><div>"
        + field("card_exp_year", "Year (YY)", extra='inputmode="numeric" maxlength="4" required')
        + "</div><div>"
        + field("card_cvv", "CVV", "password", 'inputmode="numeric" maxlength="4" required')
        + "</div></div>"
        + f'<button type="submit">Pay {money(tx.amount, tx.currency)}</button></form>'
        + f'<p class="note">Sandbox test cards: {FRICTIONLESS_CARD} succeeds, {CHALLENGE_CARD} asks for a '
        "confirmation, any other card fails.</p>"
    )


def _not_found(failure: ApiFailure) -> Reply:
    return Reply.html(failure.status, _page("Not found", f"<p>{escape(failure.msg)}</p>"))


def pay_page(state: SandboxState, token: str) -> Reply:
    try:
        tx = form_payment(state, token)
    except ApiFailure as failure:
        return _not_found(failure)
    if tx.awaiting_challenge:
        return Reply.redirect(f"/challenge/{quote(tx.order_id, safe='')}")
    if tx.card is not None or tx.status != 1:
        return result_page(tx)
    return Reply.html(200, _page("Pay by card", _form(tx, token, {}, {})))


def pay_submit(state: SandboxState, token: str, form: dict[str, str], base_url: str) -> Reply:
    try:
        form_payment(state, token)
    except ApiFailure as failure:
        return _not_found(failure)
    try:
        tx = pay_form(state, token, form)
    except ApiFailure as failure:
        if failure.code != "VALIDATION_ERROR":
            return pay_page(state, token)  # already paid: show where it stands
        tx = form_payment(state, token)
        body = f'<p class="err">Please check the card details.</p>{_form(tx, token, form, failure.fields)}'
        return Reply.html(400, _page("Pay by card", body))
    if tx.awaiting_challenge:
        return Reply.redirect(challenge_url(base_url, tx.order_id))
    return _done(tx)


def challenge_page(state: SandboxState, order_id: str) -> Reply:
    tx = state.get(order_id)
    if tx is None:
        return _not_found(ApiFailure(404, "ORDER_NOT_FOUND", "There is no payment with this order id."))
    if not tx.awaiting_challenge:
        return result_page(tx)
    card = escape(tx.card_masked or "")
    body = (
        f"{_summary(tx)}<p>Card: {card}</p><p>Your bank asks you to confirm this payment.</p>"
        f'<form method="post" action="/challenge/{escape(quote(order_id, safe=""))}">'
        '<button type="submit" name="decision" value="approve">Approve</button> '
        '<button type="submit" name="decision" value="decline">Decline</button></form>'
    )
    return Reply.html(200, _page("Confirm your payment (3-D Secure)", body))


def challenge_submit(state: SandboxState, order_id: str, form: dict[str, str]) -> Reply:
    decision = form.get("decision", "")
    if decision not in ("approve", "decline"):
        return Reply.html(400, _page("Confirm your payment", "<p>Choose Approve or Decline.</p>"))
    try:
        tx = answer_challenge(state, order_id, decision == "approve")
    except ApiFailure as failure:
        if failure.status == 404:
            return _not_found(failure)
        held = state.get(order_id)
        summary = _summary(held) if held else ""
        page = _page("Already answered", f"<p>{escape(failure.msg)}</p>{summary}")
        return Reply.html(409, page)
    return _done(tx)
