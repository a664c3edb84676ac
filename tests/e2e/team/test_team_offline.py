"""A team journal whose server goes away: money waits with a sentence, lookups still work, an answer learnt while it
is away is kept in the data folder and written to the team journal when it is back. Its own cluster (it is crashed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from smartpay_desk.api.client import SmartPaymentsClient
from smartpay_desk.api.models import WithdrawalRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.journal.errors import JournalUnavailable, NotJournalled
from smartpay_desk.services.journal.fallback import fallback_path
from smartpay_desk.services.journal.states import State
from smartpay_desk.services.money.operations import OperationsService
from smartpay_desk.services.team.store import TeamJournal
from tests.postgres import Cluster
from tests.team import PASSWORD, own_cluster
from tests.unit.services.support import FAST, sandbox_profile

PHONE = "+442079460612"


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    with own_cluster(("away_clerk",)) as made:
        yield made


class CrashOnPayout(httpx.BaseTransport):
    """Forwards every request; on the payout's, the database goes down while the gateway answers."""

    def __init__(self, cluster: Cluster) -> None:
        self.cluster = cluster
        self.inner = httpx.HTTPTransport()
        self.armed = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if self.armed and request.url.path.endswith("/withdrawal/init"):
            self.armed = False
            self.cluster.crash()
        return response

    def close(self) -> None:
        self.inner.close()


def payout(order_id: str, amount: int = 700) -> WithdrawalRequest:
    return WithdrawalRequest(account="", amount=amount, order_id=order_id, customer_phone=PHONE, payment_method="phone")


def test_money_waits_while_the_server_is_away_and_nothing_learnt_is_lost(
    cluster: Cluster, sandbox: SandboxServer, tmp_path: Path
) -> None:
    transport = CrashOnPayout(cluster)
    profile = sandbox_profile(sandbox)
    client = SmartPaymentsClient(profile.endpoints, "test", "qwerty", timeouts=FAST, transport=transport)
    journal = TeamJournal(cluster.dsn("away_clerk", PASSWORD), tmp_path)
    ops = OperationsService(client, journal, profile, "x", settle_deadline_s=3.0, settle_first_delay_s=0.05,
                            owns_journal=True, fingerprint_key=b"k" * 32)  # fmt: skip
    try:
        assert ops.payout(payout("po-before")).state in (State.PROCESSING, State.SUCCEEDED)
        transport.armed = True
        with pytest.raises(NotJournalled) as lost:  # sent, then the server went away: never "nothing was sent"
            ops.payout(payout("po-during", 701))
        assert "was sent" in lost.value.user_message()
        assert "po-during" in sandbox.state.transactions
        kept = fallback_path(journal.path)
        assert kept.exists() and "po-during" in kept.read_text()
        with pytest.raises(JournalUnavailable) as refused:
            ops.payout(payout("po-away", 702))
        assert "cannot be reached" in refused.value.user_message()
        assert "nothing was sent" in refused.value.user_message()
        assert "po-away" not in sandbox.state.transactions
        assert ops.balance().available > 0  # lookups work without the journal
        cluster.restart()
        assert ops.payout(payout("po-after", 703)).state in (State.PROCESSING, State.SUCCEEDED)  # connects again
        assert kept.read_text().strip() == ""  # the kept answer went into the team journal
        during = journal.entry("po-during")
        assert during is not None and during.state != State.PENDING
        assert any("written late" in e.note for e in journal.events(during.id))
        import time

        time.sleep(0.5)  # the sandbox settles payouts after 0.3 s
        ops.reconcile(deadline_s=5.0)
        assert journal.open_entries(include_busy=True) == []
        for order_id in ("po-before", "po-during", "po-after"):
            entry = journal.entry(order_id)
            assert entry is not None and entry.state == State.SUCCEEDED, (order_id, entry)
        assert journal.entry("po-away") is None
    finally:
        ops.close()


def test_a_desk_opens_while_the_server_is_away(cluster: Cluster, tmp_path: Path) -> None:
    cluster.crash()
    journal = TeamJournal(cluster.dsn("away_clerk", PASSWORD), tmp_path)
    assert "cannot be reached" in journal.unreachable
    with pytest.raises(JournalUnavailable) as refused:
        journal.entries()
    assert "cannot be reached" in refused.value.user_message()
    cluster.restart()
    assert journal.entries() == [] and journal.unreachable == ""
    journal.close()
