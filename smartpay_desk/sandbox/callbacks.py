"""Callbacks: each change of a transaction's status is POSTed, in the /check shape, to its callback_url.

    worker = CallbackWorker(timeout_s=2.0, retry_delays_s=(1.0, 3.0, 9.0))
    worker.start()
    worker.submit("https://merchant.site/callback", tx.check_json())   # never blocks
    worker.stop()                                                       # drops what is still waiting

The rule (also in ASSUMPTIONS.md):
- The body is the /check answer at the moment of the change (`Content-Type: application/json`); the card in it
  is masked (BIN + last 4), as /check shows it. No credentials, no signature.
- One attempt lasts at most `timeout_s` per step (connect, send, each read). Only a 2xx answer counts as
  delivered; anything else (another status, a redirect, which is never followed, a refused connection, a time-out)
  is tried again after 1, 3 and 9 seconds, then given up (4 attempts in all).
- Callbacks for one transaction to one address go out in the order of its changes: the next waits until the
  one before is delivered or given up. Others do not wait for them beyond the attempt in progress.
- One background thread sends them all; a request to the sandbox only puts a callback in the queue, which
  holds at most `max_pending` (beyond that a callback is dropped and logged). Stopping the sandbox stops the
  thread at once: the attempt in progress is cut, and what is still waiting is dropped.
Only http and https addresses are posted to (the rules refuse any other callback_url); any host is allowed,
as the sandbox is pointed at merchants' training sites, unless the environment variable
SMARTPAY_SANDBOX_CALLBACKS=loopback is set: then only loopback hosts are posted to (the test suite sets it, so
the documentation's examples, whose callback_url is https://site.com/callback, never reach the internet).
"""

from __future__ import annotations

import contextlib
import heapq
import http.client
import itertools
import json
import logging
import os
import socket
import ssl
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..api.hosts import is_loopback

_log = logging.getLogger(__name__)
USER_AGENT = "SmartPaymentsSandbox/1.0 (callback)"
TIMEOUT_S = 2.0
RETRY_DELAYS_S = (1.0, 3.0, 9.0)


@dataclass
class _Callback:
    url: str
    body: bytes
    order_id: str
    attempts: int = 0


