"""A batch file above the team's approval policy becomes one request (issue 15): its total, its count and its
largest row, and every row it approves kept by the server; once another person approves it, its rows are sent
from the file row for row, each inside `release.releasing(approval_id)`, and the server releases exactly the rows
approved (schema_batch.py).

    above = needed(journal, "withdrawal", checked.totals)     # {"EUR": 100_000}: these currencies need one
    request = find(journal, batch_id, "EUR")                  # the latest for this batch (any state), or None
    request = ask(journal, batch_id=…, kind="withdrawal", profile=…, environment=…, currency="EUR",
                  account=ops.profile.payout_account, lines=[BatchLine(…), …], reason=…, file_name=…)
    with release.releasing(request.id):                       # once approved, in each worker thread
        ops.payout(row.payout)                                # the server checks the row against the request
    lines(journal, request.id); progress(journal, request.id); describe(request)

Rules the server keeps, whatever the desk does: four-eyes as for any request (approved by an approver who did not
ask); a row is released only while the request is approved and not past its time, with the approved kind,
currency, account, amount and destination fingerprint, under the row's order id (a payout's later attempt
"<order id>-<n>" is the same row; a refund's order id is the order refunded); a row is released again only when
every earlier release of it failed; two desks releasing one row at once release it once. Each refusal is a
GuardRefused (batch_refusals.BatchRefused) with its sentence: nothing was written or sent.

`ask` is idempotent: while a request for the same batch, kind and currency is waiting or approved (and not past
its time), that request is returned as it is (two desks sending the same file ask once; the rows it approved are
the ones that can be sent). The team journal never holds a card number: a row's destination is the masked one
(scrubbed again here), and the fingerprint is an HMAC (money/fingerprint.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ...api.said import said
from ...api.scrub import scrub
from ..journal.states import Kind
from ..money.words import money
from . import approvals
from .approvals import COLUMNS, EXPIRES_AFTER, Approval

if TYPE_CHECKING:
    from .store import TeamJournal

_KINDS = {"payout": Kind.WITHDRAWAL, "withdrawal": Kind.WITHDRAWAL, "refund": Kind.REFUND}


@dataclass(frozen=True)
class BatchLine:
    """One row a batch request approves."""

    row: int  # the spreadsheet's row number
    order_id: str  # payout: the row's order id (attempt 1); refund: the order refunded
    amount: int  # minor units
    fingerprint: str = ""  # the payout destination's fingerprint ('' for refunds)
    destination: str = ""  # masked: "card 401200******3010", "phone +44…", "account DE89…"; '' for refunds


@dataclass(frozen=True)
class BatchProgress:
    """What became of a batch request's rows (each row's latest release)."""

    count: int  # rows approved
    sent: int  # rows released at least once
    succeeded: int
    failed: int  # the latest release failed (the row may be released again)
    open: int  # released, outcome not known yet (pending, sent, processing, unknown, needs review)

    @property
    def waiting(self) -> int:
        """Rows never released."""
        return self.count - self.sent


def journal_kind(kind: str) -> str:
    """The journal's kind of a batch kind ("payout" or "withdrawal": withdrawal; "refund": refund)."""
    try:
        return str(_KINDS[kind])
    except KeyError:
        raise ValueError(f"a batch is of payouts or refunds, not {kind!r}") from None


def needed(journal: Any, kind: str, totals: Mapping[str, int]) -> dict[str, int]:
    """{currency: the policy's amount} for each currency whose batch total reaches it (at or above); empty when
    nothing needs an approval, and on any journal that is not a team journal."""
    journal_kind(kind)
    wanted = sorted(cur for cur, total in totals.items() if total > 0)
    if not getattr(journal, "four_eyes", False) or not wanted:
        return {}
    team: TeamJournal = journal
    rows = team._read(lambda conn: conn.execute(
        "SELECT cur, smartpay.threshold(cur) FROM unnest(%s::text[]) AS cur", (wanted,)).fetchall())  # fmt: skip
    return {str(cur): int(above) for cur, above in rows if above is not None and totals[cur] >= above}


def ask(
    journal: TeamJournal,
    *,
    batch_id: str,
    kind: str,
    profile: str,
    environment: str,
    currency: str,
    account: str | None,
    lines: Sequence[BatchLine],
    reason: str,
    file_name: str,
    expires_after: timedelta = EXPIRES_AFTER,
) -> Approval:
    """One request for the batch's rows in `currency` (see the module docstring); the server records who asked and
    computes the total, the count and the largest row. `account`: the payout account the rows are sent from
    (ignored for refunds). Raises ValueError for rows that cannot be asked for (none, a row twice, no order id,
    an amount not above zero), TeamJournalRefused/TeamJournalUnavailable as the journal does."""
    from psycopg.types.json import Jsonb

    what = journal_kind(kind)
    _check(lines)
    name = scrub(file_name or "")
    summary = _summary(what, name, currency, lines)
    rows = [
        {"line_row": ln.row, "order_id": ln.order_id, "amount": ln.amount, "fingerprint": ln.fingerprint or "",
         "destination": scrub(ln.destination or "")}
        for ln in lines
    ]  # fmt: skip
    with journal._tx() as conn:
        made = conn.execute(
            "SELECT smartpay.ask_batch(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            (batch_id, what, profile, environment, currency.upper(), account or "", name,
             scrub(f"{summary}. {reason.strip()}" if reason.strip() else summary), Jsonb(rows), expires_after),
        ).fetchone()  # fmt: skip
    return approvals.get(journal, int(made[0]))


