"""The client against httpx.MockTransport: every error class, declines, unknown statuses, downloads."""

from __future__ import annotations

import base64
import json
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest

from smartpay_desk.api import errors
from smartpay_desk.api.client import Endpoints, SmartPaymentsClient, Timeouts, check_base_url
from smartpay_desk.api.models import RefundRequest, ReportRequest, WithdrawalRequest, status_label

ENDPOINTS = Endpoints("https://gw.example", "https://pci.example", "https://rep.example/aggregation-service")


def client_for(handler: Any, **kw: Any) -> SmartPaymentsClient:
    return SmartPaymentsClient(ENDPOINTS, "test", "qwerty", transport=httpx.MockTransport(handler), **kw)


def json_answer(data: Any, status: int = 200) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=data)

    return handler


CHECK_OK = {
    "order_id": "o-1",
    "status": 2,
    "amount": 1000,
    "card": {"number": "401200******3010", "bin": "401200", "country": "Spain", "iso": "ESP", "type": "VISA"},
    "errorMessage": None,
    "cascadeErrors": None,
    "endDate": "2023-07-04T13:22:07.087Z",
    "authorize_status": None,
    "type": "Payment",
    "firstName": "John",
    "lastName": "Doe",
}


def test_sends_basic_auth_json_and_routes_to_the_right_base() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=CHECK_OK)

    info = client_for(handler).check("o-1")
    request = seen[0]
    assert str(request.url) == "https://gw.example/check"
    assert request.headers["authorization"] == "Basic " + base64.b64encode(b"test:qwerty").decode()
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {"order_id": "o-1"}
    assert info.status == 2 and info.amount == 1000
    assert info.card is not None and info.card.number == "401200******3010"


def test_unknown_fields_are_kept_and_unknown_status_is_not_a_crash() -> None:
    answer = dict(CHECK_OK, status=0, brandNewField={"x": 1})
    info = client_for(json_answer(answer)).check("o-1")
    assert info.status == 0
    assert status_label(info.status) == "unknown (0)"
    assert info.extra == {"brandNewField": {"x": 1}}


def test_cascade_errors_become_typed() -> None:
    answer = dict(
        CHECK_OK,
        status=-1,
        errorMessage="PLATFORM_ERROR_GATE_NOT_FOUND",
        cascadeErrors=[{"gatePriority": 0, "errorCategory": "PLATFORM_ERROR_ANTIFRAUD_RULES"}],
    )
    info = client_for(json_answer(answer)).check("o-1")  # a failed transaction is an answer, not an error
    assert info.cascadeErrors is not None
    assert info.cascadeErrors[0].errorCategory == "PLATFORM_ERROR_ANTIFRAUD_RULES"


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (401, {"err": "UNAUTHORIZED", "msg": "bad"}, errors.BadCredentials),
        (403, {}, errors.BadCredentials),
        (
            400,
            {"err": "VALIDATION_ERROR", "msg": "bad", "fields": {"amount": "must be > 0"}},
            errors.RequestRejected,
        ),
        (409, {"err": "DUPLICATE_ORDER_ID", "msg": "used"}, errors.RequestRejected),
        (404, {"err": "ORDER_NOT_FOUND", "msg": "no such order"}, errors.OrderNotFound),
        (500, {"err": "INTERNAL"}, errors.GatewayUnavailable),
        (503, {}, errors.GatewayUnavailable),
    ],
)
def test_http_errors_map_to_one_class_each(status: int, body: dict[str, Any], expected: type) -> None:
    with pytest.raises(expected) as info:
        client_for(json_answer(body, status)).check("o-1")
    assert info.value.status_code == status
    if expected is errors.RequestRejected and "fields" in body:
        assert info.value.fields == {"amount": "must be > 0"}  # type: ignore[attr-defined]


def test_outcome_unknown_family() -> None:
    assert issubclass(errors.GatewayUnavailable, errors.OutcomeUnknown)
    assert issubclass(errors.MalformedResponse, errors.OutcomeUnknown)
    assert issubclass(errors.ResponseTimeout, errors.OutcomeUnknown)
    assert not errors.ConnectionFailed.sent and errors.OutcomeUnknown.sent


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (httpx.Response(200, text="<html><body>502 Bad Gateway</body></html>"), errors.GatewayUnavailable),
        (
            httpx.Response(502, text="<html>proxy</html>", headers={"content-type": "text/html"}),
            errors.GatewayUnavailable,
        ),
        (httpx.Response(200, text='{"order_id": "o-1", "sta'), errors.MalformedResponse),
        (httpx.Response(200, text="[1, 2]"), errors.MalformedResponse),
        (httpx.Response(200, json=dict(CHECK_OK, amount="ten")), errors.MalformedResponse),
        (httpx.Response(200, json=dict(CHECK_OK, card="nope")), errors.MalformedResponse),
    ],
)
def test_unreadable_answers(response: httpx.Response, expected: type) -> None:
    with pytest.raises(expected):
        client_for(lambda request: response).check("o-1")


