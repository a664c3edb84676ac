"""`smartpay journal`: list the journal, check it whole (--verify), acknowledge damage (acknowledge --note), and
move it into a team journal (import --to URI).

    smartpay journal [--json] [--state S] [--kind K] [--limit N]      the entries, newest first
    smartpay journal --verify                                         every event and page checked, in sentences
    smartpay journal acknowledge --note TEXT [--start-new]            a person's word, journalled; money may move
    smartpay [--profile P] journal import --to URI                    this folder's journal into the team journal

On a team profile (--profile, else the active one, unless --local) the listing, --verify and acknowledge are
the team journal's (every desk's entries, `operator` the database login), through the JournalStore protocol.
`import` copies this data folder's SQLite journal (only profile P's entries with --profile) into the team
journal at URI after checking its chain: services/team/importing.py says what a copy keeps; run twice, it
copies nothing twice.

Wired into the `smartpay` parser by `add_arguments(subparsers)` and run by `run(args, data_dir)` (what every
other command says on stderr about the journal it opened is common.tell_health). Also runnable alone:
`python -m smartpay_desk.cli.journal_cmds [--data-dir DIR] journal …`.
Exit status: 0 done (or intact), 1 the journal is damaged or cannot be used, 2 refused (no note, nothing to
acknowledge that way).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import IO, Any

from ..api.money import format_plain
from ..services.journal import health as journal_health
from ..services.journal.errors import JournalUnavailable
from ..services.journal.model import JournalEntry
from ..services.journal.states import Kind, State
from ..services.journal.store import JOURNAL_FILE, Journal
from ..services.journal.verdict import Health, Standing
from .common import tell_health

OK, DAMAGED, REFUSED = 0, 1, 2


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """The `journal` command on the `smartpay` parser's subcommands."""
    jr = sub.add_parser("journal", help="show, check or acknowledge the journal (every profile unless --profile)")
    jr.add_argument(
        "action", nargs="?", choices=["acknowledge", "import"],
        help="acknowledge: record that you saw the damage; import: copy this folder's journal into a team journal",
    )  # fmt: skip
    jr.add_argument("--json", action="store_true", help="a JSON array of entries")
    jr.add_argument(
        "--state", action="append", choices=[s.value for s in State], help="only entries in this state (repeatable)"
    )
    jr.add_argument(
        "--kind", action="append", choices=[k.value for k in Kind], help="only entries of this kind (repeatable)"
    )
    jr.add_argument("--limit", type=int, metavar="N", help="at most N entries (newest first)")
    jr.add_argument("--verify", action="store_true", help="check every event and page of the journal")
    jr.add_argument("--note", metavar="TEXT", help="with acknowledge: what you checked (kept in the journal)")
    jr.add_argument(
        "--start-new", action="store_true",
        help="with acknowledge: move the damaged journal aside (kept, time-stamped) and start a new one",
    )  # fmt: skip
    jr.add_argument("--to", metavar="URI", help="with import: the team journal (postgresql://login@host:5432/db)")
    jr.add_argument("--local", action="store_true", help="this data folder's journal, even on a team profile")
    return jr


def run(
    args: argparse.Namespace,
    data_dir: Path,
    *,
    out: IO[str] | None = None,
    err: IO[str] | None = None,
    team: str | None = None,
) -> int:
    """`team`: the team journal's URI when the command is about a team profile (None: this folder's journal)."""
    out = out or sys.stdout
    err = err or sys.stderr
    path = Path(data_dir) / JOURNAL_FILE
    if args.action == "import":
        from . import journal_import

        return journal_import.run(args, data_dir, out, err)
    if team and not getattr(args, "local", False):
        return _team(args, team, data_dir, out, err)
    if args.action == "acknowledge":
        return _acknowledge(args, path, out, err)
    if args.verify:
        return _verify(path, out)
    try:
        with Journal(path) as journal:
            tell_health(journal, err)
            entries = journal.entries(state=args.state, kind=args.kind, profile=args.profile, limit=args.limit)
    except JournalUnavailable as exc:
        print(f"smartpay: {journal_health.check(path).sentence if exc.reason == 'unreadable' else exc.user_message()}",
              file=err)  # fmt: skip
        return DAMAGED
    return show(args, entries, out)


def show(args: argparse.Namespace, entries: list[JournalEntry], out: IO[str]) -> int:
    """The entries as `journal` prints them: a JSON array (--json) or one line each."""
    if args.json:
        rows: list[dict[str, Any]] = [e.to_dict() for e in entries]
        for row in rows:
            row.pop("lease_until", None)
        json.dump(rows, out, indent=2, ensure_ascii=False)
        print(file=out)
        return OK
    for e in entries:
        amount = "-" if e.amount is None or not e.currency else f"{format_plain(e.amount, e.currency)} {e.currency}"
        when = e.created_at[:19].replace("T", " ")
        print(f"{e.id:>5}  {when}  {e.operator:<10} {e.profile:<12} {Kind(e.kind).words:<14} {e.order_id:<28} "
              f"{amount:>14}  {e.state:<12} {e.note}", file=out)  # fmt: skip
    return OK


