"""The tally: what each write adds up in Python is what SQLite adds up over the tables, for every kind, state
and amount (NULL and negative ones too), and any edit of a kind, a state or an amount shows, in words."""

from __future__ import annotations

import sqlite3

from smartpay_desk.services.journal.tally import Tally, measure, weights

KINDS = ("withdrawal", "refund", "payment_h2h", "capture", "cancel", "recurrent", "authorize", "payment_link")


def _tables() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, kind TEXT, amount INTEGER, state TEXT)")
    db.execute("CREATE INDEX entries_state ON entries(state)")
    db.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, hash TEXT)")
    return db


def test_python_and_sqlite_agree_and_edits_show() -> None:
    db, w = _tables(), weights(bytes(32))
    kept = Tally()
    amounts = [None, 0, 1, 999, 10**12, 2**40 + 7, -5]
    for n in range(1, 120):
        kind, amount = KINDS[n % len(KINDS)], amounts[n % len(amounts)]
        db.execute("INSERT INTO entries VALUES (?, ?, ?, 'pending')", (n, kind, amount))
        db.execute("INSERT INTO events VALUES (?, ?)", (n, f"h{n}"))
        kept = kept.with_entry(w, n, kind, amount, "pending").with_event(n, f"h{n}")
        if n % 3 == 0:
            db.execute("UPDATE entries SET state = 'succeeded' WHERE id = ?", (n,))
            kept = kept.with_move(w, n, "pending", "succeeded")
    assert measure(db, w) == kept and kept.differences(measure(db, w)) == []
    assert Tally.unseal(kept.sealed(b"k" * 32), b"k" * 32) == kept
    assert Tally.unseal(kept.sealed(b"k" * 32), b"x" * 32) is None  # another key: not ours
    for sql, words in (
        ("UPDATE entries SET amount = amount + 1 WHERE id = 9", "an amount was changed"),
        (
            "UPDATE entries SET state = 'failed' WHERE id = 10",
            "the states of its entries were changed (failed, pending)",
        ),
        ("UPDATE entries SET kind = 'withdrawal' WHERE id = 11", "the kind of an operation was changed"),
        ("DELETE FROM entries WHERE id = 12", "the journal should hold 119 entries and holds 118"),
    ):
        db.execute("SAVEPOINT edit")
        db.execute(sql)
        assert words in kept.differences(measure(db, w))
        db.execute("ROLLBACK TO edit")
    # Two states swapped keep the counts per state, not the keyed sums.
    db.execute("UPDATE entries SET state = 'pending' WHERE id = 3")  # was succeeded
    db.execute("UPDATE entries SET state = 'succeeded' WHERE id = 4")  # was pending
    assert [measure(db, w).states[s][0] for s in ("pending", "succeeded")] == [kept.states[s][0] for s in (
        "pending", "succeeded")]  # fmt: skip
    assert kept.differences(measure(db, w)) == ["the states of its entries were changed (pending, succeeded)"]


def test_the_weights_come_from_the_key() -> None:
    assert weights(b"a" * 32) != weights(b"b" * 32) and weights(None) == weights(None)
    assert all(0 < v < 2**31 - 1 for v in vars(weights(b"a" * 32)).values())
