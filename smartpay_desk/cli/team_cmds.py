"""`smartpay team …` and `smartpay approvals …`: the team journal on PostgreSQL and four-eyes approval (issue 14).

    smartpay team init --journal URI                 (the database owner) create or migrate the schema and roles
    smartpay team password --journal URI             the login's password into the system keyring (read, not argv)
    smartpay [--profile P] team policy --approval-above AMOUNT --currency CUR     (an approver; "none" lifts it)
    smartpay [--profile P] team policy --show
    smartpay approvals list [--json] [--state S]     every desk's requests, newest first
    smartpay approvals approve ID [--note N]         approve, then send it from this desk (a card payout: see release)
    smartpay approvals reject ID --reason R
    smartpay approvals release ID                    send an approved request; a card payout's number and expiry
                                                     are read from the terminal (or standard input), never argv

The rules are the server's (services/team/schema.py): its sentence is shown when it refuses (not an approver,
the requester deciding their own request, a request already decided or sent). `approve` and `release` send
money and exit as `payout` does (0 succeeded, 1 failed, 3 unknown); an approved card payout that still needs
its number exits 4. Passwords are never printed: a URI's password is registered with the scrubber first.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..api import validation as v
from ..api.redact import add_secret
from ..services.journal.errors import JournalUnavailable
from ..services.journal.states import Kind
from ..services.profiles.editing import keep_password
from ..services.profiles.profiles import ProfileStore
from .common import OK, REFUSED, WAITING, Stop, amount, choose, finish, money, uri_password

if TYPE_CHECKING:
    from ..services.money.operations import OperationsService
    from ..services.team.approvals import Approval
    from ..services.team.store import TeamJournal

STATES = ("requested", "approved", "rejected", "expired", "released")
SENDING = ("approve", "release")  # the approvals actions that open the profile's gateway session


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    team = sub.add_parser("team", help="the team journal on PostgreSQL: create it, keep a password, set the policy")
    tsub = team.add_subparsers(dest="action", required=True, metavar="ACTION")
    init = tsub.add_parser("init", help="(the database owner) create or migrate the team journal and its roles")
    init.add_argument("--journal", required=True, metavar="URI", help="postgresql://owner@host:5432/database")
    pw = tsub.add_parser("password", help="keep a login's password in the system keyring (read from the terminal)")
    pw.add_argument("--journal", required=True, metavar="URI", help="postgresql://login@host:5432/database")
    pol = tsub.add_parser("policy", help="from which amount a payout or refund needs another person's approval")
    pol.add_argument("--journal", metavar="URI", help="the team journal (default: the profile's)")
    pol.add_argument("--approval-above", metavar="AMOUNT", help="from this amount up (12.50); 'none' lifts it")
    pol.add_argument("--currency", metavar="CUR", help="the currency it applies to (default: the profile's)")
    pol.add_argument("--show", action="store_true", help="show the policy")

    ap = sub.add_parser("approvals", help="requests for another person's approval: list, approve, reject, release")
    asub = ap.add_subparsers(dest="action", required=True, metavar="ACTION")
    ls = asub.add_parser("list", help="every desk's requests, newest first")
    ls.add_argument("--json", action="store_true", help="a JSON array of requests")
    ls.add_argument("--state", choices=STATES, help="only requests in this state")
    ok = asub.add_parser("approve", help="approve a request, then send it from this desk")
    ok.add_argument("--note", default="", help="what you checked (kept in the team journal)")
    no = asub.add_parser("reject", help="reject a request, with the reason")
    no.add_argument("--reason", required=True, metavar="R")
    rel = asub.add_parser("release", help="send an approved request (a card payout: the card number is read again)")
    for cmd in (ok, no, rel):
        cmd.add_argument("request_id", type=int, metavar="ID")
    for cmd in (ok, rel):
        cmd.add_argument("--wait", type=float, default=10.0, metavar="S", help="seconds to wait while it processes")
        cmd.add_argument("--json", action="store_true", help="print the outcome as a JSON object")
        cmd.add_argument(
            "--confirm-duplicate", action="store_true",
            help="send it although a payout of the same amount to the same destination was made in the last 24 hours",
        )  # fmt: skip


def sends(args: argparse.Namespace) -> bool:
    """Does this command send money (and so open the profile's gateway session)?"""
    return args.command == "approvals" and args.action in SENDING


def run(args: argparse.Namespace, data_dir: Path, store: ProfileStore) -> int:
    """`team …`, `approvals list` and `approvals reject`: the team journal only, no gateway."""
    from ..services.team.connect import TeamJournalRefused

    try:
        if args.command == "team" and args.action == "init":
            return _init(args.journal)
        if args.command == "team" and args.action == "password":
            return _password(args.journal)
        uri = getattr(args, "journal", None) or _profile_journal(args, store)
        _password_of(uri)
        with _opened(uri, data_dir) as journal:
            if args.command == "team":
                return _policy(args, journal, store)
            if args.action == "list":
                return _list(args, journal)
            return _reject(args, journal)
    except TeamJournalRefused as exc:
        raise Stop(REFUSED, f"the team journal refused it: {exc.detail or exc.sentence}") from None
    except JournalUnavailable as exc:
        raise Stop(REFUSED, exc.detail or exc.sentence) from None


def send(args: argparse.Namespace, ops: OperationsService) -> int:
    """`approvals approve` and `approvals release`, on the profile's open session (its team journal)."""
    from ..services.team import approvals, batch_approvals
    from ..services.team.store import TeamJournal

    journal = ops.journal
    if not isinstance(journal, TeamJournal):
        raise Stop(REFUSED, _NOT_TEAM.format(ops.profile.name))
    try:
        request = approvals.get(journal, args.request_id)
    except KeyError as exc:
        raise Stop(REFUSED, str(exc.args[0])) from None
    if args.action == "approve":
        approved = approvals.approve(journal, args.request_id, args.note)
        said = f"request {approved.id} approved by {approved.decided_by}: {_what(approved)}."
        print(said, file=sys.stderr if args.json else sys.stdout)  # with --json stdout is one JSON object
        if approved.batch_id:  # a batch's rows are sent from its file, row for row: nothing is sent here
            later = batch_approvals.send_from_the_file(approved)
            shown = {"request_id": approved.id, "state": approved.state, "batch_id": approved.batch_id,
                     "message": later}  # fmt: skip
            print(json.dumps(shown, ensure_ascii=False) if args.json else later)
            return OK
        if approved.card_payout:
            later = (
                f"It pays out to the card {approved.destination}: the team journal never holds a card number, so it "
                f"is sent where the number is given again: smartpay approvals release {approved.id}"
            )
            shown = {"request_id": approved.id, "state": approved.state, "card_payout": True, "message": later}
            print(json.dumps(shown, ensure_ascii=False) if args.json else later)
            return WAITING
        request = approved
    return _release(args, ops, request)


# ---------------------------------------------------------------- team


def _init(uri: str) -> int:
    from ..services.team import admin, connect, schema

    _password_of(uri)
    where = connect.where(_conninfo(uri))
    before, now = admin.init(uri)
    done = "created" if before == 0 else ("migrated" if before < now else "already up to date; nothing changed")
    print(f"team journal {where}: schema version {before} -> {now} ({done}).")
    print(f"roles: {schema.OPERATOR} (records and sends), {schema.APPROVER} (also decides requests and sets the "
          "policy; an approver is also an operator).")  # fmt: skip
    print(f"a clerk is a login granted one of them: GRANT {schema.OPERATOR} TO clerk1;")
    return OK


def _password(uri: str) -> int:
    from ..services.team import connect

    info = _conninfo(uri)
    where = connect.where(info)
    tty = sys.stdin.isatty()
    password = getpass.getpass(f"Password of {where}: ") if tty else sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise Stop(REFUSED, "no password given; nothing stored.")
    add_secret(password)
    try:
        connect.connect(info, password=password).close()
    except JournalUnavailable as exc:
        raise Stop(REFUSED, f"{exc.detail}; nothing stored.") from None
    problem = keep_password(connect.KEYRING_SERVICE, where, password)
    if problem is not None:
        raise Stop(REFUSED, f"{problem} Give it with PGPASSWORD or ~/.pgpass instead.")
    print(f"the password of {where} is in the system keyring: a profile's journal address needs none.")
    return OK


def _policy(args: argparse.Namespace, team: TeamJournal, store: ProfileStore) -> int:
    from ..services.team import approvals

    if args.approval_above is not None and not args.show:
        currency = (args.currency or _currency(args, store)).upper()
        lifted = args.approval_above.strip().lower() in ("none", "off")
        above = None if lifted else amount(args.approval_above, currency)
        try:
            approvals.set_policy(team, currency, above)
        except ValueError as exc:
            raise Stop(REFUSED, f"approval-above: {exc}") from None
        if above is None:
            print(f"{currency}: no payout or refund needs another person's approval any more (set by {team.login}).")
        else:
            print(f"{currency}: from now on a payout or refund of {money(above, currency)} or more needs another "
                  f"person's approval (set by {team.login}).")  # fmt: skip
        return OK
    if args.approval_above is None and not args.show:
        raise Stop(REFUSED, "team policy needs --approval-above AMOUNT --currency CUR, or --show.")
    shown = approvals.policies(team)
    if not shown:
        print(f"no policy in {team.where}: nothing needs another person's approval.")
    for row in shown:
        cur, above = row["currency"], row["approval_above"]
        rule = "no approval needed" if above is None else f"approval from {money(above, cur)}"
        print(f"{cur}: {rule} (set by {row['set_by']} at {row['at'][:16].replace('T', ' ')} UTC)")
    return OK


# ---------------------------------------------------------------- approvals


def _list(args: argparse.Namespace, journal: TeamJournal) -> int:
    from ..services.team import approvals

    found = approvals.requests(journal, state=args.state)
    if args.json:
        print(json.dumps([a.to_dict() for a in found], indent=2, ensure_ascii=False))
        return OK
    if not found:
        print("no requests." if not args.state else f"no {args.state} requests.")
        return OK
    print(f"{'id':>5}  {'state':<9} {'what':<8} {'order id':<26} {'amount':>14}  {'to':<24} {'asked by':<10} "
          f"{'expires (UTC)':<16}  why")  # fmt: skip
    for a in found:
        expires = a.expires_at[:16].replace("T", " ")
        print(f"{a.id:>5}  {a.state:<9} {Kind(a.kind).words:<8} {a.order_id:<26} {money(a.amount, a.currency):>14}  "
              f"{a.destination or '-':<24} {a.requested_by:<10} {expires:<16}  {a.reason}")  # fmt: skip
        if a.decided_by:
            decision = "rejected" if a.state == "rejected" else "approved"
            sent = f"; sent as journal entry {a.entry_id}" if a.entry_id else ""
            print(f"{'':>5}  {decision} by {a.decided_by}{': ' + a.decision_note if a.decision_note else ''}{sent}")
    return OK


def _reject(args: argparse.Namespace, journal: TeamJournal) -> int:
    from ..services.team import approvals

    try:
        rejected = approvals.reject(journal, args.request_id, args.reason)
    except ValueError as exc:
        raise Stop(REFUSED, str(exc)) from None
    print(f"request {rejected.id} rejected by {rejected.decided_by}: {_what(rejected)}; nothing is sent.")
    return OK


def _release(args: argparse.Namespace, ops: OperationsService, request: Approval) -> int:
    from ..services.money.guards import DUPLICATE
    from ..services.team import release

    card = month = year = None
    if request.card_payout and request.state == "approved":
        card, month, year = _card_again(request)
    confirmed = frozenset({DUPLICATE} if args.confirm_duplicate else ())
    result = release.release(ops, request.id, card_number=card, exp_month=month, exp_year=year, confirmed=confirmed)
    if args.wait > 0 and result.state.is_open and request.kind == Kind.WITHDRAWAL:
        print(result.message, file=sys.stderr if args.json else sys.stdout)
        result = ops.wait_final(request.order_id, args.wait)
    return finish(result, as_json=args.json)


def _card_again(request: Approval) -> tuple[str, str, str]:
    """The card number and expiry of an approved card payout, from the terminal (or two lines of stdin)."""
    if sys.stdin.isatty():
        number = getpass.getpass(f"Card number for request {request.id} ({request.destination}): ")
        expiry = input("Expiry (MM/YY): ")
    else:
        number, expiry = sys.stdin.readline().strip(), sys.stdin.readline().strip()
    if not number:
        raise Stop(REFUSED, f"no card number given; request {request.id} was not sent.")
    month, _, year = expiry.strip().partition("/")
    if not month or not year:
        raise Stop(REFUSED, "exp: write the expiry as MM/YY.")
    return v.normalize_card_number(number), month.strip(), year.strip()


# ---------------------------------------------------------------- helpers

_NOT_TEAM = (
    "profile {} keeps its own journal: approvals and the team policy live in a team journal "
    "(`smartpay profile add … --journal URI`)."
)


def _what(a: Approval) -> str:
    to = f" to {a.destination}" if a.destination else ""
    what = f"the {Kind(a.kind).words} of {money(a.amount, a.currency)} for order {a.order_id}{to}"
    return f"{what} asked by {a.requested_by}"


def _profile_journal(args: argparse.Namespace, store: ProfileStore) -> str:
    profile = choose(args, store)
    if not profile.journal:
        raise Stop(REFUSED, _NOT_TEAM.format(profile.name))
    return profile.journal


def _currency(args: argparse.Namespace, store: ProfileStore) -> str:
    name = args.profile or store.active
    if name and name in store:
        return store.get(name).currency
    raise Stop(REFUSED, "team policy needs --currency CUR.")


def _password_of(uri: str) -> None:
    try:
        uri_password(uri)
    except ValueError as exc:
        raise Stop(REFUSED, f"journal: {exc}") from None


def _conninfo(uri: str) -> str:
    from ..services.team import connect

    try:
        return connect.conninfo(uri)
    except ValueError as exc:
        raise Stop(REFUSED, f"journal: {exc}") from None


@contextlib.contextmanager
def _opened(uri: str, data_dir: Path) -> Iterator[TeamJournal]:
    from ..services.team.store import TeamJournal

    try:
        journal = TeamJournal(uri, data_dir)
    except ValueError as exc:
        raise Stop(REFUSED, f"journal: {exc}") from None
    try:
        yield journal
    finally:
        journal.close()
