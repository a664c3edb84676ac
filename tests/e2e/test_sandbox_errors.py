"""Every error the sandbox answers (our assumptions, see sandbox/ASSUMPTIONS.md), and that each changes nothing."""

from __future__ import annotations

import copy
import json
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from smartpay_desk.sandbox import FRICTIONLESS_CARD, START_PAYOUT_BALANCE, SandboxServer

PHONE_PAYOUT = {"account": "EUR-sandbox-payout", "order_id": "w", "amount": 5, "customer_phone": "+442079460612"}
REPORTS = "/aggregation-service/public/transaction/excel"
ERROR_KEYS = {"success", "err", "msg", "fields"}


@pytest.fixture
def api(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, auth=("test", "qwerty"), timeout=5) as client:
        yield client


def h2h(order_id: str = "e-1", **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "account": "EUR-sandbox", "amount": 1000, "currency": "EUR", "order_id": order_id,
        "merchant_site": "https://merchant.site", "customer_first_name": "John", "customer_last_name": "Doe",
        "customer_address": "10 Downing Street", "customer_city": "London", "customer_zip_code": 121165,
        "customer_country": "GB", "customer_phone": "+442079460612", "customer_email": "john@example.com",
        "customer_ip_address": "127.0.0.1", "card_holder": "John Doe", "card_number": FRICTIONLESS_CARD,
        "card_exp_month": "02", "card_exp_year": "30", "card_cvv": "123",
    }  # fmt: skip
    for key, value in changes.items():
        if value is ...:
            del body[key]
        else:
            body[key] = value
    return body


def snapshot(sandbox: SandboxServer) -> tuple[int, int, list[int]]:
    txs = sandbox.state.transactions
    return len(txs), sandbox.state.payout_balance(), [tx.status for tx in txs.values()]


def assert_error(reply: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert reply.status_code == status, reply.text
    assert reply.headers["content-type"] == "application/json"
    data: dict[str, Any] = reply.json()
    assert set(data) == ERROR_KEYS and data["success"] is False and data["err"] == code
    assert isinstance(data["msg"], str) and data["msg"].endswith(".") and isinstance(data["fields"], dict)
    return data


def test_bad_json(api: httpx.Client, sandbox: SandboxServer) -> None:
    before = snapshot(sandbox)
    for content in (b"{not json", b"[1, 2]", b"", b"\xff\xfe", b'"text"'):
        assert_error(api.post("/check", content=content), 400, "BAD_JSON")
        assert_error(api.post("/initPaymentHost2Host", content=content), 400, "BAD_JSON")
    assert snapshot(sandbox) == before


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"amount": ...}, "amount"),
        ({"amount": 10.5}, "amount"),
        ({"amount": "1000"}, "amount"),
        ({"amount": 0}, "amount"),
        ({"amount": -5}, "amount"),
        ({"amount": True}, "amount"),
        ({"order_id": ""}, "order_id"),
        ({"order_id": 15}, "order_id"),
        ({"account": "EUR-nowhere"}, "account"),
        ({"account": "EUR-sandbox-payout"}, "account"),
        ({"currency": "USD"}, "currency"),
        ({"currency": "eur"}, "currency"),
        ({"customer_country": "UK"}, "customer_country"),
        ({"customer_email": "[email protected]"}, "customer_email"),
        ({"customer_phone": "call me"}, "customer_phone"),
        ({"customer_ip_address": "300.1.1.1"}, "customer_ip_address"),
        ({"customer_zip_code": ...}, "customer_zip_code"),
        ({"customer_zip_code": True}, "customer_zip_code"),
        ({"merchant_site": ...}, "merchant_site"),
        ({"card_holder": ...}, "card_holder"),
        ({"card_number": "4012-0000"}, "card_number"),
        ({"card_number": ...}, "card_number"),
        ({"card_exp_month": "13"}, "card_exp_month"),
        ({"card_exp_year": "2"}, "card_exp_year"),
        ({"card_exp_month": "01", "card_exp_year": "20"}, "card_exp_year"),
        ({"card_cvv": "12"}, "card_cvv"),
        ({"recurrent": "yes"}, "recurrent"),
        ({"payment_method": "cash"}, "payment_method"),
        ({"payment_method": "applePayDPan"}, "apple_pay_dpan"),
    ],
)
def test_validation_errors_name_the_field(
    api: httpx.Client, sandbox: SandboxServer, changes: dict[str, Any], field: str
) -> None:
    before = snapshot(sandbox)
    data = assert_error(api.post("/initPaymentHost2Host", json=h2h(**changes)), 400, "VALIDATION_ERROR")
    assert field in data["fields"] and data["fields"][field].endswith(".")
    assert snapshot(sandbox) == before


