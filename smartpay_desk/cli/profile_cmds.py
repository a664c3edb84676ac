"""`smartpay profile …`: add, list, remove or choose profiles, and store a profile's secret (no gateway is called).

    smartpay profile add NAME --environment E --gateway-url … [--journal postgresql://login@host/db]
    smartpay profile list | remove NAME | use NAME | secret NAME

`--journal URI` makes the profile use a team journal (services/team): the URI is stored without its password
(connect.without_password). A password written in the URI goes to the system keyring (service
connect.KEYRING_SERVICE, user = where the journal is), never to profiles.json, and is never printed; where no
keyring may hold it, nothing is stored and the command says how else the login's password can be given.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from ..services.profiles.credentials import ENV_SECRET, CredentialStore
from ..services.profiles.editing import keep_password
from ..services.profiles.profiles import Environment, Profile, ProfileError, ProfileStore
from .common import OK, REFUSED, Stop, err, uri_password


def run(args: argparse.Namespace, store: ProfileStore) -> int:
    if args.action == "list":
        for p in store.list():
            mark = "*" if p.name == store.active else " "
            where = "practice gateway (kept in the data folder)" if p.embedded else p.gateway_url
            team = f"  team journal {journal_where(p.journal)}" if p.journal else ""
            print(f"{mark} {p.name}  [{p.environment.label}]  {where}  key={p.merchant_key}  "
                  f"accounts {p.account} / {p.payout_account} ({p.currency}){team}")  # fmt: skip
        return OK
    try:
        if args.action == "add":
            return _add(args, store)
        if args.action == "remove":
            store.delete(args.name)
            CredentialStore().delete(args.name)
            print(f"profile {args.name} removed.")
        elif args.action == "use":
            store.active = args.name
            print(f"profile {args.name} is now the active one.")
        elif args.action == "secret":
            return _store_secret(store.get(args.name))
    except ProfileError as exc:
        for field, sentence in exc.fields.items():
            err(f"  {field.replace('_', '-')}: {sentence}")
        raise Stop(REFUSED, "the profile was not saved.") from None
    except KeyError as exc:
        raise Stop(REFUSED, str(exc.args[0])) from None
    return OK


def journal_where(uri: str) -> str:
    """login@host:port/db of a team journal's URI (never its password)."""
    from ..services.team import connect  # psycopg: only for a team profile

    return connect.where(uri)


def _add(args: argparse.Namespace, store: ProfileStore) -> int:
    env = Environment(args.environment)
    extra = {k: getattr(args, k) for k in ("account", "payout_account") if getattr(args, k)}
    if env is Environment.PRODUCTION and len(extra) < 2:
        raise Stop(REFUSED, "a production profile needs --account and --payout-account.")
    journal, password = _team_journal(args.journal) if args.journal else ("", None)
    profile = Profile(
        name=args.name, environment=env, gateway_url=args.gateway_url, pci_url=args.pci_url,
        reports_url=args.reports_url, merchant_key=args.merchant_key, currency=args.currency, journal=journal,
        **extra,
    )  # fmt: skip
    store.add(profile)
    print(f"profile {profile.name} added ({env.label}).")
    if journal:
        print(f"it uses the team journal {journal_where(journal)}.")
    if password:
        _keep_login_password(journal, password)
    return OK


def _team_journal(uri: str) -> tuple[str, str | None]:
    """(the URI as it may be stored, the password it carried or None); Stop when libpq cannot read it."""
    from ..services.team import connect

    try:
        password = uri_password(uri)  # masked in anything printed or logged from here on
        return connect.without_password(uri), password
    except ValueError as exc:
        raise Stop(REFUSED, f"journal: {exc}") from None


def _keep_login_password(uri: str, password: str) -> None:
    from ..services.team import connect

    where = connect.where(connect.conninfo(uri))
    problem = keep_password(connect.KEYRING_SERVICE, where, password)
    if problem is None:
        print(f"the password of {where} given in the address is in the system keyring, not in the profile.")
        return
    err(f"smartpay: {problem} The profile keeps the address without it: give the password with "
        "`smartpay team password --journal URI` where a keyring works, or with PGPASSWORD or ~/.pgpass.")  # fmt: skip


def _store_secret(profile: Profile) -> int:
    creds = CredentialStore()
    if not creds.persistent:
        raise Stop(REFUSED, f"{creds.problem} Use {ENV_SECRET} for the command line instead.")
    secret = getpass.getpass(f"Secret for {profile.name}: ") if sys.stdin.isatty() else sys.stdin.readline().strip()
    if not secret:
        raise Stop(REFUSED, "no secret given; nothing stored.")
    if not creds.set(profile, secret):
        raise Stop(REFUSED, f"{creds.problem}")
    print(f"secret for {profile.name} stored in the system keyring ({creds.backend_name}).")
    return OK
