"""The checks before money is sent. Each guard is one function returning None or (field, sentence).

A tab calls a guard to show its sentence next to that field before asking for confirmation; the service
calls the same function again just before sending (`enforce`), which raises `GuardRefused` with that
`.field`. Both say the same words, and nobody has to read a sentence to find its field. The gateway stays
the judge: these only stop mistakes early.

Field names are the request's (`order_id` of a refund, `parent_order_id` of a repeat charge, `amount`…),
as in api.validation, so a guard's sentence goes where a ValidationFailed sentence for that field would.

    positive_amount(amount)                               amount > 0
    account_currency(currency, account, account_currency) the account's currency
    within_balance(amount, available, account, currency)  a payout ≤ the available balance
    refundable_order(order)                               a refund only of a successful payment, with some left
    refund_not_held(order, amount)                        no refund while another of the order is unsettled
    refund_amount(amount, order)                          a refund ≤ what is left to refund
    repeatable_parent(info, parent_order_id)              a repeat charge only of a successful payment
    open_authorization(info, order_id, action)            capture / cancel only of an open authorization

What is not wrong but looks like a mistake (a second press, an outlier: DESIGN.md "A second press") is a
*question*, (kind, field, sentence): the service raises `NeedsConfirmation` for it (`ask`) unless the caller
passes its kind in `confirmed=`; a tab asks the same question first and shows the sentence in its
confirmation dialog, the CLI exits 2 with it unless given the matching --confirm-… flag.

    above_parent(amount, parent_amount, parent_order_id, currency)   a repeat charge above its parent
    (history.py: the same parent and amount, or the same destination and amount, within 24 hours)
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Literal

from ...api.errors import ApiError
from ...api.said import Said, said
from ...api.status import Status
from .order_view import OrderView
from .words import money, status_phrase, what_it_is

if TYPE_CHECKING:
    from ...api.models import TransactionInfo

__all__ = [
    "ABOVE_PARENT", "DUPLICATE", "DuplicateOrder", "GuardRefused", "NeedsConfirmation", "OrderView", "Question",
    "Refusal", "money", "status_phrase", "what_it_is",
]  # fmt: skip

Refusal = tuple[str, str]  # (field, sentence)
DUPLICATE, ABOVE_PARENT = "duplicate", "above_parent"  # what a caller may confirm
Question = tuple[str, str, str]  # (kind, field, sentence): sent only once `kind` is confirmed


class GuardRefused(ApiError):
    """A check before sending refused the operation; nothing was written or sent. `field` is the field it
    concerns (None when no single one: a refund of the same order still waiting for its outcome…)."""

    sentence: str = said("Refused before sending.")
    sent = False

    def __init__(self, detail: str = "", *, field: str | None = None) -> None:
        super().__init__(detail)
        self.field = field

    @property
    def fields(self) -> dict[str, str]:
        """{field: sentence} when it concerns one field, as ValidationFailed carries its own."""
        return {self.field: self.detail} if self.field else {}


class NeedsConfirmation(GuardRefused):
    """Not refused, but it looks like a mistake (a second press, an outlier): sent only when the caller
    confirms `kind` (confirmed=frozenset({kind})). Nothing was written or sent."""

    sentence: str = said("This needs an explicit confirmation; nothing was sent.")

    def __init__(
        self, detail: str = "", *, field: str | None = None, kind: str = "", questions: tuple[Question, ...] = ()
    ) -> None:
        super().__init__(detail, field=field)
        self.kind = kind
        self.questions = questions or ((kind, field or "", detail),)  # every one not confirmed, this one first

    @property
    def kinds(self) -> frozenset[str]:
        """What a caller passes back as `confirmed` once the operator has said yes to every question."""
        return frozenset(kind for kind, _, _ in self.questions)

    @property
    def sentences(self) -> list[str]:
        return [sentence for _, _, sentence in self.questions]


class DuplicateOrder(ApiError):
    """This order id is already in the journal: the same intent is never sent twice."""

    sentence: str = said("This order id has already been used from this desk; nothing was sent.")
    sent = False


def enforce(*problems: Refusal | None) -> None:
    """Raise GuardRefused for the first problem found (the service's side of each guard)."""
    for problem in problems:
        if problem is not None:
            field, sentence = problem
            raise GuardRefused(sentence, field=field)


def ask(confirmed: Collection[str], *questions: Question | None) -> None:
    """Raise NeedsConfirmation for the first question whose kind is not confirmed (the service's side)."""
    open_ = tuple(q for q in questions if q is not None and q[0] not in confirmed)
    if open_:
        kind, field, sentence = open_[0]
        raise NeedsConfirmation(sentence, field=field, kind=kind, questions=open_)


def collect(*problems: Refusal | None) -> dict[str, str]:
    """{field: sentence} of every problem found, the first per field (the tab's side: for its form)."""
    found: dict[str, str] = {}
    for problem in problems:
        if problem is not None:
            found.setdefault(*problem)
    return found


# ---------------------------------------------------------------- the guards


def positive_amount(amount: int) -> Refusal | None:
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        return "amount", said("The amount must be more than zero.")
    return None


def account_currency(currency: str, account: str, account_currency: str) -> Refusal | None:
    if currency != account_currency:
        return "currency", said(
            "The account {account} works in {account_currency}, not {currency}.",
            account=account, account_currency=account_currency, currency=currency,
        )  # fmt: skip
    return None


def within_balance(amount: int, available: int, account: str, currency: str) -> Refusal | None:
    if amount > available:
        return "amount", said(
            "The payout of {amount} is more than the available balance of {available} on {account}.",
            amount=money(amount, currency), available=money(available, currency), account=account,
        )  # fmt: skip
    return None


def refundable_order(order: OrderView) -> Refusal | None:
    info = order.info
    if not order.is_payment:
        return "order_id", said(
            "Only payments can be refunded; order {order_id} is a {type}.", order_id=order.order_id, type=info.type
        )
    if info.status != Status.SUCCESS:
        return "order_id", said(
            "Only successful payments can be refunded; order {order_id} {status}.",
            order_id=order.order_id, status=status_phrase(info.status),
        )  # fmt: skip
    if order.refundable <= 0:
        return "order_id", said(
            "Nothing is left to refund of order {order_id}: it has been refunded in full.", order_id=order.order_id
        )
    return None


def refund_not_held(order: OrderView, amount: int | None = None) -> Refusal | None:
    held = order.held
    if held is None:
        return None
    return "order_id", held_refund(order.order_id, held.id, held.state, identical=held.amount == amount)


def held_refund(order_id: str, entry_id: int, state: str, *, identical: bool) -> Said:
    """Why no refund of the order is sent while one of it (journal entry `entry_id`) is unsettled; said by
    the guard above and by the journal when it refuses to record the intent."""
    if state != "needs_review":
        return said(
            "A refund of order {order_id} is still waiting for its outcome (journal entry {entry_id}); wait for "
            "it before refunding again.",
            order_id=order_id, entry_id=entry_id,
        )  # fmt: skip
    if identical:
        return said(
            "An identical refund of order {order_id} needs review (journal entry {entry_id}): its outcome was lost, "
            "so no other refund of this order is sent until it is settled. Verify it in the gateway's Refund "
            "report, then settle it in Activity or with `smartpay resolve {entry_id} --succeeded|--failed --note …`.",
            order_id=order_id, entry_id=entry_id,
        )  # fmt: skip
    return said(
        "A refund of order {order_id} needs review (journal entry {entry_id}): its outcome was lost, so no other "
        "refund of this order is sent until it is settled. Verify it in the gateway's Refund report, then settle "
        "it in Activity or with `smartpay resolve {entry_id} --succeeded|--failed --note …`.",
        order_id=order_id, entry_id=entry_id,
    )  # fmt: skip


def refund_amount(amount: int, order: OrderView, currency: str) -> Refusal | None:
    left = order.refundable
    if order.succeeded and amount > left:
        return "amount", said(
            "The refund of {amount} is more than the {left} left to refund of order {order_id} ({paid} paid).",
            amount=money(amount, currency), left=money(left, currency), order_id=order.order_id,
            paid=money(order.paid, currency),
        )  # fmt: skip
    return None


def repeatable_parent(info: TransactionInfo, parent_order_id: str) -> Refusal | None:
    if (info.type or "Payment") != "Payment":
        return "parent_order_id", said(
            "Only a payment can be charged again; order {order_id} is a {type}.",
            order_id=parent_order_id, type=info.type,
        )  # fmt: skip
    if info.status != Status.SUCCESS:
        return "parent_order_id", said(
            "A repeat charge needs a successful payment; order {order_id} {status}.",
            order_id=parent_order_id, status=status_phrase(info.status),
        )  # fmt: skip
    return None


def open_authorization(
    info: TransactionInfo, order_id: str, action: Literal["capture", "cancel"]
) -> Refusal | None:  # fmt: skip
    if info.status == Status.PROCESSING and str(info.authorize_status or "").upper() == "AUTHORIZED":
        return None
    if action == "capture":
        return "order_id", said(
            "Order {order_id} is not an open authorization (it is {what}), so it cannot be captured.",
            order_id=order_id, what=what_it_is(info),
        )  # fmt: skip
    return "order_id", said(
        "Order {order_id} is not an open authorization (it is {what}), so it cannot be cancelled.",
        order_id=order_id, what=what_it_is(info),
    )  # fmt: skip


# ---------------------------------------------------------------- questions and warnings (repeat charges)


def above_parent(amount: int, parent_amount: int | None, parent_order_id: str, currency: str) -> Question | None:
    if parent_amount is None or amount <= parent_amount:
        return None
    return (
        ABOVE_PARENT,
        "amount",
        said(
            "The repeat charge of {amount} is more than the {parent_amount} of its parent order {parent_order_id}: "
            "charge more than the original payment only if that is meant.",
            amount=money(amount, currency),
            parent_amount=money(parent_amount, currency),
            parent_order_id=parent_order_id,
        ),
    )


def not_recurrent(parent_order_id: str, flagged: bool | None) -> Said | None:
    """A warning (not a question) when the parent is known to have been made without the recurrent flag."""
    if flagged is not False:
        return None
    return said(
        "Order {order_id} was made without the recurrent flag (this desk's journal): the customer may not "
        "have agreed to repeat charges, and the gateway or the card's bank may refuse them.",
        order_id=parent_order_id,
    )
