"""How one money-moving call is journalled, sent and recorded: the engine under OperationsService.

`Sender.send(intent, call, interpret)`:
  pending (intent + redacted request) → sent → call → succeeded | failed | processing | unknown;
  an unknown outcome is settled by /check (reconcile.settle), an unknown refund goes to needs_review.
Nothing is ever resent. The TEST HOOK points of crashhook.py sit at "before_send" and "after_answer".
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import asdict, dataclass, field, is_dataclass
from typing import Any

from ...api.client import SmartPaymentsClient
from ...api.errors import (
    ApiError,
    BadCredentials,
    ConnectionFailed,
    Declined,
    OutcomeUnknown,
    RequestRejected,
    ValidationFailed,
)
from ...api.models import PaymentResult
from ...api.redact import redact_payload
from ...api.said import Amount, said
from ...api.scrub import Sent, guarded, scrubbing
from ...api.status import Status
from ..journal import owner
from ..journal.errors import JournalUnavailable, NotJournalled
from ..journal.fallback import record_unjournalled
from ..journal.interface import JournalStore
from ..journal.states import Kind, State
from ..journal.store import JournalEntry, current_operator
from ..profiles.profiles import Profile
from . import crashhook
from .guards import money
from .reconcile import NOT_FOUND_GRACE_S, NOT_SENT, interpret_check, refund_review_note, settle
from .words import as_said, outcome

log = logging.getLogger(__name__)
# How many money-moving calls may be on their way at once among the threads that set it (a batch's workers); None:
# no bound beyond the caller's own threads.
CALL_SLOTS: ContextVar[threading.Semaphore | None] = ContextVar("smartpay_call_slots", default=None)
Listener = Callable[[Any], None]
# What an answer means: (state, note). Called with the typed response of the client method.
Interpret = Callable[[Any], tuple[State, str]]


@dataclass
class OperationResult:
    """What the desk shows after an operation: the journal entry's id and state, the typed response (if any),
    and one sentence for the operator."""

    entry_id: int
    order_id: str
    kind: Kind
    state: State
    message: str
    response: Any = None
    error: ApiError | None = None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Intent:
    """What is about to be sent, as the journal records it (the payload is redacted before writing)."""

    kind: Kind
    order_id: str
    payload: dict[str, Any]
    amount: int | None = None
    currency: str | None = None
    account: str | None = None
    destination: str | None = None
    parent_order_id: str | None = None
    note: str = ""  # the intent's own note (what the operator confirmed before it was sent)
    cap: int | None = None  # a refund: what the parent paid (the journal refuses to refund past it, under its lock)
    key: str | None = None  # a follow-up's idempotency key (a batch row's): the journal refuses a second claim under it


class Sender:
    """Journal + client + profile, listeners, and the send pipeline."""

    def __init__(
        self,
        client: SmartPaymentsClient,
        journal: JournalStore,
        profile: Profile,
        operator: str | None = None,
        *,
        settle_deadline_s: float = 20.0,
        settle_first_delay_s: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
        owns_journal: bool = False,
        not_found_grace_s: float = NOT_FOUND_GRACE_S,
        fingerprint_key: bytes | None = None,
    ) -> None:
        self.client = client
        self.fingerprint_key = fingerprint_key  # payout destinations' fingerprints (fingerprint.py); never written
        self.journal = journal
        self.profile = profile
        self.operator = operator or current_operator()
        self.settle_deadline_s = settle_deadline_s
        self.settle_first_delay_s = settle_first_delay_s
        self._sleep = sleep
        self._owns_journal = owns_journal
        self.not_found_grace_s = not_found_grace_s
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def add_listener(self, fn: Callable[[Any], None]) -> None:
        with self._lock:
            self._listeners.append(fn)

    def remove_listener(self, fn: Callable[[Any], None]) -> None:
        with self._lock:
            if fn in self._listeners:
                self._listeners.remove(fn)

    def close(self) -> None:
        """Close the client, and the journal when open_session opened it."""
        self.client.close()
        if self._owns_journal:
            self.journal.close()

    # ---------------------------------------------------------------- the pipeline
    def send(self, intent: Intent, call: Callable[[], Any], interpret: Interpret) -> OperationResult:
        team = four_eyes(self.journal, intent)  # a team journal: what the claim carries there
        entry = self._claim(intent, team)  # a team's policy may write a request instead (ApprovalRequested)
        sent = Sent.of_request(intent.payload)  # masked by value in all that comes back and is written (scrub.py)
        with owner.sending(str(self.journal.path), entry.id), scrubbing(sent):
            try:
                return self._send(entry, intent, guarded(call, sent), interpret)
            finally:
                try:
                    self.journal.release(entry.id)
                except JournalUnavailable:  # the lease ends by itself; never hide the result for it
                    log.warning("journal entry %s could not be released", entry.id)

    def _claim(self, intent: Intent, team: dict[str, Any]) -> JournalEntry:
        return self.journal.record_intent(
            kind=intent.kind,
            order_id=intent.order_id,
            profile=self.profile.name,
            environment=self.profile.environment.value,
            amount=intent.amount,
            currency=intent.currency,
            account=intent.account,
            destination=intent.destination,
            parent_order_id=intent.parent_order_id,
            request=redact_payload(intent.payload),
            note=intent.note,
            operator=self.operator,
            lease_s=self.client.timeouts.deadline + self.settle_deadline_s + 30.0,
            refund_cap=intent.cap,
            key=intent.key,
            **team,
        )

    def _send(
        self, entry: JournalEntry, intent: Intent, call: Callable[[], Any], interpret: Interpret
    ) -> OperationResult:
        self._notify(entry)
        turn = _Turn()  # a place among the calls at once, when the caller bounds them (CALL_SLOTS)
        try:
            entry = self._update(entry, State.SENT, "")  # a journal that fails here refuses: nothing was sent
            if entry.state != State.SENT:  # settled elsewhere meanwhile (a stalled claim a batch's resume marked
                return self.result(entry)  # not sent): it must never be sent now, another attempt may be on its way
            try:
                return self._sent(entry, intent, turn.around(call), interpret)
            except JournalUnavailable as exc:  # after sending: never "nothing was sent"
                raise self._not_journalled(entry, intent, exc) from exc
        finally:
            turn.end()

    def _not_journalled(self, entry: JournalEntry, intent: Intent, exc: JournalUnavailable) -> NotJournalled:
        """Keep what the journal could not take beside it (or say it could not), as an unknown outcome."""
        state, note, extra = exc.unrecorded or (State.UNKNOWN, "", {})
        kept = record_unjournalled(
            self.journal.path, entry, str(state), note=note, request=redact_payload(intent.payload),
            response=extra.get("response"), error=exc,
        )  # fmt: skip
        log.error("journal entry %s: the answer could not be journalled (%s)", entry.id, type(exc).__name__)
        return NotJournalled(kept.sentence)  # not exc.user_message(): that one says nothing was sent

    def _sent(
        self, entry: JournalEntry, intent: Intent, call: Callable[[], Any], interpret: Interpret
    ) -> OperationResult:
        crashhook.crash_point(crashhook.BEFORE_SEND)
        try:
            answer = call()
        except Declined as exc:
            crashhook.crash_point(crashhook.AFTER_ANSWER)
            response = _dump(exc.response) or {}
            if not exc.cascade_errors and intent.kind.creates_order:
                exc.cascade_errors = self._cascade(intent.order_id)
                response["cascadeErrors"] = [redact_payload(asdict(c)) for c in exc.cascade_errors]
            entry = self._update(entry, State.FAILED, _declined_note(exc), response=response)
            return self.result(entry, exc.response, exc)
        except ConnectionFailed as exc:
            crashhook.crash_point(crashhook.AFTER_ANSWER)
            return self.result(self._update(entry, State.FAILED, NOT_SENT), None, exc)
        except ValidationFailed as exc:
            crashhook.crash_point(crashhook.AFTER_ANSWER)
            not_sent = said("not sent: {reason}", reason=exc.user_message())
            return self.result(self._update(entry, State.FAILED, not_sent), None, exc)
        except (BadCredentials, RequestRejected) as exc:
            crashhook.crash_point(crashhook.AFTER_ANSWER)
            refused = said("refused by the gateway, nothing was changed: {reason}", reason=exc.user_message())
            return self.result(self._update(entry, State.FAILED, refused), None, exc)
        except OutcomeUnknown as exc:
            crashhook.crash_point(crashhook.AFTER_ANSWER)
            return self._unknown(entry, exc)
        except Exception as exc:  # anything unforeseen after sending: the outcome is unknown
            log.exception("unexpected error while sending a %s", intent.kind)
            return self._unknown(entry, OutcomeUnknown(said("unexpected {name}", name=type(exc).__name__)))
        crashhook.crash_point(crashhook.AFTER_ANSWER)
        try:
            state, note = interpret(answer)
        except Exception:  # an answer we cannot read is an unknown outcome
            log.exception("could not interpret the answer to a %s", intent.kind)
            state, note = State.UNKNOWN, said("the answer could not be read")
        entry = self._update(entry, state, note, response=_dump(answer))
        if state == State.UNKNOWN:
            return self._unknown(entry, None, answer)
        return self.result(entry, answer)

    def _cascade(self, order_id: str) -> list[Any]:
        """The gates the gateway tried for a declined order (only /check tells them); [] if it cannot say."""
        try:
            return list(self.client.check(order_id).cascadeErrors or [])
        except ApiError:
            return []

    def _unknown(self, entry: JournalEntry, exc: OutcomeUnknown | None, answer: Any = None) -> OperationResult:
        if entry.state != State.UNKNOWN:
            why = exc.user_message() if exc else said("unclear answer")
            entry = self._update(entry, State.UNKNOWN, said("outcome unknown: checking ({why})", why=why))
        if entry.kind == Kind.REFUND:
            entry = self._update(entry, State.NEEDS_REVIEW, refund_review_note(entry))
        else:
            entry = settle(
                self.journal,
                self.client,
                entry,
                deadline_s=self.settle_deadline_s,
                first_delay_s=self.settle_first_delay_s,
                on_change=self._notify,
                sleep=self._sleep,
                not_found_grace_s=self.not_found_grace_s,
            )
        return self.result(entry, answer, exc)

    def settle_entry(self, entry: JournalEntry, deadline_s: float) -> JournalEntry:
        """/check an open entry until it is final or `deadline_s` passes (at least once; a refund goes to review,
        reconcile.settle); listeners are told of each change. Nothing is sent again."""
        return settle(
            self.journal, self.client, entry, deadline_s=deadline_s, first_delay_s=self.settle_first_delay_s,
            on_change=self._notify, sleep=self._sleep, not_found_grace_s=self.not_found_grace_s,
        )  # fmt: skip

    def _update(self, entry: JournalEntry, state: State, note: str, **kw: Any) -> JournalEntry:
        if entry.state == state and entry.note == note and not kw:
            return entry
        try:
            updated = self.journal.update(entry.id, state, note=note, **kw)
        except JournalUnavailable as exc:
            exc.unrecorded = (state, note, kw)  # what could not be written: _not_journalled keeps it
            raise
        except ValueError:  # someone else settled it meanwhile: keep theirs, never fail after sending
            log.warning("journal entry %s was settled elsewhere; %s not recorded", entry.id, state)
            return self.journal.entry_by_id(entry.id)
        self._notify(updated)
        return updated

    def _notify(self, entry: JournalEntry) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for fn in listeners:
            try:
                fn(entry)
            except Exception:  # a listener must never break an operation
                log.exception("operation listener failed")

    # ---------------------------------------------------------------- words
    def result(self, entry: JournalEntry, response: Any = None, error: ApiError | None = None) -> OperationResult:
        state, kind = State(entry.state), Kind(entry.kind)  # the journal writes no other
        words = state.words
        amount = self.money(entry.amount, entry.currency) if entry.amount is not None else None
        note = as_said(entry.note.rstrip(".")) if entry.note and entry.note not in words else None
        message = outcome(as_said(kind.words), entry.order_id, as_said(words), amount=amount,
                          to=entry.destination or None, note=note)  # fmt: skip
        details: dict[str, Any] = {"note": entry.note, "ref": entry.ref, "destination": entry.destination}
        if isinstance(response, PaymentResult) and response.form_url:
            details["form_url"] = response.form_url
        return OperationResult(entry.id, entry.order_id, kind, state, message, response, error, details)

    def money(self, amount: int, currency: str | None = None) -> Amount:
        return money(amount, currency or self.profile.currency)


class _Turn:
    """A place among the gateway calls a caller allows at once (CALL_SLOTS, set in its worker threads: a batch), held
    from just before an entry is marked "sent" until its call returns; the journal work before and after runs
    outside it, so a batch's journal writes never hold a call back. Without CALL_SLOTS it does nothing."""

    def __init__(self) -> None:
        self._slots = CALL_SLOTS.get()
        if self._slots is not None:
            self._slots.acquire()  # a crash while waiting leaves the entry pending: certainly never sent

    def around(self, call: Callable[[], Any]) -> Callable[[], Any]:
        def in_turn() -> Any:
            try:
                return call()
            finally:
                self.end()

        return in_turn

    def end(self) -> None:
        slots, self._slots = self._slots, None
        if slots is not None:
            slots.release()


