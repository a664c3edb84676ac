"""The practice gateway keeps its state in the data folder (issue 13, items 8 and 13): a restart keeps what it
held, a kill -9 in the middle of saving leaves a loadable file, one server serves a state file at a time, the
desk and the CLI share the one running, and a reset brings it back to a first start."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from smartpay_desk.sandbox import (
    CHALLENGE_CARD,
    FRICTIONLESS_CARD,
    START_PAYOUT_BALANCE,
    PracticeGatewayInUse,
    SandboxServer,
    StateFileRefused,
)
from smartpay_desk.sandbox.practice import practice_gateway, reset_practice_gateway, running_url, state_file

AUTH = ("test", "qwerty")
REPORTS = "/aggregation-service/public/transaction/excel"


def payout(order_id: str, amount: int = 10_000, **extra: Any) -> dict[str, Any]:
    body = {"account": "EUR-sandbox-payout", "amount": amount, "order_id": order_id}
    return body | (extra or {"customer_card_number": FRICTIONLESS_CARD})


def h2h(order_id: str, card: str = FRICTIONLESS_CARD) -> dict[str, Any]:
    return {
        "account": "EUR-sandbox", "amount": 2500, "currency": "EUR", "order_id": order_id,
        "merchant_site": "https://merchant.site", "customer_first_name": "John", "customer_last_name": "Doe",
        "customer_address": "10 Downing Street", "customer_city": "London", "customer_zip_code": 121165,
        "customer_country": "GB", "customer_phone": "+442079460612", "customer_email": "john@example.com",
        "customer_ip_address": "127.0.0.1", "card_holder": "John Doe", "card_number": card,
        "card_exp_month": "02", "card_exp_year": "31", "card_cvv": "987",
    }  # fmt: skip


def client(url: str) -> httpx.Client:
    return httpx.Client(base_url=url, auth=AUTH, timeout=10)


def balance(api: httpx.Client) -> int:
    return int(api.post("/withdrawal/balance/get", json={"account": "EUR-sandbox-payout"}).json()["balance"])


def wait_for(predicate: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


class Served:
    """`smartpay-sandbox --state-file …` in a process of its own."""

    def __init__(self, path: Path, *extra: str) -> None:
        args = [sys.executable, "-m", "smartpay_desk.sandbox", "--port", "0", "--state-file", str(path), *extra]
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        first = self.proc.stdout.readline()
        assert first.startswith("SmartPayments sandbox listening on "), first + self.stop()[1]
        self.url = first.split()[-1]

    def stop(self, sig: int = signal.SIGTERM) -> tuple[int, str]:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        _, err = self.proc.communicate(timeout=20)
        return self.proc.returncode, err


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    process = Served(state_file(tmp_path), "--settle-delay-s", "0.05")
    yield process
    process.stop(signal.SIGKILL)


def test_a_restart_keeps_payouts_the_balance_links_and_challenges(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.json"
    with SandboxServer(port=0, settle_delay_s=0.1, state_file=path) as first, client(first.url) as api:
        history = {tx.order_id: tx.created for tx in first.state.all_transactions()}
        assert api.post("/withdrawal/init", json=payout("po-settled")).json()["status"] == 1
        wait_for(lambda: api.post("/check", json={"order_id": "po-settled"}).json()["status"] == 2)
        first.state.settle_delay_s = 0.5
        assert api.post("/withdrawal/init", json=payout("po-pending", 5_000)).json()["status"] == 1
        challenge = api.post("/initPaymentHost2Host", json=h2h("pay-3ds", CHALLENGE_CARD)).json()["form_url"]
        link = api.post("/initPayment", json=h2h("pay-link") | {"card_number": None}).json()["form_url"]
        assert api.post("/initPaymentHost2Host", json=h2h("pay-ok")).json()["status"] == 2
        assert api.post("/refund", json={"order_id": "pay-ok", "amount": 1, "reason": "r"}).json()["success"]
        task = api.post(REPORTS, json={"type": "Payment", "status": 2, "dateFrom": 0, "dateTo": 2**41}).json()["id"]
        assert balance(api) == START_PAYOUT_BALANCE - 15_000
    assert not path.with_suffix(".url").exists()
    with SandboxServer(port=0, state_file=path) as second, client(second.url) as api:
        assert api.post("/check", json={"order_id": "po-settled"}).json()["status"] == 2
        wait_for(lambda: api.post("/check", json={"order_id": "po-pending"}).json()["status"] == 2)
        assert balance(api) == START_PAYOUT_BALANCE - 15_000
        assert {
            tx.order_id: tx.created for tx in second.state.all_transactions() if tx.type and tx.order_id in history
        } == history
        assert second.state.transactions["pay-ok"].refunded == 1
        assert api.get(f"{REPORTS}/task/{task}").status_code == 404  # report tasks are not kept
        old_host = challenge.split("/challenge/")[0]
        page = httpx.get(challenge.replace(old_host, second.url))
        assert page.status_code == 200 and "Approve" in page.text
        form = httpx.get(link.replace(link.split("/pay/")[0], second.url))
        assert form.status_code == 200 and 'name="card_number"' in form.text
        assert api.post("/initPaymentHost2Host", json=h2h("po-settled")).status_code == 409  # its id is used
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_damaged_state_file_is_refused_kept_aside_and_then_started_afresh(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.json"
    path.write_bytes(b'{"format": "smartpay-sandbox-state", "version": 1, "transactions": [{"order_')
    server = SandboxServer(port=0, state_file=path)
    with pytest.raises(StateFileRefused, match="cannot be used: it is not a readable JSON file") as refused:
        server.start()
    assert not server.running and refused.value.aside is not None and refused.value.aside.exists()
    with SandboxServer(port=0, state_file=path) as fresh, client(fresh.url) as api:  # the lock was let go
        assert balance(api) == START_PAYOUT_BALANCE and len(fresh.state.all_transactions()) == 300
    assert refused.value.aside.read_bytes().endswith(b'"order_')


def test_a_second_server_on_the_same_state_file_is_refused(served: Served, tmp_path: Path) -> None:
    with pytest.raises(PracticeGatewayInUse, match=f"already running in another program at {served.url}"):
        SandboxServer(port=0, state_file=state_file(tmp_path)).start()
    second = subprocess.run(
        [sys.executable, "-m", "smartpay_desk.sandbox", "--port", "0", "--state-file", str(state_file(tmp_path))],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert second.returncode == 2 and "already running in another program" in second.stderr
    with client(served.url) as api:
        assert balance(api) == START_PAYOUT_BALANCE  # the first one serves on, untouched


def test_practice_gateway_connects_to_the_running_one_or_starts_its_own(served: Served, tmp_path: Path) -> None:
    url, server = practice_gateway(tmp_path)
    assert (url, server) == (served.url, None)
    with client(url) as api:
        assert api.post("/withdrawal/init", json=payout("from-the-cli")).json()["status"] == 1
    code, _ = served.stop()
    assert code == 0 and running_url(tmp_path) is None and not state_file(tmp_path).with_suffix(".url").exists()
    url, server = practice_gateway(tmp_path, settle_delay_s=0.05)
    assert server is not None
    try:
        assert url == server.url and state_file(tmp_path).with_suffix(".url").read_text().strip() == url
        with client(url) as api:  # the same practice gateway: what the other program did is there
            assert api.post("/check", json={"order_id": "from-the-cli"}).json()["status"] in (1, 2)
            assert balance(api) == START_PAYOUT_BALANCE - 10_000
        assert practice_gateway(tmp_path) == (url, None)  # a second caller here connects to it too
    finally:
        server.stop()


def test_reset_brings_back_a_first_start_and_says_what_went(served: Served, tmp_path: Path) -> None:
    with client(served.url) as api:
        assert api.post("/withdrawal/init", json=payout("po-1")).json()["status"] == 1
        assert api.post("/initPaymentHost2Host", json=h2h("pay-1")).json()["status"] == 2
        assert api.post("/refund", json={"order_id": "pay-1", "amount": 500, "reason": "r"}).json()["success"]
        summary = reset_practice_gateway(served.url)
        assert summary["success"] is True
        assert summary["dropped"] == {"transactions": 3, "payments": 1, "payouts": 1, "refunds": 1, "report_tasks": 0}
        assert summary["payout_balance"] == {"before": START_PAYOUT_BALANCE - 10_000, "after": START_PAYOUT_BALANCE}
        assert summary["msg"].startswith("The practice gateway is back to its first start: 3 transactions made")
        assert api.post("/check", json={"order_id": "po-1"}).status_code == 404
        assert balance(api) == START_PAYOUT_BALANCE
    served.stop()
    with SandboxServer(port=0, state_file=state_file(tmp_path)) as again, client(again.url) as api:
        assert api.post("/check", json={"order_id": "pay-1"}).status_code == 404  # the reset was saved
        assert len(again.state.all_transactions()) == 300 and again.reset()["dropped"]["transactions"] == 0


def _storm(url: str, prefix: str, answered: list[tuple[str, int, int]], stop: threading.Event) -> None:
    """Payouts and payments as fast as one connection goes; (order id, amount, status) of each one answered."""
    with client(url) as api:
        for number in range(100_000):
            if stop.is_set():
                return
            order_id, amount = f"{prefix}-{number}", random.randint(1, 500)
            try:
                if number % 3 == 2:
                    reply = api.post("/initPaymentHost2Host", json=h2h(order_id) | {"amount": amount})
                else:
                    reply = api.post("/withdrawal/init", json=payout(order_id, amount, customer_phone="+442079460612"))
                answered.append((order_id, amount, reply.json()["status"]))
            except (httpx.TransportError, ValueError):
                return  # killed


def test_a_kill_9_while_saving_leaves_a_whole_state_that_holds_every_answer(tmp_path: Path) -> None:
    path = state_file(tmp_path)
    answered: list[tuple[str, int, int]] = []
    for round_ in range(3):
        process = Served(path, "--settle-delay-s", "0.01")
        stop = threading.Event()
        storms = [
            threading.Thread(target=_storm, args=(process.url, f"r{round_}t{n}", answered, stop)) for n in range(3)
        ]
        for storm in storms:
            storm.start()
        time.sleep(random.uniform(0.3, 0.8))
        os.kill(process.proc.pid, signal.SIGKILL)
        process.stop(signal.SIGKILL)
        stop.set()
        for storm in storms:
            storm.join(30)
    assert len(answered) > 30, "the storm never got going"
    with SandboxServer(port=0, state_file=path) as after:  # it loads: whole, and the lock died with its holder
        held = after.state.transactions
        for order_id, amount, status in answered:  # every answer sent was saved before it went out
            assert order_id in held and held[order_id].amount == amount and held[order_id].status in (status, 2)
        paid_out = sum(tx.amount for tx in held.values() if tx.type == "Withdrawal" and tx.status != -1
                       and tx.order_id not in after.state.history_ids)  # fmt: skip
        assert after.state.payout_balance() == START_PAYOUT_BALANCE - paid_out
    assert list(tmp_path.glob(".*.tmp")) == []  # what a kill left half-written was cleared away
