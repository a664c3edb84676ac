"""The rules on a bare SandboxState (no HTTP): atomic commits, refund arithmetic, settling payouts."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from smartpay_desk.sandbox import payments, rules
from smartpay_desk.sandbox.state import START_PAYOUT_BALANCE, SandboxState
from smartpay_desk.sandbox.validation import ApiFailure


def h2h(order_id: str, card: str = "4012000000003010", amount: int = 1000) -> dict[str, Any]:
    return {
        "account": "EUR-sandbox", "amount": amount, "currency": "EUR", "order_id": order_id,
        "merchant_site": "https://m.example", "customer_first_name": "A", "customer_last_name": "B",
        "customer_address": "1 St", "customer_city": "Rome", "customer_zip_code": "00100", "customer_country": "IT",
        "customer_phone": "+390612345678", "customer_email": "a@b.it", "customer_ip_address": "192.0.2.1",
        "card_holder": "A B", "card_number": card, "card_exp_month": "01", "card_exp_year": "40", "card_cvv": "000",
    }  # fmt: skip


def test_racing_payouts_with_one_order_id_commit_once() -> None:
    state = SandboxState(settle_delay_s=10)
    barrier = threading.Barrier(16)
    outcomes: list[str] = []

    def attempt() -> None:
        barrier.wait()
        try:
            rules.withdrawal_init(
                state,
                {"account": "EUR-sandbox-payout", "order_id": "w", "amount": 7, "customer_phone": "+442079460612"},
            )
            outcomes.append("ok")
        except ApiFailure as failure:
            outcomes.append(failure.code)

    threads = [threading.Thread(target=attempt) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["DUPLICATE_ORDER_ID"] * 15 + ["ok"]
    assert state.payout_balance() == START_PAYOUT_BALANCE - 7


def test_payout_settles_after_the_delay() -> None:
    state = SandboxState(settle_delay_s=0.1)
    rules.withdrawal_init(
        state, {"account": "EUR-sandbox-payout", "order_id": "w", "amount": 7, "account_withdrawal": "X1"}
    )
    assert state.transactions["w"].status == 1 and 0 < (state.next_due_in() or 0) <= 0.1
    time.sleep(0.12)
    assert state.transactions["w"].status == 2 and state.next_due_in() is None
    assert state.payout_balance() == START_PAYOUT_BALANCE - 7


def test_a_card_number_paid_out_as_an_account_is_kept_masked_in_the_practice_gateways_file() -> None:
    """The sandbox keeps its state in the data folder (sandbox.json): a card number sent as an account or phone
    number (a clerk's slip) is stored masked, as a card's number is."""
    state = SandboxState()
    for order_id, field in (("a", "account_withdrawal"), ("p", "customer_phone")):
        body = {"account": "EUR-sandbox-payout", "order_id": order_id, "amount": 7, field: "4012 0000 0000 3010"}
        rules.withdrawal_init(state, body)
    assert state.transactions["a"].destination == "account 401200******3010"
    assert state.transactions["p"].destination == "phone 401200******3010"
    kept = rules.withdrawal_init(state, {"account": "EUR-sandbox-payout", "order_id": "i", "amount": 7,
                                         "account_withdrawal": "DE89370400440532013000"})  # fmt: skip
    assert kept and state.transactions["i"].destination == "account DE89370400440532013000"


def test_refund_arithmetic_and_messages() -> None:
    state = SandboxState()
    payments.init_h2h(state, h2h("p", amount=999), "http://sandbox")
    assert rules.refund(state, {"order_id": "p", "amount": 333, "reason": "r"})["success"] is True
    refused = rules.refund(state, {"order_id": "p", "amount": 667, "reason": "r"})
    assert refused["success"] is False and "6.66 EUR left" in refused["message"]
    assert rules.refund(state, {"order_id": "p", "amount": 666, "reason": "r"})["success"] is True
    assert state.transactions["p"].refundable == 0


def test_challenge_answer_only_once() -> None:
    state = SandboxState()
    answer = payments.init_h2h(state, h2h("c", card="4003830171874018"), "http://sandbox")
    token = state.transactions["c"].challenge_token
    assert token and len(token) >= 32 and answer["status"] == 1
    assert answer["form_url"] == f"http://sandbox/challenge/{token}"
    assert payments.answer_challenge(state, token, approve=True).status == 2
    with pytest.raises(ApiFailure) as caught:
        payments.answer_challenge(state, token, approve=False)
    assert caught.value.status == 409 and state.transactions["c"].status == 2
    for stranger in ("c", "nobody", token[:-1]):
        with pytest.raises(ApiFailure) as missing:
            payments.answer_challenge(state, stranger, approve=True)
        assert missing.value.status == 404


def test_challenge_links_never_name_the_order_and_differ_each_time() -> None:
    state = SandboxState()
    links = {payments.init_h2h(state, h2h(f"a/b c{n}", card="4003830171874018"), "http://sandbox")["form_url"]
             for n in range(3)}  # fmt: skip
    assert len(links) == 3
    assert all(link.startswith("http://sandbox/challenge/") and "a%2F" not in link for link in links)
    assert all("challenge_token" not in tx.to_json() for tx in state.transactions.values())
