"""What a batch did, row for row (`RowOutcome`, `BatchOutcome`), and the results workbook (`write_results`).

Every row of the file has an outcome, in one of these classes (the results file's "Outcome" column):

    succeeded            the gateway paid or refunded it
    declined             the gateway answered no (its answer is in the sentence); not sent again
    processing           accepted by the gateway, its final status not known yet (sending the file again checks it)
    unknown              sent, and its answer was lost: checked at the gateway when the file is sent again
    needs review         a refund whose answer was lost: never sent again; a person verifies it
    not sent             certainly not sent (stopped, cancelled, the balance, a check before sending…)
    refused at check     the row itself is wrong (the check's sentence); never sent
    being sent elsewhere another desk or process is sending it right now
    waiting for approval the team's policy holds it

The workbook (openpyxl write-only, written to a temporary file and moved over the target) has the sheet "Rows"
(row, order id, destination, amount, currency, outcome, gateway status, journal state, sentence, journal entry)
and "Summary". Nothing in it holds a full card number: destinations are masked by check, and every text cell
is scrubbed as the desk's exports are (reports/exports.safe_cell).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ...api.money import to_decimal
from ...api.said import said
from ...api.status import Status
from ..journal.states import State
from ..money.reconcile import NEVER_ARRIVED
from ..money.reconcile import NOT_SENT as NOT_SENT_NOTE
from ..reports.exports import ExportError, neutralise, safe_cell
from .model import CheckedBatch

SUCCEEDED, DECLINED, PROCESSING, UNKNOWN = "succeeded", "declined", "processing", "unknown"
REVIEW, NOT_SENT, REFUSED, BUSY, WAITING = (
    "needs review", "not sent", "refused at check", "being sent elsewhere", "waiting for approval",
)  # fmt: skip
CLASSES = (SUCCEEDED, DECLINED, PROCESSING, UNKNOWN, REVIEW, NOT_SENT, REFUSED, BUSY, WAITING)
OPEN_CLASSES = (PROCESSING, UNKNOWN, REVIEW, BUSY)  # not final yet, or a person must look
CLASS_WORDS = {  # each class in the batch's sentence (the same words: a Said, which the desk translates)
    SUCCEEDED: said("succeeded"), DECLINED: said("declined"), PROCESSING: said("processing"), UNKNOWN: said("unknown"),
    REVIEW: said("needs review"), NOT_SENT: said("not sent"), REFUSED: said("refused at check"),
    BUSY: said("being sent elsewhere"), WAITING: said("waiting for approval"),
}  # fmt: skip
HEADERS = (
    "Row", "Order id", "Destination", "Amount", "Currency", "Outcome", "Gateway status", "Journal state",
    "Sentence", "Journal entry",
)  # fmt: skip
WIDTHS = (6, 26, 30, 12, 9, 20, 15, 14, 100, 12)


@dataclass(frozen=True)
class RowOutcome:
    """One row of the file after sending: what happened and the sentence a clerk reads."""

    row: int
    order_id: str  # a payout: the order id actually used (its attempt); a refund: the order refunded
    amount: int | None
    currency: str
    destination: str  # masked ("" for refunds)
    outcome: str  # one of CLASSES
    sentence: str
    state: str = ""  # the journal entry's state ("" when none was written)
    gateway_status: str = ""  # what the gateway's answer said ("success", "processing", "fail", "")
    entry_id: int | None = None
    attempt: int = 1
    earlier: bool = False  # its outcome was in the journal already (an earlier run sent it)


@dataclass
class BatchOutcome:
    """The whole batch after sending: every row of the file in file order, and the batch's own sentence."""

    checked: CheckedBatch
    rows: list[RowOutcome] = field(default_factory=list)
    stopped: str = ""  # why the batch stopped starting rows ("" when it did not)
    approval_id: int | None = None  # the approval request the batch waits for (a team journal)
    sentence: str = ""  # the batch's own sentence (the approval request, the refusal)
    started_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    finished_at: str = ""
    results_path: Path | None = None  # where the results workbook was written (send_batch's `results`)
    results_problem: str = ""  # why it could not be written ("" when it was, or was not asked for)

    @property
    def counts(self) -> dict[str, int]:
        counted = Counter(r.outcome for r in self.rows)
        return {name: counted[name] for name in CLASSES if counted[name]}

    def total(self, outcome: str) -> dict[str, int]:
        """The rows of that class, summed per currency (minor units)."""
        sums: dict[str, int] = {}
        for r in self.rows:
            if r.outcome == outcome and r.amount is not None:
                sums[r.currency] = sums.get(r.currency, 0) + r.amount
        return sums

    def of(self, *outcomes: str) -> list[RowOutcome]:
        return [r for r in self.rows if r.outcome in outcomes]

    @property
    def summary(self) -> str:
        """One sentence: each outcome class with its count (and sums), and why the batch stopped."""
        return self.said()

    def said(self, money: Callable[[int, str], str] | None = None, count: Callable[[int], str] = str) -> str:
        """`summary` as a Said (api/said.py), which the desk says in the clerk's language; `money` and `count` write
        the amounts and counts (default: the core's "12.50 EUR", an Amount, and "3"; the desk passes its locale's)."""
        from ..money.words import money as core_money

        if self.approval_id is not None or self.checked.refusal:
            return self.sentence
        written = money or core_money
        parts: str = ""
        for outcome, many in self.counts.items():
            sums: str = ""
            for currency, value in sorted(self.total(outcome).items()):
                amount = written(value, currency)
                sums = said("{first}, {more}", first=sums, more=amount) if sums else amount
            words = CLASS_WORDS.get(outcome, outcome)
            part = (said("{count} {outcome} ({amounts})", count=count(many), outcome=words, amounts=sums) if sums
                    else said("{count} {outcome}", count=count(many), outcome=words))  # fmt: skip
            parts = said("{first}; {more}", first=parts, more=part) if parts else part
        sentence = said("{parts}.", parts=parts)
        if self.stopped:
            return said("{sentence} The batch stopped: {reason}.", sentence=sentence, reason=self.stopped)
        return sentence

    @property
    def waiting(self) -> bool:
        return self.approval_id is not None or any(r.outcome == WAITING for r in self.rows)


