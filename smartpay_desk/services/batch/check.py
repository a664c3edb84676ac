"""The dry run of a batch: every row's verdict and sentence, the totals, and the batch's own verdict. Nothing
is sent and nothing is written; the gateway is asked only what the check needs: the payout balance once (a
payout file), one /check per order refunded (a refund file). No Qt here.

    check_file(path, kind, ops, *, today=None, now=None) -> CheckedBatch    BatchFileError: the file cannot be used
    check_rows(rows, kind, ops, *, batch_id, …) -> CheckedBatch            the same on rows already read (tests)

`ops` is the profile's services.money.operations.OperationsService (its client, journal, profile and
fingerprint key). What is checked, row by row and for the whole batch: check_payouts.py and check_refunds.py.
A payout batch whose rows still to send add up to more than the payout balance is refused as a whole (its
`refusal` says by how much); so is a batch without one good row. Rows this same file already sent (the
journal says so) are good rows saying "already sent by this batch: <state>": the sender resumes them.

The check reads the journal in a few bulk queries (journal.entries_for, journal.entries, journal.first_requests)
and never calls the gateway or opens the journal once per row: 10,000 payout rows take well under a second.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .check_payouts import check_payouts
from .check_refunds import check_refunds
from .files import BatchFileError, FileRow, read_batch_file
from .model import KINDS, PAYOUT, BatchKind, CheckedBatch

if TYPE_CHECKING:
    from ..money.operations import OperationsService

__all__ = ["BatchFileError", "check_file", "check_rows"]


def check_file(
    path: str | Path, kind: BatchKind, ops: OperationsService, *, today: date | None = None,
    now: datetime | None = None,
) -> CheckedBatch:  # fmt: skip
    """Read `path` (files.read_batch_file) and check every row; BatchFileError when the file cannot be used."""
    if kind not in KINDS:
        raise ValueError(f"unknown batch kind {kind!r}")
    data = read_batch_file(path, kind)
    return check_rows(data.rows, kind, ops, batch_id=data.batch_id, file_name=data.name, today=today, now=now,
                      notes=data.notes)  # fmt: skip


def check_rows(
    rows: Sequence[FileRow], kind: BatchKind, ops: OperationsService, *, batch_id: str, file_name: str = "",
    today: date | None = None, now: datetime | None = None, notes: Sequence[str] = (),
) -> CheckedBatch:  # fmt: skip
    """Check rows already read (each with its row number and its cells by template column)."""
    if kind == PAYOUT:
        return check_payouts(rows, ops, batch_id=batch_id, file_name=file_name, today=today, now=now, notes=notes)
    return check_refunds(rows, ops, batch_id=batch_id, file_name=file_name, notes=notes)
