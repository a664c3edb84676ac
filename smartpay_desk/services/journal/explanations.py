"""Explanations: a person's note on a difference a reconciliation found (services/recon), journaled with who and
when (table `explanations`, append-only, version 3).

A difference is named by (report kind, order id, class): ("Payment", "order-17", "amount_differs"). Each
explanation is sealed with the journal's key (chain.mac, as acknowledgements are), so nobody can explain a
difference away on an operator's behalf by editing the file: one whose seal does not hold under a key at hand
is left out, and its difference shows as open again. Nothing here is money: a journal that is damaged and not
acknowledged still takes explanations.

`Explaining` is a mixin of store.Journal (which provides `_db`, `_read`, `_write` and `_sealing_key`); the team
journal (team/store.py) has the same two methods on PostgreSQL.
"""

from __future__ import annotations

import contextlib
import hmac
import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from ...api.said import said
from ...api.scrub import scrub
from ..profiles.user_values import current_operator
from .chain import mac
from .errors import JournalKeyUnreachable
from .model import now_iso

if TYPE_CHECKING:
    from .sealing import Sealing

T = TypeVar("T")
FIELDS = ("at", "operator", "report_kind", "order_id", "difference", "note", "key_id")
MAX_NOTE_CHARS = 2_000


@dataclass(frozen=True)
class Explanation:
    """One person's note on one difference; the newest one for a key is the one shown."""

    id: int
    at: str  # ISO 8601, UTC
    operator: str
    report_kind: str  # Payment | Withdrawal | Refund
    order_id: str
    difference: str  # the difference's class (recon.match.DiffClass value)
    note: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.report_kind, self.order_id, self.difference)

    @property
    def words(self) -> str:
        """'anna explained it on 2025-03-01 10:15 UTC: “paid by bank transfer instead”'"""
        when = self.at[:16].replace("T", " ")
        return said("{operator} explained it on {when} UTC: “{note}”", operator=self.operator, when=when,
                    note=self.note)  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def clean_note(note: str) -> str:
    """The note as it is kept: scrubbed (no secret or card number is ever written), trimmed; ValueError if empty
    or longer than MAX_NOTE_CHARS."""
    text = scrub(note.strip())
    if not text:
        raise ValueError(said("An explanation needs a note saying why the difference is all right."))
    if len(text) > MAX_NOTE_CHARS:
        raise ValueError(said("An explanation is at most {count:,} characters.", count=MAX_NOTE_CHARS))
    return text


def check_key(report_kind: str, order_id: str, difference: str) -> None:
    if not (report_kind and order_id and difference):
        raise ValueError("An explanation names the report kind, the order id and the class of the difference.")


class Explaining:
    """The SQLite journal's explanations (a mixin of store.Journal)."""

    _db: sqlite3.Connection

    if TYPE_CHECKING:  # provided by store.Journal

        def _read(self, work: Callable[[], T]) -> T: ...

        def _write(self) -> contextlib.AbstractContextManager[sqlite3.Connection]: ...

        def _sealing_key(self, db: sqlite3.Connection) -> Sealing: ...

    def explain(
        self, *, report_kind: str, order_id: str, difference: str, note: str, operator: str | None = None
    ) -> Explanation:
        """Journal a person's note on a difference (who: `operator` or the OS user; when: now). Append-only; a
        later explanation of the same difference is shown instead of the earlier one, which is kept."""
        check_key(report_kind, order_id, difference)
        row: dict[str, Any] = {
            "at": now_iso(), "operator": operator or current_operator(), "report_kind": report_kind,
            "order_id": order_id, "difference": difference, "note": clean_note(note),
        }  # fmt: skip
        with self._write() as db:
            sealing = self._sealing_key(db)
            row["key_id"] = sealing.key_id
            cur = db.execute(
                f"INSERT INTO explanations ({', '.join(FIELDS)}, seal) VALUES ({', '.join('?' * (len(FIELDS) + 1))})",  # noqa: S608 - our own column names
                (*row.values(), mac(sealing.secret, row)),
            )
            return _explanation(int(cur.lastrowid or 0), row)

    def explanations(self) -> list[Explanation]:
        """Every explanation whose seal holds, oldest first. On a keyed journal whose key is not at hand (a locked
        keyring) none can be trusted, so none is returned: the differences show as open until it is unlocked."""

        def work() -> list[Explanation]:
            db = self._db
            journal_key = db.execute("SELECT value FROM meta WHERE key = 'key_id'").fetchone()
            sealing: Sealing | None = None
            if journal_key is not None and journal_key[0]:
                try:
                    sealing = self._sealing_key(db)
                except JournalKeyUnreachable:
                    return []
            rows = db.execute(f"SELECT id, {', '.join(FIELDS)}, seal FROM explanations ORDER BY id")  # noqa: S608
            return [_explanation(int(r["id"]), r) for r in rows if _holds(r, sealing)]

        return self._read(work)


def _holds(row: sqlite3.Row, sealing: Sealing | None) -> bool:
    """Sealed with the journal's key; on a journal without a key, with plain sha256 (and no key named)."""
    key_id = str(row["key_id"])
    if (sealing.key_id if sealing is not None else "") != key_id:
        return False
    secret = sealing.secret if sealing is not None else None
    return hmac.compare_digest(str(row["seal"]), mac(secret, {name: row[name] for name in FIELDS}))


def _explanation(explanation_id: int, row: Any) -> Explanation:
    return Explanation(explanation_id, str(row["at"]), str(row["operator"]), str(row["report_kind"]),
                       str(row["order_id"]), str(row["difference"]), str(row["note"]))  # fmt: skip
