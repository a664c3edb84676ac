"""What a batch asks of the SQLite journal: a follow-up's idempotency key (a batch row claimed once, even by two
processes at once), and its rows' entries and first requests read in bulk."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import pytest

from smartpay_desk.services.journal.states import FAILED, SUCCEEDED, DuplicateOrder
from smartpay_desk.services.journal.store import Journal


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    with Journal.in_dir(tmp_path) as j:
        yield j


def refund(j: Journal, key: str | None, order_id: str = "pay-1", amount: int = 100) -> Any:
    return j.record_intent(kind="refund", order_id=order_id, profile="P", environment="sandbox", amount=amount,
                           currency="EUR", key=key, request={"order_id": order_id, "amount": amount})  # fmt: skip


def test_a_keyed_refund_is_claimed_once_and_the_refusal_names_the_entry(journal: Journal) -> None:
    first = refund(journal, "batch-abc-r2")
    assert first.ref == "refund:pay-1:batch-abc-r2"
    journal.update(first.id, FAILED, note="declined")  # even settled, the key stays used
    with pytest.raises(DuplicateOrder, match=rf"key batch-abc-r2.*journal entry {first.id} \(failed\)"):
        refund(journal, "batch-abc-r2")
    second = refund(journal, "batch-abc-r2-a2")  # the next attempt has its own key
    assert second.ref.endswith(":batch-abc-r2-a2")


def test_without_a_key_refunds_keep_their_random_refs(journal: Journal) -> None:
    a = refund(journal, None)
    journal.update(a.id, SUCCEEDED, note="refunded")
    b = refund(journal, None)
    assert a.ref != b.ref and a.ref.startswith("refund:pay-1:")


def _claim(path: str, key: str, results: Any) -> None:
    with Journal(Path(path)) as j:
        try:
            refund(j, key)
            results.put("claimed")
        except DuplicateOrder:
            results.put("duplicate")


def test_two_processes_claiming_one_key_at_once_one_wins(journal: Journal) -> None:
    ctx = multiprocessing.get_context("spawn")
    results = ctx.Queue()
    procs = [ctx.Process(target=_claim, args=(str(journal.path), "batch-x-r7", results)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    said = sorted(results.get(timeout=5) for _ in procs)
    assert said.count("claimed") == 1
    assert set(said) <= {"claimed", "duplicate"}  # the others were refused by the key


def test_entries_for_and_first_requests_read_many_rows_at_once(journal: Journal) -> None:
    made = []
    for n in range(1203):  # more than two chunks of 500
        made.append(journal.record_intent(
            kind="withdrawal", order_id=f"o-{n}", profile="P" if n % 2 else "Q", environment="sandbox", amount=n + 1,
            currency="EUR", request={"order_id": f"o-{n}", "amount": n + 1}))  # fmt: skip
    journal.update(made[5].id, "sent")
    wanted = [f"o-{n}" for n in range(0, 1203, 2)] + ["o-nowhere", "o-0"]
    found = journal.entries_for(wanted)
    assert [e.order_id for e in found] == [f"o-{n}" for n in range(0, 1203, 2)]  # oldest first, once each
    assert {e.profile for e in journal.entries_for(["o-1", "o-2"], profile="P")} == {"P"}
    assert journal.entries_for([]) == []
    requests = journal.first_requests([made[5].id, made[700].id, 999_999])
    assert requests == {
        made[5].id: {"order_id": "o-5", "amount": 6},
        made[700].id: {"order_id": "o-700", "amount": 701},
    }
