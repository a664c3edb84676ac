"""Keep card data and secrets out of logs, the journal and exported files: the older names of scrub.py, and
the log filter.

`redact_text` cleans free text (log lines, error details), `redact_payload` a request or response body
before it is stored, and `RedactingFilter` every log record, once `install_log_redaction()` has run. All of
them are `scrub` (scrub.py): registered secrets, credentials, card numbers (Luhn, luhn.py) and, inside a call
(`scrubbing(sent)`), the CVV and expiry just sent, by value, wherever they appear.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from .luhn import luhn_ok as luhn_ok  # re-exported: checks.py and callers import it from here
from .scrub import MIN_SECRET as MIN_SECRET
from .scrub import add_secret as add_secret
from .scrub import discard_secret as discard_secret
from .scrub import scrub, scrub_payload

__all__ = [
    "MIN_SECRET",
    "RedactingFilter",
    "add_secret",
    "discard_secret",
    "install_log_redaction",
    "luhn_ok",
    "redact_payload",
    "redact_text",
]


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """Text safe to log: `scrub(text)`, with `secrets` masked too."""
    return scrub(text, secrets=secrets)


def redact_payload(payload: Mapping[str, Any]) -> dict[str, Any]:
    """A deep copy of a request or response body that is safe for the journal and logs: `scrub_payload`."""
    return scrub_payload(payload)


# ---------------------------------------------------------------- logging


class RedactingFilter(logging.Filter):
    """Rewrites every record's message (arguments merged in), exception text and stack with scrub."""

    @staticmethod
    def add_secret(secret: str) -> None:
        add_secret(secret)

    @staticmethod
    def discard_secret(secret: str) -> None:
        discard_secret(secret)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not leak its arguments unredacted
            message = f"{record.msg} {record.args}"
        record.msg = scrub(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


_FILTER = RedactingFilter()
_LOGGERS = ("smartpay_desk", "httpx", "httpcore")


def install_log_redaction() -> RedactingFilter:
    """Attach the filter to the root logger's handlers and to the smartpay_desk, httpx and httpcore loggers
    (and their children that exist now). Safe to call again, e.g. after adding a handler."""
    targets: list[logging.Logger | logging.Handler] = list(logging.getLogger().handlers)
    targets += [logging.getLogger(name) for name in _LOGGERS]
    for name, logger in list(logging.Logger.manager.loggerDict.items()):
        if isinstance(logger, logging.Logger) and name.startswith(tuple(f"{n}." for n in _LOGGERS)):
            targets.append(logger)
    for target in targets:
        if _FILTER not in target.filters:
            target.addFilter(_FILTER)
    return _FILTER
