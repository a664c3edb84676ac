"""`smartpay journal import --to URI` (a desk's SQLite journal into the team journal: chain checked first, run
twice nothing doubled, every history as it was) and a team login's password, which is never written to the data
folder nor printed (`profile add … --journal URI-with-password`, `team password`), on a real PostgreSQL."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from smartpay_desk.api.models import HostToHostRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.journal.store import Journal
from smartpay_desk.services.profiles.user_values import current_operator
from smartpay_desk.services.team.store import TeamJournal
from tests.e2e.team.test_cli_team import PHONE, login_uri
from tests.team import PASSWORD, Team
from tests.unit.services.journal.damage import KEYRING_FILE, amount_edited
from tests.unit.services.support import CUSTOMER, SITE, add_profile, card, direct_client, smartpay

PG = {"PGPASSWORD": PASSWORD}
DISK_KEYRING = "tests.unit.services.journal.damage.DiskKeyring"


def said(done: subprocess.CompletedProcess[str]) -> str:
    return " ".join((done.stdout + done.stderr).split())


def solo_desk(folder: Path, sandbox: SandboxServer) -> Path:
    """A desk on its own SQLite journal: three payouts (one declined), a payment's refund."""
    folder.mkdir()
    add_profile(folder, sandbox.url)
    with direct_client(sandbox.url) as client:
        client.init_payment_h2h(HostToHostRequest("EUR-sandbox", 5_000, "EUR", "pay-i", SITE, CUSTOMER, "J D", card()))
    runs = [
        ("payout", "--amount", "5", "--phone", PHONE, "--order-id", "po-i1"),
        ("payout", "--amount", "6", "--phone", PHONE, "--order-id", "po-i2"),
        ("payout", "--amount", "7", "--card", "4111111111111111", "--exp", "12/30", "--order-id", "po-i3"),
        ("refund", "pay-i", "--amount", "10", "--reason", "broken"),
    ]
    for args in runs:
        done = smartpay(folder, *args)
        assert done.returncode in (0, 1), said(done)
    return folder


def histories(journal: Journal | TeamJournal) -> dict[str, tuple[object, ...]]:
    """Each entry by its order id and kind: what it was, and the states of its history in order."""
    out: dict[str, tuple[object, ...]] = {}
    for e in journal.entries(newest_first=False):
        key = f"{e.kind}:{e.order_id}"
        assert key not in out, f"{key} is in the journal twice"
        out[key] = (e.amount, e.currency, e.destination, e.state, tuple(ev.state for ev in journal.events(e.id)))
    return out


def test_a_journal_is_imported_once_with_every_history_and_its_chain_checked_first(
    sandbox: SandboxServer, team: Team, tmp_path: Path
) -> None:
    folder = solo_desk(tmp_path / "solo", sandbox)
    uri = login_uri(team, "clerk1")
    first = smartpay(folder, "journal", "import", "--to", uri, env=PG)
    assert first.returncode == 0, said(first)
    with Journal.in_dir(folder) as local:
        before = histories(local)
        events = sum(len(local.events(e.id)) for e in local.entries())
    assert f"4 entries copied ({events} events), 0 skipped as already there" in first.stdout
    assert "as clerk1" in first.stdout
    again = smartpay(folder, "journal", "import", "--to", uri, env=PG)
    assert again.returncode == 0, said(again)
    assert "0 entries copied (0 events), 4 skipped as already there" in again.stdout
    with TeamJournal(team.uri("clerk2"), tmp_path / "reader") as shared:
        assert histories(shared) == before  # nothing lost, nothing doubled, every state in its order
        entries = shared.entries(newest_first=False)
        assert {e.operator for e in entries} == {"clerk1"}  # the server's: who imported it
        first_event = shared.events(entries[0].id)[0]
        kept = first_event.request["imported"]
        assert kept["operator"] == current_operator() and kept["entry_id"] == 1 and kept["seq"] == 1
        assert first_event.note.startswith(f"imported: {current_operator()} at ")
        assert shared.verify() == []
    # the order ids the desk used are claimed for the whole team from now on
    team_desk = tmp_path / "team-desk"
    team_desk.mkdir()
    base = sandbox.url.rstrip("/")
    added = smartpay(team_desk, "profile", "add", "desk", "--environment", "sandbox", "--gateway-url", base,
                     "--pci-url", base, "--reports-url", base + "/aggregation-service", "--merchant-key", "test",
                     "--journal", login_uri(team, "clerk2"))  # fmt: skip
    assert added.returncode == 0, said(added)
    reused = smartpay(team_desk, "--profile", "desk", "payout", "--amount", "9", "--phone", PHONE, "--order-id",
                      "po-i1", env=PG)  # fmt: skip
    assert reused.returncode == 2 and "order id po-i1 was already used" in said(reused)
    # a second desk's journal comes in beside it; an order id it shares with the team keeps the team's claim
    # (sent where the team could not see it: the gateway said no)
    other = solo_desk_payouts(tmp_path / "other", sandbox, "po-i2")
    third = smartpay(other, "journal", "import", "--to", login_uri(team, "clerk2"), env=PG)
    assert third.returncode == 0 and "1 entry copied (" in third.stdout and "0 skipped" in third.stdout, said(third)
    assert "1 order id(s) were already used in the team journal by another desk" in said(third)
    assert "po-i2" in third.stdout
    fourth = smartpay(other, "journal", "import", "--to", login_uri(team, "clerk2"), env=PG)
    assert "0 entries copied (0 events), 1 skipped as already there" in fourth.stdout, said(fourth)
    with TeamJournal(team.uri("clerk2"), tmp_path / "reader") as shared:
        assert len(shared.entries()) == 5 and len(shared.entries(order_id="po-i2")) == 2


