"""Issue 14 through `smartpay` processes, on a real PostgreSQL server and the sandbox: `team init` (twice), the
policy (set by an approver, refused to a clerk), a payout above it (exit 4 and the request's id), `approvals list
--json` on another desk, self-approval refused (nothing sent), approval by another login (sent once), a second
approval refused, a rejection with its reason, a card payout released with its number given again, and
`journal --json` showing every desk's entries under their logins."""

from __future__ import annotations

import json
import re
import subprocess
import uuid
from pathlib import Path

import pytest

from smartpay_desk.api.models import HostToHostRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.profiles.profiles import Environment, Profile, ProfileStore
from smartpay_desk.services.team.schema import latest
from tests.team import PASSWORD, Team
from tests.unit.services.support import CUSTOMER, SITE, card, direct_client, smartpay

PHONE = "+442079460612"
CARD = "4012000000003010"


def login_uri(team: Team, role: str) -> str:
    """The role's address without its password (it comes from PGPASSWORD, as libpq reads it)."""
    return team.cluster.dsn(role, dbname=team.dbname)


def make_desk(folder: Path, sandbox: SandboxServer, journal: str) -> Path:
    """A data folder whose active profile works on the sandbox and the team journal `journal` (written here, as
    `smartpay profile add … --journal URI` writes it: test_cli_team_import.py runs that command itself)."""
    folder.mkdir(parents=True, exist_ok=True)
    store = ProfileStore(folder)
    base = sandbox.url.rstrip("/")
    store.add(Profile("desk", Environment.SANDBOX, base, base, base + "/aggregation-service", "test", journal=journal))
    store.active = "desk"
    return folder


