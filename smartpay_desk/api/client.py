"""The SmartPayments client: one method per documented endpoint, typed in and out, one error tree.

Blocking (httpx sync); the desk calls it from QThread workers, the CLI and tests call it directly.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import logging
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from . import _deadline, errors
from . import validation as v
from .models import (
    AuthorizeRequest,
    Balance,
    HostToHostRequest,
    InitPaymentRequest,
    PaymentResult,
    RecurrentRequest,
    RecurrentResult,
    RefundRequest,
    RefundResult,
    ReportRequest,
    ReportTask,
    TransactionInfo,
    WithdrawalRequest,
    WithdrawalResult,
    _Response,
)

log = logging.getLogger("smartpay_desk.api")
R = TypeVar("R", bound=_Response)
MAX_JSON_BYTES = 2 * 1024 * 1024
MAX_REPORT_BYTES = 1024 * 1024 * 1024
_USER_AGENT = "SmartPayDesk"

ProgressFn = Callable[[int, int | None], None]  # (bytes so far, total or None)
CancelFn = Callable[[], bool]  # True → stop downloading


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
    if parts.scheme == "http" and not _is_loopback(host):
        raise ValueError(f"{url} must use https: plain http is allowed only to this computer (loopback).")
    return url.strip().rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class SmartPaymentsClient:
    """See errors.py for what each method may raise. Every method raises only ApiError subclasses.

    Each call has explicit httpx timeouts, each capped by an overall deadline that is also checked while the
    body streams in, so a server that drips one byte a second cannot hold a call forever.
    """

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
        return f"SmartPaymentsClient(gateway={self.endpoints.gateway!r})"

    def __enter__(self) -> SmartPaymentsClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # ------------------------------------------------------------ endpoints

    def init_payment(self, req: InitPaymentRequest) -> PaymentResult:
        """Payment link. Returns status 1 and a form_url."""
        v.ensure_valid(v.validate_init_payment(req))
        result = self._call(self.endpoints.gateway, "/initPayment", req.to_payload(), PaymentResult)
        if result.status == -1:
            raise self._declined(result)
        return result

    def init_payment_h2h(self, req: HostToHostRequest) -> PaymentResult:
        """Card or Apple Pay DPAN payment. Status 2 (frictionless), 1 with form_url (challenge), -1 → Declined."""
        v.ensure_valid(v.validate_h2h(req))
        result = self._call(self.endpoints.pci, "/initPaymentHost2Host", req.to_payload(), PaymentResult)
        if result.status == -1:
            raise self._declined(result)
        return result

    def check(self, order_id: str) -> TransactionInfo:
        """Status of any transaction; never raises Declined (a failed transaction is a normal answer)."""
        v.ensure_valid(_order_id_errors(order_id))
        return self._call(self.endpoints.gateway, "/check", {"order_id": order_id}, TransactionInfo)

    def refund(self, req: RefundRequest) -> RefundResult:
        """success false → Declined(response=RefundResult)."""
        v.ensure_valid(v.validate_refund(req))
        result = self._call(self.endpoints.gateway, "/refund", req.to_payload(), RefundResult)
        if result.success is not True:
            raise errors.Declined(result.message or "", response=result, error_message=result.message)
        return result

    def recurrent(self, req: RecurrentRequest) -> RecurrentResult:
        """success false → Declined(response=RecurrentResult)."""
        v.ensure_valid(v.validate_recurrent(req))
        result = self._call(self.endpoints.gateway, "/recurrent", req.to_payload(), RecurrentResult)
        if result.success is not True:
            words = result.message or result.err or ""
            raise errors.Declined(words, response=result, error_message=result.err or result.message)
        return result

    def withdrawal_init(self, req: WithdrawalRequest) -> WithdrawalResult:
        """status -1 → Declined(response=WithdrawalResult)."""
        v.ensure_valid(v.validate_withdrawal(req))
        result = self._call(self.endpoints.pci, "/withdrawal/init", req.to_payload(), WithdrawalResult)
        if result.status == -1:
            words = result.msg or result.err or ""
            raise errors.Declined(words, response=result, error_message=result.err or result.msg)
        return result

    def withdrawal_balance(self, account: str) -> Balance:
        if not account.strip():
            raise errors.ValidationFailed({"account": "Choose the payout account."})
        return self._call(self.endpoints.gateway, "/withdrawal/balance/get", {"account": account}, Balance)

    def authorize(self, req: AuthorizeRequest) -> PaymentResult:
        """status -1 → Declined."""
        v.ensure_valid(v.validate_authorize(req))
        result = self._call(self.endpoints.pci, "/authorize", req.to_payload(), PaymentResult)
        if result.status == -1:
            raise self._declined(result)
        return result

    def capture(self, order_id: str) -> TransactionInfo:
        """Status 2 when captured; status -1 → Declined."""
        v.ensure_valid(_order_id_errors(order_id))
        result = self._call(self.endpoints.gateway, "/capture", {"order_id": order_id}, TransactionInfo)
        if result.status == -1:
            raise errors.Declined(
                result.errorMessage or "",
                response=result,
                error_message=result.errorMessage,
                cascade_errors=result.cascadeErrors,
            )
        return result

    def cancel(self, order_id: str) -> TransactionInfo:
        """Status -1 is what a successful cancel returns (the authorization is voided); never Declined."""
        v.ensure_valid(_order_id_errors(order_id))
        return self._call(self.endpoints.gateway, "/cancel", {"order_id": order_id}, TransactionInfo)

    def create_report_task(self, req: ReportRequest) -> ReportTask:
        v.ensure_valid(v.validate_report(req))
        return self._call(self.endpoints.reports, "/public/transaction/excel", req.to_payload(), ReportTask)

    def report_task_status(self, task_id: str) -> ReportTask:
        path = f"/public/transaction/excel/task/{_task_segment(task_id)}"
        return self._call(self.endpoints.reports, path, None, ReportTask)

    def download_report(
        self,
        task_id: str,
        dest: Path,
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> Path:
        """Stream the xlsx to `dest` (temporary file, then replace). Returns dest."""
        url = f"{self.endpoints.reports}/public/transaction/excel/task/{_task_segment(task_id)}/result"
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.timeouts.download_deadline
        fd, tmp_name = tempfile.mkstemp(prefix=".download-", suffix=".part", dir=dest.parent)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out, self._send("GET", url, None, deadline) as response:
                if response.status_code >= 300 or "json" in response.headers.get("content-type", ""):
                    body = self._read_capped(response, deadline, MAX_JSON_BYTES)
                    self._raise_for_status(response, body)
                    raise errors.MalformedResponse("the report result was JSON, not a spreadsheet")
                total = _content_length(response)
                done = 0
                for chunk in self._iter_body(response, deadline):
                    if cancelled is not None and cancelled():
                        raise errors.DownloadCancelled()
                    out.write(chunk)
                    done += len(chunk)
                    if done > MAX_REPORT_BYTES:
                        raise errors.MalformedResponse("the report is larger than 1 GiB")
                    if progress is not None:
                        progress(done, total)
                if total is not None and done != total:
                    raise errors.MalformedResponse(f"the download stopped at {done} of {total} bytes")
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, dest)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        log.info("report %s saved (%d bytes)", task_id, dest.stat().st_size)
        return dest

    # ------------------------------------------------------------ plumbing

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
        scope = contextlib.ExitStack()
        scope.enter_context(_deadline.deadline(deadline))
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
        expected = _content_length(response)
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

    @staticmethod
    def _declined(result: PaymentResult) -> errors.Declined:
        message = result.extra.get("errorMessage") or result.err or result.msg or result.description or ""
        cascade = result.extra.get("cascadeErrors")
        return errors.Declined(
            str(message),
            response=result,
            error_message=str(message) if message else None,
            cascade_errors=cascade if isinstance(cascade, list) else None,
        )


def _order_id_errors(order_id: str) -> dict[str, str]:
    problem = v.check_order_id(order_id)
    return {"order_id": problem} if problem else {}


def _task_segment(task_id: str) -> str:
    task_id = task_id.strip()
    if not task_id or not all(ch.isalnum() or ch in "-_" for ch in task_id):
        raise errors.ValidationFailed({"task_id": "A report task id has only letters, digits, - and _."})
    return task_id


def _content_length(response: httpx.Response) -> int | None:
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
