"""settle() and reconcile_open() with a scripted gateway: what each /check answer means for each kind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from smartpay_desk.api.errors import GatewayUnavailable, OrderNotFound
from smartpay_desk.api.models import TransactionInfo
from smartpay_desk.api.said import said
from smartpay_desk.services.journal.states import FAILED, NEEDS_REVIEW, PROCESSING, SENT, SUCCEEDED, UNKNOWN
from smartpay_desk.services.journal.store import Journal, JournalEntry
from smartpay_desk.services.money.reconcile import reconcile_open, refund_review_note, review_reason, settle


class Script:
    """Answers /check from a list (the last answer repeats); an exception in the list is raised."""

    def __init__(self, *answers: TransactionInfo | Exception) -> None:
        self.answers = list(answers)
        self.calls = 0

    def check(self, order_id: str) -> TransactionInfo:
        self.calls += 1
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


def info(status: int, authorize_status: str | None = None, error: str | None = None) -> TransactionInfo:
    return TransactionInfo(order_id="o", status=status, authorize_status=authorize_status, errorMessage=error)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal.in_dir(tmp_path) as j:
        yield j


def sent(journal: Journal, kind: str = "withdrawal", order_id: str = "o", state: str = SENT) -> JournalEntry:
    e = journal.record_intent(kind=kind, order_id=order_id, profile="P", environment="sandbox", amount=100,
                              currency="EUR")  # fmt: skip
    if state != "pending":
        e = journal.update(e.id, SENT)
    if state not in ("pending", SENT):
        e = journal.update(e.id, state)
    return e


def no_sleep(_: float) -> None:
    return None


@pytest.mark.parametrize(
    ("kind", "answer", "state"),
    [
        ("withdrawal", info(2), SUCCEEDED),
        ("withdrawal", info(-1, error="INSUFFICIENT_FUNDS"), FAILED),
        ("authorize", info(1, "AUTHORIZED"), SUCCEEDED),
        ("capture", info(2, "CAPTURED"), SUCCEEDED),
        ("capture", info(1, "AUTHORIZED"), FAILED),
        ("cancel", info(-1, "CANCELLED"), SUCCEEDED),
        ("cancel", info(1, "AUTHORIZED"), FAILED),
        ("cancel", info(2, "CAPTURED"), FAILED),
    ],
)
def test_a_check_settles_each_kind(journal: Journal, kind: str, answer: TransactionInfo, state: str) -> None:
    entry = sent(journal, kind, state=UNKNOWN)
    assert settle(journal, Script(answer), entry, deadline_s=1, sleep=no_sleep).state == state


def test_not_found_twice_means_it_never_reached_the_gateway(journal: Journal) -> None:
    script = Script(OrderNotFound("no"))
    entry = settle(journal, script, sent(journal), deadline_s=1, first_delay_s=0.01, sleep=no_sleep,
                   not_found_grace_s=0)  # fmt: skip
    assert entry.state == FAILED and "never reached the gateway" in entry.note and script.calls == 2


def test_not_found_soon_after_sending_proves_nothing(journal: Journal) -> None:
    script = Script(OrderNotFound("no"))  # a slow request may still be on its way in
    entry = settle(journal, script, sent(journal), deadline_s=0.2, first_delay_s=0.05, sleep=no_sleep,
                   not_found_grace_s=60)  # fmt: skip
    assert entry.state == UNKNOWN and "does not (yet) know" in entry.note and script.calls >= 3


def test_a_single_not_found_is_not_enough(journal: Journal) -> None:
    script = Script(OrderNotFound("no"), info(2))  # the request arrived late
    assert settle(journal, script, sent(journal), deadline_s=1, sleep=no_sleep).state == SUCCEEDED


def test_processing_is_polled_until_the_deadline_and_then_left_processing(journal: Journal) -> None:
    script = Script(info(1))
    delays: list[float] = []
    entry = settle(journal, script, sent(journal), deadline_s=0.5, first_delay_s=0.1, sleep=delays.append)
    assert entry.state == PROCESSING and script.calls >= 2
    assert delays == sorted(delays) and len(journal.events(entry.id)) == 3  # no event per repeated answer


def test_a_check_that_keeps_failing_leaves_the_outcome_unknown(journal: Journal) -> None:
    entry = settle(journal, Script(GatewayUnavailable("HTTP 502")), sent(journal), deadline_s=0.2,
                   first_delay_s=0.05, sleep=no_sleep)  # fmt: skip
    assert entry.state == UNKNOWN and "could not check" in entry.note


def test_reconcile_never_resends_and_puts_refunds_up_for_review(journal: Journal) -> None:
    payout = sent(journal, "withdrawal", "po-1")
    never = sent(journal, "withdrawal", "po-2", state="pending")
    refund_sent = sent(journal, "refund", "pay-1")
    refund_pending = sent(journal, "refund", "pay-2", state="pending")
    script = Script(info(2), OrderNotFound("no"))
    outcomes = reconcile_open(journal, script, deadline_s=1, first_delay_s=0.01, sleep=no_sleep, not_found_grace_s=0)
    states = {o.entry.id: o.after for o in outcomes}
    assert states == {payout.id: SUCCEEDED, never.id: FAILED, refund_sent.id: NEEDS_REVIEW,
                      refund_pending.id: FAILED}  # fmt: skip
    assert "never reached" in journal.entry_by_id(never.id).note
    assert "not sent" in journal.entry_by_id(refund_pending.id).note
    assert all(str(o) for o in outcomes) and journal.open_entries() == []


@pytest.mark.parametrize("amount", [1000, None, 123_456_789])
@pytest.mark.parametrize("why", [None, "the desk stopped before its answer was recorded", "a (nested) reason"])
def test_the_reason_of_a_review_note_is_read_back_from_the_journals_words(
    journal: Journal, amount: int | None, why: str | None
) -> None:
    entry = journal.record_intent(kind="refund", order_id="o-7_x.1", profile="P", environment="sandbox",
                                  amount=amount, currency="EUR", request={})  # fmt: skip
    note = refund_review_note(entry, said(why) if why else None)
    kept = str(note)  # what the journal keeps and gives back: words, not a template
    assert review_reason(kept) == (why or "its answer was lost")


def test_a_note_in_other_words_has_no_reason_to_read() -> None:
    for note in (
        None,
        "",
        "paid out",
        "The refund for order o-1 may or may not have been made (lost). Look.",
        "x The refund for order o-1 may or may not have been made (lost). Look for it in a Refund report or "
        "the gateway's back office before refunding again, then mark this entry as succeeded or failed.",
    ):
        assert review_reason(note) is None, note
    lost = "The refund for order o-1 may or may not have been made ({why}). Look for it in a Refund report or the " \
           "gateway's back office before refunding again, then mark this entry as succeeded or failed."  # fmt: skip
    assert review_reason(lost.format(why="lost")) == "lost"
    assert review_reason(lost.format(why="a) (" * 200)) is None  # a damaged or hostile journal's: not looked into
