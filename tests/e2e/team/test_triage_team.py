"""Needs attention on a team journal (issue 16, services/recon/triage.py on PostgreSQL): what any desk of the team
leaves open shows in every desk's list (an outcome unknown, a refund waiting for review, a request waiting for
another person's approval, a report's difference nobody explained), and it leaves the list when a person settles it:
the review's verdict, the approval's decision (approved or rejected), the difference's explanation."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from smartpay_desk.services.journal.states import State
from smartpay_desk.services.recon.explain import explain
from smartpay_desk.services.recon.reconcile import reconcile
from smartpay_desk.services.recon.report import GatewayReport, ReportRow, scope_of
from smartpay_desk.services.recon.triage import Action, OpenItem, open_items
from smartpay_desk.services.team import approvals
from smartpay_desk.services.team.store import TeamJournal
from tests.team import Team


@pytest.fixture
def desks(team: Team, tmp_path: Path) -> Iterator[dict[str, TeamJournal]]:
    """The team's journal as clerk1, clerk2 and the two approvers' desks open it."""
    made = {role: TeamJournal(team.uri(role), tmp_path / role) for role in ("clerk1", "clerk2", "boss", "boss2")}
    yield made
    for journal in made.values():
        journal.close()


def listed(items: list[OpenItem]) -> list[tuple[str, str, Action]]:
    return [(i.source, i.order_id, i.action) for i in items]


def waiting_refund(journal: TeamJournal) -> int:
    """A refund whose answer was lost: unknown, then put aside for a person's verdict."""
    entry = journal.record_intent(kind="refund", order_id="tri-paid", profile="Sandbox", environment="sandbox",
                                  amount=200, currency="EUR")  # fmt: skip
    journal.update(entry.id, State.SENT)
    journal.update(entry.id, State.UNKNOWN)
    journal.update(entry.id, State.NEEDS_REVIEW, note="the answer was lost")
    return entry.id


def payout_request(journal: TeamJournal, order_id: str) -> approvals.Approval:
    return approvals.ask(
        journal, profile="Sandbox", environment="sandbox", kind="withdrawal", order_id=order_id, amount=90_000,
        currency="EUR", account=None, destination="+442079460612", fingerprint=None, reason="supplier",
        request={"amount": 90_000},
    )  # fmt: skip


def test_what_any_desk_leaves_open_shows_everywhere_and_leaves_when_settled(desks: dict[str, TeamJournal]) -> None:
    clerk1, clerk2, boss, boss2 = desks["clerk1"], desks["clerk2"], desks["boss"], desks["boss2"]
    unknown = clerk1.record_intent(kind="payment_h2h", order_id="tri-unknown", profile="Sandbox",
                                   environment="sandbox", amount=4200, currency="EUR")  # fmt: skip
    clerk1.update(unknown.id, State.SENT)
    clerk1.update(unknown.id, State.UNKNOWN)
    review = waiting_refund(clerk2)
    first, second = payout_request(clerk1, "tri-po-1"), payout_request(clerk2, "tri-po-2")
    today = date.today()
    made = datetime.now(UTC)
    web = ReportRow(0, 2, "tri-web", "Payment", "success", 1250, "EUR", int(made.timestamp() * 1000))
    report = GatewayReport(Path("june.xlsx"), [web])
    result = reconcile(clerk1, report, scope=scope_of(report, statuses=["success"], days=(today, today)))
    assert [(str(d.cls), d.order_id) for d in result.open] == [("report_only", "tri-web")]

    expected = [
        ("entry", "tri-unknown", Action.CHECK), ("entry", "tri-paid", Action.REVIEW),
        ("approval", "tri-po-1", Action.APPROVE), ("approval", "tri-po-2", Action.APPROVE),
        ("difference", "tri-web", Action.EXPLAIN),
    ]  # fmt: skip
    for desk in (clerk1, clerk2, boss):  # every desk of the team sees the same list, oldest first
        items = open_items(desk, differences=result.open, report="june.xlsx")
        assert sorted(listed(items)) == sorted(expected)
        assert [i.since for i in items] == sorted(i.since for i in items)
    by_order = {i.order_id: i for i in open_items(clerk2, differences=result.open)}
    assert by_order["tri-paid"].entry_id == review and "needs your verdict" in by_order["tri-paid"].sentence
    assert by_order["tri-po-2"].approval_id == second.id and "asked by clerk2" in by_order["tri-po-2"].sentence
    assert by_order["tri-po-1"].command == f"smartpay approvals approve {first.id}"

    approvals.approve(boss, first.id, "checked the invoice")  # another person decides: the request leaves
    approvals.reject(boss2, second.id, "not this supplier")
    clerk2.update(review, State.FAILED, note="marked failed by clerk2: the gateway has no such refund")
    made_note = explain(clerk2, result.open[0], "a website order: the shop's own checkout")
    assert made_note.operator == "clerk2"
    fresh = result.explained_by(clerk1.explanations())  # the explanation is every desk's (another desk's here)
    assert fresh.open == []
    left = open_items(clerk1, differences=fresh.open)
    assert listed(left) == [("entry", "tri-unknown", Action.CHECK)]  # only what nobody has settled yet
    clerk1.update(unknown.id, State.SUCCEEDED, note="the gateway says paid")
    assert open_items(boss, differences=fresh.open) == []
