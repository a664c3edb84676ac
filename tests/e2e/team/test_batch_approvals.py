"""Batch approvals on a real team journal (issue 15): a batch above the policy is one request (total, count,
largest row), approved by another person, then sent row for row through the money services, each row checked by
the server against the rows approved: a row not in the batch, another amount or destination, a second release, an
expired or rejected request are refused before anything is written or sent; a row is released again only after
its earlier release failed; two desks releasing one row at once release it once; nothing holds a card number."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql

from smartpay_desk.api.models import WithdrawalRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.journal.states import State
from smartpay_desk.services.money.fingerprint import fingerprint
from smartpay_desk.services.money.guards import DUPLICATE, DuplicateOrder, GuardRefused
from smartpay_desk.services.money.operations import OperationsService
from smartpay_desk.services.money.sending import OperationResult
from smartpay_desk.services.team import approvals, batch_approvals
from smartpay_desk.services.team.approvals import Approval
from smartpay_desk.services.team.batch_approvals import BatchLine
from smartpay_desk.services.team.batch_refusals import BatchRefused
from smartpay_desk.services.team.connect import TeamJournalRefused
from smartpay_desk.services.team.release import release, releasing
from smartpay_desk.services.team.store import TeamJournal
from tests.e2e.team.test_team_journal import KEY, desk, paid
from tests.support import DECLINED_CARD, FRICTIONLESS_CARD
from tests.team import Team

BATCH = "0123456789abcdef"
GOOD = FRICTIONLESS_CARD
OTHER_CARD = "5555555555554444"  # Luhn-valid, another card: another fingerprint


@pytest.fixture
def desks(sandbox: SandboxServer, team: Team, tmp_path: Path) -> Iterator[dict[str, OperationsService]]:
    made = {role: desk(sandbox, team, role, tmp_path / role) for role in ("clerk1", "clerk2", "boss", "boss2")}
    approvals.set_policy(tj(made["boss"]), "EUR", 10_000)
    yield made
    for ops in made.values():
        ops.close()


def tj(ops: OperationsService) -> TeamJournal:
    journal = ops.journal
    assert isinstance(journal, TeamJournal)
    return journal


def card_payout(order_id: str, amount: int, number: str = GOOD) -> WithdrawalRequest:
    return WithdrawalRequest(account="", amount=amount, order_id=order_id, customer_card_number=number,
                             customer_card_exp_month="12", customer_card_exp_year="30")  # fmt: skip


def line(row: int, req: WithdrawalRequest) -> BatchLine:
    return BatchLine(row, req.order_id, req.amount, fingerprint(KEY, req) or "", req.destination)


def ask(ops: OperationsService, lines: list[BatchLine], *, kind: str = "withdrawal", batch: str = BATCH,
        expires_after: timedelta = approvals.EXPIRES_AFTER) -> Approval:  # fmt: skip
    return batch_approvals.ask(
        tj(ops), batch_id=batch, kind=kind, profile=ops.profile.name, environment=ops.profile.environment.value,
        currency="EUR", account=ops.profile.payout_account, lines=lines, reason="suppliers of March",
        file_name="march.xlsx", expires_after=expires_after,
    )  # fmt: skip


def approved(desks: dict[str, OperationsService], lines: list[BatchLine], **kw: Any) -> Approval:
    asked = ask(desks["clerk1"], lines, **kw)
    return approvals.approve(tj(desks["boss"]), asked.id, "checked the file")


def settled(ops: OperationsService, result: OperationResult) -> str:
    """The payout's final state (the sandbox settles an accepted payout a moment later)."""
    assert result.state in (State.PROCESSING, State.SUCCEEDED, State.FAILED), result
    return str(ops.wait_final(result.order_id, 5.0).state)


def sent_to(sandbox: SandboxServer, path: str) -> list[str]:
    return [q.order_id or "" for q in sandbox.received.of() if q.path == path]


def claim(ops: OperationsService, order_id: str, amount: int, approval_id: int, print_: str) -> Any:
    """A batch row's claim as the sending engine makes it, on the journal alone (nothing sent)."""
    return tj(ops).record_intent(
        kind="withdrawal", order_id=order_id, profile=ops.profile.name, environment="sandbox", amount=amount,
        currency="EUR", account=ops.profile.payout_account, fingerprint=print_, approval_id=approval_id,
    )  # fmt: skip


