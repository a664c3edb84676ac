"""Every curl example of the API doc, run as written against the sandbox (host replaced, a card expiry in the
future, a real e-mail address in place of the saved page's "[email protected]"), answers the documented shape:
the same keys as the doc's example answer."""

from __future__ import annotations

import io
from collections.abc import Iterator

import httpx
import openpyxl
import pytest

from smartpay_desk.sandbox import SandboxServer

HEADERS = {"Content-Type": "application/json", "Authorization": "Basic dGVzdDpxd2VydHk="}
EMAIL = "john.doe@example.com"

INIT_PAYMENT = """{
    "account": "EUR-sandbox",
    "amount": 1000,
    "currency": "EUR",
    "order_id": "sandboxFormId_1015",
    "merchant_site": "https://merchant.site",
    "recurrent": false,
    "purpose": "description",
    "customer_first_name": "John",
    "customer_last_name": "Doe",
    "customer_address": "10 Downing Street",
    "customer_city": "London",
    "customer_zip_code": 121165,
    "customer_country": "GB",
    "customer_phone": "+442079460612",
    "customer_email": "[email protected]",
    "customer_ip_address": "127.0.0.1",
    "success_url": "https://site.com/success",
    "fail_url": "https://site.com/fail",
    "callback_url": "https://site.com/callback",
    "status_url": "https://site.com/redir"
}"""

DPAN = (
    "eyJhcHBsaWNhdGlvblByaW1hcnlBY2NvdW50TnVtYmVyIjoiKioqIiwiYXBwbGljYXRpb25FeHBpcmF0aW9uRGF0ZS"
    "I6IioqKiIsImN1cnJlbmN5Q29kZSI6Ijk3OCIsInRyYW5zYWN0aW9uQW1vdW50IjoxMDAsImRldmljZU1hbnVmYWN0"
    "dXJlcklkZW50aWZpZXIiOiIqKioiLCJwYXltZW50RGF0YVR5cGUiOiIzRFNlY3VyZSIsInBheW1lbnREYXRhIjp7Im"
    "9ubGluZVBheW1lbnRDcnlwdG9ncmFtIjoiKioqIiwiZWNpSW5kaWNhdG9yIjoiNyJ9fQ=="
)  # the doc's apple_pay_dpan value, split only to fit the line length

H2H = """{
    "payment_method": "card",
    "account": "EUR-sandbox",
    "amount": 1000,
    "currency": "EUR",
    "order_id": "sandboxId_1015",
    "merchant_site": "https://merchant.site",
    "recurrent": false,
    "purpose": "description",
    "customer_first_name": "John",
    "customer_last_name": "Doe",
    "customer_address": "10 Downing Street",
    "customer_city": "London",
    "customer_zip_code": 121165,
    "customer_country": "GB",
    "customer_phone": "+442079460612",
    "customer_email": "[email protected]",
    "customer_ip_address": "127.0.0.1",
    "success_url": "https://site.com/success",
    "fail_url": "https://site.com/fail",
    "callback_url": "https://site.com/callback",
    "status_url": "https://site.com/redir",
    "card_holder": "John Doe",
    "card_number": "4012000000003010",
    "card_exp_month": "02",
    "card_exp_year": "25",
    "card_cvv": "123",
    "apple_pay_dpan": "<DPAN>",
    "apple_pay_payment_method_network": "Visa"
}""".replace("<DPAN>", DPAN)

CHECK = """{
    "order_id": "sandboxId_1015"
}"""

REFUND = """{
    "order_id": "sandboxId_1015",
    "amount": 1000,
    "reason": "refund"
}"""

RECURRENT = """{
    "order_id": "sandboxRecurId_1015",
    "parent_order_id": "sandboxId_1015",
    "amount": 1000,
    "reason": "test recurrent"
}"""

WITHDRAWAL = """{
    "account": "EUR-sandbox-payout",
    "order_id": "testPayout_1050",
    "amount": 10000,
    "customer_card_number": "4123540003981114",
    "merchant_site": "https://merchant.site",
    "customer_first_name": "John",
    "customer_middle_name": "Jerom",
    "customer_last_name": "Doe",
    "customer_phone": "+442079460612",
    "customer_birthdate": "06.06.1997",
    "customer_zip_code": "121165",
    "callback_url": "https://site.com/callback"
}"""

BALANCE = """{
    "account": "EUR-sandbox-payout"
}"""

AUTHORIZE = """{
    "account": "EUR-sandbox",
    "amount": 1000,
    "currency": "EUR",
    "order_id": "sandboxId_1016",
    "merchant_site": "https://merchant.site",
    "recurrent": false,
    "purpose": "description",
    "customer_first_name": "John",
    "customer_last_name": "Doe",
    "customer_address": "10 Downing Street",
    "customer_city": "London",
    "customer_zip_code": 121165,
    "customer_country": "GB",
    "customer_phone": "+442079460612",
    "customer_email": "[email protected]",
    "customer_ip_address": "127.0.0.1",
    "success_url": "https://site.com/success",
    "fail_url": "https://site.com/fail",
    "callback_url": "https://site.com/callback",
    "status_url": "https://site.com/redir",
    "card_holder": "John Doe",
    "card_number": "4012000000003010",
    "card_exp_month": "02",
    "card_exp_year": "25",
    "card_cvv": "123"
}"""

