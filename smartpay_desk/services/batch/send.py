"""The batch engine: a checked batch's good rows sent once each, a bounded number at once, resumable.

    outcome = send_batch(checked, ops, concurrency=4, control=BatchControl(), on_progress=fn, results=path)

- Only good rows, each through ops.payout / ops.refund (the journal's intent before sending, as always), with the
  note `row_note`, a payout's order id `attempt_order_id`, a refund's journal key `refund_key`.
- The journal first (resume.py): rows it already settled are reported, not sent; open ones are settled by /check
  first; only rows certainly never sent are sent (as their next attempt). A row another process claims meanwhile
  (DuplicateOrder) is reported as that process's.
- At most `concurrency` gateway calls at once (sending.CALL_SLOTS); a payout batch has a few more worker threads
  than that, so that the journal writes before and after each call never hold the next call back. `control`
  pauses (rows in flight finish, no new row starts) and cancels (no new row starts; what was sent stays sent).
  `on_progress(done, total, row_outcome)` is called from worker threads (a row followed up is told again).
- Payouts: the balance is read once before the first row, then again as each group of rows starts (pacing.py),
  while the rows before it are still in flight; a row that the balance no longer covers is not sent and the batch
  stops starting rows. Each row makes one gateway call.
- A team journal whose policy wants an approval for the batch: one request (team/batch_approvals.py); nothing is
  sent until another person approves it, then each row is sent inside `release.releasing(request id)`.
- `wait_s`: after sending, rows the gateway is still processing are checked until final or `wait_s` passes
  (10 s unless said; 0: not followed, they stay "processing" and sending the file again checks them).
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from ...api.errors import ApiError, BadCredentials, ConnectionFailed
from ...api.said import said, sentence_of
from ..journal.errors import JournalDamaged, JournalUnavailable, NotJournalled
from ..journal.model import JournalEntry
from ..journal.states import Kind, State
from ..money.guards import DuplicateOrder, GuardRefused, NeedsConfirmation
from ..money.operations import OperationResult, OperationsService
from ..money.sending import CALL_SLOTS
from ..reports.exports import ExportError
from . import results as res
from . import resume
from .approval import approval_gate
from .model import PAYOUT, BatchRow, CheckedBatch, attempt_order_id, joined, refund_key, row_note
from .pacing import BalanceGate, BatchControl, Halt
from .results import BatchOutcome, RowOutcome, class_of, gateway_status, refused_rows, write_results

__all__ = ["BatchControl", "BatchOutcome", "RowOutcome", "send_batch"]
log = logging.getLogger(__name__)
Progress = Callable[[int, int, RowOutcome], None]
WAIT_S = 10.0  # how long rows the gateway is still processing are followed after sending (as `smartpay payout`)
MOVED: dict[str, bool | None] = {res.SUCCEEDED: True, res.PROCESSING: True, res.UNKNOWN: None, res.REVIEW: None}


def send_batch(
    checked: CheckedBatch,
    ops: OperationsService,
    *,
    concurrency: int = 4,
    control: BatchControl | None = None,
    on_progress: Progress | None = None,
    results: str | Path | None = None,
    wait_s: float = WAIT_S,
) -> BatchOutcome:
    """Send the batch's good rows (see the module docstring); `results`: also write the results workbook there
    (`outcome.results_path`, or `outcome.results_problem` with a sentence when it could not be written)."""
    outcome = _Run(checked, ops, max(1, concurrency), control or BatchControl(), on_progress, wait_s).run()
    if results is not None:
        try:
            outcome.results_path = write_results(results, outcome)
        except ExportError as exc:  # what was sent stays said: the outcome is returned all the same
            outcome.results_problem = said("The results could not be written: {reason}", reason=sentence_of(exc))
    return outcome


class _Run:
    def __init__(
        self, checked: CheckedBatch, ops: OperationsService, concurrency: int, control: BatchControl,
        on_progress: Progress | None, wait_s: float,
    ) -> None:  # fmt: skip
        self.checked, self.ops, self.concurrency, self.control = checked, ops, concurrency, control
        self.on_progress, self.wait_s = on_progress, wait_s
        self.payouts = checked.kind == PAYOUT
        self.halt = Halt()
        self.gate = BalanceGate(self._read_balance, concurrency)
        self.approved: dict[str, int] = {}
        self.slots = threading.BoundedSemaphore(concurrency)
        self.interrupted = False
        self._lock = threading.Lock()
        self._rows: dict[int, RowOutcome] = {}
        self._good = {r.row: r for r in checked.good}

    # ---------------------------------------------------------------- the whole batch
    def run(self) -> BatchOutcome:
        checked = self.checked
        outcome = BatchOutcome(checked, refused_rows(checked))
        if checked.refusal or not checked.good:
            outcome.sentence = checked.refusal or said("No row of the file can be sent.")
            why = said("Not sent: {reason}", reason=checked.refusal)
            for row in checked.good:  # the batch as a whole is refused: none of its rows is sent
                self._report(self._row_outcome(row, res.NOT_SENT, why))
            return self._finish(outcome)
        plans = resume.plan(checked, self.ops.journal, self.ops.profile.name)
        work = [(r, plans[r.row]) for r in checked.good if plans[r.row].step in (resume.SEND, resume.SETTLE)]
        for row in checked.good:  # what the journal already settled (or another process is sending)
            if plans[row.row].step not in (resume.SEND, resume.SETTLE):
                self._report(self._planned(row, plans[row.row], earlier=True))
        gate = approval_gate(self.ops, checked, [r for r, _ in work])  # a row settled may turn out never sent
        if gate.waiting is not None:
            outcome.approval_id, outcome.sentence = gate.waiting.id, gate.sentence
            for row, plan in work:
                if plan.step == resume.SEND:
                    self._report(self._row_outcome(row, res.WAITING, gate.sentence, attempt=plan.attempt))
                else:
                    self._report(self._planned(row, replace(plan, step=resume.DONE), earlier=True))
            return self._finish(outcome, stopped=said("waiting for approval"))
        self.approved = gate.approved
        if self.payouts and any(p.step == resume.SEND for _, p in work):
            self._first_read()
        self._pool(work)
        if self.wait_s > 0 and not self.control.cancelled:
            self._follow()
        stopped = said("interrupted") if self.interrupted else self.halt.reason
        if not stopped and self.control.cancelled and any(r.outcome == res.NOT_SENT for r in self._rows.values()):
            stopped = said("it was cancelled; send the file again to send the rows not sent")
        return self._finish(outcome, stopped=stopped)

    def _finish(self, outcome: BatchOutcome, stopped: str = "") -> BatchOutcome:
        outcome.rows += list(self._rows.values())
        outcome.rows.sort(key=lambda r: r.row)
        outcome.stopped = stopped
        outcome.finished_at = datetime.now(UTC).isoformat(timespec="seconds")
        return outcome

    def _pool(self, work: list[tuple[BatchRow, resume.RowPlan]]) -> None:
        if not work:
            return
        workers = self.concurrency + (self.concurrency // 2 + 1 if self.payouts else 0)
        with cf.ThreadPoolExecutor(workers, thread_name_prefix="batch-send") as pool:
            self._wait([pool.submit(self._task, row, plan) for row, plan in work])
        self.gate.join()

    def _wait(self, futures: list[cf.Future[None]]) -> None:
        """Wait for every row; Ctrl-C cancels (rows in flight finish, no new one starts) and waits on."""
        while True:
            try:
                cf.wait(futures)
                return
            except KeyboardInterrupt:
                self.interrupted = True
                self.control.cancel()

    # ---------------------------------------------------------------- one row
    def _task(self, row: BatchRow, plan: resume.RowPlan) -> None:
        if not self._may_start():
            self._report(self._not_started(row, plan))
            return
        token = CALL_SLOTS.set(self.slots)  # at most `concurrency` calls at once; the journal work around them is not
        try:
            with self._releasing(row.currency):
                out = self._work(row, plan)
        except Exception:  # a bug, not the gateway: what the journal holds is the truth
            log.exception("batch row %s", row.row)
            wrong = said("Something unexpected went wrong with this row; look at the journal for its order before "
                         "sending the file again.")  # fmt: skip
            out = self._row_outcome(row, res.UNKNOWN, wrong, attempt=plan.attempt)
        finally:
            CALL_SLOTS.reset(token)
        self._report(out)

    def _may_start(self) -> bool:
        return self.control.wait() and not self.halt.reason

    @contextlib.contextmanager
    def _releasing(self, currency: str) -> Iterator[None]:
        approval_id = self.approved.get(currency)
        if approval_id is None:
            yield
            return
        from ..team.release import releasing  # an approved batch on a team journal: set in each worker thread

        with releasing(approval_id):
            yield

    def _work(self, row: BatchRow, plan: resume.RowPlan) -> RowOutcome:
        if plan.step == resume.SETTLE and plan.entry is not None:
            deadline = 0.0 if plan.entry.state == State.PROCESSING else self.ops.settle_deadline_s  # as at start-up
            with self.slots:  # its /check calls count among the calls at once
                entry = self.ops.settle_entry(plan.entry, deadline)
            plan = resume.after_settle(entry, plan.attempt)
            if plan.step != resume.SEND:
                return self._planned(row, plan, earlier=True)
        if plan.stale is not None and not self._mark_stopped(plan.stale):
            entry = self.ops.journal.entry_by_id(plan.stale.id)
            return self._planned(row, resume.RowPlan(resume.DONE, plan.attempt - 1, entry), earlier=True)
        if not self._may_start():  # after a settle or a pause
            return self._not_started(row, plan)
        return self._send(row, plan.attempt)

    def _mark_stopped(self, entry: JournalEntry) -> bool:
        """Mark a pending entry whose sender is gone as failed (it was certainly never sent); False if it was
        settled otherwise meanwhile."""
        try:
            now = self.ops.journal.update(entry.id, State.FAILED, note=resume.STOPPED)
        except ValueError:
            return False
        return now.state == State.FAILED and now.note == resume.STOPPED

    def _send(self, row: BatchRow, attempt: int) -> RowOutcome:
        note = row_note(self.checked.batch_id, row.row)
        amount = row.amount or 0
        if not self.payouts:
            key = refund_key(self.checked.batch_id, row.row, attempt)
            return self._attempt(row, attempt, lambda: self.ops.refund(
                row.order_id, amount, row.reason or "batch refund", key=key, note=note))  # fmt: skip
        assert row.payout is not None, "a good payout row carries its request"
        self.gate.starting()
        available = self.gate.reserve(amount)
        if available is None and self.gate.unreadable:
            self.halt.stop(said("the payout balance could not be read again"))
            why = res.again(said("Not sent: the payout balance could not be read again to be sure it covers this row."))
            return self._row_outcome(row, res.NOT_SENT, why, attempt=attempt)
        if available is None:
            self.halt.stop(said("the payout balance no longer covered row {row}", row=row.row))
            left = self.ops.money(max(self.gate.estimate, 0), row.currency)
            why = said("Not sent: the payout balance no longer covers it (about {left} left after the rows before it). "
                       "Top up the payout account, then send the file again: rows already sent are never sent twice.",
                       left=left)  # fmt: skip
            return self._row_outcome(row, res.NOT_SENT, why, attempt=attempt)
        request = replace(row.payout, order_id=attempt_order_id(row.order_id, attempt))
        out = self._row_outcome(row, res.UNKNOWN, "", attempt=attempt)
        try:
            out = self._attempt(row, attempt, lambda: self.ops.payout(request, note=note, available=available))
        finally:  # what the balance shows from now on (pacing.BalanceGate.finish)
            self.gate.finish(amount, MOVED.get(out.outcome, False))
        return out

    def _attempt(self, row: BatchRow, attempt: int, call: Callable[[], OperationResult]) -> RowOutcome:
        """Send one row; every refusal before sending becomes the row's sentence (it was not sent)."""
        from ..team.approvals import ApprovalRequested

        why: str | None = None
        try:
            result = call()
        except NotJournalled as exc:  # sent; its answer could not be journalled
            self.halt.stop(said("the journal could not be written"))
            return self._row_outcome(row, res.UNKNOWN, res.later(exc.user_message()), attempt=attempt)
        except ApprovalRequested as exc:
            return self._row_outcome(row, res.WAITING, exc.user_message(), attempt=attempt)
        except DuplicateOrder as exc:
            return self._claimed_elsewhere(row, attempt, exc)
        except NeedsConfirmation as exc:
            why = said("Not sent: {sentences} Send it on its own if it is meant.", sentences=joined(exc.sentences))
        except JournalDamaged as exc:
            self.halt.stop(said("the journal refuses money-moving operations until a person looks at it"))
            why = said("Not sent: {reason}", reason=exc.user_message())
        except GuardRefused as exc:
            why = said("Not sent: {reason}", reason=exc.detail or exc.sentence)
        except JournalUnavailable as exc:  # the intent could not be written: nothing was sent
            self.halt.stop(said("the journal could not be written ({reason})", reason=exc.user_message()))
            why = res.again(said("Not sent: {reason}", reason=exc.user_message()))
        except ApiError as exc:  # ValidationFailed, or before the intent (a refund's /check): nothing was sent
            why = res.again(said("Not sent: {reason}", reason=exc.user_message()))
        if why is not None:
            return self._row_outcome(row, res.NOT_SENT, why, attempt=attempt)
        if isinstance(result.error, BadCredentials):
            self.halt.stop(said("the gateway refused the merchant key or secret"))
        elif isinstance(result.error, ConnectionFailed):
            self.halt.stop(said("the gateway could not be reached"))
        outcome = class_of(result.state, str(result.details.get("note") or ""))
        return RowOutcome(
            row.row, result.order_id if self.payouts else row.order_id, row.amount, row.currency, row.destination,
            outcome, res.advised(result.message, outcome), str(result.state), gateway_status(result.response),
            result.entry_id, attempt,
        )  # fmt: skip

    def _claimed_elsewhere(self, row: BatchRow, attempt: int, exc: DuplicateOrder) -> RowOutcome:
        """Another desk or process claimed this row's attempt first: theirs is the row's outcome."""
        journal, profile, batch = self.ops.journal, self.ops.profile.name, self.checked.batch_id
        theirs: JournalEntry | None
        if self.payouts:
            theirs = journal.entry(attempt_order_id(row.order_id, attempt), profile=profile)
        else:
            ref = f"{Kind.REFUND}:{row.order_id}:{refund_key(batch, row.row, attempt)}"
            theirs = next((e for e in journal.entries_for([row.order_id], profile=profile) if e.ref == ref), None)
        ours = theirs is not None and (
            not self.payouts or row.derived or resume.first_note(journal, theirs) == row_note(batch, row.row)
        )
        if theirs is None or not ours:
            why = said("Not sent: {reason}", reason=exc.detail or exc.sentence)
            return self._row_outcome(row, res.NOT_SENT, why, attempt=attempt)
        plan = resume.RowPlan(
            resume.BUSY if theirs.is_open and journal.is_busy(theirs) else resume.DONE, attempt, theirs
        )
        return self._planned(row, plan, elsewhere=True)

    # ---------------------------------------------------------------- what a row's outcome says
    def _planned(self, row: BatchRow, plan: resume.RowPlan, *, earlier: bool = False, elsewhere: bool = False
                 ) -> RowOutcome:  # fmt: skip
        entry = plan.entry
        if plan.step == resume.BLOCKED or entry is None:
            return self._row_outcome(row, res.NOT_SENT, plan.why or res.again(said("Not sent.")), attempt=plan.attempt)
        if plan.step == resume.BUSY:
            why = said("Being sent by another desk or process right now (journal entry {entry}); send the file again "
                       "later to see its outcome: it is never sent twice.", entry=entry.id)  # fmt: skip
            return self._row_outcome(row, res.BUSY, why, entry, plan.attempt)
        outcome = class_of(entry.state, entry.note)
        what = res.advised(self.ops.result(entry).message, outcome)
        if elsewhere:
            what = said("Sent at the same time by another desk or process: {sentence}", sentence=what)
        elif earlier:
            what = said("Sent before: {sentence}", sentence=what)
        return self._row_outcome(row, outcome, what, entry, plan.attempt, earlier=earlier)

    def _not_started(self, row: BatchRow, plan: resume.RowPlan) -> RowOutcome:
        if plan.step == resume.SETTLE and plan.entry is not None:
            return self._planned(row, replace(plan, step=resume.DONE), earlier=True)
        if self.control.cancelled:
            why = res.again(said("Not sent: the batch was cancelled before this row."))
        else:
            why = res.again(said("Not sent: the batch stopped ({reason}) before this row.", reason=self.halt.reason))
        return self._row_outcome(row, res.NOT_SENT, why, attempt=plan.attempt)

    def _row_outcome(
        self, row: BatchRow, outcome: str, sentence: str, entry: JournalEntry | None = None, attempt: int = 1,
        *, earlier: bool = False,
    ) -> RowOutcome:  # fmt: skip
        if entry is not None and self.payouts:
            order_id = entry.order_id
        else:
            order_id = attempt_order_id(row.order_id, attempt) if self.payouts else row.order_id
        said = res.GATEWAY_SAID.get(outcome, "") if entry is not None else ""  # what the journal recorded it said
        return RowOutcome(
            row.row, order_id, row.amount, row.currency, row.destination, outcome, sentence,
            entry.state if entry is not None else "", said, entry.id if entry is not None else None, attempt, earlier,
        )  # fmt: skip

    def _report(self, out: RowOutcome) -> None:
        with self._lock:  # the callback inside: `done` never goes back
            self._rows[out.row] = out
            if self.on_progress is not None:
                try:
                    self.on_progress(len(self._rows), len(self._good), out)
                except Exception:  # a listener must never stop a batch
                    log.exception("batch progress listener failed")

    # ---------------------------------------------------------------- the balance, and what is still processing
    def _read_balance(self) -> int:
        account = next(
            (r.payout.account for r in self._good.values() if r.payout is not None and r.payout.account), None
        )
        return self.ops.balance(account).available

    def _first_read(self) -> None:
        try:
            self.gate.refresh(strict=True)
        except ApiError as exc:
            self.halt.stop(said("the payout balance could not be read: {reason}", reason=exc.user_message()))

    def _follow(self) -> None:
        """Check the rows the gateway is still processing, round after round, until final or `wait_s` passes."""
        deadline = time.monotonic() + self.wait_s
        delay = 0.2
        while not self.control.cancelled:
            with self._lock:
                waiting = [r for r in self._rows.values() if r.outcome == res.PROCESSING and r.entry_id is not None]
            if not waiting:
                return
            with cf.ThreadPoolExecutor(self.concurrency, thread_name_prefix="batch-follow") as pool:
                self._wait([pool.submit(self._check_row, r) for r in waiting])
            left = deadline - time.monotonic()
            if left <= 0:
                return
            try:
                time.sleep(min(delay, left))
            except KeyboardInterrupt:  # only checking is left: stop it, say what is known
                self.interrupted = True
                return
            delay = min(delay * 2, 2.0)

    def _check_row(self, was: RowOutcome) -> None:
        if not self.control.wait():
            return
        try:
            entry = self.ops.settle_entry(self.ops.journal.entry_by_id(was.entry_id or 0), 0.0)
        except (ApiError, KeyError):
            return
        if entry.state != was.state:
            plan = resume.RowPlan(resume.DONE, was.attempt, entry)
            self._report(self._planned(self._good[was.row], plan, earlier=was.earlier))
