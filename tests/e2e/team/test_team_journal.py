"""The team journal on a real PostgreSQL server, through the money services: claims across desks, the refund cap,
a refund in review holding every desk, who is the login, append-only for clerks, four-eyes (request, self-approval
refused, approval binds, release once), a server that goes away and comes back."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from smartpay_desk.api.client import SmartPaymentsClient
from smartpay_desk.api.models import HostToHostRequest, WithdrawalRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.journal.errors import JournalUnavailable
from smartpay_desk.services.journal.states import State
from smartpay_desk.services.money.guards import DuplicateOrder, GuardRefused
from smartpay_desk.services.money.operations import OperationsService
from smartpay_desk.services.team import approvals
from smartpay_desk.services.team.connect import TeamJournalRefused, conninfo
from smartpay_desk.services.team.release import release
from smartpay_desk.services.team.store import TeamJournal
from tests.team import Team
from tests.unit.services.support import CUSTOMER, FAST, SITE, card, direct_client, sandbox_profile

KEY = b"k" * 32
PHONE = "+442079460612"


def desk(srv: SandboxServer, team: Team, role: str, folder: Path) -> OperationsService:
    folder.mkdir(parents=True, exist_ok=True)
    profile = sandbox_profile(srv)
    client = SmartPaymentsClient(profile.endpoints, "test", "qwerty", timeouts=FAST)
    journal = TeamJournal(team.uri(role), folder)
    return OperationsService(client, journal, profile, role, settle_deadline_s=4.0, settle_first_delay_s=0.05,
                             owns_journal=True, fingerprint_key=KEY)  # fmt: skip


@pytest.fixture
def desks(sandbox: SandboxServer, team: Team, tmp_path: Path) -> Iterator[dict[str, OperationsService]]:
    made = {role: desk(sandbox, team, role, tmp_path / role) for role in ("clerk1", "clerk2", "boss", "boss2")}
    yield made
    for ops in made.values():
        ops.close()


def paid(srv: SandboxServer, order_id: str, amount: int) -> None:
    with direct_client(srv.url) as client:
        client.init_payment_h2h(
            HostToHostRequest("EUR-sandbox", amount, "EUR", order_id, SITE, CUSTOMER, "J D", card())
        )


def phone_payout(order_id: str, amount: int) -> WithdrawalRequest:
    return WithdrawalRequest(account="", amount=amount, order_id=order_id, customer_phone=PHONE, payment_method="phone")


def test_an_order_id_is_claimed_once_for_the_whole_team(
    desks: dict[str, OperationsService], sandbox: SandboxServer
) -> None:
    first = desks["clerk1"].payout(phone_payout("po-team-1", 500))
    assert first.state in (State.PROCESSING, State.SUCCEEDED)
    with pytest.raises(DuplicateOrder, match="by clerk1"):
        desks["clerk2"].payout(phone_payout("po-team-1", 500))
    seen = desks["clerk2"].journal.entries()
    assert [(e.order_id, e.operator) for e in seen] == [("po-team-1", "clerk1")]


def test_the_operator_is_the_login_whatever_the_desk_claims(desks: dict[str, OperationsService]) -> None:
    ops = desks["clerk1"]
    ops.operator = "boss"  # a desk that lies about who it is
    ops.payout(phone_payout("po-who", 300))
    assert ops.journal.entry("po-who") is not None
    assert {e.operator for e in ops.journal.entries()} == {"clerk1"}


def test_two_desks_cannot_together_refund_more_than_was_paid(
    desks: dict[str, OperationsService], sandbox: SandboxServer
) -> None:
    paid(sandbox, "ord-cap", 1000)
    a, b = desks["clerk1"], desks["clerk2"]
    order_a, order_b = a.load_order("ord-cap"), b.load_order("ord-cap")  # both read 10.00 refundable
    assert a.refund("ord-cap", 700, "part", order_a).state == State.SUCCEEDED
    with pytest.raises(GuardRefused, match=r"3\.00 EUR left to refund"):
        b.refund("ord-cap", 700, "part", order_b)  # what the team refunded is read afresh before sending
    with pytest.raises(GuardRefused, match=r"at most 3\.00 EUR"):  # and the claim itself, under the order's lock
        b.journal.record_intent(kind="refund", order_id="ord-cap", profile="Sandbox", environment="sandbox",
                                amount=700, currency="EUR", refund_cap=1000)  # fmt: skip
    assert b.refund("ord-cap", 300, "rest").state == State.SUCCEEDED


def test_a_refund_in_review_holds_the_order_for_every_desk(
    desks: dict[str, OperationsService], sandbox: SandboxServer
) -> None:
    paid(sandbox, "ord-held", 1000)
    journal = desks["clerk1"].journal
    entry = journal.record_intent(kind="refund", order_id="ord-held", profile="Sandbox", environment="sandbox",
                                  amount=200, currency="EUR")  # fmt: skip
    journal.update(entry.id, State.SENT)
    journal.update(entry.id, State.UNKNOWN)
    journal.update(entry.id, State.NEEDS_REVIEW, note="the answer was lost")
    with pytest.raises(GuardRefused, match=str(entry.id)):
        desks["clerk2"].refund("ord-held", 100, "another amount")
    assert [e.id for e in desks["clerk2"].journal.entries(kind="refund")] == [entry.id]  # nothing else was written


def test_clerks_cannot_rewrite_or_erase_history(desks: dict[str, OperationsService], team: Team) -> None:
    desks["clerk1"].payout(phone_payout("po-hist", 200))
    statements = [
        "UPDATE smartpay.entries SET amount = 1", "UPDATE smartpay.entries SET state = 'failed'",
        "UPDATE smartpay.entries SET operator = 'clerk2'", "DELETE FROM smartpay.entries",
        "UPDATE smartpay.events SET note = 'x'", "DELETE FROM smartpay.events", "TRUNCATE smartpay.events",
        "UPDATE smartpay.approvals SET state = 'approved'", "DELETE FROM smartpay.approvals",
        "UPDATE smartpay.approval_events SET note = ''", "DELETE FROM smartpay.approval_events",
        "UPDATE smartpay.acknowledgements SET note = ''", "DELETE FROM smartpay.acknowledgements",
        "UPDATE smartpay.policy SET approval_above = 1", "DELETE FROM smartpay.policy",
        "INSERT INTO smartpay.policy (currency, approval_above) VALUES ('EUR', 1)",
        "INSERT INTO smartpay.events (entry_id, state) SELECT id, 'succeeded' FROM smartpay.entries LIMIT 0",
    ]  # fmt: skip
    with psycopg.connect(team.uri("clerk2"), autocommit=True) as conn:
        for statement in statements[:-1]:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)  # type: ignore[arg-type]  # the test's own fixed SQL
        conn.execute(statements[-1])  # type: ignore[arg-type]  # inserting is what a clerk may do
    # even the owner's UPDATE of an event is refused by the triggers
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        team.sql("UPDATE smartpay.events SET note = 'x'")
    assert desks["clerk1"].journal.verify() == []


def test_an_edit_behind_the_triggers_breaks_the_chain(desks: dict[str, OperationsService], team: Team) -> None:
    desks["clerk1"].payout(phone_payout("po-chain", 200))
    team.sql("ALTER TABLE smartpay.events DISABLE TRIGGER USER")
    team.sql("UPDATE smartpay.events SET note = 'rewritten' WHERE seq = 1")
    team.sql("ALTER TABLE smartpay.events ENABLE TRIGGER USER")
    journal = desks["clerk2"].journal
    problems = journal.verify()
    assert problems and "changed after it was written" in problems[0]
    assert not journal.health.money_allowed
    with pytest.raises(GuardRefused):
        desks["clerk2"].payout(phone_payout("po-after", 100))
    journal.acknowledge("the owner's edit was seen and explained")
    assert journal.health.money_allowed


def test_a_payout_above_the_policy_waits_for_another_person(
    desks: dict[str, OperationsService], sandbox: SandboxServer
) -> None:
    approvals.set_policy(desks["boss"].journal, "EUR", 10_000)  # type: ignore[arg-type]
    clerk = desks["clerk1"]
    with pytest.raises(approvals.ApprovalRequested) as asked:
        clerk.payout(phone_payout("po-big", 25_000))
    request = asked.value.approval
    assert "needs another person's approval" in asked.value.user_message()
    assert clerk.journal.entries() == [] and "po-big" not in sandbox.state.transactions
    assert (request.requested_by, request.amount, request.state) == ("clerk1", 25_000, "requested")
    assert request.destination == f"phone {PHONE}"
    with pytest.raises(TeamJournalRefused, match="only an approver"):
        approvals.approve(clerk.journal, request.id)  # type: ignore[arg-type]
    with pytest.raises(GuardRefused, match="still waiting for a decision"):
        release(desks["boss"], request.id)
    approved = approvals.approve(desks["boss"].journal, request.id, "checked the invoice")  # type: ignore[arg-type]
    assert (approved.state, approved.decided_by) == ("approved", "boss")
    sent = release(desks["boss"], request.id)
    assert sent.state in (State.PROCESSING, State.SUCCEEDED)
    assert approvals.get(clerk.journal, request.id).state == "released"  # type: ignore[arg-type]
    entry = clerk.journal.entry("po-big")
    assert entry is not None and entry.operator == "boss" and entry.amount == 25_000
    with pytest.raises(GuardRefused, match="was sent already"):
        release(desks["boss2"], request.id)


def test_an_approver_cannot_approve_their_own_request_not_even_in_sql(
    desks: dict[str, OperationsService], team: Team
) -> None:
    approvals.set_policy(desks["boss"].journal, "EUR", 1_000)  # type: ignore[arg-type]
    with pytest.raises(approvals.ApprovalRequested) as asked:
        desks["boss"].payout(phone_payout("po-self", 5_000))
    request_id = asked.value.approval.id
    with pytest.raises(TeamJournalRefused, match="another person must decide"):
        approvals.approve(desks["boss"].journal, request_id)  # type: ignore[arg-type]
    with psycopg.connect(team.uri("boss"), autocommit=True) as conn:
        conn.execute("SET ROLE smartpay_approver")  # a different current_user changes nothing: the login decides
        with pytest.raises(psycopg.Error, match="another person must decide"):
            conn.execute("INSERT INTO smartpay.approval_events (approval_id, action) VALUES (%s, 'approved')",
                         (request_id,))  # fmt: skip
    assert approvals.get(desks["boss"].journal, request_id).state == "requested"  # type: ignore[arg-type]


def test_what_is_sent_must_be_what_was_approved(desks: dict[str, OperationsService], team: Team) -> None:
    approvals.set_policy(desks["boss"].journal, "EUR", 1_000)  # type: ignore[arg-type]
    with pytest.raises(approvals.ApprovalRequested) as asked:
        desks["clerk1"].payout(phone_payout("po-alter", 5_000))
    request_id = asked.value.approval.id
    approvals.approve(desks["boss"].journal, request_id)  # type: ignore[arg-type]
    journal = desks["clerk1"].journal
    with pytest.raises(TeamJournalRefused, match="must be what was approved"):
        journal.record_intent(kind="withdrawal", order_id="po-alter", profile="Sandbox", environment="sandbox",
                              amount=5_001, currency="EUR", account="EUR-sandbox-payout",
                              approval_id=request_id)  # fmt: skip
    assert journal.entries() == []
    # and without naming the request, the server itself holds it (the policy is the server's)
    with pytest.raises(approvals.ApprovalRequested) as held:
        journal.record_intent(kind="withdrawal", order_id="po-alter", profile="Sandbox", environment="sandbox",
                              amount=5_000, currency="EUR")  # fmt: skip
    assert held.value.above == 1_000


def test_two_desks_releasing_one_approved_request_at_once_send_it_once(
    desks: dict[str, OperationsService], sandbox: SandboxServer
) -> None:
    approvals.set_policy(desks["boss"].journal, "EUR", 1_000)  # type: ignore[arg-type]
    with pytest.raises(approvals.ApprovalRequested) as asked:
        desks["clerk1"].payout(phone_payout("po-twice", 4_000))
    request_id = asked.value.approval.id
    approvals.approve(desks["boss"].journal, request_id)  # type: ignore[arg-type]
    start = threading.Barrier(2)
    outcomes: list[object] = []

    def go(ops: OperationsService) -> None:
        start.wait()
        try:
            outcomes.append(release(ops, request_id).state)
        except (GuardRefused, JournalUnavailable, DuplicateOrder) as exc:
            outcomes.append(type(exc).__name__)

    threads = [threading.Thread(target=go, args=(desks[r],)) for r in ("boss", "boss2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sum(o in (State.PROCESSING, State.SUCCEEDED) for o in outcomes) == 1, outcomes
    assert len(desks["boss"].journal.entries(order_id="po-twice")) == 1


def test_a_request_expires_and_the_expiry_is_journaled(desks: dict[str, OperationsService], team: Team) -> None:
    journal = desks["clerk1"].journal
    assert isinstance(journal, TeamJournal)
    from datetime import timedelta

    request = approvals.ask(journal, profile="Sandbox", environment="sandbox", kind="refund", order_id="ord-x",
                            amount=500, currency="EUR", account=None, destination=None, fingerprint=None,
                            reason="r", request={}, expires_after=timedelta(seconds=1))  # fmt: skip
    import time

    time.sleep(1.2)
    assert [r.state for r in approvals.requests(journal)] == ["expired"]
    with pytest.raises(TeamJournalRefused, match="expired"):
        approvals.approve(desks["boss"].journal, request.id)  # type: ignore[arg-type]
    with psycopg.connect(team.uri("clerk1")) as conn:
        rows = conn.execute("SELECT action, operator FROM smartpay.approval_events WHERE approval_id = %s",
                            (request.id,)).fetchall()  # fmt: skip
    assert rows == [("expired", "clerk1")]


def test_the_address_is_sent_over_tls_unless_it_is_this_machine() -> None:
    assert "sslmode=verify-full" in conninfo("postgresql://clerk1@db.example:5432/smartpay")
    assert "sslmode" not in conninfo("postgresql://clerk1@127.0.0.1:5432/smartpay")
    assert "sslmode=require" in conninfo("postgresql://clerk1@db.example/smartpay?sslmode=require")
    with pytest.raises(ValueError, match="cannot be read"):
        conninfo("postgresql://[::1")


def test_what_a_gateway_echoes_never_reaches_the_team_database(desks: dict[str, OperationsService], team: Team) -> None:
    from smartpay_desk.api.redact import add_secret

    secret = "s3cr3t-merchant-key-for-echo"
    add_secret(secret)
    journal = desks["clerk1"].journal
    entry = journal.record_intent(
        kind="withdrawal", order_id="po-echo", profile="Sandbox", environment="sandbox", amount=100, currency="EUR",
        note="to 4012000000003010", request={"customer_card_number": "4012000000003010", "echo": f"key {secret}"},
        destination="account 4012000000003010 (JANE DOE)",  # a card number typed as the account number
    )  # fmt: skip
    assert entry.destination == "account 401200******3010 (JANE DOE)"
    journal.update(entry.id, State.FAILED, note="gateway: card 4111 1111 1111 1111 refused",
                   response={"error": f"Authorization: Basic {secret} for 4012-0000-0000-3010"})  # fmt: skip
    with psycopg.connect(team.uri()) as conn:
        stored = " ".join(
            str(row)
            for sql in ("SELECT * FROM smartpay.entries", "SELECT * FROM smartpay.events")
            for row in conn.execute(sql)  # type: ignore[call-overload]  # the test's own fixed SQL
        )
    assert "po-echo" in stored
    for leaked in (secret, "4012000000003010", "4111 1111 1111 1111", "4012-0000-0000-3010"):
        assert leaked not in stored
