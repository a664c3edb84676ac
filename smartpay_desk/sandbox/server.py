"""The sandbox over real HTTP: one ThreadingHTTPServer serving every base, Basic auth, latency and faults.

    with SandboxServer(port=0) as srv:          # started; srv.url == "http://127.0.0.1:PORT"
        srv.faults.add(path="/refund", kind="drop_after_commit")
        srv.state.transactions["hist-0001"]

Stopping releases every connection still open (keep-alive, hanging or dripping faults) and joins every
thread the server started. With `callbacks=True` (the default) each change of a transaction's status is
posted to its callback_url by one background thread (callbacks.py); `callbacks=False` posts nothing.
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
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .callbacks import CallbackWorker
from .faults import Fault, Faults
from .history import seed_history as _seed_history
from .reply import Reply
from .reports import REPORTS_PREFIX
from .routes import ADMIN, API, Request, find_route
from .state import SandboxState
from .validation import ApiFailure

MERCHANT_KEY = "test"
SECRET = "qwerty"  # noqa: S105 (the doc's published sandbox credentials)
MAX_BODY = 1 << 20
_log = logging.getLogger(__name__)

_ERROR_PAGE = (
    "<!DOCTYPE html><html><head><title>{code} {reason}</title></head><body><center><h1>{code} {reason}</h1>"
    "</center><hr><center>nginx</center></body></html>"
)
_REASONS = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Temporarily Unavailable"}


def _failure(failure: ApiFailure, headers: dict[str, str] | None = None) -> Reply:
    return Reply.of_json(failure.status, failure.body(), headers)


class _HTTPServer(ThreadingHTTPServer):
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
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        _log.debug("%s " + format, self.address_string(), *args)

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_PATCH(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    # ------------------------------------------------------------------ request

    def _handle(self) -> None:
        sandbox = self.server.sandbox
        target = urlsplit(self.path)
        path = target.path
        body = self._read_body()
        if body is None:
            self.close_connection = True  # the unread body would be taken for the next request
            self._send(_failure(ApiFailure(400, "BAD_JSON", "The request body is too large or unreadable.")))
            return
        route = find_route(path)
        if route is None:
            self._send(_failure(ApiFailure(404, "NOT_FOUND", f"There is nothing at {path}.")))
            return
        handler = route.handlers.get(self.command)
        if handler is None:
            allowed = ", ".join(sorted(route.handlers))
            msg = f"{path} accepts {allowed} only."
            self._send(_failure(ApiFailure(405, "METHOD_NOT_ALLOWED", msg), {"Allow": allowed}))
            return
        if route.kind == API and not self._authorized():
            failure = ApiFailure(401, "UNAUTHORIZED", "The merchant key or secret is wrong or missing.")
            self._send(_failure(failure, {"WWW-Authenticate": 'Basic realm="SmartPayments sandbox"'}))
            return
        fault = sandbox.faults.take(path) if route.kind != ADMIN else None
        if fault and fault.kind == "drop_before_commit":
            self.close_connection = True
            return
        if fault and fault.kind == "http_500" and not fault.param("commit"):
            self._send(self._error_page(fault))
            return
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
        # Latency delays the answer, not the commit: what was asked for has happened while the client waits.
        delay = float(sandbox.latency_ms) if route.kind == API else 0.0
        if fault and fault.kind == "latency":
            delay += float(fault.param("delay_ms"))
        if delay:
            sandbox.stopping.wait(delay / 1000)
        self._answer(reply, fault)

    def _read_body(self) -> bytes | None:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            return None
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return None
        if length < 0 or length > MAX_BODY:
            return None
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

    def _error_page(self, fault: Fault) -> Reply:
        code = int(fault.param("status"))
        return Reply.html(code, _ERROR_PAGE.format(code=code, reason=_REASONS[code]))

    def _answer(self, reply: Reply, fault: Fault | None) -> None:
        kind = fault.kind if fault else None
        if fault is None or kind == "latency":
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
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + reply.body

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


class SandboxServer:
    """The SmartPayments sandbox on a loopback port. See the package docstring for the whole API."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        latency_ms: int = 0,
        settle_delay_s: float = 1.0,
        report_delay_s: float = 1.0,
        seed_history: bool = True,
        callbacks: bool = True,
    ) -> None:
        self.host = host
        self._requested_port = port
        self.latency_ms = latency_ms
        self.state = SandboxState(settle_delay_s=settle_delay_s, report_delay_s=report_delay_s)
        self.faults = Faults()
        self.callbacks = CallbackWorker()
        if callbacks:
            self.state.on_change = self.callbacks.submit
        self.stopping = threading.Event()
        self._httpd: _HTTPServer | None = None
        self._threads: list[threading.Thread] = []
        if seed_history:
            _seed_history(self.state)

    # ------------------------------------------------------------------ addresses

    @property
    def running(self) -> bool:
        """True between start() and stop()."""
        return self._httpd is not None

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the sandbox is not started")
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def gateway_url(self) -> str:
        return self.url

    @property
    def pci_url(self) -> str:
        return self.url

    @property
    def reports_url(self) -> str:
        """The reports base: the documented paths (/public/transaction/excel…) go after it."""
        return self.url + REPORTS_PREFIX.removesuffix("/public/transaction/excel")

    # ------------------------------------------------------------------ life

    def start(self) -> SandboxServer:
        """Bind, listen and serve on background threads; returns once connections are accepted."""
        if self._httpd is not None:
            return self
        self.stopping.clear()
        self._httpd = _HTTPServer((self.host, self._requested_port), self)
        serve = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="sandbox-http", daemon=True
        )
        settle = threading.Thread(target=self._settle_loop, name="sandbox-settle", daemon=True)
        self._threads = [serve, settle]
        for thread in self._threads:
            thread.start()
        if self.state.on_change is not None:
            self.callbacks.start()
        return self

    def stop(self) -> None:
        """Stop serving, release open connections, join every thread. Safe to call twice."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self.stopping.set()
        self.state.changed.set()
        httpd.shutdown()
        httpd.release_connections()
        httpd.server_close()
        for thread in self._threads:
            thread.join()
        self._threads = []
        self.callbacks.stop()

    def _settle_loop(self) -> None:
        while not self.stopping.is_set():
            self.state.changed.wait(self.state.next_due_in())
            self.state.changed.clear()
            self.state.settle_due()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
