"""An answer the journal cannot take after sending: kept beside the journal, reported as unknown, never as
"nothing was sent"; and a journal that fails before sending refuses with nothing sent (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from smartpay_desk.api.errors import OutcomeUnknown
from smartpay_desk.api.models import WithdrawalRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.journal.errors import JournalFull, JournalUnavailable, NotJournalled
from smartpay_desk.services.journal.fallback import fallback_path
from smartpay_desk.services.journal.states import State
from tests.unit.services.support import make_ops

PAYOUT = WithdrawalRequest(account="", amount=1250, order_id="po-disk", customer_phone="+442079460612",
                           payment_method="phone")  # fmt: skip


def _fail_after(ops: Any, monkeypatch: pytest.MonkeyPatch, states: set[str]) -> list[str]:
    """The journal's update raises JournalFull for the given states (the disk filled up meanwhile)."""
    real = ops.journal.update
    tried: list[str] = []

    def update(entry_id: int, state: str, **kw: Any) -> Any:
        tried.append(str(state))
        if str(state) in states:
            raise JournalFull("database or disk is full")
        return real(entry_id, state, **kw)

    monkeypatch.setattr(ops.journal, "update", update)
    return tried


def test_an_answer_that_cannot_be_journalled_is_unknown_and_kept(
    sandbox: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ops = make_ops(sandbox, tmp_path)
    try:
        before = ops.balance().available
        _fail_after(ops, monkeypatch, {State.PROCESSING, State.SUCCEEDED, State.UNKNOWN})
        with pytest.raises(NotJournalled) as caught:
            ops.payout(PAYOUT)
        assert isinstance(caught.value, OutcomeUnknown) and caught.value.sent
        said = caught.value.user_message()
        assert "nothing was sent" not in said.lower() and "sent" in said
        assert "po-disk" in sandbox.state.transactions  # the gateway has it: the money moved
        kept = [json.loads(line) for line in fallback_path(ops.journal.path).read_text().splitlines()]
        assert [(k["order_id"], k["amount"]) for k in kept] == [("po-disk", 1250)]
        assert ops.journal.entry("po-disk", profile=ops.profile.name).state == State.SENT  # the intent is known
        assert before >= ops.balance().available
    finally:
        ops.close()


def test_a_journal_that_fails_before_sending_refuses_and_sends_nothing(
    sandbox: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ops = make_ops(sandbox, tmp_path)
    try:
        _fail_after(ops, monkeypatch, {State.SENT})
        with pytest.raises(JournalUnavailable) as caught:
            ops.payout(PAYOUT)
        assert not isinstance(caught.value, NotJournalled) and not caught.value.sent
        assert "po-disk" not in sandbox.state.transactions
    finally:
        ops.close()
