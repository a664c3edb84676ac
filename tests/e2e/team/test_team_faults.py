"""The team journal's server stops dead in the middle of 50 payouts from two desks (issue 14, "Proof: faults").

A cluster of its own (this test crashes it: `pg_ctl stop -m immediate`, then starts it again), two desk processes
sending 25 phone payouts each under distinct order ids. While the server is away a desk refuses every money
move with a sentence and sends nothing for it; an answer that came back while it was away is kept in the desk's
fallback file and written to the team journal when the server is back. Then each desk is opened again and
reconciles: every payout the sandbox holds is in the team journal exactly once and succeeded, no entry is left
open, and what the journal says was paid out is what the sandbox's payout balance lost.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.journal.fallback import fallback_path
from smartpay_desk.services.journal.states import NEEDS_REVIEW, OPEN_STATES
from tests.e2e.team import desk_worker
from tests.e2e.team.desk_worker import results, run_desks
from tests.postgres import Cluster
from tests.team import PASSWORD, own_cluster

DESKS = ("clerk1", "clerk2")
PER_DESK = 25
DB = "team_faults"
AWAY_S = 1.5  # how long the server stays down
LATENCY_MS = 250  # how long the sandbox holds each payout's answer (committed first)


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    with own_cluster(DESKS, DB) as made:
        yield made


def wait_for(predicate: Callable[[], bool], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_payouts_survive_the_server_stopping_dead(sandbox: SandboxServer, cluster: Cluster, tmp_path: Path) -> None:
    uris = {role: cluster.dsn(role, PASSWORD, dbname=DB) for role in DESKS}
    folders = {role: tmp_path / role for role in DESKS}
    orders = {role: [(f"fault-{role}-{n}", 100 + 50 * d + n) for n in range(PER_DESK)] for d, role in enumerate(DESKS)}
    balance_before = sandbox.state.payout_balance()
    sandbox.received.clear()
    # each payout's answer takes a while, so the server stops while some are on their way to the gateway
    sandbox.faults.add(path="/withdrawal/init", kind="latency", delay_ms=LATENCY_MS, times=len(DESKS) * PER_DESK)

    # the server goes away once the desks are well under way, and comes back while they still are
    crashed = threading.Event()

    def crash_in_the_middle() -> None:
        wait_for(lambda: len(sandbox.received.of("/withdrawal/init")) >= 15, 60)
        cluster.crash()
        crashed.set()
        time.sleep(AWAY_S)
        cluster.restart()

    crasher = threading.Thread(target=crash_in_the_middle, daemon=True)
    crasher.start()
    outs = run_desks(
        desk_worker.payouts,
        [(sandbox.url, uris[role], str(folders[role]), orders[role], 0.05) for role in DESKS],
        tmp_path, timeout_s=80,
    )  # fmt: skip
    crasher.join(30)
    assert crashed.is_set() and not crasher.is_alive()
    lines = results(outs)
    assert len(lines) == len(DESKS) * PER_DESK
    outcomes = Counter(line["outcome"] for line in lines)
    assert set(outcomes) <= {"processing", "succeeded", "TeamJournalUnavailable", "NotJournalled"}, lines

    received = Counter(q.order_id for q in sandbox.received.of("/withdrawal/init"))
    refused = [line for line in lines if line["outcome"] == "TeamJournalUnavailable"]
    assert refused, "the server was never found away: the crash missed the payouts"
    for line in refused:  # refused with a sentence, and nothing was sent for it
        assert "team journal cannot be reached" in line["message"] and "nothing was sent" in line["message"]
        assert (
            not line["sent"] and received[line["order_id"]] == 0 and line["order_id"] not in sandbox.state.transactions
        )
    assert outcomes["processing"] + outcomes["succeeded"] >= 10  # before the crash and after it
    lost = [line for line in lines if line["outcome"] == "NotJournalled"]
    assert lost, "no payout was on its way when the server stopped"
    for line in lost:  # sent, its answer kept beside the journal: never "nothing was sent"
        assert line["sent"] and "kept in" in line["message"] and received[line["order_id"]] == 1

    time.sleep(2 * sandbox.state.settle_delay_s)  # the payouts accepted settle at the sandbox
    for role in DESKS:  # each desk opened again (its fallback settled on connecting) and reconciled
        ops = desk_worker.build(sandbox.url, uris[role], str(folders[role]))
        try:
            ops.reconcile(deadline_s=10.0)
            kept = fallback_path(ops.journal.path)
            assert not kept.exists() or kept.stat().st_size == 0, kept.read_text()
        finally:
            ops.close()

    with psycopg.connect(cluster.dsn(dbname=DB), autocommit=True) as conn:
        rows = conn.execute("SELECT order_id, kind, state, amount FROM smartpay.entries ORDER BY id").fetchall()
        broken = conn.execute("SELECT count(*) FROM smartpay.broken_events()").fetchone()
        late = {order_id for (order_id,) in conn.execute(
            "SELECT e.order_id FROM smartpay.events v JOIN smartpay.entries e ON e.id = v.entry_id"
            " WHERE v.note LIKE %s", ("%written late%",)).fetchall()}  # fmt: skip
    assert late == {line["order_id"] for line in lost}  # what was kept beside the journal went into it
    assert broken == (0,)
    assert {kind for _, kind, _, _ in rows} <= {"withdrawal"}
    left_open = [row for row in rows if row[2] in (*OPEN_STATES, NEEDS_REVIEW)]
    assert left_open == []
    by_order = Counter(order_id for order_id, _, _, _ in rows)
    paid_out = {tx.order_id: tx for tx in sandbox.state.transactions.values() if tx.order_id.startswith("fault-")}
    assert paid_out, "nothing reached the sandbox"
    for order_id, tx in paid_out.items():  # every payout the sandbox holds: once in the journal, and succeeded
        assert by_order[order_id] == 1 and received[order_id] == 1, order_id
        assert [row[2] for row in rows if row[0] == order_id] == ["succeeded"] and tx.status == 2
    succeeded = [row for row in rows if row[2] == "succeeded"]
    assert {row[0] for row in succeeded} == set(paid_out)
    assert sum(row[3] for row in succeeded) == balance_before - sandbox.state.payout_balance()
    print(f"\nfaults: {dict(outcomes)}; {len(paid_out)} payouts at the sandbox, {len(rows)} journal entries")
