"""Words the journal kept in English, said again in the desk's language (ui/i18n.say's last resort).

A journal note or an event's note is the English a sentence of the core made (api/said.py): the journal keeps
words, not templates (a note is part of its entry's chain hash, and the CLI and the exports read it as written).
To show such a note in German its template is found again among the catalogue's sources with places
(resources/translations/<catalogue>.places.json, which `scripts/translations build` writes beside the .qm): a note
is tried against the templates whose longest fixed part it contains, the most specific first, and the values found
are said again (an amount "12.50 EUR" in the locale, a value that is a sentence itself, translated). An id, a
number or a row (TIGHT) holds no space, so a short template cannot swallow the rest of a longer note. A template
of glue alone ("{first}; {more}", "{sentence} ({detail})": fewer than GLUE letters of its own) is taken only when
every value with words in it is itself known (a detail excepted: the gateway's or the network's own words). A note
no template matches is shown as it is: never a wrong translation, at worst the English.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from ..api.said import Amount, Said
from ..resources_path import resources_root

log = logging.getLogger("smartpay_desk.ui")

PLACE = re.compile(r"\{([a-z_]+)\}")  # a template's place; one with a format spec ({count:,}) is not matched
SPEC = re.compile(r"\{[a-z_]*[:!][^}]*\}")
TIGHT = frozenset({"order_id", "id", "ref", "row", "count", "number", "code", "currency", "entry", "request"})
AMOUNT = re.compile(r"(\d+(?:\.\d+)?) ([A-Z]{3})")  # services/money/words.money's words: "12.50 EUR"
WORD, ANY = r"\S+?", r".+?"  # what a TIGHT place holds; what any other holds
MAX_TEXT = 600  # characters: the longest note looked into (the desk's own are under 400)
MAX_DEPTH = 1  # a note and the sentences inside it, no deeper (each level multiplies the patterns tried)
MIN_FIXED = 2  # a template's longest fixed part at least this long: "{a}{b}" would match anything
GLUE = 4  # a template with fewer letters of its own than this is glue (the module docstring)
FREE = frozenset({"detail"})  # a glue template's value that may stay as written


@functools.lru_cache(maxsize=4)
def templates(catalogue: str) -> tuple[tuple[str, str, bool], ...]:
    """(longest fixed part, template, whether it is glue) of every source with places of `catalogue` (a
    .places.json's name under resources/translations), the longest fixed part first."""
    path = resources_root() / "translations" / catalogue
    try:
        sources = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # not built (scripts/translations build): notes are shown as written
        log.warning("%s could not be read (%s): journal notes stay as written", path.name, exc)
        return ()
    found = []
    for source in sources if isinstance(sources, list) else []:
        fixed, names = PLACE.split(source)[0::2], PLACE.findall(source)
        if not names or SPEC.search(source) or len(set(names)) != len(names):
            continue
        longest = max(fixed, key=len)
        if len(longest) >= MIN_FIXED:
            found.append((longest, source, sum(c.isalpha() for c in "".join(fixed)) < GLUE))
    found.sort(key=lambda p: -len(p[0]))
    return tuple(found)


@functools.lru_cache(maxsize=2048)
def _pattern(template: str) -> re.Pattern[str]:
    parts = PLACE.split(template)
    body = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>{WORD if p in TIGHT else ANY})"
                   for i, p in enumerate(parts))  # fmt: skip
    return re.compile(body + r"\Z", re.DOTALL)


@functools.lru_cache(maxsize=4096)
def said_again(text: str, catalogue: str, translate: Callable[[str], str], depth: int = 0) -> Said | None:
    """`text` as the Said that made it, when a template of `catalogue` with places made it; else None. `translate`:
    the desk's tr (whether a value is a sentence the catalogue knows). A note longer than MAX_TEXT, or a sentence
    nested deeper than MAX_DEPTH, is not looked into: a damaged or hostile journal's note (a template's places
    match it in many ways) would otherwise hold the GUI thread for seconds."""
    if len(text) > MAX_TEXT or depth > MAX_DEPTH:
        return None
    for fixed, template, glue in templates(catalogue):
        if fixed in text:
            matched = _pattern(template).match(text)
            if matched is None:
                continue
            values = {k: _value(v, catalogue, translate, depth + 1) for k, v in matched.groupdict().items()}
            if not glue or all(k in FREE or _known(v, translate) for k, v in values.items()):
                return Said(template, values)
    return None


def _known(value: str, translate: Callable[[str], str]) -> bool:
    """A value a glue template may hold: no words (an id, a number), an amount, or a sentence the catalogue has."""
    if " " not in value.strip() or isinstance(value, Amount) or (isinstance(value, Said) and value.values):
        return True
    return translate(value) != value


def _value(text: str, catalogue: str, translate: Callable[[str], str], depth: int) -> str:
    amount = AMOUNT.fullmatch(text)
    if amount is not None:
        from ..api.money import from_decimal

        try:
            return Amount(text, from_decimal(Decimal(amount[1]), amount[2]), amount[2])
        except (ValueError, InvalidOperation):
            return text
    # a sentence without places: the catalogue has it, or not
    return said_again(text, catalogue, translate, depth) or Said(text)
