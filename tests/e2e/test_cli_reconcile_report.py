"""Issue 16's proof: a sandbox history of a few hundred operations made through the services, the gateway's reports
exported as the Reports tab exports them, copies edited with openpyxl with planted differences of every class
(amounts changed, rows removed, rows added, statuses flipped, a row for an order the journal still has open):
`smartpay reconcile-report --json` finds exactly the planted ones, no more; an explanation closes one; `smartpay
open` lists what is left; a file that is no gateway report exits 2 with a sentence."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from smartpay_desk.api.models import WithdrawalRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.journal.states import State
from smartpay_desk.services.money.operations import OperationsService
from smartpay_desk.services.reports.tasks import create_and_download, report_request
from tests.unit.services.support import (
    BAD_CARD,
    CHALLENGE_CARD,
    CUSTOMER,
    SITE,
    card,
    direct_client,
    make_ops,
    smartpay,
)

CORPUS = Path(__file__).resolve().parents[1] / "data" / "xlsx"
PAYMENTS, DECLINED_EVERY, AUTHORIZATIONS, REFUNDS, REPEATS, PAYOUTS, CHALLENGES = 200, 10, 20, 30, 20, 20, 3


@dataclass
class History:
    data: Path
    reports: dict[str, Path]  # type → the exported report (success)
    operations: int


def _pay(ops: OperationsService, order_id: str, amount: int, number: str = "4012000000003010") -> str:
    return ops.pay_by_card(amount=amount, currency="EUR", order_id=order_id, customer=CUSTOMER, card=card(number),
                           merchant_site=SITE).state  # fmt: skip


def _make_history(ops: OperationsService) -> int:
    done = 0
    for n in range(PAYMENTS):
        declined = n % DECLINED_EVERY == 0
        assert _pay(ops, f"pay-{n}", 1000 + n, BAD_CARD if declined else "4012000000003010") == (
            State.FAILED if declined else State.SUCCEEDED
        )
        done += 1
    for n in range(AUTHORIZATIONS):
        assert ops.authorize(amount=500 + n, currency="EUR", order_id=f"auth-{n}", customer=CUSTOMER, card=card(),
                             merchant_site=SITE).state == State.SUCCEEDED  # fmt: skip
        done += 1
        if n % 3 == 0:
            assert ops.capture(f"auth-{n}").state == State.SUCCEEDED
            done += 1
        elif n % 3 == 1:
            assert ops.cancel(f"auth-{n}").state == State.SUCCEEDED
            done += 1
    paid = [n for n in range(PAYMENTS) if n % DECLINED_EVERY]
    for n in paid[:REFUNDS]:
        assert ops.refund(f"pay-{n}", 100 + n, "returned goods").state == State.SUCCEEDED
        done += 1
    for i, n in enumerate(paid[-REPEATS:]):
        assert ops.recurrent(f"pay-{n}", 700 + i, "monthly", order_id=f"rep-{i}").state == State.SUCCEEDED
        done += 1
    for n in range(PAYOUTS):
        req = WithdrawalRequest(account="", amount=2000 + n, order_id=f"po-{n}", customer_phone="+442079460612",
                                payment_method="phone")  # fmt: skip
        assert ops.payout(req).state == State.PROCESSING
        done += 1
    for n in range(CHALLENGES):  # stay processing: nobody answers the 3-D Secure page
        assert _pay(ops, f"challenge-{n}", 3000 + n, CHALLENGE_CARD) == State.PROCESSING
        done += 1
    time.sleep(0.5)  # the sandbox settles payouts after 0.3 s
    for n in range(PAYOUTS):
        assert ops.follow(f"po-{n}").state == State.SUCCEEDED
    return done


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Iterator[History]:
    folder = tmp_path_factory.mktemp("reconcile")
    data = folder / "data"
    data.mkdir(mode=0o700)
    with SandboxServer(port=0, settle_delay_s=0.3, report_delay_s=0.3, seed_history=False) as srv:
        ops = make_ops(srv, data)
        try:
            done = _make_history(ops)
        finally:
            ops.close()
        last = date.today()
        first = last - timedelta(days=1)  # a history made across midnight is still one report
        reports = {}
        with direct_client(srv.url) as client:
            for kind in ("Payment", "Withdrawal", "Refund"):
                name = f"smartpay-{kind.lower()}-successful-{first}-{last}.xlsx"  # the Reports tab's name
                reports[kind] = create_and_download(client, report_request(kind, 2, first, last), folder / name,
                                                    poll_interval=0.1)  # fmt: skip
    yield History(data, reports, done)


def reconcile(history: History, path: Path, *args: str) -> tuple[int, dict[str, Any], str]:
    done = smartpay(history.data, "reconcile-report", str(path), "--json", *args)
    return done.returncode, json.loads(done.stdout) if done.stdout.strip() else {}, done.stderr


def found(shown: dict[str, Any]) -> set[tuple[str, str]]:
    return {(d["class"], d["order_id"]) for d in shown["differences"]}


def _edited(source: Path) -> Path:
    """A copy as a clerk keeps it: the export's name with a word added (what the name says still counts)."""
    copy = source.with_name(source.stem + " (edited).xlsx")
    shutil.copy(source, copy)
    return copy


