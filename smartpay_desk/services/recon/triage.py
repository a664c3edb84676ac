"""Triage: everything that needs a person, in one list, oldest first, each with its age and the one action that
moves it on. No Qt; blocking (it reads the journal).

    items = open_items(journal, profile="Sandbox", differences=result.open)
    waited = [i for i in items if i.age >= NOTIFY_AFTER]      # the desk tells the tray about these

What needs a person:
- a journal entry whose outcome is unknown (check again), or waiting for review (settle the review);
- one written, sent or processing for longer than `older_than` (default an hour): check again;
- a request for another person's approval, waiting (a team journal: approve);
- a difference a reconciliation found that nobody has explained (explain). The journal does not keep
  reconciliations: the caller passes the differences of the reports it holds (the desk: those it reconciled;
  `smartpay open --report FILE`).
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, cast

from ...api.said import said
from ..journal.interface import JournalStore
from ..journal.model import JournalEntry
from ..journal.states import NEEDS_REVIEW, OPEN_STATES, Kind, State
from ..money.words import money
from .collector import collector_paused
from .match import Difference

if TYPE_CHECKING:
    from ..team.store import TeamJournal

OLDER_THAN = timedelta(hours=1)  # a processing entry needs a person after this long
NOTIFY_AFTER = timedelta(days=1)  # the desk notifies (tray message) about what has waited this long


class Action(StrEnum):
    """The one thing that moves an item on."""

    CHECK = "check_again"
    REVIEW = "settle_review"
    EXPLAIN = "explain"
    APPROVE = "approve"

    @property
    def words(self) -> str:
        return _ACTION_WORDS[self]


_ACTION_WORDS = {Action.CHECK: said("check again"), Action.REVIEW: said("settle the review"),
                 Action.EXPLAIN: said("explain"), Action.APPROVE: said("approve")}  # fmt: skip


@dataclass(frozen=True)
class OpenItem:
    """One thing waiting for a person. `source`: "entry", "approval" or "difference"; the fields that name it
    (entry_id, approval_id, difference) are set for its source."""

    source: str
    since: datetime  # aware, UTC
    age: timedelta
    order_id: str
    sentence: str
    action: Action
    command: str  # the `smartpay` command that moves it on
    entry_id: int | None = None
    approval_id: int | None = None
    difference: Difference | None = None

    @property
    def age_words(self) -> str:
        return age_words(self.age)

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "since": self.since.isoformat(timespec="seconds"),
                "age_s": int(self.age.total_seconds()), "age": self.age_words, "order_id": self.order_id,
                "sentence": self.sentence, "action": str(self.action), "action_words": self.action.words,
                "command": self.command, "entry_id": self.entry_id, "approval_id": self.approval_id,
                "difference": self.difference.to_json() if self.difference is not None else None}  # fmt: skip


def age_words(age: timedelta) -> str:
    """'45 s', '12 min', '3 h 5 min', '2 days 4 h' (a Said, api/said.py)."""
    seconds = max(0, int(age.total_seconds()))
    if seconds < 60:
        return said("{seconds} s", seconds=seconds)
    minutes = seconds // 60
    if minutes < 60:
        return said("{minutes} min", minutes=minutes)
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        if minutes:
            return said("{hours} h {minutes} min", hours=hours, minutes=minutes)
        return said("{hours} h", hours=hours)
    days, hours = divmod(hours, 24)
    if days == 1:
        return said("1 day {hours} h", hours=hours) if hours else said("1 day")
    return said("{days} days {hours} h", days=days, hours=hours) if hours else said("{days} days", days=days)


def _when(iso: str) -> datetime:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return datetime.fromtimestamp(0, UTC)
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def _entry_item(entry: JournalEntry, now: datetime) -> OpenItem:
    since = _when(entry.created_at)
    kind = Kind(entry.kind).words
    if entry.amount is not None and entry.currency:
        what = said("{kind} of {amount} for order {order_id}", kind=kind, amount=money(entry.amount, entry.currency),
                    order_id=entry.order_id)  # fmt: skip
    else:
        what = said("{kind} for order {order_id}", kind=kind, order_id=entry.order_id)
    state = State(entry.state)
    if state == NEEDS_REVIEW:
        sentence = said("The {what} needs your verdict: was it made? Look it up at the gateway, then settle it.",
                        what=what)  # fmt: skip
        action, command = Action.REVIEW, f"smartpay resolve {entry.id} --succeeded|--failed --note TEXT"
    else:
        sentence = said("The {what} is {state} (journal entry {entry}).", what=what, state=state.words, entry=entry.id)
        action, command = Action.CHECK, "smartpay reconcile"
    return OpenItem("entry", since, now - since, entry.order_id, sentence, action, command, entry_id=entry.id)


def _difference_item(difference: Difference, now: datetime, report: str) -> OpenItem:
    since = difference.since or now
    since = since if since.tzinfo else since.replace(tzinfo=UTC)
    command = (f"smartpay reconcile-report {shlex.quote(report) if report else 'FILE'} --explain "
               f"{shlex.quote(difference.order_id)} --class {difference.cls} --note TEXT")  # fmt: skip
    sentence = said("{cls}: {sentence}", cls=difference.cls.heading, sentence=difference.sentence)
    return OpenItem("difference", since.astimezone(UTC), now - since, difference.order_id, sentence,
                    Action.EXPLAIN, command, entry_id=difference.entry.id if difference.entry else None,
                    difference=difference)  # fmt: skip


def _approvals(journal: JournalStore, now: datetime) -> list[OpenItem]:
    if not getattr(journal, "four_eyes", False):
        return []
    from ..team import approvals  # psycopg: only for a team journal

    items = []
    for request in approvals.requests(cast("TeamJournal", journal), state="requested"):
        since = _when(request.created_at)
        sentence = said("The {kind} of {amount} for order {order_id}, asked by {operator}, waits for another person's "
                        "approval (request {id}).", kind=Kind(request.kind).words,
                        amount=money(request.amount, request.currency), order_id=request.order_id,
                        operator=request.requested_by, id=request.id)  # fmt: skip
        items.append(OpenItem("approval", since, now - since, request.order_id, sentence, Action.APPROVE,
                              f"smartpay approvals approve {request.id}", approval_id=request.id))  # fmt: skip
    return items


def open_items(
    journal: JournalStore,
    *,
    profile: str | None = None,
    older_than: timedelta = OLDER_THAN,
    differences: Iterable[Difference] = (),
    report: str = "",
    now: datetime | None = None,
) -> list[OpenItem]:
    """Everything that needs a person (module docstring), oldest first. `differences`: those of the reports
    the caller holds (explained ones are left out); `report`: the file they came from, for the command shown."""
    with collector_paused():  # thousands of entries and items, made in the desk's worker
        return _open_items(journal, profile, older_than, differences, report, now or datetime.now(UTC))


def _open_items(
    journal: JournalStore,
    profile: str | None,
    older_than: timedelta,
    differences: Iterable[Difference],
    report: str,
    now: datetime,
) -> list[OpenItem]:
    items: list[OpenItem] = []
    for entry in journal.entries(state=(*OPEN_STATES, NEEDS_REVIEW), profile=profile, newest_first=False):
        item = _entry_item(entry, now)
        urgent = entry.state in (State.UNKNOWN, State.NEEDS_REVIEW)
        if urgent or (item.age >= older_than and not journal.is_busy(entry)):
            items.append(item)
    items += _approvals(journal, now)
    items += difference_items(differences, report=report, now=now)
    items.sort(key=lambda i: i.since)
    return items


def difference_items(
    differences: Iterable[Difference], *, report: str = "", now: datetime | None = None
) -> list[OpenItem]:
    """The differences nobody has explained, as items (`report`: the file, for the command shown)."""
    now = now or datetime.now(UTC)
    return [_difference_item(d, now, report) for d in differences if d.is_open]


def waited_too_long(items: Iterable[OpenItem], after: timedelta = NOTIFY_AFTER) -> list[OpenItem]:
    """What has waited longer than `after` (a day): what the desk's tray message is about."""
    return [i for i in items if i.age > after]
