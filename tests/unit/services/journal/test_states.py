"""Journal states and kinds as StrEnums: the same strings on disk, and the properties callers use."""

from __future__ import annotations

import ast
from pathlib import Path

from smartpay_desk.services.journal import states
from smartpay_desk.services.journal.states import Kind, State


def test_members_are_the_strings_the_journal_stores() -> None:
    assert State.SUCCEEDED == "succeeded" and f"{State.NEEDS_REVIEW}" == "needs_review"
    assert {"pending": 1}[State.PENDING] == 1  # a plain string read back from disk finds the member's entry
    assert states.SUCCEEDED is State.SUCCEEDED and states.REFUND is Kind.REFUND
    assert tuple(Kind) == states.KINDS and tuple(State) == states.STATES


def test_open_final_and_transitions() -> None:
    assert [s for s in State if s.is_open] == [State.PENDING, State.SENT, State.PROCESSING, State.UNKNOWN]
    assert [s for s in State if s.is_final] == [State.SUCCEEDED, State.FAILED]
    assert not State.NEEDS_REVIEW.is_open and not State.NEEDS_REVIEW.is_final
    assert State.NEEDS_REVIEW.next_states == (State.SUCCEEDED, State.FAILED)
    assert State.UNKNOWN.may_become("processing") and not State.SUCCEEDED.may_become("failed")
    assert states.OPEN_STATES == (State.PENDING, State.SENT, State.PROCESSING, State.UNKNOWN)
    assert states.TRANSITIONS["pending"] == State.PENDING.next_states


def test_words() -> None:
    assert State.UNKNOWN.words == "outcome unknown: checking" == states.STATE_WORDS["unknown"]
    assert Kind.WITHDRAWAL.words == "payout" == states.KIND_WORDS["withdrawal"]
    assert all(k.words for k in Kind) and all(s.words for s in State)


def test_kinds_that_create_an_order_move_money_or_follow_up() -> None:
    assert states.NEW_ORDER_KINDS == (
        Kind.PAYMENT_LINK, Kind.PAYMENT_H2H, Kind.AUTHORIZE, Kind.RECURRENT, Kind.WITHDRAWAL,
    )  # fmt: skip
    assert states.FOLLOW_UP_KINDS == (Kind.CAPTURE, Kind.CANCEL, Kind.REFUND)
    assert all(k.creates_order != k.is_follow_up for k in Kind)
    assert [k for k in Kind if not k.moves_money] == [Kind.PAYMENT_LINK]


def test_the_refusals_are_still_found_here_and_the_module_imports_only_enum() -> None:
    from smartpay_desk.services.money.guards import DuplicateOrder, GuardRefused

    assert states.GuardRefused is GuardRefused and states.DuplicateOrder is DuplicateOrder
    tree = ast.parse(Path(states.__file__).read_text(encoding="utf-8"))
    top = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert sorted(n.module or "" for n in top if isinstance(n, ast.ImportFrom)) == ["__future__", "enum", "typing"]
