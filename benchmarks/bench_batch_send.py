"""How close a batch of payouts comes to the gateway's own pace: `batch_send_efficiency`.

A batch of --rows card payouts (checked in memory: the check has its own benchmark) is sent by
services/batch/send.send_batch at --concurrency 4 to the sandbox answering every API call after --latency-ms 200,
the sandbox a process of its own (as a gateway is: its threads never share this process's interpreter). The ideal
is `concurrency / latency` rows per second (4 / 0.2 s = 20); the figure is the rows per second measured, from the
call to its return (the balance read before the first row, every journal write, every row's outcome), divided by
the ideal: the median of --repeat batches, each with a fresh journal. The follow-up of rows the gateway is still
processing (send_batch's wait_s, /check calls after the last row is sent) is not part of it. Goal: >= 0.85.

    python benchmarks/bench_batch_send.py [--rows 100] [--concurrency 4] [--latency-ms 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench_client import start_sandbox
from probe import emit, median

from smartpay_desk.api.client import SmartPaymentsClient, Timeouts
from smartpay_desk.api.luhn import mask_pan
from smartpay_desk.api.models import WithdrawalRequest
from smartpay_desk.sandbox.server import MERCHANT_KEY, SECRET
from smartpay_desk.sandbox.state import PAYOUT_ACCOUNT
from smartpay_desk.services.batch.model import OK, PAYOUT, BatchRow, CheckedBatch, derived_order_id
from smartpay_desk.services.batch.send import send_batch
from smartpay_desk.services.journal.store import Journal
from smartpay_desk.services.money.fingerprint import fingerprint, key_from_secret
from smartpay_desk.services.money.operations import OperationsService
from smartpay_desk.services.profiles.profiles import default_sandbox_profile

CARD = "4012000000003010"  # the sandbox's payout card that succeeds


def batch(batch_id: str, rows: int, key: bytes) -> CheckedBatch:
    made = []
    for row in range(2, rows + 2):
        order_id = derived_order_id(batch_id, row)
        req = WithdrawalRequest(
            account=PAYOUT_ACCOUNT, amount=100 + row, order_id=order_id, customer_card_number=CARD,
            customer_card_exp_month="12", customer_card_exp_year="30",
        )  # fmt: skip
        where = f"card {mask_pan(CARD)}"
        made.append(BatchRow(row, order_id, req.amount, "EUR", OK, f"Pay to {where}", None, where,
                             fingerprint(key, req), "", True, req))  # fmt: skip
    return CheckedBatch(PAYOUT, batch_id, "bench.xlsx", made, {"EUR": sum(r.amount or 0 for r in made)})


def one(url: str, rows: int, concurrency: int, number: int) -> tuple[float, int]:
    """Seconds to send one batch, and how many rows the gateway accepted."""
    key = key_from_secret(SECRET)
    profile = default_sandbox_profile().bind_sandbox(url)
    client = SmartPaymentsClient(profile.endpoints, MERCHANT_KEY, SECRET, timeouts=Timeouts(read=10, deadline=20))
    with tempfile.TemporaryDirectory(prefix="smartpay-bench-batch-") as folder:
        ops = OperationsService(client, Journal(Path(folder) / "journal.sqlite3"), profile, "bench",
                                owns_journal=True, fingerprint_key=key)  # fmt: skip
        try:
            checked = batch(f"{number:04d}{time.time_ns():012x}"[:16], rows, key)
            started = time.perf_counter()
            outcome = send_batch(checked, ops, concurrency=concurrency, wait_s=0)  # sending only
            seconds = time.perf_counter() - started
        finally:
            ops.close()
    return seconds, sum(outcome.counts.get(name, 0) for name in ("succeeded", "processing"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--latency-ms", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    process, url = start_sandbox(["--no-history", "--latency-ms", str(args.latency_ms), "--settle-delay-s", "0.3"])
    try:
        runs = [one(url, args.rows, args.concurrency, n) for n in range(max(1, args.repeat))]
    finally:
        process.terminate()
        process.wait(10)
    assert all(accepted == args.rows for _, accepted in runs), runs
    ideal = args.concurrency / (args.latency_ms / 1000)
    rates = [args.rows / seconds for seconds, _ in runs]
    emit("batch_send_efficiency", median(rates) / ideal, "ratio", baseline=ideal, rows_per_s=median(rates),
         rows=args.rows, concurrency=args.concurrency, latency_ms=args.latency_ms, runs=len(runs))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
