"""One sentence for each kind of error a finance user may meet; never a stack trace.

`describe_error(exc)` is what every tab shows after a money-moving call; `describe_error(exc, reading=True)`
after a read (a status, a balance, the journal, opening a profile): asking changes nothing, so a read that
got no clear answer is never "unknown until checked", and nothing "was sent".
Per-field sentences of ValidationFailed / RequestRejected / ProfileError (`.fields`) go next to the fields
(widgets.forms.FieldForm); this gives the one line above them.
A gateway error code (a decline's errorMessage, a refusal's `err`) is given as a clerk's sentence with the code
beside it for support (api/gateway_codes.py); a code the desk does not know is shown as the gateway's own code.
"""

from __future__ import annotations

import logging

from ..api import errors
from ..api.gateway_codes import SENTENCES, explain, is_code
from ..api.said import sentence_of
from .i18n import say, tr

log = logging.getLogger("smartpay_desk.ui")

# English sources (tests compare with them); what is shown goes through tr() below (its literal is what
# pyside6-lupdate extracts: keep both the same).
UNEXPECTED = "Something went wrong inside SmartPay Desk: {}. Nothing more was sent."
UNEXPECTED_READING = "Something went wrong inside SmartPay Desk: {}."
VALIDATION = "Some fields need attention (see the red notes); nothing was sent."


def validation_words() -> str:
    """VALIDATION in the desk's language: the line above a form whose fields have red notes."""
    return tr("Some fields need attention (see the red notes); nothing was sent.")


def _reading() -> tuple[tuple[type[errors.ApiError], str], ...]:
    """A read that got no usable answer: nothing changed at the gateway by asking, so it can be asked again."""
    return (
        (errors.ConnectionFailed, tr("Could not reach the gateway. Check the connection and try again.")),
        (errors.ResponseTimeout, tr("The gateway did not answer in time. Asking changes nothing: try again.")),
        (errors.GatewayUnavailable,
         tr("The gateway reported an internal error. Asking changes nothing: try again soon.")),
        (errors.MalformedResponse,
         tr("The gateway's answer could not be read. Asking changes nothing: try again soon.")),
        (errors.OutcomeUnknown, tr("No clear answer came back from the gateway. Asking changes nothing: try again.")),
    )  # fmt: skip


def _services_sentence(exc: BaseException) -> str | None:
    """Errors defined by services (imported lazily: they may pull in the journal)."""
    from ..services.money.guards import DuplicateOrder, GuardRefused

    if isinstance(exc, GuardRefused):
        detail = say(exc.detail).strip()
        if not detail:
            return tr("Refused before sending; nothing was sent.")
        return detail if detail.endswith((".", "!", "?")) else detail + "."
    if isinstance(exc, DuplicateOrder):
        return tr("This order id has already been used from this desk; nothing was sent. Use a new order id.")
    from ..services.journal.errors import JournalConflict, JournalUnavailable, NotJournalled

    if isinstance(exc, JournalUnavailable | JournalConflict | NotJournalled):
        return say(exc.user_message())  # the reason (locked by whom, disk full, read-only) or where the answer was kept
    return None


def _with_detail(sentence: str, detail: str | None) -> str:
    detail = (detail or "").strip()
    if not detail or detail in sentence:
        return sentence
    return tr("{sentence}: {detail}.").format(sentence=sentence.rstrip("."), detail=detail.rstrip("."))


def _declined(exc: errors.Declined) -> str:
    said = (exc.error_message or exc.detail or "").strip()
    if is_code(said):  # "The gateway declined the operation. No payment route … (PLATFORM_ERROR_GATE_NOT_FOUND)"
        return f"{say(errors.Declined.sentence)} {say(explain(said))}"
    return _with_detail(say(errors.Declined.sentence), said)


def _rejected(exc: errors.RequestRejected) -> str:
    """The gateway's refusal: its code as a sentence when the desk knows it, else its own words and its code."""
    words = exc.detail if exc.detail and not exc.detail.startswith("HTTP ") else ""
    code = exc.code or (words if is_code(words) else None)
    if words == code:
        words = ""
    base = say(errors.RequestRejected.sentence)
    if code and code in SENTENCES:
        return f"{base} {say(explain(code))}"
    said = _with_detail(base, words)
    return f"{said} {say(explain(code))}" if code else said


def describe_error(exc: BaseException, *, reading: bool = False) -> str:
    """One clear sentence for the operator; `reading=True` when the call only asked (nothing could move).

    Masked by value (api/scrub.py) as everything written or shown is: a gateway's detail may echo the request."""
    from ..api.scrub import scrub

    return scrub(_describe(exc, reading=reading))


def _describe(exc: BaseException, *, reading: bool) -> str:
    if reading:
        for kind, sentence in _reading():
            if isinstance(exc, kind):
                return sentence
    special = _services_sentence(exc)
    if special is not None:
        return special
    if isinstance(exc, errors.Declined):
        return _declined(exc)
    if isinstance(exc, errors.RequestRejected) and not isinstance(exc, errors.OrderNotFound):
        return _rejected(exc)
    if isinstance(exc, errors.ValidationFailed):
        return validation_words()
    if isinstance(exc, errors.ApiError):
        return say(type(exc).sentence)  # errors.py writes one sentence per class
    from ..services.profiles.profiles import ProfileError
    from ..services.profiles.session import EmbeddedOnly, MissingSecret

    if isinstance(exc, MissingSecret | EmbeddedOnly):
        return say(sentence_of(exc))
    if isinstance(exc, ProfileError):
        return tr("Some fields of the profile need attention (see the red notes); nothing was saved.")
    if isinstance(exc, PermissionError):
        return tr("SmartPay Desk was not allowed to read or write a file there; choose another folder.")
    if isinstance(exc, FileNotFoundError):
        return tr("The file could not be found; it may have been moved or deleted.")
    if isinstance(exc, OSError):
        return tr("A file could not be read or written ({reason}).").format(reason=exc.strerror or type(exc).__name__)
    log.error("unexpected error: %s", type(exc).__name__, exc_info=exc)
    name = type(exc).__name__
    if reading:
        return tr("Something went wrong inside SmartPay Desk: {name}.").format(name=name)
    return tr("Something went wrong inside SmartPay Desk: {name}. Nothing more was sent.").format(name=name)


def error_fields(exc: BaseException) -> dict[str, str]:
    """The per-field sentences an error carries (ValidationFailed, RequestRejected, ProfileError), else {}."""
    fields = getattr(exc, "fields", None)
    return dict(fields) if isinstance(fields, dict) else {}


def is_outcome_unknown(exc: BaseException) -> bool:
    return isinstance(exc, errors.OutcomeUnknown)
