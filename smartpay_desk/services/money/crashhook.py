"""TEST HOOK: kill this process at a chosen point of a money-moving call, to prove crash recovery.

Set SMARTPAY_DESK_CRASH_AT to one of
  before_send   the intent is journalled as "sent", the request not yet made
  after_send    the request body has been written to the socket, no answer read yet
  after_commit  the gateway has answered (status line and headers read): it has acted on the request
  after_answer  the client returned (or raised) and nothing of the answer is journalled yet
and the process SIGKILLs itself there (no cleanup, no flush, like a power cut). Only money-moving requests
(never /check or the balance) trigger it, so start-up reconciliation runs normally. Unset, it does nothing.
tests/e2e/test_crash_cli.py drives the `smartpay` CLI with it.
"""

from __future__ import annotations

import os
import signal
from typing import Any

import httpx

ENV_CRASH_AT = "SMARTPAY_DESK_CRASH_AT"
BEFORE_SEND = "before_send"
AFTER_SEND = "after_send"
AFTER_COMMIT = "after_commit"
AFTER_ANSWER = "after_answer"
POINTS = (BEFORE_SEND, AFTER_SEND, AFTER_COMMIT, AFTER_ANSWER)
MONEY_PATHS = (
    "/initPayment", "/initPaymentHost2Host", "/authorize", "/capture", "/cancel", "/refund", "/recurrent",
    "/withdrawal/init",
)  # fmt: skip


def armed() -> str | None:
    point = os.environ.get(ENV_CRASH_AT)
    return point if point in POINTS else None


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def crash_point(point: str) -> None:
    """Called by the services at before_send and after_answer."""
    if armed() == point:
        _die()


class _CrashTransport(httpx.BaseTransport):
    """Wraps the real transport to die after sending, or after the gateway answered."""

    def __init__(self, point: str) -> None:
        self._point = point
        self._inner = httpx.HTTPTransport(retries=0)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != "POST" or not request.url.path.endswith(MONEY_PATHS):
            return self._inner.handle_request(request)
        if self._point == AFTER_SEND:
            previous = request.extensions.get("trace")

            def trace(name: str, info: dict[str, Any]) -> None:
                if previous is not None:
                    previous(name, info)
                if name == "http11.send_request_body.complete":
                    _die()

            request.extensions["trace"] = trace
        response = self._inner.handle_request(request)
        if self._point == AFTER_COMMIT:
            _die()
        return response

    def close(self) -> None:
        self._inner.close()


def transport() -> httpx.BaseTransport | None:
    """The transport for a client: None (httpx's own) unless the hook is armed at a socket-level point."""
    point = armed()
    if point in (AFTER_SEND, AFTER_COMMIT):
        return _CrashTransport(point)
    return None
