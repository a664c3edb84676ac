"""The practice gateway's state file: what it keeps (never a card number or CVV), how it is written (whole, 0600),
what it refuses (damaged, foreign, newer: with a sentence, kept aside), and one server per file."""

from __future__ import annotations

import dataclasses
import json
import stat
from pathlib import Path

import pytest

from smartpay_desk.sandbox import cards
from smartpay_desk.sandbox.history import reset_state, seed_history
from smartpay_desk.sandbox.payments import apply_card
from smartpay_desk.sandbox.state import PAYMENT, PAYOUT_ACCOUNT, SandboxState, Transaction, now_utc
from smartpay_desk.sandbox.statefile import (
    PracticeGatewayInUse,
    StateFile,
    StateFileRefused,
    read_url,
    served_elsewhere,
)
from smartpay_desk.sandbox.stored import DECODERS, dump, restore

_CARD_KEYS = ("number", "bin", "country", "iso", "type")


def _state() -> SandboxState:
    state = SandboxState()
    seed_history(state, count=40)
    tx = Transaction("pay-1", PAYMENT, "h2h", "EUR-sandbox", "EUR", 500, 1, now_utc(), callback_url="http://x/cb")
    apply_card(tx, cards.CHALLENGE_CARD)  # waits for its challenge: its token is kept
    state.add(tx)
    state.balances[PAYOUT_ACCOUNT].balance -= 1234
    return state


def test_every_field_of_a_transaction_is_kept_and_checked() -> None:
    assert set(DECODERS) == {field.name for field in dataclasses.fields(Transaction)}


def test_a_round_trip_keeps_transactions_balances_history_and_tokens() -> None:
    before = _state()
    after = SandboxState()
    restore(after, json.loads(json.dumps(dump(before))))
    assert [tx.to_json() for tx in after.all_transactions()] == [tx.to_json() for tx in before.all_transactions()]
    assert after.payout_balance() == before.payout_balance() == 1_000_000 - 1234
    assert after.history_ids == before.history_ids and len(after.history_ids) == 40
    pending = after.get("pay-1")
    assert pending is not None and pending.awaiting_challenge and pending.notified == (1, None)
    assert after.by_challenge(pending.challenge_token or "") is pending
    link = next(tx for tx in after.all_transactions() if tx.form_token)
    assert after.form_tokens[link.form_token or ""] == link.order_id


def _keys(value: object) -> set[str]:
    """Every key of a JSON value, at any depth."""
    if isinstance(value, dict):
        return {str(k) for k in value} | {key for v in value.values() for key in _keys(v)}
    if isinstance(value, list):
        return {key for v in value for key in _keys(v)}
    return set()


def test_no_card_number_or_cvv_is_ever_written() -> None:
    stored = dump(_state())
    text = json.dumps(stored)
    for number in (cards.FRICTIONLESS_CARD, cards.CHALLENGE_CARD, "4123540003981114", "5555555555554444"):
        assert number not in text
    # No field for a CVV. (Not "cvv" anywhere in the text: a random challenge token held "...dCVv92..." once in
    # about 2,000 states, and the test failed in a whole-suite run.)
    assert [key for key in _keys(stored) if "cvv" in key.lower() or "cvc" in key.lower()] == []
    assert "400383******4018" in text  # as the gateway shows it


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d.pop("balances"), "it has no balances"),
        (lambda d: d["transactions"][0].update(amount="12"), "amount"),
        (lambda d: d["transactions"][0].update(status=7), "impossible"),
        (lambda d: d["transactions"][0].update(created="yesterday"), "created"),
        (lambda d: d["transactions"][0].update(card=dict.fromkeys(_CARD_KEYS) | {"number": "4012"}), "masked"),
        (lambda d: d["transactions"][0].pop("gateway_id"), "fields"),
        (lambda d: d["transactions"].append(d["transactions"][0]), "repeat"),
        (lambda d: d["balances"].update({"EUR-elsewhere": {"balance": 1, "hold": 0, "rolling": 0}}), "unknown"),
        (lambda d: d["history"].append("not-there"), "history"),
    ],
)
def test_a_damaged_document_is_refused_and_changes_nothing(change: object, reason: str) -> None:
    document = json.loads(json.dumps(dump(_state())))
    change(document)  # type: ignore[operator]
    target = SandboxState()
    with pytest.raises(ValueError, match=reason):
        restore(target, document)
    assert target.all_transactions() == []


