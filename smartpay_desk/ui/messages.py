"""One sentence for each kind of error a finance user may meet; never a stack trace.

`describe_error(exc)` is what every tab shows. Per-field sentences of ValidationFailed / RequestRejected /
ProfileError (`.fields`) go next to the fields (widgets.forms.FieldForm); this gives the one line above them.
"""

from __future__ import annotations

import logging

from ..api import errors

log = logging.getLogger("smartpay_desk.ui")

UNEXPECTED = "Something went wrong inside SmartPay Desk: {}. Nothing more was sent."

VALIDATION = "Some fields need attention (see the red notes); nothing was sent."


def _services_sentence(exc: BaseException) -> str | None:
    """Errors defined by services (imported lazily: they may pull in the journal)."""
    from ..services.journal.states import DuplicateOrder, GuardRefused

    if isinstance(exc, GuardRefused):
        detail = exc.detail.strip()
        if not detail:
            return "Refused before sending; nothing was sent."
        return detail if detail.endswith((".", "!", "?")) else detail + "."
    if isinstance(exc, DuplicateOrder):
        return "This order id has already been used from this desk; nothing was sent. Use a new order id."
    return None


def _with_detail(sentence: str, detail: str | None) -> str:
    detail = (detail or "").strip()
    if not detail or detail in sentence:
        return sentence
    return f"{sentence.rstrip('.')}: {detail.rstrip('.')}."


def describe_error(exc: BaseException) -> str:
    """One clear sentence for the operator."""
    special = _services_sentence(exc)
    if special is not None:
        return special
    if isinstance(exc, errors.Declined):
        return _with_detail("The gateway declined the operation.", exc.error_message or exc.detail)
    if isinstance(exc, errors.RequestRejected) and not isinstance(exc, errors.OrderNotFound):
        words = exc.detail if exc.detail and not exc.detail.startswith("HTTP ") else exc.code
        return _with_detail("The gateway rejected the request; nothing was changed.", words)
    if isinstance(exc, errors.ValidationFailed):
        return VALIDATION
    if isinstance(exc, errors.ApiError):
        return type(exc).sentence  # errors.py writes one sentence per class
    from ..services.profiles.profiles import ProfileError

    if isinstance(exc, ProfileError):
        return "Some fields of the profile need attention (see the red notes); nothing was saved."
    if isinstance(exc, PermissionError):
        return "SmartPay Desk was not allowed to read or write a file there; choose another folder."
    if isinstance(exc, FileNotFoundError):
        return "The file could not be found; it may have been moved or deleted."
    if isinstance(exc, OSError):
        return f"A file could not be read or written ({exc.strerror or type(exc).__name__})."
    log.error("unexpected error: %s", type(exc).__name__, exc_info=exc)
    return UNEXPECTED.format(type(exc).__name__)


def error_fields(exc: BaseException) -> dict[str, str]:
    """The per-field sentences an error carries (ValidationFailed, RequestRejected, ProfileError), else {}."""
    fields = getattr(exc, "fields", None)
    return dict(fields) if isinstance(fields, dict) else {}


def is_outcome_unknown(exc: BaseException) -> bool:
    return isinstance(exc, errors.OutcomeUnknown)