CAPTURE = CANCEL = """{
    "order_id": "sandboxId_1016"
}"""

REPORT = """{
    "type": "Payment",
    "status": 2,
    "dateFrom": 1674507600000,
    "dateTo": 1679678900200
}"""

# The keys of each example answer in the doc.
PAYMENT_FORM_KEYS = {"ACSUrl", "MD", "TermUrl", "description", "status", "form_url", "order_id", "responseType"}
PAYMENT_KEYS = {
    "form_url", "threeDSMethodData", "order_id", "status", "stage", "description", "endDate",
    "responseType", "err", "msg", "paReq", "creq", "md", "termUrl", "acsurl",
}  # fmt: skip
CHECK_KEYS = {
    "order_id", "status", "amount", "card", "errorMessage", "cascadeErrors", "endDate",
    "authorize_status", "type", "firstName", "lastName",
}  # fmt: skip
CARD_KEYS = {"number", "bin", "country", "iso", "type"}
REFUND_KEYS = {"success", "message", "refund_id", "parentTransaction"}
RECURRENT_KEYS = {"success", "message", "payment_id", "err"}
WITHDRAWAL_KEYS = {"order_id", "status", "card", "err", "msg"}
BALANCE_KEYS = {"balance", "holdBalance", "rollingBalance"}
TASK_KEYS = {"id", "status"}


def as_run(example: str) -> str:
    """The example with a real e-mail address and a card expiry in the future."""
    return example.replace("[email protected]", EMAIL).replace('"card_exp_year": "25"', '"card_exp_year": "35"')


@pytest.fixture
def curl(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, headers=HEADERS, timeout=5) as client:
        yield client


def post(curl: httpx.Client, path: str, example: str, keys: set[str]) -> dict[str, object]:
    reply = curl.post(path, content=as_run(example).encode())
    assert reply.status_code == 200, reply.text
    data: dict[str, object] = reply.json()
    assert set(data) == keys
    return data


def test_examples_in_the_order_of_the_doc(curl: httpx.Client, sandbox: SandboxServer) -> None:
    form = post(curl, "/initPayment", INIT_PAYMENT, PAYMENT_FORM_KEYS)
    assert form["status"] == 1 and form["order_id"] == "sandboxFormId_1015"
    h2h = post(curl, "/initPaymentHost2Host", H2H, PAYMENT_KEYS)
    assert h2h["status"] == 2
    info = post(curl, "/check", CHECK, CHECK_KEYS)
    assert info["status"] == 2 and isinstance(info["card"], dict) and set(info["card"]) == CARD_KEYS
    refund = post(curl, "/refund", REFUND, REFUND_KEYS)
    assert refund["success"] is True
    recurrent = post(curl, "/recurrent", RECURRENT, RECURRENT_KEYS)
    assert recurrent["success"] is True
    payout = post(curl, "/withdrawal/init", WITHDRAWAL, WITHDRAWAL_KEYS)
    assert payout["status"] == -1  # 4123540003981114 is not the payout test card
    balance = post(curl, "/withdrawal/balance/get", BALANCE, BALANCE_KEYS)
    assert balance["balance"] == 1_000_000
    auth = post(curl, "/authorize", AUTHORIZE, PAYMENT_KEYS)
    assert auth["status"] == 1
    captured = post(curl, "/capture", CAPTURE, CHECK_KEYS)
    assert captured["status"] == 2
    task = post(curl, "/aggregation-service/public/transaction/excel", REPORT, TASK_KEYS)
    task_url = f"/aggregation-service/public/transaction/excel/task/{task['id']}"
    status = curl.get(task_url)  # the doc's curl sends Content-Type on this GET too
    assert status.status_code == 200 and set(status.json()) == TASK_KEYS
    sandbox.state.report_tasks[str(task["id"])].ready_at = 0  # done now, rather than waiting
    result = curl.get(task_url + "/result", headers={"Authorization": HEADERS["Authorization"]})
    assert result.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(result.content))
    assert book.active.max_row == 1  # 2023 holds no transactions: just the header row
    book.close()


def test_cancel_example(curl: httpx.Client) -> None:
    post(curl, "/authorize", AUTHORIZE, PAYMENT_KEYS)
    cancelled = post(curl, "/cancel", CANCEL, CHECK_KEYS)
    assert cancelled["status"] == -1


def test_h2h_example_without_payment_method_is_a_card_payment(curl: httpx.Client) -> None:
    example = H2H.replace('    "payment_method": "card",\n', "")
    assert '"payment_method"' not in example
    data = post(curl, "/initPaymentHost2Host", example, PAYMENT_KEYS)
    assert data["status"] == 2
    info = post(curl, "/check", CHECK, CHECK_KEYS)
    assert isinstance(info["card"], dict) and info["card"]["number"] == "401200******3010"


def test_examples_as_saved_are_refused_only_for_the_placeholders(curl: httpx.Client) -> None:
    reply = curl.post("/initPaymentHost2Host", content=H2H.encode())
    assert reply.status_code == 400
    assert set(reply.json()["fields"]) == {"customer_email", "card_exp_year"}
