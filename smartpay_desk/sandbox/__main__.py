"""`smartpay-sandbox [--host 127.0.0.1] [--port N] [--latency-ms N] [--state-file PATH] [--echo-requests]`:
the sandbox as a stand-alone server.

The first line on stdout is exactly `SmartPayments sandbox listening on http://HOST:PORT`. Ctrl+C or SIGTERM
stops it cleanly (exit status 0). It cannot start (exit status 2, one sentence on stderr) when the port is
taken, or the state file is served by another program or cannot be used.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from .cards import CHALLENGE_CARD, FRICTIONLESS_CARD
from .server import MERCHANT_KEY, SECRET, SandboxServer
from .state import PAYMENT_ACCOUNT, PAYOUT_ACCOUNT
from .statefile import PracticeGatewayInUse, StateFileRefused


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="smartpay-sandbox", description="The SmartPayments sandbox server.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8780, help="port to listen on; 0 picks a free one (default 8780)")
    parser.add_argument("--latency-ms", type=int, default=0, help="delay added to every API answer")
    parser.add_argument("--settle-delay-s", type=float, default=1.0, help="seconds until a payout is final")
    parser.add_argument("--report-delay-s", type=float, default=1.0, help="seconds until a report is ready")
    parser.add_argument("--no-history", action="store_true", help="start with no past transactions")
    parser.add_argument("--state-file", type=Path, help="keep the state in this file (loaded on start, saved)")
    parser.add_argument(
        "--echo-requests", action="store_true", help="tests only: refusals and failures carry the request back"
    )
    return parser


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    server = SandboxServer(
        host=args.host,
        port=args.port,
        latency_ms=max(0, args.latency_ms),
        settle_delay_s=args.settle_delay_s,
        report_delay_s=args.report_delay_s,
        seed_history=not args.no_history,
        state_file=args.state_file,
        echo_requests=args.echo_requests,
    )
    try:
        server.start()
    except (PracticeGatewayInUse, StateFileRefused) as exc:
        print(f"smartpay-sandbox: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    except OSError as exc:
        print(f"smartpay-sandbox: cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        raise SystemExit(2) from None
    done = threading.Event()

    def _stop(signum: int, frame: FrameType | None) -> None:
        done.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    print(f"SmartPayments sandbox listening on {server.url}", flush=True)
    print(
        f"  credentials {MERCHANT_KEY} / {SECRET}; accounts {PAYMENT_ACCOUNT} (payments), {PAYOUT_ACCOUNT} (payouts)\n"
        f"  reports base {server.reports_url}\n"
        f"  test cards: {FRICTIONLESS_CARD} succeeds, {CHALLENGE_CARD} asks for a challenge, others fail\n"
        f"  Ctrl+C stops.",
        flush=True,
    )
    try:
        while not done.wait(0.5):
            pass
    finally:
        server.stop()
        print("SmartPayments sandbox stopped.", flush=True)


if __name__ == "__main__":
    main()
