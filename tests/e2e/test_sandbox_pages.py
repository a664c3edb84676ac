"""The customer pages over loopback HTTP, as a browser without JavaScript meets them: headers, POST-redirect-GET,
the Luhn check, one payment per link, a challenge only its payer can see, callbacks, and no card anywhere.
(The same in a real browser: test_browser_pages.py.)"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from smartpay_desk.sandbox import CHALLENGE_CARD, FRICTIONLESS_CARD, SandboxServer
from tests.unit.sandbox.merchant import MerchantSite

from .test_sandbox_payments import card_body, link_body

OTHER_CARD, NOT_LUHN, CVV = "4123540003981114", "4012000000003011", "7391"
CARDS = (FRICTIONLESS_CARD, CHALLENGE_CARD, OTHER_CARD, NOT_LUHN)


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    """A fresh sandbox that posts callbacks (whatever the shared fixture's choice)."""
    with SandboxServer(host="127.0.0.1", port=0, settle_delay_s=0.3, report_delay_s=0.3, callbacks=True) as srv:
        yield srv


@pytest.fixture
def site() -> Iterator[MerchantSite]:
    with MerchantSite() as merchant:
        yield merchant


@pytest.fixture
def api(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, auth=("test", "qwerty"), timeout=5) as client:
        yield client


@pytest.fixture
def browser(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, timeout=5) as client:
        yield client


@pytest.fixture
def sandbox_log(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.DEBUG, logger="smartpay_desk.sandbox"):
        yield caplog


def card(number: str, **changes: str) -> dict[str, str]:
    fields = {"card_holder": "Ann Lee", "card_number": number, "card_exp_month": "12", "card_exp_year": "35"}
    return {**fields, "card_cvv": CVV, **changes}


def new_link(api: httpx.Client, order_id: str, **extra: Any) -> str:
    reply = api.post("/initPayment", json=link_body(order_id, **extra))
    assert reply.status_code == 200, reply.text
    return str(reply.json()["form_url"])


def status(api: httpx.Client, order_id: str) -> dict[str, Any]:
    data: dict[str, Any] = api.post("/check", json={"order_id": order_id}).json()
    return data


def assert_guarded(reply: httpx.Response, *origins: str) -> None:
    """The headers every customer page and every redirect from one carries."""
    policy = reply.headers["content-security-policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'none'" and directives["frame-ancestors"] == "'none'"
    assert directives["form-action"] == " ".join(["'self'", *origins])
    assert reply.headers["x-frame-options"] == "DENY" and reply.headers["referrer-policy"] == "no-referrer"
    assert reply.headers["cache-control"] == "no-store" and reply.headers["x-content-type-options"] == "nosniff"


def test_every_page_and_redirect_is_guarded(
    api: httpx.Client, browser: httpx.Client, site: MerchantSite, sandbox: SandboxServer
) -> None:
    form_url = new_link(api, "g-1", success_url=site.url("/ok"), fail_url="https://shop.example/fail")
    page = browser.get(form_url)
    assert page.status_code == 200
    assert_guarded(page, site.origin, "https://shop.example")
    assert not re.search(r"\b(src|href)=", page.text)  # nothing loaded from anywhere
    assert page.text.count("<script>") == 1 and not re.search(r"\son[a-z]+=", page.text)  # no inline handler
    for name, hint in [("card_holder", "cc-name"), ("card_number", "cc-number"), ("card_exp_month", "cc-exp-month"),
                       ("card_exp_year", "cc-exp-year"), ("card_cvv", "cc-csc")]:  # fmt: skip
        assert re.search(rf'<input id="{name}" name="{name}"[^>]* autocomplete="{hint}"', page.text), name
    redirect = browser.post(form_url, data=card(CHALLENGE_CARD))
    assert redirect.status_code == 303 and redirect.headers["location"].startswith("/challenge/")
    assert_guarded(redirect, site.origin, "https://shop.example")
    challenge = browser.get(redirect.headers["location"])
    assert challenge.status_code == 200 and "Approve" in challenge.text
    assert_guarded(challenge, site.origin, "https://shop.example")
    for nowhere in ("/pay/000000000000000000000000", "/challenge/g-1", "/challenge/x"):
        missing = browser.get(nowhere)
        assert missing.status_code == 404 and "There is nothing at this address." in missing.text
        assert_guarded(missing)


def test_every_post_is_answered_with_a_redirect(api: httpx.Client, browser: httpx.Client, site: MerchantSite) -> None:
    ok, fail = site.url("/success"), site.url("/fail")
    form_url = new_link(api, "prg-1", success_url=ok, fail_url=fail)
    path = urlsplit(form_url).path
    sends = [card(NOT_LUHN), {}, card(FRICTIONLESS_CARD), card(FRICTIONLESS_CARD), card(OTHER_CARD)]
    answers = [browser.post(form_url, data=fields) for fields in sends]
    assert all(answer.status_code == 303 and answer.content == b"" for answer in answers)
    where = [answer.headers["location"] for answer in answers]
    assert where[0].startswith(path + "?n=") and where[1].startswith(path + "?n=")
    assert where[2] == where[3] == ok  # paid; the same card again is the same payment
    assert where[4].startswith(path + "?n=")  # another card: not tried
    assert status(api, "prg-1")["status"] == 2
    for dead in ("/pay/000000000000000000000000", "/challenge/nobody"):
        answer = browser.post(dead, data={"decision": "approve", **card(FRICTIONLESS_CARD)})
        assert answer.status_code == 303 and browser.get(answer.headers["location"]).status_code == 404


def test_luhn_failure_is_refused_on_the_form_with_a_sentence(api: httpx.Client, browser: httpx.Client) -> None:
    form_url = new_link(api, "luhn-1")
    refused = browser.post(form_url, data=card(NOT_LUHN, card_holder="Ann <b>Lee</b>", card_exp_month="07"))
    page = browser.get(refused.headers["location"])
    assert "Please check the card details." in page.text
    assert "This card number is not valid: check it for a typing mistake." in page.text
    assert 'value="Ann &lt;b&gt;Lee&lt;/b&gt;"' in page.text and 'value="07"' in page.text  # kept for the payer
    assert NOT_LUHN not in page.text and CVV not in page.text  # never the card
    assert status(api, "luhn-1")["status"] == 1 and status(api, "luhn-1")["card"] is None  # the link is unused
    misplaced = browser.post(form_url, data=card(NOT_LUHN, card_holder=OTHER_CARD))  # the card in the name box
    assert OTHER_CARD not in browser.get(misplaced.headers["location"]).text
    done = browser.post(form_url, data=card(FRICTIONLESS_CARD))
    assert browser.get(done.headers["location"]).text.count("Payment successful") == 2
    assert status(api, "luhn-1")["status"] == 2


def test_a_second_card_on_a_used_link_is_not_tried_and_the_page_says_so(
    api: httpx.Client, browser: httpx.Client, site: MerchantSite
) -> None:
    form_url = new_link(api, "used-1", fail_url=site.url("/fail"), merchant_site="Shop")
    first = browser.post(form_url, data=card(OTHER_CARD))
    assert first.headers["location"] == site.url("/fail")
    back = browser.get(form_url)  # Back: the form is not shown again, the page says what happened
    assert "Payment failed" in back.text and "412354******1114" in back.text and 'name="card_number"' not in back.text
    assert "A payment link can be used once: to pay with another card, ask Shop for a new link." in back.text
    assert f'href="{site.url("/fail")}"' in back.text
    second = browser.post(form_url, data=card(FRICTIONLESS_CARD))
    page = browser.get(second.headers["location"])
    assert "The card you entered just now was not tried, and nothing was charged to it" in page.text
    assert "401200" not in page.text and "412354******1114" in page.text
    info = status(api, "used-1")
    assert info["status"] == -1 and info["card"]["number"] == "412354******1114"


def test_a_challenge_shows_nothing_to_anyone_but_its_payer(
    api: httpx.Client, browser: httpx.Client, sandbox: SandboxServer
) -> None:
    reply = api.post("/initPaymentHost2Host", json=card_body("3ds-1", CHALLENGE_CARD, amount=4321)).json()
    payer_url = reply["form_url"]
    assert "3ds-1" not in payer_url and re.fullmatch(r".*/challenge/[A-Za-z0-9_-]{32}", payer_url)
    api.post("/withdrawal/init", json={"account": "EUR-sandbox-payout", "order_id": "po-1", "amount": 999,
                                       "customer_phone": "+442079460612"})  # fmt: skip
    token = payer_url.rsplit("/", 1)[1]
    near = token[:-1] + ("B" if token.endswith("A") else "A")
    with httpx.Client(base_url=sandbox.url, timeout=5) as stranger:
        for guess in ("3ds-1", "hist-0001", "po-1", near):
            page = stranger.get(f"/challenge/{guess}")
            assert page.status_code == 404 and "43.21" not in page.text and "9.99" not in page.text
            assert stranger.post(f"/challenge/{guess}", data={"decision": "approve"}).status_code == 303
    assert status(api, "3ds-1")["status"] == 1  # nobody but the payer could answer
    page = browser.get(payer_url)
    assert "43.21 EUR" in page.text and "400383******4018" in page.text
    assert browser.post(payer_url, data={"decision": "decline"}).status_code == 303
    assert status(api, "3ds-1")["status"] == -1
    assert browser.post(payer_url, data={"decision": "approve"}).status_code == 303  # answered already
    assert status(api, "3ds-1")["status"] == -1
    assert "did not go through: you did not confirm it with your bank." in browser.get(payer_url).text


@pytest.mark.parametrize("same_card", [True, False])
def test_simultaneous_submits_make_one_payment(
    api: httpx.Client, sandbox: SandboxServer, site: MerchantSite, same_card: bool
) -> None:
    order_id = f"race-{same_card}"
    form_url = new_link(api, order_id, success_url=site.url("/success"))
    barrier, answers = threading.Barrier(8), []

    def submit(index: int) -> None:
        number = FRICTIONLESS_CARD if same_card or index == 0 else OTHER_CARD
        with httpx.Client(timeout=5) as tab:
            barrier.wait()
            answers.append(tab.post(form_url, data=card(number)).headers["location"])

    threads = [threading.Thread(target=submit, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    tx = sandbox.state.transactions[order_id]
    good = tx.card_masked == "401200******3010"
    assert tx.status == (2 if good else -1) and (good or not same_card)
    winners = 8 if same_card else 1 if good else 7  # the sends with the card that was charged
    assert len([where for where in answers if "?n=" not in where]) == winners  # the others: "not tried"
    if good:
        assert answers.count(site.url("/success")) == winners


def test_callbacks_carry_each_change_to_the_merchant(
    api: httpx.Client, browser: httpx.Client, site: MerchantSite
) -> None:
    hook = site.url("/callback", shop="7")
    form_url = new_link(api, "cb-1", callback_url=hook)
    challenge = browser.post(form_url, data=card(CHALLENGE_CARD)).headers["location"]
    browser.post(challenge, data={"decision": "approve"})
    api.post("/authorize", json=card_body("cb-2", FRICTIONLESS_CARD, callback_url=hook))
    api.post("/capture", json={"order_id": "cb-2"})
    hits = site.wait_for(lambda hits: len(hits) == 3)
    bodies = [json.loads(hit.body) for hit in hits]
    assert [(b["order_id"], b["status"], b["authorize_status"]) for b in bodies] == [
        ("cb-1", 2, None), ("cb-2", 1, "AUTHORIZED"), ("cb-2", 2, "CAPTURED"),
    ]  # fmt: skip
    assert bodies[0] == status(api, "cb-1") and bodies[2] == status(api, "cb-2")
    assert all(hit.path == "/callback?shop=7" and hit.headers["content-type"] == "application/json" for hit in hits)
    assert not any(number in hit.body.decode() for hit in hits for number in CARDS)


def test_a_callback_must_be_a_web_address_and_never_slows_the_gateway(
    api: httpx.Client, sandbox: SandboxServer, site: MerchantSite
) -> None:
    for bad in ("ftp://127.0.0.1/cb", "javascript:alert(1)", "cb"):
        reply = api.post("/initPaymentHost2Host", json=card_body("cb-bad", FRICTIONLESS_CARD, callback_url=bad))
        assert reply.status_code == 400 and set(reply.json()["fields"]) == {"callback_url"}
    sandbox.callbacks.timeout_s = 3.0
    started = time.monotonic()
    for n in range(3):
        reply = api.post(
            "/initPaymentHost2Host", json=card_body(f"cb-slow-{n}", OTHER_CARD, callback_url=site.url("/hang"))
        )
        assert reply.json()["status"] == -1
    assert status(api, "cb-slow-0")["status"] == -1
    assert time.monotonic() - started < 1.5  # the site hangs; the gateway does not wait for it
    assert site.wait_for(lambda hits: len(hits) >= 1)


def test_no_card_number_or_cvv_in_any_url_page_log_or_state(
    api: httpx.Client, browser: httpx.Client, sandbox: SandboxServer, site: MerchantSite, sandbox_log: Any
) -> None:
    seen: list[str] = []
    for n, number in enumerate(CARDS):
        form_url = new_link(api, f"leak-{n}", success_url=site.url("/ok"), callback_url=site.url("/callback"))
        answer = browser.post(form_url, data=card(number))
        seen += [str(answer.url), answer.headers["location"]]
        for _ in range(3):
            location = answer.headers.get("location", "")
            if not location.startswith("/"):
                break
            answer = browser.get(location)
            seen += [location, re.sub(r'<p class="note">Sandbox test cards: [^<]*</p>', "", answer.text)]
            if "Approve" in answer.text:
                answer = browser.post(location, data={"decision": "approve"})
                seen.append(answer.headers["location"])
    seen.append(json.dumps(browser.get("/_sandbox/state").json()))
    seen += [hit.path + hit.body.decode() + json.dumps(hit.headers) for hit in site.wait_for(lambda h: len(h) >= 3)]
    seen += [record.getMessage() for record in sandbox_log.records]
    text = "\n".join(seen)
    assert "leak-3" in text and "/challenge/" in text  # what was looked at is really there
    for number in CARDS:
        assert number not in text and f"{number[:4]} {number[4:8]}" not in text
    assert not re.search(rf"(?<![\w.:-]){CVV}(?![\w.:-])", text)  # as typed
    assert "card_cvv=" not in text and '"card_cvv":' not in text and "card_number=" not in text
