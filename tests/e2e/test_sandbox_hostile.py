"""Hostile requests to every sandbox endpoint (issue 12, "Bad input").

One sandbox serves the whole module over loopback. Hypothesis sends every endpoint of the three bases (gateway,
pci, reports with its task and result paths) and the customer pages' POSTs bodies with wrong types (floats for
integers, booleans, huge and negative numbers, nested objects and lists, null), surrogate and control characters,
1 MB strings, missing and extra fields, bodies that are not JSON or not an object, wrong content types, wrong
methods, odd credentials and bodies above the limit; a few malformed HTTP requests go over a raw socket.

Whatever it sends: never a 5xx; an API answer is JSON, and a refusal has exactly the documented shape
(`{"success": false, "err", "msg", "fields"}`); a page answers with a redirect or a page; nothing the sandbox
logs carries a traceback or an error; and it still answers a plain /check afterwards.
"""

from __future__ import annotations

import base64
import itertools
import json
import logging
import socket
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartpay_desk.sandbox import CHALLENGE_CARD, FRICTIONLESS_CARD, SandboxServer

REPORTS = "/aggregation-service/public/transaction/excel"
ERROR_KEYS = {"success", "err", "msg", "fields"}
GOOD_AUTH = "Basic " + base64.b64encode(b"test:qwerty").decode()
SIGNED = {"Authorization": GOOD_AUTH}
CI = settings(
    max_examples=70,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)


# ---------------------------------------------------------------------------------------------- the sandbox


