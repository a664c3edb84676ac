"""A receipt: what a succeeded refund, payout, repeat charge or capture was, as the journal holds it.

    receipt = receipt_for(journal, entry_id, profile)    # NoReceipt (with `reason` and a sentence) otherwise
    receipt.to_data() / Receipt.from_data(data)          # the fields as plain JSON values, and back (NotAReceipt)

Everything on a receipt comes from the journal (the entry, its history) and the profile (the merchant key); the
chain hash is the hash of the entry's last event, so `verify` (verify.py) can find that event again and tell
whether the journal still holds exactly this. The destination was masked before it was journalled (BIN and
last four at most); it is scrubbed once more all the same. The gateway's reference is the id its answer gave
(the refund id, the repeat charge's payment id); a payout or a capture has none of its own, so it is the order
id the gateway knows it by.

Times: `at` is the moment the journal recorded the success (UTC, ISO 8601); `at_local` the same moment in the
desk's zone when the receipt was made (ISO with its offset), and `zone` that zone's name, for the reader.
`issued_at` says when the receipt itself was made; it is not the journal's, so it is never compared.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from typing import Any

from ...api.scrub import scrub
from ..journal.interface import JournalStore
from ..journal.model import JournalEntry, JournalEvent
from ..journal.states import Kind, State

VERSION = 1
RECEIPT_KINDS = (Kind.REFUND, Kind.WITHDRAWAL, Kind.CAPTURE, Kind.RECURRENT)
# Keys of a gateway's answer that name what it made, the most telling first.
REFERENCE_KEYS = (("refund_id", "refund id"), ("payment_id", "payment id"), ("transaction_id", "transaction id"),
                  ("transactionId", "transaction id"), ("id", "id"))  # fmt: skip
NOT_COMPARED = frozenset({"version", "issued_at", "at_local", "zone"})  # the receipt's own, not the journal's


class NoReceipt(Exception):
    """This entry gets no receipt. `reason`: "kind" (not a refund, payout, repeat charge or capture) or "state"
    (it has not succeeded); `entry` the entry, for the desk's own words."""

    def __init__(self, reason: str, entry: JournalEntry, sentence: str) -> None:
        super().__init__(sentence)
        self.reason = reason
        self.entry = entry
        self.sentence = sentence


class NotAReceipt(ValueError):
    """What was read is not a SmartPay Desk receipt's data (or a version this program does not know)."""


