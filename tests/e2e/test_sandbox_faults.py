"""Fault injection, observed at the socket level: what a client really sees for each kind of fault."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from smartpay_desk.sandbox import START_PAYOUT_BALANCE, SandboxServer

AUTH = "Basic dGVzdDpxd2VydHk="


def payout(order_id: str, amount: int = 1000) -> dict[str, Any]:
    return {"account": "EUR-sandbox-payout", "order_id": order_id, "amount": amount, "customer_phone": "+442079460612"}


def send(srv: SandboxServer, path: str, body: dict[str, Any], timeout: float = 5) -> socket.socket:
    """Send one raw HTTP/1.1 request and return the open socket."""
    parts = urlsplit(srv.url)
    data = json.dumps(body).encode()
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nAuthorization: {AUTH}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\nConnection: close\r\n\r\n"
    )
    sock = socket.create_connection((parts.hostname, parts.port), timeout=timeout)
    sock.sendall(head.encode() + data)
    return sock


def read_all(sock: socket.socket) -> tuple[bytes, list[int], BaseException | None]:
    """Everything the server sent until it closed, the size of each read, and how the connection ended."""
    chunks: list[bytes] = []
    try:
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    except OSError as exc:
        return b"".join(chunks), [len(c) for c in chunks], exc
    finally:
        sock.close()
    return b"".join(chunks), [len(c) for c in chunks], None


def split(raw: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


@pytest.fixture
def api(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, auth=("test", "qwerty"), timeout=5) as client:
        yield client


def test_no_fault_is_a_complete_answer(sandbox: SandboxServer) -> None:
    raw, _, error = read_all(send(sandbox, "/withdrawal/init", payout("f-0")))
    status, headers, body = split(raw)
    assert error is None and status == 200 and int(headers["content-length"]) == len(body)
    assert json.loads(body)["status"] == 1


def test_drop_before_commit(sandbox: SandboxServer) -> None:
    sandbox.faults.add(path="/withdrawal/init", kind="drop_before_commit")
    raw, _, error = read_all(send(sandbox, "/withdrawal/init", payout("f-drop0")))
    assert raw == b"" and error is None  # closed without a byte
    assert "f-drop0" not in sandbox.state.transactions
    assert sandbox.state.payout_balance() == START_PAYOUT_BALANCE


def test_drop_after_commit(sandbox: SandboxServer) -> None:
    sandbox.faults.add(path="/withdrawal/init", kind="drop_after_commit")
    raw, _, error = read_all(send(sandbox, "/withdrawal/init", payout("f-drop1")))
    assert raw == b"" and error is None
    assert sandbox.state.transactions["f-drop1"].status in (1, 2)
    assert sandbox.state.payout_balance() == START_PAYOUT_BALANCE - 1000


def test_hang_after_commit_holds_the_connection(sandbox: SandboxServer) -> None:
    sandbox.faults.add(path="/withdrawal/init", kind="hang_after_commit", seconds=20)
    sock = send(sandbox, "/withdrawal/init", payout("f-hang"), timeout=0.4)
    with pytest.raises(TimeoutError):
        sock.recv(1)
    sock.close()
    assert "f-hang" in sandbox.state.transactions
    assert sandbox.state.payout_balance() == START_PAYOUT_BALANCE - 1000


def test_hang_ends_after_its_seconds(sandbox: SandboxServer) -> None:
    sandbox.faults.add(path="/check", kind="hang_after_commit", seconds=0.3)
    started = time.monotonic()
    raw, _, _ = read_all(send(sandbox, "/check", {"order_id": "hist-0001"}))
    assert raw == b"" and 0.25 < time.monotonic() - started < 3


def test_reset_mid_body(sandbox: SandboxServer) -> None:
    sandbox.faults.add(path="/withdrawal/init", kind="reset_mid_body")
    raw, _, error = read_all(send(sandbox, "/withdrawal/init", payout("f-reset")))
    status, headers, body = split(raw)
    assert status == 200 and isinstance(error, ConnectionResetError)
    assert 0 < len(body) < int(headers["content-length"])
    assert sandbox.state.transactions["f-reset"].amount == 1000


@pytest.mark.parametrize(("code", "commit"), [(500, True), (502, True), (503, False)])
def test_http_500_html_page(sandbox: SandboxServer, api: httpx.Client, code: int, commit: bool) -> None:
    sandbox.faults.add(path="/withdrawal/init", kind="http_500", status=code, commit=commit)
    reply = api.post("/withdrawal/init", json=payout("f-500"))
    assert reply.status_code == code and reply.headers["content-type"].startswith("text/html")
    assert reply.text.startswith("<!DOCTYPE html>") and str(code) in reply.text
    assert ("f-500" in sandbox.state.transactions) is commit


def test_truncated_json(sandbox: SandboxServer) -> None:
    sandbox.faults.add(path="/withdrawal/init", kind="truncated_json")
    raw, _, error = read_all(send(sandbox, "/withdrawal/init", payout("f-trunc")))
    status, headers, body = split(raw)
    assert error is None and status == 200 and int(headers["content-length"]) == len(body) > 0
    with pytest.raises(json.JSONDecodeError):
        json.loads(body)
    assert body.startswith(b'{"order_id": "f-trunc"')
    assert "f-trunc" in sandbox.state.transactions


def test_unknown_status(sandbox: SandboxServer, api: httpx.Client) -> None:
    sandbox.faults.add(path="/check", kind="unknown_status")
    assert api.post("/check", json={"order_id": "hist-0001"}).json()["status"] == 0
    assert api.post("/check", json={"order_id": "hist-0001"}).json()["status"] != 0
    sandbox.faults.add(path="/withdrawal/init", kind="unknown_status")
    assert api.post("/withdrawal/init", json=payout("f-unk")).json()["status"] == 0
    assert sandbox.state.transactions["f-unk"].status in (1, 2)


def test_drip_sends_one_byte_at_a_time(sandbox: SandboxServer) -> None:
    sandbox.faults.add(path="/withdrawal/balance/get", kind="drip", interval_ms=3)
    started = time.monotonic()
    raw, reads, error = read_all(send(sandbox, "/withdrawal/balance/get", {"account": "EUR-sandbox-payout"}))
    elapsed = time.monotonic() - started
    status, _, body = split(raw)
    assert error is None and status == 200 and json.loads(body)["balance"] == START_PAYOUT_BALANCE
    assert max(reads) <= 2 and len(reads) > len(raw) // 2
    assert elapsed >= len(raw) * 0.003 * 0.8


def test_latency_fault_and_server_latency(sandbox: SandboxServer, api: httpx.Client) -> None:
    sandbox.faults.add(path="/check", kind="latency", delay_ms=300)
    started = time.monotonic()
    assert api.post("/check", json={"order_id": "hist-0001"}).status_code == 200
    assert time.monotonic() - started >= 0.3
    with SandboxServer(latency_ms=250, seed_history=False) as slow, httpx.Client(auth=("test", "qwerty")) as client:
        started = time.monotonic()
        client.post(slow.url + "/withdrawal/balance/get", json={"account": "EUR-sandbox-payout"})
        assert time.monotonic() - started >= 0.25
        started = time.monotonic()
        client.get(slow.url + "/_sandbox/state")
        assert time.monotonic() - started < 0.25


def test_latency_delays_the_answer_not_the_commit(sandbox: SandboxServer) -> None:
    sandbox.faults.add(path="/withdrawal/init", kind="latency", delay_ms=2000)
    impatient = httpx.Client(base_url=sandbox.url, auth=("test", "qwerty"), timeout=0.3)
    with impatient, pytest.raises(httpx.ReadTimeout):
        impatient.post("/withdrawal/init", json=payout("f-slow"))
    assert sandbox.state.transactions["f-slow"].amount == 1000


def test_times_counts_down_and_only_the_path_matches(sandbox: SandboxServer, api: httpx.Client) -> None:
    sandbox.faults.add(path="/check", kind="http_500", times=2)
    body = {"order_id": "hist-0001"}
    assert api.post("/withdrawal/balance/get", json={"account": "EUR-sandbox-payout"}).status_code == 200
    assert [api.post("/check", json=body).status_code for _ in range(3)] == [500, 500, 200]
    assert sandbox.faults.pending() == []


def test_faults_over_http(sandbox: SandboxServer) -> None:
    with httpx.Client(base_url=sandbox.url, timeout=5) as admin:  # no credentials on /_sandbox/*
        added = admin.post("/_sandbox/faults", json={"path": "/refund", "kind": "http_500", "status": 503, "times": 2})
        assert added.status_code == 201 and added.json()["fault"]["kind"] == "http_500"
        assert [f["path"] for f in admin.get("/_sandbox/faults").json()["faults"]] == ["/refund"]
        bad = admin.post("/_sandbox/faults", json={"path": "/refund", "kind": "explode"})
        assert bad.status_code == 400 and bad.json()["err"] == "VALIDATION_ERROR"
        assert (
            admin.post("/_sandbox/faults", json={"path": "/refund", "kind": "latency", "volume": 3}).status_code == 400
        )
        reply = admin.post("/refund", json={"order_id": "x", "amount": 1, "reason": "r"}, auth=("test", "qwerty"))
        assert reply.status_code == 503
        assert admin.post("/_sandbox/faults/clear").json() == {"success": True, "cleared": 1}
        state = admin.get("/_sandbox/state").json()
        assert (
            len(state["transactions"]) == 300
            and state["balances"]["EUR-sandbox-payout"]["balance"] == START_PAYOUT_BALANCE
        )
        assert {"order_id", "type", "status", "amount", "card", "refunded", "created", "completed"} <= set(
            state["transactions"][0]
        )


def test_stop_releases_hanging_and_dripping_connections() -> None:
    baseline = set(threading.enumerate())
    srv = SandboxServer(seed_history=False)
    assert not srv.running and srv.start() is srv and srv.running
    srv.faults.add(path="/check", kind="hang_after_commit", seconds=60)
    srv.faults.add(path="/withdrawal/balance/get", kind="drip", interval_ms=1000)
    hanging = send(srv, "/check", {"order_id": "x"}, timeout=10)
    dripping = send(srv, "/withdrawal/balance/get", {"account": "EUR-sandbox-payout"}, timeout=10)
    idle = socket.create_connection(("127.0.0.1", srv.port))  # an idle keep-alive connection
    assert dripping.recv(1) == b"H"
    time.sleep(0.1)
    before = threading.active_count()
    started = time.monotonic()
    srv.stop()
    assert time.monotonic() - started < 2 and not srv.running
    srv.stop()  # twice is harmless
    assert threading.active_count() < before
    for sock in (hanging, dripping, idle):
        sock.close()
    assert set(threading.enumerate()) <= baseline  # every thread the sandbox started is gone
