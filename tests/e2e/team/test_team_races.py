"""Four desks, four processes, one team journal, one sandbox: 20 rounds in lockstep of the moves two clerks
could make at the same moment (issue 14, "Proof: races").

Each round, every desk at once: (a) refunds in full one freshly paid order; (b) refunds 40% of another (together
160%); (c) pays out under one shared order id; (d) captures one open authorization. What the gateway received
is counted on the sandbox itself (`srv.received`, sandbox/received.py) and held against its own state and the
team journal: at most what was paid, no payout order id twice, one capture, and every request the sandbox
received is exactly one journal entry that was sent and settled, so no request went out that another desk's
entry should have stopped.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter
from pathlib import Path

import psycopg

from smartpay_desk.api.models import AuthorizeRequest, HostToHostRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.sandbox.state import REFUND
from tests.e2e.team import desk_worker
from tests.e2e.team.desk_worker import results, run_desks
from tests.team import OPERATORS, Team
from tests.unit.services.support import CUSTOMER, SITE, card, direct_client

ROUNDS = 20
PAID = 1_000  # each order paid, in minor units
PART = PAID * 40 // 100  # four desks refunding 40% each: 160% asked, at most 100% may go out
AUTHORIZED = 700
SUCCESS = {"succeeded", "processing"}  # a payout to a phone is accepted (1) and settles a moment later
STOPPED = {"GuardRefused", "DuplicateOrder", "UsedByTheTeam"}  # refused before anything was written or sent


def order_ids(r: int) -> dict[str, str]:
    return {"full": f"race-full-{r}", "part": f"race-part-{r}", "payout": f"race-po-{r}", "capture": f"race-au-{r}"}


def set_the_scene(srv: SandboxServer) -> list[tuple[str, str, int]]:
    """Every round's paid orders and open authorization, made at the gateway directly; the desks' plan."""
    plan: list[tuple[str, str, int]] = []
    with direct_client(srv.url) as client:
        for r in range(ROUNDS):
            ids = order_ids(r)
            for paid in (ids["full"], ids["part"]):
                client.init_payment_h2h(
                    HostToHostRequest("EUR-sandbox", PAID, "EUR", paid, SITE, CUSTOMER, "J D", card())
                )
            client.authorize(AuthorizeRequest("EUR-sandbox", AUTHORIZED, "EUR", ids["capture"], SITE, CUSTOMER, card()))
            assert client.check(ids["capture"]).authorize_status == "AUTHORIZED"
            plan += [("full", ids["full"], PAID), ("part", ids["part"], PART), ("payout", ids["payout"], 100 + r),
                     ("capture", ids["capture"], AUTHORIZED)]  # fmt: skip
    return plan


def journal_rows(team: Team) -> list[tuple[str, str, str, int | None, bool]]:
    """(order id, kind, state, amount, whether it was ever marked sent) of every entry, read as the owner."""
    with psycopg.connect(team.uri(), autocommit=True) as conn:
        return conn.execute(
            "SELECT e.order_id, e.kind, e.state, e.amount, bool_or(v.state = 'sent') FROM smartpay.entries e"
            " JOIN smartpay.events v ON v.entry_id = e.id GROUP BY e.id ORDER BY e.id"
        ).fetchall()


def test_four_desks_racing_send_nothing_another_desk_should_have_stopped(
    sandbox: SandboxServer, team: Team, tmp_path: Path
) -> None:
    started = time.monotonic()
    plan = set_the_scene(sandbox)
    balance_before = sandbox.state.payout_balance()
    sandbox.received.clear()
    barrier = multiprocessing.get_context("spawn").Barrier(len(OPERATORS))
    outs = run_desks(
        desk_worker.race,
        [(sandbox.url, team.uri(role), str(tmp_path / role), plan, barrier) for role in OPERATORS],
        tmp_path, timeout_s=80,
    )  # fmt: skip
    lines = results(outs)
    assert len(lines) == len(OPERATORS) * len(plan)
    outcomes = Counter((line["step"], line["outcome"]) for line in lines)
    unexpected = [line for line in lines if line["outcome"] not in SUCCESS | STOPPED]
    assert unexpected == [], unexpected  # no "failed" (the gateway refused: it was sent), nothing unknown
    assert not any(line.get("sent") for line in lines if line["outcome"] in STOPPED)

    rows = journal_rows(team)
    received = sandbox.received.of()
    held = sandbox.state.transactions
    sent_too_many = 0  # requests the sandbox received beyond the journal entries that were sent (must be 0)
    refused_by_gateway = 0  # requests the sandbox refused (a second refund past the cap, an order id twice)
    for r in range(ROUNDS):
        ids = order_ids(r)
        for step, path in (("full", "/refund"), ("part", "/refund"), ("payout", "/withdrawal/init"),
                           ("capture", "/capture")):  # fmt: skip
            order_id = ids[step]
            asked = [q for q in received if q.path == path and q.order_id == order_id]
            entries = [row for row in rows if row[0] == order_id]
            sent_entries = [row for row in entries if row[4]]
            wins = [ln for ln in lines if ln["order_id"] == order_id and ln["outcome"] in SUCCESS]
            sent_too_many += max(0, len(asked) - len(sent_entries))
            assert len(asked) == len(sent_entries) == len(wins), (step, r, asked, entries, wins)
            assert all(row[2] in SUCCESS for row in entries), (step, r, entries)  # no entry left open or failed
            if step in ("full", "part"):
                refunds = [tx for tx in held.values() if tx.type == REFUND and tx.parent_order_id == order_id]
                refused_by_gateway += len(asked) - len(refunds)
                assert sum(q.amount or 0 for q in asked) <= PAID  # the gateway was asked at most what was paid
                assert held[order_id].refunded == sum(tx.amount for tx in refunds) <= PAID
                assert 1 <= len(asked) <= (1 if step == "full" else PAID // PART), (step, r, asked)
            elif step == "payout":
                refused_by_gateway += len(asked) - 1
                assert len(asked) == 1 and held[order_id].amount == 100 + r  # one order id, sent once
            else:
                refused_by_gateway += len(asked) - 1
                assert len(asked) == 1 and held[order_id].status == 2  # captured once
    assert sent_too_many == 0 and refused_by_gateway == 0
    assert balance_before - sandbox.state.payout_balance() == sum(100 + r for r in range(ROUNDS))
    assert outcomes[("full", "GuardRefused")] == ROUNDS * (len(OPERATORS) - 1)
    assert outcomes[("payout", "UsedByTheTeam")] == ROUNDS * (len(OPERATORS) - 1)
    assert outcomes[("capture", "GuardRefused")] == ROUNDS * (len(OPERATORS) - 1)
    print(f"\nraces: {len(lines)} calls, {len(received)} requests received, {dict(sorted(outcomes.items()))}, "
          f"{time.monotonic() - started:.1f} s")  # fmt: skip
