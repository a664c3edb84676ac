"""Echo mode (issue 12, "Secrets and card numbers copied from what the gateway says"): a gateway, or a proxy in
front of it, that copies the request into its error messages. For the desk's redaction tests, the sandbox can
do exactly that: per server (`echo_requests=True`) or per request (the `echo` fault)."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from smartpay_desk.sandbox import CHALLENGE_CARD, FRICTIONLESS_CARD, SandboxServer

DECLINED_CARD = "4111111111111111"  # Luhn-valid, not a test card: the payment fails
CVV = "987"
BASIC = "Basic " + base64.b64encode(b"test:qwerty").decode()


def h2h(order_id: str, card: str = DECLINED_CARD, **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "account": "EUR-sandbox", "amount": 1000, "currency": "EUR", "order_id": order_id,
        "merchant_site": "https://merchant.site", "customer_first_name": "John", "customer_last_name": "Doe",
        "customer_address": "10 Downing Street", "customer_city": "London", "customer_zip_code": 121165,
        "customer_country": "GB", "customer_phone": "+442079460612", "customer_email": "john@example.com",
        "customer_ip_address": "127.0.0.1", "card_holder": "John Doe", "card_number": card,
        "card_exp_month": "02", "card_exp_year": "31", "card_cvv": CVV,
    }  # fmt: skip
    return body | changes


def assert_echoes(text: str, *, card: str | None = DECLINED_CARD, secret: bool = True) -> None:
    """The request is in `text` verbatim: what the desk must mask before it writes or shows anything."""
    assert BASIC in text
    if secret:
        assert "test:qwerty" in text
    if card is not None:  # the raw body as it was sent
        assert card in text and '"card_cvv"' in text and f'"{CVV}"' in text and '"card_exp_year"' in text


@pytest.fixture
def echoing() -> Iterator[tuple[SandboxServer, httpx.Client]]:
    with (
        SandboxServer(port=0, settle_delay_s=0.2, report_delay_s=0.2, echo_requests=True) as server,
        httpx.Client(base_url=server.url, auth=("test", "qwerty"), timeout=5) as client,
    ):
        yield server, client


def test_a_failed_payment_carries_the_card_the_cvv_and_the_secret(
    echoing: tuple[SandboxServer, httpx.Client],
) -> None:
    server, client = echoing
    answer = client.post("/initPaymentHost2Host", json=h2h("echo-1")).json()
    assert answer["status"] == -1 and answer["err"] == "PLATFORM_ERROR_GATE_NOT_FOUND"
    assert answer["msg"].startswith("No payment gate accepted this card. [request: POST /initPaymentHost2Host")
    assert_echoes(answer["msg"])
    check = client.post("/check", json={"order_id": "echo-1"}).json()
    assert check["errorMessage"].startswith("PLATFORM_ERROR_GATE_NOT_FOUND [request: POST /check")
    assert_echoes(check["errorMessage"], card=None)
    stored = server.state.transactions["echo-1"]  # the echo is only ever in the answer
    assert stored.error_message == "PLATFORM_ERROR_GATE_NOT_FOUND" and DECLINED_CARD not in json.dumps(
        server.state.snapshot()
    )


def test_every_refusal_carries_the_request(echoing: tuple[SandboxServer, httpx.Client]) -> None:
    server, client = echoing
    invalid = client.post("/authorize", json=h2h("echo-2", card_exp_month="13"))
    assert invalid.status_code == 400 and invalid.json()["err"] == "VALIDATION_ERROR"
    assert set(invalid.json()) == {"success", "err", "msg", "fields"}
    assert_echoes(invalid.json()["msg"])
    wrong = httpx.post(server.url + "/check", json={"order_id": "x"}, auth=("test", "qwerty-typo"))
    assert wrong.status_code == 401
    assert "test:qwerty-typo" in wrong.json()["msg"] and "Authorization: Basic " in wrong.json()["msg"]
    missing = client.post("/refund", json={"order_id": "nope", "amount": 1, "reason": "r"})
    assert missing.status_code == 404 and '"nope"' in missing.json()["msg"].partition("[request:")[2]
    refused = client.post("/refund", json={"order_id": "hist-0001", "amount": 10**12, "reason": "r"}).json()
    assert refused["success"] is False and "[request: POST /refund" in refused["message"]
    payout = {"account": "EUR-sandbox-payout", "amount": 5, "order_id": "echo-w", "customer_card_number": DECLINED_CARD}
    failed = client.post("/withdrawal/init", json=payout).json()
    assert failed["status"] == -1 and DECLINED_CARD in failed["msg"]


def test_what_succeeds_is_not_changed(echoing: tuple[SandboxServer, httpx.Client]) -> None:
    _, client = echoing
    answer = client.post("/initPaymentHost2Host", json=h2h("echo-ok", card=FRICTIONLESS_CARD)).json()
    assert answer["status"] == 2 and answer["msg"] is None
    challenge = client.post("/initPaymentHost2Host", json=h2h("echo-3ds", card=CHALLENGE_CARD)).json()
    assert challenge["status"] == 1 and challenge["msg"] is None
    page = httpx.get(challenge["form_url"])  # the customer pages are never echoed
    assert page.status_code == 200 and "request:" not in page.text
    assert client.post("/withdrawal/balance/get", json={"account": "EUR-sandbox-payout"}).json()["balance"] > 0


def test_the_echo_fault_echoes_single_requests(sandbox: SandboxServer) -> None:
    with httpx.Client(base_url=sandbox.url, auth=("test", "qwerty"), timeout=5) as client:
        fault = client.post("/_sandbox/faults", json={"path": "/initPaymentHost2Host", "kind": "echo", "times": 2})
        assert fault.status_code == 201
        for order_id in ("f-1", "f-2"):
            assert_echoes(client.post("/initPaymentHost2Host", json=h2h(order_id)).json()["msg"])
        plain = client.post("/initPaymentHost2Host", json=h2h("f-3")).json()
        assert plain["msg"] == "No payment gate accepted this card."
        sandbox.faults.add(path="/check", kind="echo")
        assert_echoes(client.post("/check", json={"order_id": "f-1"}).json()["errorMessage"], card=None)
        assert client.post("/check", json={"order_id": "f-1"}).json()["errorMessage"] == "PLATFORM_ERROR_GATE_NOT_FOUND"


def test_echo_can_be_switched_on_and_off_while_serving(sandbox: SandboxServer) -> None:
    with httpx.Client(base_url=sandbox.url, auth=("test", "qwerty"), timeout=5) as client:
        sandbox.echo_requests = True
        assert_echoes(client.post("/initPaymentHost2Host", json=h2h("s-1")).json()["msg"])
        sandbox.echo_requests = False
        assert client.post("/initPaymentHost2Host", json=h2h("s-2")).json()["msg"] == (
            "No payment gate accepted this card."
        )