class Desks:
    def __init__(self, sandbox: SandboxServer, team: Team, root: Path) -> None:
        self.folders = {role: make_desk(root / role, sandbox, login_uri(team, role))
                        for role in ("clerk1", "clerk2", "boss", "boss2")}  # fmt: skip

    def run(self, role: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return smartpay(self.folders[role], *args, env={"PGPASSWORD": PASSWORD}, stdin=stdin)


@pytest.fixture
def desks(sandbox: SandboxServer, team: Team, tmp_path: Path) -> Desks:
    return Desks(sandbox, team, tmp_path)


def said(done: subprocess.CompletedProcess[str]) -> str:
    return " ".join((done.stdout + done.stderr).split())


def request_id(done: subprocess.CompletedProcess[str]) -> int:
    found = re.search(r"approval requested: request (\d+)", done.stdout)
    assert found, done.stdout + done.stderr
    return int(found.group(1))


def sent(sandbox: SandboxServer, order_id: str) -> int:
    return sum(1 for tx in sandbox.state.transactions.values() if tx.order_id == order_id)


def refunded(sandbox: SandboxServer, order_id: str) -> int:
    paid = sandbox.state.get(order_id)
    assert paid is not None
    return paid.refunded


def policy(desks: Desks, amount: str = "100") -> None:
    done = desks.run("boss", "team", "policy", "--approval-above", amount, "--currency", "EUR")
    assert done.returncode == 0, done.stderr


def test_team_init_twice_creates_then_changes_nothing(team: Team, tmp_path: Path) -> None:
    dbname = f"cli_init_{uuid.uuid4().hex[:8]}"
    team.cluster.sql(f"CREATE DATABASE {dbname}")
    owner = team.cluster.dsn(dbname=dbname)  # the owner's password is in the address
    first = smartpay(tmp_path, "team", "init", "--journal", owner)
    assert first.returncode == 0, first.stderr
    now = latest()
    assert f"postgres@127.0.0.1:{team.cluster.port}/{dbname}: schema version 0 -> {now} (created)" in first.stdout
    assert "smartpay_operator" in first.stdout and "smartpay_approver" in first.stdout
    again = smartpay(tmp_path, "team", "init", "--journal", owner)
    assert again.returncode == 0, again.stderr
    assert f"schema version {now} -> {now} (already up to date; nothing changed)" in again.stdout
    for done in (first, again):
        assert team.cluster.password not in done.stdout + done.stderr


def test_the_policy_is_set_by_an_approver_and_refused_to_a_clerk(desks: Desks) -> None:
    refused = desks.run("clerk1", "team", "policy", "--approval-above", "100", "--currency", "EUR")
    assert refused.returncode == 2
    assert "the team journal refused it: permission denied for table policy" in said(refused)
    policy(desks, "100")
    shown = desks.run("clerk1", "team", "policy", "--show")
    assert shown.returncode == 0, shown.stderr
    assert "EUR: approval from 100.00 EUR (set by boss at" in shown.stdout
    lifted = desks.run("boss2", "team", "policy", "--approval-above", "none", "--currency", "EUR")
    assert lifted.returncode == 0 and "no payout or refund needs another person's approval" in lifted.stdout
    assert "EUR: no approval needed (set by boss2" in desks.run("clerk2", "team", "policy", "--show").stdout


def test_a_payout_above_the_policy_waits_and_is_sent_once_by_another_person(
    desks: Desks, sandbox: SandboxServer
) -> None:
    policy(desks, "100")
    asked = desks.run("boss", "payout", "--amount", "250", "--phone", PHONE, "--order-id", "po-big", "--json")
    assert asked.returncode == 4, said(asked)
    shown = json.loads(asked.stdout)
    rid = int(shown["request_id"])
    assert shown["order_id"] == "po-big" and shown["amount"] == 25_000 and shown["state"] == "approval_requested"
    assert "needs another person's approval" in shown["message"] and f"Request {rid}" in shown["message"]
    assert sent(sandbox, "po-big") == 0

    listed = desks.run("clerk2", "approvals", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    (request,) = [r for r in json.loads(listed.stdout) if r["id"] == rid]
    assert {k: request[k] for k in ("kind", "order_id", "amount", "currency", "requested_by", "state")} == {
        "kind": "withdrawal", "order_id": "po-big", "amount": 25_000, "currency": "EUR", "requested_by": "boss",
        "state": "requested",
    }  # fmt: skip

    before = len(sandbox.state.transactions)
    own = desks.run("boss", "approvals", "approve", str(rid))
    assert own.returncode == 2, said(own)
    assert f"request {rid} was asked by boss: another person must decide it" in said(own)
    clerk = desks.run("clerk1", "approvals", "approve", str(rid))
    assert clerk.returncode == 2 and "only an approver may approve or reject a request" in said(clerk)
    assert len(sandbox.state.transactions) == before  # nothing sent by either

    approved = desks.run("boss2", "approvals", "approve", str(rid), "--note", "invoice 42 checked")
    assert approved.returncode == 0, said(approved)
    assert f"request {rid} approved by boss2" in approved.stdout
    assert sent(sandbox, "po-big") == 1 and len(sandbox.state.transactions) == before + 1

    again = desks.run("boss2", "approvals", "approve", str(rid))
    assert again.returncode == 2 and f"request {rid} is already released" in said(again)
    assert desks.run("boss", "approvals", "release", str(rid)).returncode == 2
    assert sent(sandbox, "po-big") == 1

    shown_list = desks.run("clerk1", "approvals", "list", "--state", "released")
    assert f"{rid}  released" in shown_list.stdout and "phone +442079460612" in shown_list.stdout
    assert "approved by boss2: invoice 42 checked; sent as journal entry" in shown_list.stdout


def test_a_rejection_keeps_its_reason_and_nothing_is_sent(desks: Desks, sandbox: SandboxServer) -> None:
    policy(desks, "100")
    asked = desks.run("clerk1", "payout", "--amount", "150", "--phone", PHONE, "--order-id", "po-no")
    assert asked.returncode == 4, said(asked)
    rid = request_id(asked)
    assert "needs another person's approval (the team's policy: from 100.00 EUR), so it was not sent" in said(asked)
    refused = desks.run("boss", "approvals", "reject", str(rid), "--reason", "")
    assert refused.returncode == 2 and "A rejection needs a reason." in refused.stderr
    rejected = desks.run("boss", "approvals", "reject", str(rid), "--reason", "no invoice")
    assert rejected.returncode == 0, said(rejected)
    assert f"request {rid} rejected by boss" in rejected.stdout
    listed = desks.run("clerk2", "approvals", "list")
    assert "rejected by boss: no invoice" in listed.stdout and "clerk1" in listed.stdout
    late = desks.run("boss2", "approvals", "approve", str(rid))
    assert late.returncode == 2 and f"request {rid} is already rejected" in said(late)
    assert sent(sandbox, "po-no") == 0


def test_a_card_payout_is_released_where_the_number_is_given_again(desks: Desks, sandbox: SandboxServer) -> None:
    policy(desks, "100")
    asked = desks.run("clerk1", "payout", "--amount", "200", "--card", "-", "--exp", "12/30", "--order-id", "po-card",
                      stdin=CARD + "\n")  # fmt: skip
    assert asked.returncode == 4, said(asked)
    rid = request_id(asked)
    approved = desks.run("boss", "approvals", "approve", str(rid), "--json")
    assert approved.returncode == 4, said(approved)
    shown = json.loads(approved.stdout)
    assert (shown["request_id"], shown["state"], shown["card_payout"]) == (rid, "approved", True)
    assert f"smartpay approvals release {rid}" in shown["message"] and sent(sandbox, "po-card") == 0
    wrong = desks.run("boss", "approvals", "release", str(rid), stdin="4111111111111111\n12/30\n")
    assert wrong.returncode == 2 and "is not the one approved" in said(wrong)
    released = desks.run("boss", "approvals", "release", str(rid), stdin="4012 0000 0000 3010\n12/30\n")
    assert released.returncode == 0, said(released)
    assert sent(sandbox, "po-card") == 1
    for done in (asked, approved, wrong, released):
        assert CARD not in done.stdout + done.stderr and "4111111111111111" not in done.stdout + done.stderr


def test_a_refund_above_the_policy_waits_then_is_sent_by_the_approver(desks: Desks, sandbox: SandboxServer) -> None:
    with direct_client(sandbox.url) as client:
        client.init_payment_h2h(HostToHostRequest("EUR-sandbox", 50_000, "EUR", "pay-r", SITE, CUSTOMER, "J D", card()))
    policy(desks, "100")
    small = desks.run("clerk1", "refund", "pay-r", "--amount", "20", "--reason", "goodwill")
    assert small.returncode == 0, said(small)  # under the policy: sent at once
    asked = desks.run("clerk1", "refund", "pay-r", "--amount", "300", "--reason", "returned goods", "--json")
    assert asked.returncode == 4, said(asked)
    rid = json.loads(asked.stdout)["request_id"]
    assert refunded(sandbox, "pay-r") == 2_000
    done = desks.run("boss", "approvals", "approve", str(rid), "--json")
    assert done.returncode == 0, said(done)
    assert json.loads(done.stdout)["state"] == "succeeded" and f"request {rid} approved by boss" in done.stderr
    assert refunded(sandbox, "pay-r") == 32_000


def test_journal_json_on_a_team_profile_shows_every_desk_under_its_login(desks: Desks) -> None:
    for role, order_id, amount in (("clerk1", "po-a", "5"), ("clerk2", "po-b", "6"), ("boss", "po-c", "7")):
        done = desks.run(role, "payout", "--amount", amount, "--phone", PHONE, "--order-id", order_id)
        assert done.returncode in (0, 3), said(done)
    shown = desks.run("boss2", "journal", "--json")
    assert shown.returncode == 0, shown.stderr
    entries = json.loads(shown.stdout)
    assert {(e["order_id"], e["operator"]) for e in entries} == {("po-a", "clerk1"), ("po-b", "clerk2"),
                                                                 ("po-c", "boss")}  # fmt: skip
    plain = desks.run("boss2", "journal")
    assert plain.returncode == 0 and "clerk2" in plain.stdout and "po-b" in plain.stdout
    verified = desks.run("clerk1", "journal", "--verify")
    assert verified.returncode == 0 and "re-hashed by the server: intact." in verified.stdout


def test_a_team_journal_edited_behind_its_triggers_is_told_and_acknowledged(desks: Desks, team: Team) -> None:
    done = desks.run("clerk1", "payout", "--amount", "5", "--phone", PHONE, "--order-id", "po-edit")
    assert done.returncode in (0, 3), said(done)
    team.sql("ALTER TABLE smartpay.events DISABLE TRIGGER USER")
    team.sql("UPDATE smartpay.events SET note = 'rewritten' WHERE seq = 1")
    team.sql("ALTER TABLE smartpay.events ENABLE TRIGGER USER")
    damaged = desks.run("clerk2", "journal", "--verify")
    assert damaged.returncode == 1 and "changed after it was written" in damaged.stdout, said(damaged)
    refused = desks.run("clerk2", "payout", "--amount", "6", "--phone", PHONE, "--order-id", "po-after")
    assert refused.returncode == 2, said(refused)
    acked = desks.run("clerk2", "journal", "acknowledge", "--note", "the owner's edit, explained by the owner")
    assert acked.returncode == 0 and "Acknowledged: 1 problem(s)" in acked.stdout, said(acked)
    again = desks.run("clerk1", "journal", "--verify")
    assert again.returncode == 0 and "(acknowledged)" in again.stdout, said(again)
