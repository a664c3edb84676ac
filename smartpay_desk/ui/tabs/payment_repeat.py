"""A second payment link for the same customer and amount: found in the journal (its reads only, in a worker)
so that the tab asks before making it (three links were once made by accident with a double click).

    task = ctx.runner.start(Call(earlier_link, journal, profile_name, amount, currency, customer), ...)
    entry = result      # the newest such link of the last 24 hours, or None
    question = repeat_question(entry, amount, currency, order_id, customer, format_amount)

The same customer: the same e-mail address, or the same first and last name (case and spaces ignored). A
link the gateway refused (failed) gave the customer nothing, so it does not count. No widgets here (only the
translated words, ui/i18n.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from ...services.journal.states import Kind, State
from ..i18n import day_time, tr

if TYPE_CHECKING:
    from ...api.models import Customer
    from ...services.journal.interface import JournalStore
    from ...services.journal.model import JournalEntry

WITHIN = timedelta(hours=24)


def _plain(value: object) -> str:
    return " ".join(str(value or "").split()).casefold()


def same_customer(request: Mapping[str, Any], customer: Customer) -> bool:
    """Whether a journalled payment request names this customer (e-mail, or first and last name)."""
    email = _plain(customer.email)
    if email and _plain(request.get("customer_email")) == email:
        return True
    name = (_plain(customer.first_name), _plain(customer.last_name))
    said = (_plain(request.get("customer_first_name")), _plain(request.get("customer_last_name")))
    return all(name) and said == name


def earlier_link(
    journal: JournalStore, profile: str, amount: int, currency: str, customer: Customer, now: datetime | None = None
) -> JournalEntry | None:
    """The newest payment link of the last 24 hours for this customer and amount (journal reads only)."""
    since = (now or datetime.now(UTC)) - WITHIN
    for entry in journal.entries(kind=Kind.PAYMENT_LINK, profile=profile, since=since):
        if entry.amount != amount or (entry.currency or currency) != currency or entry.state == State.FAILED:
            continue
        events = journal.events(entry.id)
        request = events[0].request if events else None
        if isinstance(request, Mapping) and same_customer(request, customer):
            return entry
    return None


class Question(NamedTuple):
    """The confirmation asked before a second link: title, the payment's lines, what looks like a mistake."""

    title: str
    lines: list[str]
    warnings: list[str]
    amount: str


def repeat_question(
    earlier: JournalEntry, amount: int, currency: str, order_id: str, customer: Customer,
    money: Callable[[int, str], str],
) -> Question:  # fmt: skip
    """What the tab asks, naming the earlier link (when it was made, its order id, who made it)."""
    made = earlier.created_at
    with contextlib.suppress(ValueError):
        made = day_time(datetime.fromisoformat(earlier.created_at).astimezone())
    words = money(amount, currency)
    who = " ".join(part for part in (customer.first_name, customer.last_name) if part) or customer.email
    return Question(
        tr("Another payment link for {customer}, for {amount}?").format(customer=who, amount=words),
        [
            tr("Amount: {amount}").format(amount=words),
            tr("Customer: {customer}").format(customer=who),
            tr("Order id: {order}").format(order=order_id),
        ],
        [
            tr(
                "A payment link for {amount} to {customer} was already made at {when} (order {order}, by {operator})."
            ).format(amount=words, customer=who, when=made, order=earlier.order_id, operator=earlier.operator),
            tr("Making another one gives the customer a second page to pay: they may pay twice."),
        ],
        words,
    )
