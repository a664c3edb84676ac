"""Gateway reports: ask for an export task, wait for it, stream the xlsx to disk. No Qt here.

    path = create_and_download(client, report_request("Payment", 2, date(2025, 1, 1), date(2025, 1, 31)),
                               dest, progress=print, cancelled=lambda: False)

The gateway builds a report as a task (POST …/excel → id, status 1), reports its status (GET …/task/{id})
and serves the file once the status is 2 (GET …/task/{id}/result). Status -1 means it could not build it;
any status the doc does not list is taken as "not ready yet" until the wait limit.

The file is downloaded under a hidden temporary name beside `dest` and moved over `dest` only when it is
complete and the operator has not cancelled, so a file the operator already had under that name is never
lost to a cancelled or failed export.
"""

from __future__ import annotations

import contextlib
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as dtime
from pathlib import Path
from typing import Any, Protocol

from ...api.errors import ApiError, DownloadCancelled, MalformedResponse
from ...api.models import FAIL, PROCESSING, SUCCESS, ReportRequest, ReportTask, status_label
from ...api.said import said

REPORT_TYPES = ("Payment", "Withdrawal", "Refund")
REPORT_STATUSES = {"success": SUCCESS, "processing": PROCESSING, "fail": FAIL}
REPORTS_FOLDER = "Reports"
POLL_INTERVAL_S = 1.0
MAX_WAIT_S = 600.0


class ReportFailed(ApiError):
    """The gateway answered status -1 for the report task: it could not build the report."""

    sentence = said("The gateway could not build the report (its task failed); try again or choose a shorter period.")


class ReportNotReady(ApiError):
    """The task was still not ready when the desk stopped waiting for it."""

    sentence = said("The gateway did not finish the report in time; try again later or choose a shorter period.")


class ReportClient(Protocol):
    def create_report_task(self, req: ReportRequest) -> ReportTask: ...
    def report_task_status(self, task_id: str) -> ReportTask: ...
    def download_report(
        self,
        task_id: str,
        dest: Path,
        *,
        progress: Callable[[int, int | None], None] | None = ...,
        cancelled: Callable[[], bool] | None = ...,
    ) -> Path: ...


@dataclass(frozen=True)
class ExportProgress:
    """What a progress bar shows. stage: "requested" | "waiting" | "downloading"."""

    stage: str
    task_id: str | None = None
    task_status: int | None = None
    done_bytes: int = 0
    total_bytes: int | None = None
    waited_s: float = 0.0

    @property
    def fraction(self) -> float | None:
        """0…1 while downloading with a known size, else None (indeterminate)."""
        if self.stage != "downloading" or not self.total_bytes:
            return None
        return min(self.done_bytes / self.total_bytes, 1.0)

    def sentence(self) -> str:
        """What the progress bar says (a Said, api/said.py)."""
        if self.stage == "requested":
            return said("Asking the gateway for the report…")
        if self.stage == "waiting":
            return said("The gateway is preparing the report ({status}, {seconds:.0f} s)…",
                        status=status_label(self.task_status), seconds=self.waited_s)  # fmt: skip
        done = _size(self.done_bytes)
        if self.total_bytes:
            return said("Downloading the report: {done} of {total}…", done=done, total=_size(self.total_bytes))
        return said("Downloading the report: {done}…", done=done)


def _size(n: int) -> str:
    if n < 1024:
        return said("{count} bytes", count=n)
    if n < 1024 * 1024:
        return said("{size:.0f} KB", size=n / 1024)
    return said("{size:.1f} MB", size=n / 1024 / 1024)


def report_request(kind: str, status: int, first_day: date, last_day: date) -> ReportRequest:
    """A request for whole local days first_day … last_day (inclusive), in unix milliseconds."""
    if kind not in REPORT_TYPES:
        raise ValueError(f"unknown report type {kind!r}")
    start = datetime.combine(first_day, dtime.min).astimezone()
    end = datetime.combine(last_day, dtime.max).astimezone()
    return ReportRequest(
        type=kind, status=status, date_from=int(start.timestamp() * 1000), date_to=int(end.timestamp() * 1000)
    )


def default_file_name(kind: str, first_day: date, last_day: date) -> str:
    """smartpay-payment-2025-01-01-2025-01-31.xlsx"""
    return f"smartpay-{kind.lower()}-{first_day.isoformat()}-{last_day.isoformat()}.xlsx"


def reports_dir(data_dir: str | os.PathLike[str]) -> Path:
    """<data dir>/Reports, created if missing; owner-only (0700), like the data folder."""
    from ..profiles.paths import private_dir

    return private_dir(Path(data_dir) / REPORTS_FOLDER)


def _never() -> bool:
    return False


def _ignore(_: Any) -> None:
    return None


def create_and_download(
    client: ReportClient,
    req: ReportRequest,
    dest: str | os.PathLike[str],
    progress: Callable[[ExportProgress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    poll_interval: float = POLL_INTERVAL_S,
    *,
    max_wait_s: float = MAX_WAIT_S,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Path:
    """Create the task, poll it every `poll_interval` s until status 2, stream the xlsx to `dest`.

    Raises DownloadCancelled (nothing kept, `dest` untouched), ReportFailed (status -1), ReportNotReady
    (still not ready after max_wait_s), or whatever the client raises (ApiError subclasses).
    """
    report = progress or _ignore
    stop = cancelled or _never
    target = Path(dest)
    report(ExportProgress("requested"))
    task = client.create_report_task(req)
    if not task.id:
        raise MalformedResponse("the report task has no id")
    task_id = str(task.id)
    status = task.status
    started = clock()
    while status != SUCCESS:
        if status == FAIL:
            raise ReportFailed()
        waited = clock() - started
        if waited >= max_wait_s:
            label = status_label(status)
            raise ReportNotReady(said("still {status} after {seconds:.0f} s", status=label, seconds=waited))
        report(ExportProgress("waiting", task_id, status, waited_s=waited))
        _pause(poll_interval, stop, sleep)
        status = client.report_task_status(task_id).status
    if stop():
        raise DownloadCancelled()
    part = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.download")

    def bytes_done(done: int, total: int | None) -> None:
        report(ExportProgress("downloading", task_id, status, done, total))

    try:
        client.download_report(task_id, part, progress=bytes_done, cancelled=stop)
        if stop():
            raise DownloadCancelled()
        os.replace(part, target)
    finally:
        with contextlib.suppress(OSError):
            part.unlink()
    return target


def _pause(seconds: float, stop: Callable[[], bool], sleep: Callable[[float], None]) -> None:
    """Sleep in small steps so Cancel is felt within a tenth of a second."""
    remaining = seconds
    while remaining > 0:
        if stop():
            raise DownloadCancelled()
        step = min(0.1, remaining)
        sleep(step)
        remaining -= step
    if stop():
        raise DownloadCancelled()


__all__ = [
    "REPORTS_FOLDER",
    "REPORT_STATUSES",
    "REPORT_TYPES",
    "ExportProgress",
    "ReportFailed",
    "ReportNotReady",
    "create_and_download",
    "default_file_name",
    "report_request",
    "reports_dir",
]
