"""The sandbox's HTTP side: one ThreadingHTTPServer, the request handler, Basic auth, latency and faults.

Whatever arrives, the answer is an HTTP answer a client can read: a request that is not well-formed HTTP/1.1
(bad request line, a version other than 1.x, header lines too long or too many, a bad Content-Length) is
refused with 400 (414, 431) and the documented JSON refusal `{"success": false, "err": "BAD_REQUEST", ...}`;
any method the sandbox does not serve gets 405 with an Allow header (HEAD without a body). A rule that fails
after all is logged with its traceback and answered 500 INTERNAL_ERROR: a bug, which the hostile-input tests
(tests/e2e/test_sandbox_hostile.py) exist to find.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hmac
import logging
import select
import socket
import struct
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from .echo import echoed, request_text
from .faults import Fault
from .reply import Reply
from .routes import ADMIN, API, Request, find_route
from .validation import ApiFailure

if TYPE_CHECKING:
    from .server import SandboxServer

MERCHANT_KEY = "test"
SECRET = "qwerty"  # noqa: S105 (the doc's published sandbox credentials)
MAX_BODY = 1 << 20
_log = logging.getLogger("smartpay_desk.sandbox.server")

_ERROR_PAGE = (
    "<!DOCTYPE html><html><head><title>{code} {reason}</title></head><body><center><h1>{code} {reason}</h1>"
    "</center><hr><center>nginx</center></body></html>"
)
_REASONS = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Temporarily Unavailable"}
_BAD_HTTP = {
    414: "The request line is too long.",
    431: "The request's header lines are too long or too many.",
}


def _failure(failure: ApiFailure, headers: dict[str, str] | None = None) -> Reply:
    return Reply.of_json(failure.status, failure.body(), headers)


class SandboxHTTPServer(ThreadingHTTPServer):
    daemon_threads = False  # every handler thread is joined by server_close()
    block_on_close = True

    def __init__(self, address: tuple[str, int], sandbox: SandboxServer) -> None:
        self.sandbox = sandbox
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._open_lock:
                self._open.discard(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """An exception that escaped a handler: into the sandbox's log (not stderr), with its traceback."""
        _log.exception("the sandbox failed while serving %s", client_address)

    def release_connections(self) -> None:
        with self._open_lock:
            for sock in self._open:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "SmartPaymentsSandbox/1.0"
    sys_version = ""
    timeout = 60  # an idle keep-alive connection is closed after this many seconds
    server: SandboxHTTPServer
    _echo: str | None = None  # the request as echo mode copies it into error messages, when echo is on

    def log_message(self, format: str, *args: Any) -> None:
        _log.debug("%s " + format, self.address_string(), *args)

    def __getattr__(self, name: str) -> Callable[[], None]:
        """Every method (GET, POST, HEAD, OPTIONS, BREW…) is routed: the ones a path does not serve get 405."""
        if name.startswith("do_"):
            return self._handle
        raise AttributeError(name)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """http.server's own refusals (malformed request line or headers) in the documented JSON shape."""
        self.close_connection = True
        status = code if 400 <= code < 500 else 400
        sentence = _BAD_HTTP.get(code, "The request is not well-formed HTTP/1.1.")
        self._send(_failure(ApiFailure(status, "BAD_REQUEST", sentence)))

    # ------------------------------------------------------------------ request

    def _handle(self) -> None:
        sandbox = self.server.sandbox
        target = urlsplit(self.path)
        path = target.path
        body = self._read_body()
        self._echo = None  # one handler serves every request of a keep-alive connection
        if sandbox.echo_requests:
            self._echo = request_text(self.command, self.path, self.headers.get("Authorization"), body)
        if body is None:
            self.close_connection = True  # the unread body would be taken for the next request
            self._refuse(ApiFailure(400, "BAD_JSON", "The request body is too large or unreadable."))
            return
        route = find_route(path)
        if route is None:
            self._refuse(ApiFailure(404, "NOT_FOUND", f"There is nothing at {path}."))
            return
        handler = route.handlers.get(self.command)
        if handler is None:
            allowed = ", ".join(sorted(route.handlers))
            msg = f"{path} accepts {allowed} only."
            self._refuse(ApiFailure(405, "METHOD_NOT_ALLOWED", msg), {"Allow": allowed})
            return
        if route.kind == API and not self._authorized():
            failure = ApiFailure(401, "UNAUTHORIZED", "The merchant key or secret is wrong or missing.")
            self._refuse(failure, {"WWW-Authenticate": 'Basic realm="SmartPayments sandbox"'})
            return
        if route.kind == API:
            sandbox.received.note(self.command, path, body)  # what was asked, for tests that count (received.py)
        fault = sandbox.faults.take(path) if route.kind != ADMIN else None
        if fault and fault.kind == "drop_before_commit":
            self.close_connection = True
            return
        if fault and fault.kind == "http_500" and not fault.param("commit"):
            self._send(self._error_page(fault))
            return
        if fault and fault.kind == "echo" and self._echo is None:
            self._echo = request_text(self.command, self.path, self.headers.get("Authorization"), body)
        host = self.headers.get("Host")
        base_url = f"http://{host}" if host else sandbox.url
        query = {key: values[0] for key, values in parse_qs(target.query).items()}
        request = Request(self.command, path, body, base_url, sandbox.state, sandbox.faults, query)
        try:
            reply = handler(request)
        except ApiFailure as failure:
            reply = _failure(failure)
        except Exception:
            _log.exception("sandbox rule failed for %s %s", self.command, path)
            reply = _failure(ApiFailure(500, "INTERNAL_ERROR", "The sandbox failed; see its log."))
        sandbox.save_state()  # what the client is told has happened is on disk first (with a state file)
        if self._echo is not None:
            reply = echoed(reply, self._echo)
        # Latency delays the answer, not the commit: what was asked for has happened while the client waits.
        delay = float(sandbox.latency_ms) if route.kind == API else 0.0
        if fault and fault.kind == "latency":
            delay += float(fault.param("delay_ms"))
        if delay:
            sandbox.stopping.wait(delay / 1000)
        self._answer(reply, fault)

    def _read_body(self) -> bytes | None:
        if "Transfer-Encoding" in self.headers:
            return None  # chunked (or any other transfer coding) is not read
        text = (self.headers.get("Content-Length") or "0").strip()
        if not (text.isascii() and text.isdigit()) or len(text) > 9 or int(text) > MAX_BODY:
            return None
        length = int(text)
        return self.rfile.read(length) if length else b""

    def _authorized(self) -> bool:
        scheme, _, value = (self.headers.get("Authorization") or "").partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            given = base64.b64decode(value.strip(), validate=True)
        except (binascii.Error, ValueError):
            return False
        return hmac.compare_digest(given, f"{MERCHANT_KEY}:{SECRET}".encode())

    # ------------------------------------------------------------------ answer

    def _refuse(self, failure: ApiFailure, headers: dict[str, str] | None = None) -> None:
        reply = _failure(failure, headers)
        self._send(echoed(reply, self._echo) if self._echo is not None else reply)

    def _error_page(self, fault: Fault) -> Reply:
        code = int(fault.param("status"))
        return Reply.html(code, _ERROR_PAGE.format(code=code, reason=_REASONS[code]))

    def _answer(self, reply: Reply, fault: Fault | None) -> None:
        kind = fault.kind if fault else None
        if fault is None or kind in ("latency", "echo"):
            self._send(reply)
        elif kind == "drop_after_commit":
            self.close_connection = True
        elif kind == "hang_after_commit":
            self._hang(float(fault.param("seconds")))
        elif kind == "reset_mid_body":
            self.close_connection = True
            head = self._raw(Reply(reply.status, b"", reply.content_type, reply.headers), len(reply.body))
            self._write(head + reply.body[: len(reply.body) // 2])
            self.server.sandbox.stopping.wait(0.05)  # let the half body reach the client before the reset
            self._reset()
        elif kind == "http_500":
            self._send(self._error_page(fault))
        elif kind == "truncated_json":
            self.close_connection = True
            self._send(Reply(reply.status, reply.body[: len(reply.body) // 2], reply.content_type, reply.headers))
        elif kind == "unknown_status":
            self._send(reply.with_status_field(0))
        elif kind == "drip":
            self._drip(self._raw(reply), float(fault.param("interval_ms")) / 1000)

    def _raw(self, reply: Reply, content_length: int | None = None) -> bytes:
        lines = [
            f"{self.protocol_version} {reply.status} {self.responses.get(reply.status, ('',))[0]}",
            f"Server: {self.server_version}",
            f"Date: {self.date_time_string()}",
            f"Content-Type: {reply.content_type}",
            f"Content-Length: {len(reply.body) if content_length is None else content_length}",
            *(f"{name}: {value}" for name, value in reply.headers.items()),
        ]
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "replace")
        return head if self.command == "HEAD" else head + reply.body

    def _send(self, reply: Reply) -> None:
        self.log_request(reply.status)
        self._write(self._raw(reply))

    def _write(self, data: bytes) -> None:
        try:
            self.wfile.write(data)
            self.wfile.flush()
        except OSError:
            self.close_connection = True

    def _hang(self, seconds: float) -> None:
        """Hold the connection without answering until `seconds` pass, the client leaves or we stop."""
        self.close_connection = True
        stopping, deadline = self.server.sandbox.stopping, time.monotonic() + seconds
        while not stopping.is_set() and (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([self.connection], [], [], min(0.1, left))
            if ready:
                try:
                    if not self.connection.recv(4096):
                        return
                except OSError:
                    return

    def _reset(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()

    def _drip(self, raw: bytes, interval: float) -> None:
        self.close_connection = True
        stopping = self.server.sandbox.stopping
        for index in range(len(raw)):
            try:
                self.connection.sendall(raw[index : index + 1])
            except OSError:
                return
            if stopping.wait(interval):
                return