class _Traces(logging.Handler):
    """Every record of the sandbox's loggers that is an error or carries a traceback."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.bad: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info or record.levelno >= logging.ERROR:
            self.bad.append(self.format(record))


@dataclass
class Hostile:
    server: SandboxServer
    client: httpx.Client
    traces: _Traces
    refs: dict[str, str]  # placeholder → a real id on this sandbox (a paid order, an open authorization, …)


@pytest.fixture(scope="module")
def hostile() -> Iterator[Hostile]:
    traces = _Traces()
    logger = logging.getLogger("smartpay_desk.sandbox")
    level = logger.level
    logger.setLevel(logging.WARNING)  # errors and tracebacks are recorded whatever the root logger's level
    logger.addHandler(traces)
    try:
        with (
            SandboxServer(port=0, settle_delay_s=0.05, report_delay_s=0.05) as server,
            httpx.Client(base_url=server.url, timeout=20) as client,
        ):
            refs = _references(client)
            yield Hostile(server, client, traces, refs)
            _still_answers(client, refs)
    finally:
        logger.removeHandler(traces)
        logger.setLevel(level)
    assert not traces.bad, traces.bad[:3]


def _references(client: httpx.Client) -> dict[str, str]:
    paid = _resolve(H2H, {}) | {"order_id": "hostile-paid", "amount": 1_000_000}
    assert client.post("/initPaymentHost2Host", json=paid, headers=SIGNED).json()["status"] == 2
    held = _resolve(H2H, {}) | {"order_id": "hostile-held"}
    assert client.post("/authorize", json=held, headers=SIGNED).json()["status"] == 1
    challenged = _resolve(H2H, {}) | {"order_id": "hostile-3ds", "card_number": CHALLENGE_CARD}
    challenge = client.post("/initPaymentHost2Host", json=challenged, headers=SIGNED).json()["form_url"]
    link = client.post("/initPayment", json=_resolve(INIT_PAYMENT, {}) | {"order_id": "hostile-link"}, headers=SIGNED)
    task = client.post(REPORTS, json=_resolve(REPORT, {}), headers=SIGNED).json()["id"]
    return {
        "<paid>": "hostile-paid",
        "<held>": "hostile-held",
        "<challenge>": challenge.rsplit("/", 1)[1],
        "<link>": link.json()["form_url"].rsplit("/", 1)[1],
        "<task>": task,
    }


def _still_answers(client: httpx.Client, refs: dict[str, str]) -> None:
    reply = client.post("/check", json={"order_id": refs["<paid>"]}, headers=SIGNED)
    assert reply.status_code == 200 and reply.json()["status"] == 2
    assert client.get("/_sandbox/state").status_code == 200


# ---------------------------------------------------------------------------------------------- what is sent


@dataclass(frozen=True)
class Raw:
    """JSON text sent as it is (what json.dumps cannot write, or will not)."""

    text: str


NEW = "<new>"  # a fresh order id per example
DEEP = Raw("[" * 50_000 + "]" * 50_000)  # deeper than any JSON reader recurses
MISSING = object()
CUSTOMER = {
    "customer_first_name": "John", "customer_last_name": "Doe", "customer_address": "10 Downing Street",
    "customer_city": "London", "customer_zip_code": 121165, "customer_country": "GB",
    "customer_phone": "+442079460612", "customer_email": "john@example.com", "customer_ip_address": "127.0.0.1",
}  # fmt: skip
ORDER = {"account": "EUR-sandbox", "amount": 1000, "currency": "EUR", "order_id": NEW}
CARD = {
    "card_holder": "John Doe", "card_number": FRICTIONLESS_CARD, "card_exp_month": "02", "card_exp_year": "30",
    "card_cvv": "123",
}  # fmt: skip
H2H = {**ORDER, "merchant_site": "https://merchant.site", **CUSTOMER, **CARD, "payment_method": "card"}
INIT_PAYMENT = {
    **ORDER, **CUSTOMER, "purpose": "hostile", "recurrent": False, "success_url": "https://merchant.site/ok",
    "fail_url": "https://merchant.site/fail", "status_url": "https://merchant.site/status",
}  # fmt: skip
WITHDRAWAL = {
    "account": "EUR-sandbox-payout", "amount": 1, "order_id": NEW, "customer_card_number": FRICTIONLESS_CARD,
    "customer_card_exp_month": "02", "customer_card_exp_year": "30", "customer_first_name": "John",
    "customer_birthdate": "12.10.1990", "customer_zip_code": "SW1A", "customer_ip_address": "::1",
    "account_withdrawal": "GB29NWBK60161331926819", "customer_phone": "+442079460612",
}  # fmt: skip
REPORT = {"type": "Payment", "status": 2, "dateFrom": 0, "dateTo": "9999999999999"}
ENDPOINTS: dict[str, dict[str, Any]] = {
    # gateway base
    "/initPayment": INIT_PAYMENT,
    "/check": {"order_id": "<paid>"},
    "/refund": {"order_id": "<paid>", "amount": 1, "reason": "hostile"},
    "/recurrent": {"order_id": NEW, "parent_order_id": "<paid>", "amount": 1, "reason": "hostile"},
    "/withdrawal/balance/get": {"account": "EUR-sandbox-payout"},
    "/capture": {"order_id": "<held>"},
    "/cancel": {"order_id": "<held>"},
    # pci base
    "/initPaymentHost2Host": H2H,
    "/authorize": {**H2H, "payment_method": MISSING},
    "/withdrawal/init": WITHDRAWAL,
    # reports base
    REPORTS: REPORT,
}
PAGE_FIELDS = ("card_holder", "card_number", "card_exp_month", "card_exp_year", "card_cvv", "decision")

_SPECIAL_TEXT = (
    "", " ", "\x00", "\x01\x02\x1b[31m", "\r\n", "\u202e", "\ufeff", "\ud800", "\udfff", "\ud83d",
    FRICTIONLESS_CARD, "4012 0000 0000 3010", "٤٠١٢٠٠٠٠٠٠٠٠٣٠١٠", "²³", "0" * 5000, "9" * 30, "-1", "1e3", "2.0",
    "EUR", "eur", "EUR-sandbox", "EUR-sandbox-payout", "Payment", "http://127.0.0.1:9/cb", "javascript:alert(1)",
    "http://[::1", "https://a.b/" + "x" * 3000, "https://ok.example/\x7f", "12.10.1990", "31.02.2000", "01", "13",
    "00", "99", "9999", "0000", "hist-0001", "<paid>", "<held>", "approve", "decline", "card", "applePayDPan",
)  # fmt: skip


@dataclass(frozen=True)
class Huge:
    """A string of `size` characters, drawn by its size (hypothesis would print a megabyte otherwise)."""

    size: int
    char: str = "x"

    def text(self) -> str:
        return self.char * self.size


_TEXT = st.one_of(
    st.text(st.characters(exclude_categories=()), max_size=40),  # surrogates and control characters included
    st.sampled_from(_SPECIAL_TEXT),
    st.builds(Huge, st.sampled_from([2049, 40_000, 1_000_000]), st.sampled_from(["x", "9", "\u00e9", "\x01"])),
)


def _expand(value: Any) -> Any:
    return value.text() if isinstance(value, Huge) else value


_SPECIAL_NUMBERS = (0, -1, 1, 2, -2, 2**31, 2**53 + 1, 2**63, 2**64, 10**15 - 1, 10**15, 10**30, -(10**30))
_RAW = st.sampled_from(
    [Raw(t) for t in ("NaN", "Infinity", "-Infinity", "1e400", "-0", "1E2", "2.0", "1.5e-400", "1" + "0" * 5000)]
    + [DEEP, Raw('{"a":' * 30_000 + "1" + "}" * 30_000)]
)
_SCALAR = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from(_SPECIAL_NUMBERS),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from((2.0, 1.0, -1.0, 0.5, 1e308, 5e-324)),
    _TEXT,
    _RAW,
)
VALUE = st.recursive(
    _SCALAR,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)
_ODD_AUTH = [
    None, "Basic", "Basic  =", "Basic !!!!", "Bearer qwerty", "basic " + GOOD_AUTH[6:].lower(),
    "Basic " + base64.b64encode(b"test:wrong").decode(), "Basic " + base64.b64encode(b"\xff\xfe:\x00").decode(),
    "Basic " + base64.b64encode(b"test:qwerty\x00").decode(), "Basic " + "A" * 20_000,
]  # fmt: skip
AUTH = st.one_of(st.just(GOOD_AUTH), st.sampled_from(_ODD_AUTH))
CONTENT_TYPE = st.sampled_from(
    [
        "application/json", None, "text/plain", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "application/json; charset=utf-16", "application/xml", "*/*; q=\x7e",
    ]
)  # fmt: skip


def _encode(value: Any) -> str:
    """JSON text; Raw pieces go in as they are; lone surrogates travel as \\uXXXX escapes."""
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, Huge):
        return json.dumps(value.text())
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(str(k))}:{_encode(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_encode(v) for v in value) + "]"
    return json.dumps(value)


_ids = itertools.count()


def _resolve(template: dict[str, Any], refs: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in template.items():
        if value is MISSING:
            continue
        if value == NEW:
            value = f"hostile-{next(_ids)}-{uuid.uuid4().hex[:8]}"
        elif isinstance(value, str):
            value = refs.get(value, value)
        out[key] = value
    return out


def confusions(good: Any) -> list[Any]:
    """What a careless or hostile client sends in place of `good`: its look-alikes of other types and forms."""
    good = "text" if good is MISSING else good
    common: list[Any] = [None, True, False, [], {}, [good], {"value": good}, "", Huge(2049), "\ud800", "a\x00b", DEEP]
    if isinstance(good, bool):
        return [*common, 0, 1, "true", "false", 1.0]
    if isinstance(good, int):
        return [*common, float(good), str(good), -good, 0, -1, 10**15, 2**63, 1e300, Raw("1" + "0" * 5000),
                Raw("NaN"), Raw("Infinity"), Raw(f"{good}.0"), Raw(f"{good}e0")]  # fmt: skip
    if isinstance(good, str):
        return [*common, 0, 1, 2.0, good + "\x00", " " + good, good.upper(), good.lower(), good * 300,
                good.replace("0", "\u0660"), good + "\ud83d", Huge(1_000_000, "9")]  # fmt: skip
    return common


@st.composite
def json_bodies(draw: st.DrawFn, template: dict[str, Any]) -> Any:
    """Mostly the endpoint's good body with a few fields made hostile, missing or added; sometimes anything."""
    if draw(st.integers(0, 9)) == 0:
        return draw(VALUE)
    keys = [*sorted(template), "extra", "__proto__", "order_id\x00", ""]
    chosen = draw(st.lists(st.sampled_from(keys), max_size=4, unique=True))
    changes = {}
    for key in chosen:
        look_alikes = st.sampled_from(confusions(template.get(key, "text")))
        changes[key] = draw(st.one_of(look_alikes, VALUE, st.just(MISSING)))
    return {"template": template, "changes": changes}


