"""The client against the real sandbox over loopback: every endpoint, every test card, every fault kind."""

from __future__ import annotations

import socket
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from openpyxl import load_workbook

from smartpay_desk.api import errors
from smartpay_desk.api.client import Endpoints, SmartPaymentsClient, Timeouts
from smartpay_desk.api.models import (
    AuthorizeRequest,
    Card,
    HostToHostRequest,
    InitPaymentRequest,
    RecurrentRequest,
    RefundRequest,
    ReportRequest,
    Urls,
    WithdrawalRequest,
)
from smartpay_desk.sandbox import SandboxServer
from tests.support import CHALLENGE_CARD, CUSTOMER, DECLINED_CARD, FRICTIONLESS_CARD

OK_CARD = FRICTIONLESS_CARD
OTHER_CARD = DECLINED_CARD


def new_id(prefix: str = "t") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def card(number: str) -> Card:
    return Card(holder="John Doe", number=number, exp_month="12", exp_year="35", cvv="737")


_OPEN: list[SmartPaymentsClient] = []


@pytest.fixture(autouse=True)
def _close_clients() -> Iterator[None]:
    yield
    while _OPEN:
        _OPEN.pop().close()


def make_client(srv: SandboxServer, secret: str = "qwerty", **timeouts: float) -> SmartPaymentsClient:
    client = SmartPaymentsClient(
        Endpoints(srv.url, srv.url, srv.url + "/aggregation-service"),
        "test",
        secret,
        timeouts=Timeouts(**timeouts) if timeouts else Timeouts(),
    )
    _OPEN.append(client)
    return client


def h2h(number: str, order_id: str | None = None, amount: int = 1000) -> HostToHostRequest:
    return HostToHostRequest(
        account="EUR-sandbox",
        amount=amount,
        currency="EUR",
        order_id=order_id or new_id(),
        merchant_site="https://merchant.example",
        customer=CUSTOMER,
        card_holder="John Doe",
        card=card(number),
    )


def authorize_req(number: str = OK_CARD) -> AuthorizeRequest:
    return AuthorizeRequest(
        account="EUR-sandbox",
        amount=2500,
        currency="EUR",
        order_id=new_id("auth"),
        merchant_site="https://merchant.example",
        customer=CUSTOMER,
        card=card(number),
    )


def answer_challenge(form_url: str, decision: str) -> None:
    response = httpx.post(form_url, data={"decision": decision}, follow_redirects=False)
    assert response.status_code in (200, 303)


def test_payment_link_is_processing_until_paid(sandbox: SandboxServer) -> None:
    client = make_client(sandbox)
    order = new_id("link")
    req = InitPaymentRequest(
        account="EUR-sandbox",
        amount=1000,
        currency="EUR",
        order_id=order,
        customer=CUSTOMER,
        purpose="Invoice 42",
        urls=Urls(success_url="https://merchant.example/ok", fail_url="https://merchant.example/fail"),
    )
    result = client.init_payment(req)
    assert result.status == 1 and result.form_url and result.form_url.startswith(sandbox.url)
    assert client.check(order).status == 1
    page = httpx.get(result.form_url)
    assert page.status_code == 200 and "<form" in page.text


def test_every_payment_card(sandbox: SandboxServer) -> None:
    client = make_client(sandbox)
    ok = client.init_payment_h2h(h2h(OK_CARD))
    assert ok.status == 2
    info = client.check(ok.order_id or "")
    assert info.status == 2 and info.card is not None and info.card.number == "401200******3010"

    challenge = client.init_payment_h2h(h2h(CHALLENGE_CARD))
    assert challenge.status == 1 and challenge.form_url
    assert client.check(challenge.order_id or "").status == 1
    answer_challenge(challenge.form_url, "approve")
    assert client.check(challenge.order_id or "").status == 2

    declined_challenge = client.init_payment_h2h(h2h(CHALLENGE_CARD))
    assert declined_challenge.form_url
    answer_challenge(declined_challenge.form_url, "decline")
    assert client.check(declined_challenge.order_id or "").status == -1

    order = new_id()
    with pytest.raises(errors.Declined) as declined:
        client.init_payment_h2h(h2h(OTHER_CARD, order_id=order))
    assert declined.value.error_message
    failed = client.check(order)
    assert failed.status == -1 and failed.errorMessage and failed.cascadeErrors


def test_refunds_and_recurrent(sandbox: SandboxServer) -> None:
    client = make_client(sandbox)
    paid = client.init_payment_h2h(h2h(OK_CARD, amount=1000)).order_id or ""
    partial = client.refund(RefundRequest(order_id=paid, amount=400, reason="damaged"))
    assert partial.success and partial.refund_id
    with pytest.raises(errors.Declined):
        client.refund(RefundRequest(order_id=paid, amount=700, reason="too much"))
    assert client.refund(RefundRequest(order_id=paid, amount=600, reason="rest")).success
    with pytest.raises(errors.OrderNotFound):
        client.refund(RefundRequest(order_id=new_id(), amount=1, reason="unknown"))

    child = new_id("rec")
    again = client.recurrent(RecurrentRequest(order_id=child, parent_order_id=paid, amount=1000, reason="monthly"))
    assert again.success and again.payment_id
    assert client.check(child).status == 2
    with pytest.raises(errors.RequestRejected) as reused:
        client.recurrent(RecurrentRequest(order_id=child, parent_order_id=paid, amount=1000, reason="monthly"))
    assert reused.value.code == "DUPLICATE_ORDER_ID"


