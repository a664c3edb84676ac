"""Payments on the sandbox over loopback HTTP: test cards, challenge page, hosted form, authorize/capture/cancel."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from smartpay_desk.sandbox import CHALLENGE_CARD, FRICTIONLESS_CARD, SandboxServer

OTHER_CARD = "4123540003981114"


@pytest.fixture
def api(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, auth=("test", "qwerty"), timeout=5) as client:
        yield client


@pytest.fixture
def browser(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """A customer's browser: no credentials, does not follow redirects by itself."""
    with httpx.Client(base_url=sandbox.url, timeout=5) as client:
        yield client


def customer() -> dict[str, Any]:
    return {
        "customer_first_name": "John",
        "customer_last_name": "Doe",
        "customer_address": "10 Downing Street",
        "customer_city": "London",
        "customer_zip_code": "SW1A 2AA",
        "customer_country": "GB",
        "customer_phone": "+442079460612",
        "customer_email": "john.doe@example.com",
        "customer_ip_address": "127.0.0.1",
    }


def card_body(order_id: str, card: str, amount: int = 1000, **extra: Any) -> dict[str, Any]:
    return {
        "account": "EUR-sandbox",
        "amount": amount,
        "currency": "EUR",
        "order_id": order_id,
        "merchant_site": "https://merchant.site",
        **customer(),
        "card_holder": "John Doe",
        "card_number": card,
        "card_exp_month": "12",
        "card_exp_year": "35",
        "card_cvv": "123",
        **extra,
    }


def link_body(order_id: str, **extra: Any) -> dict[str, Any]:
    return {"account": "EUR-sandbox", "amount": 2550, "currency": "EUR", "order_id": order_id, **customer(), **extra}


def check(api: httpx.Client, order_id: str) -> dict[str, Any]:
    reply = api.post("/check", json={"order_id": order_id})
    assert reply.status_code == 200
    data: dict[str, Any] = reply.json()
    return data


# ------------------------------------------------------------------ host-to-host


def test_frictionless_card_succeeds_at_once(api: httpx.Client, sandbox: SandboxServer) -> None:
    reply = api.post("/initPaymentHost2Host", json=card_body("h2h-ok", FRICTIONLESS_CARD))
    assert reply.status_code == 200
    data = reply.json()
    assert data["status"] == 2 and data["order_id"] == "h2h-ok" and data["form_url"] is None
    assert data["err"] is None and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", data["endDate"])
    info = check(api, "h2h-ok")
    assert info["status"] == 2 and info["type"] == "Payment" and info["amount"] == 1000
    assert info["card"] == {
        "number": "401200******3010",
        "bin": "401200",
        "country": "Spain",
        "iso": "ESP",
        "type": "VISA",
    }
    assert (info["firstName"], info["lastName"], info["errorMessage"], info["cascadeErrors"]) == (
        "John",
        "Doe",
        None,
        None,
    )
    tx = sandbox.state.transactions["h2h-ok"]
    assert (tx.type, tx.status, tx.amount, tx.currency, tx.account) == ("Payment", 2, 1000, "EUR", "EUR-sandbox")
    assert tx.card_masked == "401200******3010" and tx.completed is not None


def test_other_card_fails_with_cascade(api: httpx.Client) -> None:
    data = api.post("/initPaymentHost2Host", json=card_body("h2h-fail", OTHER_CARD)).json()
    assert data["status"] == -1 and data["err"] == "PLATFORM_ERROR_GATE_NOT_FOUND" and data["msg"]
    info = check(api, "h2h-fail")
    assert info["status"] == -1 and info["errorMessage"] == "PLATFORM_ERROR_GATE_NOT_FOUND"
    assert info["cascadeErrors"] == [
        {"gatePriority": 0, "errorCategory": "PLATFORM_ERROR_ANTIFRAUD_RULES"},
        {"gatePriority": 1, "errorCategory": "PLATFORM_ERROR_GATE_SKIPPED"},
        {"gatePriority": 2, "errorCategory": "PLATFORM_ERROR_CARD_BRAND_UNAVAILABLE"},
    ]
    assert info["card"]["number"] == "412354******1114"


