"""The `smartpay` command line: its arguments (the commands themselves are in main.py)."""

from __future__ import annotations

import argparse

from ..services.profiles.profiles import Environment
from . import batch_cmds, journal_cmds, receipt_cmds, reconcile_cmds, team_cmds
from . import sheet as sheet_command

EPILOG = """\
exit status: 0 succeeded, 1 declined or failed at the gateway, 2 bad input or refused before sending (also: it
looks like a second press or an outlier and needs its --confirm-… flag), 3 outcome unknown (or still
processing, or waiting for review): see `smartpay journal`; 4 not sent: the team's policy wants another
person's approval (the request's id is printed: see `smartpay approvals`).
The secret comes from the system keyring (`smartpay profile secret NAME`) or from the environment
variable SMARTPAY_DESK_SECRET (never stored). Amounts are decimals in the account's currency (12.50)."""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="smartpay",
        description="SmartPay Desk from the command line: every money-moving call is journalled first.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--data-dir", metavar="DIR", help="where profiles and the journal live")
    p.add_argument("--profile", metavar="NAME", help="profile to use (default: the active one)")
    p.add_argument("--yes", action="store_true", help="confirm money-moving actions on a production profile")
    p.add_argument("--timeout", type=float, default=30.0, metavar="S", help="seconds to wait for an answer")
    p.add_argument(
        "--settle", type=float, default=20.0, metavar="S", help="seconds to keep checking an unknown outcome"
    )
    p.add_argument(
        "--not-found-grace", type=float, default=5.0, metavar="S",
        help="an order the gateway does not know counts as never sent only this long after sending",
    )  # fmt: skip
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    prof = sub.add_parser("profile", help="add, list, remove or choose profiles")
    psub = prof.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = psub.add_parser("add", help="add a profile")
    add.add_argument("name")
    add.add_argument("--environment", required=True, choices=[e.value for e in Environment])
    add.add_argument("--gateway-url", required=True, metavar="URL")
    add.add_argument("--pci-url", required=True, metavar="URL")
    add.add_argument("--reports-url", required=True, metavar="URL", help="the base ending in /aggregation-service")
    add.add_argument("--merchant-key", required=True, metavar="KEY")
    add.add_argument("--account", metavar="ACC", help="payments account (default EUR-sandbox)")
    add.add_argument("--payout-account", metavar="ACC", help="payout account (default EUR-sandbox-payout)")
    add.add_argument("--currency", metavar="CUR", default="EUR", help="the accounts' currency (default EUR)")
    add.add_argument(
        "--journal", metavar="URI",
        help="use a team journal on PostgreSQL (postgresql://login@host:5432/db); a password in it goes to the keyring",
    )  # fmt: skip
    psub.add_parser("list", help="list profiles")
    rm = psub.add_parser("remove", help="remove a profile (and its secret from the keyring)")
    rm.add_argument("name")
    use = psub.add_parser("use", help="make a profile the active one")
    use.add_argument("name")
    sec = psub.add_parser("secret", help="store a profile's secret in the system keyring (read from the terminal)")
    sec.add_argument("name")

    chk = sub.add_parser("check", help="status of a transaction")
    chk.add_argument("order_id", metavar="ORDER_ID")
    chk.add_argument(
        "--refunds", action="store_true",
        help="also what is known of the payment's refunds: this journal's, and the gateway's Refund report's",
    )  # fmt: skip

    ref = sub.add_parser("refund", help="refund (part of) a successful payment")
    ref.add_argument("order_id", metavar="ORDER_ID")
    ref.add_argument("--amount", required=True, metavar="A")
    ref.add_argument("--reason", required=True, metavar="R")
    ref.add_argument("--json", action="store_true", help="print the outcome (or the approval request) as JSON")

    for name, words in (("capture", "capture an authorized payment"), ("cancel", "cancel an authorized payment")):
        cmd = sub.add_parser(name, help=words)
        cmd.add_argument("order_id", metavar="ORDER_ID")

    rec = sub.add_parser("recurrent", help="charge the card of a successful payment again")
    rec.add_argument("parent_id", metavar="PARENT_ID")
    rec.add_argument("--amount", required=True, metavar="A")
    rec.add_argument("--reason", required=True, metavar="R")
    rec.add_argument("--order-id", metavar="ID", help="the new order id (default: made up)")
    rec.add_argument(
        "--confirm-duplicate", action="store_true",
        help="send it although a charge of the same parent and amount was made in the last 24 hours",
    )  # fmt: skip
    rec.add_argument(
        "--confirm-above-parent", action="store_true", help="send it although it is above the parent's amount"
    )

    _payout_parser(sub)

    bal = sub.add_parser("balance", help="available payout balance")
    bal.add_argument("--account", metavar="ACC", help="payout account (default: the profile's)")

    recon = sub.add_parser("reconcile", help="settle journal entries left open (by a crash or a lost answer)")
    recon.add_argument("--deadline", type=float, default=None, metavar="S", help="seconds to keep checking")

    journal_cmds.add_arguments(sub)
    team_cmds.add_arguments(sub)

    res = sub.add_parser("resolve", help="record your verdict on an entry waiting for review")
    res.add_argument("entry_id", type=int, metavar="ENTRY_ID")
    verdict = res.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--succeeded", action="store_true", help="it was made")
    verdict.add_argument("--failed", action="store_true", help="it was not made")
    res.add_argument("--note", default="", help="how you verified it")
    sheet_command.add_arguments(sub)
    reconcile_cmds.add_arguments(sub)
    batch_cmds.add_arguments(sub)
    receipt_cmds.add_arguments(sub)
    return p


def _payout_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    po = sub.add_parser("payout", help="send a payout to a card, a phone or an account")
    po.add_argument("--account", metavar="ACC", help="payout account (default: the profile's)")
    po.add_argument("--amount", required=True, metavar="A")
    dest = po.add_mutually_exclusive_group(required=True)
    dest.add_argument("--card", metavar="N", help="card number ('-' reads it from standard input)")
    dest.add_argument("--phone", metavar="P", help="phone number in international form (+44…)")
    dest.add_argument("--bank-account", metavar="ACC", help="account number (with --holder)")
    po.add_argument("--exp", metavar="MM/YY", help="card expiry")
    po.add_argument("--holder", metavar="H", help="account holder (with --bank-account)")
    po.add_argument("--iin", metavar="IIN", help="account IIN (with --bank-account)")
    po.add_argument("--order-id", metavar="ID", help="order id (default: made up)")
    po.add_argument("--first-name")
    po.add_argument("--last-name")
    po.add_argument("--middle-name")
    po.add_argument("--customer-phone", metavar="P", help="the customer's phone (card or account payouts)")
    po.add_argument("--birthdate", metavar="DD.MM.YYYY")
    po.add_argument("--zip", metavar="ZIP")
    po.add_argument("--ip", metavar="IP", help="the customer's IP address")
    po.add_argument("--purpose", metavar="TEXT")
    po.add_argument("--merchant-site", metavar="URL")
    po.add_argument("--provider-id", metavar="ID")
    po.add_argument("--method", default="phone", help="payment_method sent for --phone (default 'phone')")
    po.add_argument("--wait", type=float, default=10.0, metavar="S", help="seconds to wait while it processes")
    po.add_argument("--json", action="store_true", help="print the outcome (or the approval request) as JSON")
    po.add_argument(
        "--confirm-duplicate", action="store_true",
        help="send it although a payout of the same amount to the same destination was made in the last 24 hours",
    )  # fmt: skip
