"""The pages a customer sees: the hosted payment form behind initPayment's form_url (/pay/{token}) and the
3-D Secure challenge page (/challenge/{token}). Plain HTML forms that work in any browser, with or without
JavaScript; headers and markup in markup.py.

As a real gateway's pages:
- every POST is answered with a 303 redirect (POST-redirect-GET): a reload or Back never sends a card again;
  what the redirect lands on is the merchant's success_url / fail_url once the payment is final (or, without
  them, the page of the payment), the challenge page, or the form again with what to correct;
- the form is shown only while the link is unused; afterwards its address says how the payment went;
- a card number failing the Luhn check is refused on the form, and uses nothing up;
- the same card sent twice (a double click without JavaScript, two tabs, simultaneous sends) is one payment; the
  second send lands where the first did; another card on a used link is not tried, and the page says so;
- the challenge page's address carries an unguessable token given only to the payer (in the redirect from the
  form, or as form_url of a host-to-host or authorize answer): anyone else gets the same "Not found" as for
  an address that does not exist.
"""

from __future__ import annotations

import contextlib
from urllib.parse import quote

from . import markup
from .payments import answer_challenge, challenge_path, form_payment, pay_form
from .reply import Reply
from .state import Notice, SandboxState, Transaction
from .validation import ApiFailure

KEPT_FIELDS = ("card_holder", "card_exp_month", "card_exp_year")  # shown again after a refusal; never the card
NOT_TRIED = (
    "The card you entered just now was not tried, and nothing was charged to it: this payment link had "
    "already been used."
)


def _kept(value: str) -> str:
    """A field shown again after a refusal, unless it looks like a card number typed in the wrong box."""
    value = value.strip()[:100]
    return "" if sum(ch.isdigit() for ch in value) >= 12 else value


def _pay_path(token: str, notice: str | None = None) -> str:
    path = f"/pay/{quote(token, safe='')}"
    return f"{path}?n={quote(notice, safe='')}" if notice else path


def _next(tx: Transaction, own_page: str) -> str:
    """Where the payer goes after sending a page: the challenge, the merchant's URL once final, or own_page."""
    if tx.awaiting_challenge:
        return challenge_path(tx)
    final = tx.succeeded or tx.status == -1
    target = (tx.success_url if tx.succeeded else tx.fail_url) if final else None
    return target or own_page


def _open(tx: Transaction) -> bool:
    return tx.card is None and tx.status == 1


def pay_page(state: SandboxState, token: str, query: dict[str, str]) -> Reply:
    try:
        tx = form_payment(state, token)
    except ApiFailure:
        return markup.not_found()
    notice = state.notices.get(query.get("n", ""), token)
    with state.lock:
        if _open(tx):
            values, problems = (notice.values, notice.problems) if notice and notice.kind == "problems" else ({}, {})
            body = markup.card_form(tx, _pay_path(token), values, problems)
            return markup.page(200, "Pay by card", body, tx)
        lead = NOT_TRIED if notice and notice.kind == "not_tried" else ""
        title, body = markup.outcome(tx, lead)
        return markup.page(200, title, body, tx)


def pay_submit(state: SandboxState, token: str, form: dict[str, str]) -> Reply:
    try:
        done = pay_form(state, token, form)
    except ApiFailure:
        return markup.redirect(_pay_path(token))  # nothing there: the page says "Not found"
    tx = done.tx
    if done.kind == "problems":
        values = {name: _kept(form.get(name, "")) for name in KEPT_FIELDS}
        key = state.notices.add(Notice(token, "problems", done.problems, values))
        return markup.redirect(_pay_path(token, key), tx)
    if done.kind == "not_tried":
        key = state.notices.add(Notice(token, "not_tried"))
        return markup.redirect(_pay_path(token, key), tx)
    return markup.redirect(_next(tx, _pay_path(token)), tx)  # charged, or the same card again


def challenge_page(state: SandboxState, token: str) -> Reply:
    with state.lock:
        tx = state.by_challenge(token)
        if tx is None:
            return markup.not_found()
        if not tx.awaiting_challenge:
            title, body = markup.outcome(tx)
            return markup.page(200, title, body, tx)
        body = markup.challenge_form(tx, challenge_path(tx))
        return markup.page(200, "Confirm your payment (3-D Secure)", body, tx)


def challenge_submit(state: SandboxState, token: str, form: dict[str, str]) -> Reply:
    own_page = f"/challenge/{quote(token, safe='')}"
    decision = form.get("decision", "")
    tx = state.by_challenge(token)
    if tx is None or decision not in ("approve", "decline"):
        return markup.redirect(own_page, tx)  # the page says "Not found", or asks again
    with contextlib.suppress(ApiFailure):  # answered already (a second click, another tab): go where it went
        tx = answer_challenge(state, token, decision == "approve")
    return markup.redirect(_next(tx, own_page), tx)
