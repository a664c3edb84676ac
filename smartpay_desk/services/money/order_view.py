"""An order as the desk knows it before refunding it, each figure with where it comes from.

The gateway's /check tells what was paid, not what was refunded. What the desk can know of refunds:
- this desk's journal: the refunds it sent (succeeded, or not settled yet), a refund still waiting for its
  outcome or for review (which holds the order: no other refund is sent meanwhile), and the gateway's words
  on the last refund it declined;
- the gateway's Refund report for the order's period (refund_report.py), read after the /check and cached:
  its rows have no parent order id, so a row is this order's only when it names the order (or is one of this
  journal's refunds, by refund id); a row on the same card and customer since the payment *may* be.

`refundable` is what is left at most, by what is known for sure; `known` says whether that figure is backed
by both sources (then it may be filled in as the amount); `figures()` and `note()` say it in sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ...api.said import Said, said
from ...api.status import Status
from .words import moment

if TYPE_CHECKING:
    from ...api.models import TransactionInfo
    from ..journal.model import JournalEntry

Money = Callable[[int], str]
CHECKING = said("checking the gateway's refund report…")
UNREADABLE = said("the gateway's refunds of this order could not be read; the gateway stays the judge")


@dataclass(frozen=True)
class ReportRefund:
    """One row of the gateway's Refund report."""

    refund_id: str  # its "Order ID": the refund's own id at the gateway
    amount: int  # minor units
    status: str  # the report's word: "success", "processing"
    created: str  # as the report gives it (UTC)


@dataclass(frozen=True)
class GatewayRefunds:
    """What the gateway's Refund report for `first_day`…`last_day` says about one order (or why it cannot)."""

    first_day: date
    last_day: date
    read_at: str = ""  # local time it was read ("" when it could not be)
    problem: str = ""  # why it could not be read ("" when it was)
    exact: tuple[ReportRefund, ...] = ()  # rows naming this order, not sent from this desk
    possible: tuple[ReportRefund, ...] = ()  # rows on the same card and customer since the payment, not ours
    ours: tuple[ReportRefund, ...] = ()  # this desk's refunds of the order, as the report lists them

    @property
    def read(self) -> bool:
        return not self.problem

    @property
    def source(self) -> Said:
        """'the gateway's Refund report, 2025-06-01 to 2025-06-03, read 12:04'"""
        first, last = f"{self.first_day:%Y-%m-%d}", f"{self.last_day:%Y-%m-%d}"
        if self.last_day != self.first_day:
            return said("the gateway's Refund report, {first_day} to {last_day}, read {read_at}",
                        first_day=first, last_day=last, read_at=self.read_at)  # fmt: skip
        return said("the gateway's Refund report, {day}, read {read_at}", day=first, read_at=self.read_at)


@dataclass(frozen=True)
class Decline:
    """The last refund of the order the gateway declined (since the last one that went through)."""

    entry_id: int
    amount: int
    words: str  # what the gateway said
    at: str  # when (the journal's time, UTC)