def test_validation_on_every_endpoint(api: httpx.Client, sandbox: SandboxServer) -> None:
    before = snapshot(sandbox)
    cases: list[tuple[str, dict[str, Any], str]] = [
        (
            "/initPayment",
            {"account": "EUR-sandbox", "amount": 100, "currency": "EUR", "order_id": "x"},
            "customer_email",
        ),
        ("/authorize", h2h(card_cvv=...), "card_cvv"),
        ("/check", {}, "order_id"),
        ("/capture", {"order_id": None}, "order_id"),
        ("/cancel", {"order_id": ["a"]}, "order_id"),
        ("/refund", {"order_id": "hist-0001", "amount": 100}, "reason"),
        ("/recurrent", {"order_id": "n", "amount": 100, "reason": "r"}, "parent_order_id"),
        ("/withdrawal/init", {"account": "EUR-sandbox-payout", "order_id": "w", "amount": 5}, "customer_card_number"),
        ("/withdrawal/init", {**PHONE_PAYOUT, "account": "EUR-sandbox"}, "account"),
        ("/withdrawal/init", {**PHONE_PAYOUT, "customer_birthdate": "1997-06-06"}, "customer_birthdate"),
        ("/withdrawal/balance/get", {"account": "EUR-sandbox"}, "account"),
        ("/withdrawal/balance/get", {}, "account"),
        (REPORTS, {"type": "Sale", "status": 2, "dateFrom": 0, "dateTo": 1}, "type"),
        (REPORTS, {"type": "Payment", "status": 3, "dateFrom": 0, "dateTo": 1}, "status"),
        (REPORTS, {"type": "Payment", "status": 2, "dateFrom": "0", "dateTo": 1}, "dateFrom"),
        (REPORTS, {"type": "Payment", "status": 2, "dateFrom": 5, "dateTo": "4"}, "dateTo"),
    ]
    for path, body, field in cases:
        data = assert_error(api.post(path, json=body), 400, "VALIDATION_ERROR")
        assert field in data["fields"], (path, data)
    assert snapshot(sandbox) == before
    assert not sandbox.state.report_tasks


def test_zip_code_as_number_or_string(api: httpx.Client) -> None:
    assert api.post("/initPaymentHost2Host", json=h2h("zip-n", customer_zip_code=121165)).json()["status"] == 2
    assert api.post("/initPaymentHost2Host", json=h2h("zip-s", customer_zip_code="SW1A 2AA")).json()["status"] == 2


def test_unauthorized(sandbox: SandboxServer) -> None:
    before = snapshot(sandbox)
    with httpx.Client(base_url=sandbox.url, timeout=5) as anon:
        for auth in (None, ("test", "wrong"), ("other", "qwerty")):
            reply = anon.post("/initPaymentHost2Host", json=h2h("e-auth"), auth=auth)
            assert_error(reply, 401, "UNAUTHORIZED")
            assert reply.headers["www-authenticate"].startswith("Basic ")
        for header in ("Bearer abc", "Basic !!!", "Basic"):
            assert_error(
                anon.post("/check", json={"order_id": "hist-0001"}, headers={"Authorization": header}),
                401,
                "UNAUTHORIZED",
            )
        assert_error(anon.get("/aggregation-service/public/transaction/excel/task/abc"), 401, "UNAUTHORIZED")
    assert snapshot(sandbox) == before


def test_not_found_and_wrong_method(api: httpx.Client) -> None:
    for path in (
        "/nothing",
        "/check/",
        "/pci/initPaymentHost2Host",
        "/aggregation-service/public/transaction/excel/task/x/y",
    ):
        assert_error(api.post(path, json={}), 404, "NOT_FOUND")
    assert_error(api.post("/check", json={"order_id": "no-such-order"}), 404, "ORDER_NOT_FOUND")
    assert_error(api.get("/aggregation-service/public/transaction/excel/task/abc"), 404, "TASK_NOT_FOUND")
    assert_error(api.get("/aggregation-service/public/transaction/excel/task/abc/result"), 404, "TASK_NOT_FOUND")
    reply = api.get("/check")
    assert_error(reply, 405, "METHOD_NOT_ALLOWED")
    assert reply.headers["allow"] == "POST"
    assert_error(api.put("/refund", json={}), 405, "METHOD_NOT_ALLOWED")
    assert_error(api.post("/aggregation-service/public/transaction/excel/task/abc"), 405, "METHOD_NOT_ALLOWED")


def test_duplicate_order_id_on_every_creating_call(api: httpx.Client, sandbox: SandboxServer) -> None:
    link = {k: v for k, v in h2h("dup").items() if not k.startswith("card")}
    assert api.post("/initPayment", json=link).status_code == 200
    before = snapshot(sandbox)
    original = copy.deepcopy(sandbox.state.transactions["dup"].to_json())
    attempts: list[tuple[str, dict[str, Any]]] = [
        ("/initPayment", link),
        ("/initPaymentHost2Host", h2h("dup")),
        ("/authorize", h2h("dup")),
        ("/recurrent", {"order_id": "dup", "parent_order_id": "hist-0001", "amount": 1, "reason": "r"}),
        (
            "/withdrawal/init",
            {"account": "EUR-sandbox-payout", "order_id": "dup", "amount": 5, "customer_phone": "+442079460612"},
        ),
        (
            "/withdrawal/init",
            {"account": "EUR-sandbox-payout", "order_id": "hist-0002", "amount": 5, "customer_phone": "+442079460612"},
        ),
    ]
    for path, body in attempts:
        data = assert_error(api.post(path, json=body), 409, "DUPLICATE_ORDER_ID")
        assert "order_id" in data["fields"]
    assert snapshot(sandbox) == before and sandbox.state.payout_balance() == START_PAYOUT_BALANCE
    assert sandbox.state.transactions["dup"].to_json() == original


def test_error_answers_keep_the_connection_usable(api: httpx.Client) -> None:
    assert api.post("/nothing", content=b"x" * 5000).status_code == 404
    assert api.post("/check", json={"order_id": "hist-0001"}).status_code == 200


@pytest.mark.parametrize("framing", ["Content-Length: 2000000", "Transfer-Encoding: chunked", "Content-Length: x"])
def test_unreadable_bodies_are_refused_and_the_connection_closed(sandbox: SandboxServer, framing: str) -> None:
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as sock:
        sock.sendall(
            f"POST /check HTTP/1.1\r\nHost: x\r\nAuthorization: Basic dGVzdDpxd2VydHk=\r\n{framing}\r\n\r\n".encode()
        )
        raw = b""
        while chunk := sock.recv(4096):
            raw += chunk
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 ") and b"Connection: close" in head
    assert json.loads(body)["err"] == "BAD_JSON"
