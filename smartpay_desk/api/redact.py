"""Keep card data and secrets out of logs, the journal and exported files.

`redact_text` cleans free text (log lines, error details), `redact_payload` a request or response body
before it is stored, and `RedactingFilter` every log record, once `install_log_redaction()` has run.

What counts as a card number in text: 13 to 19 digits, optionally split by single spaces or dashes, that
pass the Luhn check. Such a run becomes BIN + last four (401200******3010). A long number that is not a
card (a 13-digit timestamp, say) is masked too when its checksum happens to pass: in a log, losing a
number is better than keeping a card.
"""

from __future__ import annotations

import base64
import binascii
import copy
import itertools
import logging
import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any

from .models import mask_pan

MIN_SECRET = 4
"""Secrets shorter than this are not searched for in text (they would blank out ordinary words)."""

_SECRETS: set[str] = set()
_LOCK = threading.Lock()

_DIGIT_RUN = re.compile(r"[0-9]+(?:[ -][0-9]+)*")
_CHUNK = re.compile(r"[0-9]+")
_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)  # Luhn: a doubled digit's contribution
_KEY_VALUE = re.compile(
    r"""(?ix)
    ( ["']? \b (\w*(?:cvv2?|cvc2?|exp_month|exp_year|secret|password|apple_pay_dpan)) \b ["']? \s* [:=] \s* )
    ( "[^"]*" | '[^']*' | [^\s,;&}\])'"]+ )      # "card_cvv": "123" / cvv=123 / 'card_exp_year': '29'
    """
)
_AUTH_HEADER = re.compile(r"(?i)(authorization\W{0,8}?)(basic|bearer|digest)(\s+)([^\s\"',;)\]}]+)")
_BASIC = re.compile(r"(?i)\b(basic\s+)([A-Za-z0-9+/]{6,}={0,2})(?![A-Za-z0-9+/=])")

_CARD_KEYS = frozenset({"card_number", "customer_card_number", "pan"})
_SECRET_WORDS = ("secret", "password", "authorization")


def add_secret(secret: str) -> None:
    """Register a secret (a merchant secret, say): every later `redact_text` replaces it with ***."""
    if isinstance(secret, str) and len(secret) >= MIN_SECRET:
        with _LOCK:
            _SECRETS.add(secret)


def discard_secret(secret: str) -> None:
    with _LOCK:
        _SECRETS.discard(secret)


def _registered() -> list[str]:
    with _LOCK:
        return list(_SECRETS)


# ---------------------------------------------------------------- text


def _mask_cards(text: str) -> str:
    """Mask card numbers until none is left: a mask's own BIN or last four digits, next to other digits,
    can form a new Luhn-valid run, and that is masked too (so redacting twice changes nothing)."""
    while True:
        masked = _mask_pass(text)
        if masked == text:
            return text
        text = masked


def _mask_pass(text: str) -> str:
    """Mask every span of digit chunks (13–19 digits in all) that passes Luhn, longest span first.

    Luhn sums come from two prefix sums over the run's digits (one per parity of the last digit), so each
    candidate span costs O(1) even in a long run of short chunks."""
    pieces: list[str] = []
    pos = 0
    for run in _DIGIT_RUN.finditer(text):
        digits = run.group().replace(" ", "").replace("-", "")
        if len(digits) < 13:
            continue
        chunks = [(m.start() + run.start(), m.end() + run.start()) for m in _CHUNK.finditer(run.group())]
        ends = list(itertools.accumulate(end - start for start, end in chunks))
        starts = [0, *ends[:-1]]
        sums: tuple[list[int], list[int]] = ([0], [0])  # sums[p][k]: digits before k, plain where k % 2 == p
        for k, ch in enumerate(digits):
            d = ord(ch) - 48
            sums[0].append(sums[0][-1] + (d if k % 2 == 0 else _DOUBLED[d]))
            sums[1].append(sums[1][-1] + (_DOUBLED[d] if k % 2 == 0 else d))
        i = 0
        while i < len(chunks):
            best = -1
            for j in range(i, len(chunks)):
                length = ends[j] - starts[i]
                if length > 19:
                    break
                parity = (ends[j] - 1) % 2  # the last digit is never doubled
                if length >= 13 and (sums[parity][ends[j]] - sums[parity][starts[i]]) % 10 == 0:
                    best = j
            if best < 0:
                i += 1
                continue
            pieces.append(text[pos : chunks[i][0]])
            pieces.append(mask_pan(digits[starts[i] : ends[best]]) or "")
            pos = chunks[best][1]
            i = best + 1
    pieces.append(text[pos:])
    return "".join(pieces)


