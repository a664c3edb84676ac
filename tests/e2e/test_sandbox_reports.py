"""Report tasks on the sandbox: create, wait for status 2, download a real xlsx whose rows match the filters."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx
import openpyxl
import pytest

from smartpay_desk.sandbox import SandboxServer

BASE = "/aggregation-service/public/transaction/excel"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
COLUMNS = [
    "Order ID", "Type", "Status", "Amount", "Currency", "Created", "Completed",
    "Card", "Card country", "Customer", "Error", "Account",
]  # fmt: skip


@pytest.fixture
def api(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, auth=("test", "qwerty"), timeout=5) as client:
        yield client


def ms(when: datetime) -> int:
    return int(when.timestamp() * 1000)


def wait_done(api: httpx.Client, task_id: str) -> None:
    deadline = time.monotonic() + 3
    while api.get(f"{BASE}/task/{task_id}").json()["status"] != 2:
        assert time.monotonic() < deadline
        time.sleep(0.05)


def download(api: httpx.Client, task_id: str) -> list[tuple[object, ...]]:
    reply = api.get(f"{BASE}/task/{task_id}/result")
    assert reply.status_code == 200 and reply.headers["content-type"] == XLSX
    assert int(reply.headers["content-length"]) == len(reply.content) > 0
    book = openpyxl.load_workbook(io.BytesIO(reply.content))
    rows = list(book.active.iter_rows(values_only=True))
    book.close()
    assert list(rows[0]) == COLUMNS
    return rows[1:]


def test_history_report_matches_filters(api: httpx.Client, sandbox: SandboxServer) -> None:
    now = datetime.now(UTC)
    date_from, date_to = ms(now - timedelta(days=60)), ms(now - timedelta(days=10))
    created = api.post(BASE, json={"type": "Payment", "status": 2, "dateFrom": date_from, "dateTo": str(date_to)})
    assert created.status_code == 200
    task = created.json()
    assert task["status"] == 1 and len(task["id"]) == 24
    early = api.get(f"{BASE}/task/{task['id']}/result")
    assert early.status_code == 409 and early.json()["err"] == "INVALID_STATE"
    wait_done(api, task["id"])
    rows = download(api, task["id"])
    expected = sorted(
        (tx for tx in sandbox.state.transactions.values()
         if tx.type == "Payment" and tx.status == 2 and date_from <= ms(tx.created) <= date_to),
        key=lambda tx: tx.created,
    )  # fmt: skip
    assert len(rows) == len(expected) > 10
    for row, tx in zip(rows, expected, strict=True):
        order_id, kind, status, amount, currency, when, done, card, _country, customer, error, account = row
        assert (order_id, kind, status, currency, account) == (tx.order_id, "Payment", 2, "EUR", "EUR-sandbox")
        assert isinstance(amount, int | float) and Decimal(str(amount)) == Decimal(tx.amount) / 100
        assert isinstance(when, datetime) and isinstance(done, datetime) and when <= done
        assert abs(when - tx.created.replace(tzinfo=None)) < timedelta(milliseconds=2)
        assert card == tx.card_masked and "*" in str(card)
        assert customer == f"{tx.first_name} {tx.last_name}" and error is None
        assert str(order_id).startswith("hist-")


def test_report_of_live_transactions(api: httpx.Client) -> None:
    since = ms(datetime.now(UTC)) - 1000
    payout = {
        "account": "EUR-sandbox-payout",
        "order_id": "rep-po",
        "amount": 2500,
        "customer_card_number": "4111111111111111",
    }
    assert api.post("/withdrawal/init", json=payout).json()["status"] == -1
    task = api.post(BASE, json={"type": "Withdrawal", "status": -1, "dateFrom": since, "dateTo": since + 60_000}).json()
    wait_done(api, task["id"])
    rows = download(api, task["id"])
    assert len(rows) == 1
    row = dict(zip(COLUMNS, rows[0], strict=True))
    assert row["Order ID"] == "rep-po" and row["Amount"] == 25.0 and row["Error"] == "PLATFORM_ERROR_GATE_NOT_FOUND"
    assert row["Card"] == "411111******1111" and row["Account"] == "EUR-sandbox-payout"


def test_refund_report_and_empty_report(sandbox_session: SandboxServer) -> None:
    with httpx.Client(base_url=sandbox_session.url, auth=("test", "qwerty"), timeout=5) as client:
        now = ms(datetime.now(UTC))
        task = client.post(BASE, json={"type": "Refund", "status": 2, "dateFrom": 0, "dateTo": now}).json()
        empty = client.post(BASE, json={"type": "Payment", "status": 2, "dateFrom": 0, "dateTo": 1000}).json()
        wait_done(client, task["id"])
        rows = download(client, task["id"])
        assert rows and all(row[1] == "Refund" and row[2] == 2 for row in rows)
        assert len(rows) == sum(1 for tx in sandbox_session.state.transactions.values() if tx.type == "Refund")
        wait_done(client, empty["id"])
        assert download(client, empty["id"]) == []
