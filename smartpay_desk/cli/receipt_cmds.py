"""`smartpay verify-receipt FILE.pdf [--json]`: is this receipt what the journal holds?

Reads the receipt's fields from the PDF's bytes (services/receipts/pdfdata.py: no Qt, no PDF library), opens
the journal of the profile the receipt names (or --profile: its team journal, else this data folder's), and
says the verdict (services/receipts/verify.py) in one sentence, or with --json one object:
    {"verdict": "matches" | "differs" | "broken" | "unknown" | "not_a_receipt", "sentence": "…",
     "fields": [the fields that differ], "entry_id", "order_id", "kind", "profile"}
Exit status: 0 the receipt matches; 1 it does not (a field differs) or the journal's chain is broken; 2 the file
is not a receipt or cannot be read, or the journal has no such entry. Nothing here talks to the gateway.
"""

from __future__ import annotations

import argparse
import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

from ..services.journal.interface import JournalStore
from ..services.profiles.profiles import Profile, ProfileStore
from ..services.receipts.pdfdata import read_data
from ..services.receipts.receipt import NotAReceipt
from ..services.receipts.verify import Outcome, Verdict, verify
from .common import REFUSED, Stop, err, profile_journal

COMMAND = "verify-receipt"
MAX_FILE = 50_000_000  # a receipt is tens of kilobytes; a bigger file is read this far (its data comes first)


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`verify-receipt` on the `smartpay` parser's subcommands."""
    vr = sub.add_parser(COMMAND, help="check a receipt (PDF) saved or printed by the desk against the journal")
    vr.add_argument("file", metavar="FILE.pdf", help="the receipt as the desk saved it")
    vr.add_argument("--json", action="store_true", help="one JSON object: verdict, sentence, fields that differ")


def run(args: argparse.Namespace, data_dir: Path, store: ProfileStore) -> int:
    try:
        with open(args.file, "rb") as fh:
            pdf = fh.read(MAX_FILE)
    except OSError as exc:
        return _say(args, Verdict(Outcome.NOT_A_RECEIPT, f"{args.file} cannot be read ({exc.strerror or exc})."))
    try:
        data = read_data(pdf)
    except NotAReceipt as exc:
        return _say(args, Verdict(Outcome.NOT_A_RECEIPT, f"This is not a SmartPay Desk receipt: {exc}"))
    named = str(data.get("profile") or "")
    with _journal(args, data_dir, store, named) as (journal, profile):
        merchant = profile.merchant_key if profile is not None else None
        verdict = verify(journal, data, merchant=merchant)
    return _say(args, verdict)


def _say(args: argparse.Namespace, verdict: Verdict) -> int:
    if args.json:
        print(json.dumps(verdict.to_json(), ensure_ascii=False))
    else:
        print(verdict.sentence)
    return verdict.outcome.exit_code


@contextlib.contextmanager
def _journal(
    args: argparse.Namespace, data_dir: Path, store: ProfileStore, named: str
) -> Iterator[tuple[JournalStore, Profile | None]]:
    """The journal to check against: --profile's, else the receipt's profile's (its team journal, or this
    folder's); this folder's journal when neither profile is here (the merchant key is then not compared)."""
    name = args.profile or named
    profile = store.get(name) if name and name in store else None
    if args.profile and profile is None:
        raise Stop(REFUSED, f"there is no profile {args.profile!r}: see `smartpay profile list`.")
    if profile is None:
        err(f"smartpay: no profile {named!r} here: checking this data folder's journal, without its merchant key.")
    with profile_journal(profile, data_dir) as journal:
        yield journal, profile
