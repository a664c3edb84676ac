"""A receipt made from the journal (services/receipts/receipt.py): every fact of a refund, a payout, a capture
and a repeat charge as the journal holds it, no full card number, and none for what did not succeed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.receipts.pdfdata import read_data, xmp_packet
from smartpay_desk.services.receipts.receipt import NoReceipt, NotAReceipt, Receipt, receipt_for
from tests.unit.services.receipts.support import Made, made
from tests.unit.services.support import GOOD_CARD, shows_cvv


@pytest.fixture
def scene(sandbox: SandboxServer, tmp_path: Path) -> Iterator[Made]:
    found = made(sandbox, tmp_path)
    yield found
    found.ops.close()


def test_each_kind_gets_its_facts(scene: Made) -> None:
    journal, profile = scene.ops.journal, scene.ops.profile
    now = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)

    refund = receipt_for(journal, scene.refund.entry_id, profile, now=now)
    events = journal.events(scene.refund.entry_id)
    assert (refund.kind, refund.order_id, refund.parent_order_id) == ("refund", "par-1", "par-1")
    assert (refund.amount, refund.currency, refund.profile, refund.environment) == (2050, "EUR", "Sandbox", "sandbox")
    assert (refund.merchant, refund.operator) == ("test", "tester")
    assert refund.reference == scene.refund.response.refund_id and refund.reference_name == "refund id"
    assert (refund.event_seq, refund.chain_hash) == (events[-1].seq, events[-1].hash)
    assert refund.at == datetime.fromisoformat(events[-1].at).astimezone(UTC).isoformat(timespec="microseconds")
    assert datetime.fromisoformat(refund.at_local).utcoffset() is not None and refund.zone
    assert refund.issued_at == "2026-01-02T03:04:05+00:00"
    assert refund.destination == ""  # the payment was made elsewhere: this journal does not know its card

    payout = receipt_for(journal, scene.payout.entry_id, profile)
    assert payout.kind == "withdrawal" and payout.destination == "card 401200******3010"
    assert (payout.reference, payout.reference_name) == ("po-1", "order id")  # a payout has no id but its order's
    assert payout.account == "EUR-sandbox-payout" and payout.amount == 3000

    capture = receipt_for(journal, scene.capture.entry_id, profile)
    assert capture.kind == "capture" and capture.destination == "card 401200******3010"  # the gateway's answer
    assert capture.amount == 5000 and capture.reference == "auth-1"

    recurrent = receipt_for(journal, scene.recurrent.entry_id, profile)
    assert recurrent.order_id == "rec-1" and recurrent.parent_order_id == "par-1"
    assert recurrent.reference == scene.recurrent.response.payment_id and recurrent.reference_name == "payment id"

    for receipt in (refund, payout, capture, recurrent):
        text = json.dumps(receipt.to_data())
        assert GOOD_CARD not in text and not shows_cvv(text)
        assert Receipt.from_data(json.loads(text)) == receipt


def test_what_did_not_succeed_or_moves_no_money_gets_none(scene: Made) -> None:
    with pytest.raises(NoReceipt) as kind:
        receipt_for(scene.ops.journal, scene.authorize.entry_id, scene.ops.profile)
    assert kind.value.reason == "kind" and "Authorizations get no receipt" in kind.value.sentence
    pending = scene.ops.journal.record_intent(kind="withdrawal", order_id="po-open", profile="Sandbox",
                                              environment="sandbox", amount=100, currency="EUR")  # fmt: skip
    with pytest.raises(NoReceipt) as state:
        receipt_for(scene.ops.journal, pending.id, scene.ops.profile)
    assert state.value.reason == "state"
    assert state.value.sentence == "Only a payout that succeeded gets a receipt: this one is written, not yet sent."
    with pytest.raises(KeyError):
        receipt_for(scene.ops.journal, 9999, scene.ops.profile)


def test_the_data_travels_in_a_pdf_packet_and_back() -> None:
    data = {"version": 1, "destination": "card 401200******3010", "profile": "Büro ünd <&>"}
    packet = xmp_packet(data, title="Receipt <1>")
    assert b"<spr:data>" in packet and b"Receipt &lt;1&gt;" in packet  # the title escaped
    pdf = b"%PDF-1.4\n" + packet + b"\n%%EOF"
    assert read_data(pdf) == data
    changed = pdf + b"\n" + xmp_packet({**data, "profile": "later"})  # an appended update: the last one counts
    assert read_data(changed)["profile"] == "later"
    for bad, said in ((b"hello", "not a PDF"), (b"%PDF-1.4 nothing", "holds no"),
                      (b"%PDF-1.4 <spr:data>!!notbase64</spr:data>", "holds no"),
                      (b"%PDF-1.4 <spr:data>bm90IGpzb24=</spr:data>", "cannot be read")):  # fmt: skip
        with pytest.raises(NotAReceipt, match=said):
            read_data(bad)
    with pytest.raises(NotAReceipt, match="version"):
        Receipt.from_data({"version": 2})
    with pytest.raises(NotAReceipt, match="'amount'"):
        Receipt.from_data({**_full(), "amount": "20.50"})


def _full() -> dict[str, object]:
    return {"version": 1, "entry_id": 1, "ref": "r", "kind": "refund", "order_id": "o", "parent_order_id": "",
            "profile": "p", "environment": "sandbox", "merchant": "m", "account": "", "operator": "op",
            "at": "2026-01-01T00:00:00+00:00", "amount": 1, "currency": "EUR", "destination": "",
            "reference": "x", "reference_name": "order id", "event_seq": 3, "chain_hash": "0" * 64, "at_local": "",
            "zone": "", "issued_at": ""}  # fmt: skip


def test_an_entry_of_another_profile_gets_that_profiles_merchant(scene: Made) -> None:
    journal, own = scene.ops.journal, scene.ops.profile
    elsewhere = own._replace(name="Other", merchant_key="other-key")
    assert receipt_for(journal, scene.refund.entry_id, own).merchant == "test"
    assert receipt_for(journal, scene.refund.entry_id, elsewhere).merchant == ""  # nowhere to look it up
    found = receipt_for(journal, scene.refund.entry_id, elsewhere, others={"Sandbox": own._replace(merchant_key="k")})
    assert found.merchant == "k" and found.profile == "Sandbox"
    assert receipt_for(journal, scene.refund.entry_id, elsewhere, others=lambda name: None).merchant == ""
