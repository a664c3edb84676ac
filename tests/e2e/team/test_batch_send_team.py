"""A batch on a team journal (services/batch/send.py with services/team/batch_approvals.py): above the team's policy
the whole batch becomes one request and nothing is sent; sending the file again while it waits asks nothing new;
once another person approves it, every row is sent once, each released against the rows approved; a rejected
request is asked anew; a batch below the policy is sent at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.batch import results as res
from smartpay_desk.services.batch.model import CheckedBatch
from smartpay_desk.services.batch.send import send_batch
from smartpay_desk.services.money.operations import OperationsService
from smartpay_desk.services.team import approvals, batch_approvals
from smartpay_desk.services.team.store import TeamJournal
from tests.e2e.team.test_team_journal import KEY, desk
from tests.team import Team
from tests.unit.services.batch.send_support import payout_batch, payout_row, refused_row

BATCH = "fedcba9876543210"


@pytest.fixture
def desks(sandbox: SandboxServer, team: Team, tmp_path: Path) -> Iterator[dict[str, OperationsService]]:
    made = {role: desk(sandbox, team, role, tmp_path / role) for role in ("clerk1", "clerk2", "boss")}
    approvals.set_policy(tj(made["boss"]), "EUR", 10_000)
    yield made
    for ops in made.values():
        ops.close()


def tj(ops: OperationsService) -> TeamJournal:
    assert isinstance(ops.journal, TeamJournal)
    return ops.journal


def batch(*amounts: int) -> CheckedBatch:
    rows = [payout_row(BATCH, n, amount, key=KEY) for n, amount in enumerate(amounts, start=2)]
    return payout_batch([*rows, refused_row(len(amounts) + 2)], batch_id=BATCH)


def paid(sandbox: SandboxServer) -> int:
    return len(sandbox.received.of("/withdrawal/init"))


def test_above_the_policy_one_request_then_every_row_once_approved(
    desks: dict[str, OperationsService], sandbox: SandboxServer
) -> None:
    checked = batch(4_000, 5_000, 3_000)
    waiting = send_batch(checked, desks["clerk1"])
    assert paid(sandbox) == 0 and waiting.approval_id is not None
    assert waiting.counts == {res.WAITING: 3, res.REFUSED: 1}
    assert (
        f"Request {waiting.approval_id} was made" in waiting.sentence
        and "3 payouts, 120.00 EUR in all" in waiting.sentence
    )
    request = approvals.get(tj(desks["boss"]), waiting.approval_id)
    assert request.batch is not None and request.batch["count"] == 3 and request.amount == 12_000
    assert [ln.row for ln in batch_approvals.lines(tj(desks["boss"]), request.id)] == [2, 3, 4]

    again = send_batch(checked, desks["clerk2"])
    assert again.approval_id == waiting.approval_id and "is still waiting" in again.sentence and paid(sandbox) == 0

    approvals.approve(tj(desks["boss"]), request.id, "checked the file")
    sent = send_batch(checked, desks["clerk1"], wait_s=5)
    assert sent.approval_id is None and sent.counts == {res.SUCCEEDED: 3, res.REFUSED: 1}, sent.rows
    assert paid(sandbox) == 3
    progress = batch_approvals.progress(tj(desks["boss"]), request.id)
    assert (progress.count, progress.sent, progress.succeeded) == (3, 3, 3)

    final = send_batch(checked, desks["clerk2"])
    assert paid(sandbox) == 3 and final.counts == {res.SUCCEEDED: 3, res.REFUSED: 1}


def test_a_rejected_request_is_asked_anew(desks: dict[str, OperationsService], sandbox: SandboxServer) -> None:
    checked = batch(6_000, 6_000)
    first = send_batch(checked, desks["clerk1"])
    assert first.approval_id is not None
    approvals.reject(tj(desks["boss"]), first.approval_id, "not this month")
    second = send_batch(checked, desks["clerk1"])
    assert second.approval_id not in (None, first.approval_id) and paid(sandbox) == 0


def test_below_the_policy_the_batch_is_sent_at_once(
    desks: dict[str, OperationsService], sandbox: SandboxServer
) -> None:
    checked = batch(2_000, 3_000)
    outcome = send_batch(checked, desks["clerk1"])
    assert outcome.approval_id is None and paid(sandbox) == 2
    assert len(outcome.of(res.PROCESSING, res.SUCCEEDED)) == 2
