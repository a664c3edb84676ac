"""What every `smartpay` command module shares: the exit statuses, `Stop`, and how an outcome is printed.

Exit status: 0 succeeded, 1 declined or failed at the gateway, 2 bad input or refused before sending, 3 outcome
unknown (also: still processing, or waiting for review), 4 not sent: it waits for another person (a request for
approval was made, or an approved card payout waits for its card number: `smartpay approvals release ID`).
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..api.money import format_plain, parse_amount
from ..services.journal.states import State

if TYPE_CHECKING:
    import argparse

    from ..services.journal.interface import JournalStore
    from ..services.money.operations import OperationResult
    from ..services.profiles.profiles import Profile, ProfileStore
    from ..services.team.approvals import ApprovalRequested

OK, FAILED_EXIT, REFUSED, UNKNOWN_EXIT, WAITING = 0, 1, 2, 3, 4


class Stop(Exception):
    """End the command with this exit status after printing `message` to stderr."""

    def __init__(self, code: int, message: str) -> None:
        self.code = code
        super().__init__(message)


def err(*parts: object) -> None:
    print(*parts, file=sys.stderr)


def choose(args: argparse.Namespace, store: ProfileStore) -> Profile:
    """The profile the command works on (--profile, else the active one), said on stderr with where it works."""
    name = args.profile or store.active
    if not name:
        raise Stop(REFUSED, "no profile: add one with `smartpay profile add`.")
    try:
        profile = store.get(name)
    except KeyError as exc:
        raise Stop(REFUSED, str(exc.args[0])) from None
    where = "the practice gateway kept in the data folder" if profile.embedded else profile.gateway_url
    if profile.journal:
        from ..services.team.connect import where as journal_where  # psycopg: only for a team profile

        where += f"; team journal {journal_where(profile.journal)}"
    err(f"[{profile.environment.label}] profile {profile.name} ({where})")
    return profile


def uri_password(uri: str) -> str | None:
    """The password written in a team journal's URI (None when there is none), registered with the scrubber
    first so that nothing printed from here on can show it. ValueError when libpq cannot read the URI."""
    from psycopg.conninfo import conninfo_to_dict

    from ..api.redact import add_secret
    from ..services.team.connect import conninfo

    found = conninfo_to_dict(conninfo(uri)).get("password")
    if not found:
        return None
    add_secret(str(found))
    return str(found)


@contextlib.contextmanager
def profile_journal(profile: Profile | None, data_dir: Path) -> Iterator[JournalStore]:
    """The journal `profile` writes to (its team journal, else this data folder's), its health said on stderr,
    closed at the end; Stop with a sentence when the team journal's address cannot be used."""
    from ..services.money.opening import journal_of

    try:
        if profile is not None and profile.journal:
            uri_password(profile.journal)
        journal = journal_of(profile, data_dir)
    except ValueError as exc:
        raise Stop(REFUSED, f"journal: {exc}") from None
    try:
        tell_health(journal)
        yield journal
    finally:
        journal.close()


def tell_health(journal: JournalStore, err: IO[str] | None = None) -> None:
    """What every command says on stderr about the journal it opened, when there is something to say."""
    found = journal.health
    if found.worth_telling:
        print(f"smartpay: journal: {found.sentence}", file=err or sys.stderr)


def amount(text: str, currency: str) -> int:
    """Major units as typed ("12.50") → minor units; Stop(REFUSED) with the sentence when it is not an amount."""
    try:
        return parse_amount(text, currency)
    except ValueError as exc:
        raise Stop(REFUSED, f"amount: {exc}") from None


def money(minor: int | None, currency: str) -> str:
    return "-" if minor is None else f"{format_plain(minor, currency)} {currency}"


def finish(result: OperationResult, *, as_json: bool = False) -> int:
    """Print an operation's outcome (a sentence, or with `as_json` one JSON object) and pick its exit status."""
    for warning in result.details.get("warnings") or ():
        err(f"smartpay: warning: {warning}")
    if as_json:
        shown: dict[str, Any] = {"entry_id": result.entry_id, "order_id": result.order_id, "kind": str(result.kind),
                                 "state": str(result.state), "message": result.message}  # fmt: skip
        if result.details.get("form_url"):
            shown["form_url"] = result.details["form_url"]
        print(json.dumps(shown, ensure_ascii=False))
    else:
        print(result.message)
        if result.details.get("form_url"):
            print(f"customer page: {result.details['form_url']}")
    if result.state == State.SUCCEEDED:
        return OK
    return FAILED_EXIT if result.state == State.FAILED else UNKNOWN_EXIT


def approval_requested(exc: ApprovalRequested, *, as_json: bool = False) -> int:
    """A payout or refund the team's policy holds: the request's id and the sentence; exit 4 (WAITING)."""
    request = exc.approval
    if as_json:
        shown = {"state": "approval_requested", "request_id": request.id, "kind": request.kind,
                 "order_id": request.order_id, "amount": request.amount, "currency": request.currency,
                 "requested_by": request.requested_by, "expires_at": request.expires_at,
                 "approval_above": exc.above, "message": exc.user_message()}  # fmt: skip
        print(json.dumps(shown, ensure_ascii=False))
    else:
        print(f"approval requested: request {request.id}")
        print(exc.user_message())
    return WAITING
