"""Batch check (issue 15): a 10,000-row payout file checked as `smartpay batch check` and the desk's Batch… dialog
check it (services/batch/check.check_file): read, every row validated, duplicates in the file, in the journal and
in the last 24 hours, totals against the sandbox's payout balance (read once).

    batch_check_10k_s                 the whole check, median of --repeat runs. Goal ≤ 2 s.
    batch_check_vs_calamine_ratio     ÷ the time python-calamine takes just to read the same file (timed inside a
                                      process of its own, as bench_report's bare_calamine_s). Goal ≤ 3.

The file is what a finance team sends (written by openpyxl, as the desk's template): 45 % card payouts, 45 % bank
accounts, 10 % phones (a phone is checked by phonenumbers, about 10 times a card's cost: `phone_share` changes the
mix), amounts 0.10-0.99 EUR so that the batch fits the sandbox's 10,000 EUR, and 100 planted bad rows (a bad amount,
a Luhn error, an expired card, two destinations, a row twice, a destination and amount paid in the last 24 hours).
The journal holds some history: 2,000 payouts of the last 24 hours (their fingerprints in their first request, as
the desk writes them), a tenth of them with an amount the file uses. The refused rows are checked against those
planted, so a fast wrong answer cannot pass.

    python benchmarks/bench_batch_check.py [--rows 10000] [--repeat 5] [--phone-share 0.1]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from probe import emit, median

from smartpay_desk.api.luhn import luhn_ok
from smartpay_desk.api.models import WithdrawalRequest
from smartpay_desk.services.money import fingerprint as fp

BARE = """
import sys, time
from python_calamine import CalamineWorkbook
started = time.perf_counter()
rows = CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()
print(time.perf_counter() - started, len(rows))
"""
HEADER = ["order_id", "amount", "currency", "card_number", "card_expiry", "phone", "bank_account", "account_holder",
          "first_name", "last_name", "purpose"]  # fmt: skip
SECRET = "qwerty"
PLANTED = ("amount", "luhn", "expired", "two destinations", "twice", "24 hours")
RECENT_CARD = "4012000000003010"


def card(n: int) -> str:
    base = f"4111{n:011d}"
    return next(base + str(d) for d in range(10) if luhn_ok(base + str(d)))


def write_file(path: Path, rows: int, phone_share: float) -> dict[int, str]:
    """The payout file; {row number: what was planted} for its bad rows."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append([None, 0.11, "EUR", card(10**9), "12/30"])  # row 2: the payout the "twice" rows repeat (good)
    planted: dict[int, str] = {}
    phones = int(100 * phone_share)
    for i in range(rows):
        amount = 10 + (i * 7) % 90
        kind = i % 100
        line: list[Any] = [f"po-{i:06d}", amount / 100, "EUR", None, None, None, None, None, "Jane", "Doe", "March"]
        if kind < phones:
            line[5] = f"+44207946{i % 10_000:04d}"
        elif kind < phones + (100 - phones) // 2:
            line[3], line[4] = card(i), "12/30"
        else:
            line[6], line[7] = f"DE8937040044{i:010d}", "JANE DOE"
        if i % 100 == 50:  # one planted row in a hundred
            what = PLANTED[(i // 100) % len(PLANTED)]
            planted[i + 3] = what
            line[3:8] = [card(i), "12/30", None, None, None]
            if what == "amount":
                line[1] = "abc"
            elif what == "luhn":
                line[3] = line[3][:-1] + str((int(line[3][-1]) + 1) % 10)
            elif what == "expired":
                line[4] = "01/21"
            elif what == "two destinations":
                line[5] = "+442079460612"
            elif what == "twice":
                line[0], line[1], line[3] = None, 0.11, card(10**9)  # the same payout as row 2
            elif what == "24 hours":
                line[1], line[3] = 0.05, RECENT_CARD
        sheet.append(line)
    book.save(path)
    return planted


def history(journal: Any, profile: str, rows: int) -> None:
    """2,000 payouts of the last hours, with their fingerprints; one paid RECENT_CARD 0.05 EUR (the 24-hour rule)."""
    key = fp.key_from_secret(SECRET)
    for n in range(2_000):
        amount = 5 if n == 0 else (10 + n % 90 if n % 10 == 0 else 100_000 + n)
        number = RECENT_CARD if n == 0 else card(rows + 10 + n)
        req = WithdrawalRequest("EUR-sandbox-payout", amount, f"hist-{n}", customer_card_number=number)
        payload = {"amount": amount, fp.FIELD: fp.fingerprint(key, req)}
        entry = journal.record_intent(kind="withdrawal", order_id=req.order_id, profile=profile,
                                      environment="sandbox", amount=amount, currency="EUR",
                                      destination=req.destination, request=payload)  # fmt: skip
        journal.update(entry.id, "succeeded", note="paid out")


def bare_calamine_s(path: Path) -> float:
    done = subprocess.run([sys.executable, "-c", BARE, str(path)], capture_output=True, check=True, text=True)
    return float(done.stdout.split()[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--phone-share", type=float, default=0.1)
    args = parser.parse_args()
    from keyring.backends.null import Keyring as NullKeyring

    from smartpay_desk.api.client import SmartPaymentsClient
    from smartpay_desk.sandbox import SandboxServer
    from smartpay_desk.services.batch.check import check_file
    from smartpay_desk.services.batch.files import read_batch_file
    from smartpay_desk.services.journal.store import Journal
    from smartpay_desk.services.money.operations import OperationsService
    from smartpay_desk.services.profiles.profiles import default_sandbox_profile

    with tempfile.TemporaryDirectory(prefix="smartpay-bench-batch-") as folder, SandboxServer(port=0) as srv:
        path = Path(folder) / "payouts.xlsx"
        planted = write_file(path, args.rows, args.phone_share)
        profile = default_sandbox_profile().bind_sandbox(srv.url)
        journal = Journal(Path(folder) / "journal.sqlite3", keyring=NullKeyring())
        history(journal, profile.name, args.rows)
        client = SmartPaymentsClient(profile.endpoints, "test", SECRET)
        ops = OperationsService(client, journal, profile, "bench", fingerprint_key=fp.key_from_secret(SECRET))
        check_file(path, "payout", ops)  # warm: imports, babel's and phonenumbers' data
        runs, reads, bare = [], [], []
        for _ in range(args.repeat):
            bare.append(bare_calamine_s(path))
            started = time.perf_counter()
            read_batch_file(path, "payout")
            reads.append(time.perf_counter() - started)
            started = time.perf_counter()
            checked = check_file(path, "payout", ops)
            runs.append(time.perf_counter() - started)
        ops.close()
    refused = {r.row: r.sentence for r in checked.refused}
    assert set(refused) == set(planted), sorted(set(refused) ^ set(planted))[:10]
    assert checked.refusal is None and len(checked.good) == args.rows + 1 - len(planted)
    took, baseline = median(runs), median(bare)
    emit("batch_check_10k_s", took, "s", goal_s=2.0, rows=args.rows, read_s=median(reads),
         phone_share=args.phone_share, refused=len(refused), runs=runs)  # fmt: skip
    emit("batch_check_vs_calamine_ratio", took / baseline, "ratio", goal=3.0, calamine_s=baseline, check_s=took)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
