"""The SmartPayments client's own cost per call, against raw httpx doing the same call.

Both ask the sandbox (a process of its own, no added latency) for the payout balance
(POST /withdrawal/balance/get) over one kept-alive connection, with the same Basic auth and headers, and
parse the JSON answer; the client adds its validation, per-call timeouts and deadline transport, the
streamed and capped read, and the typed model. They alternate in blocks; the figures are medians per call.

    python benchmarks/bench_client.py [--calls N]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

import httpx
from probe import emit, median, timed

from smartpay_desk.api.client import Endpoints, SmartPaymentsClient
from smartpay_desk.sandbox.reports import REPORTS_PREFIX
from smartpay_desk.sandbox.server import MERCHANT_KEY, SECRET
from smartpay_desk.sandbox.state import PAYOUT_ACCOUNT

BLOCK = 50


def start_sandbox(extra: list[str] | None = None) -> tuple[subprocess.Popen[str], str]:
    """The sandbox CLI on a free port, a process of its own; (process, base URL)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "smartpay_desk.sandbox", "--port", "0", *(extra or ["--no-history"])],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    for line in process.stdout:
        found = re.search(r"listening on (http://\S+)", line)
        if found:
            return process, found.group(1)
    raise RuntimeError("the sandbox did not start")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=1000)
    args = parser.parse_args()
    process, url = start_sandbox()
    try:
        reports = url + REPORTS_PREFIX.removesuffix("/public/transaction/excel")
        client = SmartPaymentsClient(Endpoints(gateway=url, pci=url, reports=reports), MERCHANT_KEY, SECRET)
        raw = httpx.Client(
            auth=httpx.BasicAuth(MERCHANT_KEY, SECRET),
            headers={"User-Agent": "SmartPayDesk", "Accept": "application/json"},
            trust_env=False,
        )
        balance_url = url + "/withdrawal/balance/get"

        def raw_call() -> object:
            response = raw.post(balance_url, json={"account": PAYOUT_ACCOUNT}, timeout=10)
            response.raise_for_status()
            return response.json()

        def client_call() -> object:
            return client.withdrawal_balance(PAYOUT_ACCOUNT)

        assert client_call() is not None and raw_call() is not None
        timed(raw_call, BLOCK)
        timed(client_call, BLOCK)
        raws: list[float] = []
        clients: list[float] = []
        for _ in range(max(1, args.calls // BLOCK)):
            raws += timed(raw_call, BLOCK)
            clients += timed(client_call, BLOCK)
        client.close()
        raw.close()
    finally:
        process.terminate()
        process.wait(10)
    base = median(raws)
    emit("client_overhead_ratio", median(clients) / base, "ratio", baseline=base, client_call_s=median(clients),
         calls=len(clients))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
