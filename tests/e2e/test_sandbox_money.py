"""Refunds, recurrent payments, payouts and the payout balance on the sandbox over loopback HTTP."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from smartpay_desk.sandbox import FRICTIONLESS_CARD, START_PAYOUT_BALANCE, SandboxServer

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


@pytest.fixture
def api(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, auth=("test", "qwerty"), timeout=5) as client:
        yield client


def pay(api: httpx.Client, order_id: str, amount: int = 1000, card: str = FRICTIONLESS_CARD) -> None:
    body = {
        "account": "EUR-sandbox", "amount": amount, "currency": "EUR", "order_id": order_id,
        "merchant_site": "https://merchant.site", "customer_first_name": "Ann", "customer_last_name": "Lee",
        "customer_address": "1 Road", "customer_city": "Paris", "customer_zip_code": 75001,
        "customer_country": "FR", "customer_phone": "+33123456789", "customer_email": "ann@example.com",
        "customer_ip_address": "10.0.0.1", "card_holder": "Ann Lee", "card_number": card,
        "card_exp_month": "06", "card_exp_year": "2031", "card_cvv": "999",
    }  # fmt: skip
    assert api.post("/initPaymentHost2Host", json=body).status_code == 200


def payout(api: httpx.Client, order_id: str, amount: int, **dest: Any) -> httpx.Response:
    return api.post(
        "/withdrawal/init", json={"account": "EUR-sandbox-payout", "order_id": order_id, "amount": amount, **dest}
    )


def balance(api: httpx.Client) -> int:
    data = api.post("/withdrawal/balance/get", json={"account": "EUR-sandbox-payout"}).json()
    assert set(data) == {"balance", "holdBalance", "rollingBalance"}
    value: int = data["balance"]
    return value


def wait_for_status(api: httpx.Client, order_id: str, status: int, within: float = 3.0) -> None:
    deadline = time.monotonic() + within
    while api.post("/check", json={"order_id": order_id}).json()["status"] != status:
        assert time.monotonic() < deadline, f"{order_id} never reached status {status}"
        time.sleep(0.05)


# ------------------------------------------------------------------ refunds


def test_partial_refunds_up_to_what_was_paid(api: httpx.Client, sandbox: SandboxServer) -> None:
    pay(api, "r-1", 1000)
    parent_gid = sandbox.state.transactions["r-1"].gateway_id
    first = api.post("/refund", json={"order_id": "r-1", "amount": 600, "reason": "damaged"}).json()
    assert first["success"] is True and first["message"] == "" and re.fullmatch(UUID, first["refund_id"])
    assert first["parentTransaction"] == parent_gid and re.fullmatch(r"[0-9a-f]{24}", parent_gid)
    over = api.post("/refund", json={"order_id": "r-1", "amount": 401, "reason": "again"})
    assert over.status_code == 200
    assert over.json() == {
        "success": False,
        "message": over.json()["message"],
        "refund_id": None,
        "parentTransaction": parent_gid,
    }
    assert "4.00 EUR" in over.json()["message"]
    assert sandbox.state.transactions["r-1"].refunded == 600
    last = api.post("/refund", json={"order_id": "r-1", "amount": 400, "reason": "rest"}).json()
    assert last["success"] is True
    assert sandbox.state.transactions["r-1"].refunded == 1000
    assert api.post("/refund", json={"order_id": "r-1", "amount": 1, "reason": "x"}).json()["success"] is False
    refund = sandbox.state.transactions[first["refund_id"]]
    assert (refund.type, refund.status, refund.amount, refund.parent_order_id) == ("Refund", 2, 600, "r-1")
    info = api.post("/check", json={"order_id": first["refund_id"]}).json()
    assert (info["type"], info["status"], info["amount"]) == ("Refund", 2, 600)
    assert api.post("/check", json={"order_id": "r-1"}).json()["status"] == 2


def test_refund_of_unsuccessful_or_unknown_orders(api: httpx.Client, sandbox: SandboxServer) -> None:
    pay(api, "r-fail", 1000, card="4000000000000002")
    before = len(sandbox.state.transactions)
    reply = api.post("/refund", json={"order_id": "r-fail", "amount": 100, "reason": "x"}).json()
    assert reply["success"] is False and reply["refund_id"] is None and reply["message"]
    payout(api, "r-payout", 100, customer_phone="+442079460612")
    assert api.post("/refund", json={"order_id": "r-payout", "amount": 100, "reason": "x"}).json()["success"] is False
    missing = api.post("/refund", json={"order_id": "nobody", "amount": 100, "reason": "x"})
    assert missing.status_code == 404 and missing.json()["err"] == "ORDER_NOT_FOUND"
    assert len(sandbox.state.transactions) == before + 1  # only the payout


# ------------------------------------------------------------------ recurrent


def test_recurrent_from_successful_parent(api: httpx.Client, sandbox: SandboxServer) -> None:
    pay(api, "rec-parent", 1500)
    reply = api.post(
        "/recurrent", json={"order_id": "rec-1", "parent_order_id": "rec-parent", "amount": 700, "reason": "monthly"}
    )
    data = reply.json()
    assert (
        data["success"] is True
        and data["message"] == ""
        and data["err"] is None
        and re.fullmatch(UUID, data["payment_id"])
    )
    info = api.post("/check", json={"order_id": "rec-1"}).json()
    assert (info["status"], info["amount"], info["type"]) == (2, 700, "Payment")
    assert info["card"]["number"] == "401200******3010"
    dup = api.post(
        "/recurrent", json={"order_id": "rec-1", "parent_order_id": "rec-parent", "amount": 700, "reason": "m"}
    )
    assert dup.status_code == 409 and dup.json()["err"] == "DUPLICATE_ORDER_ID"
    assert sandbox.state.transactions["rec-1"].amount == 700


def test_recurrent_refusals(api: httpx.Client, sandbox: SandboxServer) -> None:
    pay(api, "rec-bad", 1500, card="5555555555554444")
    refused = api.post(
        "/recurrent", json={"order_id": "rec-2", "parent_order_id": "rec-bad", "amount": 1, "reason": "m"}
    )
    assert refused.status_code == 200
    data = refused.json()
    assert (
        data["success"] is False
        and data["payment_id"] is None
        and data["err"] == "PARENT_NOT_SUCCESSFUL"
        and data["message"]
    )
    missing = api.post(
        "/recurrent", json={"order_id": "rec-3", "parent_order_id": "nobody", "amount": 1, "reason": "m"}
    )
    assert missing.status_code == 404 and missing.json()["err"] == "ORDER_NOT_FOUND"
    assert "rec-2" not in sandbox.state.transactions and "rec-3" not in sandbox.state.transactions


# ------------------------------------------------------------------ payouts


def test_card_payout_lowers_balance_once_and_settles(api: httpx.Client, sandbox: SandboxServer) -> None:
    assert balance(api) == START_PAYOUT_BALANCE
    reply = payout(api, "po-1", 10_000, customer_card_number=FRICTIONLESS_CARD, customer_first_name="Jo")
    data = reply.json()
    assert data == {
        "order_id": "po-1",
        "status": 1,
        "card": {"number": "401200******3010", "bin": "401200", "country": "Spain", "iso": "ESP", "type": "VISA"},
        "err": None,
        "msg": None,
    }
    assert balance(api) == START_PAYOUT_BALANCE - 10_000
    assert sandbox.state.payout_balance("EUR-sandbox-payout") == START_PAYOUT_BALANCE - 10_000
    assert api.post("/check", json={"order_id": "po-1"}).json()["status"] == 1
    wait_for_status(api, "po-1", 2)
    info = api.post("/check", json={"order_id": "po-1"}).json()
    assert info["type"] == "Withdrawal" and info["endDate"] and info["firstName"] == "Jo"
    assert balance(api) == START_PAYOUT_BALANCE - 10_000
    dup = payout(api, "po-1", 10_000, customer_card_number=FRICTIONLESS_CARD)
    assert dup.status_code == 409 and balance(api) == START_PAYOUT_BALANCE - 10_000


def test_phone_and_account_payouts_succeed(api: httpx.Client, sandbox: SandboxServer) -> None:
    assert payout(api, "po-phone", 500, customer_phone="+442079460612", payment_method="phone").json()["status"] == 1
    reply = payout(api, "po-acc", 700, account_withdrawal="GB29NWBK60161331926819", account_withdrawal_holder="Jo")
    assert reply.json()["status"] == 1 and reply.json()["card"] is None
    assert sandbox.state.transactions["po-acc"].destination == "account GB29NWBK60161331926819"
    assert balance(api) == START_PAYOUT_BALANCE - 1200
    wait_for_status(api, "po-acc", 2)
    assert sandbox.state.transactions["po-phone"].status == 2


def test_failed_payouts_leave_the_balance(api: httpx.Client, sandbox: SandboxServer) -> None:
    other = payout(api, "po-card", 500, customer_card_number="4123540003981114").json()
    assert other["status"] == -1 and other["err"] == "PLATFORM_ERROR_GATE_NOT_FOUND" and other["msg"]
    too_much = payout(api, "po-big", START_PAYOUT_BALANCE + 1, customer_phone="+442079460612").json()
    assert too_much["status"] == -1 and too_much["err"] == "INSUFFICIENT_FUNDS" and too_much["msg"]
    assert balance(api) == START_PAYOUT_BALANCE
    assert api.post("/check", json={"order_id": "po-big"}).json()["errorMessage"] == "INSUFFICIENT_FUNDS"
    exact = payout(api, "po-all", START_PAYOUT_BALANCE, customer_phone="+442079460612").json()
    assert exact["status"] == 1 and balance(api) == 0
    assert payout(api, "po-more", 1, customer_phone="+442079460612").json()["err"] == "INSUFFICIENT_FUNDS"


def test_concurrent_requests_with_one_order_id_commit_once(sandbox: SandboxServer) -> None:
    barrier = threading.Barrier(8)
    codes: list[int] = []

    def send() -> None:
        with httpx.Client(base_url=sandbox.url, auth=("test", "qwerty"), timeout=5) as client:
            barrier.wait()
            reply = client.post(
                "/withdrawal/init",
                json={
                    "account": "EUR-sandbox-payout",
                    "order_id": "po-race",
                    "amount": 1000,
                    "customer_phone": "+442079460612",
                },
            )
            codes.append(reply.status_code)

    threads = [threading.Thread(target=send) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(codes) == [200] + [409] * 7
    assert sandbox.state.payout_balance("EUR-sandbox-payout") == START_PAYOUT_BALANCE - 1000
