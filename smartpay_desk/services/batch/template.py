"""The batch templates the desk hands out (Payouts tab → Batch… → Save template, `smartpay batch template`).
No Qt here.

    write_template(kind, path)      an xlsx: the first sheet (the one Excel opens on) holds the header row only;
                                    a second sheet, "How to fill in", says what each column takes, with examples

No example row stands on the first sheet: a row left there would be sent. Order ids, card numbers, phones,
account numbers and expiries are text columns, so that a spreadsheet keeps their leading + and 0 and every
digit (a number keeps only 15), and does not turn 12/30 into a date. The file is written next to `path` and
moved into place, so a half-written template never stands under that name.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .files import HELP_SHEET, columns_of
from .model import PAYOUT, BatchKind

SHEET = {"payout": "Payouts", "refund": "Refunds"}
TEXT_COLUMNS = ("order_id", "card_number", "card_expiry", "phone", "bank_account", "currency")
WIDTHS = {"order_id": 24, "amount": 12, "currency": 10, "card_number": 22, "card_expiry": 12, "phone": 18,
          "bank_account": 28, "account_holder": 24, "first_name": 16, "last_name": 16, "purpose": 32,
          "reason": 40}  # fmt: skip

HELP: dict[str, list[tuple[str, str, str]]] = {
    "payout": [
        (
            "order_id",
            "Optional. Your reference, letters, digits, - _ and . (at most 64). Left empty, the desk "
            "makes one up from the file and the row, the same every time the file is checked or sent.",
            "inv-2025-118",
        ),
        ("amount", "Required. How much to pay, in the account's currency: 12.50, 1 234,50 or €12.00.", "12.50"),
        ("currency", "Optional. The account's currency (a row in another currency is refused).", "EUR"),
        (
            "card_number",
            "The recipient's card, 13 to 19 digits. One destination per row: a card, a phone or a bank account.",
            "4012 0000 0000 3010",
        ),
        ("card_expiry", "Optional, with a card: MM/YY.", "09/28"),
        (
            "phone",
            "The recipient's phone for a mobile payout: + and the country code, then the digits.",
            "+442079460612",
        ),
        ("bank_account", "The recipient's account number (with account_holder).", "DE89370400440532013000"),
        ("account_holder", "With bank_account: the name the account is held in.", "JANE DOE"),
        ("first_name", "Optional. The recipient's first name.", "Jane"),
        ("last_name", "Optional. The recipient's last name.", "Doe"),
        ("purpose", "Optional. What the payout is for (never a card number).", "Affiliate commission March"),
    ],
    "refund": [
        ("order_id", "Required. The order id of the payment to refund (one row per order).", "order-1042"),
        (
            "amount",
            "Optional. How much to refund, in the account's currency; left empty, all that is left to refund.",
            "25.00",
        ),
        ("reason", "Required. Why it is refunded (the gateway keeps it).", "Event cancelled"),
    ],
}
STEPS = [
    "Fill in one row per {what} on the first sheet, under its header; leave no example rows there.",
    "Keep the header row as it is; columns may be in any order, and other columns are ignored.",
    "Check the file first (smartpay batch check FILE --kind {kind}, or the desk's Batch… dialog): every row is "
    "checked and nothing is sent. Then send it; sending the same file again resumes it and never pays a row twice.",
]


def write_template(kind: BatchKind, path: str | Path) -> Path:
    """Write the `kind` template to `path` (an .xlsx); returns the path written."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = SHEET[kind]
    columns = columns_of(kind)
    sheet.append(list(columns))
    for at, name in enumerate(columns, start=1):
        letter = get_column_letter(at)
        sheet.cell(row=1, column=at).font = Font(bold=True)
        sheet.column_dimensions[letter].width = WIDTHS.get(name, 16)
        if name in TEXT_COLUMNS:  # the column's own format: what a spreadsheet gives each cell typed into it
            sheet.column_dimensions[letter].number_format = "@"
    sheet.freeze_panes = "A2"
    help_sheet = book.create_sheet(HELP_SHEET)
    help_sheet.append(["column", "what to write", "for example"])
    for cell in help_sheet[1]:
        cell.font = Font(bold=True)
    for name, said, example in HELP[kind]:
        help_sheet.append([name, said, example])
    help_sheet.append([])
    what = "payout" if kind == PAYOUT else "refund"
    for step in STEPS:
        help_sheet.append([step.format(what=what, kind=kind)])
    for letter, width in (("A", 18), ("B", 90), ("C", 30)):
        help_sheet.column_dimensions[letter].width = width
    for row in help_sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.number_format = "@"
    book.active = 0
    return _save(book, Path(path))


def _save(book: object, path: Path) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=".template-", suffix=".xlsx", dir=path.parent or None)
    os.close(fd)
    try:
        book.save(tmp)  # type: ignore[attr-defined]
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
