"""The xlsx reader's own process: how the desk starts it, and its first steps. No Qt here.

    python -m smartpay_desk.services.reports.xlsx.child [--engine auto|openpyxl] [--sheet NAME] [--header-row N] FILE

(--sheet: a visible worksheet's name, default the one Excel opens on; --header-row: the header's row number
in the sheet, 0 for none, default found by the reader.)

Kept apart from reader.py for two reasons. The desk's GUI process imports only this module
(microseconds), never the reader with its XML parser and zip checks (~15 ms that would land in the start-up
or in the first open of a report). And the child starts python-calamine's parse (the longest step, which
releases the GIL) before it imports the rest of the reader: the first ~40 ms of imports then run beside
the parse instead of before it.

The child caps its own address space (POSIX) and runs at a lower priority than the desk, writes the
reader's JSON lines (see reader.py) on stdout, and ends with os._exit: calamine may still be parsing on
its thread (after "retry", or after an error found beside it) and nothing must wait for it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

CHILD_MEMORY_BYTES = 3 * 1024**3
CHILD_NICENESS = 10
ENGINES = ("auto", "openpyxl")


def child_command(
    path: str | Path, *, engine: str = "auto", sheet: str | None = None, header_row: int | None = None
) -> list[str]:
    """argv that runs the reader on `path` (the sheet `sheet`, the header row `header_row`: see read_events).
    A frozen desk (PyInstaller) runs itself with `--xlsx-reader`; its entry point (packaging/launcher.py)
    hands that to this module's main."""
    options = ["--engine", engine]
    if sheet is not None:
        options += ["--sheet", sheet]
    if header_row is not None:
        options += ["--header-row", str(header_row)]
    if getattr(sys, "frozen", False):
        return [sys.executable, "--xlsx-reader", *options, str(path)]
    return [sys.executable, "-m", "smartpay_desk.services.reports.xlsx.child", *options, str(path)]


def limit_memory(limit: int = CHILD_MEMORY_BYTES) -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimits; a failed allocation still ends only the child
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft == resource.RLIM_INFINITY or soft > limit:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def yield_cpu() -> None:
    """Run at a lower priority than the desk: on a 2-core machine calamine and the sheet scan keep both
    cores busy, and the window must win every time it has something to paint. On Linux the child is also
    SCHED_BATCH (CPU-bound work that never preempts a waking thread, here the desk's GUI thread): in
    interleaved bench_stall runs, medians 10.6-12.3 ms against 13.5-16.0 with nice 10 alone. (SCHED_IDLE did
    as well, but an idle-class child would all but stop on a machine whose cores are all busy.) Called
    before the parse thread starts: Linux applies both to the calling thread, and new threads inherit them."""
    with contextlib.suppress(AttributeError, OSError):  # each where the platform has it
        os.nice(CHILD_NICENESS)
    with contextlib.suppress(AttributeError, OSError):
        os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))


class _Arguments:
    def __init__(self, argv: Sequence[str]) -> None:
        args = list(argv)
        self.engine, self.sheet, self.header_row = "auto", None, None
        try:
            while len(args) > 1 and args[0] in ("--engine", "--sheet", "--header-row"):
                option, value, args = args[0], args[1], args[2:]
                if option == "--engine" and value in ENGINES:
                    self.engine = value
                elif option == "--sheet":
                    self.sheet = value
                elif option == "--header-row" and value.isdigit():
                    self.header_row = int(value)
                else:
                    raise ValueError(option)
            if len(args) != 1:
                raise ValueError("FILE")
        except ValueError:
            sys.stderr.write(
                "usage: python -m smartpay_desk.services.reports.xlsx.child [--engine auto|openpyxl] "
                "[--sheet NAME] [--header-row N] FILE\n"
            )
            raise SystemExit(2) from None
        self.path = args[0]


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Child process: read FILE, write JSON lines on stdout, end. Exit 0 even for a refused file (it said so)."""
    args = _Arguments(sys.argv[1:] if argv is None else argv)
    limit_memory()
    yield_cpu()
    parse = None
    if args.engine == "auto":
        from .calamine import CalamineParse
        from .checks import ReportFileError, check_zip

        try:
            check_zip(args.path)  # the zip's directory (milliseconds): no zip bomb reaches calamine
            parse = CalamineParse(Path(args.path), background=True, sheet=args.sheet)
        except ReportFileError:
            pass  # the reader refuses it below, in the same words
    from .reader import write_events  # after the parse has started: see the docstring

    write_events(args.path, args.engine, parse, args.sheet, args.header_row)
    os._exit(0)


if __name__ == "__main__":
    main()
