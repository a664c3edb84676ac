"""A merchant's site on another loopback port, for tests of the customer pages and the callbacks.

    with MerchantSite() as site:
        site.url("/success")                      # where success_url points; GET answers a small page
        site.url("/frame", src=form_url)          # a page of this (other) origin that frames `src`
        site.url("/callback")                     # POST: recorded; answers site.callback_statuses, then 200
        site.wait_for(lambda hits: ..., timeout=5)

Paths: /callback (answers the statuses queued in `callback_statuses`, then 200), /redirect (302 to
/redirected), /hang (holds the request until the site stops, at most 10 s), anything else: a page.
Every request is recorded as a Hit (method, path with query, headers, body).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit


@dataclass(frozen=True)
class Hit:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def route(self) -> str:
        return urlsplit(self.path).path


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 2  # a browser's idle or speculative connection is dropped, so stopping never waits long

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        self._handle(b"")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self._handle(self.rfile.read(length) if length else b"")

    def _handle(self, body: bytes) -> None:
        site = self.server.site
        site.record(Hit(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body))
        route, query = urlsplit(self.path).path, parse_qs(urlsplit(self.path).query)
        if route == "/callback":
            self._reply(site.next_callback_status(), b"ok", "text/plain")
        elif route == "/redirect":
            self._reply(302, b"", "text/plain", {"Location": "/redirected"})
        elif route == "/hang":
            site.stopping.wait(10)
        elif route == "/frame":
            src = escape(query.get("src", [""])[0])
            page = f'<!DOCTYPE html><title>Framing shop</title><iframe id="pay" src="{src}" width="600" height="600">'
            self._reply(200, page.encode(), "text/html; charset=utf-8")
        else:
            page = f"<!DOCTYPE html><title>Merchant {escape(route)}</title><h1>Merchant page {escape(route)}</h1>"
            self._reply(200, page.encode(), "text/html; charset=utf-8")

    def _reply(self, status: int, body: bytes, kind: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True

    def __init__(self, site: MerchantSite) -> None:
        self.site = site
        super().__init__(("127.0.0.1", 0), _Handler)


class MerchantSite:
    def __init__(self) -> None:
        self.stopping = threading.Event()
        self.callback_statuses: deque[int] = deque()
        self._hits: list[Hit] = []
        self._cond = threading.Condition()
        self._server = _Server(self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="merchant-site", daemon=True
        )

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def url(self, path: str, **query: str) -> str:
        return self.origin + path + (f"?{urlencode(query)}" if query else "")

    def record(self, hit: Hit) -> None:
        with self._cond:
            self._hits.append(hit)
            self._cond.notify_all()

    def next_callback_status(self) -> int:
        with self._cond:
            return self.callback_statuses.popleft() if self.callback_statuses else 200

    def hits(self, route: str | None = None) -> list[Hit]:
        with self._cond:
            return [hit for hit in self._hits if route is None or hit.route == route]

    def wait_for(self, done: Callable[[list[Hit]], bool], timeout: float = 5.0) -> list[Hit]:
        """Wait (bounded) until `done(all hits so far)`; returns the hits either way."""
        with self._cond:
            self._cond.wait_for(lambda: done(list(self._hits)), timeout)
            return list(self._hits)

    def __enter__(self) -> MerchantSite:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