@pytest.mark.parametrize(("decision", "status"), [("approve", 2), ("decline", -1)])
def test_challenge_card_waits_for_the_challenge_page(
    api: httpx.Client, browser: httpx.Client, sandbox: SandboxServer, decision: str, status: int
) -> None:
    data = api.post("/initPaymentHost2Host", json=card_body("h2h-3ds", CHALLENGE_CARD)).json()
    assert data["status"] == 1 and data["responseType"] == "REDIRECT"
    assert re.fullmatch(re.escape(sandbox.url) + r"/challenge/[A-Za-z0-9_-]{32}", data["form_url"])
    assert check(api, "h2h-3ds")["status"] == 1
    page = browser.get(data["form_url"])
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Approve" in page.text and "Decline" in page.text and "400383******4018" in page.text
    assert CHALLENGE_CARD not in page.text
    done = browser.post(data["form_url"], data={"decision": decision})
    assert done.status_code == 303 and data["form_url"].endswith(done.headers["location"])  # no success_url
    assert check(api, "h2h-3ds")["status"] == status
    expected = "Payment successful" if status == 2 else "Payment failed"
    assert expected in browser.get(data["form_url"]).text
    again = browser.post(data["form_url"], data={"decision": "approve"})
    assert again.status_code == 303  # answered already: nothing changes
    assert check(api, "h2h-3ds")["status"] == status


def test_challenge_redirects_to_merchant_urls(api: httpx.Client, browser: httpx.Client) -> None:
    urls = {"success_url": "https://site.com/success", "fail_url": "https://site.com/fail"}
    data = api.post("/initPaymentHost2Host", json=card_body("3ds-urls", CHALLENGE_CARD, **urls)).json()
    done = browser.post(data["form_url"], data={"decision": "decline"})
    assert done.status_code == 303 and done.headers["location"] == "https://site.com/fail"


def test_apple_pay_dpan_succeeds(api: httpx.Client) -> None:
    body = card_body("apple-1", OTHER_CARD)
    for key in ("card_number", "card_exp_month", "card_exp_year", "card_cvv"):
        del body[key]
    body.update(payment_method="applePayDPan", apple_pay_dpan="eyJhIjoxfQ==", apple_pay_payment_method_network="Visa")
    data = api.post("/initPaymentHost2Host", json=body).json()
    assert data["status"] == 2
    assert check(api, "apple-1")["card"]["type"] == "VISA"


# ------------------------------------------------------------------ authorize, capture, cancel


def test_authorize_then_capture(api: httpx.Client, sandbox: SandboxServer) -> None:
    data = api.post("/authorize", json=card_body("auth-1", FRICTIONLESS_CARD)).json()
    assert data["status"] == 1 and data["form_url"] is None
    info = check(api, "auth-1")
    assert (info["status"], info["authorize_status"]) == (1, "AUTHORIZED")
    captured = api.post("/capture", json={"order_id": "auth-1"})
    assert captured.status_code == 200
    assert (captured.json()["status"], captured.json()["authorize_status"]) == (2, "CAPTURED")
    assert set(captured.json()) == set(info)
    for path in ("/capture", "/cancel"):
        again = api.post(path, json={"order_id": "auth-1"})
        assert again.status_code == 409 and again.json()["err"] == "INVALID_STATE"
    assert sandbox.state.transactions["auth-1"].status == 2


def test_authorize_then_cancel(api: httpx.Client) -> None:
    api.post("/authorize", json=card_body("auth-2", FRICTIONLESS_CARD))
    cancelled = api.post("/cancel", json={"order_id": "auth-2"}).json()
    assert (cancelled["status"], cancelled["authorize_status"]) == (-1, "CANCELLED")
    again = api.post("/capture", json={"order_id": "auth-2"})
    assert again.status_code == 409
    assert check(api, "auth-2")["authorize_status"] == "CANCELLED"


def test_capture_needs_an_open_authorization(api: httpx.Client) -> None:
    api.post("/initPaymentHost2Host", json=card_body("plain-1", FRICTIONLESS_CARD))
    reply = api.post("/capture", json={"order_id": "plain-1"})
    assert reply.status_code == 409 and reply.json()["err"] == "INVALID_STATE"
    assert check(api, "plain-1")["status"] == 2
    missing = api.post("/cancel", json={"order_id": "nobody"})
    assert missing.status_code == 404 and missing.json()["err"] == "ORDER_NOT_FOUND"


def test_authorize_challenge_and_failure(api: httpx.Client, browser: httpx.Client) -> None:
    data = api.post("/authorize", json=card_body("auth-3ds", CHALLENGE_CARD)).json()
    assert data["status"] == 1 and "/challenge/" in data["form_url"] and "auth-3ds" not in data["form_url"]
    assert check(api, "auth-3ds")["authorize_status"] is None
    browser.post(data["form_url"], data={"decision": "approve"})
    assert check(api, "auth-3ds")["authorize_status"] == "AUTHORIZED"
    assert api.post("/capture", json={"order_id": "auth-3ds"}).json()["status"] == 2
    failed = api.post("/authorize", json=card_body("auth-bad", OTHER_CARD)).json()
    assert failed["status"] == -1 and failed["err"] == "PLATFORM_ERROR_GATE_NOT_FOUND"
    assert api.post("/capture", json={"order_id": "auth-bad"}).status_code == 409


