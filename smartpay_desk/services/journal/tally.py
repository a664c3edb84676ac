"""The journal's tally: keyed counts and sums over every entry, kept up to date by each write and compared at
start with what the tables hold, in a few SQLite scans instead of re-hashing every event.

What the refusals before sending read (queries.py: an order's entries, their kind, state and amount) is what
the tally covers. For each state, the number of entries in it and a keyed sum of their ids; over all entries,
keyed sums of their amounts and kinds; and how many entries and events there are, with the last event and
its hash. "Keyed" means each entry's part is weighted by a number derived from the journal's key:

    state sum  Σ (id·a₁ + a₂) mod P          (entries in that state; from the state index alone)
    amounts    Σ (id·b₁ + b₂) mod P · (amount + 1) mod P       (amount NULL counts as 0)
    kinds      Σ (id·c₁ + c₂) mod P · (first letter·32 + length of the kind) mod P

P = 2³¹ − 1. Moving a state, an amount or a kind, or removing or adding an entry, changes them; making two
edits cancel out needs the weights, hence the key. Without a key the weights are fixed, and the tally shows
damage and careless edits only. The tally itself is sealed (chain.mac) in the `meta` table.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from dataclasses import dataclass, field, replace
from typing import Any

from ...api.said import said
from .chain import mac

P = 2_147_483_647


@dataclass(frozen=True)
class Weights:
    a1: int
    a2: int
    b1: int
    b2: int
    c1: int
    c2: int


def weights(secret: bytes | None) -> Weights:
    """The weights for a key (fixed ones without a key)."""
    seed = hmac.new(secret or b"no key", b"smartpay-desk journal tally", hashlib.sha256).digest()
    parts = [int.from_bytes(seed[i : i + 5], "big") % (P - 1) + 1 for i in range(0, 30, 5)]
    return Weights(*parts)


def _cmod(value: int) -> int:
    """SQLite's % (the sign of the dividend), so Python and SQL agree on every value."""
    rest = abs(value) % P
    return -rest if value < 0 else rest


def id_term(w: Weights, entry_id: int) -> int:
    return (entry_id * w.a1 + w.a2) % P


def amount_term(w: Weights, entry_id: int, amount: int | None) -> int:
    return 0 if amount is None else _cmod(((entry_id * w.b1 + w.b2) % P) * _cmod(amount + 1))


def kind_term(w: Weights, entry_id: int, kind: str) -> int:
    return ((entry_id * w.c1 + w.c2) % P) * (ord(kind[0]) * 32 + len(kind)) % P if kind else 0


@dataclass(frozen=True)
class Tally:
    entries: int = 0
    events: int = 0
    last_event: int = 0
    head: str = ""
    states: dict[str, tuple[int, int]] = field(default_factory=dict)  # state → (entries, keyed id sum)
    amounts: int = 0
    kinds: int = 0

    def record(self) -> dict[str, Any]:
        return {
            "entries": self.entries, "events": self.events, "last_event": self.last_event, "head": self.head,
            "states": {s: list(v) for s, v in sorted(self.states.items()) if v[0]}, "amounts": self.amounts,
            "kinds": self.kinds,
        }  # fmt: skip

    def sealed(self, secret: bytes | None) -> str:
        body = self.record()
        return json.dumps({**body, "seal": mac(secret, body)}, sort_keys=True)

    @classmethod
    def unseal(cls, text: str | None, secret: bytes | None) -> Tally | None:
        """The tally stored as `text`, or None when there is none or its seal does not match."""
        if not text:
            return None
        try:
            data = json.loads(text)
            seal = data.pop("seal")
            if not hmac.compare_digest(str(seal), mac(secret, data)):
                return None
            states = {str(s): (int(v[0]), int(v[1])) for s, v in data["states"].items()}
            return cls(int(data["entries"]), int(data["events"]), int(data["last_event"]), str(data["head"]),
                       states, int(data["amounts"]), int(data["kinds"]))  # fmt: skip
        except (ValueError, KeyError, TypeError, AttributeError, IndexError):
            return None

    # ---------------------------------------------------------------- what a write changes
    def with_entry(self, w: Weights, entry_id: int, kind: str, amount: int | None, state: str) -> Tally:
        states = dict(self.states)
        count, ids = states.get(state, (0, 0))
        states[state] = (count + 1, ids + id_term(w, entry_id))
        return replace(
            self, entries=self.entries + 1, states=states, amounts=self.amounts + amount_term(w, entry_id, amount),
            kinds=self.kinds + kind_term(w, entry_id, kind),
        )  # fmt: skip

    def with_move(self, w: Weights, entry_id: int, before: str, after: str) -> Tally:
        if before == after:
            return self
        states = dict(self.states)
        term = id_term(w, entry_id)
        count, ids = states.get(before, (0, 0))
        states[before] = (count - 1, ids - term)
        count, ids = states.get(after, (0, 0))
        states[after] = (count + 1, ids + term)
        return replace(self, states=states)

    def with_event(self, event_id: int, head: str) -> Tally:
        return replace(self, events=self.events + 1, last_event=event_id, head=head)

    def differences(self, other: Tally) -> list[str]:
        """What differs from `other` (what the tables hold), in the operator's words."""
        found: list[str] = []
        if self.entries != other.entries:
            found.append(said("the journal should hold {expected} entries and holds {entries}", expected=self.entries,
                              entries=other.entries))  # fmt: skip
        mine = {s: v for s, v in self.states.items() if v[0]}
        theirs = {s: v for s, v in other.states.items() if v[0]}
        if mine != theirs:
            moved = sorted(s for s in set(mine) | set(theirs) if mine.get(s) != theirs.get(s))
            found.append(said("the states of its entries were changed ({states})", states=", ".join(moved)))
        if self.amounts != other.amounts:
            found.append(said("an amount was changed"))
        if self.kinds != other.kinds:
            found.append(said("the kind of an operation was changed"))
        if (self.events, self.last_event) != (other.events, other.last_event):
            found.append(said("it should hold {events} events ending with event {last}, and holds {now_events} ending "
                              "with event {now_last}", events=self.events, last=self.last_event,
                              now_events=other.events, now_last=other.last_event))  # fmt: skip
        elif self.head != other.head:
            found.append(said("its event {event} is not the one it was written with", event=self.last_event))
        return found


def measure(db: sqlite3.Connection, w: Weights) -> Tally:
    """The tally of what the tables hold now (one scan of the state index, one of the entries)."""
    states = {
        str(r[0]): (int(r[1]), int(r[2]))
        for r in db.execute(f"SELECT state, COUNT(*), SUM((id * {w.a1} + {w.a2}) % {P}) FROM entries GROUP BY state")  # noqa: S608 - integers only
    }
    entries, amounts, kinds = db.execute(
        f"SELECT COUNT(*), IFNULL(SUM(((id * {w.b1} + {w.b2}) % {P}) * ((amount + 1) % {P}) % {P}), 0),"  # noqa: S608 - integers only
        f" IFNULL(SUM(((id * {w.c1} + {w.c2}) % {P}) * (UNICODE(kind) * 32 + LENGTH(kind)) % {P}), 0) FROM entries"
    ).fetchone()
    events, last = db.execute("SELECT COUNT(*), IFNULL(MAX(id), 0) FROM events").fetchone()
    head_row = db.execute("SELECT hash FROM events WHERE id = ?", (last,)).fetchone()
    return Tally(int(entries), int(events), int(last), str(head_row[0]) if head_row else "", states, int(amounts),
                 int(kinds))  # fmt: skip
