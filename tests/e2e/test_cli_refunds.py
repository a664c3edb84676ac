"""Issue 13, item 5, over the sandbox in `smartpay` processes: what is still refundable is said with where each
figure comes from (this journal, the gateway's Refund report), never as fact when the desk cannot know it, and
after a decline the gateway's words are said."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartpay_desk.api.models import HostToHostRequest, RefundRequest
from smartpay_desk.sandbox import SandboxServer
from tests.unit.services.support import CUSTOMER, SITE, add_profile, card, direct_client, smartpay


@pytest.fixture
def cli_dir(sandbox: SandboxServer, tmp_path: Path) -> Path:
    add_profile(tmp_path, sandbox.url)
    return tmp_path


def lines(text: str) -> dict[str, str]:
    found = {}
    for line in text.splitlines():
        key, _, value = line.strip().partition(": ")
        found[key] = value
    return found


def test_a_refund_made_at_the_gateway_is_said_with_its_source(cli_dir: Path, sandbox: SandboxServer) -> None:
    with direct_client(sandbox.url) as client:
        client.init_payment_h2h(HostToHostRequest("EUR-sandbox", 248650, "EUR", "ext-1", SITE, CUSTOMER, "J D", card()))
        client.init_payment_h2h(HostToHostRequest("EUR-sandbox", 1000, "EUR", "mine-1", SITE, CUSTOMER, "J D", card()))
        client.refund(RefundRequest(order_id="ext-1", amount=248650, reason="refunded in the back office"))
    shown = smartpay(cli_dir, "check", "ext-1", "--refunds")
    assert shown.returncode == 0, shown.stderr
    said = lines(shown.stdout)
    assert said["refunded from this desk"] == "0.00 EUR (this desk's journal)"
    elsewhere = said["refunded elsewhere"]
    assert elsewhere.startswith("2486.50 EUR in 1 refund on the same card and customer since this payment")
    assert "the gateway's Refund report, " in elsewhere and ", read " in elsewhere
    assert said["still refundable"] == "at most 2486.50 EUR (paid, less the refunds this desk knows of)"

    declined = smartpay(cli_dir, "refund", "ext-1", "--amount", "2486.50", "--reason", "goods returned")
    assert declined.returncode == 1 and "left to refund" in declined.stdout  # the gateway's words
    after = smartpay(cli_dir, "check", "ext-1", "--refunds")
    note = " ".join(after.stdout.split())
    assert "The gateway declined a refund of 2486.50 EUR" in note and "is more than the 0.00 EUR left" in note
    assert "What is left to refund is not known to this desk" in note

    clean = lines(smartpay(cli_dir, "check", "mine-1", "--refunds").stdout)  # refunded nowhere: known
    assert clean["still refundable"].startswith("10.00 EUR (paid, less the refunds in this desk's journal and")
    assert clean["refunded elsewhere"].startswith("none (the gateway's Refund report, ")


def test_a_report_that_cannot_be_read_is_said(cli_dir: Path, sandbox: SandboxServer) -> None:
    with direct_client(sandbox.url) as client:
        client.init_payment_h2h(HostToHostRequest("EUR-sandbox", 700, "EUR", "pay-x", SITE, CUSTOMER, "J D", card()))
    sandbox.faults.add(path="/aggregation-service/public/transaction/excel", kind="http_500", commit=False)
    shown = smartpay(cli_dir, "check", "pay-x", "--refunds")
    assert shown.returncode == 0, shown.stderr
    said = lines(shown.stdout)
    assert said["refunded elsewhere"].startswith("not known: the gateway's refunds of this order could not be read")
    assert said["still refundable"] == "at most 7.00 EUR (paid, less the refunds this desk knows of)"