def _body(drawn: Any, refs: dict[str, str]) -> bytes:
    if isinstance(drawn, dict) and set(drawn) == {"template", "changes"}:
        body = _resolve(drawn["template"], refs)
        for key, value in drawn["changes"].items():
            if value is MISSING:
                body.pop(key, None)
            else:
                body[key] = refs.get(value, value) if isinstance(value, str) else value
        drawn = body
    return _encode(drawn).encode("utf-8", "surrogatepass")


# ---------------------------------------------------------------------------------------------- what must come back


def assert_api_answer(reply: httpx.Response, method: str = "POST") -> None:
    assert reply.status_code < 500, reply.text[:500]
    if method == "HEAD":
        assert reply.content == b""
        return
    if reply.status_code == 200 and reply.url.path.endswith("/result"):
        assert reply.content.startswith(b"PK\x03\x04")  # the xlsx
        return
    assert reply.headers["content-type"] == "application/json"
    data = json.loads(reply.content, parse_constant=_no_constant)
    assert isinstance(data, dict)
    if reply.status_code >= 400:
        assert set(data) == ERROR_KEYS and data["success"] is False, data
        assert isinstance(data["err"], str) and data["err"].isupper()
        assert isinstance(data["msg"], str) and data["msg"].endswith(".")
        assert isinstance(data["fields"], dict)
        assert all(isinstance(k, str) and isinstance(v, str) and v for k, v in data["fields"].items())
    else:
        assert reply.status_code in (200, 201)


