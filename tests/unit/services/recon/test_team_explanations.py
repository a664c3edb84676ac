"""Explanations and triage on the team journal (PostgreSQL, schema version 2): who is the login, whatever the
desk says; append-only for everyone; every desk's requests for approval wait in the triage."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from smartpay_desk.services.recon.triage import Action, open_items
from smartpay_desk.services.team import approvals
from smartpay_desk.services.team.schema import latest
from smartpay_desk.services.team.store import TeamJournal
from tests.team import Team


@pytest.fixture
def clerk(team: Team, tmp_path: Path) -> Iterator[TeamJournal]:
    with TeamJournal(team.uri("clerk1"), tmp_path) as journal:
        yield journal


def test_the_server_records_who_explained_and_keeps_it(team: Team, clerk: TeamJournal, tmp_path: Path) -> None:
    assert latest() >= 2
    made = clerk.explain(report_kind="Payment", order_id="a", difference="amount_differs", note=" the bank's fee ",
                         operator="somebody else")  # fmt: skip
    assert (made.operator, made.note, made.key) == ("clerk1", "the bank's fee", ("Payment", "a", "amount_differs"))
    with TeamJournal(team.uri("clerk2"), tmp_path) as other:
        assert other.explanations() == [made]  # every desk sees it
        with pytest.raises(ValueError, match="needs a note"):
            other.explain(report_kind="Payment", order_id="a", difference="amount_differs", note="  ")
    for statement in ("UPDATE smartpay.explanations SET note = 'x'", "DELETE FROM smartpay.explanations",
                      "TRUNCATE smartpay.explanations"):  # fmt: skip
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            team.sql(statement)  # not even the owner
    with psycopg.connect(team.uri("clerk1"), autocommit=True) as conn:
        conn.execute("INSERT INTO smartpay.explanations (operator, report_kind, order_id, difference, note)"
                     " VALUES ('boss', 'Payment', 'b', 'report_only', 'forged name')")  # fmt: skip
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE smartpay.explanations SET note = 'x'")
    assert [x.operator for x in clerk.explanations()] == ["clerk1", "clerk1"]


def test_requests_for_approval_wait_in_the_triage(clerk: TeamJournal) -> None:
    asked = approvals.ask(
        clerk, profile="P", environment="sandbox", kind="refund", order_id="pay-9", amount=50_000, currency="EUR",
        account=None, destination=None, fingerprint=None, reason="damaged", request={"amount": 50_000},
    )  # fmt: skip
    items = open_items(clerk)
    assert [(i.source, i.approval_id, i.action) for i in items] == [("approval", asked.id, Action.APPROVE)]
    assert items[0].command == f"smartpay approvals approve {asked.id}"
    assert "refund of 500.00 EUR for order pay-9, asked by clerk1, waits" in items[0].sentence
