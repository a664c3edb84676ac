"""Every error the SmartPayments client raises, in one tree, read top to bottom.

A caller acts on the class, never on a message string:

    ApiError                      anything the client could not turn into a typed answer
    ├── ValidationFailed          our own check refused the input; nothing was sent
    ├── ConnectionFailed          nothing left this machine (refused, DNS, connect timeout): safe to resend
    ├── BadCredentials            the gateway refused the merchant key / secret (HTTP 401/403)
    ├── RequestRejected           the gateway refused the request itself (HTTP 4xx): nothing happened
    │   └── OrderNotFound         HTTP 404 for an order id / task id the gateway does not know
    ├── Declined                  the gateway processed it and said no (status -1 / success false)
    ├── DownloadCancelled         the operator stopped a report download; the partial file was removed
    └── OutcomeUnknown            the request may have been acted on, and we do not know the result
        ├── ResponseTimeout       sent, then no (complete) answer in time, or the connection died mid-answer
        ├── GatewayUnavailable    HTTP 5xx or an HTML error page instead of JSON
        └── MalformedResponse     an answer that is not the documented JSON (truncated, wrong shape)

`OutcomeUnknown` is never retried blindly: a money-moving caller settles it by asking /check.
`sentence` is the one clear sentence the desk shows a finance user for each class.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .said import said


class ApiError(Exception):
    """Base of every client error. `sent` says whether the request may have reached the gateway."""

    sentence: str = said("The gateway call did not complete.")
    sent = True

    def __init__(self, detail: str = "", *, status_code: int | None = None) -> None:
        self.detail = detail
        self.status_code = status_code
        super().__init__(detail or self.sentence)

    def user_message(self) -> str:
        """One sentence for a finance user, with the gateway's own words where they help."""
        if self.detail and self.detail != self.sentence:
            return said("{sentence} ({detail})", sentence=self.sentence, detail=self.detail)
        return self.sentence


class ValidationFailed(ApiError):
    """Input refused before anything was sent. `fields` maps field name → sentence."""

    sentence: str = said("Some fields need attention; nothing was sent.")
    sent = False

    def __init__(self, fields: Mapping[str, str]) -> None:
        self.fields = dict(fields)
        detail = "; ".join(f"{k}: {v}" for k, v in self.fields.items())
        super().__init__(detail)


class ConnectionFailed(ApiError):
    """The connection could not be made; the request never left this machine. Safe to send again."""

    sentence: str = said("Could not reach the gateway; nothing was sent. Check the connection and try again.")
    sent = False


class BadCredentials(ApiError):
    """HTTP 401/403: merchant key or secret refused."""

    sentence: str = said("The gateway refused the merchant key or secret. Check the profile's credentials.")
    sent = False


class RequestRejected(ApiError):
    """HTTP 4xx with an error body: the gateway refused the request and changed nothing.

    `code` is the gateway's error code (e.g. DUPLICATE_ORDER_ID), `fields` any per-field messages.
    """

    sentence: str = said("The gateway rejected the request; nothing was changed.")
    sent = False

    def __init__(
        self,
        detail: str = "",
        *,
        status_code: int | None = None,
        code: str | None = None,
        fields: Mapping[str, str] | None = None,
    ) -> None:
        self.code = code
        self.fields = dict(fields or {})
        super().__init__(detail, status_code=status_code)


class OrderNotFound(RequestRejected):
    """HTTP 404 naming an order (or report task) the gateway does not hold: it never arrived there."""

    sentence: str = said("The gateway has no transaction with that order id.")


class Declined(ApiError):
    """The gateway processed the operation and declined it (status -1 or success false).

    `response` is the typed answer (a PaymentResult, RefundResult, …) so nothing it said is lost.
    """

    sentence: str = said("The gateway declined the operation.")

    def __init__(
        self,
        detail: str = "",
        *,
        response: Any = None,
        error_message: str | None = None,
        cascade_errors: list[Any] | None = None,
        status_code: int | None = None,
    ) -> None:
        self.response = response
        self.error_message = error_message
        self.cascade_errors = list(cascade_errors or [])
        super().__init__(detail or (error_message or ""), status_code=status_code)


class DownloadCancelled(ApiError):
    """A report download was stopped by the operator; nothing was kept."""

    sentence: str = said("The download was cancelled; no file was kept.")
    sent = False


class OutcomeUnknown(ApiError):
    """The request was (or may have been) sent, and no usable answer came back. Settle it with /check."""

    sentence: str = said("The request was sent but no clear answer came back; the outcome is unknown until checked.")


class ResponseTimeout(OutcomeUnknown):
    """Read timeout, overall deadline passed, or the connection dropped after the request was sent."""

    sentence: str = said("The gateway did not answer in time; the outcome is unknown until checked.")


class GatewayUnavailable(OutcomeUnknown):
    """HTTP 5xx or an HTML error page."""

    sentence: str = said("The gateway reported an internal error; the outcome is unknown until checked.")


class MalformedResponse(OutcomeUnknown):
    """The answer was not the documented JSON (truncated, not JSON, wrong types)."""

    sentence: str = said("The gateway's answer could not be read; the outcome is unknown until checked.")
