"""Checking a payout file's rows (check.py's payout half). No Qt here, no gateway call but one balance read.

Each row becomes the api.models.WithdrawalRequest the Payouts tab would make of the same fields (a phone payout
carries payment_method "phone", as the tab and `smartpay payout --phone` send it) and is judged by
api.validation.validate_withdrawal, so a row's sentences are the form's, each after the column it is about (a
row plain.Plain vouches for skips it: its fast path says yes only where validate_withdrawal would). Then, in this
order (a row gets the first that applies): the same order id on an earlier row; the same payout (destination,
amount, currency) on an earlier row; the order id already in the journal; the same destination and amount paid
in the last 24 hours (history.recent_payout's rule). A row this batch already wrote to the journal is good
("already sent by this batch: <state>", resumed by the sender) whatever the day's checks say of it now (its
card may have expired since): the journal says what became of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ...api.checks import normalize_card_number
from ...api.errors import ApiError
from ...api.luhn import mask_cards
from ...api.models import WithdrawalRequest
from ...api.money import AmountError
from ...api.said import said, sentence_of
from ...api.validation import DESTINATION, validate_withdrawal
from ..money import guards as g
from ..money.fingerprint import fingerprint, normalised
from ..money.history import paid_out_before
from ..money.words import money
from . import cells
from .files import FileRow
from .model import OK, PAYOUT, REFUSED, BatchRow, CheckedBatch, derived_order_id, problems_sentence
from .plain import Plain
from .seen import RecentPayouts, Seen, state_words

if TYPE_CHECKING:
    from ..money.operations import OperationsService

PHONE_METHOD = "phone"  # the payment_method of a payout to a phone (ui/tabs/payout_forms.PHONE_METHOD, the CLI's)
PHONE_EXAMPLE = "+442079460612"
ACCOUNT_EXAMPLE = "DE89370400440532013000"
FIELD_COLUMN: dict[str, str | None] = {
    "order_id": "order_id", "amount": "amount", "customer_card_number": "card_number",
    "customer_card_exp_month": "card_expiry", "customer_card_exp_year": "card_expiry", "payment_method": "phone",
    "customer_phone": "phone", "account_withdrawal": "bank_account", "account_withdrawal_holder": "account_holder",
    "customer_first_name": "first_name", "customer_last_name": "last_name", "purpose": "purpose",
    "account": None, DESTINATION: None,
}  # fmt: skip
NO_DESTINATION = said("No destination: fill in one of card_number, phone or bank_account.")
AN_ORDER_ID, THE_CARD_NUMBER = said("an order id"), said("the card number")


@dataclass
class _Row:
    """A row on its way to its verdict."""

    row: int
    order_id: str
    derived: bool
    amount: int | None
    currency: str
    purpose: str
    problems: list[tuple[str | None, str]] = field(default_factory=list)  # (column, sentence: a Said, api/said.py)
    req: WithdrawalRequest | None = None
    key: str | None = None  # the destination, one way: its fingerprint, else fingerprint.normalised
    print_: str | None = None  # its fingerprint (fingerprint.py), for a row without problems
    already: str = ""  # "already sent by this batch: …" (a Said)
    sent: bool = False  # this batch already wrote it to the journal

    def refuse(self, column: str | None, sentence: str) -> None:
        self.problems.append((column, sentence))


class _Reader:
    """Turns a file row into a _Row with its request and the problems of its cells and fields."""

    def __init__(self, ops: OperationsService, batch_id: str, today: date | None) -> None:
        self.account, self.own = ops.profile.payout_account, ops.profile.currency
        self.key = ops.fingerprint_key
        self.batch_id = batch_id
        self.plain = Plain(today)
        self.row: _Row = _Row(0, "", False, None, "", "")

    def cell(self, column: str, read: Callable[..., Any], value: Any, *args: Any) -> Any:
        """read(value, *args), or None with its CellProblem said under `column`."""
        if value is None:
            return None
        try:
            return read(value, *args)
        except cells.CellProblem as exc:
            self.row.refuse(column, sentence_of(exc))
            return None

    def read(self, src: FileRow) -> _Row:
        v = src.values
        currency = (cells.text(v.get("currency")) or self.own).upper()
        row = self.row = _Row(src.row, "", False, None, currency, cells.text(v.get("purpose")) or "")
        if (wrong := g.account_currency(currency, self.account, self.own)) is not None:
            row.refuse("currency", wrong[1])
        try:
            row.amount = cells.amount(v.get("amount"), self.own if row.problems else currency)
            if (bad := g.positive_amount(row.amount)) is not None:
                row.refuse("amount", bad[1])
        except AmountError as exc:
            row.refuse("amount", sentence_of(exc))
        given = self.cell("order_id", cells.exact_text, v.get("order_id"), "order_id", AN_ORDER_ID)
        row.order_id, row.derived = (given, False) if given else (derived_order_id(self.batch_id, src.row), True)
        card = self.cell("card_number", cells.exact_text, v.get("card_number"), "card_number", THE_CARD_NUMBER)
        month, year = (self.cell("card_expiry", cells.expiry, v.get("card_expiry")) if card else None) or (None, None)
        phone = self.cell("phone", cells.literal_text, v.get("phone"), "phone", PHONE_EXAMPLE)
        bank = self.cell("bank_account", cells.literal_text, v.get("bank_account"), "bank_account", ACCOUNT_EXAMPLE)
        row.req = req = WithdrawalRequest(
            account=self.account, amount=row.amount or 1, order_id=row.order_id, purpose=row.purpose or None,
            customer_card_number=normalize_card_number(card) if card else None,
            customer_card_exp_month=month, customer_card_exp_year=year,
            customer_first_name=cells.text(v.get("first_name")), customer_last_name=cells.text(v.get("last_name")),
            payment_method=PHONE_METHOD if phone else None, customer_phone=phone.replace(" ", "") if phone else None,
            account_withdrawal=bank, account_withdrawal_holder=cells.text(v.get("account_holder")) if bank else None,
        )  # fmt: skip
        if row.problems or not self.plain.valid(req):
            self._validate(row, req, (card, phone, bank))
        if not row.problems:
            row.print_ = fingerprint(self.key, req)
            row.key = row.print_ or normalised(req)
        return row

    def _validate(self, row: _Row, req: WithdrawalRequest, destinations: tuple[str | None, ...]) -> None:
        """validate_withdrawal's sentences, each under its column (a cell's own problem said first)."""
        taken = {column for column, _ in row.problems}
        for key, sentence in validate_withdrawal(req, self.plain.today).items():
            column = FIELD_COLUMN.get(key)
            if column in taken:
                continue
            if key == DESTINATION:
                named = [c for c, x in zip(("card_number", "phone", "bank_account"), destinations, strict=True) if x]
                column = ", ".join(named) or None
                sentence = sentence if named else NO_DESTINATION
            row.refuse(column, sentence)


def check_payouts(
    rows: Sequence[FileRow], ops: OperationsService, *, batch_id: str, file_name: str = "",
    today: date | None = None, now: datetime | None = None, notes: Sequence[str] = (),
) -> CheckedBatch:  # fmt: skip
    reader = _Reader(ops, batch_id, today)
    parsed = [reader.read(src) for src in rows]
    _in_file(parsed)
    profile = ops.profile.name
    seen = Seen(ops.journal, profile, batch_id, [r.order_id for r in parsed])
    for row in parsed:
        _journalled(row, seen)
    open_rows = [r for r in parsed if not r.problems and not r.sent]
    recent = RecentPayouts(ops.journal, profile, {r.amount for r in open_rows if r.amount}, now)
    batch = CheckedBatch(PAYOUT, batch_id, file_name, [_verdict(row, recent) for row in parsed], notes=list(notes))
    _totals(batch, parsed, ops)
    return batch


def _in_file(parsed: list[_Row]) -> None:
    """The same order id, or the same payout, on an earlier row: the later row is refused naming it."""
    orders: dict[str, int] = {}
    payouts: dict[tuple[str, int, str], int] = {}
    for row in parsed:
        if not row.derived:
            first = orders.setdefault(row.order_id, row.row)
            if first != row.row and not row.problems:
                row.refuse("order_id", said("Order id {order_id} is on row {row} too: every payout needs an order id "
                                            "of its own (or leave order_id empty to have one made up).",
                                            order_id=row.order_id, row=first))  # fmt: skip
                continue
        if row.problems or row.key is None or row.amount is None:
            continue
        first = payouts.setdefault((row.key, row.amount, row.currency), row.row)
        if first != row.row and row.req is not None:
            row.refuse(None, said("Row {row} already pays {amount} to {destination}: the same payout twice in one file "
                                  "is refused. If both are meant, send this one on its own from the Payouts tab.",
                                  row=first, amount=money(row.amount, row.currency),
                                  destination=row.req.destination))  # fmt: skip


def _journalled(row: _Row, seen: Seen) -> None:
    entry, ours = seen.payout(row.order_id, row.row)
    if entry is None:
        return
    if ours and row.req is not None and row.amount is not None:  # the journal says what became of it: it is good
        row.sent, row.already = True, said("already sent by this batch: {state}", state=state_words(entry))
        row.problems.clear()
        return
    row.refuse("order_id", said("Order id {order_id} is already in this desk's journal (journal entry {entry}, "
                                "{state}): every payout needs a new order id; change it in the file, or leave "
                                "order_id empty to have one made up.", order_id=row.order_id, entry=entry.id,
                                state=state_words(entry)))  # fmt: skip


def _verdict(row: _Row, recent: RecentPayouts) -> BatchRow:
    req = row.req
    if req is not None and not row.problems and not row.sent:
        earlier = recent.match(req, row.print_)
        if earlier is not None:
            before = paid_out_before(earlier[0], earlier[1], req.amount, row.currency)[2]
            row.refuse("amount", said("{sentence} This row is not sent: if it is meant, pay it on its own from the "
                                      "Payouts tab (`smartpay payout … --confirm-duplicate`).",
                                      sentence=before))  # fmt: skip
    if row.problems or req is None or row.amount is None:
        column = row.problems[0][0] if row.problems else None
        sentence = problems_sentence(row.problems)
        return BatchRow(row.row, row.order_id, row.amount, row.currency, REFUSED, sentence, column,
                        _named(req), reason=row.purpose, derived=row.derived)  # fmt: skip
    # a good row's "Pay … to …." is made when it is read (BatchRow.sentence): only bad rows get sentences here
    return BatchRow(row.row, row.order_id, row.amount, row.currency, OK, row.already, None, req.destination,
                    row.print_, row.purpose, row.derived, req)  # fmt: skip


def _named(req: WithdrawalRequest | None) -> str:
    """A refused row's destination as the dialog and the results show it, so that the clerk finds the row by its
    card, phone or account too; "" when the row names none, or more than one (its sentence says so). A refused
    cell may hold anything, a card number typed in the phone column too: every card-like run is masked."""
    if req is None or (req.customer_card_number, req.customer_phone, req.account_withdrawal).count(None) != 2:
        return ""
    return mask_cards(req.destination)


def _totals(batch: CheckedBatch, parsed: list[_Row], ops: OperationsService) -> None:
    """The good rows' sums, the balance read once, and the batch's own refusal."""
    account, currency = ops.profile.payout_account, ops.profile.currency
    for r in batch.good:
        batch.totals[r.currency] = batch.totals.get(r.currency, 0) + (r.amount or 0)
    if not batch.good:
        batch.refusal = said("No row can be sent: every row was refused (see each row's reason).")
        return
    sent = sum(1 for r in parsed if r.sent and not r.problems)
    to_send = sum(r.amount or 0 for r in parsed if not r.problems and not r.sent)
    if sent == 1:
        batch.notes.append(said("1 row was already sent by this batch; the balance is compared with the {amount} "
                                "still to send.", amount=money(to_send, currency)))  # fmt: skip
    elif sent:
        batch.notes.append(said("{count} rows were already sent by this batch; the balance is compared with the "
                                "{amount} still to send.", count=sent, amount=money(to_send, currency)))  # fmt: skip
    try:
        available = ops.balance(account).available
    except ApiError as exc:
        batch.refusal = said("The payout balance of {account} could not be read ({reason}), so the batch cannot be "
                             "checked against it: check it again in a moment.", account=account,
                             reason=exc.user_message())  # fmt: skip
        return
    batch.available[currency] = available
    if to_send > available:
        batch.refusal = said("The batch pays out {amount} but the payout balance of {account} is {available}: {short} "
                             "short. Remove rows or wait for the balance to grow, then check the file again.",
                             amount=money(to_send, currency), account=account, available=money(available, currency),
                             short=money(to_send - available, currency))  # fmt: skip