def at_once(calls: list[Callable[[], object]]) -> list[object]:
    """Run the calls in threads released together; each one's result or exception."""
    start = threading.Barrier(len(calls))
    out: list[object] = [None] * len(calls)

    def go(i: int) -> None:
        start.wait()
        try:
            out[i] = calls[i]()
        except Exception as exc:  # the outcome is what the test looks at
            out[i] = exc

    threads = [threading.Thread(target=go, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return out


def test_needed_says_which_currencies_reach_the_policy(desks: dict[str, OperationsService]) -> None:
    journal = tj(desks["clerk1"])
    assert batch_approvals.needed(journal, "withdrawal", {"EUR": 9_999}) == {}
    assert batch_approvals.needed(journal, "withdrawal", {"EUR": 10_000}) == {"EUR": 10_000}
    assert batch_approvals.needed(journal, "payout", {"EUR": 50_000, "USD": 50_000}) == {"EUR": 10_000}
    assert batch_approvals.needed(journal, "refund", {"EUR": 10_001, "GBP": 0}) == {"EUR": 10_000}
    assert batch_approvals.needed(object(), "refund", {"EUR": 10**9}) == {}  # a desk's own journal: no four-eyes
    approvals.set_policy(tj(desks["boss"]), "EUR", None)
    assert batch_approvals.needed(journal, "withdrawal", {"EUR": 10**9}) == {}
    with pytest.raises(ValueError, match="payouts or refunds"):
        batch_approvals.needed(journal, "capture", {"EUR": 1})


def test_a_batch_is_one_request_approved_by_another_person_then_sent_row_for_row(
    desks: dict[str, OperationsService], sandbox: SandboxServer
) -> None:
    clerk, boss = desks["clerk1"], desks["boss"]
    rows = [card_payout("po-b1", 4_000), card_payout("po-b2", 12_000), card_payout("po-b3", 5_000)]
    lines = [line(2 + i, req) for i, req in enumerate(rows)]
    asked = ask(clerk, lines)
    assert (asked.state, asked.requested_by, asked.amount, asked.order_id) == ("requested", "clerk1", 21_000,
                                                                               f"batch:{BATCH}")  # fmt: skip
    assert asked.batch == {"id": BATCH, "file_name": "march.xlsx", "count": 3, "total": 21_000,
                           "largest": {"row": 3, "order_id": "po-b2", "amount": 12_000,
                                       "destination": "card 401200******3010"}}  # fmt: skip
    assert asked.destination == "3 rows of march.xlsx" and not asked.card_payout
    said = "Batch march.xlsx: 3 payouts, 210.00 EUR in all, the largest 120.00 EUR (row 3)"
    assert batch_approvals.describe(asked) == said and asked.reason == f"{said}. suppliers of March"
    assert asked.to_dict()["batch"]["count"] == 3
    assert ask(desks["clerk2"], lines).id == asked.id  # asked once, whoever asks again
    assert batch_approvals.lines(tj(boss), asked.id) == lines
    assert batch_approvals.find(tj(boss), BATCH, "EUR") == asked
    assert batch_approvals.find(tj(boss), BATCH, "USD") is None

    with releasing(asked.id), pytest.raises(BatchRefused, match="still waiting for another person's approval"):
        clerk.payout(rows[0])
    with pytest.raises(TeamJournalRefused, match="only an approver"):
        approvals.approve(tj(clerk), asked.id)
    mine = ask(desks["boss2"], [line(2, card_payout("po-own", 20_000))], batch="fedcba9876543210")
    with pytest.raises(TeamJournalRefused, match="another person must decide"):
        approvals.approve(tj(desks["boss2"]), mine.id)
    assert approvals.approve(tj(boss), asked.id).decided_by == "boss"

    with releasing(asked.id):
        results = [clerk.payout(req) for req in rows]
    assert [settled(clerk, r) for r in results] == [State.SUCCEEDED] * 3
    order_ids = ["po-b1", "po-b2", "po-b3"]
    assert sorted(sent_to(sandbox, "/withdrawal/init")) == order_ids  # 120.00 EUR too: no hold of its own
    entries = tj(boss).entries(newest_first=False)
    assert [(e.order_id, e.operator, e.state) for e in entries] == [(o, "clerk1", "succeeded") for o in order_ids]
    assert batch_approvals.progress(tj(boss), asked.id) == batch_approvals.BatchProgress(3, 3, 3, 0, 0)
    assert approvals.get(tj(boss), asked.id).state == "approved"  # it stays approved for its rows
    with pytest.raises(GuardRefused, match="sent from the file, row for row"):
        release(boss, asked.id)


def test_what_the_batch_did_not_approve_is_refused_before_anything_is_sent(
    desks: dict[str, OperationsService], sandbox: SandboxServer
) -> None:
    clerk = desks["clerk2"]
    rows = [card_payout("po-c1", 6_000), card_payout("po-c2", 7_000), card_payout("po-c1-3", 8_000)]
    request = approved(desks, [line(2, rows[0]), line(3, rows[1]), line(4, rows[2])])
    with releasing(request.id):
        with pytest.raises(BatchRefused, match="Order po-c9 is not a row of batch request"):
            clerk.payout(card_payout("po-c9", 6_000))
        with pytest.raises(BatchRefused, match=r"Row 4 .* approved for 80\.00 EUR, not 60\.00 EUR"):
            clerk.payout(card_payout("po-c1-3", 6_000))  # a row's own order id is that row, not an attempt of row 2
        with pytest.raises(BatchRefused, match=r"Row 2 .* approved for 60\.00 EUR, not 60\.01 EUR"):
            clerk.payout(card_payout("po-c1", 6_001))
        with pytest.raises(BatchRefused, match=r"Row 3 .* approved to pay card 401200\*+3010, and this is another"):
            clerk.payout(card_payout("po-c2", 7_000, OTHER_CARD))
        assert sent_to(sandbox, "/withdrawal/init") == [] and tj(clerk).entries() == []
        assert settled(clerk, clerk.payout(rows[0])) == State.SUCCEEDED
        with pytest.raises(DuplicateOrder, match="already used"):
            clerk.payout(rows[0])  # the same order id: the team's claim refuses it first
        with pytest.raises(BatchRefused, match=r"Row 2 of batch request \d+ was sent already as journal entry \d+ "
                                               r"\(succeeded\); it is not sent again"):  # fmt: skip
            clerk.payout(
                card_payout("po-c1-2", 6_000), confirmed={DUPLICATE}
            )  # a later attempt of a row that succeeded
    assert sent_to(sandbox, "/withdrawal/init") == ["po-c1"]
    with releasing(request.id), pytest.raises(BatchRefused, match="approved another account"):
        tj(clerk).record_intent(kind="withdrawal", order_id="po-c2", profile="Sandbox", environment="sandbox",
                                amount=7_000, currency="EUR", account="another-account",
                                fingerprint=line(3, rows[1]).fingerprint, approval_id=request.id)  # fmt: skip


def test_a_row_is_released_again_only_when_its_earlier_release_failed(
    desks: dict[str, OperationsService], sandbox: SandboxServer, team: Team
) -> None:
    clerk = desks["clerk1"]
    declined, open_ = card_payout("po-d1", 6_000, DECLINED_CARD), card_payout("po-d2", 7_000)
    request = approved(desks, [line(2, declined), line(3, open_)])
    with releasing(request.id):
        assert clerk.payout(declined).state == State.FAILED  # the gateway declined it
        assert clerk.payout(card_payout("po-d1-2", 6_000, DECLINED_CARD)).state == State.FAILED  # attempt 2
    assert sent_to(sandbox, "/withdrawal/init") == ["po-d1", "po-d1-2"]
    print_ = line(3, open_).fingerprint
    first = claim(clerk, "po-d2", 7_000, request.id, print_)  # written, not sent yet (another desk sending it)
    with pytest.raises(BatchRefused, match=rf"Row 3 .* as journal entry {first.id} \(written, not yet sent\)"):
        claim(desks["clerk2"], "po-d2-2", 7_000, request.id, print_)
    tj(clerk).update(first.id, State.FAILED, note="never reached the gateway")
    again = claim(desks["clerk2"], "po-d2-2", 7_000, request.id, print_)
    assert again.state == State.PENDING and again.operator == "clerk2"
    assert batch_approvals.progress(tj(clerk), request.id) == batch_approvals.BatchProgress(2, 2, 0, 1, 1)
    with psycopg.connect(team.uri("clerk1")) as conn:
        released = conn.execute(
            "SELECT line_row, count(*) FROM smartpay.approval_events WHERE approval_id = %s AND action = 'released'"
            " GROUP BY line_row ORDER BY 1",
            (request.id,),
        ).fetchall()
    assert released == [(2, 2), (3, 2)]


def test_two_desks_releasing_one_row_at_once_release_it_once(
    desks: dict[str, OperationsService], sandbox: SandboxServer
) -> None:
    a, b = desks["clerk1"], desks["clerk2"]
    rows = [card_payout(f"po-r{i}", 3_000 + i) for i in range(6)]
    lines = [line(2 + i, req) for i, req in enumerate(rows)]
    request = approved(desks, lines)
    for ln in lines[:3]:  # later attempts under order ids of their own: only the row's lock stands between them
        out = at_once([partial(claim, a, f"{ln.order_id}-2", ln.amount, request.id, ln.fingerprint),
                       partial(claim, b, f"{ln.order_id}-3", ln.amount, request.id, ln.fingerprint)])  # fmt: skip
        assert sum(isinstance(o, BatchRefused) and "was sent already" in str(o) for o in out) == 1, out
        assert sum(getattr(o, "state", None) == State.PENDING for o in out) == 1, out

    def send(ops: OperationsService, req: WithdrawalRequest) -> OperationResult:
        with releasing(request.id):
            return ops.payout(req)

    for req in rows[3:]:  # the whole engine, the same row from two desks
        out = at_once([partial(send, a, req), partial(send, b, req)])
        assert sorted(type(o).__name__ for o in out) == ["OperationResult", "UsedByTheTeam"], out
    assert sorted(sent_to(sandbox, "/withdrawal/init")) == ["po-r3", "po-r4", "po-r5"]
    assert len(tj(a).entries()) == 6


def test_a_rejected_or_expired_batch_sends_nothing(desks: dict[str, OperationsService], sandbox: SandboxServer) -> None:
    clerk = desks["clerk1"]
    req = card_payout("po-e1", 15_000)
    rejected = ask(clerk, [line(2, req)])
    approvals.reject(tj(desks["boss"]), rejected.id, "not this month")
    with releasing(rejected.id), pytest.raises(BatchRefused, match="rejected by boss: not this month"):
        clerk.payout(req)
    late = approved(desks, [line(2, req)], batch="fedcba9876543210", expires_after=timedelta(seconds=2))
    time.sleep(2.1)
    with releasing(late.id), pytest.raises(BatchRefused, match=r"expired at .* UTC; the rows not sent by then"):
        clerk.payout(req)
    found = batch_approvals.find(tj(clerk), "fedcba9876543210", "EUR")
    assert found is not None and found.state == "expired"
    with releasing(late.id), pytest.raises(BatchRefused, match="has expired; its rows are not sent"):
        clerk.payout(req)
    assert sent_to(sandbox, "/withdrawal/init") == [] and tj(clerk).entries() == []
    renewed = ask(clerk, [line(2, req)], batch="fedcba9876543210")  # asked again: a new request
    assert renewed.id != late.id and renewed.state == "requested"


def test_a_refund_batch_releases_each_order_refunded_once(
    desks: dict[str, OperationsService], sandbox: SandboxServer
) -> None:
    for order in ("ord-f1", "ord-f2", "ord-f3"):
        paid(sandbox, order, 20_000)
    clerk = desks["clerk2"]
    lines = [BatchLine(2, "ord-f1", 8_000), BatchLine(3, "ord-f2", 5_000)]
    request = approved(desks, lines, kind="refund")
    assert (request.kind, request.account, request.amount) == ("refund", "", 13_000)
    with releasing(request.id):
        with pytest.raises(BatchRefused, match="Order ord-f3 is not a row"):
            clerk.refund("ord-f3", 5_000, "cancelled event")
        with pytest.raises(BatchRefused, match=r"approved for 50\.00 EUR, not 40\.00 EUR"):
            clerk.refund("ord-f2", 4_000, "cancelled event")
        assert clerk.refund("ord-f1", 8_000, "cancelled event").state == State.SUCCEEDED
        assert clerk.refund("ord-f2", 5_000, "cancelled event").state == State.SUCCEEDED
        with pytest.raises(BatchRefused, match=r"Row 2 of batch request \d+ was sent already as journal entry"):
            clerk.refund("ord-f1", 8_000, "again")  # 120.00 EUR is still refundable: the batch approved one
    assert sorted(sent_to(sandbox, "/refund")) == ["ord-f1", "ord-f2"]


def test_nothing_the_team_keeps_holds_a_card_number(
    desks: dict[str, OperationsService], sandbox: SandboxServer, team: Team
) -> None:
    rows = [card_payout("po-s1", 6_000), card_payout("po-s2", 7_000, OTHER_CARD)]
    careless = [BatchLine(2, "po-s1", 6_000, line(2, rows[0]).fingerprint, f"card {GOOD}"),  # unmasked by mistake
                line(3, rows[1])]  # fmt: skip
    request = batch_approvals.ask(
        tj(desks["clerk1"]), batch_id=BATCH, kind="payout", profile="Sandbox", environment="sandbox", currency="EUR",
        account=desks["clerk1"].profile.payout_account, lines=careless, reason=f"for card {OTHER_CARD}",
        file_name=f"{GOOD}.xlsx",
    )  # fmt: skip
    approvals.approve(tj(desks["boss"]), request.id)
    with releasing(request.id):
        assert [settled(desks["clerk1"], desks["clerk1"].payout(r)) for r in rows] == [State.SUCCEEDED, State.FAILED]
    with psycopg.connect(team.uri()) as conn:
        tables = [t for (t,) in conn.execute("SELECT table_name FROM information_schema.tables"
                                             " WHERE table_schema = 'smartpay'")]  # fmt: skip
        stored = " ".join(
            str(row)
            for t in tables
            for row in conn.execute(sql.SQL("SELECT * FROM smartpay.{}").format(sql.Identifier(t)))
        )
    assert "approval_lines" in tables and "po-s1" in stored and "401200" in stored
    for number in (GOOD, OTHER_CARD):
        assert number not in stored
