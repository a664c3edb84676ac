"""Matching a gateway report with the journal, and the named classes of difference. Pure: no I/O, no Qt.

    result = match(report.rows, entries, scope, explanations)   # a Reconciliation

Each report row is matched with the journal entry of its order id (payments, authorizations, repeat charges,
payment links, payouts: the kinds that make an order of their own). A refund has no order id of its own in the
journal (its entry names the parent): it is matched by the refund id the journal noted when it went through
(money/history.refunded_note), else by its parent (a parent column, or a gateway that lists a refund under the
payment's order id) and its amount.

What the journal expects the gateway to say of an entry: succeeded → success, failed → fail; an authorization
that succeeded → processing (held) until a capture (success) or a cancel (fail) of it succeeded, or success when
the gateway captured it at once; anything not final (pending, sent, processing, unknown, needs review) → open.

Every difference is one of `DiffClass`, with a sentence; one per report row (still open, else status, else
amount) and one per journal entry the report should hold and does not. Open entries missing from the report are
not differences: the triage lists them (triage.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from ...api.said import said
from ..journal.explanations import Explanation
from ..journal.model import JournalEntry
from ..journal.states import Kind, State
from ..money.words import money
from .collector import collector_paused
from .report import ReportRow, Scope

REPORT_TYPE = {
    Kind.PAYMENT_LINK: "Payment", Kind.PAYMENT_H2H: "Payment", Kind.AUTHORIZE: "Payment",
    Kind.RECURRENT: "Payment", Kind.WITHDRAWAL: "Withdrawal", Kind.REFUND: "Refund",
}  # fmt: skip
_TYPE_OF = {str(k): t for k, t in REPORT_TYPE.items()}  # keyed by the plain strings entries hold
_REFUND_ID = re.compile(r"\(refund id ([^)\s]+)\)")  # money/history.refunded_note writes it


class DiffClass(StrEnum):
    """The named classes of difference (their values are what --json, --class and the journal say)."""

    STATUS = "status_differs"
    AMOUNT = "amount_differs"
    JOURNAL_ONLY = "journal_only"
    REPORT_ONLY = "report_only"
    STILL_OPEN = "still_open"

    @property
    def words(self) -> str:
        """Its words in a sentence ("status differs"): a Said (api/said.py)."""
        return _WORDS[self]

    @property
    def heading(self) -> str:
        """Its words to begin a line ("Status differs")."""
        return _HEADINGS[self]

    @property
    def alarming(self) -> bool:
        """Made elsewhere (the website, another system) is shown, not alarming; the others need a look."""
        return self is not DiffClass.REPORT_ONLY


_WORDS = {
    DiffClass.STATUS: said("status differs"),
    DiffClass.AMOUNT: said("amount differs"),
    DiffClass.JOURNAL_ONLY: said("in the journal, not in the report"),
    DiffClass.REPORT_ONLY: said("in the report, not in the journal"),
    DiffClass.STILL_OPEN: said("still open in the journal"),
}
_HEADINGS = {
    DiffClass.STATUS: said("Status differs"),
    DiffClass.AMOUNT: said("Amount differs"),
    DiffClass.JOURNAL_ONLY: said("In the journal, not in the report"),
    DiffClass.REPORT_ONLY: said("In the report, not in the journal"),
    DiffClass.STILL_OPEN: said("Still open in the journal"),
}
_TYPE_WORDS = {"payment": said("payment"), "withdrawal": said("withdrawal"), "refund": said("refund"),
               "": said("transaction")}  # a report row's Type, in a sentence  # fmt: skip
_FINAL_WORDS = {"succeeded": said("succeeded"), "failed": said("failed")}  # a final entry's state, in a sentence


@dataclass(frozen=True)
class Difference:
    """One difference. `order_id` names it (a refund: its refund id, else its journal ref); `report_kind` is the
    report type it belongs to; `entry` and `row` are the two sides (None where a side has nothing)."""

    report_kind: str
    order_id: str
    cls: DiffClass
    sentence: str
    entry: JournalEntry | None
    row: ReportRow | None
    expected: str | None = None  # what the journal expects the gateway to say (None: the entry is open)
    explanation: Explanation | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        """(report kind, order id, class): what an explanation is journaled under."""
        return (self.report_kind, self.order_id, str(self.cls))

    @property
    def is_open(self) -> bool:
        return self.explanation is None

    @property
    def amount(self) -> tuple[int, str] | None:
        """The money concerned (minor units, currency): the journal's amount, else the report's."""
        if self.entry is not None and self.entry.amount is not None:
            return self.entry.amount, self.entry.currency or (self.row.currency if self.row else "")
        if self.row is not None and self.row.amount is not None:
            return self.row.amount, self.row.currency
        return None

    @property
    def since(self) -> datetime | None:
        """When it began: the journal entry's time, else the report row's."""
        if self.entry is not None:
            try:
                return datetime.fromisoformat(self.entry.created_at)
            except ValueError:
                pass
        return self.row.created if self.row is not None else None

    def to_json(self) -> dict[str, Any]:
        e, x = self.entry, self.explanation
        journal = None if e is None else {
            "entry_id": e.id, "kind": e.kind, "state": e.state, "expects": self.expected, "amount": e.amount,
            "currency": e.currency, "created_at": e.created_at, "order_id": e.order_id,
            "parent_order_id": e.parent_order_id,
        }  # fmt: skip
        return {"order_id": self.order_id, "kind": self.report_kind, "class": str(self.cls),
                "sentence": self.sentence, "journal": journal, "report": self.row.to_json() if self.row else None,
                "explained": None if x is None else {"by": x.operator, "at": x.at, "note": x.note}}  # fmt: skip


@dataclass(frozen=True)
class ClassSummary:
    cls: DiffClass
    count: int
    unexplained: int
    money: dict[str, int]  # currency → minor units concerned

    def amounts(self) -> str:
        """The money concerned in each currency ("12.50 EUR, 3.00 USD"; "no amount"), a Said."""
        out: str = ""
        for currency, value in sorted(self.money.items()):
            if currency:
                amount = money(value, currency)
                out = said("{first}, {more}", first=out, more=amount) if out else amount
        return out or said("no amount")

    def words(self) -> str:
        return said("{cls}: {count} ({unexplained} not explained), {amounts}", cls=self.cls.words, count=self.count,
                    unexplained=self.unexplained, amounts=self.amounts())  # fmt: skip


@dataclass
class Reconciliation:
    """A report matched with the journal. `matched`: rows found in both that agree."""

    scope: Scope
    rows: int
    matched: int
    differences: list[Difference] = field(default_factory=list)

    @property
    def open(self) -> list[Difference]:
        """The differences nobody has explained yet (what exit status 1 and the triage count)."""
        return [d for d in self.differences if d.is_open]

    def summary(self) -> list[ClassSummary]:
        """Counts and money per class, in DiffClass order (a class with nothing is left out)."""
        out = []
        for cls in DiffClass:
            found = [d for d in self.differences if d.cls is cls]
            if not found:
                continue
            totals: dict[str, int] = {}
            for d in found:
                if (concerned := d.amount) is not None:
                    totals[concerned[1]] = totals.get(concerned[1], 0) + concerned[0]
            out.append(ClassSummary(cls, len(found), sum(d.is_open for d in found), totals))
        return out

    def by_row(self) -> dict[int, Difference]:
        """Report row index (the viewer's row) → its difference: the rows the viewer marks."""
        return {d.row.index: d for d in self.differences if d.row is not None}

    def find(self, order_id: str, cls: str) -> Difference | None:
        return next((d for d in self.differences if d.order_id == order_id and d.cls == cls), None)

    def explained_by(self, explanations: Iterable[Explanation]) -> Reconciliation:
        """The same reconciliation with these explanations applied (the newest per difference wins)."""
        newest = latest(explanations)
        moved = [replace(d, explanation=newest[d.key]) if d.key in newest else d for d in self.differences]
        return Reconciliation(self.scope, self.rows, self.matched, moved)

    def to_json(self) -> dict[str, Any]:
        return {"period": self.scope.to_json(), "rows": self.rows, "matched": self.matched,
                "open": len(self.open), "differences": [d.to_json() for d in self.differences]}  # fmt: skip


def latest(explanations: Iterable[Explanation]) -> dict[tuple[str, str, str], Explanation]:
    newest: dict[tuple[str, str, str], Explanation] = {}
    for x in explanations:
        newest[x.key] = x  # oldest first: a later one replaces an earlier one
    return newest


def refund_id(entry: JournalEntry) -> str | None:
    found = _REFUND_ID.search(entry.note) if entry.note else None
    return found.group(1) if found else None


def expected_status(entry: JournalEntry, follow_ups: Sequence[JournalEntry] = ()) -> str | None:
    """What the journal expects the gateway's report to say of this entry (module docstring); None: open."""
    if entry.state == State.FAILED:
        return "fail"
    if entry.state != State.SUCCEEDED:
        return None
    if entry.kind != Kind.AUTHORIZE or "already captured" in entry.note:
        return "success"
    for later in follow_ups:
        if later.state == State.SUCCEEDED:
            return "success" if later.kind == Kind.CAPTURE else "fail"
        if later.state != State.FAILED:
            return None  # a capture or cancel still on its way
    return "processing"


class _Journal:
    """The entries indexed for matching."""

    def __init__(self, entries: Iterable[JournalEntry]) -> None:
        self.orders: dict[str, JournalEntry] = {}
        self.follow_ups: dict[str, list[JournalEntry]] = {}
        self.refunds: list[JournalEntry] = []
        self.by_refund_id: dict[str, JournalEntry] = {}
        self.by_parent: dict[tuple[str, int | None], list[JournalEntry]] = {}
        orders, refund, follow = self.orders, str(Kind.REFUND), (str(Kind.CAPTURE), str(Kind.CANCEL))
        for e in entries:  # 100,000 entries: plain strings, no enum made per entry
            kind = e.kind
            if kind in _TYPE_OF:
                if kind == refund:
                    self.refunds.append(e)
                    if (rid := refund_id(e)) is not None:
                        self.by_refund_id[rid] = e
                    self.by_parent.setdefault((e.order_id, e.amount), []).append(e)
                elif e.order_id not in orders:
                    orders[e.order_id] = e
            elif kind in follow:
                self.follow_ups.setdefault(e.order_id, []).append(e)
        self.used: set[int] = set()

    def find(self, row: ReportRow) -> JournalEntry | None:
        if row.type != "Refund":
            found = self.orders.get(row.order_id)
            if found is not None or row.type:
                return found
        found = self.by_refund_id.get(row.order_id)
        if found is not None:
            return found
        for parent in (row.parent, row.order_id):
            for e in self.by_parent.get((parent, row.amount), ()) if parent else ():
                if e.id not in self.used:
                    return e
        return None


def match(
    rows: Sequence[ReportRow], entries: Iterable[JournalEntry], scope: Scope, explanations: Iterable[Explanation] = ()
) -> Reconciliation:
    """The report's rows matched with the journal's entries (reconcile.load_entries'); every difference, explained
    where an explanation names it. The collector is paused (collector.py): it would walk the sentences (Said)."""
    with collector_paused():
        return _match(rows, entries, scope, explanations)


def _match(rows: Sequence[ReportRow], entries: Iterable[JournalEntry], scope: Scope,
           explanations: Iterable[Explanation]) -> Reconciliation:  # fmt: skip
    index = _Journal(entries)
    found: list[Difference] = []
    agree = 0
    used, follow_ups, authorize = index.used, index.follow_ups, str(Kind.AUTHORIZE)
    for row in rows:
        entry = index.find(row)
        if entry is None or entry.id in used:
            found.append(_report_only(row, scope, entry))
            continue
        used.add(entry.id)
        state = entry.state  # the common case first: a final entry that agrees (100,000 rows: no call made)
        if entry.kind != authorize and (state == "succeeded" or state == "failed"):
            expected = "success" if state == "succeeded" else "fail"
            same_currency = not (entry.currency and row.currency) or entry.currency == row.currency
            if expected == row.status and entry.amount == row.amount and same_currency:
                agree += 1
                continue
        difference = _compare(row, entry, follow_ups.get(entry.order_id, ()))
        if difference is None:
            agree += 1
        else:
            found.append(difference)
    start, end = scope.start(), scope.end()
    if start is not None and end is not None:
        for entry in (*index.orders.values(), *index.refunds):
            if entry.id in used or _TYPE_OF[entry.kind] not in scope.types:
                continue
            wants = expected_status(entry, follow_ups.get(entry.order_id, ()))
            if wants is None or wants not in scope.statuses or not _within(entry, start, end):
                continue
            found.append(_journal_only(entry, wants))
    result = Reconciliation(scope, len(rows), agree, found)
    return result.explained_by(explanations) if explanations else result


def _within(entry: JournalEntry, start: datetime, end: datetime) -> bool:
    try:
        return start <= datetime.fromisoformat(entry.created_at) <= end
    except (ValueError, TypeError):
        return False


def _name(entry: JournalEntry) -> str:
    if entry.kind == Kind.REFUND:
        return refund_id(entry) or entry.ref
    return entry.order_id


def _what(entry: JournalEntry) -> str:
    words = Kind(entry.kind).words
    if entry.kind == Kind.REFUND:
        return said("the {kind} of order {order_id}", kind=words, order_id=entry.order_id)
    return said("the {kind} {order_id}", kind=words, order_id=entry.order_id)


def _amount(minor: int | None, currency: str | None) -> str:
    if minor is None:
        return said("no amount")
    return money(minor, currency) if currency else said("{minor} (minor units, no currency)", minor=minor)


def _status(row: ReportRow) -> str:
    return row.status or said("no status")


def _state(entry: JournalEntry) -> str:
    return _FINAL_WORDS.get(entry.state, entry.state)


def _report_only(row: ReportRow, scope: Scope, seen: JournalEntry | None) -> Difference:
    kind = row.type or (scope.types[0] if len(scope.types) == 1 else "")
    lower = row.type.lower()
    what = said("{type} {order_id}", type=_TYPE_WORDS.get(lower, lower), order_id=row.order_id)
    if seen is not None:
        sentence = said("The report lists the {what} again (row {row}); the journal has it once.", what=what,
                        row=row.sheet_row)  # fmt: skip
    else:
        sentence = said("The report has the {what} ({amount}, {status}), which this journal did not make: made "
                        "elsewhere (the website, another system).", what=what,
                        amount=_amount(row.amount, row.currency), status=_status(row))  # fmt: skip
    return Difference(kind, row.order_id, DiffClass.REPORT_ONLY, sentence, None, row)


def _journal_only(entry: JournalEntry, expected: str) -> Difference:
    sentence = said("The journal has {what} ({amount}, {state}), which the report should list as {expected} and does "
                    "not: the gateway may not have it.", what=_what(entry),
                    amount=_amount(entry.amount, entry.currency), state=_state(entry), expected=expected)  # fmt: skip
    return Difference(_TYPE_OF[entry.kind], _name(entry), DiffClass.JOURNAL_ONLY, sentence, entry, None,
                      expected)  # fmt: skip


def _compare(row: ReportRow, entry: JournalEntry, follow_ups: Sequence[JournalEntry]) -> Difference | None:
    kind = row.type or _TYPE_OF.get(entry.kind, "")
    name = row.order_id if entry.kind == Kind.REFUND else entry.order_id
    expected = expected_status(entry, follow_ups)
    if expected is None:
        sentence = said("The journal still has {what} open ({state}); the report says {status}.", what=_what(entry),
                        state=State(entry.state).words, status=_status(row))  # fmt: skip
        return Difference(kind, name, DiffClass.STILL_OPEN, sentence, entry, row)
    if expected != row.status:
        if expected == "processing":
            sentence = said("The journal says {what} {state} (authorized, not captured); the gateway's report says "
                            "{status}.", what=_what(entry), state=_state(entry), status=_status(row))  # fmt: skip
        else:
            sentence = said("The journal says {what} {state}; the gateway's report says {status}.", what=_what(entry),
                            state=_state(entry), status=_status(row))  # fmt: skip
        return Difference(kind, name, DiffClass.STATUS, sentence, entry, row, expected)
    if entry.amount != row.amount or (entry.currency and row.currency and entry.currency != row.currency):
        sentence = said("The journal has {what} for {amount}; the report has {reported}.", what=_what(entry),
                        amount=_amount(entry.amount, entry.currency),
                        reported=_amount(row.amount, row.currency))  # fmt: skip
        return Difference(kind, name, DiffClass.AMOUNT, sentence, entry, row, expected)
    return None