def luhn_ok(number: str) -> bool:
    """The Luhn checksum of a digit string (False for anything that is not one)."""
    if not isinstance(number, str) or not number.isascii() or not number.isdigit() or len(number) < 2:
        return False
    total = 0
    for i, ch in enumerate(reversed(number)):
        digit = int(ch)
        if i % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def _key_value(match: re.Match[str]) -> str:
    value = match.group(3)
    quote = value[0] if value[:1] in ("'", '"') else ""
    stars = "**" if match.group(2).lower().endswith(("exp_month", "exp_year")) else "***"
    return f"{match.group(1)}{quote}{stars}{quote}"


def _basic_value(match: re.Match[str]) -> str:
    token = match.group(2)
    try:
        decoded = base64.b64decode(token + "=" * (-len(token) % 4), validate=True)
    except (binascii.Error, ValueError):
        return match.group(0)
    return f"{match.group(1)}***" if b":" in decoded else match.group(0)


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """Text safe to log: the given and registered secrets → ***, Authorization values → "Basic ***",
    the values of cvv / secret / password / apple_pay_dpan keys → ***, of card_exp_* keys → **,
    card numbers → BIN + last four."""
    if not isinstance(text, str):
        text = str(text)
    for secret in sorted({*secrets, *_registered()}, key=len, reverse=True):
        if isinstance(secret, str) and len(secret) >= MIN_SECRET:
            text = text.replace(secret, "***")
    text = _AUTH_HEADER.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}***", text)
    text = _BASIC.sub(_basic_value, text)
    text = _KEY_VALUE.sub(_key_value, text)
    return _mask_cards(text)


# ---------------------------------------------------------------- payloads


def _keeps_text(key: str) -> bool:
    """Identifiers and dates stay as they are (a numeric order id is not a card)."""
    return key == "id" or key.endswith("id") or "date" in key or "time" in key


def _masked_card(value: Any) -> Any:
    if value is None or value == "":
        return value
    text = str(value)
    return text if "*" in text else mask_pan(text)


def _redact(key: str, value: Any) -> tuple[bool, Any]:
    """(keep the key?, the redacted value)."""
    k = key.lower()
    if k.endswith(("cvv", "cvc", "cvv2", "cvc2")):
        return False, None
    if any(word in k for word in _SECRET_WORDS):
        return True, "***"
    if k in _CARD_KEYS:
        return True, _masked_card(value)
    if k.startswith(("card_exp_", "customer_card_exp_")):
        return True, "**"
    if k == "apple_pay_dpan":
        return True, "***"
    if isinstance(value, str):
        return True, value if _keeps_text(k) else redact_text(value)
    return True, _walk(value)


def _walk(value: Any) -> Any:
    if isinstance(value, Mapping):
        return redact_payload(value)
    if isinstance(value, list | tuple):
        return [_walk(v) for v in value]
    if isinstance(value, str):
        return redact_text(value)
    return copy.deepcopy(value)


def redact_payload(payload: Mapping[str, Any]) -> dict[str, Any]:
    """A deep copy of a request or response body that is safe for the journal and logs: card numbers
    masked, CVVs removed, expiry "**", Apple Pay token and any secret/password/authorization "***"."""
    out: dict[str, Any] = {}
    for key, value in payload.items():
        keep, redacted = _redact(str(key), value)
        if keep:
            out[key] = redacted
    return out


# ---------------------------------------------------------------- logging


class RedactingFilter(logging.Filter):
    """Rewrites every record's message (arguments merged in), exception text and stack with redact_text."""

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
        record.msg = redact_text(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_text(record.stack_info)
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
