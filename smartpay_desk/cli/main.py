"""`smartpay`: SmartPay Desk's money operations from a terminal or a script (arguments: cli_args.py).

Every command but `profile`, `journal` and `resolve` first reconciles the journal entries left open (by a
crash or a lost answer) and says what it found on stderr. Exit status: 0 succeeded, 1 declined or failed
at the gateway, 2 bad input or refused before sending, 3 outcome unknown (also: still processing, or
waiting for review). Card numbers are never printed (BIN + last four at most), the secret never.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..api import validation as v
from ..api.client import Timeouts
from ..api.errors import ApiError, BadCredentials, OutcomeUnknown, ValidationFailed
from ..api.models import TransactionInfo, WithdrawalRequest
from ..api.money import format_plain, parse_amount
from ..api.redact import add_secret, install_log_redaction
from ..services.journal.states import FAILED, KIND_WORDS, OPEN_STATES, SUCCEEDED, DuplicateOrder, GuardRefused
from ..services.journal.store import Journal
from ..services.money.operations import OperationResult, OperationsService, open_session
from ..services.profiles import paths
from ..services.profiles.credentials import ENV_SECRET, CredentialStore, secret_for
from ..services.profiles.profiles import Environment, Profile, ProfileError, ProfileStore
from .args import build_parser

OK, FAILED_EXIT, REFUSED, UNKNOWN_EXIT = 0, 1, 2, 3
MONEY_COMMANDS = ("refund", "capture", "cancel", "recurrent", "payout")


class Stop(Exception):
    """End the command with this exit status after printing `message` to stderr."""

    def __init__(self, code: int, message: str) -> None:
        self.code = code
        super().__init__(message)


def err(*parts: object) -> None:
    print(*parts, file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="smartpay: %(message)s")
    install_log_redaction()
    try:
        return _dispatch(args)
    except Stop as stop:
        err(f"smartpay: {stop}")
        return stop.code
    except ValidationFailed as exc:
        err("smartpay: nothing was sent; " + exc.sentence.split(";")[0].lower() + ":")
        for field, sentence in exc.fields.items():
            err(f"  {field}: {sentence}")
        return REFUSED
    except (GuardRefused, DuplicateOrder) as exc:
        err(f"smartpay: nothing was sent: {exc.detail or exc.sentence}")
        return REFUSED
    except ApiError as exc:
        err(f"smartpay: {exc.user_message()}")
        if isinstance(exc, BadCredentials):
            return REFUSED
        return UNKNOWN_EXIT if isinstance(exc, OutcomeUnknown) else FAILED_EXIT
    except KeyboardInterrupt:
        err("smartpay: interrupted; anything already sent is in the journal and is checked on the next run.")
        return UNKNOWN_EXIT


def _dispatch(args: argparse.Namespace) -> int:
    data_dir = paths.data_dir(args.data_dir)
    store = ProfileStore(data_dir)
    if args.command == "profile":
        return _profile(args, store)
    if args.command == "journal":
        return _journal(args, data_dir)
    profile = _choose(args, store)
    secret = secret_for(profile, CredentialStore())
    if not secret:
        raise Stop(REFUSED, f"no secret for profile {profile.name!r}: run `smartpay profile secret "
                   f"{profile.name}` or set {ENV_SECRET}.")  # fmt: skip
    add_secret(secret)
    timeouts = Timeouts(read=args.timeout, deadline=max(args.timeout, 1.0) * 2)
    ops = open_session(
        profile, secret, data_dir, timeouts=timeouts, settle_deadline_s=args.settle,
        not_found_grace_s=args.not_found_grace,
    )  # fmt: skip
    try:
        if args.command == "resolve":
            return _resolve(args, ops)
        deadline = args.deadline if args.command == "reconcile" and args.deadline is not None else args.settle
        outcomes = ops.reconcile(deadline_s=deadline)
        for outcome in outcomes:
            err(f"reconciled: {outcome}")
        if args.command == "reconcile":
            left = [o for o in outcomes if o.after not in (SUCCEEDED, FAILED)]
            print(f"{len(outcomes)} open entr{'y' if len(outcomes) == 1 else 'ies'} looked at, {len(left)} still open.")
            return UNKNOWN_EXIT if left else OK
        if args.command in MONEY_COMMANDS:
            _confirm(args, profile)
        handler: Callable[[argparse.Namespace, OperationsService], int] = COMMANDS[args.command]
        return handler(args, ops)
    finally:
        ops.close()


def _choose(args: argparse.Namespace, store: ProfileStore) -> Profile:
    name = args.profile or store.active
    if not name:
        raise Stop(REFUSED, "no profile: add one with `smartpay profile add`.")
    try:
        profile = store.get(name)
    except KeyError as exc:
        raise Stop(REFUSED, str(exc.args[0])) from None
    if profile.embedded:
        raise Stop(REFUSED, f"profile {name!r} is the desk's embedded sandbox, which runs only inside the desk; "
                   "add a profile pointing at a running smartpay-sandbox (`smartpay profile add NAME "
                   "--environment sandbox --gateway-url http://127.0.0.1:8780 …`).")  # fmt: skip
    err(f"[{profile.environment.label}] profile {profile.name} ({profile.gateway_url})")
    return profile


def _confirm(args: argparse.Namespace, profile: Profile) -> None:
    if profile.environment is not Environment.PRODUCTION or args.yes:
        return
    if not sys.stdin.isatty():
        raise Stop(REFUSED, "this is a PRODUCTION profile: add --yes to confirm moving real money.")
    answer = input(f"PRODUCTION ({profile.name}): type yes to send this {args.command}: ")
    if answer.strip().lower() != "yes":
        raise Stop(REFUSED, "not confirmed; nothing was sent.")


def _amount(text: str, currency: str) -> int:
    try:
        return parse_amount(text, currency)
    except ValueError as exc:
        raise Stop(REFUSED, f"amount: {exc}") from None


def _money(amount: int | None, currency: str) -> str:
    return "-" if amount is None else f"{format_plain(amount, currency)} {currency}"


def _finish(result: OperationResult) -> int:
    print(result.message)
    if result.details.get("form_url"):
        print(f"customer page: {result.details['form_url']}")
    if result.state == SUCCEEDED:
        return OK
    return FAILED_EXIT if result.state == FAILED else UNKNOWN_EXIT


# ---------------------------------------------------------------- commands


def _check(args: argparse.Namespace, ops: OperationsService) -> int:
    info: TransactionInfo = ops.check(args.order_id)
    cur = ops.profile.currency
    print(f"order {info.order_id or args.order_id}: {info.status_text}")
    print(f"  type: {info.type or '-'}   amount: {_money(info.amount, cur)}")
    if info.card is not None:
        print(f"  card: {info.card.number or '-'} ({info.card.type or '?'}, {info.card.country or '?'})")
    if info.authorize_status:
        print(f"  authorization: {info.authorize_status}")
    if info.errorMessage:
        print(f"  error: {info.errorMessage}")
    for c in info.cascadeErrors or []:
        print(f"  gate {c.gatePriority}: {c.errorCategory}")
    if info.endDate:
        print(f"  ended: {info.endDate}")
    entry = ops.journal.entry(args.order_id, profile=ops.profile.name)
    if entry is not None:
        print(
            f"  journal: {KIND_WORDS.get(entry.kind, entry.kind)} {entry.state} "
            f"by {entry.operator} at {entry.created_at}"
        )
    return OK


def _refund(args: argparse.Namespace, ops: OperationsService) -> int:
    return _finish(ops.refund(args.order_id, _amount(args.amount, ops.profile.currency), args.reason))


def _capture(args: argparse.Namespace, ops: OperationsService) -> int:
    return _finish(ops.capture(args.order_id))


def _cancel(args: argparse.Namespace, ops: OperationsService) -> int:
    return _finish(ops.cancel(args.order_id))


def _recurrent(args: argparse.Namespace, ops: OperationsService) -> int:
    amount = _amount(args.amount, ops.profile.currency)
    return _finish(ops.recurrent(args.parent_id, amount, args.reason, order_id=args.order_id))


def _payout(args: argparse.Namespace, ops: OperationsService) -> int:
    card = args.card
    if card == "-":
        card = sys.stdin.readline().strip()
    month = year = None
    if args.exp:
        month, _, year = args.exp.partition("/")
        if not month or not year:
            raise Stop(REFUSED, "exp: write the expiry as MM/YY.")
    req = WithdrawalRequest(
        account=args.account or ops.profile.payout_account,
        amount=_amount(args.amount, ops.profile.currency),
        order_id=args.order_id or f"po-{uuid.uuid4().hex[:20]}",
        customer_card_number=v.normalize_card_number(card) if card else None,
        customer_card_exp_month=month, customer_card_exp_year=year,
        payment_method=args.method if args.phone else None,
        customer_phone=args.phone or args.customer_phone,
        account_withdrawal=args.bank_account, account_withdrawal_holder=args.holder,
        account_withdrawal_iin=args.iin, customer_first_name=args.first_name,
        customer_last_name=args.last_name, customer_middle_name=args.middle_name,
        customer_birthdate=args.birthdate, customer_zip_code=args.zip, customer_ip_address=args.ip,
        purpose=args.purpose, merchant_site=args.merchant_site, provider_id=args.provider_id,
    )  # fmt: skip
    result = ops.payout(req)
    if result.state not in (SUCCEEDED, FAILED) and args.wait > 0 and result.state in OPEN_STATES:
        print(result.message)
        result = ops.wait_final(req.order_id, args.wait)
    return _finish(result)


def _balance(args: argparse.Namespace, ops: OperationsService) -> int:
    account = args.account or ops.profile.payout_account
    bal = ops.balance(account)
    cur = ops.profile.currency
    print(f"{account}: available {_money(bal.available, cur)} (hold {_money(bal.holdBalance, cur)}, "
          f"rolling {_money(bal.rollingBalance, cur)})")  # fmt: skip
    return OK


def _resolve(args: argparse.Namespace, ops: OperationsService) -> int:
    entry = ops.resolve(args.entry_id, bool(args.succeeded), args.note)
    print(f"entry {entry.id} ({KIND_WORDS.get(entry.kind, entry.kind)} of order {entry.order_id}): {entry.state}")
    return OK


COMMANDS: dict[str, Callable[[argparse.Namespace, OperationsService], int]] = {
    "check": _check,
    "refund": _refund,
    "capture": _capture,
    "cancel": _cancel,
    "recurrent": _recurrent,
    "payout": _payout,
    "balance": _balance,
}


# ---------------------------------------------------------------- profile / journal (no gateway)


def _profile(args: argparse.Namespace, store: ProfileStore) -> int:
    if args.action == "list":
        for p in store.list():
            mark = "*" if p.name == store.active else " "
            where = "embedded sandbox (in the desk)" if p.embedded else p.gateway_url
            print(f"{mark} {p.name}  [{p.environment.label}]  {where}  key={p.merchant_key}  "
                  f"accounts {p.account} / {p.payout_account} ({p.currency})")  # fmt: skip
        return OK
    try:
        if args.action == "add":
            env = Environment(args.environment)
            extra = {k: getattr(args, k) for k in ("account", "payout_account") if getattr(args, k)}
            if env is Environment.PRODUCTION and len(extra) < 2:
                raise Stop(REFUSED, "a production profile needs --account and --payout-account.")
            profile = Profile(
                name=args.name, environment=env, gateway_url=args.gateway_url, pci_url=args.pci_url,
                reports_url=args.reports_url, merchant_key=args.merchant_key, currency=args.currency, **extra,
            )  # fmt: skip
            store.add(profile)
            print(f"profile {profile.name} added ({env.label}).")
        elif args.action == "remove":
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


def _journal(args: argparse.Namespace, data_dir: Path) -> int:
    with Journal.in_dir(data_dir) as journal:
        if args.verify:
            problems = journal.verify()
            for p in problems:
                print(p)
            print("journal intact." if not problems else f"{len(problems)} problem(s) found.")
            return OK if not problems else FAILED_EXIT
        entries = journal.entries(state=args.state, kind=args.kind, profile=args.profile, limit=args.limit)
    if args.json:
        rows: list[dict[str, Any]] = [e.to_dict() for e in entries]
        for row in rows:
            row.pop("lease_until", None)
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return OK
    for e in entries:
        amount = _money(e.amount, e.currency) if e.currency else "-"
        kind = KIND_WORDS.get(e.kind, e.kind)
        when = e.created_at[:19].replace("T", " ")
        print(f"{e.id:>5}  {when}  {e.operator:<10} {e.profile:<12} {kind:<14} {e.order_id:<28} {amount:>14}  "
              f"{e.state:<12} {e.note}")  # fmt: skip
    return OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