def find(journal: TeamJournal, batch_id: str, currency: str) -> Approval | None:
    """The latest request for this batch in `currency`, whatever its state (those past their time expired first);
    None when the batch was never asked for."""
    approvals.expire_due(journal)
    row = journal._read(lambda conn: conn.execute(
        f"SELECT {COLUMNS} FROM smartpay.approvals WHERE batch_id = %s AND currency = %s ORDER BY id DESC LIMIT 1",
        (batch_id, currency.upper())).fetchone())  # fmt: skip
    return None if row is None else approvals._approval(row)


def lines(journal: TeamJournal, approval_id: int) -> list[BatchLine]:
    """The rows a batch request approves, in the file's order (empty for a request that is not a batch)."""
    rows = journal._read(lambda conn: conn.execute(
        "SELECT line_row, order_id, amount, fingerprint, destination FROM smartpay.approval_lines"
        " WHERE approval_id = %s ORDER BY line_row", (approval_id,)).fetchall())  # fmt: skip
    return [BatchLine(int(r), str(o), int(a), str(f), str(d)) for r, o, a, f, d in rows]


def progress(journal: TeamJournal, approval_id: int) -> BatchProgress:
    """How far the batch request's rows went (each row's latest release, as the journal has it now)."""

    def work(conn: Any) -> tuple[int, list[str]]:
        count = conn.execute("SELECT count(*) FROM smartpay.approval_lines WHERE approval_id = %s",
                             (approval_id,)).fetchone()[0]  # fmt: skip
        states = conn.execute(
            "SELECT DISTINCT ON (x.line_row) e.state FROM smartpay.approval_events x"
            " JOIN smartpay.entries e ON e.id = x.entry_id"
            " WHERE x.approval_id = %s AND x.action = 'released' AND x.line_row IS NOT NULL"
            " ORDER BY x.line_row, x.id DESC",
            (approval_id,),
        ).fetchall()
        return int(count), [str(s) for (s,) in states]

    count, states = journal._read(work)
    succeeded, failed = states.count("succeeded"), states.count("failed")
    return BatchProgress(count, len(states), succeeded, failed, len(states) - succeeded - failed)


def describe(request: Approval) -> str:
    """What a batch request is, for the approver: "Batch payouts.xlsx: 12 payouts, 1,234.00 EUR in all, the
    largest 500.00 EUR (row 7)"; a single request's words otherwise."""
    batch = request.batch
    if batch is None:
        amount = money(request.amount, request.currency)
        if request.kind == Kind.REFUND:
            return said("Refund of {amount}", amount=amount)
        if request.kind == Kind.WITHDRAWAL:
            return said("Payout of {amount}", amount=amount)
        return said("{kind} of {amount}", kind=Kind(request.kind).words.capitalize(), amount=amount)
    found = batch.get("largest")
    largest: dict[str, Any] = found if isinstance(found, dict) else {}
    return _words(request.kind, str(batch.get("file_name") or ""), request.currency, int(batch.get("count") or 0),
                  request.amount, int(largest.get("amount") or 0), largest.get("row"))  # fmt: skip


def send_from_the_file(request: Approval) -> str:
    """Why a batch request is not sent as a single one (release.release), and where it is sent from."""
    batch = request.batch or {}
    name = str(batch.get("file_name") or "") or said("its file")
    if request.kind == Kind.WITHDRAWAL:
        return said(
            "Request {id} approves the batch {name} ({count} rows): its rows are sent from the file, row for row: "
            "`smartpay batch send FILE --kind payout` or the Payouts tab's Batch…; rows already sent are not sent "
            "again. Nothing was sent from here.", id=request.id, name=name, count=batch.get("count", "?"),
        )  # fmt: skip
    return said(
        "Request {id} approves the batch {name} ({count} rows): its rows are sent from the file, row for row: "
        "`smartpay batch send FILE --kind refund` or the Refunds tab's Batch…; rows already sent are not sent "
        "again. Nothing was sent from here.", id=request.id, name=name, count=batch.get("count", "?"),
    )  # fmt: skip


def _check(found: Sequence[BatchLine]) -> None:
    if not found:
        raise ValueError(said("A batch request needs at least one row."))
    seen: set[int] = set()
    for line in found:
        if line.row in seen:
            raise ValueError(said("Row {row} is in the batch twice.", row=line.row))
        seen.add(line.row)
        if not line.order_id:
            raise ValueError(said("Row {row} has no order id.", row=line.row))
        if line.amount <= 0:
            raise ValueError(said("Row {row}: the amount must be more than zero.", row=line.row))


def _summary(kind: str, name: str, currency: str, found: Sequence[BatchLine]) -> str:
    largest = max(found, key=lambda ln: (ln.amount, -ln.row))
    total = sum(ln.amount for ln in found)
    return _words(kind, name, currency, len(found), total, largest.amount, largest.row)


def _words(kind: str, name: str, currency: str, count: int, total: int, largest: int, row: object) -> str:
    facts = {"name": name or said("(no file name)"), "count": count, "total": money(total, currency),
             "largest": money(largest, currency), "row": row}  # fmt: skip
    if kind == Kind.WITHDRAWAL and count == 1:
        return said("Batch {name}: {count} payout, {total} in all, the largest {largest} (row {row})", **facts)
    if kind == Kind.WITHDRAWAL:
        return said("Batch {name}: {count} payouts, {total} in all, the largest {largest} (row {row})", **facts)
    if kind == Kind.REFUND and count == 1:
        return said("Batch {name}: {count} refund, {total} in all, the largest {largest} (row {row})", **facts)
    if kind == Kind.REFUND:
        return said("Batch {name}: {count} refunds, {total} in all, the largest {largest} (row {row})", **facts)
    what = Kind(kind).words + ("s" if count != 1 else "")
    return said("Batch {name}: {count} {what}, {total} in all, the largest {largest} (row {row})", what=what, **facts)
