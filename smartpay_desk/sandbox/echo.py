"""Echo mode, for tests only: answers that carry the request back, as a misbehaving gateway or proxy does.

A gateway (or a proxy in front of it) that copies the request into its error messages is common. With echo on,
every refusal's `msg` and every failed transaction's `msg` / `message` / `errorMessage` ends with the request as
it came: the method and path, the Authorization header value verbatim (`Basic dGVzdDpxd2VydHk=`), the
credentials it decodes to (the merchant key and the secret in clear) and the raw body (card number, CVV and
expiry included). The desk must mask all of it before it writes or shows anything.

    SandboxServer(echo_requests=True)                       # every answer of this server
    srv.echo_requests = True                                 # switched on (or off) while it runs
    srv.faults.add(path="/initPaymentHost2Host", kind="echo", times=3)   # the next 3 requests to a path
    POST /_sandbox/faults {"path": "/refund", "kind": "echo", "times": 1}

Only JSON answers are changed: the customer pages and successful answers are not. Nothing echoed is stored:
the transaction keeps its own errorMessage, and a later /check echoes that /check request, not the payment's.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
from collections.abc import Mapping
from typing import Any

from .reply import Reply

ECHO_KEYS = ("msg", "message", "errorMessage")  # where a misbehaving gateway puts its text


def request_text(method: str, path: str, auth: str | None, body: bytes | None) -> str:
    """The request as a proxy would copy it into an error message (`auth`: the Authorization header's value)."""
    parts = [f"{method} {path}"]
    if auth is not None:
        parts.append(f"Authorization: {auth}")
        scheme, _, value = auth.partition(" ")
        if scheme.lower() == "basic":
            with contextlib.suppress(binascii.Error, ValueError):  # not Basic credentials: the header says it
                parts.append(f"credentials {base64.b64decode(value.strip(), validate=True).decode()}")
    parts.append("body: " + ("(not read)" if body is None else body.decode("utf-8", "replace")))
    return "[request: " + "; ".join(parts) + "]"


def _failed(status: int, data: Mapping[str, Any]) -> bool:
    return status >= 400 or data.get("success") is False or data.get("status") == -1


def echoed(reply: Reply, request: str) -> Reply:
    """The same answer with `request` appended to its message fields, when it is a refusal or a failure."""
    data = reply.data
    if data is None or not _failed(reply.status, data):
        return reply
    changed = dict(data)
    keys = [key for key in ECHO_KEYS if key in changed] or ["msg"]
    for key in keys:
        before = changed.get(key)
        changed[key] = f"{before} {request}" if before else request
    return Reply.of_json(reply.status, changed, reply.headers)
