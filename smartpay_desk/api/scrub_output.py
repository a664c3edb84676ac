"""What a command-line program prints, scrubbed: `@scrubbed_output` on its `main`.

While the decorated function runs, sys.stdout and sys.stderr are `ScrubbingStream`s: each line is passed
through `scrub` (scrub.py: registered secrets, credentials, card numbers, and inside a call the CVV and
expiry just sent) before it reaches the real stream, so neither a message the program made from a gateway's
answer nor a journal note printed as it was stored can show what the gateway echoed. They also make any text
printable: a lone surrogate (an undecodable byte of an argument, say) or a control character other than tab
and newline (a terminal escape in an echoed answer) becomes U+FFFD, and a character the stream's encoding
cannot hold becomes "?", so printing never raises.

Text is passed on at each newline and at flush() (input() flushes its prompt), so a value split over
several write() calls of one line is still seen whole. `plain_values()` turns the value masking off for a
block (a command that prints a local file as it is: `smartpay sheet`); the character clean-up stays.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import io
import re
import sys
from collections.abc import Callable, Iterator
from typing import IO, ParamSpec, TypeVar

from .scrub import scrub

P = ParamSpec("P")
R = TypeVar("R")
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_MASKING: contextvars.ContextVar[bool] = contextvars.ContextVar("smartpay_output_masking", default=True)


def printable(text: str, encoding: str | None = None) -> str:
    """`text` with lone surrogates and control characters (but tab and newline) as U+FFFD, and whatever
    `encoding` cannot hold as "?"."""
    text = _UNPRINTABLE.sub("\ufffd", text)
    if encoding:
        try:
            text.encode(encoding)
        except (UnicodeEncodeError, LookupError):
            try:
                text = text.encode(encoding, "replace").decode(encoding, "replace")
            except LookupError:
                text = text.encode("ascii", "replace").decode("ascii")
    return text


class ScrubbingStream(io.TextIOBase):
    """A text stream that scrubs each line (see the module docstring) and writes it to `raw`."""

    def __init__(self, raw: IO[str]) -> None:
        super().__init__()
        self.raw = raw
        self._pending: list[str] = []

    @property
    def encoding(self) -> str:  # type: ignore[override]  # io.TextIOBase declares it as an attribute
        return getattr(self.raw, "encoding", None) or "utf-8"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return bool(getattr(self.raw, "isatty", lambda: False)())

    def fileno(self) -> int:
        return self.raw.fileno()

    def write(self, s: str) -> int:
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        head, newline, tail = s.rpartition("\n")
        if newline:
            self._pending.append(head + newline)
            self._emit()
        if tail:
            self._pending.append(tail)
        return len(s)

    def flush(self) -> None:
        self._emit()
        with contextlib.suppress(ValueError, OSError):  # a raw stream closed meanwhile
            self.raw.flush()

    def _emit(self) -> None:
        if not self._pending:
            return
        text = "".join(self._pending)
        self._pending.clear()
        if _MASKING.get():
            text = scrub(text)
        self.raw.write(printable(text, getattr(self.raw, "encoding", None)))


@contextlib.contextmanager
def plain_values() -> Iterator[None]:
    """Within this block the streams print values as they are (only the character clean-up applies)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, ScrubbingStream):
            stream.flush()
    token = _MASKING.set(False)
    try:
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            if isinstance(stream, ScrubbingStream):
                stream.flush()
        _MASKING.reset(token)


def scrubbed_output(main: Callable[P, R]) -> Callable[P, R]:
    """Run `main` with sys.stdout and sys.stderr scrubbed (ScrubbingStream); both are put back after."""

    @functools.wraps(main)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        out, err = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = ScrubbingStream(out), ScrubbingStream(err)
        try:
            return main(*args, **kwargs)
        finally:
            for stream in (sys.stdout, sys.stderr):
                if isinstance(stream, ScrubbingStream):
                    stream.flush()
            sys.stdout, sys.stderr = out, err

    return run