def _rows(sheet: Any) -> dict[str, int]:
    return {str(sheet.cell(row=r, column=1).value): r for r in range(2, sheet.max_row + 1)}


def test_the_history_is_a_few_hundred_operations_and_its_reports_agree_with_the_journal(history: History) -> None:
    assert history.operations >= 300
    for kind, path in history.reports.items():
        code, shown, stderr = reconcile(history, path)
        assert (code, shown["differences"], shown["open"]) == (0, [], 0), (kind, stderr)
        assert shown["matched"] == shown["rows"] > 0 and shown["period"]["types"] == [kind]
        assert shown["period"]["statuses"] == ["success"] and shown["period"]["source"] == "file name"
    payments = reconcile(history, history.reports["Payment"])[1]
    captured = sum(1 for n in range(AUTHORIZATIONS) if n % 3 == 0)
    assert payments["rows"] == PAYMENTS - PAYMENTS // DECLINED_EVERY + captured + REPEATS


def test_planted_differences_of_every_class_are_found_and_nothing_else(history: History, tmp_path: Path) -> None:
    edited = _edited(history.reports["Payment"])
    book = load_workbook(edited)
    sheet = book.active
    at = _rows(sheet)
    planted: set[tuple[str, str]] = set()
    for order in ("pay-3", "pay-44", "rep-5"):  # amounts changed
        sheet.cell(row=at[order], column=4).value = float(sheet.cell(row=at[order], column=4).value) + 1
        planted.add(("amount_differs", order))
    for order in ("pay-7", "pay-88", "auth-3"):  # statuses flipped: success → fail
        sheet.cell(row=at[order], column=3).value = -1
        planted.add(("status_differs", order))
    template = [c.value for c in sheet[at["pay-1"]]]
    for order, amount in (("web-1", 12.5), ("web-2", 99), ("web-3", 0.01), ("challenge-1", 30.01)):  # rows added
        sheet.append([order, "Payment", 2, amount, "EUR", *template[5:]])
        planted.add(("still_open" if order.startswith("challenge") else "report_only", order))
    for order in ("pay-151", "pay-61", "auth-9"):  # rows removed (bottom first, so the rows above keep their number)
        planted.add(("journal_only", order))
    for number in sorted((at["pay-151"], at["pay-61"], at["auth-9"]), reverse=True):
        sheet.delete_rows(number)
    book.save(edited)

    code, shown, stderr = reconcile(history, edited)
    assert code == 1, stderr
    assert found(shown) == planted  # exactly the planted ones, no more
    assert shown["open"] == len(planted) and shown["matched"] == shown["rows"] - 10  # 10 edited rows of rows kept
    by_order = {d["order_id"]: d for d in shown["differences"]}
    assert by_order["pay-3"]["journal"]["amount"] + 100 == by_order["pay-3"]["report"]["amount"]
    assert by_order["pay-7"]["journal"]["state"] == "succeeded" and by_order["pay-7"]["report"]["status"] == "fail"
    assert by_order["web-1"]["journal"] is None and by_order["web-1"]["report"]["amount"] == 1250
    assert by_order["pay-151"]["report"] is None and "should list as success" in by_order["pay-151"]["sentence"]
    assert by_order["challenge-1"]["journal"]["state"] == "processing"
    assert all(d["kind"] == "Payment" and d["sentence"] and d["explained"] is None for d in shown["differences"])


def test_refunds_and_payouts_are_reconciled_too(history: History) -> None:
    refunds = _edited(history.reports["Refund"])
    book = load_workbook(refunds)
    sheet = book.active
    ids = list(_rows(sheet))
    sheet.cell(row=3, column=4).value = 0.5  # a refund's amount changed
    sheet.delete_rows(5)  # a refund removed
    book.save(refunds)
    code, shown, _ = reconcile(history, refunds)
    assert code == 1 and found(shown) == {("amount_differs", ids[1]), ("journal_only", ids[3])}
    missing = next(d for d in shown["differences"] if d["class"] == "journal_only")
    assert missing["journal"]["parent_order_id"].startswith("pay-") and missing["kind"] == "Refund"

    payouts = _edited(history.reports["Withdrawal"])
    book = load_workbook(payouts)
    book.active.cell(row=2, column=3).value = -1
    first = str(book.active.cell(row=2, column=1).value)
    book.save(payouts)
    code, shown, _ = reconcile(history, payouts)
    assert code == 1 and found(shown) == {("status_differs", first)}


