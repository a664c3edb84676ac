"""The team journal: one PostgreSQL journal for every desk of a merchant (a `JournalStore`, as the SQLite one).

The same rules as the SQLite journal (journal/store.py), now shared by every desk, most of them kept by the
server itself (schema.py): the intent is written before sending; events are append-only and chained; an
entry's state follows its newest event; who wrote it is the database login.

Claims (`record_intent`, one transaction): an advisory transaction lock on the order id serialises every desk's
intents for that order; under it the same refusals as SQLite run against every desk's entries (an order id used
before, a capture/cancel/refund of the parent still open or waiting for review, and a refund that would take
the total refunded past what was paid: `refund_cap`), and the UNIQUE ref is the server's last word. The team
journal is one merchant's: a desk's profile name is recorded, never used to tell desks apart.

When the server cannot be reached, every call raises TeamJournalUnavailable (a JournalUnavailable): a money
move is refused before sending; an answer learnt after sending goes to the file beside `path` (fallback.py),
and is written to the team journal when it is back (the next call that connects settles it).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
import time
import uuid
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from ...api.said import said
from ...api.scrub import scrub, scrub_payload
from ..journal import fallback, owner
from ..journal.errors import JournalConflict, JournalDamaged, JournalUnavailable, conflict
from ..journal.explanations import Explanation
from ..journal.migrations import JournalTooNew
from ..journal.model import JournalEntry, JournalEvent
from ..journal.states import FOLLOW_UP_KINDS, KINDS, NEEDS_REVIEW, NEW_ORDER_KINDS, OPEN_STATES, STATES
from ..journal.verdict import Health, Standing
from ..money.guards import DuplicateOrder, GuardRefused
from ..profiles.user_values import current_operator
from . import connect as c
from . import explanations as explained
from . import queries, refusals
from .queries import ENTRY_COLUMNS
from .queries import by_id as _by_id
from .queries import entry_of as _entry
from .refusals import Refusal
from .schema import latest
from .values import iso as _iso
from .values import jsonb as _json

T = TypeVar("T")


class TeamJournal:
    """The team journal at a libpq URI (see the module docstring). `data_dir`: this desk's folder, where answers
    that could not reach the server wait (never the team's data). `keyring`: where the login's password is."""

    four_eyes = True  # payouts and refunds may need an approval (approvals.py)

    def __init__(
        self, uri: str, data_dir: str | os.PathLike[str], *, password: str | None = None, keyring: Any | None = None
    ) -> None:
        self.info = c.conninfo(uri)
        self.where = c.where(self.info)
        tag = hashlib.sha256(self.where.encode()).hexdigest()[:12]
        self.path = Path(data_dir) / f"team-journal-{tag}"  # the answers kept while the server is away live beside it
        self._password = password
        self._keyring = keyring
        self._lock = threading.RLock()
        self._conn: Any = None
        self.health = Health(self.path, Standing.INTACT)
        self.login = ""
        self.unreachable = ""  # why the server could not be reached when the profile opened ("" once it was)
        try:
            self._connection()  # a journal without the schema (or too new) is refused now, with its sentence
            self.verify()  # the server re-hashes the chain: a break refuses money until a person acknowledges it
        except c.TeamJournalUnavailable as exc:  # away: lookups and reports work; money waits until it is back
            self.unreachable = exc.user_message()

    # ---------------------------------------------------------------- the connection
    def _connection(self) -> Any:
        import psycopg

        if self._conn is not None and not self._conn.closed:
            return self._conn
        conn = c.connect(self.info, password=self._password, keyring=self._keyring)
        try:
            row = conn.execute(
                "SELECT (SELECT value FROM smartpay.meta WHERE key = 'schema_version'), session_user"
            ).fetchone()
        except psycopg.OperationalError as exc:  # it went away between connecting and the first question
            conn.close()
            raise c.unavailable(self.info, exc) from None
        except Exception as exc:
            conn.close()
            raise c.TeamJournalRefused(said(
                "{where} has no team journal a clerk may read ({reason}); the database owner runs `smartpay team init "
                "--journal URI` and grants the clerk's login smartpay_operator", where=self.where,
                reason=c._first_line(exc))) from None  # fmt: skip
        version = int(row[0] or 0)
        if version > latest():
            conn.close()
            raise JournalTooNew(said("the team journal at {where} is at version {version}; this desk knows {latest}",
                                     where=self.where, version=version, latest=latest()))  # fmt: skip
        if version < latest():
            conn.close()
            raise c.TeamJournalRefused(said(
                "the team journal at {where} is at version {version} and this desk needs version {latest}: the "
                "database owner runs `smartpay team init --journal URI` to bring it up to date", where=self.where,
                version=version, latest=latest()))  # fmt: skip
        self.login = str(row[1])
        self.unreachable = ""
        self._conn = conn
        if fallback.fallback_path(self.path).exists():
            notices = fallback.settle(self)
            if notices:
                self.health = Health(self.path, Standing.INTACT, notices=tuple(notices))
        return conn

    @contextmanager
    def _tx(self) -> Iterator[Any]:
        """One transaction on the connection (reconnecting if the server went away since)."""
        with self._lock:
            conn = self._connection()
            with self._errors(conn), conn.transaction():
                yield conn

    def _call(self, sql: str, args: Sequence[Any], refusal: Refusal | None = None) -> Any:
        """One statement, its own transaction (one round trip); `refusal` turns the server's own refusals (its
        SQLSTATE, its DETAIL) into the exception to raise, or None to raise it as any other refusal."""
        import psycopg

        with self._lock:
            conn = self._connection()
            with self._errors(conn):
                try:
                    return conn.execute(sql, args).fetchone()
                except psycopg.Error as exc:
                    code = getattr(exc, "sqlstate", None) or ""
                    told = refusal(code, getattr(exc.diag, "message_detail", None) or "") if refusal else None
                    if told is not None:
                        raise told from None
                    raise

    def _announce(self, entry: JournalEntry) -> None:
        """Tell the other desks (after the write's own transaction: see smartpay.announce). Never fails a write:
        a desk that misses it catches up on its next read."""
        with contextlib.suppress(JournalUnavailable):
            self._call("SELECT smartpay.announce(%s, %s)", (entry.id, entry.state))

    @contextmanager
    def _errors(self, conn: Any) -> Iterator[None]:
        import psycopg

        try:
            yield
        except psycopg.errors.RaiseException as exc:
            raise c.TeamJournalRefused(c._first_line(exc)) from None
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            self._drop()
            raise c.unavailable(self.info, exc) from None
        except psycopg.Error as exc:
            if getattr(exc, "sqlstate", None) in refusals.SERVER_RULES:
                raise c.TeamJournalRefused(refusals.server_words(exc)) from None
            if conn.closed or conn.broken:
                self._drop()
            raise c.unavailable(self.info, exc) from None

    def _read(self, work: Callable[[Any], T]) -> T:
        with self._tx() as conn:
            return work(conn)

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):  # already gone
                conn.close()

    def close(self) -> None:
        with self._lock:
            self._drop()

    def __enter__(self) -> TeamJournal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- writing
    def record_intent(
        self,
        *,
        kind: str,
        order_id: str,
        profile: str,
        environment: str,
        amount: int | None = None,
        currency: str | None = None,
        account: str | None = None,
        destination: str | None = None,
        parent_order_id: str | None = None,
        request: dict[str, Any] | None = None,
        note: str = "",
        operator: str | None = None,
        lease_s: float | None = None,
        refund_cap: int | None = None,
        fingerprint: str | None = None,
        approval_id: int | None = None,
        key: str | None = None,
    ) -> JournalEntry:
        """Claim the order and write the intent ("pending") in one transaction; see the module docstring.
        `operator` is ignored: the server writes the login. `approval_id`: the approved request (or batch request)
        this intent releases (the server checks it is exactly what was approved, once). `key`: a follow-up's
        idempotency key (its ref is f"{kind}:{order_id}:{key}"; used before: DuplicateOrder naming the entry)."""
        del operator
        if kind not in KINDS:
            raise ValueError(f"unknown operation kind {kind!r}")
        if not order_id:
            raise ValueError("order id is required")
        if not self.health.money_allowed:
            raise JournalDamaged(self.health.refusal())
        note, request = scrub(note), None if request is None else scrub_payload(request)
        destination = None if destination is None else scrub(destination)  # a card number where an account goes
        ref = order_id if kind in NEW_ORDER_KINDS else f"{kind}:{order_id}:{key or uuid.uuid4()}"
        parent = parent_order_id if parent_order_id is not None else (order_id if kind in FOLLOW_UP_KINDS else None)
        lease = time.time() + lease_s if lease_s else None
        refusal = refusals.claim_said(
            kind, order_id, amount, currency or "EUR", None if kind in NEW_ORDER_KINDS else key
        )
        try:
            row = self._call(
                f"SELECT {ENTRY_COLUMNS} FROM smartpay.claim(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s,"
                " %s, %s, %s)",
                (kind, order_id, ref, profile, environment, parent, amount, currency, account, destination, fingerprint,
                 note, owner.this_process(), lease, _json(request), refund_cap, approval_id),
                refusal,
            )  # fmt: skip
        except refusals.HeldForApproval as held:  # the team's policy: a request is written in its place
            from .approvals import ApprovalRequested, ask

            said_why = (request or {}).get("reason") or (request or {}).get("purpose") or note
            asked = ask(
                self, profile=profile, environment=environment, kind=kind, order_id=order_id, amount=amount or 0,
                currency=currency or "", account=account, destination=destination, fingerprint=fingerprint,
                reason=str(said_why), request=request or {},
            )  # fmt: skip
            raise ApprovalRequested(asked, held.above) from None
        entry = _entry(row)
        self._announce(entry)
        return entry

    def update(
        self,
        entry_id: int,
        state: str,
        *,
        note: str = "",
        request: dict[str, Any] | None = None,
        response: dict[str, Any] | None = None,
    ) -> JournalEntry:
        """Append an event moving the entry to `state`; as the SQLite journal: the same final state again, or any
        state after a final one, changes nothing; the other final state raises JournalConflict."""
        if state not in STATES:
            raise ValueError(f"unknown journal state {state!r}")
        note = scrub(note)
        request, response = (None if body is None else scrub_payload(body) for body in (request, response))

        def refused(code: str, detail: str) -> Exception | None:
            if code == "SP404":
                return KeyError(f"no journal entry {entry_id}")
            if code == "SP409":
                return conflict(self.entry_by_id(entry_id), state)
            return None

        row = self._call(
            f"SELECT {ENTRY_COLUMNS} FROM smartpay.record(%s, %s, %s, %s, %s)",
            (entry_id, state, note, _json(request), _json(response)),
            refused,
        )
        entry = _entry(row, entry_id)
        self._announce(entry)
        return entry

    def release(self, entry_id: int) -> None:
        with self._tx() as conn:
            conn.execute("UPDATE smartpay.entries SET lease_until = NULL WHERE id = %s", (entry_id,))

    def is_busy(self, entry: JournalEntry) -> bool:
        return owner.busy(str(self.path), entry.id, entry.owner, entry.lease_until)

    # ---------------------------------------------------------------- reading
    def entry_by_id(self, entry_id: int) -> JournalEntry:
        return self._read(lambda conn: _by_id(conn, entry_id))

    def entry(self, order_id: str, profile: str | None = None) -> JournalEntry | None:
        del profile  # one merchant's journal: every desk's entries count
        row = self._read(lambda conn: conn.execute(
            f"SELECT {ENTRY_COLUMNS} FROM smartpay.entries WHERE order_id = %s OR ref = %s"
            " ORDER BY (ref = %s) DESC, (kind = ANY(%s)) DESC, id DESC LIMIT 1",
            (order_id, order_id, order_id, list(NEW_ORDER_KINDS))).fetchone())  # fmt: skip
        return _entry(row) if row else None

    def entries(
        self,
        *,
        state: str | Sequence[str] | None = None,
        kind: str | Sequence[str] | None = None,
        text: str | None = None,
        since: datetime | date | str | None = None,
        until: datetime | date | str | None = None,
        profile: str | None = None,
        order_id: str | None = None,
        limit: int | None = None,
        newest_first: bool = True,
    ) -> list[JournalEntry]:
        """Every desk's entries, filtered (`profile` is not a filter here: one merchant's journal)."""
        del profile
        sql, args = queries.entries_sql(ENTRY_COLUMNS, state, kind, text, since, until, order_id, limit, newest_first)
        return self._read(lambda conn: [_entry(r) for r in conn.execute(sql, args).fetchall()])

    def entries_for(self, order_ids: Collection[str], *, profile: str | None = None) -> list[JournalEntry]:
        """Every entry whose order id is one of `order_ids` (a refund's is its parent's), oldest first; one query."""
        del profile  # one merchant's journal
        return self._read(lambda conn: queries.entries_for(conn, order_ids)) if order_ids else []

    def first_requests(self, entry_ids: Collection[int]) -> dict[int, dict[str, Any]]:
        """{entry id: the request journalled with its first event} (those without one left out); one query."""
        return self._read(lambda conn: queries.first_requests(conn, entry_ids)) if entry_ids else {}

    def open_entries(self, profile: str | None = None, *, include_busy: bool = False) -> list[JournalEntry]:
        found = self.entries(state=OPEN_STATES, newest_first=False)
        return found if include_busy else [e for e in found if not self.is_busy(e)]

    def needs_review(self, profile: str | None = None) -> list[JournalEntry]:
        return self.entries(state=NEEDS_REVIEW, newest_first=False)

    def events(self, entry_id: int) -> list[JournalEvent]:
        rows = self._read(lambda conn: conn.execute(
            "SELECT id, entry_id, seq, at, state, note, request, response, prev_hash, hash FROM smartpay.events"
            " WHERE entry_id = %s ORDER BY seq", (entry_id,)).fetchall())  # fmt: skip
        return [JournalEvent(r[0], r[1], r[2], _iso(r[3]), r[4], r[5], r[6], r[7], r[8], r[9], "sha256") for r in rows]

    def refunded_total(
        self, parent_order_id: str, *, profile: str | None = None, include_uncertain: bool = False
    ) -> int:
        return self._read(lambda conn: refusals.refunded(conn, parent_order_id, include_uncertain))

    def explain(
        self, *, report_kind: str, order_id: str, difference: str, note: str, operator: str | None = None
    ) -> Explanation:
        """As the SQLite journal's (explanations.py); `operator` is ignored: the server writes the login."""
        return explained.explain(self, report_kind, order_id, difference, note)

    def explanations(self) -> list[Explanation]:
        return explained.explanations(self)

    # ---------------------------------------------------------------- integrity
    def verify(self) -> list[str]:
        """Every event re-hashed by the server; sentences for breaks nobody acknowledged (empty when intact)."""

        def work(conn: Any) -> tuple[list[str], list[str], int, int]:
            broken = conn.execute("SELECT pos, entry, why FROM smartpay.broken_events() LIMIT 50").fetchall()
            found = [said("Event {position} (entry {entry}) of the team journal: {why}.", position=p, entry=e, why=w)
                     for p, e, w in broken]  # fmt: skip
            acked = {line for (text,) in conn.execute("SELECT problems FROM smartpay.acknowledgements")
                     for line in json.loads(text)}  # fmt: skip
            counts = conn.execute("SELECT (SELECT count(*) FROM smartpay.events),"
                                  " (SELECT count(*) FROM smartpay.entries)").fetchone()  # fmt: skip
            return [s for s in found if s not in acked], [s for s in found if s in acked], counts[0], counts[1]

        started = time.monotonic()
        problems, acknowledged, events, entries = self._read(work)
        standing = Standing.DAMAGED if problems else (Standing.ACKNOWLEDGED if acknowledged else Standing.INTACT)
        self.health = Health(self.path, standing, tuple(problems), tuple(acknowledged), full=True, checked=events,
                             events=events, entries=entries, seconds=time.monotonic() - started)  # fmt: skip
        return problems

    def acknowledge(self, note: str, *, operator: str | None = None) -> Health:
        if not note.strip():
            raise ValueError(said("An acknowledgement needs a note saying what was checked."))
        problems = self.verify()
        if problems:
            with self._tx() as conn:
                conn.execute("INSERT INTO smartpay.acknowledgements (note, problems) VALUES (%s, %s)",
                             (scrub(note.strip()), json.dumps(problems)))  # fmt: skip
            self.verify()
        return self.health


__all__ = ["DuplicateOrder", "GuardRefused", "JournalConflict", "TeamJournal", "current_operator"]