def _no_constant(name: str) -> None:
    raise AssertionError(f"the answer has {name}, which is not JSON")


def assert_page_answer(reply: httpx.Response) -> None:
    assert reply.status_code < 500, reply.text[:500]
    if reply.status_code == 303:
        assert reply.headers["location"].startswith("/") or "://" in reply.headers["location"]
    elif reply.headers["content-type"] == "application/json":
        assert_api_answer(reply)  # a body above the limit, a wrong method
    else:
        assert reply.status_code in (200, 404) and reply.headers["content-type"].startswith("text/html")


def _clean(hostile: Hostile) -> None:
    bad, hostile.traces.bad = hostile.traces.bad, []  # reported once, by the test that caused it
    assert not bad, bad[:3]


# ---------------------------------------------------------------------------------------------- the tests


@pytest.mark.parametrize("path", list(ENDPOINTS))
@CI
@given(data=st.data(), auth=AUTH, content_type=CONTENT_TYPE)
def test_hostile_json_bodies(
    hostile: Hostile, path: str, data: st.DataObject, auth: str | None, content_type: str | None
) -> None:
    body = _body(data.draw(json_bodies(ENDPOINTS[path])), hostile.refs)
    headers = {"Authorization": auth} if auth else {}
    if content_type:
        headers["Content-Type"] = content_type
    assert_api_answer(hostile.client.post(path, content=body, headers=headers))
    _clean(hostile)


@pytest.mark.parametrize("path", list(ENDPOINTS))
def test_every_field_of_every_endpoint_with_each_look_alike(hostile: Hostile, path: str) -> None:
    """Not left to chance: each field of each endpoint's good body, missing or replaced by each look-alike."""
    template = ENDPOINTS[path]
    for key, good in template.items():
        for value in [MISSING, *confusions(good)]:
            body = _body({"template": template, "changes": {key: value}}, hostile.refs)
            assert_api_answer(hostile.client.post(path, content=body, headers=SIGNED))
    _clean(hostile)


