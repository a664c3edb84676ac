"""Excel number formats: a cell's value as Excel shows it. No Qt here.

`render(code, value, date1904)` gives the text Excel shows for a number (or a date, time or duration, which
xlsx stores as a serial number of days) under the format `code`, or None where the format adds nothing
(General, text "@") or the value is not a number. Covered: sections (positive;negative;zero), conditions
([>=100]), colours (ignored), quoted and escaped literals, padding `_x` (a space) and fill `*x` (dropped),
currency [$€-407], digits 0 # ?, thousands separators and scaling commas, percent, scientific, fractions,
dates and times (y m d h s, AM/PM, fractional seconds, English month and day names) and elapsed [h] [m]
[s]. Separators are shown as the code writes them ("." decimal, "," thousands: Excel's en-US display).
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

from .timefmt import date_text

BUILTIN = {
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
    5: '"$"#,##0_);("$"#,##0)', 6: '"$"#,##0_);[Red]("$"#,##0)',
    7: '"$"#,##0.00_);("$"#,##0.00)', 8: '"$"#,##0.00_);[Red]("$"#,##0.00)',
    9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
    14: "m/d/yyyy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
    20: "h:mm", 21: "h:mm:ss", 22: "m/d/yyyy h:mm",
    37: "#,##0_);(#,##0)", 38: "#,##0_);[Red](#,##0)", 39: "#,##0.00_);(#,##0.00)", 40: "#,##0.00_);[Red](#,##0.00)",
    41: '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)', 42: '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)',
    43: '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)',
    44: '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)',
    45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
}  # fmt: skip

_TOKENS = (
    r'"(?P<quoted>[^"]*)"?|\\(?P<escaped>.)|_(?P<pad>.)|\*(?P<fill>.)|\[(?P<bracket>[^\]]*)\]'
    r"|(?P<ampm>AM/PM|am/pm|A/P|a/p)|(?P<date>[yY]+|[mM]+|[dD]+|[hH]+|[sS]+|[eE](?![+-]))"
    r"|(?P<exp>[eE][+-])|(?P<general>[Gg]eneral)|(?P<percent>%)|(?P<num>[0#?.,/@])|(?P<other>.)"
)  # compiled on first use (re caches it): the reader's child imports this module on its way to first rows
_EPOCH_1900 = datetime(1899, 12, 30)
_EPOCH_1904 = datetime(1904, 1, 1)
_DAY_S = 86_400


class Section:
    """One ;-separated section of a format: its tokens (kind, text) and what it is."""

    def __init__(self, text: str) -> None:
        self.tokens: list[tuple[str, str]] = []
        self.condition: tuple[str, float] | None = None
        for m in re.finditer(_TOKENS, text, re.DOTALL):
            kind = m.lastgroup or "other"
            value = m.group(kind)
            if kind == "bracket":
                kind, value = self._bracket(value)
                if not kind:
                    continue
            elif kind == "pad":
                kind, value = "literal", " "
            elif kind == "fill":
                continue
            elif kind in ("quoted", "escaped", "other"):
                kind = "literal"
            self.tokens.append((kind, value))
        kinds = {k for k, _ in self.tokens}
        self.is_date = bool(kinds & {"date", "elapsed", "ampm"})
        self.is_number = bool(kinds & {"num", "exp", "general"})

    def _bracket(self, inner: str) -> tuple[str, str]:
        if re.fullmatch(r"(h+|m+|s+)", inner, re.IGNORECASE):
            return "elapsed", inner.lower()
        if inner.startswith("$"):
            return "literal", inner[1:].partition("-")[0]
        condition = re.fullmatch(r"(<=|>=|<>|<|>|=)\s*(-?[0-9.]+)", inner.strip())
        if condition:
            self.condition = (condition.group(1), float(condition.group(2)))
        return "", ""  # a colour, a condition or a locale

    def matches(self, value: float) -> bool:
        if self.condition is None:
            return True
        op, limit = self.condition
        return {"<": value < limit, ">": value > limit, "=": value == limit, "<=": value <= limit,
                ">=": value >= limit, "<>": value != limit}[op]  # fmt: skip


@lru_cache(maxsize=512)
def sections(code: str) -> tuple[Section, ...]:
    parts, depth, quoted, start = [], 0, False, 0
    i = 0
    while i < len(code):
        ch = code[i]
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in "\\_*":
            i += 1
        elif not quoted and ch == "[":
            depth += 1
        elif not quoted and ch == "]":
            depth = max(0, depth - 1)
        elif not quoted and depth == 0 and ch == ";":
            parts.append(code[start:i])
            start = i + 1
        i += 1
    parts.append(code[start:])
    return tuple(Section(p) for p in parts)


def is_plain(code: str) -> bool:
    """General or text: the format changes nothing the viewer shows."""
    return code.strip().lower() in ("", "general", "@")


def is_duration(code: str) -> bool:
    return any(k == "elapsed" for s in sections(code) for k, _ in s.tokens)


def to_serial(value: Any, date1904: bool = False) -> float | None:
    """A cell's number as Excel stores it (days since its epoch, for dates and durations)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, timedelta):
        return value / timedelta(days=1)
    if isinstance(value, time):
        return (value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6) / _DAY_S
    if isinstance(value, date):
        moment = value if isinstance(value, datetime) else datetime.combine(value, time.min)
        if date1904:
            return (moment - _EPOCH_1904) / timedelta(days=1)
        serial = (moment.replace(tzinfo=None) - _EPOCH_1900) / timedelta(days=1)
        return serial - 1 if serial < 61 else serial  # Lotus' 29 February 1900: serials below 60 count from 31 Dec
    return None


