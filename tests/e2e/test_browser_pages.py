"""The customer pages paid as a customer pays them: headless Chromium (Debian's chromium + chromium-driver,
installed by scripts/bootstrap) driven by Selenium. The merchant's site is another loopback origin.

Each case checks that the gateway holds one payment, that the customer lands on the merchant's URL when
there is one, how many times the page really posted (the sandbox's request log), and, after every case,
that no card number or CVV reached a URL, a page, the merchant, a log or the sandbox's state.

Skipped only where no browser is installed and not in CI (CI installs one: there a missing browser fails).
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from smartpay_desk.sandbox import CHALLENGE_CARD, FRICTIONLESS_CARD, SandboxServer
from tests.unit.sandbox.merchant import MerchantSite

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
if not (CHROMIUM and CHROMEDRIVER) and not os.environ.get("CI"):
    pytest.skip(
        "no Chromium here: install Debian's chromium and chromium-driver (scripts/bootstrap does) to run it",
        allow_module_level=True,
    )
if not os.environ.get("CI"):
    pytest.importorskip("selenium", reason="Selenium is not installed: pip install -e '.[test]'")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

OTHER_CARD, NOT_LUHN, CVV = "4123540003981114", "4012000000003011", "7391"
CARDS = (FRICTIONLESS_CARD, CHALLENGE_CARD, OTHER_CARD, NOT_LUHN)
Driver = webdriver.Chrome


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.fixture(scope="module")
def log() -> Iterator[_Records]:
    """Everything the sandbox logs (every request line, every callback) while this module runs."""
    handler, logger = _Records(), logging.getLogger("smartpay_desk.sandbox")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(level)


@pytest.fixture(scope="module")
def gateway(log: _Records) -> Iterator[SandboxServer]:
    with SandboxServer(port=0, seed_history=False) as srv:
        yield srv


@pytest.fixture(scope="module")
def site() -> Iterator[MerchantSite]:
    with MerchantSite() as merchant:
        yield merchant


@pytest.fixture(scope="module")
def driver(gateway: SandboxServer, site: MerchantSite) -> Iterator[Driver]:
    """One browser for the module; it quits before the servers it talks to stop."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM or "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-proxy-server",
                "--window-size=1000,900", "--no-first-run", "--disable-extensions"):  # fmt: skip
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    chrome = webdriver.Chrome(service=Service(CHROMEDRIVER or "/usr/bin/chromedriver"), options=options)
    chrome.set_page_load_timeout(15)
    yield chrome
    chrome.quit()


@pytest.fixture(autouse=True)
def no_card_anywhere(driver: Driver, gateway: SandboxServer, site: MerchantSite, log: _Records) -> Iterator[list[str]]:
    """Collects what each case saw (URLs, pages); afterwards no card number or CVV is in it, nor in the log,
    the merchant's requests, the sandbox's state, or the browser's console; and no policy was violated."""
    seen: list[str] = []
    yield seen
    console = [entry["message"] for entry in driver.get_log("browser")]
    hits = [hit.path + json.dumps(hit.headers) + hit.body.decode() for hit in site.hits()]
    state = json.dumps(gateway.state.snapshot())
    text = "\n".join([*seen, *console, *hits, *log.lines, state])
    for number in CARDS:
        assert number not in text and f"{number[:4]} {number[4:8]}" not in text
    assert not re.search(rf"(?<![\w.:-]){CVV}(?![\w.:-])", text)
    assert not [line for line in console if "Content Security Policy" in line and "127.0.0.1" in line]


# ------------------------------------------------------------------ helpers


def new_link(gateway: SandboxServer, site: MerchantSite, order_id: str, **urls: str | None) -> str:
    body = {
        "account": "EUR-sandbox", "amount": 1999, "currency": "EUR", "order_id": order_id,
        "merchant_site": "Training shop", "purpose": f"Order {order_id}",
        "customer_first_name": "Ann", "customer_last_name": "Lee", "customer_address": "1 Main St",
        "customer_city": "Leeds", "customer_zip_code": "LS1 1AA", "customer_country": "GB",
        "customer_phone": "+441130000000", "customer_email": "ann@example.com", "customer_ip_address": "127.0.0.1",
        "success_url": site.url("/success", order=order_id), "fail_url": site.url("/fail", order=order_id),
        "callback_url": site.url("/callback"),
    }  # fmt: skip
    body.update(urls)
    reply = httpx.post(gateway.url + "/initPayment", json={k: v for k, v in body.items() if v}, auth=("test", "qwerty"))
    assert reply.status_code == 200, reply.text
    return str(reply.json()["form_url"])


def posts(log: _Records, url: str) -> int:
    """How many POSTs the sandbox received at this page (its request log)."""
    path = "/" + url.split("/", 3)[3]
    return sum(f'"POST {path} ' in line for line in log.lines)


def wait(driver: Driver, done: Callable[[Driver], Any], timeout: float = 10) -> Any:
    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(done)


