"""`smartpay reconcile-report` and `smartpay open`: the gateway's report against the journal, and everything
that needs a person (services/recon). Neither talks to the gateway: the profile (--profile, else the active
one) says which journal (this folder's, or its team journal) and, on this folder's journal, whose entries.

    smartpay reconcile-report FILE [--json] [--status S]… [--utc] [--export OUT.xlsx]
    smartpay reconcile-report FILE --explain ORDER_ID --class CLASS --note TEXT
    smartpay open [--json] [--older-than 1h] [--report FILE]…

reconcile-report: exit 0 when nothing differs (or every difference is explained), 1 when something does, 2 when
FILE is not a gateway report (one sentence on stderr). --json prints one object:
    {"period": {"from", "to", "zone", "types", "statuses", "source"}, "rows": N, "matched": N, "open": N,
     "differences": [{"order_id", "kind", "class", "sentence", "journal", "report", "explained"}]}
("matched": rows found in both that agree; "open": differences nobody has explained). With --explain the note is
journaled with who and when (exit 0), or refused (exit 2: no such difference, an empty note).

open: exit 0 when nothing waits for a person, 1 when something does. --json prints {"count": N, "items": [...]},
oldest first, each with its age and the one action (and command) that moves it on.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from collections.abc import Iterator, Sequence
from datetime import UTC, timedelta
from pathlib import Path
from typing import IO

from ..api.scrub_output import plain_values
from ..services.journal.interface import JournalStore
from ..services.profiles.profiles import ProfileStore
from ..services.recon.match import DiffClass, Reconciliation
from ..services.recon.report import STATUSES, NotAGatewayReport
from ..services.recon.triage import OLDER_THAN, OpenItem
from .common import OK, REFUSED, Stop, choose, err, profile_journal

COMMANDS = ("reconcile-report", "open")
DIFFERS = 1
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(s|m|min|h|d)?", re.IGNORECASE)
_UNITS = {"s": 1, "m": 60, "min": 60, "h": 3600, "d": 86_400}


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`reconcile-report` and `open` on the `smartpay` parser's subcommands."""
    rr = sub.add_parser("reconcile-report", help="match a gateway report (xlsx) with the journal: what differs")
    rr.add_argument("file", metavar="FILE", help="the gateway's report (.xlsx), as exported or downloaded")
    rr.add_argument("--json", action="store_true", help="one JSON object: period, matched, differences")
    rr.add_argument("--status", action="append", choices=STATUSES,
                    help="the status(es) the report was exported for, when its file name does not say")  # fmt: skip
    rr.add_argument("--utc", action="store_true", help="the report's days in UTC (default: this computer's time)")
    rr.add_argument("--export", metavar="OUT.xlsx", help="also write the reconciliation, with explanations, here")
    rr.add_argument("--explain", metavar="ORDER_ID", help="explain this order's difference (with --class, --note)")
    rr.add_argument("--class", dest="diff_class", choices=[c.value for c in DiffClass], help="the difference's class")
    rr.add_argument("--note", metavar="TEXT", help="with --explain: why it is all right (kept in the journal)")
    op = sub.add_parser("open", help="everything that needs a person: unsettled entries, approvals, differences")
    op.add_argument("--json", action="store_true", help='one JSON object: {"count": N, "items": [...]}')
    op.add_argument("--older-than", type=duration, default=OLDER_THAN, metavar="TIME",
                    help="an entry processing longer than this needs a person (90s, 30m, 2d; default 1h)")  # fmt: skip
    op.add_argument("--report", action="append", metavar="FILE", help="also this report's unexplained differences")


def duration(text: str) -> timedelta:
    found = _DURATION.fullmatch(text.strip())
    if found is None:
        raise argparse.ArgumentTypeError(f"not a time: {text!r} (write 90s, 30m, 1h or 2d)")
    try:
        return timedelta(seconds=float(found.group(1)) * _UNITS[(found.group(2) or "s").lower()])
    except OverflowError:
        raise argparse.ArgumentTypeError(f"too long a time: {text!r}") from None


