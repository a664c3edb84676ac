"""The `smartpay` CLI in its own process against the sandbox: commands, exit statuses, journal output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smartpay_desk.api.models import AuthorizeRequest, HostToHostRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.journal.store import Journal
from tests.unit.services.support import CUSTOMER, SITE, add_profile, card, direct_client, smartpay


@pytest.fixture
def cli_dir(sandbox: SandboxServer, tmp_path: Path) -> Path:
    add_profile(tmp_path, sandbox.url)
    return tmp_path


def test_profiles_are_added_listed_chosen_and_removed(tmp_path: Path) -> None:
    add_profile(tmp_path, "http://127.0.0.1:8780", name="local")
    listed = smartpay(tmp_path, "profile", "list")
    assert listed.returncode == 0
    assert "* local  [Sandbox]  http://127.0.0.1:8780" in listed.stdout and "  Sandbox  [Sandbox]" in listed.stdout
    bad = smartpay(tmp_path, "profile", "add", "x", "--environment", "test", "--gateway-url", "http://gw.example",
                   "--pci-url", "https://pci.example", "--reports-url", "https://r.example/reports",
                   "--merchant-key", "k")  # fmt: skip
    assert bad.returncode == 2 and "gateway-url: Use https://" in bad.stderr and "aggregation-service" in bad.stderr
    assert smartpay(tmp_path, "profile", "remove", "local").returncode == 0
    assert "local" not in smartpay(tmp_path, "profile", "list").stdout
    practice = smartpay(tmp_path, "--profile", "Sandbox", "balance")  # the practice gateway kept in the data folder
    assert practice.returncode == 0 and "10000.00 EUR" in practice.stdout, practice.stderr


def test_payouts_and_their_exit_statuses(cli_dir: Path, sandbox: SandboxServer) -> None:
    ok = smartpay(cli_dir, "payout", "--amount", "12.50", "--card", "4012000000003010", "--exp", "12/30",
                  "--order-id", "po-1")  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert "payout of 12.50 EUR for order po-1 to card 401200******3010" in ok.stdout and "succeeded" in ok.stdout
    assert sandbox.state.transactions["po-1"].status == 2
    again = smartpay(cli_dir, "payout", "--amount", "12.50", "--card", "4012000000003010", "--order-id", "po-1")
    assert again.returncode == 2 and "already used" in again.stderr
    declined = smartpay(cli_dir, "payout", "--amount", "1", "--card", "4111111111111111", "--order-id", "po-2")
    assert declined.returncode == 1 and "PLATFORM_ERROR_GATE_NOT_FOUND" in declined.stdout
    too_much = smartpay(cli_dir, "payout", "--amount", "99999999", "--phone", "+442079460612")
    assert too_much.returncode == 2 and "available balance" in too_much.stderr
    bad_amount = smartpay(cli_dir, "payout", "--amount", "12.345", "--bank-account", "DE89", "--holder", "J Doe")
    assert bad_amount.returncode == 2 and "amount:" in bad_amount.stderr
    by_stdin = smartpay(cli_dir, "payout", "--amount", "1", "--card", "-", "--order-id", "po-3",
                        stdin="4012 0000 0000 3010\n")  # fmt: skip
    assert by_stdin.returncode == 0, by_stdin.stderr
    balance = smartpay(cli_dir, "balance")
    assert balance.returncode == 0 and "EUR-sandbox-payout: available 9986.50 EUR" in balance.stdout


def test_refund_capture_cancel_recurrent_and_check(cli_dir: Path, sandbox: SandboxServer) -> None:
    with direct_client(sandbox.url) as client:
        client.init_payment_h2h(HostToHostRequest("EUR-sandbox", 1000, "EUR", "pay-1", SITE, CUSTOMER, "J D", card()))
        for order in ("au-1", "au-2"):
            client.authorize(AuthorizeRequest("EUR-sandbox", 500, "EUR", order, SITE, CUSTOMER, card()))
    assert smartpay(cli_dir, "refund", "pay-1", "--amount", "4", "--reason", "damaged").returncode == 0
    over = smartpay(cli_dir, "refund", "pay-1", "--amount", "6.01", "--reason", "too much")
    assert over.returncode == 2 and "left to refund" in over.stderr
    rec = smartpay(cli_dir, "recurrent", "pay-1", "--amount", "3", "--reason", "monthly", "--order-id", "rec-1")
    assert rec.returncode == 0 and sandbox.state.transactions["rec-1"].parent_order_id == "pay-1"
    assert smartpay(cli_dir, "capture", "au-1").returncode == 0
    assert smartpay(cli_dir, "cancel", "au-2").returncode == 0
    twice = smartpay(cli_dir, "capture", "au-1")
    assert twice.returncode == 2 and "not an open authorization" in twice.stderr
    check = smartpay(cli_dir, "check", "au-1")
    assert check.returncode == 0 and "order au-1: success" in check.stdout
    assert "journal: capture succeeded" in check.stdout
    assert "401200******3010" in check.stdout
    missing = smartpay(cli_dir, "check", "no-such-order")
    assert missing.returncode == 1 and "no transaction" in missing.stderr


def test_journal_json_lists_who_did_what(cli_dir: Path) -> None:
    paid = smartpay(cli_dir, "payout", "--amount", "2", "--phone", "+442079460612", "--order-id", "po-j")
    assert paid.returncode == 0, paid.stderr
    shown = smartpay(cli_dir, "journal", "--json")
    assert shown.returncode == 0
    entries = json.loads(shown.stdout)
    assert len(entries) == 1
    entry = entries[0]
    assert {k: entry[k] for k in ("order_id", "kind", "amount", "currency", "state", "destination")} == {
        "order_id": "po-j", "kind": "withdrawal", "amount": 200, "currency": "EUR", "state": "succeeded",
        "destination": "phone +442079460612",
    }  # fmt: skip
    assert entry["operator"] and entry["created_at"].endswith("+00:00") and entry["profile"] == "local"
    table = smartpay(cli_dir, "journal")
    assert "po-j" in table.stdout and "2.00 EUR" in table.stdout
    verified = smartpay(cli_dir, "journal", "--verify")
    assert verified.returncode == 0 and "journal intact" in verified.stdout


def test_an_unknown_refund_exits_3_and_waits_for_review(cli_dir: Path, sandbox: SandboxServer) -> None:
    with direct_client(sandbox.url) as client:
        client.init_payment_h2h(HostToHostRequest("EUR-sandbox", 1000, "EUR", "pay-u", SITE, CUSTOMER, "J D", card()))
    sandbox.faults.add(path="/refund", kind="drop_after_commit")
    lost = smartpay(cli_dir, "refund", "pay-u", "--amount", "5", "--reason", "lost answer")
    assert lost.returncode == 3 and "needs review" in lost.stdout
    same = smartpay(cli_dir, "refund", "pay-u", "--amount", "5", "--reason", "lost answer")
    assert same.returncode == 2 and "identical refund" in same.stderr
    entry_id = json.loads(smartpay(cli_dir, "journal", "--json").stdout)[0]["id"]
    resolved = smartpay(cli_dir, "resolve", str(entry_id), "--succeeded", "--note", "in the refund report")
    assert resolved.returncode == 0 and "succeeded" in resolved.stdout


def test_every_command_first_reconciles_what_was_left_open(cli_dir: Path, sandbox: SandboxServer) -> None:
    with direct_client(sandbox.url) as client:
        client.init_payment_h2h(HostToHostRequest("EUR-sandbox", 700, "EUR", "left-1", SITE, CUSTOMER, "J D", card()))
    with Journal.in_dir(cli_dir) as journal:  # as if a desk had crashed right after sending
        entry = journal.record_intent(kind="payment_h2h", order_id="left-1", profile="local",
                                      environment="sandbox", amount=700, currency="EUR")  # fmt: skip
        journal.update(entry.id, "sent")
    shown = smartpay(cli_dir, "balance")
    assert shown.returncode == 0
    assert "reconciled: card payment left-1: sent → succeeded" in shown.stderr
    assert json.loads(smartpay(cli_dir, "journal", "--json").stdout)[0]["state"] == "succeeded"


def test_production_asks_for_confirmation(tmp_path: Path) -> None:
    made = smartpay(tmp_path, "profile", "add", "Live", "--environment", "production",
                    "--gateway-url", "https://api-gateway.smartcore.pro", "--pci-url", "https://chd-api.smartcore.pro",
                    "--reports-url", "https://service.magua-pay.com/aggregation-service", "--merchant-key", "m1",
                    "--account", "EUR-live", "--payout-account", "EUR-live-payout")  # fmt: skip
    assert made.returncode == 0, made.stderr
    refused = smartpay(tmp_path, "--profile", "Live", "capture", "x-1", env={"SMARTPAY_DESK_SECRET": "not-real"})
    assert refused.returncode == 2 and "PRODUCTION profile: add --yes" in refused.stderr
    no_secret = smartpay(tmp_path, "--profile", "Live", "balance")
    assert no_secret.returncode == 2 and "no secret for profile 'Live'" in no_secret.stderr