def test_connect_failures_are_safe_to_resend_and_read_failures_are_unknown() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("Connection refused", request=request)

    def read_timeout(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    def dropped(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)

    refund = RefundRequest(order_id="o-1", amount=100, reason="customer asked")
    with pytest.raises(errors.ConnectionFailed) as refused:
        client_for(refuse).refund(refund)
    assert refused.value.sent is False
    with pytest.raises(errors.ResponseTimeout):
        client_for(read_timeout).refund(refund)
    with pytest.raises(errors.OutcomeUnknown):
        client_for(dropped).refund(refund)


def test_declines_carry_the_typed_answer() -> None:
    answer = {
        "success": False,
        "message": "Refund amount exceeds",
        "refund_id": None,
        "parentTransaction": "p",
    }
    with pytest.raises(errors.Declined) as info:
        client_for(json_answer(answer)).refund(RefundRequest(order_id="o-1", amount=100, reason="r"))
    assert info.value.response.message == "Refund amount exceeds"

    payout = {"order_id": "p-1", "status": -1, "card": None, "err": "CARD_DECLINED", "msg": "Declined"}
    req = WithdrawalRequest(
        account="EUR-sandbox-payout",
        amount=500,
        order_id="p-1",
        customer_phone="+442079460612",
        payment_method="phone",
    )
    with pytest.raises(errors.Declined) as declined:
        client_for(json_answer(payout)).withdrawal_init(req)
    assert declined.value.error_message == "CARD_DECLINED"


def test_cancel_answering_minus_one_is_success_but_capture_minus_one_is_a_decline() -> None:
    voided = dict(CHECK_OK, status=-1, authorize_status="CANCELLED")
    assert client_for(json_answer(voided)).cancel("o-1").status == -1
    with pytest.raises(errors.Declined):
        client_for(json_answer(voided)).capture("o-1")


def test_local_validation_sends_nothing() -> None:
    def boom(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing may be sent")

    with pytest.raises(errors.ValidationFailed) as info:
        client_for(boom).refund(RefundRequest(order_id="o-1", amount=0, reason=""))
    assert "amount" in info.value.fields
    with pytest.raises(errors.ValidationFailed):
        client_for(boom).check("")


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://api-gateway.smartcore.pro", True),
        ("http://127.0.0.1:8080", True),
        ("http://localhost:1/", True),
        ("http://[::1]:9", True),
        ("http://api-gateway.smartcore.pro", False),
        ("http://10.0.0.1", False),
        ("ftp://x", False),
        ("nonsense", False),
    ],
)
def test_plain_http_only_to_loopback(url: str, ok: bool) -> None:
    if ok:
        assert not check_base_url(url).endswith("/")
    else:
        with pytest.raises(ValueError):
            check_base_url(url)


def test_secret_never_in_repr_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = client_for(json_answer(CHECK_OK))
    client.check("o-1")
    assert "qwerty" not in repr(client)
    assert "qwerty" not in caplog.text
    assert base64.b64encode(b"test:qwerty").decode() not in caplog.text


def test_report_task_and_streamed_download(tmp_path: Path) -> None:
    payload = b"PK\x03\x04" + b"x" * 200_000

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "POST":
            assert path == "/aggregation-service/public/transaction/excel"
            assert json.loads(request.content) == {"type": "Payment", "status": 2, "dateFrom": 1, "dateTo": 2}
            return httpx.Response(200, json={"id": "t1", "status": 1})
        if path.endswith("/result"):
            return httpx.Response(200, content=payload, headers={"content-type": "application/octet-stream"})
        return httpx.Response(200, json={"id": "t1", "status": 2})

    client = client_for(handler)
    assert client.create_report_task(ReportRequest("Payment", 2, 1, 2)).status == 1
    assert client.report_task_status("t1").status == 2
    seen: list[tuple[int, int | None]] = []
    dest = client.download_report("t1", tmp_path / "r.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert dest.read_bytes() == payload
    assert seen[-1] == (len(payload), len(payload))
    assert list(tmp_path.iterdir()) == [dest]  # no temporary file left


def test_cancelled_download_leaves_nothing(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"x" * 300_000, headers={"content-type": "application/octet-stream"})

    with pytest.raises(errors.DownloadCancelled):
        client_for(handler).download_report("t1", tmp_path / "r.xlsx", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_bad_task_id_is_refused_locally() -> None:
    with pytest.raises(errors.ValidationFailed):
        client_for(json_answer({})).report_task_status("../../etc")


def test_timeouts_are_explicit() -> None:
    t = Timeouts()
    assert t.connect > 0 and t.read > 0 and t.deadline >= t.read


def test_a_call_gives_its_deadline_back_however_it_ends() -> None:
    """The thread's overall deadline (api/_deadline.py) is this call's only while it runs. An exception kept alive
    (a result, a log record, a test's excinfo) once kept it set, and its late clean-up could put an expired one back
    during a later call: that call failed "the call's overall deadline has passed" before sending anything."""
    from smartpay_desk.api import _deadline

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("Connection refused", request=request)

    kept = []
    for handler in (refuse, json_answer({"status": 1, "orderId": "o-1"})):
        try:
            client_for(handler).check("o-1")
        except errors.ApiError as exc:
            kept.append(exc)  # alive, with its traceback
        assert getattr(_deadline._local, "at", None) is None
    assert len(kept) == 1 and isinstance(kept[0], errors.ConnectionFailed)
