"""Fault injection: make the next request(s) to a path misbehave in one precise, repeatable way.

    srv.faults.add(path="/refund", kind="drop_after_commit", times=1)
    POST /_sandbox/faults  {"path": "/refund", "kind": "http_500", "status": 502, "commit": false}

Kinds and their parameters (defaults in brackets):
  latency             delay_ms [1000]: process and commit, wait, then answer normally
  drop_before_commit  close the connection without processing the request
  drop_after_commit   process and commit, then close the connection without answering
  hang_after_commit   seconds [30]: commit, then hold the connection open without answering (ends early when
                      the client hangs up or the sandbox stops)
  reset_mid_body      commit, send the headers and half the body, then reset the connection (TCP RST)
  http_500            status [500] (500, 502 or 503), commit [true]: answer with an HTML error page
  truncated_json      commit, answer 200 with the first half of the JSON body (Content-Length says so)
  unknown_status      commit, answer with "status": 0 in place of the real status
  drip                interval_ms [1000]: commit, then send the whole response one byte at a time
  echo                commit, answer normally, but a refusal's or a failure's message carries the request
                      back (Authorization header, credentials, raw body): echo.py. Tests only.
Numbers are bounded: delay_ms and interval_ms at most 600000, seconds at most 3600, times at most 1000000.
Each fault applies to one request; `times` counts down and the fault goes when it reaches 0. Faults for a
path are used in the order they were added. Only sandbox pages and API paths take faults, not /_sandbox/*.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

KINDS: dict[str, dict[str, Any]] = {
    "latency": {"delay_ms": 1000},
    "drop_before_commit": {},
    "drop_after_commit": {},
    "hang_after_commit": {"seconds": 30.0},
    "reset_mid_body": {},
    "http_500": {"status": 500, "commit": True},
    "truncated_json": {},
    "unknown_status": {},
    "drip": {"interval_ms": 1000},
    "echo": {},
}
_LIMITS = {"delay_ms": 600_000, "interval_ms": 600_000, "seconds": 3600}
MAX_TIMES = 1_000_000
HTTP_500_STATUSES = (500, 502, 503)


@dataclass
class Fault:
    id: int
    path: str
    kind: str
    times: int
    params: dict[str, Any] = field(default_factory=dict)

    def param(self, name: str) -> Any:
        return self.params.get(name, KINDS[self.kind][name])

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "path": self.path, "kind": self.kind, "times": self.times, **self.params}


def _number(value: Any, limit: float) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= limit


def _check(path: Any, kind: Any, times: Any, params: dict[str, Any]) -> None:
    if not isinstance(path, str) or not path.startswith("/") or not path.isprintable() or len(path) > 2048:
        raise ValueError("path must be a request path starting with '/'")
    if not isinstance(kind, str) or kind not in KINDS:
        raise ValueError(f"kind must be one of: {', '.join(KINDS)}")
    if isinstance(times, bool) or not isinstance(times, int) or not 1 <= times <= MAX_TIMES:
        raise ValueError(f"times must be a whole number from 1 to {MAX_TIMES}")
    unknown = set(params) - set(KINDS[kind])
    if unknown:
        raise ValueError(f"{kind} takes no parameter {', '.join(sorted(unknown))}")
    for name, value in params.items():
        if name == "commit":
            if not isinstance(value, bool):
                raise ValueError("commit must be true or false")
        elif name == "status":
            if isinstance(value, bool) or not isinstance(value, int) or value not in HTTP_500_STATUSES:
                raise ValueError("status must be 500, 502 or 503")
        elif not _number(value, _LIMITS[name]):
            raise ValueError(f"{name} must be a number from 0 to {_LIMITS[name]}")


class Faults:
    """The faults waiting for requests. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._next_id = 1

    def add(self, path: str, kind: str, times: int = 1, **params: Any) -> Fault:
        """Queue a fault for the next `times` requests to `path`. Raises ValueError for anything unknown."""
        return self._add(path, kind, times, params)

    def _add(self, path: Any, kind: Any, times: Any, params: dict[str, Any]) -> Fault:
        _check(path, kind, times, params)
        with self._lock:
            fault = Fault(self._next_id, path, kind, times, dict(params))
            self._next_id += 1
            self._faults.append(fault)
            return fault

    def add_json(self, body: Any) -> Fault:
        if not isinstance(body, dict):
            raise ValueError("the body must be a JSON object")
        params = dict(body)
        path, kind, times = params.pop("path", None), params.pop("kind", None), params.pop("times", 1)
        return self._add(path, kind, times, params)

    def take(self, path: str) -> Fault | None:
        """The fault for this request, if any (counts one use of it)."""
        with self._lock:
            for fault in self._faults:
                if fault.path == path:
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def pending(self) -> list[Fault]:
        with self._lock:
            return [Fault(f.id, f.path, f.kind, f.times, dict(f.params)) for f in self._faults]

    def clear(self) -> int:
        with self._lock:
            count = len(self._faults)
            self._faults.clear()
            return count
