"""Moving a desk's SQLite journal into the team journal (`smartpay journal import --to URI`): the chain checked
first, every entry and its events copied in order in one transaction, nothing copied twice.

    with Journal.in_dir(folder) as source, TeamJournal(uri, folder) as team:
        done = import_journal(source, team)          # Imported(copied, skipped, events, renamed)

DESIGN NOTE (what a copy keeps). The server writes who and when itself (schema.py: `operator` = the login,
times = the server's clock, an entry's state = its newest event's), so a copied row says who imported it and
when. What the desk's journal said is kept beside it, in each copied event's request under the key "imported":
{"journal": origin, "entry_id", "seq", "at", "state"} and, on an entry's first event, also its original
"operator", "created_at", "updated_at", "ref" and "owner". The first event's note also starts with the original
operator and time, so a person reading the team journal sees them. States and notes are copied as they were, in
order (the server's state machine is the SQLite journal's). An entry keeps its ref (the order id of a new order,
"<kind>:<parent>:<uuid>" of a follow-up), so the order ids the desk used are claimed for the whole team from
then on; an entry still open is settled by the next `reconcile` of any desk, by /check, never by sending again.

Nothing twice: the origin is the SQLite journal's first event's hash, in letters (a copy of the data folder is the same
journal, and is not imported again). An entry whose (origin, entry id) is already in the team journal is skipped
and counted; two imports of one journal at once are serialised by an advisory lock on the origin, and the whole
import is one transaction (all of it or nothing). An order id already used in the team journal by another desk
keeps its claim there; the copied history is kept under the ref "imported:<origin>:<entry id>:<ref>" and named
(nothing lost, nothing claimed twice).

Refused before anything is copied: a SQLite journal changed or damaged that nobody acknowledged (`verify`), an
entry a running desk is still sending. Refused by the server at commit, with nothing copied: an entry at or
above the team's approval policy (it was never released by an approver): import before the policy is set, or
have an approver lift it for the import. The copy holds the team journal's chain lock until it commits, so other
desks' writes wait for it: import at a quiet time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...api.scrub import scrub, scrub_payload
from ..journal.model import JournalEntry, JournalEvent
from ..journal.store import Journal
from . import connect as c
from .store import TeamJournal

MARK = "imported"
_ORIGIN_LOCK = 7202  # hashtextextended seed of the advisory lock serialising imports of one journal
_LETTERS = str.maketrans("0123456789", "ghijklmnop")  # an origin in letters: nothing masks it as a card number


class ImportRefused(ValueError):
    """Nothing was imported; the message says why, in a sentence. `damaged`: the source journal's chain."""

    def __init__(self, sentence: str, *, damaged: bool = False) -> None:
        super().__init__(sentence)
        self.damaged = damaged


@dataclass(frozen=True)
class Imported:
    origin: str  # the SQLite journal's identity (its first event's hash)
    copied: int  # entries copied now
    skipped: int  # entries copied by an earlier import
    events: int  # events copied now
    renamed: tuple[str, ...] = ()  # order ids already claimed in the team journal: kept under their own ref


def origin_of(source: Journal) -> str | None:
    """The journal's identity: its first event's hash (None when it holds no entry)."""
    first = source.entries(newest_first=False, limit=1)
    if not first:
        return None
    events = source.events(first[0].id)
    return "j-" + events[0].hash[:32].translate(_LETTERS) if events else None


