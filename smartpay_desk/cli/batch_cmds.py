"""`smartpay batch`: payouts and refunds from a spreadsheet (services/batch). The arguments of its three
subcommands; `template` and `check` run here, `send` in batch_send.py.

    smartpay batch template --kind payout|refund OUT.xlsx
    smartpay batch check FILE --kind payout|refund [--json]
    smartpay batch send FILE --kind payout|refund [--results OUT.xlsx] [--concurrency N]

template: writes the template (a header row, and a second sheet saying how to fill it in); needs no profile.
check: a dry run on the profile (--profile, else the active one), after the journal's open entries are
reconciled like every command that talks to the gateway: every row's verdict and sentence, the totals against
the payout balance (read once). Nothing is sent. Exit 0 when every row is good and the batch fits, 2 otherwise
(also: a file that cannot be used, with its sentence on stderr). --json prints one object:
    {"batch": "3f2a…", "kind": "payout", "file": "payouts.xlsx", "all_ok": false, "count": 500, "good": 460,
     "refused": 40,
     "rows": [{"row": 2, "order_id": "inv-1", "verdict": "ok" | "refused", "sentence": "…", "field": null | "amount",
               "amount": 1250 (minor units, or null), "currency": "EUR", "destination": "card 401200******3010",
               "derived": false}, …],
     "totals": {"EUR": 575000}, "available": {"EUR": 1000000} ({} for refunds),
     "refusal": null | "…", "notes": ["…"]}
Card numbers are never printed: a destination is masked as the journal keeps it (BIN and last four).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .common import OK, REFUSED, Stop, err

if TYPE_CHECKING:
    from ..services.batch.model import CheckedBatch
    from ..services.money.operations import OperationsService

ACTIONS = ("template", "check", "send")
MAX_CONCURRENCY = 32


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`batch template|check|send` on the `smartpay` parser's subcommands."""
    batch = sub.add_parser("batch", help="payouts or refunds from a spreadsheet: template, check, send")
    actions = batch.add_subparsers(dest="action", required=True, metavar="ACTION")
    kinds = {"choices": ("payout", "refund"), "required": True, "help": "what the file's rows are"}
    tpl = actions.add_parser("template", help="write the xlsx template to fill in")
    tpl.add_argument("--kind", **kinds)  # type: ignore[arg-type]
    tpl.add_argument("out", metavar="OUT.xlsx", help="where to write it")
    chk = actions.add_parser("check", help="check every row (a dry run: nothing is sent)")
    chk.add_argument("file", metavar="FILE", help="the filled-in template (.xlsx) or a CSV (UTF-8, , or ;)")
    chk.add_argument("--kind", **kinds)  # type: ignore[arg-type]
    chk.add_argument("--json", action="store_true", help="one JSON object: every row's verdict, the totals")
    snd = actions.add_parser("send", help="check, then send the good rows (again: resume, never twice)")
    snd.add_argument("file", metavar="FILE", help="the filled-in template (.xlsx) or a CSV")
    snd.add_argument("--kind", **kinds)  # type: ignore[arg-type]
    snd.add_argument("--results", metavar="OUT.xlsx", help="write every row's outcome here (card numbers masked)")
    snd.add_argument("--concurrency", type=_concurrency, default=4, metavar="N",
                     help=f"calls at once, 1 to {MAX_CONCURRENCY} (default 4)")  # fmt: skip


def _concurrency(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_CONCURRENCY:
        raise argparse.ArgumentTypeError(f"give a whole number from 1 to {MAX_CONCURRENCY}, not {text[:20]!r}")
    return int(text)


def needs_profile(args: argparse.Namespace) -> bool:
    """Whether the command works on a profile (its gateway and journal): all but `template`."""
    return bool(args.command == "batch" and args.action != "template")


def sends(args: argparse.Namespace) -> bool:
    """Whether the command moves money (a production profile asks for --yes)."""
    return bool(args.command == "batch" and args.action == "send")


def template(args: argparse.Namespace) -> int:
    from ..services.batch.template import write_template

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise Stop(REFUSED, f"{out.name}: the template is an Excel workbook; give a file name ending in .xlsx.")
    try:
        write_template(args.kind, out)
    except OSError as exc:
        raise Stop(REFUSED, f"{out.name} could not be written ({exc.strerror or exc}).") from None
    print(f"{args.kind} template written to {out}: fill in the first sheet (one row per {args.kind}), then run "
          f"`smartpay batch check {out.name} --kind {args.kind}`.")  # fmt: skip
    return OK


def run(args: argparse.Namespace, ops: OperationsService) -> int:
    """`check` or `send` on the profile's services."""
    if args.action == "send":
        from .batch_send import run_send

        return run_send(args, ops)
    from ..services.batch.check import check_file
    from ..services.batch.files import BatchFileError

    try:
        checked = check_file(args.file, args.kind, ops)
    except BatchFileError as exc:
        raise Stop(REFUSED, str(exc)) from None
    if args.json:
        print(json.dumps(as_json(checked), ensure_ascii=False))
    else:
        _print(checked)
    return OK if checked.all_ok else REFUSED


def as_json(checked: CheckedBatch) -> dict[str, Any]:
    """The --json object (see the module docstring)."""
    rows = [{"row": r.row, "order_id": r.order_id, "verdict": r.verdict, "sentence": r.sentence, "field": r.field,
             "amount": r.amount, "currency": r.currency, "destination": r.destination, "derived": r.derived}
            for r in checked.rows]  # fmt: skip
    return {"batch": checked.batch_id, "kind": checked.kind, "file": checked.file_name, "all_ok": checked.all_ok,
            "count": checked.count, "good": len(checked.good), "refused": len(checked.refused), "rows": rows,
            "totals": checked.totals, "available": checked.available, "refusal": checked.refusal,
            "notes": checked.notes}  # fmt: skip


def _print(checked: CheckedBatch) -> None:
    from ..services.money.words import money

    good, refused = len(checked.good), len(checked.refused)
    print(f"batch {checked.batch_id} ({checked.kind}s, {checked.file_name}): {checked.count} rows, {good} good, "
          f"{refused} refused")  # fmt: skip
    for r in checked.rows:
        verdict = "ok" if r.ok else "REFUSED"
        print(f"row {r.row}: {verdict}: {r.order_id or '-'}: {r.sentence}")
    for currency, total in sorted(checked.totals.items()):
        available = checked.available.get(currency)
        shown = f"; available {money(available, currency)}" if available is not None else ""
        print(f"total {money(total, currency)} in {good} row{'s' if good != 1 else ''}{shown}")
    for note in checked.notes:
        err(f"note: {note}")
    if checked.refusal:
        err(f"smartpay: the batch is refused: {checked.refusal}")
    elif refused:
        err(f"smartpay: {refused} row{'s are' if refused != 1 else ' is'} refused: correct them (or delete them) and "
            "check the file again; `send` sends only the good rows.")  # fmt: skip
