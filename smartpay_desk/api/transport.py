"""How the SmartPayments client makes one call: base URLs, timeouts, the deadline, the capped read, and the
HTTP answer turned into the one error tree (errors.py).

`GatewayHttp` is the plumbing `SmartPaymentsClient` (client.py) is built on: one httpx.Client with Basic auth,
TLS verification always on, no redirects, no proxy from the environment, and the deadline transport
(_deadline.py). Every call has explicit httpx timeouts, each capped by an overall deadline that is also checked
while the body streams in, so a server that drips one byte a second cannot hold a call forever.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Self, TypeVar
from urllib.parse import urlsplit

import httpx

from . import _deadline, errors
from .hosts import is_loopback
from .responses import _Response

log = logging.getLogger("smartpay_desk.api")
R = TypeVar("R", bound=_Response)
MAX_JSON_BYTES = 2 * 1024 * 1024
_USER_AGENT = "SmartPayDesk"


@dataclass(frozen=True)
class Endpoints:
    """The three base URLs of a profile, without trailing slash.

    gateway: https://api-gateway.smartcore.pro     (initPayment, check, refund, recurrent, balance, capture, cancel)
    pci:     https://chd-api.smartcore.pro         (initPaymentHost2Host, authorize, withdrawal/init)
    reports: https://service.magua-pay.com/aggregation-service   (public/transaction/excel…)
    """

    gateway: str
    pci: str
    reports: str


@dataclass(frozen=True)
class Timeouts:
    connect: float = 5.0
    read: float = 30.0
    write: float = 10.0
    deadline: float = 60.0  # whole call, however slowly the server drips bytes
    download_deadline: float = 600.0


def check_base_url(url: str) -> str:
    """A base URL is https, or plain http only to a loopback host. Returns it without a trailing slash."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        raise ValueError(f"{url!r} is not an http(s) address.")
    if parts.scheme == "http" and not is_loopback(host):
        raise ValueError(f"{url} must use https: plain http is allowed only to this computer (loopback).")
    return url.strip().rstrip("/")


