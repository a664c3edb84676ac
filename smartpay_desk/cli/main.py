"""`smartpay`: SmartPay Desk's money operations from a terminal or a script (arguments: args.py).

Every command that talks to the gateway (not `profile`, `journal`, `team`, `approvals list|reject`, `batch
template`, `verify-receipt` nor `resolve`) first reconciles the journal entries left open (by a crash or a lost
answer) and says what it found on stderr. Exit status (common.py): 0 succeeded, 1 declined or failed at the gateway,
2 bad input or refused before sending, 3 outcome unknown (also: still processing, or waiting for review), 4 not
sent: the team's policy wants another person's approval first (the request's id is printed; `smartpay approvals`,
team_cmds.py). `verify-receipt` has its own (receipt_cmds.py).
Card numbers are never printed (BIN + last four at most), the secret and a team login's password never.

A repeat charge or a payout that looks like a second press (the same parent or destination and amount within
24 hours) or an outlier (a repeat charge above its parent) exits 2 with the service's sentence, naming the
earlier entry, unless its flag is given (CONFIRM_FLAGS); warnings (a parent made without the recurrent flag)
go to stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from ..api import validation as v
from ..api.arguments import argument_problem
from ..api.client import Timeouts
from ..api.errors import ApiError, BadCredentials, OutcomeUnknown, ValidationFailed
from ..api.models import TransactionInfo, WithdrawalRequest
from ..api.redact import install_log_redaction
from ..api.scrub_output import plain_values, scrubbed_output
from ..services.journal.errors import JournalUnavailable
from ..services.journal.states import Kind
from ..services.money.guards import ABOVE_PARENT, DUPLICATE, DuplicateOrder, GuardRefused, NeedsConfirmation
from ..services.money.operations import OperationsService, OrderView
from ..services.profiles import paths
from ..services.profiles.credentials import ENV_SECRET, CredentialStore
from ..services.profiles.profiles import Environment, Profile, ProfileStore
from ..services.profiles.session import MissingSecret, PracticeUnavailable, open_profile, practice_for
from ..services.team.approvals import ApprovalRequested
from . import batch_cmds, journal_cmds, profile_cmds, receipt_cmds, reconcile_cmds, team_cmds
from . import sheet as sheet_command
from .args import build_parser
from .common import FAILED_EXIT, OK, REFUSED, UNKNOWN_EXIT, Stop, approval_requested, choose, err, tell_health
from .common import amount as _amount
from .common import finish as _finish
from .common import money as _money

MONEY_COMMANDS = ("refund", "capture", "cancel", "recurrent", "payout")
CONFIRM_FLAGS = {DUPLICATE: "--confirm-duplicate", ABOVE_PARENT: "--confirm-above-parent"}


@scrubbed_output  # everything printed is scrubbed: secrets, card numbers, the CVV just sent (api/scrub.py)
def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if (problem := argument_problem(vars(args))) is not None:  # a huge count, NaN seconds, an undecodable byte
        err(f"smartpay: {problem}")
        return REFUSED
    if args.command == "sheet":  # reads a file only: no data folder, no profile
        with plain_values():  # a local file printed as the viewer shows it: printable, not masked
            return sheet_command.run(args)
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
    except NeedsConfirmation as exc:
        err("smartpay: nothing was sent:")
        for sentence in exc.sentences:
            err(f"  {sentence}")
        flags = " and ".join(dict.fromkeys(CONFIRM_FLAGS.get(kind, kind) for kind, _, _ in exc.questions))
        err(f"smartpay: add {flags} to send it anyway.")
        return REFUSED
    except JournalUnavailable as exc:  # locked, full, read-only: said before anything was sent
        err(f"smartpay: {exc.user_message()}")
        return REFUSED
    except (GuardRefused, DuplicateOrder) as exc:
        err(f"smartpay: nothing was sent: {exc.detail or exc.sentence}")
        return REFUSED
    except ApprovalRequested as exc:  # the team's policy holds it: a request was made, nothing was sent
        return approval_requested(exc, as_json=bool(getattr(args, "json", False)))
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
        return profile_cmds.run(args, store)
    if args.command == "journal":
        return journal_cmds.run(args, data_dir, team=_team_journal(args, store))
    if args.command in ("team", "approvals") and not team_cmds.sends(args):
        return team_cmds.run(args, data_dir, store)
    if args.command in reconcile_cmds.COMMANDS:  # the journal and a report file only: no gateway
        return reconcile_cmds.run(args, data_dir, store)
    if args.command == receipt_cmds.COMMAND:  # a receipt's PDF and the journal only: no gateway
        return receipt_cmds.run(args, data_dir, store)
    if args.command == "batch" and not batch_cmds.needs_profile(args):  # the template: a file only
        return batch_cmds.template(args)
    with _session(args, store, data_dir) as (profile, ops):
        if args.command == "resolve":
            return _resolve(args, ops)
        deadline = args.deadline if args.command == "reconcile" and args.deadline is not None else args.settle
        outcomes = ops.reconcile(deadline_s=deadline)
        for outcome in outcomes:
            err(f"reconciled: {outcome}")
        if args.command == "reconcile":
            left = [o for o in outcomes if not o.after.is_final]
            print(f"{len(outcomes)} open entr{'y' if len(outcomes) == 1 else 'ies'} looked at, {len(left)} still open.")
            return UNKNOWN_EXIT if left else OK
        if args.command in MONEY_COMMANDS or team_cmds.sends(args) or batch_cmds.sends(args):
            _confirm(args, profile)
        if args.command == "approvals":
            return team_cmds.send(args, ops)
        if args.command == "batch":
            return batch_cmds.run(args, ops)
        handler: Callable[[argparse.Namespace, OperationsService], int] = COMMANDS[args.command]
        return handler(args, ops)


@contextlib.contextmanager
def _session(
    args: argparse.Namespace, store: ProfileStore, data_dir: Path
) -> Iterator[tuple[Profile, OperationsService]]:
    """The chosen profile's services (its gateway, its journal), closed at the end with the practice gateway
    when this command started it."""
    profile = choose(args, store)
    timeouts = Timeouts(read=args.timeout, deadline=max(args.timeout, 1.0) * 2)
    practice = None  # the Sandbox profile's practice gateway, when started by this command: stopped at its end
    try:
        url, practice = practice_for(profile, data_dir)
        profile, ops = open_profile(
            store, profile.name, CredentialStore(), data_dir, timeouts=timeouts, settle_deadline_s=args.settle,
            not_found_grace_s=args.not_found_grace, sandbox_url=url,
        )  # fmt: skip
    except MissingSecret:
        if practice is not None:
            practice.stop()
        raise Stop(REFUSED, f"no secret for profile {profile.name!r}: run `smartpay profile secret "
                   f"{profile.name}` or set {ENV_SECRET}.") from None  # fmt: skip
    except PracticeUnavailable as exc:
        raise Stop(REFUSED, str(exc)) from None
    except BaseException:
        if practice is not None:
            practice.stop()
        raise
    try:
        tell_health(ops.journal)
        yield profile, ops
    finally:
        ops.close()
        if practice is not None:
            practice.stop()


def _team_journal(args: argparse.Namespace, store: ProfileStore) -> str | None:
    """The team journal's URI when `journal` is about a team profile (--profile, else the active one)."""
    name = args.profile or store.active
    if args.local or not name or name not in store:
        return None
    return store.get(name).journal or None