def _where(url: str) -> str:
    """The address for the log, without its query (which may hold the merchant's own tokens)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}{parts.path}"


class CallbackWorker:
    def __init__(
        self,
        timeout_s: float = TIMEOUT_S,
        retry_delays_s: tuple[float, ...] = RETRY_DELAYS_S,
        max_pending: int = 1000,
    ) -> None:
        self.timeout_s = timeout_s
        self.retry_delays_s = retry_delays_s
        self.max_pending = max_pending
        self._cond = threading.Condition()
        self._queues: dict[tuple[str, str], deque[_Callback]] = {}  # (url, order id) → its callbacks, in order
        self._due: list[tuple[float, int, tuple[str, str]]] = []  # heap of (when, seq, key): heads ready to send
        self._seq = itertools.count()
        self._pending = 0
        self._stopping = False
        self._generation = 0  # which start() the running thread belongs to
        self._thread: threading.Thread | None = None
        self._conn: http.client.HTTPConnection | None = None

    # ------------------------------------------------------------------ life

    def start(self) -> None:
        with self._cond:
            if self._thread is not None:
                return
            self._stopping = False
            self._generation += 1
            self._thread = threading.Thread(
                target=self._run, args=(self._generation,), name="sandbox-callbacks", daemon=True
            )
        self._thread.start()

    def stop(self, wait_s: float = 5.0) -> None:
        """Stop the thread: cut the attempt in progress, drop what waits. Returns once the thread is gone
        (or after wait_s, if it is stuck resolving a host name; it then ends by itself)."""
        with self._cond:
            thread, self._thread = self._thread, None
            self._stopping = True
            dropped = self._pending
            self._queues.clear()
            self._due.clear()
            self._pending = 0
            conn = self._conn
            self._cond.notify_all()
        if conn is not None and conn.sock is not None:
            with contextlib.suppress(OSError):
                conn.sock.shutdown(socket.SHUT_RDWR)
        if thread is not None:
            thread.join(wait_s)
            if thread.is_alive():
                _log.warning("the callback thread is still resolving a host name; it ends by itself")
        if dropped:
            _log.info("sandbox stopped: %d callback(s) not sent", dropped)

    def submit(self, url: str, payload: dict[str, Any]) -> bool:
        """Queue a callback (never blocks). False when it was dropped (stopped, not http(s), queue full)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return False
        if os.environ.get("SMARTPAY_SANDBOX_CALLBACKS") == "loopback" and not is_loopback(parts.hostname or ""):
            _log.info("callback to a non-loopback host not sent (SMARTPAY_SANDBOX_CALLBACKS=loopback)")
            return False
        order_id = str(payload.get("order_id"))
        body = json.dumps(payload, ensure_ascii=False).encode()
        with self._cond:
            if self._stopping or self._thread is None:
                return False
            if self._pending >= self.max_pending:
                _log.warning("callback queue full: the callback for order %s is dropped", order_id)
                return False
            key = (url, order_id)
            queue = self._queues.setdefault(key, deque())
            queue.append(_Callback(url, body, order_id))
            self._pending += 1
            if len(queue) == 1:
                heapq.heappush(self._due, (time.monotonic(), next(self._seq), key))
                self._cond.notify()
            return True

    def pending(self) -> int:
        with self._cond:
            return self._pending

    # ------------------------------------------------------------------ the thread

    def _gone(self, generation: int) -> bool:
        return self._stopping or generation != self._generation

    def _next(self, generation: int) -> _Callback | None:
        with self._cond:
            while not self._gone(generation):
                if self._due:
                    wait = self._due[0][0] - time.monotonic()
                    if wait <= 0:
                        key = self._due[0][2]
                        heapq.heappop(self._due)
                        return self._queues[key][0]
                    self._cond.wait(wait)
                else:
                    self._cond.wait()
            return None

    def _run(self, generation: int) -> None:
        while (callback := self._next(generation)) is not None:
            callback.attempts += 1
            outcome = self._send(callback, generation)
            with self._cond:
                if self._gone(generation):
                    return
                key = (callback.url, callback.order_id)
                delays = self.retry_delays_s
                if outcome is not None and callback.attempts <= len(delays):
                    when = time.monotonic() + delays[callback.attempts - 1]
                    heapq.heappush(self._due, (when, next(self._seq), key))
                    continue
                if outcome is not None:
                    _log.warning("callback for order %s to %s given up after %d attempts: %s",
                                 callback.order_id, _where(callback.url), callback.attempts, outcome)  # fmt: skip
                queue = self._queues[key]
                queue.popleft()
                self._pending -= 1
                if queue:
                    heapq.heappush(self._due, (time.monotonic(), next(self._seq), key))
                else:
                    del self._queues[key]

    def _send(self, callback: _Callback, generation: int) -> str | None:
        """One attempt. None when delivered (2xx), else what went wrong."""
        parts = urlsplit(callback.url)
        conn: http.client.HTTPConnection
        try:
            if parts.scheme == "https":
                context = ssl.create_default_context()
                conn = http.client.HTTPSConnection(
                    parts.hostname or "", parts.port, timeout=self.timeout_s, context=context
                )
            else:
                conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=self.timeout_s)
        except ValueError as exc:  # a port out of range
            return str(exc)
        with self._cond:
            if self._gone(generation):
                return "stopped"
            self._conn = conn
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT, "Connection": "close"}
        try:
            conn.request("POST", path, callback.body, headers)
            response = conn.getresponse()
            response.read(65536)
            status = response.status
        except (OSError, http.client.HTTPException) as exc:
            outcome: str | None = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        else:
            outcome = None if 200 <= status < 300 else f"HTTP {status}"
        finally:
            with self._cond:
                self._conn = None
            conn.close()
        level = logging.DEBUG if outcome is None else logging.INFO
        _log.log(level, "callback for order %s to %s, attempt %d: %s",
                 callback.order_id, _where(callback.url), callback.attempts, outcome or "delivered")  # fmt: skip
        return outcome