def test_a_report_under_another_name_is_told_its_status(history: History, tmp_path: Path) -> None:
    renamed = tmp_path / "downloaded.xlsx"  # the name no longer says "successful" nor the days
    shutil.copy(history.reports["Payment"], renamed)
    book = load_workbook(renamed)
    book.active.cell(row=_rows(book.active)["pay-5"], column=3).value = -1
    book.save(renamed)
    code, shown, _ = reconcile(history, renamed, "--status", "success")
    assert code == 1 and found(shown) == {("status_differs", "pay-5")}
    assert shown["period"]["source"] == "given" and shown["period"]["statuses"] == ["success"]
    code, shown, _ = reconcile(history, renamed)  # from its rows: success and fail, so the journal's failures count
    declined = {("journal_only", f"pay-{n}") for n in range(0, PAYMENTS, DECLINED_EVERY)}
    cancelled = {("journal_only", f"auth-{n}") for n in range(AUTHORIZATIONS) if n % 3 == 1}
    assert found(shown) == {("status_differs", "pay-5")} | declined | cancelled


def test_an_explanation_closes_a_difference_and_is_exported(history: History, tmp_path: Path) -> None:
    edited = _edited(history.reports["Payment"])
    book = load_workbook(edited)
    book.active.append(["site-77", "Payment", 2, 42, "EUR", *[c.value for c in book.active[2]][5:]])
    book.save(edited)
    before = smartpay(history.data, "open", "--json", "--report", str(edited))
    assert before.returncode == 1, before.stderr
    [item] = json.loads(before.stdout)["items"]  # the challenges are not an hour old yet
    assert (item["order_id"], item["action"], item["source"]) == ("site-77", "explain", "difference")
    assert item["command"] == (
        f"smartpay reconcile-report '{edited}' --explain site-77 --class report_only --note TEXT"
    )  # the path as typed, never masked as if it were a card number
    refused = smartpay(history.data, "reconcile-report", str(edited), "--explain", "site-77", "--class",
                       "amount_differs", "--note", "x")  # fmt: skip
    assert refused.returncode == 2 and "no difference “amount differs” for order site-77" in refused.stderr
    made = smartpay(history.data, "reconcile-report", str(edited), "--explain", "site-77", "--class", "report_only",
                    "--note", "ordered on the website")  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "explained it on" in made.stdout and "ordered on the website" in made.stdout
    out = tmp_path / "reconciliation.xlsx"
    code, shown, _ = reconcile(history, edited, "--export", str(out))
    assert code == 0 and shown["open"] == 0
    [d] = shown["differences"]
    assert d["explained"]["note"] == "ordered on the website" and d["explained"]["by"]
    table = [[c.value for c in r] for r in load_workbook(out).active.iter_rows()]
    assert table[1][2] == "site-77" and table[1][-1] == "ordered on the website"

    report = str(history.reports["Payment"])
    waiting = smartpay(history.data, "open", "--json", "--older-than", "0s", "--report", report)
    assert waiting.returncode == 1, waiting.stderr
    items = json.loads(waiting.stdout)["items"]
    assert {i["order_id"] for i in items} == {f"challenge-{n}" for n in range(CHALLENGES)}
    assert all(i["action"] == "check_again" and i["command"] == "smartpay reconcile" for i in items)
    soon = smartpay(history.data, "open", "--json", "--report", str(edited))
    assert (soon.returncode, json.loads(soon.stdout)["count"]) == (0, 0)  # explained; challenges not an hour old


@pytest.mark.parametrize("name", ["unreadable.xlsx", "formats.xlsx", "not-a-spreadsheet.xlsx"])
def test_a_file_that_is_no_gateway_report_exits_2_with_a_sentence(history: History, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name.startswith("not-a"):
        path.write_text("Order ID;Status;Amount\n")
    else:
        shutil.copy(CORPUS / name, path)
    code, shown, stderr = reconcile(history, path)
    assert (code, shown) == (2, {})
    [line] = stderr.strip().splitlines()
    assert line.startswith("smartpay: ") and name in line and "Traceback" not in stderr