def _team(args: argparse.Namespace, uri: str, data_dir: Path, out: IO[str], err: IO[str]) -> int:
    """The team journal's listing, --verify and acknowledge (services/team/store.py: every desk's entries)."""
    from ..services.team.store import TeamJournal

    try:
        with TeamJournal(uri, data_dir) as journal:
            if args.action == "acknowledge":
                if not (args.note or "").strip() or args.start_new:
                    print('smartpay: a team journal is acknowledged with --note "what you checked" only.', file=err)
                    return REFUSED
                shown = journal.verify()
                found = journal.acknowledge(args.note) if shown else journal.health
                said = f"Acknowledged: {len(shown)} problem(s) recorded in the team journal with your note."
                print(said if shown else "The team journal is intact; there is nothing to acknowledge.", file=out)
                return OK if found.money_allowed else DAMAGED
            if args.verify:
                problems = journal.verify()
                print(f"team journal {getattr(journal, 'where', '')}:", file=out)
                for problem in (*problems, *(f"(acknowledged) {p}" for p in journal.health.acknowledged)):
                    print(f"  {problem}", file=out)
                found = journal.health
                print(f"{found.checked} events re-hashed by the server: " + (
                    "intact." if found.standing is Standing.INTACT else _summary(found)), file=out)  # fmt: skip
                return OK if found.money_allowed else DAMAGED
            tell_health(journal, err)
            entries = journal.entries(state=args.state, kind=args.kind, limit=args.limit)
    except (JournalUnavailable, ValueError) as exc:
        said = exc.detail or exc.sentence if isinstance(exc, JournalUnavailable) else str(exc)
        print(f"smartpay: the team journal: {said}", file=err)
        return DAMAGED
    return show(args, entries, out)


def _verify(path: Path, out: IO[str]) -> int:
    found = journal_health.check(path, full=True)
    print(f"journal {path}:", file=out)
    for problem in found.problems:
        print(f"  {problem}", file=out)
    for problem in found.acknowledged:
        print(f"  (acknowledged) {problem}", file=out)
    print(_summary(found), file=out)
    return OK if found.money_allowed else DAMAGED


def _summary(found: Health) -> str:
    if found.standing is Standing.INTACT:
        seal = "sealed with its key from this computer's keyring" if not found.unkeyed else found.unkeyed
        return f"journal intact: {found.checked} of {found.events} events checked, every page read; {seal}"
    if found.standing is Standing.ACKNOWLEDGED:
        return f"{len(found.acknowledged)} problem(s), all acknowledged ({found.last_ack}); nothing new since."
    if found.standing is Standing.DAMAGED:
        return (
            f"{len(found.problems)} problem(s) found. Money-moving actions are refused until a person acknowledges "
            'them: smartpay journal acknowledge --note "what you checked".'
        )
    return found.sentence


def _acknowledge(args: argparse.Namespace, path: Path, out: IO[str], err: IO[str]) -> int:
    note = (args.note or "").strip()
    if not note:
        print('smartpay: acknowledge needs --note "what you checked" (it is kept in the journal).', file=err)
        return REFUSED
    if args.start_new:
        try:
            started = journal_health.start_new(path, note)
        except ValueError as exc:
            print(f"smartpay: {exc}", file=err)
            return REFUSED
        for said in started.notices:
            print(said, file=out)
        print(f"A new journal was started at {path}, beginning with your acknowledgement.", file=out)
        return OK
    try:
        with Journal(path) as journal:
            shown = journal.verify()
            if not shown:
                print("The journal is intact; there is nothing to acknowledge.", file=out)
                return OK
            found = journal.acknowledge(note)
    except JournalUnavailable as exc:
        said = journal_health.check(path).sentence if exc.reason == "unreadable" else exc.user_message()
        print(f"smartpay: {said}", file=err)
        if exc.reason == "unreadable":
            print("smartpay: a journal that cannot be read cannot record your word: add --start-new to keep it "
                  "aside and start a new one.", file=err)  # fmt: skip
        return REFUSED if exc.reason == "unreadable" else DAMAGED
    print(f"Acknowledged: {len(shown)} problem(s) recorded in the journal with your note; "
          "money-moving actions are allowed again.", file=out)  # fmt: skip
    return OK if found.money_allowed else DAMAGED


def main(argv: list[str] | None = None) -> int:
    """`python -m smartpay_desk.cli.journal_cmds [--data-dir DIR] journal …` (what `smartpay journal` does)."""
    from ..services.profiles import paths

    parser = argparse.ArgumentParser(prog="smartpay")
    parser.add_argument("--data-dir", metavar="DIR")
    parser.add_argument("--profile", metavar="NAME")
    add_arguments(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    args = parser.parse_args(argv)
    return run(args, paths.data_dir(args.data_dir))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
