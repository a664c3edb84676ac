"""The HTML of the customer pages and the headers every one of them is sent with.

Every page and every redirect from a page carries:
  Content-Security-Policy  default-src 'none'; the page's own style and script allowed by hash only (no inline
                           handler, nothing from another origin); form-action 'self' plus the origins of the
                           merchant's success_url / fail_url (a form's redirect must be allowed too);
                           frame-ancestors 'none'; base-uri 'none'
  X-Frame-Options: DENY, Referrer-Policy: no-referrer, Cache-Control: no-store, X-Content-Type-Options: nosniff,
  Cross-Origin-Opener-Policy: same-origin, Cross-Origin-Resource-Policy: same-origin
The one script disables the buttons once a form is sent (a double click sends it once) and, when the browser
shows a page again from its history, empties the card number and CVV and asks the server for the page anew.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from html import escape

from . import cards
from .reply import HTML_TYPE, Reply
from .rules import money
from .state import CANCELLED, Transaction
from .validation import web_origin

STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:30rem;margin:2rem auto;padding:0 1rem;color:#222}"
    "label{display:block;margin:.6rem 0 .2rem}input{width:100%;padding:.4rem;box-sizing:border-box}"
    ".row{display:flex;gap:.5rem}.row>div{flex:1}button{margin-top:1rem;padding:.6rem 1.2rem;font-size:1rem}"
    "button:disabled{opacity:.6}.err{color:#a00}.note{color:#666;font-size:.85rem;margin-top:2rem}"
    ".lead{font-weight:bold}a.button{display:inline-block;margin-top:1rem;padding:.6rem 1.2rem;"
    "background:#1a5fb4;color:#fff;text-decoration:none;border-radius:.2rem}"
)
SCRIPT = (
    "(function(){var sent=false;"
    "function buttons(off){document.querySelectorAll('button').forEach(function(b){b.disabled=off;});}"
    "document.querySelectorAll('form').forEach(function(f){f.addEventListener('submit',function(e){"
    "if(sent){e.preventDefault();return;}sent=true;setTimeout(function(){buttons(true);},0);});});"
    "window.addEventListener('pageshow',function(e){"
    "document.querySelectorAll('input[data-secret]').forEach(function(i){i.value='';});"
    "sent=false;buttons(false);if(e.persisted){location.reload();}});})();"
)


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


_STYLE_HASH, _SCRIPT_HASH = _sha256(STYLE), _sha256(SCRIPT)


def content_security_policy(targets: Iterable[str | None] = ()) -> str:
    """The page's policy; `targets` are the merchant addresses a form on it may end up redirected to."""
    sources = ["'self'"]
    for url in targets:
        if not url:
            continue
        origin = web_origin(url)
        if origin is None:  # an IPv6 literal cannot be written in a policy: allow its scheme
            origin = "https:" if url.lower().startswith("https:") else "http:"
        if origin not in sources:
            sources.append(origin)
    return (
        f"default-src 'none'; style-src {_STYLE_HASH}; script-src {_SCRIPT_HASH}; "
        f"form-action {' '.join(sources)}; frame-ancestors 'none'; base-uri 'none'"
    )


def security_headers(targets: Iterable[str | None] = ()) -> dict[str, str]:
    return {
        "Content-Security-Policy": content_security_policy(targets),
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Resource-Policy": "same-origin",
    }


def merchant_urls(tx: Transaction | None) -> tuple[str | None, ...]:
    return (tx.success_url, tx.fail_url) if tx is not None else ()


def page(status: int, title: str, body: str, tx: Transaction | None = None) -> Reply:
    text = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}</style></head>'
        f"<body><h1>{escape(title)}</h1>{body}<script>{SCRIPT}</script></body></html>"
    )
    return Reply(status, text.encode(), HTML_TYPE, security_headers(merchant_urls(tx)))


def redirect(location: str, tx: Transaction | None = None) -> Reply:
    """303 See Other: the answer to every POST of a page, so a reload never sends the form again."""
    return Reply(303, b"", HTML_TYPE, {"Location": location, **security_headers(merchant_urls(tx))})


def not_found() -> Reply:
    """The same page for every address that leads nowhere: it tells a stranger nothing."""
    return page(404, "Not found", "<p>There is nothing at this address.</p>")