def test_the_file_is_0600_whole_and_loads_back(tmp_path: Path) -> None:
    path = tmp_path / "data" / "sandbox.json"
    state_file = StateFile(path)
    state_file.acquire()
    state_file.save(dump(_state()))
    state_file.publish_url("http://127.0.0.1:1234")
    for written in (path, path.with_suffix(".lock"), path.with_suffix(".url")):
        assert stat.S_IMODE(written.stat().st_mode) == 0o600, written
    assert read_url(path) == "http://127.0.0.1:1234"
    document = state_file.load()
    assert document is not None and document["format"] == "smartpay-sandbox-state" and document["version"] == 1
    assert list(path.parent.glob(".*.tmp")) == []
    state_file.withdraw_url()
    state_file.release()
    assert not path.with_suffix(".url").exists()


def test_one_server_per_state_file(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.json"
    first, second = StateFile(path), StateFile(path)
    assert not served_elsewhere(path)
    first.acquire()
    first.publish_url("http://127.0.0.1:4321")
    assert served_elsewhere(path)
    with pytest.raises(PracticeGatewayInUse, match=r"already running in another program at http://127.0.0.1:4321"):
        second.acquire()
    first.release()
    second.acquire()  # free again once the first let go
    second.release()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"format": "smartpay-sandbox-state", "version": 1, "transa', "not a readable JSON file"),
        (b"\xff\xfe", "not a readable JSON file"),
        (b'{"profiles": []}', "not a SmartPay sandbox state file"),
        (b"[1, 2]", "not a SmartPay sandbox state file"),
        (b'{"format": "smartpay-sandbox-state", "version": "1"}', "format version"),
        (b'{"format": "smartpay-sandbox-state", "version": NaN}', "not a readable JSON file"),
    ],
)
def test_a_damaged_or_foreign_file_is_refused_and_moved_aside(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "sandbox.json"
    path.write_bytes(content)
    state_file = StateFile(path)
    state_file.acquire()
    with pytest.raises(StateFileRefused, match=reason) as refused:
        state_file.load()
    aside = refused.value.aside
    assert aside is not None and aside.read_bytes() == content and not path.exists()
    assert str(path) in str(refused.value) and aside.name in str(refused.value)
    path.write_bytes(content)  # damaged again, the same second: a second name, nothing overwritten
    with pytest.raises(StateFileRefused) as again:
        state_file.load()
    assert again.value.aside is not None and again.value.aside != aside and aside.read_bytes() == content
    state_file.release()


def test_a_file_from_a_newer_version_is_left_where_it_is(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.json"
    path.write_text('{"format": "smartpay-sandbox-state", "version": 9}')
    with pytest.raises(StateFileRefused, match="newer version") as refused:
        StateFile(path).load()
    assert refused.value.aside is None and path.exists()


def test_names_the_lock_and_url_files_take_are_not_state_files() -> None:
    with pytest.raises(ValueError, match="cannot be named"):
        StateFile(Path("x/sandbox.lock"))


def test_reset_drops_what_was_made_and_says_so() -> None:
    state = _state()
    summary = reset_state(state)
    assert summary["dropped"] == {"transactions": 1, "payments": 1, "payouts": 0, "refunds": 0, "report_tasks": 0}
    assert summary["order_ids"] == ["pay-1"]
    assert summary["payout_balance"] == {"before": 1_000_000 - 1234, "after": 1_000_000}
    assert summary["msg"] == (
        "The practice gateway is back to its first start: 1 transaction made since then (1 payment) was dropped, "
        "and the payout balance is 10,000.00 EUR again (it was 9,987.66 EUR)."
    )
    assert state.get("pay-1") is None and len(state.all_transactions()) == 300 and state.payout_balance() == 1_000_000
    assert state.challenge_tokens == {}