def solo_desk_payouts(folder: Path, sandbox: SandboxServer, order_id: str = "po-other") -> Path:
    folder.mkdir()
    add_profile(folder, sandbox.url)
    done = smartpay(folder, "payout", "--amount", "8", "--phone", PHONE, "--order-id", order_id)
    assert done.returncode in (0, 1), said(done)
    return folder


def test_a_damaged_journal_is_not_imported_until_a_person_acknowledges_it(
    sandbox: SandboxServer, team: Team, tmp_path: Path
) -> None:
    folder = solo_desk_payouts(tmp_path / "solo", sandbox)
    amount_edited(folder / "journal.sqlite3", 1)
    uri = login_uri(team, "clerk1")
    refused = smartpay(folder, "journal", "import", "--to", uri, env=PG)
    assert refused.returncode == 1, said(refused)
    assert "was changed or damaged and nobody acknowledged it" in said(refused) and "Nothing was imported" in said(
        refused
    )
    with TeamJournal(team.uri("clerk1"), tmp_path / "reader") as shared:
        assert shared.entries() == []
    acked = smartpay(folder, "journal", "acknowledge", "--note", "the amount was edited by hand; 8.00 paid")
    assert acked.returncode == 0, said(acked)
    done = smartpay(folder, "journal", "import", "--to", uri, env=PG)
    assert done.returncode == 0 and "1 entry copied" in done.stdout, said(done)


def test_an_entry_held_by_the_policy_is_not_imported_and_nothing_is(
    sandbox: SandboxServer, team: Team, tmp_path: Path
) -> None:
    folder = solo_desk_payouts(tmp_path / "solo", sandbox)  # 8.00 EUR
    with TeamJournal(team.uri("boss"), tmp_path / "boss") as journal:
        from smartpay_desk.services.team import approvals

        approvals.set_policy(journal, "EUR", 500)
    refused = smartpay(folder, "journal", "import", "--to", login_uri(team, "clerk1"), env=PG)
    assert refused.returncode == 2, said(refused)
    assert "needs another person's approval" in said(refused) and "--approval-above none" in said(refused)
    with TeamJournal(team.uri("clerk1"), tmp_path / "reader") as shared:
        assert shared.entries() == []


def everything_in(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("with_keyring", [False, True], ids=["no keyring", "a keyring"])
def test_a_password_in_the_address_is_never_written_to_the_data_folder_nor_printed(
    sandbox: SandboxServer, team: Team, tmp_path: Path, with_keyring: bool
) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    ring = tmp_path / "keyring.json"  # outside the data folder
    env = {"PYTHON_KEYRING_BACKEND": DISK_KEYRING, KEYRING_FILE: str(ring)} if with_keyring else {}
    base = sandbox.url.rstrip("/")
    added = smartpay(folder, "profile", "add", "desk", "--environment", "sandbox", "--gateway-url", base,
                     "--pci-url", base, "--reports-url", base + "/aggregation-service", "--merchant-key", "test",
                     "--journal", team.uri("clerk1"), env=env)  # fmt: skip
    assert added.returncode == 0, said(added)
    stored = json.loads((folder / "profiles.json").read_text(encoding="utf-8"))
    (desk,) = [p for p in stored["profiles"] if p["name"] == "desk"]
    assert desk["journal"] == login_uri(team, "clerk1")
    listed = smartpay(folder, "profile", "list", env=env)
    assert f"team journal clerk1@127.0.0.1:{team.cluster.port}/{team.dbname}" in listed.stdout
    runs = [added, listed]
    if with_keyring:
        assert "is in the system keyring, not in the profile" in added.stdout
        shown = smartpay(folder, "--profile", "desk", "journal", "--json", env=env)  # no PGPASSWORD: the keyring's
        assert shown.returncode == 0 and json.loads(shown.stdout) == [], said(shown)
        kept = smartpay(folder, "team", "password", "--journal", login_uri(team, "boss"), env=env,
                        stdin=PASSWORD + "\n")  # fmt: skip
        assert kept.returncode == 0 and "is in the system keyring" in kept.stdout, said(kept)
        wrong = smartpay(folder, "team", "password", "--journal", login_uri(team, "boss2"), env=env,
                         stdin="not-the-password\n")  # fmt: skip
        assert wrong.returncode == 2 and "nothing stored" in wrong.stderr
        policy = smartpay(folder, "team", "policy", "--journal", login_uri(team, "boss"), "--approval-above", "50",
                          "--currency", "EUR", env=env)  # fmt: skip
        assert policy.returncode == 0, said(policy)
        runs += [shown, kept, wrong, policy]
        assert PASSWORD in ring.read_text(encoding="utf-8")
    else:
        assert "so it was not stored" in said(added) and "PGPASSWORD" in said(added)
        refused = smartpay(folder, "team", "password", "--journal", login_uri(team, "boss"), stdin=PASSWORD + "\n")
        assert refused.returncode == 2 and "not stored" in said(refused)
        runs.append(refused)
    for done in runs:
        assert PASSWORD not in done.stdout + done.stderr
    assert PASSWORD.encode() not in everything_in(folder)