_ODD_BODIES = [
    b"", b"{", b"}", b"null", b"[]", b'"x"', b"0", b"{}", b"{} {}", b'{"a":1,}', b"\xef\xbb\xbf{}",
    b"\xff\xfe{\x00}\x00", b'{"order_id": "\xff"}', b'{"order_id": "\\ud800"}', b"order_id=hist-0001",
    DEEP.text.encode(), b"<xml/>", b"\x00" * 100, b" " * 1000, b'{"a": "' + b"x" * (1 << 20) + b'"}',
    b"{" + b" " * (1 << 20),
]  # fmt: skip
RAW_BODIES = st.one_of(st.binary(max_size=64), st.sampled_from(_ODD_BODIES))
PATHS = [*ENDPOINTS, f"{REPORTS}/task/<task>", f"{REPORTS}/task/<task>/result", "/pay/<link>", "/challenge/<challenge>"]
METHODS = st.sampled_from(["POST", "POST", "GET", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "FOO"])


@pytest.mark.parametrize("path", PATHS)
@CI
@given(body=RAW_BODIES, method=METHODS, content_type=CONTENT_TYPE)
def test_hostile_raw_bodies_and_methods(
    hostile: Hostile, path: str, body: bytes, method: str, content_type: str | None
) -> None:
    target = "/".join(hostile.refs.get(part, part) for part in path.split("/"))
    headers = {**SIGNED, "Content-Type": content_type} if content_type else SIGNED
    reply = hostile.client.request(method, target, content=body, headers=headers)
    if path.startswith(("/pay/", "/challenge/")) and method in ("GET", "POST"):
        assert_page_answer(reply)
    else:
        assert_api_answer(reply, method)
    _clean(hostile)


_ID_TEXT = st.one_of(
    st.text(st.characters(exclude_categories=()), max_size=40),
    st.sampled_from(_SPECIAL_TEXT),
    st.sampled_from(["<task>", "..", ".", "%", "%ZZ", "%00", "a/b", "?x=1", "#x"]),
    st.builds(Huge, st.sampled_from([2049, 5000]), st.sampled_from(["x", "\u00e9", "\x01"])),  # a URL stays < 64 KiB
)


@CI
@given(task_id=_ID_TEXT, result=st.booleans(), extra=st.sampled_from(["", "/", "/x", "?n=1"]))
def test_hostile_report_task_paths(hostile: Hostile, task_id: str | Huge, result: bool, extra: str) -> None:
    raw = hostile.refs.get(task_id, task_id) if isinstance(task_id, str) else _expand(task_id)
    quoted = quote(raw.encode("utf-8", "surrogatepass"), safe="%")
    path = f"{REPORTS}/task/{quoted}{'/result' if result else ''}{extra}"
    assert_api_answer(hostile.client.get(path, headers=SIGNED))
    _clean(hostile)


_FORMS = st.dictionaries(
    st.one_of(st.sampled_from(PAGE_FIELDS), st.text(max_size=8)),
    st.one_of(_TEXT, st.sampled_from([FRICTIONLESS_CARD, CHALLENGE_CARD, "4111111111111111", "02", "30", "123"])),
    max_size=7,
)


@pytest.mark.parametrize("page", ["/pay/<link>", "/challenge/<challenge>", "/pay/<unknown>", "/challenge/hist-0001"])
@CI
@given(form=_FORMS, query=st.sampled_from(["", "?n=", "?n=%ff", "?n=x&n=y", "?" + "a=1&" * 500]))
def test_hostile_page_forms(hostile: Hostile, page: str, form: dict[str, str | Huge], query: str) -> None:
    target = "/".join(hostile.refs.get(part, part) for part in page.split("/"))
    raw = {k.encode("utf-8", "surrogatepass"): _expand(v).encode("utf-8", "surrogatepass") for k, v in form.items()}
    body = urlencode(raw)
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    assert_page_answer(hostile.client.post(target + query, content=body, headers=headers))
    assert_page_answer(hostile.client.get(target + query))
    _clean(hostile)


