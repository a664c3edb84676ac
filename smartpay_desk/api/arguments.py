"""Command-line values checked once parsed, before anything runs: one sentence for the first that cannot be used.

`argument_problem(vars(args))` (the `smartpay` CLI calls it on its parsed arguments; None when all is well):
- numbers: a count or an entry id must fit the journal (SQLite's 64-bit integers), a number of seconds must be
  finite and sensible (NaN, infinity, a negative or a huge timeout once reached the socket layer as a crash);
- texts: a lone surrogate (what an undecodable byte of an argument becomes) can be neither sent, nor stored,
  nor printed, so it is refused with a sentence, except in paths (the data folder, a sheet's file), where the
  operating system takes it back as the byte it was;
- a NUL character is refused in any text (no field takes one, and no child process can be given one), as is
  a text longer than MAX_TEXT bytes (no field takes that much) or a path longer than any file system allows.
A value a request check (validation.py) refuses anyway is left to that check, which names the field.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping

SECONDS = {"timeout": (0.01, 3600.0), "settle": (0.0, 86400.0), "not_found_grace": (0.0, 86400.0),
           "wait": (0.0, 86400.0), "deadline": (0.0, 86400.0)}  # fmt: skip
COUNTS = {"limit": (0, 1_000_000_000), "entry_id": (1, 2**63 - 1), "header_row": (0, 1_048_576)}
PATHS = ("data_dir", "file", "out", "results")
MAX_PATH = 4096
MAX_TEXT = 65_536
_SURROGATE = re.compile("[\ud800-\udfff]")


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def _number(name: str, value: object) -> str | None:
    if name in SECONDS and isinstance(value, int | float) and not isinstance(value, bool):
        low, high = SECONDS[name]
        if not (math.isfinite(value) and low <= value <= high):
            return f"{_flag(name)}: give a number of seconds from {low:g} to {high:g}, not {value:g}."
    if name in COUNTS and isinstance(value, int) and not isinstance(value, bool):
        low, high = COUNTS[name]
        if not low <= value <= high:
            shown = str(value) if len(str(value)) <= 30 else "a number that long"  # argparse took ≤ 4300 digits
            what = "ENTRY_ID: give an entry id" if name == "entry_id" else f"{_flag(name)}: give a whole number"
            return f"{what} from {low} to {high:,}, not {shown}."
    return None


def _text(name: str, value: str) -> str | None:
    what = name.replace("_", " ")
    if "\x00" in value:
        return f"{what}: this holds a NUL character, which no field or file name takes."
    size = len(value.encode("utf-8", "surrogatepass")) if len(value) > MAX_PATH // 4 else 0
    if name in PATHS:
        try:
            os.fsencode(value)  # an undecodable byte comes back as itself; any other lone surrogate cannot
        except UnicodeEncodeError:
            return f"{what}: this file name holds a character no file name can hold: type it again."
        if size > MAX_PATH:
            return f"{what}: this file name is longer than any file system allows ({MAX_PATH:,} bytes)."
        return None
    if len(value) > MAX_TEXT or size > MAX_TEXT:
        return f"{what}: this is longer than any field takes ({MAX_TEXT:,} bytes); check what was pasted."
    if _SURROGATE.search(value):
        return (
            f"{name.replace('_', ' ')}: this holds a character that cannot be read (an undecodable byte, not "
            "UTF-8 text): type it again."
        )
    return None


def argument_problem(values: Mapping[str, object]) -> str | None:
    """One sentence for the first parsed argument that cannot be used (see the module docstring), or None."""
    for name, value in values.items():
        problem = _number(name, value)
        for text in value if isinstance(value, list) else [value]:
            if problem is None and isinstance(text, str):
                problem = _text(name, text)
        if problem is not None:
            return problem
    return None
