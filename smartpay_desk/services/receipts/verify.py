"""Is this receipt what the journal holds? `verify(journal, data)` answers with a `Verdict` and one sentence.

    verdict = verify(journal, data, merchant=profile.merchant_key)
    verdict.outcome      Outcome.MATCHES | DIFFERS | BROKEN | UNKNOWN | NOT_A_RECEIPT
    verdict.sentence     what to tell the person holding the receipt
    verdict.fields       the fields that differ (DIFFERS)

In this order: the data must be a receipt (NOT_A_RECEIPT); its entry must be in the journal, found by id and
matching its reference and order id (else by the order id and reference; UNKNOWN when neither); the journal's
chain must be intact: every event re-checked (`JournalStore.verify`, which also checks the journal ends where it
last did), so the entry's events are the ones that were written (BROKEN); then the event the receipt names must
still carry the receipt's chain hash, and a receipt made afresh from the journal must equal it field by field
(DIFFERS, naming them). Only then MATCHES. Blocking (reads, and checks the whole journal): a worker or the CLI.

What this proves is what the journal proves (README, "Is the journal what was written?"), about the data the
receipt carries for machines; that the printed words say the same is for the reader to compare.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..journal.interface import JournalStore
from ..journal.model import JournalEntry
from .receipt import NoReceipt, NotAReceipt, Receipt, from_entry


class Outcome(StrEnum):
    MATCHES = "matches"
    DIFFERS = "differs"  # a field is not what the journal holds
    BROKEN = "broken"  # the journal's chain is broken: nothing it says can be relied on
    UNKNOWN = "unknown"  # the journal has no such entry
    NOT_A_RECEIPT = "not_a_receipt"

    @property
    def exit_code(self) -> int:
        """`smartpay verify-receipt`'s exit status: 0 matches, 1 differs or broken, 2 unknown or not a receipt."""
        return {Outcome.MATCHES: 0, Outcome.DIFFERS: 1, Outcome.BROKEN: 1}.get(self, 2)


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    sentence: str
    fields: tuple[str, ...] = ()
    receipt: Receipt | None = None

    @property
    def matches(self) -> bool:
        return self.outcome is Outcome.MATCHES

    def to_json(self) -> dict[str, Any]:
        shown: dict[str, Any] = {"verdict": str(self.outcome), "sentence": self.sentence, "fields": list(self.fields)}
        if self.receipt is not None:
            shown.update(entry_id=self.receipt.entry_id, order_id=self.receipt.order_id, kind=self.receipt.kind,
                         profile=self.receipt.profile)  # fmt: skip
        return shown


def verify(journal: JournalStore, data: object, *, merchant: str | None = None) -> Verdict:
    """The verdict on the receipt `data` (Receipt.to_data's fields) against `journal`. `merchant`: the merchant
    key of the receipt's profile as this computer knows it (None: not compared, and the sentence says so)."""
    try:
        receipt = data if isinstance(data, Receipt) else Receipt.from_data(data)
    except NotAReceipt as exc:
        return Verdict(Outcome.NOT_A_RECEIPT, f"This is not a SmartPay Desk receipt: {exc}")
    name = f"entry {receipt.entry_id} (order {receipt.order_id})"
    entry = _find(journal, receipt)
    if entry is None:
        return Verdict(Outcome.UNKNOWN, f"The journal has no {name}: this receipt was not made from this journal "
                       "(another data folder or team journal?).", receipt=receipt)  # fmt: skip
    problems = journal.verify()
    if problems:
        return Verdict(Outcome.BROKEN, f"The journal's chain is broken, so the receipt cannot be checked against it: "
                       f"{problems[0]}", receipt=receipt)  # fmt: skip
    events = journal.events(entry.id)
    sealed = next((e for e in events if e.seq == receipt.event_seq), None)
    if sealed is None or sealed.hash != receipt.chain_hash:
        return _differs(receipt, ("chain_hash",), name)
    kept = [e for e in events if e.seq <= receipt.event_seq]
    try:
        fresh = from_entry(journal, entry, kept, merchant=merchant if merchant is not None else receipt.merchant)
    except NoReceipt as exc:
        return Verdict(Outcome.DIFFERS, f"The journal's {name} gets no receipt: {exc.sentence}", ("state",), receipt)
    wrong = tuple(k for k, v in receipt.compared().items() if fresh.compared()[k] != v)
    if not wrong and not _same_moment(receipt):
        wrong = ("at_local",)
    if wrong:
        return _differs(receipt, wrong, name)
    unchecked = "" if merchant is not None else " (the merchant key was not compared: the profile is not here)"
    return Verdict(Outcome.MATCHES, f"The receipt matches the journal's {name}, and the journal's chain is intact"
                   f"{unchecked}.", receipt=receipt)  # fmt: skip


def _differs(receipt: Receipt, wrong: tuple[str, ...], name: str) -> Verdict:
    words = ", ".join(w.replace("_", " ") for w in wrong)
    return Verdict(Outcome.DIFFERS, f"The receipt does not match the journal's {name}: {words} differ"
                   f"{'s' if len(wrong) == 1 else ''}.", wrong, receipt)  # fmt: skip


def _find(journal: JournalStore, receipt: Receipt) -> JournalEntry | None:
    try:
        entry: JournalEntry | None = journal.entry_by_id(receipt.entry_id)
    except KeyError:
        entry = None
    if entry is not None and entry.ref == receipt.ref and entry.order_id == receipt.order_id:
        return entry
    for other in journal.entries(order_id=receipt.order_id, profile=receipt.profile, newest_first=False):
        if other.ref == receipt.ref:
            return other
    return None


def _same_moment(receipt: Receipt) -> bool:
    """The local time printed is the journal's moment (an edited local time is a changed receipt too)."""
    from datetime import datetime

    if not receipt.at_local:
        return True
    try:
        shown, recorded = datetime.fromisoformat(receipt.at_local), datetime.fromisoformat(receipt.at)
        return abs((shown - recorded).total_seconds()) < 1  # printed to the second
    except (TypeError, ValueError):  # a time without its zone cannot be the journal's moment
        return False
