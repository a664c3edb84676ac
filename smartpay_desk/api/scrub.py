"""`scrub`: the one function every writer calls before a text reaches the journal, a log, an export, the screen
or standard output (DESIGN.md, "What the gateway says back").

A gateway, or a proxy in front of it, may copy the request into an error message: the Authorization header,
the merchant key and secret, the card number, CVV and expiry. Masking known fields is not enough; known
*values* are masked wherever they appear.

    scrub(text, sent=None) -> str                 a text safe to write or show
    scrub_payload(obj, sent=None) -> dict         a request or answer body, masked by key and by value
    scrub_error(exc, sent=None)                   an error's texts (detail, args, answer) scrubbed in place
    with scrubbing(Sent.of_request(payload)):     the call's values apply to every scrub in this context
    Sent.of_request(payload, credentials=...)     the values of the call being made

`sent=None` means the values set by the innermost `scrubbing(...)` of this thread (none outside a call).
What is masked, in this order:
 1. secrets by value: every registered one (`add_secret`: the profile's secret, registered when its session
    opens) and the Sent's (secret, Apple Pay token), also URL- or JSON-escaped → ***; any base64 token that
    decodes to a text holding one of them (the Basic form of "merchantKey:secret") → ***;
 2. Authorization header values → "Basic ***"; a bare "Basic <base64 of key:secret>" → "Basic ***";
 3. values of keys named *cvv / *cvc / *secret / *password / apple_pay_dpan → ***, *exp_month / *exp_year → **
    ("key": "value", key=value, 'key': 'value');
 4. the card number just sent, with any single space, dot, dash or slash between digits → BIN + last four;
 5. the CVV just sent, as a whole token only: the same 3–4 digits with no letter, digit, "_" or "*" right
    before or after, and not part of a decimal number → ***. "cvv 737", "[737]", ": 737," lose it; 1737, 7370,
    7.37, 737.50, 12.737 and a masked card's digits keep theirs;
 6. the expiry just sent, as a whole token: MM/YY, MM/YYYY, M/YY (a month below 10 without its zero), MM-YY,
    MM.YY, YYYY-MM, YYYY/MM, spaces allowed around the separator → **/**; not inside a longer date
    (2030-12-01, 12/30/2024) or number. A bare month or year (12, 2030) is left alone: it is in every text,
    and the keys exp_month / exp_year are masked by rule 3 whatever their value;
 7. card numbers in general: any 13–19 digit run, spaces or dashes between groups, passing Luhn → BIN + last
    four (luhn.py).
Scrubbing is idempotent (scrub(scrub(x)) == scrub(x)) and total (any str, any length, never raises).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import contextvars
import copy
import dataclasses
import functools
import json
import re
import threading
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cached_property
from typing import Any, TypeVar

from .luhn import mask_cards, mask_pan

T = TypeVar("T")
MIN_SECRET = 4
"""Secrets shorter than this are not searched for in text (they would blank out ordinary words)."""

_SECRETS: set[str] = set()
_FROZEN: frozenset[str] = frozenset()  # _SECRETS as it stands, read without the lock
_LOCK = threading.Lock()
_CURRENT: contextvars.ContextVar[Sent | None] = contextvars.ContextVar("smartpay_scrub_sent", default=None)

_KEY_VALUE = re.compile(
    r"""(?ix)
    ( ["']? \b (\w*(?:cvv2?|cvc2?|exp_month|exp_year|secret|password|apple_pay_dpan)) \b ["']? \s* [:=] \s* )
    ( "[^"]*" | '[^']*' | [^\s,;&}\])'"]+ )      # "card_cvv": "123" / cvv=123 / 'card_exp_year': '29'
    """
)
_KEY_WORDS = ("cvv", "cvc", "exp_month", "exp_year", "secret", "password", "apple_pay_dpan")  # a fast test first
_AUTH_WORDS = ("basic", "bearer", "digest")  # _AUTH_HEADER and _BASIC need one of them
_AUTH_HEADER = re.compile(r"(?i)(authorization\W{0,8}?)(basic|bearer|digest)(\s+)([^\s\"',;)\]}]+)")
_BASIC = re.compile(r"(?i)\b(basic\s+)([A-Za-z0-9+/]{6,}={0,2})(?![A-Za-z0-9+/=])")
_B64_TOKEN = re.compile(r"[A-Za-z0-9+/_-]{8,}={0,2}")
_CARD_KEYS = frozenset({"card_number", "customer_card_number", "pan"})
_SECRET_WORDS = ("secret", "password", "authorization")


# ---------------------------------------------------------------- what is secret


def add_secret(secret: str) -> None:
    """Register a secret (a merchant secret, say): every later scrub, in any thread, replaces it with ***."""
    global _FROZEN
    if isinstance(secret, str) and len(secret) >= MIN_SECRET:
        with _LOCK:
            _SECRETS.add(secret)
            _FROZEN = frozenset(_SECRETS)


def discard_secret(secret: str) -> None:
    global _FROZEN
    with _LOCK:
        _SECRETS.discard(secret)
        _FROZEN = frozenset(_SECRETS)


def registered() -> list[str]:
    return list(_FROZEN)


@dataclasses.dataclass(frozen=True)
class Sent:
    """The values of the call being made: masked by value in whatever comes back (and anything written
    while the call runs, inside `scrubbing(sent)`). Registered secrets are masked always, Sent or not."""

    card_numbers: tuple[str, ...] = ()
    cvv: str | None = None
    exp_month: str | None = None
    exp_year: str | None = None
    secrets: tuple[str, ...] = ()

    @classmethod
    def of_request(cls, payload: Mapping[str, Any], *, credentials: tuple[str, str] | None = None) -> Sent:
        """From a request body as sent (card_number / customer_card_number, card_cvv, the expiry keys,
        apple_pay_dpan); `credentials` (merchant key, secret) adds the secret and its Basic form."""

        def text(*keys: str) -> str | None:
            for key in keys:
                value = payload.get(key)
                if isinstance(value, str) and value.strip():
                    return value.strip()
            return None

        numbers = tuple(n for n in (text("card_number"), text("customer_card_number")) if n)
        secrets = [s for s in (text("apple_pay_dpan"),) if s]
        if credentials is not None:
            key, secret = credentials
            secrets += [secret, base64.b64encode(f"{key}:{secret}".encode()).decode()]
        return cls(
            card_numbers=numbers,
            cvv=text("card_cvv", "cvv"),
            exp_month=text("card_exp_month", "customer_card_exp_month"),
            exp_year=text("card_exp_year", "customer_card_exp_year"),
            secrets=tuple(secrets),
        )

    @cached_property
    def _patterns(self) -> list[tuple[re.Pattern[str], str]]:
        """(pattern, what replaces it) for each value of the call that is masked by value."""
        found: list[tuple[re.Pattern[str], str]] = []
        for number in self.card_numbers:
            digits = "".join(ch for ch in number if ch.isdigit() and ch.isascii())
            if len(digits) >= 12:
                spaced = r"[\s./-]?".join(digits)
                masked = mask_pan(digits) or "***"
                found.append((re.compile(rf"(?<![0-9]){spaced}(?![0-9])"), masked))
        if self.cvv and re.fullmatch(r"[0-9]{3,4}", self.cvv):
            found.append((re.compile(rf"(?<![\w*])(?<![0-9][.,]){self.cvv}(?![\w*])(?![.,][0-9])"), "***"))
        month, year = self.exp_month or "", self.exp_year or ""
        if re.fullmatch(r"0?[1-9]|1[0-2]", month) and re.fullmatch(r"[0-9]{2}|[0-9]{4}", year):
            m = f"0?{int(month)}" if int(month) < 10 else month
            full = year if len(year) == 4 else f"20{year}"
            sep = r"\s*[/.-]\s*"
            form = rf"(?<![\w*/.-])(?:{m}{sep}(?:{full}|{full[2:]})|{full}{sep}{m})(?![\w*/-])(?![.,][0-9])"
            found.append((re.compile(form), "**/**"))
        return found


@contextlib.contextmanager
def scrubbing(sent: Sent) -> Iterator[Sent]:
    """Within this block (this thread, or a context copied from it), `scrub(x)` masks `sent`'s values too."""
    token = _CURRENT.set(sent)
    try:
        yield sent
    finally:
        _CURRENT.reset(token)