@dataclass(frozen=True)
class Receipt:
    entry_id: int
    ref: str  # the journal's unique reference of the entry
    kind: str  # Kind: refund, withdrawal, capture, recurrent
    order_id: str  # the order it concerns (a refund's / capture's: the parent's)
    parent_order_id: str  # "" when none
    profile: str
    environment: str
    merchant: str  # the profile's merchant key
    account: str  # "" when the journal has none for it
    operator: str
    at: str  # UTC, ISO 8601: when the journal recorded the success
    amount: int  # minor units
    currency: str
    destination: str  # masked ("card 401200******3010", a phone, an account); "" when not known here
    reference: str  # the gateway's reference
    reference_name: str  # what that reference is ("refund id", "payment id", "order id")
    event_seq: int  # the entry's last event, whose hash is below
    chain_hash: str
    at_local: str = ""  # `at` in the desk's zone, ISO with offset
    zone: str = ""  # that zone's name (CET, Europe/Berlin…)
    issued_at: str = ""  # when this receipt was made (UTC)
    version: int = VERSION

    def to_data(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_data(cls, data: object) -> Receipt:
        """The receipt of `data` (as to_data made it); NotAReceipt when something is missing or of the wrong type."""
        if not isinstance(data, dict):
            raise NotAReceipt("The receipt's data is not a set of fields.")
        if data.get("version") != VERSION:
            raise NotAReceipt(f"The receipt's data is of version {data.get('version')!r}, not {VERSION}.")
        values: dict[str, Any] = {}
        for f in fields(cls):
            value = data.get(f.name)
            wanted = int if f.type == "int" else str
            if not isinstance(value, wanted) or isinstance(value, bool):
                raise NotAReceipt(f"The receipt's field {f.name!r} is missing or not a {wanted.__name__}.")
            values[f.name] = value
        return cls(**values)

    def compared(self) -> dict[str, Any]:
        """The fields that must equal the journal's."""
        return {k: v for k, v in self.to_data().items() if k not in NOT_COMPARED}


def receipt_for(
    journal: JournalStore, entry_id: int, profile: Any, *, others: Any = None, now: datetime | None = None
) -> Receipt:
    """The receipt of journal entry `entry_id` (blocking: reads the journal; run it in a worker). `profile`: the
    profile in front, whose merchant key goes on the receipt when the entry is its own; `others`: where to find
    the entry's profile otherwise (a ProfileStore, or a callable giving it by name: Activity shows every
    profile's entries; without one, or when it has none by that name, the merchant is left empty). KeyError when
    there is no such entry; NoReceipt when it gets none."""
    entry = journal.entry_by_id(entry_id)
    if getattr(profile, "name", None) != entry.profile:
        profile = _profile_named(others, entry.profile)
    merchant = str(getattr(profile, "merchant_key", "") or "")
    return from_entry(journal, entry, journal.events(entry.id), merchant=merchant, now=now)


def _profile_named(others: Any, name: str) -> Any:
    if others is None:
        return None
    if callable(others):
        return others(name)
    try:
        return others.get(name) if name in others else None
    except (KeyError, OSError, ValueError):
        return None


def from_entry(
    journal: JournalStore, entry: JournalEntry, events: list[JournalEvent], *, merchant: str,
    now: datetime | None = None,
) -> Receipt:  # fmt: skip
    """The receipt of `entry` with its history `events` (in order); NoReceipt when it gets none."""
    kind = _kind(entry.kind)
    if kind not in RECEIPT_KINDS:
        words = kind.words if kind is not None else entry.kind
        raise NoReceipt("kind", entry, f"{words.capitalize()}s get no receipt: only refunds, payouts, repeat "
                        "charges and captures do.")  # fmt: skip
    last = events[-1] if events else None
    if entry.state != State.SUCCEEDED or last is None or last.state != State.SUCCEEDED:
        state = State(entry.state).words if entry.state in tuple(State) else entry.state
        raise NoReceipt("state", entry, f"Only a {kind.words} that succeeded gets a receipt: this one is {state}.")
    reference, reference_name = gateway_reference(entry, events)
    at = _utc(last.at)
    local = datetime.fromisoformat(at).astimezone()
    return Receipt(
        entry_id=entry.id, ref=entry.ref, kind=str(kind), order_id=entry.order_id,
        parent_order_id=entry.parent_order_id or "", profile=entry.profile, environment=entry.environment,
        merchant=merchant, account=entry.account or "", operator=entry.operator, at=at, amount=entry.amount or 0,
        currency=entry.currency or "", destination=destination(journal, entry, events), reference=reference,
        reference_name=reference_name, event_seq=last.seq, chain_hash=last.hash,
        at_local=local.isoformat(timespec="seconds"), zone=local.tzname() or "",
        issued_at=(now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds"),
    )  # fmt: skip


def gateway_reference(entry: JournalEntry, events: list[JournalEvent]) -> tuple[str, str]:
    """(the reference the gateway answered, what it is): the id in its latest answer that names one, else the
    order id it knows the operation by."""
    for event in reversed(events):
        answer = event.response if isinstance(event.response, dict) else {}
        for key, name in REFERENCE_KEYS:
            value = answer.get(key)
            if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
                return scrub(str(value)), name
    return entry.order_id, "order id"


def destination(journal: JournalStore, entry: JournalEntry, events: list[JournalEvent]) -> str:
    """Where the money went or came from, masked: the entry's own destination, else the card the gateway's
    answer names (a capture), else the destination of the parent order's entry in this journal (a refund of a
    payment made here); "" when the journal does not know."""
    if entry.destination:
        return scrub(entry.destination)
    for event in reversed(events):
        card = event.response.get("card") if isinstance(event.response, dict) else None
        number = card.get("number") if isinstance(card, dict) else None
        if isinstance(number, str) and number.strip():
            return scrub(f"card {number.strip()}")
    if entry.parent_order_id:
        parent = journal.entry(entry.parent_order_id, profile=entry.profile)
        if parent is not None and parent.id != entry.id and parent.destination:
            return scrub(parent.destination)
    return ""


def _kind(value: str) -> Kind | None:
    try:
        return Kind(value)
    except ValueError:
        return None


def _utc(iso: str) -> str:
    """A journal time as UTC ISO 8601 (the journal writes UTC already; a time without a zone is read as UTC)."""
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")