def summary(tx: Transaction) -> str:
    merchant = tx.merchant_site or tx.account
    lines = [f"<p>Merchant: <b>{escape(merchant)}</b></p>", f"<p>Amount: <b>{money(tx.amount, tx.currency)}</b></p>"]
    if tx.purpose:
        lines.append(f"<p>For: {escape(tx.purpose)}</p>")
    return "".join(lines)


def card_form(tx: Transaction, action: str, values: dict[str, str], problems: dict[str, str]) -> str:
    def field(name: str, label: str, extra: str, kind: str = "text") -> str:
        secret = name in ("card_number", "card_cvv")
        value = "" if secret else escape(values.get(name, ""))
        error = f'<div class="err" id="{name}-error">{escape(problems[name])}</div>' if name in problems else ""
        return (
            f'<label for="{name}">{label}</label><input id="{name}" name="{name}" type="{kind}" value="{value}" '
            f"{extra}{' data-secret' if secret else ''} required>{error}"
        )

    numeric = 'inputmode="numeric" '
    head = '<p class="err lead">Please check the card details.</p>' if problems else ""
    return (
        f'{head}{summary(tx)}<form method="post" action="{escape(action)}">'
        + field("card_holder", "Name on card", 'autocomplete="cc-name"')
        + field("card_number", "Card number", numeric + 'autocomplete="cc-number" maxlength="23"')
        + '<div class="row"><div>'
        + field("card_exp_month", "Month (MM)", numeric + 'autocomplete="cc-exp-month" maxlength="2"')
        + "</div><div>"
        + field("card_exp_year", "Year (YY)", numeric + 'autocomplete="cc-exp-year" maxlength="4"')
        + "</div><div>"
        + field("card_cvv", "CVV", numeric + 'autocomplete="cc-csc" maxlength="4"', "password")
        + "</div></div>"
        + f'<button type="submit">Pay {money(tx.amount, tx.currency)}</button></form>'
        + f'<p class="note">Sandbox test cards: {cards.FRICTIONLESS_CARD} succeeds, {cards.CHALLENGE_CARD} asks '
        "for a confirmation, any other card fails. Any name, a future expiry and any 3 digits will do.</p>"
    )


def challenge_form(tx: Transaction, action: str) -> str:
    return (
        f"{summary(tx)}<p>Card: {escape(tx.card_masked or '')}</p><p>Your bank asks you to confirm this payment.</p>"
        f'<form method="post" action="{escape(action)}">'
        '<button type="submit" name="decision" value="approve">Approve</button> '
        '<button type="submit" name="decision" value="decline">Decline</button></form>'
    )


def _return_link(tx: Transaction) -> str:
    target = tx.success_url if tx.succeeded else tx.fail_url if tx.status == -1 else None
    if not target:
        return ""
    merchant = escape(tx.merchant_site or "the merchant")
    return f'<p><a class="button" href="{escape(target)}">Return to {merchant}</a></p>'


def outcome(tx: Transaction, lead: str = "") -> tuple[str, str]:
    """The title and body of the page that says where a payment stands (to its payer only)."""
    card = f" with card {escape(tx.card_masked)}" if tx.card_masked else ""
    once = ""
    if tx.method == "form":
        once = (
            "<p>A payment link can be used once: to pay with another card, ask "
            f"{escape(tx.merchant_site or 'the merchant')} for a new link.</p>"
        )
    if tx.succeeded:
        title, text = "Payment successful", f"<p>The payment{card} went through. Thank you.</p>"
    elif tx.status == -1:
        why = "you did not confirm it with your bank." if tx.error_message == cards.CHALLENGE_DECLINED else ""
        why = "the merchant cancelled it." if tx.authorize_status == CANCELLED else why
        title = "Payment failed"
        text = f"<p>The payment{card} did not go through: {escape(why or tx.error_text or 'it was declined.')}</p>"
        text += once
    elif tx.awaiting_challenge:
        title = "Waiting for your bank"
        text = (
            f"<p>Your bank asked you to confirm the payment{card} on the page it opened. Go back to that page "
            "to finish: for your security it cannot be opened from here.</p>"
        )
    else:
        title, text = "Payment processing", "<p>The payment is still being processed.</p>"
    lead_html = f'<p class="lead">{escape(lead)}</p>' if lead else ""
    return title, f"{lead_html}{summary(tx)}{text}<p>Order: {escape(tx.order_id)}</p>{_return_link(tx)}"