def current() -> Sent | None:
    """The Sent of the innermost `scrubbing` block, if any."""
    return _CURRENT.get()


# ---------------------------------------------------------------- text


def _secret_forms(sent: Sent | None) -> tuple[str, ...]:
    return _forms(_FROZEN.union(sent.secrets) if sent and sent.secrets else _FROZEN)


@functools.lru_cache(maxsize=64)
def _forms(values: frozenset[str]) -> tuple[str, ...]:
    """Each secret as it may be written: as it is, URL-escaped, JSON-escaped; the longest first."""
    forms: set[str] = set()
    for value in values:
        if isinstance(value, str) and len(value) >= MIN_SECRET:
            forms |= {value, urllib.parse.quote(value, safe=""), json.dumps(value)[1:-1]}
    return tuple(sorted(forms, key=len, reverse=True))


def _hides_secret(token: str, needles: list[bytes]) -> bool:
    """Does a base64 (or base64url) token decode to bytes holding a secret?"""
    body = token.rstrip("=").replace("-", "+").replace("_", "/")
    if len(body) % 4 == 1:
        return False
    try:
        decoded = base64.b64decode(body + "=" * (-len(body) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False
    return any(needle in decoded for needle in needles)


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


def scrub(text: Any, sent: Sent | None = None, *, secrets: Iterable[str] = ()) -> str:
    """`text` (anything: made a str) with secrets, credentials, card numbers and the call's CVV and expiry
    masked (the rules in the module docstring). `sent`: the call's values; None → `current()`.
    `secrets`: more values to mask, for this text only."""
    if not isinstance(text, str):
        try:
            text = str(text)
        except Exception:  # a __str__ that raises, an int too long to print: never the value, never a crash
            text = f"<{type(text).__name__}>"
    sent = sent if sent is not None else _CURRENT.get()
    extra = [s for s in secrets if isinstance(s, str) and len(s) >= MIN_SECRET]
    if extra:
        sent = dataclasses.replace(sent or Sent(), secrets=(*(sent.secrets if sent else ()), *extra))
    forms = _secret_forms(sent)
    if forms:
        needles = [form.encode("utf-8", "surrogatepass") for form in forms]
        text = _B64_TOKEN.sub(lambda m: "***" if _hides_secret(m.group(), needles) else m.group(), text)
        for form in forms:
            text = text.replace(form, "***")
    low = text.lower()
    if any(word in low for word in _AUTH_WORDS):
        text = _AUTH_HEADER.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}***", text)
        text = _BASIC.sub(_basic_value, text)
    if any(word in low for word in _KEY_WORDS):
        text = _KEY_VALUE.sub(_key_value, text)
    for pattern, masked in sent._patterns if sent else ():
        text = pattern.sub(masked, text)  # masks hold no backslash: "401200******3010", "***", "**/**"
    return mask_cards(text)


# ---------------------------------------------------------------- payloads and answers


def _keeps_text(key: str) -> bool:
    """Identifiers and dates stay as they are (a numeric order id is not a card; validation refuses one
    that looks like a card)."""
    return key == "id" or key.endswith("id") or "date" in key or "time" in key


def _masked_card(value: Any) -> Any:
    if value is None or value == "":
        return value
    text = str(value)
    return text if "*" in text else mask_pan(text)


def _entry(key: str, value: Any, sent: Sent | None) -> tuple[bool, Any]:
    """(keep the key?, the masked value)."""
    k = key.lower()
    if k.endswith(("cvv", "cvc", "cvv2", "cvc2")):
        return False, None
    if any(word in k for word in _SECRET_WORDS) or k == "apple_pay_dpan":
        return True, "***"
    if k in _CARD_KEYS:
        return True, _masked_card(value)
    if k.startswith(("card_exp_", "customer_card_exp_")):
        return True, "**"
    if isinstance(value, str):
        return True, value if _keeps_text(k) else scrub(value, sent)
    return True, _walk(value, sent)


def _walk(value: Any, sent: Sent | None) -> Any:
    if isinstance(value, Mapping):
        return scrub_payload(value, sent)
    if isinstance(value, list | tuple):
        return [_walk(v, sent) for v in value]
    if isinstance(value, str):
        return scrub(value, sent)
    return copy.deepcopy(value)


def scrub_payload(payload: Mapping[str, Any], sent: Sent | None = None) -> dict[str, Any]:
    """A deep copy of a request or answer body, safe for the journal and logs: card numbers masked, CVVs
    removed, expiry "**", Apple Pay token and any secret / password / authorization "***", and every other
    text (but identifiers and dates) scrubbed."""
    sent = sent if sent is not None else _CURRENT.get()
    out: dict[str, Any] = {}
    for key, value in payload.items():
        keep, masked = _entry(str(key), value, sent)
        if keep:
            out[key] = masked
    return out


def scrub_object(value: Any, sent: Sent | None = None) -> Any:
    """A copy of a typed answer (dataclasses, lists, dicts, texts) with every text scrubbed."""
    if isinstance(value, str):
        return scrub(value, sent)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: scrub_object(getattr(value, f.name), sent) for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    if isinstance(value, list | tuple):
        return type(value)(scrub_object(v, sent) for v in value)
    if isinstance(value, dict):
        return {k: scrub_object(v, sent) for k, v in value.items()}
    return value


def scrub_error(exc: BaseException, sent: Sent | None = None) -> BaseException:
    """Scrub an error's texts in place (its message, `detail`, `error_message`, `fields`, the typed `response`
    and `cascade_errors` it carries), so whoever shows it later (the desk, the CLI, a log) shows them masked."""
    sent = sent if sent is not None else _CURRENT.get()
    exc.args = tuple(scrub(a, sent) if isinstance(a, str) else a for a in exc.args)
    for name in ("detail", "error_message"):
        value = getattr(exc, name, None)
        if isinstance(value, str):
            setattr(exc, name, scrub(value, sent))
    fields = getattr(exc, "fields", None)
    if isinstance(fields, dict):
        setattr(exc, "fields", {k: scrub(v, sent) if isinstance(v, str) else v for k, v in fields.items()})  # noqa: B010
    for name in ("response", "cascade_errors"):
        if getattr(exc, name, None) is not None:
            setattr(exc, name, scrub_object(getattr(exc, name), sent))
    return exc


def guarded(call: Callable[[], T], sent: Sent | None = None) -> Callable[[], T]:
    """`call`, with any exception it raises scrubbed (scrub_error) before anyone reads it."""

    def run() -> T:
        try:
            return call()
        except Exception as exc:
            scrub_error(exc, sent)
            raise

    return run