def four_eyes(journal: Any, intent: Intent) -> dict[str, Any]:
    """On a team journal: what the intent adds to its claim (its destination's fingerprint, the approved request
    it releases). Nothing on the SQLite journal."""
    if not getattr(journal, "four_eyes", False):
        return {}
    from ..team import release

    return release.claim_extras(intent)


# ---------------------------------------------------------------- reading answers


def payment_answer(result: Any) -> tuple[State, str]:
    """PaymentResult / WithdrawalResult: success → succeeded, processing (a challenge, a payment link, a
    payout on its way), anything else unknown (then settled by /check)."""
    status = getattr(result, "status", None)
    if status == Status.SUCCESS:
        return State.SUCCEEDED, ""
    if status == Status.PROCESSING:
        form_url = getattr(result, "form_url", None)
        if form_url:
            return State.PROCESSING, said("waiting for the customer ({url})", url=form_url)
        return State.PROCESSING, said("processing at the gateway")
    return State.UNKNOWN, said("the gateway answered status {status}", status=Status.label(status))


def follow_up_answer(kind: Kind) -> Interpret:
    """Capture / cancel answer (a TransactionInfo): read like a /check of that kind; odd statuses unknown."""

    def interpret(info: Any) -> tuple[State, str]:
        status = getattr(info, "status", None)
        if Status.of(status) is None:
            return State.UNKNOWN, said("the gateway answered status {status}", status=Status.label(status))
        return interpret_check(stand_in(kind), info)

    return interpret


def stand_in(kind: Kind) -> JournalEntry:
    """An entry of that kind, so interpret_check can read a direct answer."""
    return JournalEntry(0, "", "", "", "", kind, "", "", None, None, None, None, None, "", "", "")


def _declined_note(exc: Declined) -> str:
    note = exc.error_message or exc.detail or said("declined")
    if exc.cascade_errors:
        tried = ", ".join(str(getattr(c, "errorCategory", None) or c) for c in exc.cascade_errors)
        return said("{note} (gates tried: {tried})", note=note, tried=tried)
    return note


def _dump(obj: Any) -> dict[str, Any] | None:
    """A typed answer as a journal-safe dict."""
    if obj is None:
        return None
    if is_dataclass(obj) and not isinstance(obj, type):
        return redact_payload(asdict(obj))
    if isinstance(obj, dict):
        return redact_payload(obj)
    return {"answer": str(obj)[:500]}