GATEWAY_SAID = {SUCCEEDED: "success", DECLINED: "fail", PROCESSING: "processing"}  # as the journal recorded it


def class_of(state: str, note: str) -> str:
    """The outcome class a journal entry's state (and note) means for its row."""
    if state == State.SUCCEEDED:
        return SUCCEEDED
    if state == State.FAILED:
        return NOT_SENT if note.startswith("not sent") or note in (NOT_SENT_NOTE, NEVER_ARRIVED) else DECLINED
    if state == State.PROCESSING:
        return PROCESSING
    return REVIEW if state == State.NEEDS_REVIEW else UNKNOWN


def again(sentence: str) -> str:
    """A row not sent: `sentence` and that sending the file again sends it."""
    return said("{sentence} Send the file again to send it: rows already sent are never sent twice.",
                sentence=sentence)  # fmt: skip


def later(sentence: str) -> str:
    """A row whose outcome is not known: `sentence` and that sending the file again later checks it first."""
    return said("{sentence} Send the file again later: this row is checked at the gateway first and never sent twice.",
                sentence=sentence)  # fmt: skip


def advised(sentence: str, outcome: str) -> str:
    """`sentence` and what to do next about a row of that outcome (send the file again, now or later)."""
    if outcome == PROCESSING:
        return said("{sentence} The gateway has not finished it yet; send the file again later: this row is checked "
                    "at the gateway first and never sent twice.", sentence=sentence)  # fmt: skip
    if outcome == UNKNOWN:
        return later(sentence)
    return again(sentence) if outcome == NOT_SENT else sentence


def gateway_status(response: object) -> str:
    status = getattr(response, "status", None)
    if status is not None:
        return Status.label(status)
    success = getattr(response, "success", None)
    return "" if success is None else ("success" if success else "fail")


def refused_rows(checked: CheckedBatch) -> list[RowOutcome]:
    """The rows the check refused, as outcomes (never sent)."""
    return [
        RowOutcome(r.row, r.order_id, r.amount, r.currency, r.destination, REFUSED, r.sentence)
        for r in checked.rows
        if not r.ok
    ]


# ---------------------------------------------------------------- the workbook


def write_results(path: str | os.PathLike[str], outcome: BatchOutcome) -> Path:
    """Write the results workbook atomically; ExportError with a sentence when it cannot be written."""
    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(said("The folder {folder} does not exist.", folder=str(target.parent)))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            _workbook(outcome).save(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, PermissionError):
            raise ExportError(
                said("This desk may not write to {path}; choose another folder.", path=str(target))
            ) from None
        if isinstance(exc, OSError):
            raise ExportError(said("{name} could not be written ({reason}).", name=target.name,
                                   reason=exc.strerror or str(exc))) from None  # fmt: skip
        raise
    return target


def _workbook(outcome: BatchOutcome) -> Any:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    bold = Font(bold=True)

    def sheet(title: str, headers: tuple[str, ...], widths: tuple[int, ...]) -> Any:
        ws = wb.create_sheet(title=title)
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = "A2"
        cells = []
        for header in headers:
            cell = WriteOnlyCell(ws, value=neutralise(header))
            cell.font = bold
            cells.append(cell)
        ws.append(cells)
        return ws

    rows = sheet("Rows", HEADERS, WIDTHS)
    for r in sorted(outcome.rows, key=lambda r: r.row):
        amount = to_decimal(r.amount, r.currency) if r.amount is not None and r.currency else r.amount
        values = (r.row, r.order_id, r.destination, amount, r.currency, r.outcome, r.gateway_status, r.state,
                  r.sentence, r.entry_id)  # fmt: skip
        rows.append([safe_cell(v) for v in values])
    summary = sheet("Summary", ("What", "Value"), (34, 100))
    for what, value in summary_lines(outcome):
        summary.append([safe_cell(what), safe_cell(value)])
    return wb


def summary_lines(outcome: BatchOutcome) -> list[tuple[str, Any]]:
    """The Summary sheet: the batch, then each outcome class with its count and sums."""
    from ..money.words import money

    checked = outcome.checked
    lines: list[tuple[str, Any]] = [
        ("File", checked.file_name), ("Kind", checked.kind), ("Batch id", checked.batch_id),
        ("Rows in the file", checked.count), ("Started", outcome.started_at), ("Finished", outcome.finished_at),
    ]  # fmt: skip
    if checked.refusal:
        lines.append(("Refused as a whole", checked.refusal))
    if outcome.sentence:
        lines.append(("Batch", outcome.sentence))
    if outcome.stopped:
        lines.append(("Stopped", outcome.stopped))
    for name, count in outcome.counts.items():
        sums = ", ".join(money(v, c) for c, v in sorted(outcome.total(name).items()))
        lines.append((name.capitalize(), f"{count} row{'' if count == 1 else 's'}" + (f" ({sums})" if sums else "")))
    return lines