@dataclass(frozen=True)
class OrderView:
    """An order as read once (its /check) with what this desk knows of its refunds (see the module)."""

    order_id: str
    info: TransactionInfo
    refunded: int = 0  # this journal's refunds: succeeded, or not settled yet
    profile: str = ""  # the profile it was read under
    held: JournalEntry | None = None  # a refund of it still waiting for its outcome or for review
    declined: Decline | None = None
    gateway: GatewayRefunds | None = None  # None: the report not read yet

    @property
    def is_payment(self) -> bool:
        return (self.info.type or "Payment") == "Payment"

    @property
    def succeeded(self) -> bool:
        """A payment the gateway says succeeded (the only kind that can be refunded or charged again)."""
        return self.is_payment and self.info.status == Status.SUCCESS

    @property
    def paid(self) -> int:
        return self.info.amount or 0

    @property
    def elsewhere(self) -> int:
        """Refunds of this order the gateway's report names and this journal did not send."""
        return sum(r.amount for r in self.gateway.exact) if self.gateway is not None else 0

    @property
    def maybe_elsewhere(self) -> int:
        """Refunds on the same card and customer since the payment (may be of another payment)."""
        return sum(r.amount for r in self.gateway.possible) if self.gateway is not None else 0

    @property
    def refundable(self) -> int:
        """What may still be refunded at most: paid, less this journal's refunds and those the report names;
        0 unless a successful payment."""
        return max(0, self.paid - self.refunded - self.elsewhere) if self.succeeded else 0

    @property
    def known(self) -> bool:
        """Is `refundable` backed by both the journal and a report read with nothing that may be this order's,
        and not contradicted by a decline of that amount?"""
        gateway = self.gateway
        if not self.succeeded or gateway is None or not gateway.read or gateway.possible:
            return False
        return self.declined is None or self.declined.amount > self.refundable

    @property
    def default_amount(self) -> int | None:
        """The amount a form may fill in: what is left when it is known (never a declined amount again)."""
        if not self.known or self.refundable <= 0 or self.held is not None:
            return None
        return None if self.declined is not None and self.declined.amount == self.refundable else self.refundable

    # ---------------------------------------------------------------- sentences

    def figures(self, fmt: Money) -> dict[str, str]:
        """{paid, refunded, elsewhere, left}: each figure with its source, money written by `fmt`."""
        if not self.succeeded:
            return {"paid": fmt(self.paid), "refunded": "", "elsewhere": "", "left": fmt(0)}
        refunded = said("{amount} (this desk's journal)", amount=fmt(self.refunded))
        if self.held is not None and self.held.amount is not None:
            refunded = said("{amount} (this desk's journal), {held} of it not settled yet (entry {entry_id})",
                            amount=fmt(self.refunded), held=fmt(self.held.amount), entry_id=self.held.id)  # fmt: skip
        if self.known:
            left = said("{amount} (paid, less the refunds in this desk's journal and the gateway's report)",
                        amount=fmt(self.refundable))  # fmt: skip
        else:
            left = said("at most {amount} (paid, less the refunds this desk knows of)", amount=fmt(self.refundable))
        return {
            "paid": said("{amount} (the gateway's /check)", amount=fmt(self.paid)),
            "refunded": refunded,
            "elsewhere": self._elsewhere(fmt),
            "left": left,
        }

    def _elsewhere(self, fmt: Money) -> Said:
        gateway = self.gateway
        if gateway is None:
            return CHECKING
        if not gateway.read:
            return said("not known: the gateway's refunds of this order could not be read; the gateway stays the judge")
        parts: list[Said] = []
        if gateway.exact:
            parts.append(said("{amount} of this order", amount=fmt(self.elsewhere)))
        if len(gateway.possible) == 1:
            parts.append(said(
                "{amount} in 1 refund on the same card and customer since this payment, which may be of this order or "
                "of another of this customer's payments",
                amount=fmt(self.maybe_elsewhere),
            ))  # fmt: skip
        elif gateway.possible:
            parts.append(said(
                "{amount} in {count} refunds on the same card and customer since this payment, which may be of this "
                "order or of another of this customer's payments",
                amount=fmt(self.maybe_elsewhere), count=len(gateway.possible),
            ))  # fmt: skip
        if len(parts) == 2:
            return said("{exact}; {possible} ({source})", exact=parts[0], possible=parts[1], source=gateway.source)
        if parts:
            return said("{refunds} ({source})", refunds=parts[0], source=gateway.source)
        return said("none ({source})", source=gateway.source)

    def note(self, fmt: Money) -> Said:
        """One sentence above the figures: what can be refunded, or why that is not known."""
        if not self.succeeded:
            return said("This order cannot be refunded: only successful payments can.")
        if self.held is not None:
            held = {"amount": fmt(self.held.amount or 0), "entry_id": self.held.id}
            if self.held.state == "needs_review":
                return said("A refund of this order ({amount}, journal entry {entry_id}) is waiting for review: no "
                            "other refund of it is sent until it is settled.", **held)  # fmt: skip
            return said("A refund of this order ({amount}, journal entry {entry_id}) is still on its way: no other "
                        "refund of it is sent until it is settled.", **held)  # fmt: skip
        if self.declined is not None:
            d = self.declined
            return said(
                "The gateway declined a refund of {amount} {when}: “{words}”. What is left to refund is not known to "
                "this desk, so no amount is filled in.",
                amount=fmt(d.amount), when=moment(d.at), words=d.words.rstrip("."),
            )  # fmt: skip
        if self.refundable <= 0:
            return said("This payment has been refunded in full.")
        gateway = self.gateway
        up_to = {"order_id": self.order_id, "amount": fmt(self.refundable)}
        if gateway is None:
            return said("Order {order_id}: up to {amount} by this desk's journal; checking the gateway's refund "
                        "report…", **up_to)  # fmt: skip
        if not gateway.read:
            return said("Order {order_id}: up to {amount} by this desk's journal; the gateway's refunds of this order "
                        "could not be read; the gateway stays the judge.", **up_to)  # fmt: skip
        if gateway.possible:
            return said(
                "Order {order_id}: up to {amount} by this desk's journal. The gateway's report shows refunds on the "
                "same card and customer since this payment: check whether they are of this order before refunding; "
                "no amount is filled in.",
                **up_to,
            )  # fmt: skip
        return said("Order {order_id}: {amount} can be refunded.", **up_to)