def page(driver: Driver) -> str:
    """The page as the browser holds it, less the form's note listing the sandbox's test cards."""
    return re.sub(r'<p class="note">Sandbox test cards: [^<]*</p>', "", driver.page_source)


def fill(driver: Driver, number: str, seen: list[str]) -> None:
    seen.append(page(driver))
    for name, value in (("card_holder", "Ann Lee"), ("card_number", number), ("card_exp_month", "12"),
                        ("card_exp_year", "35"), ("card_cvv", CVV)):  # fmt: skip
        field = driver.find_element(By.NAME, name)
        field.clear()
        field.send_keys(value)


def lands(driver: Driver, url: str, seen: list[str]) -> None:
    wait(driver, lambda d: d.current_url == url)
    seen += [driver.current_url, page(driver)]


def tx_of(gateway: SandboxServer, order_id: str) -> Any:
    return gateway.state.get(order_id)


def pay_button(driver: Driver) -> Any:
    return driver.find_element(By.CSS_SELECTOR, "form button[type=submit]")


# ------------------------------------------------------------------ cases


def test_frictionless_card_lands_on_the_merchant(
    driver: Driver, gateway: SandboxServer, site: MerchantSite, log: _Records, no_card_anywhere: list[str]
) -> None:
    form_url = new_link(gateway, site, "b-ok")
    driver.get(form_url)
    hints = {n: driver.find_element(By.NAME, n).get_attribute("autocomplete") for n in
             ("card_holder", "card_number", "card_exp_month", "card_exp_year", "card_cvv")}  # fmt: skip
    assert hints == {"card_holder": "cc-name", "card_number": "cc-number", "card_exp_month": "cc-exp-month",
                     "card_exp_year": "cc-exp-year", "card_cvv": "cc-csc"}  # fmt: skip
    assert driver.execute_script("return getComputedStyle(document.body).maxWidth") == "480px"  # style allowed
    fill(driver, FRICTIONLESS_CARD, no_card_anywhere)
    pay_button(driver).click()
    lands(driver, site.url("/success", order="b-ok"), no_card_anywhere)
    assert tx_of(gateway, "b-ok").status == 2 and posts(log, form_url) == 1
    (arrived,) = [hit for hit in site.hits("/success") if "b-ok" in hit.path]
    assert "referer" not in arrived.headers  # the payment page's address stays with the gateway
    hits = site.wait_for(lambda hits: any(b'"b-ok"' in hit.body for hit in hits))
    (callback,) = [json.loads(hit.body) for hit in hits if b'"b-ok"' in hit.body]
    assert callback == tx_of(gateway, "b-ok").check_json()


@pytest.mark.parametrize(("decision", "status", "route"), [("approve", 2, "/success"), ("decline", -1, "/fail")])
def test_challenge_is_answered_by_its_payer(
    driver: Driver, gateway: SandboxServer, site: MerchantSite, log: _Records, no_card_anywhere: list[str],
    decision: str, status: int, route: str,
) -> None:  # fmt: skip
    order_id = f"b-3ds-{decision}"
    form_url = new_link(gateway, site, order_id)
    driver.get(form_url)
    fill(driver, CHALLENGE_CARD, no_card_anywhere)
    pay_button(driver).click()
    wait(driver, lambda d: "/challenge/" in d.current_url)
    challenge = driver.current_url
    assert order_id not in challenge and "400383******4018" in driver.page_source
    driver.refresh()  # a reload asks for the page again, sends nothing
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, f"button[value={decision}]"))
    assert tx_of(gateway, order_id).status == 1 and posts(log, form_url) == 1
    driver.find_element(By.CSS_SELECTOR, f"button[value={decision}]").click()
    lands(driver, site.url(route, order=order_id), no_card_anywhere)
    assert tx_of(gateway, order_id).status == status and posts(log, challenge) == 1
    driver.get(challenge)  # the payer may look again: the outcome, no buttons
    assert not driver.find_elements(By.TAG_NAME, "button") and "19.99 EUR" in driver.page_source


def test_double_click_posts_once(
    driver: Driver, gateway: SandboxServer, site: MerchantSite, log: _Records, no_card_anywhere: list[str]
) -> None:
    form_url = new_link(gateway, site, "b-dbl")
    driver.get(form_url)
    fill(driver, CHALLENGE_CARD, no_card_anywhere)
    ActionChains(driver).double_click(pay_button(driver)).perform()
    wait(driver, lambda d: "/challenge/" in d.current_url)
    challenge = driver.current_url
    ActionChains(driver).double_click(driver.find_element(By.CSS_SELECTOR, "button[value=approve]")).perform()
    lands(driver, site.url("/success", order="b-dbl"), no_card_anywhere)
    assert posts(log, form_url) == 1 and posts(log, challenge) == 1
    assert tx_of(gateway, "b-dbl").status == 2


