"""The practice gateway: the sandbox kept in the desk's data folder, shared by the desk and the CLI.

    url, server = practice_gateway(data_dir)     # connects to the one running, or starts one
    ...                                           # use url as the gateway, pci and reports base (+ REPORTS_BASE)
    if server is not None:
        server.stop()                             # the caller stops what it started (the state is saved)

    summary = reset_practice_gateway(url)         # back to a first start; summary["msg"] says what went

The state lives in `<data_dir>/sandbox.json` (statefile.py): whoever starts the practice gateway serves it,
holding `sandbox.lock` and writing its address to `sandbox.url`; anyone else connects to that address. A
practice gateway that another program started stops when that program stops. Qt-free, stdlib only.
"""

from __future__ import annotations

import ipaddress
import json
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .reports import REPORTS_PREFIX
from .server import SandboxServer
from .statefile import PracticeGatewayInUse, read_url, served_elsewhere

STATE_NAME = "sandbox.json"
REPORTS_BASE = REPORTS_PREFIX.removesuffix("/public/transaction/excel")  # the reports base is url + this
PROBE_TIMEOUT_S = 2.0
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never through a proxy


def state_file(data_dir: Path | str) -> Path:
    return Path(data_dir) / STATE_NAME


def _loopback_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
        host, port = parts.hostname or "", parts.port
    except ValueError:
        return False
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    return parts.scheme == "http" and loopback and port is not None and parts.path in ("", "/")


def _ask(url: str, path: str, data: bytes | None = None) -> dict[str, Any]:
    if not _loopback_url(url):
        raise ValueError("the practice gateway is always on this computer (a loopback http:// address)")
    method = "POST" if data is not None else "GET"
    request = urllib.request.Request(url.rstrip("/") + path, data=data, method=method)  # noqa: S310 (http only)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    with _DIRECT.open(request, timeout=PROBE_TIMEOUT_S) as reply:
        answer = json.loads(reply.read())
    if not isinstance(answer, dict):
        raise ValueError("the answer is not a JSON object")
    return answer


def running_url(data_dir: Path | str) -> str | None:
    """The address of the practice gateway another server serves on this data folder, when it answers."""
    path = state_file(data_dir)
    if not served_elsewhere(path):
        return None
    url = read_url(path)
    if url is None:
        return None
    try:
        state = _ask(url, "/_sandbox/state")
    except (OSError, ValueError):
        return None
    return url if "transactions" in state and "balances" in state else None


def practice_gateway(data_dir: Path | str, *, wait_s: float = 5.0, **options: Any) -> tuple[str, SandboxServer | None]:
    """(url, None) when a practice gateway already serves this data folder; else (url, server) of one started
    here on its state file, which the caller stops. `options` go to SandboxServer (latency_ms, …).

    Raises PracticeGatewayInUse when another program holds the state file but does not answer within
    `wait_s` (starting up, or stuck), StateFileRefused when the state file cannot be used (it says why),
    OSError when no port can be bound."""
    deadline = time.monotonic() + wait_s
    while True:
        url = running_url(data_dir)
        if url is not None:
            return url, None
        server = SandboxServer(host="127.0.0.1", port=0, state_file=state_file(data_dir), **options)
        try:
            server.start()
        except PracticeGatewayInUse:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.1)  # another program took it a moment ago: its address comes next
            continue
        return server.url, server


def reset_practice_gateway(url: str) -> dict[str, Any]:
    """POST /_sandbox/reset to the practice gateway at `url` (started here or elsewhere): back to a first start.
    Returns {"success", "dropped": {"transactions", "payments", "payouts", "refunds", "report_tasks"},
    "order_ids", "payout_balance": {"before", "after"}, "msg"}. Raises OSError when it does not answer,
    ValueError for an address not on this computer."""
    try:
        return _ask(url, "/_sandbox/reset", b"{}")
    except urllib.error.HTTPError as exc:
        raise OSError(f"the practice gateway refused the reset (HTTP {exc.code})") from None
