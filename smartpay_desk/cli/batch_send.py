"""`smartpay batch send FILE --kind payout|refund [--results OUT.xlsx] [--concurrency N]` (parsed in
batch_cmds.py): check the file, then send its good rows (services/batch/send.py), resuming what an earlier run of
the same file left.

The check's refused rows are said on stderr, each with its sentence; a batch the check refuses as a whole (it does
not fit the balance, no good row) is not sent at all. Then one line per outcome class on stdout (with its sums), the
rows that did not succeed on stderr, and a progress line on stderr now and then. Exit status: 4 an approval request
waits (nothing was sent), 3 some rows are unknown, still processing, waiting for review or being sent elsewhere
(sending the file again settles them first; also after Ctrl-C), 1 some were declined, 2 the file or a guard refused
the batch or some of its rows (nothing of those was sent), 0 every row succeeded.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from .common import FAILED_EXIT, OK, REFUSED, UNKNOWN_EXIT, WAITING, err

if TYPE_CHECKING:
    import argparse

    from ..services.batch.results import BatchOutcome, RowOutcome
    from ..services.money.operations import OperationsService

PROGRESS_EVERY_S = 5.0


def run_send(args: argparse.Namespace, ops: OperationsService) -> int:
    from ..services.batch import results as res
    from ..services.batch.check import check_file
    from ..services.batch.files import BatchFileError
    from ..services.batch.send import send_batch

    path = Path(args.file)
    try:
        checked = check_file(path, args.kind, ops)
    except BatchFileError as exc:
        err(f"smartpay: nothing was sent: {exc}")
        return REFUSED
    for row in checked.refused:
        err(f"row {row.row}: refused: {row.sentence}")
    if checked.refusal:
        err(f"smartpay: nothing was sent: {checked.refusal}")
    results = getattr(args, "results", None)
    progress = _Progress(len(checked.good))
    outcome = send_batch(
        checked, ops, concurrency=getattr(args, "concurrency", None) or 4, on_progress=progress,
        results=Path(results) if results else None, wait_s=max(0.0, float(getattr(args, "settle", 0.0) or 0.0)),
    )  # fmt: skip
    _say(outcome, shown=res.REFUSED)
    return exit_status(outcome)


def exit_status(outcome: BatchOutcome) -> int:
    """The command's exit status for a batch's outcome (see the module docstring)."""
    from ..services.batch import results as res

    if outcome.waiting:
        return WAITING
    counts = outcome.counts
    if outcome.checked.refusal:
        return REFUSED
    if outcome.stopped == "interrupted" or any(counts.get(c) for c in res.OPEN_CLASSES):
        return UNKNOWN_EXIT
    if counts.get(res.DECLINED):
        return FAILED_EXIT
    if counts.get(res.NOT_SENT) or counts.get(res.REFUSED) or counts.get(res.WAITING):
        return REFUSED
    return OK


def _say(outcome: BatchOutcome, *, shown: str) -> None:
    from ..services.batch import results as res
    from ..services.money.words import money

    checked = outcome.checked
    for row in outcome.rows:  # (a batch refused as a whole: its sentence is said once, not for every row)
        if row.outcome not in (res.SUCCEEDED, shown) and not (checked.refusal and row.outcome == res.NOT_SENT):
            err(f"row {row.row}: {row.outcome}: {row.sentence}")
    if outcome.approval_id is not None:
        print(f"approval requested: request {outcome.approval_id}")
    if outcome.sentence and not checked.refusal:  # a refusal is said on stderr already
        print(outcome.sentence)
    print(f"batch {checked.batch_id} ({checked.file_name}): {checked.count} row{'' if checked.count == 1 else 's'}")
    for name, count in outcome.counts.items():
        sums = ", ".join(money(v, c) for c, v in sorted(outcome.total(name).items()))
        print(f"  {name}: {count}" + (f" ({sums})" if sums else ""))
    if outcome.stopped and outcome.stopped != "waiting for approval":
        print(f"the batch stopped: {outcome.stopped}; sending the same file again carries on (never twice)")
    if outcome.results_path is not None:
        print(f"results: {outcome.results_path}")
    if outcome.results_problem:
        err(f"smartpay: {outcome.results_problem}")


class _Progress:
    """A line on stderr every few seconds while rows are being sent (never one per row)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self._lock = threading.Lock()
        self._last = time.monotonic()

    def __call__(self, done: int, total: int, row: RowOutcome) -> None:
        del row
        with self._lock:
            now = time.monotonic()
            if now - self._last < PROGRESS_EVERY_S or done >= total:
                return
            self._last = now
        print(f"sending: {done} of {total} rows done", file=sys.stderr, flush=True)
