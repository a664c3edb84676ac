"""The journal's check at start on a large journal: 100,000 entries (300,000 events, every one sealed with the
journal's key), as a desk that has been used for years would have.

    journal_verify_100k_ms       opening the journal as the desk and the CLI do at every start (health.check:
                                 open, migrate-check, the incremental check from the last verified point, close),
                                 with a few new events since the last start; median of --repeat runs. Goal ≤ 200 ms.
    journal_intent_100k_ms       one money-moving intent written (with the check the store makes before it)
    journal_verify_full_100k_s   the first start after an upgrade (no verified point yet), walking every event
                                 once; `smartpay journal --verify` adds SQLite's page check to that

The journal is built straight into SQLite with the store's own sealing (chain.seal, tally.measure) in one
transaction, then opened through the real code; the first open must find it intact, which checks the build.
The key lives in an in-memory keyring, as in the tests.

    python benchmarks/bench_journal.py [--entries 100000] [--repeat 9]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend
from probe import emit, median

from smartpay_desk.services.journal import health
from smartpay_desk.services.journal.chain import GENESIS, canonical, seal
from smartpay_desk.services.journal.keys import Anchor, JournalKeys, SealKey
from smartpay_desk.services.journal.store import Journal
from smartpay_desk.services.journal.tally import measure, weights
from smartpay_desk.services.journal.verdict import Standing


class MemoryKeyring(KeyringBackend):
    priority = 0  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


def build(path: Path, entries: int, keyring: MemoryKeyring) -> None:
    """`entries` payouts (pending → sent → succeeded), sealed with a new key, as the store writes them."""
    Journal(path, keyring=keyring).close()  # the schema, and the key made on first use
    keys = JournalKeys(path, keyring)
    key = keys.load()
    assert key is not None
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    prev, event_id = GENESIS, 0
    for n in range(1, entries + 1):
        at = f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}T10:00:00.{n % 1000000:06d}+00:00"
        entry: dict[str, Any] = {
            "id": n, "created_at": at, "operator": "anna", "owner": "desk:1:2", "profile": "Production",
            "environment": "production", "kind": "withdrawal", "order_id": f"po-{n:010d}", "ref": f"po-{n:010d}",
            "parent_order_id": None, "amount": 1000 + n % 50000, "currency": "EUR", "account": "EUR-payout",
            "destination": "card 401200******3010",
        }  # fmt: skip
        db.execute("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                   (*entry.values(), "succeeded", "confirmed", at, None))  # fmt: skip
        request = {"account": "EUR-payout", "amount": entry["amount"], "order_id": entry["order_id"],
                   "customer_card_number": "401200******3010", "customer_card_exp_month": "**"}  # fmt: skip
        response = {"status": 2, "order_id": entry["order_id"], "transaction_id": f"tx-{n}", "amount": entry["amount"]}
        for seq, (state, note, req, resp) in enumerate(
            (("pending", "", request, None), ("sent", "", None, None), ("succeeded", "confirmed", None, response)), 1
        ):
            event = {"entry_id": n, "seq": seq, "at": at, "state": state, "note": note, "request": req,
                     "response": resp}  # fmt: skip
            digest = seal(prev, entry, event, key.key_id, key.secret)
            event_id += 1
            db.execute(
                "INSERT INTO events (id, entry_id, seq, at, state, note, request, response, prev_hash, hash, key_id)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (event_id, n, seq, at, state, note, None if req is None else canonical(req),
                 None if resp is None else canonical(resp), prev, digest, key.key_id),
            )  # fmt: skip
            prev = digest
    for name, value in (("head", prev), ("count", str(event_id))):
        db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))
    db.execute("DELETE FROM meta WHERE key = 'verified'")
    db.execute("INSERT OR REPLACE INTO meta VALUES ('tally', ?)",
               (measure(db, weights(key.secret)).sealed(key.secret),))  # fmt: skip
    db.execute("COMMIT")
    db.close()
    keys.save_anchor(Anchor(event_id, prev, event_id))
    assert isinstance(key, SealKey)


def add_payouts(path: Path, keyring: MemoryKeyring, tag: str, count: int) -> float:
    """`count` payouts written through the store (pending → sent → succeeded); the median intent's seconds."""
    took = []
    with Journal(path, keyring=keyring) as journal:
        for n in range(count):
            started = time.perf_counter()
            e = journal.record_intent(kind="withdrawal", order_id=f"po-{tag}-{n}", profile="Production",
                                      environment="production", amount=100 + n, currency="EUR")  # fmt: skip
            took.append(time.perf_counter() - started)
            journal.update(e.id, "sent")
            journal.update(e.id, "succeeded", note="confirmed")
    return median(took)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="smartpay-bench-journal-") as folder:
        path = Path(folder) / "journal.sqlite3"
        keyring = MemoryKeyring()
        started = time.perf_counter()
        build(path, args.entries, keyring)
        built = time.perf_counter() - started
        started = time.perf_counter()
        first = health.check(path, keyring)  # no verified point yet: every event walked, then one is recorded
        full = time.perf_counter() - started
        assert first.standing is Standing.INTACT and first.full, first.sentence
        runs, checks, intents, walked = [], [], [], []
        for n in range(args.repeat):
            intents.append(add_payouts(path, keyring, f"r{n}", 3))  # a few new events since the last start
            started = time.perf_counter()
            found = health.check(path, keyring)
            runs.append((time.perf_counter() - started) * 1000)
            assert found.standing is Standing.INTACT and not found.full, found.sentence
            checks.append(found.seconds * 1000)
            walked.append(found.checked)
        size_mb = path.stat().st_size / 1e6
    emit("journal_verify_100k_ms", median(runs), "ms", goal_ms=200, entries=args.entries, events=first.events,
         check_only_ms=median(checks), events_checked=median(walked), file_mb=size_mb, runs=runs)  # fmt: skip
    emit("journal_intent_100k_ms", median(intents) * 1000, "ms", entries=args.entries)
    emit("journal_verify_full_100k_s", full, "s", events=first.events, build_s=built)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