def _confirm(args: argparse.Namespace, profile: Profile) -> None:
    if profile.environment is not Environment.PRODUCTION or args.yes:
        return
    if not sys.stdin.isatty():
        raise Stop(REFUSED, "this is a PRODUCTION profile: add --yes to confirm moving real money.")
    what = f"{args.command} {args.action}" if args.command == "approvals" else args.command
    answer = input(f"PRODUCTION ({profile.name}): type yes to send this {what}: ")
    if answer.strip().lower() != "yes":
        raise Stop(REFUSED, "not confirmed; nothing was sent.")


def _confirmed(args: argparse.Namespace) -> frozenset[str]:
    """The questions the caller answered with a --confirm-… flag."""
    flags = {DUPLICATE: "confirm_duplicate", ABOVE_PARENT: "confirm_above_parent"}
    return frozenset(kind for kind, name in flags.items() if getattr(args, name, False))


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
        print(f"  journal: {Kind(entry.kind).words} {entry.state} by {entry.operator} at {entry.created_at}")
    if args.refunds:
        _refunds(ops, ops.order_view(args.order_id, info))
    return OK


def _refunds(ops: OperationsService, order: OrderView) -> None:
    """What is known of the payment's refunds, each figure with its source (order_view.py)."""
    if not order.succeeded:
        print("  refunds: none can be made (only successful payments can be refunded)")
        return
    order = ops.gateway_refunds(order)
    figures = order.figures(lambda minor: _money(minor, ops.profile.currency))
    for key, label in (("refunded", "refunded from this desk"), ("elsewhere", "refunded elsewhere"),
                       ("left", "still refundable")):  # fmt: skip
        print(f"  {label}: {figures[key]}")
    print(f"  {order.note(lambda minor: _money(minor, ops.profile.currency))}")


def _refund(args: argparse.Namespace, ops: OperationsService) -> int:
    result = ops.refund(args.order_id, _amount(args.amount, ops.profile.currency), args.reason)
    return _finish(result, as_json=args.json)


def _capture(args: argparse.Namespace, ops: OperationsService) -> int:
    return _finish(ops.capture(args.order_id))


def _cancel(args: argparse.Namespace, ops: OperationsService) -> int:
    return _finish(ops.cancel(args.order_id))


def _recurrent(args: argparse.Namespace, ops: OperationsService) -> int:
    amount = _amount(args.amount, ops.profile.currency)
    result = ops.recurrent(args.parent_id, amount, args.reason, order_id=args.order_id, confirmed=_confirmed(args))
    return _finish(result)


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
    result = ops.payout(req, confirmed=_confirmed(args))
    if args.wait > 0 and result.state.is_open:
        print(result.message, file=sys.stderr if args.json else sys.stdout)
        result = ops.wait_final(req.order_id, args.wait)
    return _finish(result, as_json=args.json)


def _balance(args: argparse.Namespace, ops: OperationsService) -> int:
    account = args.account or ops.profile.payout_account
    bal = ops.balance(account)
    cur = ops.profile.currency
    print(f"{account}: available {_money(bal.available, cur)} (hold {_money(bal.holdBalance, cur)}, "
          f"rolling {_money(bal.rollingBalance, cur)})")  # fmt: skip
    return OK


def _resolve(args: argparse.Namespace, ops: OperationsService) -> int:
    try:
        entry = ops.resolve(args.entry_id, bool(args.succeeded), args.note)
    except KeyError:
        raise Stop(REFUSED, f"there is no journal entry {args.entry_id}: see `smartpay journal`.") from None
    print(f"entry {entry.id} ({Kind(entry.kind).words} of order {entry.order_id}): {entry.state}")
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