# ------------------------------------------------------------------ payment link and hosted form


def _pay(browser: httpx.Client, form_url: str, card: str) -> httpx.Response:
    fields = {
        "card_holder": "John Doe",
        "card_number": card,
        "card_exp_month": "12",
        "card_exp_year": "35",
        "card_cvv": "123",
    }
    return browser.post(form_url, data=fields)


def test_payment_link_paid_in_the_browser(api: httpx.Client, browser: httpx.Client, sandbox: SandboxServer) -> None:
    body = link_body(
        "link-1", success_url="https://site.com/success", fail_url="https://site.com/fail", purpose="Order 7"
    )
    data = api.post("/initPayment", json=body).json()
    assert data["status"] == 1 and data["responseType"] == "REDIRECT" and data["order_id"] == "link-1"
    assert re.fullmatch(re.escape(sandbox.url) + r"/pay/[0-9a-f]{24}", data["form_url"])
    assert check(api, "link-1")["status"] == 1
    page = browser.get(data["form_url"])
    assert page.status_code == 200 and "25.50 EUR" in page.text and "Order 7" in page.text
    for name in ("card_holder", "card_number", "card_exp_month", "card_exp_year", "card_cvv"):
        assert f'name="{name}"' in page.text
    done = _pay(browser, data["form_url"], FRICTIONLESS_CARD)
    assert done.status_code == 303 and done.headers["location"] == "https://site.com/success"
    assert check(api, "link-1")["status"] == 2
    assert "Payment successful" in browser.get(data["form_url"]).text
    again = _pay(browser, data["form_url"], FRICTIONLESS_CARD)  # the same card again: one payment
    assert again.status_code == 303 and again.headers["location"] == "https://site.com/success"
    assert sandbox.state.transactions["link-1"].status == 2


def test_payment_link_with_failing_card_and_no_urls(api: httpx.Client, browser: httpx.Client) -> None:
    data = api.post("/initPayment", json=link_body("link-2")).json()
    done = _pay(browser, data["form_url"], OTHER_CARD)
    assert done.status_code == 303 and data["form_url"].endswith(done.headers["location"])
    assert "Payment failed" in browser.get(data["form_url"]).text
    assert check(api, "link-2")["status"] == -1


def test_payment_link_with_challenge_card(api: httpx.Client, browser: httpx.Client) -> None:
    data = api.post("/initPayment", json=link_body("link-3", success_url="https://site.com/ok")).json()
    first = _pay(browser, data["form_url"], CHALLENGE_CARD)
    assert first.status_code == 303 and first.headers["location"].startswith("/challenge/")
    assert "link-3" not in first.headers["location"]
    assert check(api, "link-3")["status"] == 1
    assert "Waiting for your bank" in browser.get(data["form_url"]).text  # the challenge is the payer's only
    done = browser.post(first.headers["location"], data={"decision": "approve"})
    assert done.status_code == 303 and done.headers["location"] == "https://site.com/ok"
    assert check(api, "link-3")["status"] == 2


def test_hosted_form_refuses_bad_card_details(api: httpx.Client, browser: httpx.Client) -> None:
    data = api.post("/initPayment", json=link_body("link-4")).json()
    reply = browser.post(data["form_url"], data={"card_holder": "J", "card_number": "12", "card_exp_month": "13"})
    assert reply.status_code == 303 and "Please check the card details" in browser.get(reply.headers["location"]).text
    expired = browser.post(
        data["form_url"],
        data={
            "card_holder": "J",
            "card_number": FRICTIONLESS_CARD,
            "card_exp_month": "01",
            "card_exp_year": "20",
            "card_cvv": "123",
        },
    )
    assert expired.status_code == 303 and "expired" in browser.get(expired.headers["location"]).text
    assert check(api, "link-4")["status"] == 1 and check(api, "link-4")["card"] is None
    assert browser.get("/pay/000000000000000000000000").status_code == 404
    lost = browser.post("/pay/000000000000000000000000", data={"card_number": "1"})
    assert lost.status_code == 303 and browser.get(lost.headers["location"]).status_code == 404
    assert lost.headers["content-type"].startswith("text/html")
    assert browser.get("/challenge/nobody").status_code == 404
