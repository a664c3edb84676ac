"""What the core says, kept in a form the desk can say again in the clerk's language.

The core never imports Qt, so it cannot translate. It says what it means in English, and keeps the template
and its values beside the words:

    raise GuardRefused(said("{amount} is more than the {left} left to refund.", amount=money(…), left=money(…)))
    text = said("The journal is locked by another desk.")       # a sentence without values
    str(text)           # the English words, as always: the CLI, the logs, the journal's notes, the tests
    text.template       # "{amount} is more than …": the catalogue's key (scripts/translations finds said("…"))
    text.values         # {"amount": Amount("12.50 EUR"), …}

A `Said` is a str (its English words), so everything that stores, compares, logs or prints it is unchanged.
The desk (ui/i18n.say) looks the template up in its catalogue and fills in the values, each said again: a
value may be a sentence itself, an `Amount` is written in the clerk's locale ("12,50 €"), a `Moment` in the
clerk's words and time zone. Anything that makes a new str of it (an f-string, `+`, `str()`, `str(exc)`) keeps
the English only; say `sentence_of(exc)` for an exception raised with a Said.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Said(str):
    """English words that remember the template and values they were made from."""

    template: str
    values: Mapping[str, Any]

    def __new__(cls, template: str, values: Mapping[str, Any] | None = None) -> Said:
        values = dict(values or {})
        self = super().__new__(cls, template.format_map(values) if values else template)
        self.template = template
        self.values = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickled (a worker process's answer) as a Said again
        return (Said, (self.template, dict(self.values)))


def said(template: str, /, **values: Any) -> Said:
    """A sentence: `template` (English, with {named} places) filled with `values`. The desk's catalogue holds
    `template`'s translation (pyside6-lupdate reads said("…") as tr("…"): scripts/translations)."""
    return Said(template, values)


class Amount(str):
    """An amount as the core writes it ("12.50 EUR"), which the desk writes again in the clerk's locale."""

    minor: int
    currency: str

    def __new__(cls, words: str, minor: int, currency: str) -> Amount:
        self = super().__new__(cls, words)
        self.minor = minor
        self.currency = currency
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Amount, (str(self), self.minor, self.currency))


class Moment(str):
    """A time as the core writes it ("2025-06-01 12:00:03 UTC"), which the desk writes again in the clerk's
    language and time zone; `iso` is the instant (ISO 8601)."""

    iso: str

    def __new__(cls, words: str, iso: str) -> Moment:
        self = super().__new__(cls, words)
        self.iso = iso
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Moment, (str(self), self.iso))


def sentence_of(error: BaseException) -> str:
    """The sentence an exception was raised with: the Said itself when it was one (str(error) keeps the
    English only), else str(error)."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Said) else str(error)
