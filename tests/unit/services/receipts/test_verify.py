"""verify(journal, data) (services/receipts/verify.py): a receipt as made matches; a field changed on it, an
entry the journal does not have, a journal whose chain was broken and data that is no receipt are each told."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.journal.store import Journal
from smartpay_desk.services.receipts.receipt import receipt_for
from smartpay_desk.services.receipts.verify import Outcome, verify
from tests.unit.services.journal.damage import edit
from tests.unit.services.receipts.support import Made, made


@pytest.fixture
def scene(sandbox: SandboxServer, tmp_path: Path) -> Iterator[Made]:
    found = made(sandbox, tmp_path)
    yield found
    found.ops.close()


def test_a_receipt_as_made_matches(scene: Made) -> None:
    journal, profile = scene.ops.journal, scene.ops.profile
    for result in (scene.refund, scene.payout, scene.capture, scene.recurrent):
        data = receipt_for(journal, result.entry_id, profile).to_data()
        verdict = verify(journal, data, merchant="test")
        assert verdict.outcome is Outcome.MATCHES and verdict.matches, verdict.sentence
        assert verdict.sentence.startswith(f"The receipt matches the journal's entry {result.entry_id} (order ")
        assert verdict.outcome.exit_code == 0
    data = receipt_for(journal, scene.refund.entry_id, profile).to_data()
    unchecked = verify(journal, data)
    assert unchecked.matches and "the merchant key was not compared" in unchecked.sentence
    assert verify(journal, {**data, "issued_at": "2030-01-01T00:00:00+00:00"}, merchant="test").matches  # its own


@pytest.mark.parametrize(("change", "field"), [
    ({"amount": 20500}, "amount"), ({"currency": "USD"}, "currency"), ({"destination": "card 999999******0000"},
    "destination"), ({"operator": "someone"}, "operator"), ({"reference": "x"}, "reference"),
    ({"chain_hash": "f" * 64}, "chain_hash"), ({"event_seq": 1}, "chain_hash"), ({"profile": "Other"}, "profile"),
    ({"at": "2020-01-01T00:00:00.000000+00:00"}, "at"), ({"at_local": "2020-01-01T01:00:00+01:00"}, "at_local"),
])  # fmt: skip
def test_a_changed_field_is_named(scene: Made, change: dict[str, object], field: str) -> None:
    journal = scene.ops.journal
    data = {**receipt_for(journal, scene.payout.entry_id, scene.ops.profile).to_data(), **change}
    verdict = verify(journal, data, merchant="test")
    assert verdict.outcome is Outcome.DIFFERS and field in verdict.fields, verdict.sentence
    assert verdict.outcome.exit_code == 1
    assert verdict.sentence.startswith(f"The receipt does not match the journal's entry {scene.payout.entry_id}")
    assert verify(journal, {**data, **change}, merchant="another key").outcome is Outcome.DIFFERS


def test_another_merchant_key_differs(scene: Made) -> None:
    data = receipt_for(scene.ops.journal, scene.refund.entry_id, scene.ops.profile).to_data()
    verdict = verify(scene.ops.journal, data, merchant="other-merchant")
    assert verdict.fields == ("merchant",) and verdict.sentence.endswith(": merchant differs.")


def test_an_entry_the_journal_does_not_have(scene: Made) -> None:
    data = receipt_for(scene.ops.journal, scene.refund.entry_id, scene.ops.profile).to_data()
    for change in (
        {"ref": "refund:par-1:other"},
        {"entry_id": 999, "ref": "refund:par-1:other"},
        {"entry_id": 999, "order_id": "nope"},
    ):
        verdict = verify(scene.ops.journal, {**data, **change}, merchant="test")
        assert verdict.outcome is Outcome.UNKNOWN and verdict.outcome.exit_code == 2
        assert "The journal has no entry" in verdict.sentence
        assert "this receipt was not made from this journal" in verdict.sentence
    renumbered = verify(scene.ops.journal, {**data, "entry_id": 999}, merchant="test")  # found by its reference
    assert renumbered.outcome is Outcome.DIFFERS and renumbered.fields == ("entry_id",)


def test_data_that_is_no_receipt(scene: Made) -> None:
    for data in (None, [], {"version": 1}, {"version": 7}, "text"):
        verdict = verify(scene.ops.journal, data)
        assert verdict.outcome is Outcome.NOT_A_RECEIPT and verdict.outcome.exit_code == 2
        assert verdict.sentence.startswith("This is not a SmartPay Desk receipt: ")


def test_a_broken_chain_is_said_whatever_the_receipt_says(scene: Made, tmp_path: Path) -> None:
    journal, profile = scene.ops.journal, scene.ops.profile
    data = receipt_for(journal, scene.payout.entry_id, profile).to_data()
    scene.ops.close()
    edit(tmp_path / "journal.sqlite3", "UPDATE entries SET amount = 999999 WHERE id = ?", args=(scene.refund.entry_id,))
    with Journal.in_dir(tmp_path) as damaged:
        verdict = verify(damaged, data, merchant="test")
    assert verdict.outcome is Outcome.BROKEN and verdict.outcome.exit_code == 1
    assert verdict.sentence.startswith("The journal's chain is broken, so the receipt cannot be checked against it: ")
    assert "the refund of order par-1" in verdict.sentence
