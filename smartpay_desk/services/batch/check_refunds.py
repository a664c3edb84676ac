"""Checking a refund file's rows (check.py's refund half). No Qt here.

Each row is judged by api.validation.validate_refund (the order id, the amount, the reason: the Refunds tab's
sentences), then: the same order on an earlier row (refused naming it); a refund this batch's row already wrote
(its journal key, model.refund_key: "already sent by this batch", resumed by the sender); then one /check per
order (ops.load_order: the order as the gateway has it, with this journal's refunds of it) and the guards the
service applies before sending (services/money/guards: refund_not_held, refundable_order, refund_amount), in the
service's order and words. A row without an amount refunds what is left by this desk's journal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...api.errors import ApiError, OrderNotFound
from ...api.models import RefundRequest
from ...api.money import AmountError
from ...api.said import said, sentence_of
from ...api.validation import validate_refund
from ..money import guards as g
from ..money.order_view import OrderView
from ..money.words import money
from . import cells
from .files import FileRow
from .model import OK, REFUND, REFUSED, BatchRow, CheckedBatch, problems_sentence
from .seen import Seen, state_words

if TYPE_CHECKING:
    from ..money.operations import OperationsService


@dataclass
class _Refund:
    row: int
    order_id: str
    amount: int | None
    reason: str
    problems: list[tuple[str | None, str]] = field(default_factory=list)
    said: str = ""  # a good row's sentence (a Said, api/said.py)

    def refuse(self, column: str | None, sentence: str) -> None:
        self.problems.append((column, sentence))


def _parse(src: FileRow, currency: str) -> _Refund:
    v = src.values
    refund = _Refund(src.row, "", None, cells.text(v.get("reason")) or "")
    try:
        refund.order_id = cells.exact_text(v.get("order_id"), "order_id", said("an order id")) or ""
    except cells.CellProblem as exc:
        refund.refuse("order_id", sentence_of(exc))
    if not refund.order_id and not refund.problems:
        refund.refuse("order_id", said("Enter the order id of the payment to refund."))
    if v.get("amount") is not None:
        try:
            refund.amount = cells.amount(v.get("amount"), currency)
            if (bad := g.positive_amount(refund.amount)) is not None:
                refund.refuse("amount", bad[1])
        except AmountError as exc:
            refund.refuse("amount", sentence_of(exc))
    taken = {column for column, _ in refund.problems}
    req = RefundRequest(order_id=refund.order_id, amount=refund.amount or 1, reason=refund.reason)
    for key, sentence in validate_refund(req).items():
        if key not in taken:
            refund.refuse(key, sentence)
    return refund


def check_refunds(
    rows: Sequence[FileRow], ops: OperationsService, *, batch_id: str, file_name: str = "", notes: Sequence[str] = ()
) -> CheckedBatch:
    currency = ops.profile.currency
    parsed = [_parse(src, currency) for src in rows]
    first: dict[str, int] = {}
    for refund in parsed:
        if refund.order_id and not refund.problems:
            at = first.setdefault(refund.order_id, refund.row)
            if at != refund.row:
                refund.refuse("order_id", said("Order {order_id} is refunded on row {row} already: refund an order "
                                               "once per file (put the whole amount on one row).",
                                               order_id=refund.order_id, row=at))  # fmt: skip
    good = [r for r in parsed if not r.problems]
    seen = Seen(ops.journal, ops.profile.name, batch_id, {r.order_id for r in good})
    orders: dict[str, OrderView | str] = {}
    for refund in good:
        entry = seen.refund(refund.order_id, refund.row)
        if entry is not None:
            refund.amount = refund.amount if refund.amount is not None else entry.amount
            refund.said = said("already sent by this batch: {state}", state=state_words(entry))
            continue
        if refund.order_id not in orders:
            orders[refund.order_id] = _load(ops, refund.order_id)
        _judge(refund, orders[refund.order_id], currency)
    batch = CheckedBatch(REFUND, batch_id, file_name, [_verdict(r, currency) for r in parsed], notes=list(notes))
    for r in batch.good:
        batch.totals[r.currency] = batch.totals.get(r.currency, 0) + (r.amount or 0)
    if not batch.good:
        batch.refusal = said("No row can be sent: every row was refused (see each row's reason).")
    return batch


def _load(ops: OperationsService, order_id: str) -> OrderView | str:
    """The order as the gateway and this journal have it, or the sentence why it cannot be refunded."""
    try:
        return ops.load_order(order_id)
    except OrderNotFound:
        return said("The gateway has no order {order_id}, so it cannot be refunded.", order_id=order_id)
    except ApiError as exc:
        return said("Order {order_id} could not be checked ({reason}): check the file again in a moment.",
                    order_id=order_id, reason=exc.user_message())  # fmt: skip


def _judge(refund: _Refund, order: OrderView | str, currency: str) -> None:
    if isinstance(order, str):
        refund.refuse("order_id", order)
        return
    problem = g.refund_not_held(order, refund.amount) or g.refundable_order(order)
    if problem is None and refund.amount is None:
        if order.declined is not None:
            declined = money(order.declined.amount, currency)
            problem = "amount", said(
                "The gateway declined a refund of {amount} of order {order_id} (journal entry {entry}), so what is "
                "left to refund is not known to this desk: write the amount.",
                amount=declined, order_id=refund.order_id, entry=order.declined.entry_id,
            )  # fmt: skip
        else:
            refund.amount = order.refundable
            refund.said = said("Refund {amount} of order {order_id} (all that is left to refund by this desk's "
                               "journal).", amount=money(refund.amount, currency),
                               order_id=refund.order_id)  # fmt: skip
    if problem is None and refund.amount is not None:
        problem = g.refund_amount(refund.amount, order, currency)
    if problem is not None:
        refund.refuse(problem[0], problem[1])


def _verdict(refund: _Refund, currency: str) -> BatchRow:
    if refund.problems:
        sentence = problems_sentence(refund.problems)
        return BatchRow(refund.row, refund.order_id, refund.amount, currency, REFUSED, sentence,
                        refund.problems[0][0], reason=refund.reason)  # fmt: skip
    sentence = refund.said or said("Refund {amount} of order {order_id}.", amount=money(refund.amount or 0, currency),
                                   order_id=refund.order_id)  # fmt: skip
    return BatchRow(refund.row, refund.order_id, refund.amount, currency, OK, sentence, None, reason=refund.reason)
