"""Another desk, in its own process, on the same team journal: what the GUI tests of issue 14 watch arrive live.

    python -m tests.gui.team.other_desk URI SANDBOX_URL DATA_DIR payout ORDER_ID AMOUNT   # a request (policy)
    python -m tests.gui.team.other_desk URI SANDBOX_URL DATA_DIR approve REQUEST_ID
    python -m tests.gui.team.other_desk URI SANDBOX_URL DATA_DIR entry ORDER_ID           # an intent, not sent

URI is the login's team journal address (its password from PGPASSWORD, as libpq does it). Prints one line.
"""

from __future__ import annotations

import sys

from smartpay_desk.api.models import WithdrawalRequest
from smartpay_desk.services.money.opening import open_session
from smartpay_desk.services.profiles.profiles import default_sandbox_profile
from smartpay_desk.services.team import approvals

PHONE = "+442079460612"


def main(uri: str, sandbox_url: str, data_dir: str, action: str, *args: str) -> int:
    profile = default_sandbox_profile().bind_sandbox(sandbox_url)._replace(journal=uri)
    ops = open_session(profile, "qwerty", data_dir)
    try:
        journal = ops.journal
        if action == "payout":
            order_id, amount = args[0], int(args[1])
            request = WithdrawalRequest(account="", amount=amount, order_id=order_id, customer_phone=PHONE,
                                        payment_method="phone")  # fmt: skip
            try:
                result = ops.payout(request)
            except approvals.ApprovalRequested as asked:
                print(f"request {asked.approval.id}")
                return 0
            print(f"sent {result.state}")
            return 3
        if action == "approve":
            decided = approvals.approve(journal, int(args[0]), "checked from another desk")  # type: ignore[arg-type]
            print(f"{decided.state} {decided.id}")
            return 0
        if action == "entry":
            entry = journal.record_intent(kind="withdrawal", order_id=args[0], profile=profile.name,
                                          environment=profile.environment.value, amount=300, currency="EUR",
                                          account="EUR-sandbox-payout", destination=f"phone {PHONE}")  # fmt: skip
            print(f"entry {entry.id}")
            return 0
        print(f"unknown action {action}")
        return 2
    finally:
        ops.close()


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