def test_reload_after_a_refusal_sends_nothing(
    driver: Driver, gateway: SandboxServer, site: MerchantSite, log: _Records, no_card_anywhere: list[str]
) -> None:
    form_url = new_link(gateway, site, "b-luhn")
    driver.get(form_url)
    fill(driver, NOT_LUHN, no_card_anywhere)
    pay_button(driver).click()
    wait(driver, lambda d: "?n=" in d.current_url)
    sentence = "This card number is not valid: check it for a typing mistake."
    assert sentence in driver.page_source and tx_of(gateway, "b-luhn").card is None
    driver.refresh()
    wait(driver, lambda d: sentence in d.page_source)
    assert posts(log, form_url) == 1
    assert driver.find_element(By.NAME, "card_number").get_attribute("value") == ""
    assert driver.find_element(By.NAME, "card_holder").get_attribute("value") == "Ann Lee"
    fill(driver, FRICTIONLESS_CARD, no_card_anywhere)
    pay_button(driver).click()
    lands(driver, site.url("/success", order="b-luhn"), no_card_anywhere)
    assert posts(log, form_url) == 2 and tx_of(gateway, "b-luhn").status == 2


@pytest.mark.parametrize(("number", "route", "outcome"), [(FRICTIONLESS_CARD, "/success", "Payment successful"),
                                                          (OTHER_CARD, "/fail", "Payment failed")])  # fmt: skip
def test_back_never_brings_the_card_back(
    driver: Driver, gateway: SandboxServer, site: MerchantSite, log: _Records, no_card_anywhere: list[str],
    number: str, route: str, outcome: str,
) -> None:  # fmt: skip
    order_id = f"b-back{route.replace('/', '-')}"
    form_url = new_link(gateway, site, order_id)
    driver.get(form_url)
    fill(driver, number, no_card_anywhere)
    pay_button(driver).click()
    lands(driver, site.url(route, order=order_id), no_card_anywhere)
    driver.back()
    wait(driver, lambda d: d.current_url == form_url and outcome in d.page_source)
    no_card_anywhere.append(page(driver))
    assert not driver.find_elements(By.TAG_NAME, "input")  # the form is gone, with whatever was typed in it
    assert driver.find_element(By.LINK_TEXT, "Return to Training shop").get_attribute("href") == site.url(
        route, order=order_id
    )
    if route == "/fail":
        assert "A payment link can be used once" in driver.page_source
    assert posts(log, form_url) == 1 and tx_of(gateway, order_id).card_masked.endswith(number[-4:])


def test_two_tabs_make_one_payment(
    driver: Driver, gateway: SandboxServer, site: MerchantSite, log: _Records, no_card_anywhere: list[str]
) -> None:
    form_url = new_link(gateway, site, "b-tabs")
    first = driver.current_window_handle
    tabs = [first]
    for _ in range(2):
        driver.switch_to.new_window("tab")
        tabs.append(driver.current_window_handle)
    for tab, number in zip(tabs, (FRICTIONLESS_CARD, FRICTIONLESS_CARD, OTHER_CARD), strict=True):
        driver.switch_to.window(tab)
        driver.get(form_url)
        fill(driver, number, no_card_anywhere)
    try:
        for tab in tabs[:2]:  # the same card in two tabs: one payment, both land on the merchant's page
            driver.switch_to.window(tab)
            pay_button(driver).click()
            lands(driver, site.url("/success", order="b-tabs"), no_card_anywhere)
        driver.switch_to.window(tabs[2])  # another card, on a link already used: not tried, and said so
        pay_button(driver).click()
        wait(driver, lambda d: "was not tried" in d.page_source)
        no_card_anywhere.append(page(driver))
        assert posts(log, form_url) == 3
        tx = tx_of(gateway, "b-tabs")
        assert tx.status == 2 and tx.card_masked == "401200******3010"
    finally:
        for tab in tabs[1:]:
            driver.switch_to.window(tab)
            driver.close()
        driver.switch_to.window(first)


def test_a_framed_form_is_refused(
    driver: Driver, gateway: SandboxServer, site: MerchantSite, log: _Records, no_card_anywhere: list[str]
) -> None:
    form_url = new_link(gateway, site, "b-frame")
    driver.get(site.url("/frame", src=form_url))
    frame = wait(driver, lambda d: d.find_element(By.ID, "pay"))
    wait(driver, lambda d: any(form_url.split("/pay/")[1] in line for line in log.lines))  # the frame asked
    driver.switch_to.frame(frame)
    try:
        assert not driver.find_elements(By.NAME, "card_number") and "Pay" not in driver.page_source
    finally:
        driver.switch_to.default_content()
    assert posts(log, form_url) == 0 and tx_of(gateway, "b-frame").card is None
    console = driver.get_log("browser")
    assert any("frame-ancestors" in entry["message"] or "X-Frame-Options" in entry["message"] for entry in console)
