"""The embedded SmartPayments sandbox: the documented gateway, its test cards and customer pages, over HTTP.

No Qt here; stdlib + openpyxl only. Rules and assumptions: rules.py (and ASSUMPTIONS.md). Faults: faults.py.

    from smartpay_desk.sandbox import SandboxServer
    srv = SandboxServer(host="127.0.0.1", port=0, latency_ms=0, settle_delay_s=1.0, report_delay_s=1.0,
                        seed_history=True)
    srv.start()            # serving on background threads once this returns
    srv.url                # "http://127.0.0.1:PORT": gateway and pci base; srv.reports_url for reports
    srv.state              # SandboxState: .transactions (order id → Transaction), .payout_balance(account)
    srv.faults.add(path="/refund", kind="drop_after_commit", times=1)
    srv.stop()             # or use it as a context manager

The practice gateway (the sandbox kept in the desk's data folder, shared with the CLI): practice.py,
    url, server = practice_gateway(data_dir)     # server is None when another program already serves it
    SandboxServer(state_file=path)               # kept on disk; reset() or POST /_sandbox/reset starts afresh
Echo mode for tests (refusals and failures carry the request back): SandboxServer(echo_requests=True), or the
"echo" fault for single requests (echo.py).

Customer pages: /pay/{token} (the payment link's form) and /challenge/{token} (3-D Secure), in pages.py.
Each status change is posted to the transaction's callback_url (callbacks.py; `callbacks=False` turns it off).

Credentials: MERCHANT_KEY / SECRET ("test" / "qwerty"). Accounts: PAYMENT_ACCOUNT ("EUR-sandbox") and
PAYOUT_ACCOUNT ("EUR-sandbox-payout", starting balance 1,000,000 minor units).
"""

from .cards import CHALLENGE_CARD, FRICTIONLESS_CARD
from .faults import KINDS as FAULT_KINDS
from .faults import Fault, Faults
from .server import MERCHANT_KEY, SECRET, SandboxServer
from .state import (
    PAYMENT_ACCOUNT,
    PAYOUT_ACCOUNT,
    START_PAYOUT_BALANCE,
    SandboxState,
    Transaction,
)
from .statefile import PracticeGatewayInUse, StateFileRefused

__all__ = [
    "CHALLENGE_CARD",
    "FAULT_KINDS",
    "FRICTIONLESS_CARD",
    "MERCHANT_KEY",
    "PAYMENT_ACCOUNT",
    "PAYOUT_ACCOUNT",
    "SECRET",
    "START_PAYOUT_BALANCE",
    "Fault",
    "Faults",
    "PracticeGatewayInUse",
    "SandboxServer",
    "SandboxState",
    "StateFileRefused",
    "Transaction",
]