def render(code: str, value: Any, date1904: bool = False) -> str | None:
    """The text Excel shows for `value` under `code` (None: nothing to add, or not a number)."""
    if is_plain(code):
        return None
    serial = to_serial(value, date1904)
    if serial is None or math.isnan(serial) or math.isinf(serial):
        return None
    section, signed = _pick(sections(code), serial)
    if section.is_date:
        return date_text(section.tokens, serial, date1904)
    text, digits = _number_text(section, abs(serial))
    return "-" + text if signed and serial < 0 and digits.strip("0.,E+- ") else text


def _pick(all_sections: tuple[Section, ...], value: float) -> tuple[Section, bool]:
    """The section for `value`, and whether the value keeps its sign (one section, or a condition)."""
    numeric = list(all_sections[:3])
    if any(s.condition for s in numeric):
        for s in numeric:
            if s.condition is not None and s.matches(value):
                return s, False
        rest = [s for s in numeric if s.condition is None]
        return (rest[0], True) if rest else (numeric[-1], True)
    if len(numeric) == 1 or value > 0 or (value == 0 and len(numeric) < 3):
        return numeric[0], len(numeric) == 1
    if value < 0:
        return numeric[1], False
    return numeric[2], False


# ---------------------------------------------------------------- numbers


def _general(value: float) -> str:
    if value.is_integer() and abs(value) < 1e11:
        return str(int(value))
    text = f"{value:.10G}"
    if "E" in text:
        mantissa, _, exponent = text.partition("E")
        mantissa = mantissa.rstrip("0").rstrip(".") if "." in mantissa else mantissa
        return f"{mantissa}E{exponent[0]}{exponent[1:].lstrip('0').rjust(2, '0')}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _number_text(section: Section, value: float) -> tuple[str, str]:
    """(the text for a value of zero or more, the digits it shows: a minus sign goes before them only if
    they are not all zero)."""
    tokens = section.tokens
    if any(k == "general" for k, _ in tokens):
        shown = _general(value)
        return "".join(shown if k == "general" else v for k, v in tokens if v != "@").strip(), shown
    if not section.is_number:
        return "".join(v for _, v in tokens).strip(), ""
    nums = [i for i, (k, _) in enumerate(tokens) if k in ("num", "exp")]
    first, last = nums[0], nums[-1]
    while tokens[last][1] in "/0123456789" and last + 1 < len(tokens) and tokens[last + 1][1] in "0123456789":
        last += 1  # a fixed denominator (# ?/8)
    body = tokens[first : last + 1]
    value *= 100 ** sum(1 for k, _ in tokens if k == "percent")
    if any(k == "exp" for k, _ in body):
        digits = _scientific(body, value)
    elif any(k == "num" and v == "/" for k, v in body):
        digits = _fraction(body, value)
    else:
        digits = _decimal(body, value)
    prefix = "".join(v for k, v in tokens[:first] if k != "num")
    suffix = "".join(v for k, v in tokens[last + 1 :] if k != "num")
    return (prefix + digits + suffix).strip(), digits