def test_authorize_capture_and_cancel(sandbox: SandboxServer) -> None:
    client = make_client(sandbox)
    first = authorize_req()
    assert client.authorize(first).status == 1
    assert client.check(first.order_id).authorize_status == "AUTHORIZED"
    assert client.capture(first.order_id).status == 2
    with pytest.raises(errors.RequestRejected) as twice:
        client.capture(first.order_id)
    assert twice.value.code == "INVALID_STATE"

    second = authorize_req()
    client.authorize(second)
    assert client.cancel(second.order_id).status == -1
    with pytest.raises(errors.Declined):
        client.authorize(authorize_req(OTHER_CARD))


def test_payouts_lower_the_balance_once(sandbox: SandboxServer) -> None:
    client = make_client(sandbox)
    before = client.withdrawal_balance("EUR-sandbox-payout").balance
    req = WithdrawalRequest(
        account="EUR-sandbox-payout", amount=1234, order_id=new_id("po"), customer_card_number=OK_CARD
    )
    result = client.withdrawal_init(req)
    assert result.status == 1
    assert client.withdrawal_balance("EUR-sandbox-payout").balance == before - 1234
    with pytest.raises(errors.RequestRejected):
        client.withdrawal_init(req)  # the same order id again: refused, balance untouched
    assert client.withdrawal_balance("EUR-sandbox-payout").balance == before - 1234
    with pytest.raises(errors.Declined):
        client.withdrawal_init(
            WithdrawalRequest(
                account="EUR-sandbox-payout", amount=100, order_id=new_id("po"), customer_card_number=OTHER_CARD
            )
        )
    phone = WithdrawalRequest(
        account="EUR-sandbox-payout",
        amount=100,
        order_id=new_id("po"),
        payment_method="phone",
        customer_phone="+442079460612",
    )
    assert client.withdrawal_init(phone).status == 1


def test_report_task_and_download(sandbox: SandboxServer, tmp_path: Path) -> None:
    client = make_client(sandbox)
    task = client.create_report_task(ReportRequest("Payment", 2, 0, 4_102_444_800_000))
    assert task.id and task.status == 1
    with pytest.raises(errors.RequestRejected):
        client.download_report(task.id, tmp_path / "early.xlsx")  # not ready yet: refused, nothing kept
    deadline = time.monotonic() + 5
    while client.report_task_status(task.id).status != 2:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    seen: list[int] = []
    path = client.download_report(task.id, tmp_path / "report.xlsx", progress=lambda done, total: seen.append(done))
    book = load_workbook(path, read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    book.close()
    assert rows[0][0] == "Order ID" and len(rows) > 1
    assert all(row[2] == 2 for row in rows[1:])
    assert seen and seen[-1] == path.stat().st_size
    with pytest.raises(errors.OrderNotFound):
        client.report_task_status("nope")


def test_bad_credentials(sandbox: SandboxServer) -> None:
    with pytest.raises(errors.BadCredentials):
        make_client(sandbox, secret="wrong").withdrawal_balance("EUR-sandbox-payout")


def test_connection_refused_is_not_sent() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with (
        SmartPaymentsClient(Endpoints(*(f"http://127.0.0.1:{port}",) * 3), "test", "qwerty") as client,
        pytest.raises(errors.ConnectionFailed) as info,
    ):
        client.check("o-1")
    assert info.value.sent is False


FAULTS = [
    ("drop_after_commit", {}, errors.ResponseTimeout),
    ("hang_after_commit", {"seconds": 5}, errors.ResponseTimeout),
    ("reset_mid_body", {}, errors.ResponseTimeout),
    ("http_500", {}, errors.GatewayUnavailable),
    ("http_500", {"status": 503}, errors.GatewayUnavailable),
    ("truncated_json", {}, errors.MalformedResponse),
    ("drip", {"interval_ms": 300}, errors.ResponseTimeout),
]


@pytest.mark.parametrize(("kind", "params", "expected"), FAULTS, ids=[f[0] + str(f[1]) for f in FAULTS])
def test_faults_after_commit_are_outcome_unknown(
    sandbox: SandboxServer, kind: str, params: dict[str, float], expected: type
) -> None:
    client = make_client(sandbox, read=1.0, deadline=1.5)
    req = h2h(OK_CARD)
    sandbox.faults.add(path="/initPaymentHost2Host", kind=kind, times=1, **params)
    with pytest.raises(expected) as info:
        client.init_payment_h2h(req)
    assert isinstance(info.value, errors.OutcomeUnknown)
    assert client.check(req.order_id).status == 2  # it did happen: only /check could tell


def test_unknown_status_is_shown_not_fatal(sandbox: SandboxServer) -> None:
    client = make_client(sandbox)
    paid = client.init_payment_h2h(h2h(OK_CARD)).order_id or ""
    sandbox.faults.add(path="/check", kind="unknown_status")
    info = client.check(paid)
    assert info.status == 0 and info.status_text == "unknown (0)"


def test_drop_before_commit_is_unknown_but_nothing_happened(sandbox: SandboxServer) -> None:
    client = make_client(sandbox, read=1.0, deadline=2.0)
    req = h2h(OK_CARD)
    sandbox.faults.add(path="/initPaymentHost2Host", kind="drop_before_commit")
    with pytest.raises(errors.OutcomeUnknown):
        client.init_payment_h2h(req)
    with pytest.raises(errors.OrderNotFound):
        client.check(req.order_id)
