"""`smartpay [--profile P] journal import --to URI`: this data folder's SQLite journal into the team journal.

The chain is checked first (a damaged journal nobody acknowledged is refused); every entry (only profile P's
with --profile) and its events are copied in order in one transaction as the login of URI; running it again
copies nothing twice (services/team/importing.py says what a copy keeps). Prints what was copied, what was
skipped as already there, and the events copied. Exit status: 0 done, 1 the journal is damaged or cannot be
used, 2 refused (no --to, no journal here, the team journal refused it).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import IO

from ..services.journal.errors import JournalUnavailable
from ..services.journal.store import JOURNAL_FILE, Journal
from .common import OK, REFUSED, uri_password

DAMAGED = 1


def run(args: argparse.Namespace, data_dir: Path, out: IO[str], err: IO[str]) -> int:
    from ..services.team import connect
    from ..services.team.importing import ImportRefused, import_journal
    from ..services.team.store import TeamJournal

    if not args.to:
        print("smartpay: journal import needs --to URI (the team journal: postgresql://login@host:5432/db).", file=err)
        return REFUSED
    path = Path(data_dir) / JOURNAL_FILE
    if not path.exists():
        print(f"smartpay: there is no journal in {data_dir} to import; nothing was imported.", file=err)
        return REFUSED
    try:
        uri_password(args.to)
        with Journal(path) as source, TeamJournal(args.to, data_dir) as target:
            done = import_journal(source, target, profile=args.profile)
            where, login = target.where, target.login
    except ValueError as exc:  # ImportRefused: the chain, a desk still sending; or an address libpq cannot read
        print(f"smartpay: {exc}", file=err)
        return DAMAGED if isinstance(exc, ImportRefused) and exc.damaged else REFUSED
    except connect.TeamJournalRefused as exc:
        print(f"smartpay: the team journal refused the import: {exc.detail}", file=err)
        return REFUSED
    except JournalUnavailable as exc:
        print(f"smartpay: {exc.user_message() if exc.path else exc.detail or exc.sentence}; nothing was imported.",
              file=err)  # fmt: skip
        return DAMAGED
    which = f" (profile {args.profile})" if args.profile else ""
    print(f"journal {path}{which} imported into {where} as {login}: {done.copied} entr"
          f"{'y' if done.copied == 1 else 'ies'} copied ({done.events} events), {done.skipped} skipped as "
          "already there.", file=out)  # fmt: skip
    if done.renamed:
        named = ", ".join(done.renamed[:10]) + (" …" if len(done.renamed) > 10 else "")
        print(f"{len(done.renamed)} order id(s) were already used in the team journal by another desk: their "
              f"history here was kept under a ref of its own, the team's claim stands: {named}", file=out)  # fmt: skip
    return OK