def import_journal(source: Journal, target: TeamJournal, *, profile: str | None = None) -> Imported:
    """Copy `source` (only `profile`'s entries when given) into `target`; see the module docstring. Raises
    ImportRefused, or TeamJournalRefused / TeamJournalUnavailable from the server (nothing copied then)."""
    problems = source.verify()
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ImportRefused(
            f"The journal {source.path} was changed or damaged and nobody acknowledged it: {problems[0]}{more} "
            "Nothing was imported: see `smartpay journal --verify`, and acknowledge what you checked "
            '(`smartpay journal acknowledge --note "…"`) before importing it.',
            damaged=True,
        )
    entries = source.entries(profile=profile, newest_first=False)
    busy = [e for e in entries if e.is_open and source.is_busy(e)]
    if busy:
        raise ImportRefused(
            f"Entry {busy[0].id} (order {busy[0].order_id}) is being sent by a desk that is still running; "
            "nothing was imported. Import when it is done."
        )
    origin = origin_of(source)
    if origin is None or not entries:
        return Imported(origin or "", 0, 0, 0)
    histories = [(entry, source.events(entry.id)) for entry in entries]
    try:
        with target._tx() as conn:
            return _copy(conn, origin, histories)
    except c.TeamJournalRefused as exc:
        if "approval" not in (exc.detail or ""):
            raise
        raise c.TeamJournalRefused(
            f"{exc.detail}. Nothing was imported: an entry at or above the team's approval policy was never "
            "released by an approver; import before the policy is set, or have an approver lift it for the "
            "import (`smartpay team policy --approval-above none --currency CUR`) and set it again after"
        ) from None


def _copy(conn: Any, origin: str, histories: list[tuple[JournalEntry, list[JournalEvent]]]) -> Imported:
    conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, %s))", (origin, _ORIGIN_LOCK))
    rows = conn.execute(
        "SELECT request -> 'imported' ->> 'entry_id' FROM smartpay.events"
        " WHERE seq = 1 AND request -> 'imported' ->> 'journal' = %s",
        (origin,),
    ).fetchall()
    done = {int(r[0]) for r in rows if r[0] is not None}
    copied = skipped = events = 0
    renamed: list[str] = []
    for entry, history in histories:
        if entry.id in done:
            skipped += 1
            continue
        if not history:
            continue  # an entry without its intent cannot be (verify would have said so)
        taken = conn.execute("SELECT 1 FROM smartpay.entries WHERE ref = %s", (entry.ref,)).fetchone()
        ref = entry.ref if taken is None else f"imported:{origin[:12]}:{entry.id}:{entry.ref}"
        if taken is not None:
            renamed.append(entry.order_id)
        (new_id,) = conn.execute(
            "INSERT INTO smartpay.entries (profile, environment, kind, order_id, ref, parent_order_id, amount,"
            " currency, account, destination, note, owner, lease_until)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, '', NULL) RETURNING id",
            (entry.profile, entry.environment, entry.kind, entry.order_id, ref, entry.parent_order_id, entry.amount,
             entry.currency, entry.account, entry.destination, _note(entry, history[0])),
        ).fetchone()  # fmt: skip
        for event in history:
            conn.execute(
                "INSERT INTO smartpay.events (entry_id, state, note, request, response) VALUES (%s, %s, %s, %s, %s)",
                (new_id, event.state, _note(entry, event), _jsonb(_request(origin, entry, event)),
                 _jsonb(event.response)),
            )  # fmt: skip
        copied += 1
        events += len(history)
    return Imported(origin, copied, skipped, events, tuple(renamed))


def _note(entry: JournalEntry, event: JournalEvent) -> str:
    note = scrub(event.note or "")
    if event.seq != 1:
        return note
    said = f"imported: {entry.operator} at {entry.created_at[:19].replace('T', ' ')} UTC (entry {entry.id})"
    return f"{said}; {note}" if note else said


def _request(origin: str, entry: JournalEntry, event: JournalEvent) -> dict[str, Any]:
    request = event.request
    body: dict[str, Any] = scrub_payload(request) if isinstance(request, dict) else {}
    if request is not None and not isinstance(request, dict):
        body["original"] = scrub(request)
    mark: dict[str, Any] = {"journal": origin, "entry_id": entry.id, "seq": event.seq, "at": event.at,
                            "state": event.state}  # fmt: skip
    if event.seq == 1:
        mark.update(operator=entry.operator, created_at=entry.created_at, updated_at=entry.updated_at, ref=entry.ref,
                    owner=entry.owner)  # fmt: skip
    body[MARK] = mark  # not scrubbed: our own identifiers, times and states (the origin is in letters)
    return body


def _jsonb(obj: Any) -> Any:
    from psycopg.types.json import Jsonb

    return None if obj is None else Jsonb(scrub_payload(obj) if isinstance(obj, dict) else obj)
