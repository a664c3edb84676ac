"""The team journal's side of the batch's journal interface (keyed follow-ups, entries_for, first_requests) and
schema version 3: an older team journal is refused by the desk until its owner runs `team init`, which brings it up
to date keeping what it holds; a newer one is refused as before."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import psycopg
import pytest

from smartpay_desk.services.journal.migrations import JournalTooNew
from smartpay_desk.services.journal.states import State
from smartpay_desk.services.money.guards import DuplicateOrder
from smartpay_desk.services.team import admin, approvals, batch_approvals, schema, store
from smartpay_desk.services.team.batch_approvals import BatchLine
from smartpay_desk.services.team.connect import TeamJournalRefused
from smartpay_desk.services.team.store import TeamJournal
from tests.e2e.team.test_batch_approvals import at_once
from tests.team import PASSWORD, Team


@pytest.fixture
def clerks(team: Team, tmp_path: Path) -> Iterator[tuple[TeamJournal, TeamJournal]]:
    with TeamJournal(team.uri("clerk1"), tmp_path / "1") as a, TeamJournal(team.uri("clerk2"), tmp_path / "2") as b:
        yield a, b


def refund(journal: TeamJournal, order: str, key: str | None) -> Any:
    return journal.record_intent(kind="refund", order_id=order, profile="Sandbox", environment="sandbox",
                                 amount=100, currency="EUR", key=key)  # fmt: skip


def test_a_keyed_follow_up_is_recorded_once_even_by_two_desks_at_once(clerks: tuple[TeamJournal, TeamJournal]) -> None:
    a, b = clerks
    first = refund(a, "ord-k", "batch-abc-r12")
    assert first.ref == "refund:ord-k:batch-abc-r12"
    a.update(first.id, State.FAILED, note="declined")
    with pytest.raises(DuplicateOrder, match=rf"this refund \(key batch-abc-r12\) was already recorded as journal "
                                             rf"entry {first.id} \(failed, by clerk1\)"):  # fmt: skip
        refund(b, "ord-k", "batch-abc-r12")
    assert refund(b, "ord-k", "batch-abc-r12-a2").ref == "refund:ord-k:batch-abc-r12-a2"
    assert refund(a, "ord-other", None).ref.startswith("refund:ord-other:")  # no key: as before
    payout = a.record_intent(kind="withdrawal", order_id="po-k", profile="Sandbox", environment="sandbox",
                             amount=100, currency="EUR", key="ignored")  # fmt: skip
    assert payout.ref == "po-k"
    for i in range(5):  # two connections claiming one key at the same moment: one wins, the other is told
        out = at_once([partial(refund, a, f"ord-race-{i}", "k"), partial(refund, b, f"ord-race-{i}", "k")])
        assert sorted(type(o).__name__ for o in out) == ["JournalEntry", "KeyUsedByTheTeam"], out
    assert len(a.entries(kind="refund")) == 3 + 5


def test_entries_for_and_first_requests_read_many_at_once(clerks: tuple[TeamJournal, TeamJournal]) -> None:
    journal, other = clerks
    made = []
    for i in range(30):
        made.append(journal.record_intent(kind="withdrawal", order_id=f"po-m{i}", profile="Sandbox",
                                          environment="sandbox", amount=100 + i, currency="EUR",
                                          request={"n": i} if i % 3 else None))  # fmt: skip
    refunded = journal.record_intent(kind="refund", order_id="po-m4", profile="Other", environment="sandbox",
                                     amount=50, currency="EUR", request={"reason": "r"})  # fmt: skip
    found = other.entries_for(["po-m4", "po-m2", "missing", "po-m29"], profile="ignored")
    assert [(e.order_id, e.kind) for e in found] == [("po-m2", "withdrawal"), ("po-m4", "withdrawal"),
                                                      ("po-m29", "withdrawal"), ("po-m4", "refund")]  # fmt: skip
    assert journal.entries_for([]) == [] and journal.entries_for(("missing",)) == []
    firsts = other.first_requests([e.id for e in made] + [refunded.id, 10**9])
    assert firsts == {**{e.id: {"n": i} for i, e in enumerate(made) if i % 3}, refunded.id: {"reason": "r"}}
    assert firsts[made[1].id] == journal.events(made[1].id)[0].request
    assert journal.first_requests([]) == {}


def test_an_older_team_journal_is_brought_up_to_date_and_a_newer_one_refused(
    team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dbname = f"team_old_{uuid.uuid4().hex[:8]}"
    team.cluster.sql(f"CREATE DATABASE {dbname}")
    owner, clerk = team.cluster.dsn(dbname=dbname), team.cluster.dsn("clerk1", PASSWORD, dbname=dbname)
    with monkeypatch.context() as m:  # the team journal as the previous release made it
        m.setattr(admin, "VERSIONS", schema.VERSIONS[:2])
        m.setattr(admin, "latest", lambda: 2)
        m.setattr(store, "latest", lambda: 2)
        assert admin.init(owner) == (0, 2)
        with TeamJournal(clerk, tmp_path) as old:
            written = old.record_intent(kind="withdrawal", order_id="po-old", profile="Sandbox",
                                        environment="sandbox", amount=100, currency="EUR")  # fmt: skip
            old.update(written.id, State.FAILED, note="declined")
    with psycopg.connect(clerk, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO smartpay.approvals (profile, environment, kind, order_id, amount, currency, expires_at)"
            " VALUES ('Sandbox', 'sandbox', 'refund', 'ord-old', 500, 'EUR', now() + '1 day')"
        )
    with pytest.raises(TeamJournalRefused, match=r"version 2 and this desk needs version 3: .*smartpay team init"):
        TeamJournal(clerk, tmp_path)
    assert admin.init(owner) == (2, 3)
    with TeamJournal(clerk, tmp_path) as now:
        assert [(e.order_id, e.state) for e in now.entries()] == [("po-old", "failed")]
        assert now.verify() == []  # every chain still holds
        [kept] = approvals.requests(now)
        assert (kept.order_id, kept.batch_id, kept.batch) == ("ord-old", None, None)
        assert refund(now, "ord-new", "batch-x-r2").ref == "refund:ord-new:batch-x-r2"
        asked = batch_approvals.ask(now, batch_id="b" * 16, kind="refund", profile="Sandbox", environment="sandbox",
                                    currency="EUR", account=None, lines=[BatchLine(2, "ord-new", 700)], reason="",
                                    file_name="r.csv")  # fmt: skip
        assert (asked.amount, asked.batch_id, asked.reason) == (700, "b" * 16, "Batch r.csv: 1 refund, 7.00 EUR in "
                                                                "all, the largest 7.00 EUR (row 2)")  # fmt: skip
    team.cluster.sql("UPDATE smartpay.meta SET value = '4' WHERE key = 'schema_version'", dbname=dbname)
    with pytest.raises(JournalTooNew, match="version 4"):
        TeamJournal(clerk, tmp_path)
    with pytest.raises(TeamJournalRefused, match="version 4; this program knows 3"):
        admin.init(owner)


def test_a_clerk_cannot_write_or_change_a_batch_requests_rows(
    clerks: tuple[TeamJournal, TeamJournal], team: Team
) -> None:
    a, _ = clerks
    asked = batch_approvals.ask(a, batch_id="c" * 16, kind="refund", profile="Sandbox", environment="sandbox",
                                currency="EUR", account=None, lines=[BatchLine(2, "ord-1", 700)], reason="",
                                file_name="r.csv")  # fmt: skip
    with psycopg.connect(team.uri("clerk2"), autocommit=True) as conn:
        for statement, args in (
            ("INSERT INTO smartpay.approval_lines VALUES (%s, 3, 'ord-2', 100, '', '')", (asked.id,)),
            ("UPDATE smartpay.approval_lines SET amount = 1", ()),
            ("DELETE FROM smartpay.approval_lines", ()),
            ("UPDATE smartpay.approvals SET batch_id = 'x' WHERE id = %s", (asked.id,)),
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement, args)
        made = conn.execute("INSERT INTO smartpay.approvals (profile, environment, kind, order_id, amount, currency,"
                            " expires_at, batch_id) VALUES ('P', 'sandbox', 'refund', 'ord-3', 5, 'EUR',"
                            " now() + '1 day', 'cccccccccccccccc') RETURNING batch_id").fetchone()  # fmt: skip
        assert made == (None,)  # a batch is made only by smartpay.ask_batch
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        team.sql("UPDATE smartpay.approval_lines SET amount = 1")  # not even the owner
    assert batch_approvals.lines(a, asked.id) == [BatchLine(2, "ord-1", 700)]
    assert batch_approvals.find(a, "c" * 16, "EUR") == asked
    with pytest.raises(ValueError, match="Row 2 is in the batch twice"):
        batch_approvals.ask(a, batch_id="d" * 16, kind="refund", profile="P", environment="sandbox", currency="EUR",
                            account=None, lines=[BatchLine(2, "o", 1), BatchLine(2, "p", 1)], reason="",
                            file_name="")  # fmt: skip