class GatewayHttp:
    """The HTTP side of SmartPaymentsClient. Its methods raise only ApiError subclasses."""

    def __init__(
        self,
        endpoints: Endpoints,
        merchant_key: str,
        secret: str,
        *,
        timeouts: Timeouts = Timeouts(),
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.endpoints = Endpoints(
            gateway=check_base_url(endpoints.gateway),
            pci=check_base_url(endpoints.pci),
            reports=check_base_url(endpoints.reports),
        )
        self.timeouts = timeouts
        self._http = httpx.Client(
            auth=httpx.BasicAuth(merchant_key, secret),
            headers={"User-Agent": _USER_AGENT, "Accept": "application/json"},
            verify=True,
            follow_redirects=False,
            transport=transport if transport is not None else _deadline.DeadlineTransport(),
            trust_env=False,
        )

    def __repr__(self) -> str:  # never the secret
        return f"{type(self).__name__}(gateway={self.endpoints.gateway!r})"

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def _call(self, base: str, path: str, payload: dict[str, Any] | None, model: type[R]) -> R:
        deadline = time.monotonic() + self.timeouts.deadline
        method = "GET" if payload is None else "POST"
        started = time.monotonic()
        with self._send(method, base + path, payload, deadline) as response:
            body = self._read_capped(response, deadline, MAX_JSON_BYTES)
        log.info("%s %s → %s in %.0f ms", method, path, response.status_code, (time.monotonic() - started) * 1e3)
        self._raise_for_status(response, body)
        data = _json_object(body, response)
        try:
            return model.from_payload(data)
        except (TypeError, ValueError) as exc:
            raise errors.MalformedResponse(f"unexpected shape: {exc}", status_code=response.status_code) from None

    @contextlib.contextmanager
    def _send(self, method: str, url: str, payload: dict[str, Any] | None, deadline: float) -> Iterator[httpx.Response]:
        t = self.timeouts
        left = max(0.1, deadline - time.monotonic())
        timeout = httpx.Timeout(
            connect=min(t.connect, left),
            read=min(t.read, left),
            write=min(t.write, left),
            pool=min(t.connect, left),
        )
        content = None if payload is None else json.dumps(payload, ensure_ascii=False).encode()
        headers = {"Content-Type": "application/json"} if content is not None else {}
        # The thread's deadline is set for this call and given back when it ends, however it ends. (It used to be
        # entered on an ExitStack never closed: an exception kept alive held the call's deadline on the thread, and
        # its late clean-up, whenever the collector ran, could put an expired one back in the middle of a later
        # call: "the call's overall deadline has passed" before anything was sent.)
        with _deadline.deadline(deadline):
            try:
                request = self._http.build_request(method, url, content=content, headers=headers, timeout=timeout)
                response = self._http.send(request, stream=True)
            except (
                httpx.ConnectError,
                httpx.ConnectTimeout,
                httpx.PoolTimeout,
                httpx.UnsupportedProtocol,
            ) as exc:
                raise errors.ConnectionFailed(_plain(exc)) from None
            except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
                raise errors.ResponseTimeout(_plain(exc)) from None
            except httpx.HTTPError as exc:
                raise errors.OutcomeUnknown(_plain(exc)) from None
            try:
                yield response
            finally:
                response.close()

    def _iter_body(self, response: httpx.Response, deadline: float) -> Iterator[bytes]:
        try:
            for chunk in response.iter_bytes(64 * 1024):
                if time.monotonic() > deadline:
                    raise errors.ResponseTimeout("the answer took longer than the call's deadline")
                yield chunk
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise errors.ResponseTimeout(_plain(exc)) from None
        except httpx.HTTPError as exc:
            raise errors.MalformedResponse(_plain(exc)) from None

    def _read_capped(self, response: httpx.Response, deadline: float, cap: int) -> bytes:
        parts: list[bytes] = []
        size = 0
        for chunk in self._iter_body(response, deadline):
            size += len(chunk)
            if size > cap:
                raise errors.MalformedResponse(f"the answer is larger than {cap} bytes")
            parts.append(chunk)
        body = b"".join(parts)
        expected = content_length(response)
        if expected is not None and expected != len(body):
            raise errors.ResponseTimeout(f"the answer stopped after {len(body)} of {expected} bytes")
        return body

    def _raise_for_status(self, response: httpx.Response, body: bytes) -> None:
        code = response.status_code
        if 200 <= code < 300:
            return
        info = _error_body(body)
        detail = info.get("msg") or info.get("message") or ""
        if code in (401, 403):
            raise errors.BadCredentials(detail, status_code=code)
        if code >= 500:
            raise errors.GatewayUnavailable(f"HTTP {code}", status_code=code)
        if 400 <= code < 500:
            err_code = info.get("err") or info.get("code")
            fields = info.get("fields") if isinstance(info.get("fields"), dict) else None
            not_found = code == 404 and str(err_code or "").endswith("NOT_FOUND")
            cls: type[errors.RequestRejected] = errors.OrderNotFound if not_found else errors.RequestRejected
            raise cls(
                detail or f"HTTP {code}",
                status_code=code,
                code=str(err_code) if err_code else None,
                fields=fields,
            )
        raise errors.MalformedResponse(f"unexpected HTTP {code}", status_code=code)


def content_length(response: httpx.Response) -> int | None:
    raw = response.headers.get("content-length")
    if raw is None or "content-encoding" in response.headers:
        return None
    try:
        return int(raw)
    except ValueError:
        return None


def _json_object(body: bytes, response: httpx.Response) -> dict[str, Any]:
    content_type = response.headers.get("content-type", "")
    if "html" in content_type or body.lstrip()[:1] == b"<":
        raise errors.GatewayUnavailable("the gateway answered with an HTML page", status_code=response.status_code)
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise errors.MalformedResponse("the answer is not valid JSON", status_code=response.status_code) from None
    if not isinstance(data, dict):
        raise errors.MalformedResponse("the answer is not a JSON object", status_code=response.status_code)
    return data


def _error_body(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def _plain(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:200]
