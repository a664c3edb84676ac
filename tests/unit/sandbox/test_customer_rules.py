"""The rules behind the customer pages and the callbacks, on a bare SandboxState (no HTTP): the form's checks
(Luhn), one payment per link, what a second card gets, when a callback is due, and the page headers."""

from __future__ import annotations

import time
from typing import Any

import pytest

from smartpay_desk.sandbox import markup, payments, rules
from smartpay_desk.sandbox.state import SandboxState
from smartpay_desk.sandbox.validation import check_fields, web_origin

from .test_rules import h2h

GOOD, CHALLENGE, OTHER, NOT_LUHN = "4012000000003010", "4003830171874018", "4123540003981114", "4012000000003011"
CUSTOMER = {key: value for key, value in h2h("x").items() if key.startswith("customer_")}


def _link(state: SandboxState, order_id: str, **urls: str) -> str:
    body = {"account": "EUR-sandbox", "amount": 1000, "currency": "EUR", "order_id": order_id, **CUSTOMER, **urls}
    form_url = payments.init_payment(state, body, "http://sandbox")["form_url"]
    return str(form_url).rsplit("/", 1)[1]


def _card(number: str, **changes: str) -> dict[str, str]:
    card = {"card_holder": "Ann Lee", "card_number": number, "card_exp_month": "12", "card_exp_year": "35"}
    return {**card, "card_cvv": "123", **changes}


def test_a_number_failing_luhn_is_refused_and_uses_nothing_up() -> None:
    state = SandboxState()
    token = _link(state, "l-1")
    done = payments.pay_form(state, token, _card(NOT_LUHN))
    assert done.kind == "problems" and done.problems == {"card_number": payments.LUHN_PROBLEM}
    assert state.transactions["l-1"].card is None and state.transactions["l-1"].status == 1
    spaced = payments.pay_form(state, token, _card("4012 0000 0000 3010"))
    assert spaced.kind == "charged" and spaced.tx.status == 2


def test_one_payment_per_link_and_what_a_second_send_gets() -> None:
    state = SandboxState()
    token = _link(state, "l-2")
    assert payments.pay_form(state, token, _card(OTHER)).kind == "charged"
    assert payments.pay_form(state, token, _card(OTHER, card_cvv="999")).kind == "duplicate"  # same card
    for second in (_card(GOOD), _card(OTHER, card_exp_year="36"), _card(NOT_LUHN), {}):
        assert payments.pay_form(state, token, second).kind == "not_tried"
    tx = state.transactions["l-2"]
    assert tx.status == -1 and tx.card_masked == "412354******1114"
    assert tx.form_attempt == "412354******1114 12/35"
    assert "form_attempt" not in tx.to_json()


def test_callbacks_are_due_on_every_change_of_status() -> None:
    state = SandboxState(settle_delay_s=0.05)
    sent: list[tuple[str, dict[str, Any]]] = []
    state.on_change = lambda url, body: sent.append((url, body))
    hook = "https://shop.example/cb"
    token = _link(state, "l-3", callback_url=hook)
    assert sent == []  # a new link is processing, as it was: nothing changed
    payments.pay_form(state, token, _card(CHALLENGE))
    assert sent == []  # waiting for the challenge: still processing
    challenge = state.transactions["l-3"].challenge_token or ""
    payments.answer_challenge(state, challenge, approve=True)
    assert [(url, body["order_id"], body["status"]) for url, body in sent] == [(hook, "l-3", 2)]
    assert sent[0][1] == rules.check(state, {"order_id": "l-3"})  # the /check shape
    sent.clear()

    payments.authorize(state, {**h2h("a-1"), "callback_url": hook}, "http://sandbox")
    rules.capture(state, {"order_id": "a-1"})
    assert [(b["status"], b["authorize_status"]) for _, b in sent] == [(1, "AUTHORIZED"), (2, "CAPTURED")]
    refund = rules.refund(state, {"order_id": "a-1", "amount": 100, "reason": "r", "callback_url": hook + "/r"})
    assert sent[-1] == (hook + "/r", state.transactions[refund["refund_id"]].check_json())
    sent.clear()

    payout = {"account": "EUR-sandbox-payout", "order_id": "w", "amount": 7, "customer_phone": "+442079460612"}
    rules.withdrawal_init(state, {**payout, "callback_url": hook})
    assert sent == []
    time.sleep(0.08)
    assert state.transactions["w"].status == 2 and [b["status"] for _, b in sent] == [2]
    payments.init_h2h(state, h2h("no-hook", card=OTHER), "http://sandbox")
    assert len(sent) == 1  # no callback_url, no callback
    assert all(GOOD not in repr(body) and "cvv" not in repr(body).lower() for _, body in sent)


@pytest.mark.parametrize(
    "url",
    ["ftp://shop.example/cb", "javascript:alert(1)", "/relative", "https://", "https://shop.example/a b",
     "https://shop.example/\r\nSet-Cookie: x=1", "https://shöp.example/", "https://shop.example:99999/", "x" * 3000],
)  # fmt: skip
def test_merchant_addresses_must_be_web_addresses(url: str) -> None:
    spec = {name: ("url", False) for name in ("success_url", "fail_url", "callback_url")}
    problems = check_fields({"success_url": url, "fail_url": url, "callback_url": url}, spec)
    assert set(problems) == {"success_url", "fail_url", "callback_url"}


def test_the_policy_lets_a_form_reach_only_the_merchants_addresses() -> None:
    assert web_origin("https://Shop.example:8443/ok?x=1") == "https://shop.example:8443"
    assert web_origin("http://user:pw@127.0.0.1/x") == "http://127.0.0.1"
    assert web_origin("http://[::1]:8080/x") is None
    policy = markup.content_security_policy(["https://shop.example/ok", "http://127.0.0.1:9/fail", None])
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'none'" and directives["frame-ancestors"] == "'none'"
    assert directives["form-action"] == "'self' https://shop.example http://127.0.0.1:9"
    assert directives["script-src"].startswith("'sha256-") and directives["style-src"].startswith("'sha256-")
    assert "unsafe" not in policy and "*" not in policy
    assert "form-action 'self' http:;" in markup.content_security_policy(["http://[::1]:8080/x"])
    headers = markup.security_headers()
    assert headers["X-Frame-Options"] == "DENY" and headers["Cache-Control"] == "no-store"
    assert headers["Referrer-Policy"] == "no-referrer"
