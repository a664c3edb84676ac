"""The types every part of a batch shares, and the names derived from a batch's file (no I/O here).

A batch is one file of one kind. Its id comes from the file's bytes, so the same file checked or sent again is
the same batch, and names the same orders: a payout row without an order id gets `derived_order_id`, a refund
row the journal key `refund_key` (refunds have no order id of their own). An attempt that certainly never
reached the gateway is sent again as the next attempt (`attempt_order_id`, the key's "-aN"); nothing else is.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Literal

from ...api.models import WithdrawalRequest
from ...api.said import said
from ..money.words import money

BatchKind = Literal["payout", "refund"]
PAYOUT: BatchKind = "payout"
REFUND: BatchKind = "refund"
KINDS: tuple[BatchKind, ...] = (PAYOUT, REFUND)
OK, REFUSED = "ok", "refused"  # a row's verdict at check


def batch_id_of(kind: str, content: bytes) -> str:
    """16 characters (hex) of the file's content and kind: the same file is the same batch.

    Never all decimal digits: such an id could pass for a card number, and the desk's scrubbing would mask it
    in notes and logs (one in about 1,500 files), so the first digit becomes a letter then."""
    digest = hashlib.sha256(kind.encode("ascii") + b"\0" + content).hexdigest()[:16]
    return "ghijklmnop"[int(digest[0])] + digest[1:] if digest.isdigit() else digest


def derived_order_id(batch_id: str, row: int) -> str:
    """The order id of a payout row that names none: stable for the file and the row."""
    return f"b{batch_id[:12]}r{row}"


def attempt_order_id(order_id: str, attempt: int) -> str:
    """The order id of a row's `attempt` (1: the row's own; a later one only after one never reached the gateway)."""
    return order_id if attempt <= 1 else f"{order_id}-{attempt}"


def refund_key(batch_id: str, row: int, attempt: int = 1) -> str:
    """The journal key of a refund row's attempt: the journal refuses a second intent under the same key."""
    key = f"batch-{batch_id}-r{row}"
    return key if attempt <= 1 else f"{key}-a{attempt}"


def row_note(batch_id: str, row: int) -> str:
    """The intent's note: which batch and row it was sent for (shown in Activity)."""
    return f"batch {batch_id} row {row}"


def joined(sentences: Sequence[str]) -> str:
    """Sentences one after the other, kept as a Said (api/said.py): the desk says each in the clerk's language."""
    out: str = ""
    for sentence in sentences:
        out = said("{sentence} {more}", sentence=out, more=sentence) if out else sentence
    return out


def problems_sentence(problems: Sequence[tuple[str | None, str]]) -> str:
    """A refused row's sentence: each problem after the column it is about ("amount: Enter the amount. phone: …")."""
    return joined([said("{column}: {sentence}", column=c, sentence=s) if c else s for c, s in problems])


@dataclass(frozen=True)
class BatchRow:
    """One data row of the file as checked."""

    row: int  # the spreadsheet's row number (the header is row 1 in the template)
    order_id: str  # payout: given or derived; refund: the order refunded ("" when missing)
    amount: int | None  # minor units (a refund without one: the refundable amount, filled in by check)
    currency: str
    verdict: str  # OK | REFUSED
    text: str  # why it is refused; for a good row what it will do ("" for a payout to pay: see `sentence`)
    field: str | None  # the template column the sentence is about, or None
    destination: str = ""  # masked: "card 401200******3010", "phone +447…", "account DE89…"; "" for refunds
    fingerprint: str | None = None  # the payout destination's fingerprint (services/money/fingerprint.py)
    reason: str = ""  # the refund's reason / the payout's purpose
    derived: bool = False  # the order id was derived (the file named none)
    payout: WithdrawalRequest | None = dc_field(default=None, repr=False)  # a good payout row's request (memory only)

    @property
    def ok(self) -> bool:
        return self.verdict == OK

    @property
    def sentence(self) -> str:
        """Why the row is refused; for a good row what it will do (a Said, api/said.py). A good payout row's "Pay …
        to …." is made when it is read: a check of 10,000 rows makes sentences for the bad rows only."""
        if self.text or not self.ok or self.amount is None or not self.destination:
            return self.text
        return said("Pay {amount} to {destination}.", amount=money(self.amount, self.currency),
                    destination=self.destination)  # fmt: skip


@dataclass
class CheckedBatch:
    """A whole file as checked: every row's verdict, and the batch's own."""

    kind: BatchKind
    batch_id: str
    file_name: str
    rows: list[BatchRow]
    totals: dict[str, int] = dc_field(default_factory=dict)  # the good rows' sum per currency
    available: dict[str, int] = dc_field(default_factory=dict)  # the payout balance read at check ({} for refunds)
    refusal: str | None = None  # the batch refused as a whole (it does not fit the balance, no good row…)
    notes: list[str] = dc_field(default_factory=list)

    @property
    def good(self) -> list[BatchRow]:
        return [r for r in self.rows if r.ok]

    @property
    def refused(self) -> list[BatchRow]:
        return [r for r in self.rows if not r.ok]

    @property
    def all_ok(self) -> bool:
        return self.refusal is None and all(r.ok for r in self.rows)

    @property
    def count(self) -> int:
        return len(self.rows)

    @property
    def largest(self) -> BatchRow | None:
        good = [r for r in self.good if r.amount is not None]
        return max(good, key=lambda r: r.amount or 0) if good else None