def _digits_split(body: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    at = next((i for i, (k, v) in enumerate(body) if k == "num" and v == "."), len(body))
    return body[:at], body[at + 1 :]


def _placeholders(part: list[tuple[str, str]]) -> str:
    return "".join(v for k, v in part if k == "num" and v in "0#?")


def _decimal(body: list[tuple[str, str]], value: float) -> str:
    holders = [i for i, (k, v) in enumerate(body) if k == "num" and v in "0#?"]
    scale = sum(1 for k, v in body[holders[-1] :] if k == "num" and v == ",") if holders else 0
    value /= 1000**scale  # commas after the last digit: thousands
    int_part, frac_part = _digits_split(body)
    last_int = max((i for i in holders if i < len(int_part)), default=-1)
    grouped = any(k == "num" and v == "," for k, v in int_part[:last_int])
    places = len(_placeholders(frac_part))
    number = Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    int_digits, _, frac_digits = f"{number:f}".partition(".")
    text = _fill_integer(int_part, int_digits.lstrip("0"), grouped)
    if frac_part:
        text += "." + _fill_fraction(frac_part, frac_digits)
    return text


def _fill_integer(part: list[tuple[str, str]], digits: str, grouped: bool) -> str:
    holders = _placeholders(part)
    literals = [v for k, v in part if k in ("literal", "percent")]
    if not literals:
        need = holders.count("0")
        padded = digits.rjust(need, "0") if len(digits) < need else digits
        if grouped and padded:
            padded = f"{int(padded):,}".rjust(len(padded), "0") if padded.strip("0") else padded
        spaces = sum(1 for i, h in enumerate(holders) if h == "?" and len(holders) - i > len(padded))
        return " " * spaces + padded
    out: list[str] = []
    rest = digits
    places = [i for i, (k, v) in enumerate(part) if k == "num" and v in "0#?"]
    for i in range(len(part) - 1, -1, -1):
        k, v = part[i]
        if k in ("literal", "percent"):
            out.append(v)
        elif k == "num" and v in "0#?":
            if i == places[0]:
                out.append(rest if rest else {"0": "0", "?": " "}.get(v, ""))
                rest = ""
            elif rest:
                out.append(rest[-1])
                rest = rest[:-1]
            else:
                out.append({"0": "0", "?": " "}.get(v, ""))
    return "".join(reversed(out))


def _fill_fraction(part: list[tuple[str, str]], digits: str) -> str:
    holders = _placeholders(part)
    shown = list(digits.ljust(len(holders), "0"))
    for i in range(len(holders) - 1, -1, -1):  # trailing zeros: '#' drops them, '?' makes them spaces
        if shown[i] != "0" or holders[i] == "0":
            break
        shown[i] = "" if holders[i] == "#" else " "
    out, at = [], 0
    for k, v in part:
        if k == "num" and v in "0#?":
            out.append(shown[at])
            at += 1
        elif k in ("literal", "percent"):
            out.append(v)
    return "".join(out)


def _scientific(body: list[tuple[str, str]], value: float) -> str:
    at = next(i for i, (k, _) in enumerate(body) if k == "exp")
    mantissa_part, exponent_part = body[:at], body[at + 1 :]
    int_part, frac_part = _digits_split(mantissa_part)
    int_holders = len(_placeholders(int_part)) or 1
    places = len(_placeholders(frac_part))
    exponent = 0 if value == 0 else math.floor(math.log10(value))
    if int_holders > 1:  # engineering notation: the exponent a multiple of the integer digits
        exponent -= exponent % int_holders
    if value and round(value / 10**exponent, places) >= 10**int_holders:  # rounding carried a digit over
        exponent += int_holders if int_holders > 1 else 1
    text = _decimal(mantissa_part, value / 10**exponent if value else 0.0)
    sign = "-" if exponent < 0 else ("+" if body[at][1].endswith("+") else "")
    width = len(_placeholders(exponent_part)) or 1
    return f"{text}E{sign}{str(abs(exponent)).rjust(width, '0')}"


def _fraction(body: list[tuple[str, str]], value: float) -> str:
    slash = next(i for i, (k, v) in enumerate(body) if k == "num" and v == "/")
    left, right = body[:slash], body[slash + 1 :]
    denominator_text = "".join(v for k, v in right if k == "literal" or v in "0123456789").strip()
    holders = [i for i, (k, v) in enumerate(left) if k == "num" and v in "0#?"]
    split = next((i for i in range(len(holders) - 1, 0, -1) if holders[i] - holders[i - 1] > 1), None)
    whole_part = left[: holders[split]] if split is not None else []
    numerator_part = left[holders[split] :] if split is not None else left
    whole = int(value) if whole_part else 0
    rest = value - whole
    if denominator_text.isdigit() and int(denominator_text):
        den = int(denominator_text)
        num = round(rest * den)
    else:
        from fractions import Fraction

        best = Fraction(rest).limit_denominator(10 ** (len(_placeholders(right)) or 1) - 1)
        num, den = best.numerator, best.denominator
    if num == den:
        whole, num = whole + 1, 0
    head = _fill_integer(whole_part, str(whole) if whole else "", False) if whole_part else ""
    if num == 0 and whole_part:
        return head.strip() or "0"
    numerator = _fill_integer(numerator_part, str(num), False)
    return f"{head} {numerator.strip()}/{den}".replace("  ", " ").strip()