def run(args: argparse.Namespace, data_dir: Path, store: ProfileStore) -> int:
    if args.command == "open":
        return _open(args, data_dir, store)
    if args.explain is not None and (not args.diff_class or args.note is None):
        raise Stop(REFUSED, "--explain needs --class CLASS and --note TEXT.")
    from ..services.recon.report import read_report, scope_of

    try:
        report = read_report(args.file)  # before any journal is opened: a file that is no report changes nothing
    except NotAGatewayReport as exc:
        raise Stop(REFUSED, str(exc)) from None
    for note in report.notes:
        err(f"smartpay: {note}")
    scope = scope_of(report, statuses=args.status, zone=UTC if args.utc else None)
    with _journal(args, data_dir, store) as (journal, profile):
        from ..services.recon.reconcile import reconcile

        result = reconcile(journal, report, profile=profile, scope=scope)
        if args.explain is not None:
            return _explain(args, journal, result)
    if args.export:
        _export(args.export, result)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        _print(result)
    return DIFFERS if result.open else OK


@contextlib.contextmanager
def _journal(args: argparse.Namespace, data_dir: Path, store: ProfileStore) -> Iterator[tuple[JournalStore, str]]:
    """The profile's journal (its team journal, or this folder's) and the profile's name; closed at the end."""
    profile = choose(args, store)
    with profile_journal(profile, data_dir) as journal:
        yield journal, profile.name


def _explain(args: argparse.Namespace, journal: JournalStore, result: Reconciliation) -> int:
    from ..services.recon.explain import NoSuchDifference, explain_order

    try:
        made, _ = explain_order(journal, result, args.explain, args.diff_class, args.note)
    except (NoSuchDifference, ValueError) as exc:
        raise Stop(REFUSED, str(exc)) from None
    print(f"{made.report_kind} {made.order_id}, {DiffClass(made.difference).words}: {made.words}.")
    return OK


def _export(path: str, result: Reconciliation) -> None:
    from ..services.recon.export import export_reconciliation
    from ..services.reports.exports import ExportError

    try:
        written = export_reconciliation(path, result)
    except ExportError as exc:
        raise Stop(REFUSED, str(exc)) from None
    said(f"smartpay: the reconciliation was written to {written}", [str(written)], sys.stderr)


def said(text: str, typed: Sequence[str], out: IO[str] | None = None) -> None:
    """Print a line with the paths the operator gave (`typed`) as they are: the desk's report names
    (…-2025-03-01-2025-03-31.xlsx) can read as card numbers to the output's scrubber, which keeps masking the
    rest of the line (a report's order ids, the sentences)."""
    stream = out or sys.stdout
    wanted = [t for t in typed if t]
    parts = re.split("(" + "|".join(map(re.escape, wanted)) + ")", text) if wanted else [text]
    for n, part in enumerate(parts):
        if n % 2:
            stream.flush()
            with plain_values():
                stream.write(part)
                stream.flush()
        else:
            stream.write(part)
    stream.write("\n")


def _print(result: Reconciliation) -> None:
    print(f"{result.scope.words}: {result.rows:,} rows, {result.matched:,} agree with the journal.")
    for line in result.summary():
        print(f"  {line.words()}")
    for d in result.differences:
        said = f"  [{d.explanation.words}]" if d.explanation is not None else ""
        print(f"{d.cls!s:<15} {d.report_kind:<10} {d.order_id:<36} {d.sentence}{said}")
    if not result.differences:
        print("Nothing differs.")


def _open(args: argparse.Namespace, data_dir: Path, store: ProfileStore) -> int:
    from ..services.recon.reconcile import reconcile_file
    from ..services.recon.triage import difference_items, open_items

    with _journal(args, data_dir, store) as (journal, profile):
        items: list[OpenItem] = open_items(journal, profile=profile, older_than=args.older_than)
        for path in dict.fromkeys(args.report or ()):
            try:
                _, result = reconcile_file(journal, path, profile=profile)
            except NotAGatewayReport as exc:
                raise Stop(REFUSED, str(exc)) from None
            items += difference_items(result.open, report=path)
    items.sort(key=lambda i: i.since)
    paths = [json.dumps(p, ensure_ascii=False)[1:-1] if args.json else p for p in dict.fromkeys(args.report or ())]
    if args.json:
        shown = json.dumps({"count": len(items), "items": [i.to_json() for i in items]}, ensure_ascii=False)
        said(shown, paths)
    else:
        for i in items:
            print(f"{i.age_words:>12}  {i.action.words:<17} {i.sentence}")
            said(f"{'':>12}  → {i.command}", paths)
        print(f"{len(items)} item{'s' if len(items) != 1 else ''} need{'s' if len(items) == 1 else ''} a person.")
    return DIFFERS if items else OK
