"""`smartpay batch send` end to end: the CLI in its own process against the sandbox over loopback.

- 500 payout rows, 40 of them planted bad: exactly the good ones are paid, each once; the sandbox's payout
  balance falls by exactly their sum; the results workbook holds every row; sending the file again pays nothing.
- A refund batch with an over-refund, an order refunded twice and an order whose earlier refund waits for review:
  each refused with its sentence, the rest refunded once.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from smartpay_desk.api.models import HostToHostRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.batch.model import attempt_order_id, batch_id_of, derived_order_id
from smartpay_desk.services.batch.resume import MAX_ATTEMPTS
from smartpay_desk.services.journal.store import Journal
from tests.unit.services.batch.test_results import card_numbers_in
from tests.unit.services.support import CUSTOMER, SITE, add_profile, card, direct_client, smartpay

GOOD_CARD = "4012000000003010"
HEADER = "order_id,amount,currency,card_number,card_expiry,phone,bank_account,account_holder"
# (what makes the row bad, its cells): each is refused by the check, with its sentence
BAD = [
    ("amount not a number", ",abc,EUR,{card},12/30,,,"),
    ("amount below zero", ",-5.00,EUR,{card},12/30,,,"),
    ("no destination", ",3.10,EUR,,,,,"),
    ("two destinations", ",3.20,EUR,{card},12/30,+442079460612,,"),
    ("card fails Luhn", ",3.30,EUR,4012000000003011,12/30,,,"),
    ("card expired", ",3.40,EUR,{card},01/20,,,"),
    ("phone not a phone", ",3.50,EUR,,,12345,,"),
    ("another currency", ",3.60,USD,{card},12/30,,,"),
]


def good_line(row: int) -> str:
    cents = 100 + row  # every row its own amount: the same destination and amount twice would be a duplicate
    amount = f"{cents // 100}.{cents % 100:02d}"
    if row % 3 == 0:
        return f",{amount},EUR,,,+4420794{row:05d},,"
    if row % 3 == 1:
        return f",{amount},EUR,,,,GB33BUKB2020155555{row:04d},JANE DOE"
    return f",{amount},EUR,{GOOD_CARD},12/30,,,"


def payout_file(path: Path, count: int, bad_rows: set[int]) -> dict[int, int]:
    """Write the CSV; {row: amount} of the good rows (minor units)."""
    lines, good = [HEADER], {}
    for row in range(2, count + 2):
        if row in bad_rows:
            _, cells = BAD[row % len(BAD)]
            lines.append(cells.format(card=GOOD_CARD))
        else:
            lines.append(good_line(row))
            good[row] = 100 + row
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return good


def paid_once(srv: SandboxServer, batch_id: str, good: dict[int, int]) -> None:
    """Every good row has exactly one payout at the sandbox (any attempt), for its amount; no other payout."""
    txs = [t for t in srv.state.all_transactions() if t.type == "Withdrawal" and t.order_id.startswith("b")]
    by_order = {t.order_id: t for t in txs}
    for row, amount in good.items():
        base = derived_order_id(batch_id, row)
        held = [by_order[o] for o in (attempt_order_id(base, n) for n in range(1, MAX_ATTEMPTS + 1)) if o in by_order]
        assert len([t for t in held if t.status != -1]) == 1, (row, [(t.order_id, t.status) for t in held])
        assert all(t.amount == amount for t in held)
    mine = {derived_order_id(batch_id, row) for row in good}
    assert all(t.order_id.split("-")[0] in mine for t in txs), "a payout for a row that is not good"


def send(data_dir: Path, file: Path, kind: str, *extra: str) -> tuple[int, str, str]:
    done = smartpay(data_dir, "--settle", "3", "--not-found-grace", "0.5", "--timeout", "5",
                    "batch", "send", str(file), "--kind", kind, *extra, timeout=120)  # fmt: skip
    return done.returncode, done.stdout, done.stderr


def test_500_rows_40_bad_pays_exactly_the_good_ones_once(sandbox: SandboxServer, tmp_path: Path) -> None:
    add_profile(tmp_path, sandbox.url)
    bad_rows = set(range(5, 502, 12))
    assert len(bad_rows) == 42
    bad_rows = set(sorted(bad_rows)[:40])
    file = tmp_path / "payouts.csv"
    good = payout_file(file, 500, bad_rows)
    assert len(good) == 460
    batch_id = batch_id_of("payout", file.read_bytes())
    before = sandbox.state.payout_balance()
    results = tmp_path / "results.xlsx"

    code, out, err = send(tmp_path, file, "payout", "--results", str(results))

    assert code == 2, out + err  # some rows were refused; every good row succeeded
    assert f"batch {batch_id}" in out and "succeeded: 460" in out and "refused at check: 40" in out
    assert {int(line.split(":")[0].split()[1]) for line in err.splitlines() if ": refused: " in line} == bad_rows
    paid_once(sandbox, batch_id, good)
    assert before - sandbox.state.payout_balance() == sum(good.values())
    assert len(sandbox.received.of("/withdrawal/balance/get")) <= 2 + 460 // 16  # the check's, then one per group
    book = load_workbook(results, read_only=True)
    table = list(book["Rows"].iter_rows(min_row=2, values_only=True))
    book.close()
    assert sorted(line[0] for line in table) == list(range(2, 502))
    assert {line[0] for line in table if line[5] == "refused at check"} == bad_rows
    assert all(line[5] == "succeeded" for line in table if line[0] in good)
    assert card_numbers_in(results) == []

    code, out, _ = send(tmp_path, file, "payout")  # the same file again: nothing is paid twice
    assert code == 2 and "succeeded: 460" in out
    paid_once(sandbox, batch_id, good)
    assert before - sandbox.state.payout_balance() == sum(good.values())
    with Journal.in_dir(tmp_path) as journal:
        assert len(journal.entries(kind="withdrawal")) == 460 and journal.verify() == []


def test_a_refund_batch_refuses_what_it_must_and_refunds_the_rest_once(sandbox: SandboxServer, tmp_path: Path) -> None:
    add_profile(tmp_path, sandbox.url)
    with direct_client(sandbox.url) as client:
        for parent in ("ord-over", "ord-twice", "ord-review", "ord-1", "ord-2", "ord-3"):
            client.init_payment_h2h(
                HostToHostRequest("EUR-sandbox", 1000, "EUR", parent, SITE, CUSTOMER, "J D", card())
            )
    sandbox.faults.add(path="/refund", kind="drop_after_commit")  # its answer is lost: it waits for review
    held = smartpay(tmp_path, "--settle", "1", "refund", "ord-review", "--amount", "2.00", "--reason", "first try")
    assert held.returncode == 3, held.stdout + held.stderr
    file = tmp_path / "refunds.csv"
    file.write_text(
        "order_id,amount,reason\n"
        "ord-1,4.00,event cancelled\n"  # row 2
        "ord-over,10.01,event cancelled\n"  # row 3: more than was paid
        "ord-twice,1.00,event cancelled\n"  # row 4
        "ord-twice,2.00,event cancelled\n"  # row 5: the same order again
        "ord-review,3.00,event cancelled\n"  # row 6: its earlier refund waits for review
        "ord-2,,event cancelled\n"  # row 7: all that is left
        "ord-3,0.50,event cancelled\n",  # row 8
        encoding="utf-8",
    )
    refunds_before = len(sandbox.received.of("/refund"))

    code, out, err = send(tmp_path, file, "refund")

    assert code == 2, out + err
    refused = {int(line.split(":")[0].split()[1]): line for line in err.splitlines() if ": refused: " in line}
    assert set(refused) == {3, 5, 6}, err
    assert "more than the 10.00 EUR left to refund" in refused[3]
    assert "row 4" in refused[5]
    assert "needs review" in refused[6] and "smartpay resolve" in refused[6]
    assert "succeeded: 4" in out
    sent = sandbox.received.of("/refund")[refunds_before:]
    assert sorted((r.order_id, r.amount) for r in sent) == [
        ("ord-1", 400), ("ord-2", 1000), ("ord-3", 50), ("ord-twice", 100)
    ]  # fmt: skip
    code, out, _ = send(tmp_path, file, "refund")
    assert code == 2 and len(sandbox.received.of("/refund")) == refunds_before + 4


def test_exit_statuses_every_row_paid_some_declined_refused_as_a_whole(sandbox: SandboxServer, tmp_path: Path) -> None:
    add_profile(tmp_path, sandbox.url)
    fine = tmp_path / "fine.csv"
    payout_file(fine, 3, set())
    code, out, err = send(tmp_path, fine, "payout")
    assert code == 0 and "succeeded: 3" in out, out + err
    declined = tmp_path / "declined.csv"
    declined.write_text(
        f"{HEADER}\n,2.22,EUR,4111111111111111,12/30,,,\n", encoding="utf-8"
    )  # a card the sandbox declines
    code, out, err = send(tmp_path, declined, "payout")
    assert code == 1 and "declined: 1" in out, out + err
    assert "row 2: declined:" in err and "4111111111111111" not in out + err
    sandbox.state.balances["EUR-sandbox-payout"].balance = 150
    too_much = tmp_path / "too-much.csv"
    payout_file(too_much, 2, set())
    before = len(sandbox.received.of("/withdrawal/init"))
    code, out, err = send(tmp_path, too_much, "payout")
    assert code == 2 and "nothing was sent" in err, out + err
    assert len(sandbox.received.of("/withdrawal/init")) == before
    code, _, err = send(tmp_path, tmp_path / "missing.csv", "payout")
    assert code == 2 and "nothing was sent" in err


def test_ctrl_c_starts_no_new_row_and_says_how_to_carry_on(sandbox: SandboxServer, tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    from tests.e2e.test_cli_batch_send_crash import environment

    add_profile(tmp_path, sandbox.url)
    file = tmp_path / "payouts.csv"
    good = payout_file(file, 40, set())
    sandbox.latency_ms = 150
    argv = [sys.executable, "-m", "smartpay_desk.cli.main", "--data-dir", str(tmp_path), "--settle", "0", "batch",
            "send", str(file), "--kind", "payout"]  # fmt: skip
    run = subprocess.Popen(argv, env=environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while not sandbox.received.of("/withdrawal/init") and time.monotonic() < deadline:
        time.sleep(0.01)
    run.send_signal(signal.SIGINT)
    out, err = run.communicate(timeout=60)
    assert run.returncode == 3, out + err
    assert "the batch stopped: interrupted" in out and "not sent:" in out, out + err
    sent = len(sandbox.received.of("/withdrawal/init"))
    assert 0 < sent < len(good), (sent, out)
    sandbox.latency_ms = 0
    code, out, err = send(tmp_path, file, "payout")
    assert code == 0 and f"succeeded: {len(good)}" in out, out + err
    assert len(sandbox.received.of("/withdrawal/init")) == len(good)
