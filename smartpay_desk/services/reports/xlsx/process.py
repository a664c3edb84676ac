"""A whole sheet read exactly as the desk's viewer reads it: in the reader's own child process. No Qt here.

`read_sheet(path)` runs child.child_command as ui/report_viewer/loader.py does: the same events, the same
memory cap (calamine asking for absurd memory ends the child, never the caller), and the same slow-way retry
with the same notes. `smartpay sheet` prints what it returns; reader.read_table reads in-process instead.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from ....api.said import said
from .checks import ReportFileError
from .child import child_command
from .table import Table, fold

SLOW_ENGINE = "openpyxl"


def read_sheet(
    path: str | Path, *, sheet: str | None = None, header_row: int | None = None, timeout_s: float = 600.0
) -> Table:
    """Read `path` exactly as the desk's viewer does: the reader's child process (child.child_command, with
    its memory cap), and the slow way again if it asks for it or dies (ui/report_viewer/loader.py does the
    same, with the same notes). ReportFileError for a file neither reader can open."""
    name = Path(path).name
    table, finished = _run_child(path, "auto", sheet, header_row, timeout_s)
    if finished and table.retry is None:
        return table
    slow, finished = _run_child(path, SLOW_ENGINE, sheet, header_row, timeout_s)
    slow.notes.insert(0, said("{name} has an unusual layout; it is being read the slow way.", name=name))
    if finished:
        return slow
    if slow.headers:
        slow.notes.append(said("Only the first {count:,} rows could be read: the file is too large or damaged.",
                               count=slow.row_count))  # fmt: skip
        slow.rows = slow.row_count
        return slow
    raise ReportFileError(said("{name} needs more memory than the viewer allows, or is damaged; it was not opened.",
                               name=name))  # fmt: skip


def _run_child(
    path: str | Path, engine: str, sheet: str | None, header_row: int | None, timeout_s: float
) -> tuple[Table, bool]:
    """The child's events folded, and whether it said "end" (False: it died, or asked to be run again)."""
    argv = child_command(path, engine=engine, sheet=sheet, header_row=header_row)
    done = subprocess.run(argv, capture_output=True, timeout=timeout_s, check=False)
    events = []
    for line in done.stdout.splitlines():
        try:
            events.append(json.loads(line))
        except ValueError:
            continue
    table = fold(events)  # an "error" event raises ReportFileError: the file was refused
    return table, any(e.get("t") == "end" for e in events)