def test_hostile_faults_control(hostile: Hostile) -> None:
    """The fault control refuses what it cannot use, in the documented shape, and queues nothing."""
    bodies: list[Any] = [
        {"path": "/check", "kind": ["latency"]},
        {"path": "/check", "kind": {"a": 1}},
        {"path": "/check", "kind": "latency", "self": 1},
        {"path": "/check", "kind": "latency", "delay_ms": Raw("Infinity")},
        {"path": "/check", "kind": "latency", "delay_ms": 1e300},
        {"path": "/check", "kind": "hang_after_commit", "seconds": Raw("NaN")},
        {"path": "/check", "kind": "drip", "interval_ms": 10**30},
        {"path": "/check", "kind": "http_500", "status": 500.0},
        {"path": ["/check"], "kind": "latency"},
        {"path": "/check", "kind": "latency", "times": 2.0},
        {"path": "/check\ud800", "kind": "latency"},
        Raw("[" * 50_000 + "]" * 50_000),
    ]
    for body in bodies:
        reply = hostile.client.post("/_sandbox/faults", content=_encode(body).encode())
        assert_api_answer(reply)
        assert reply.status_code == 400, body
    assert hostile.client.get("/_sandbox/faults").json() == {"faults": []}
    _clean(hostile)


def _raw_exchange(hostile: Hostile, request: bytes) -> tuple[int, bytes]:
    with socket.create_connection((hostile.server.host, hostile.server.port), timeout=10) as sock:
        sock.sendall(request)
        sock.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"POST /check HTTP/2.0\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}",
        b"POST /check HTTP/1.1 extra\r\nHost: x\r\n\r\n",
        b"GARBAGE\r\n\r\n",
        b"POST /check HTTP/1.1\r\nHost: x\r\nContent-Length: 1_0\r\n\r\n{}",
        b"POST /check HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
        b"POST /check HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n",
        b"POST /check HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
        b"POST /check HTTP/1.1\r\nHost: x\r\nX-Long: " + b"a" * 70_000 + b"\r\n\r\n",
        b"POST /check HTTP/1.1\r\n" + b"X-Many: 1\r\n" * 120 + b"\r\n",
        b"POST /" + b"a" * 70_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
        b"POST /check HTTP/1.1\r\nHost: \xff\xfe\r\nAuthorization: Basic \xff\r\nContent-Length: 2\r\n\r\n{}",
        b"BREW /check HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n",
    ],
)
def test_malformed_http(hostile: Hostile, request_bytes: bytes) -> None:
    status, body = _raw_exchange(hostile, request_bytes)
    assert 400 <= status < 500, (status, body[:200])
    data = json.loads(body)
    assert set(data) == ERROR_KEYS and data["success"] is False and data["msg"].endswith(".")
    _clean(hostile)
    _still_answers(hostile.client, hostile.refs)


def test_reports_of_whatever_was_accepted(hostile: Hostile) -> None:
    """Runs last: every transaction the storm above left behind goes into real xlsx reports, and the sandbox
    still answers."""
    for kind, status in itertools.product(("Payment", "Withdrawal", "Refund"), (2, 1, -1)):
        body = {"type": kind, "status": status, "dateFrom": 0, "dateTo": str(2**40)}
        task = hostile.client.post(REPORTS, json=body, headers=SIGNED).json()["id"]
        for _ in range(100):
            if hostile.client.get(f"{REPORTS}/task/{task}", headers=SIGNED).json()["status"] == 2:
                break
            hostile.server.stopping.wait(0.02)
        reply = hostile.client.get(f"{REPORTS}/task/{task}/result", headers=SIGNED)
        assert reply.status_code == 200 and reply.content.startswith(b"PK\x03\x04")
    _clean(hostile)
    _still_answers(hostile.client, hostile.refs)
