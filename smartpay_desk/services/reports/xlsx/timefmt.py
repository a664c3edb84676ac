"""Excel's date, time and duration formats (a section of numfmt.py's tokens) applied to a serial. No Qt here.

Dates count days from Excel's epoch (30 December 1899, with Lotus' 29 February 1900; 1 January 1904 in the
1904 system); the time of day is rounded to what the format shows when it shows seconds, else cut. Month
and day names are English; m is minutes after an hour or before a second (Excel's rule).
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_EPOCH_1900 = datetime(1899, 12, 30)
_EPOCH_1904 = datetime(1904, 1, 1)
_DAY_S = 86_400


def date_text(tokens: list[tuple[str, str]], serial: float, date1904: bool) -> str | None:
    """A serial (days) under a date, time or duration section's tokens; None for a date before the epoch."""
    places = 0
    for i, (k, v) in enumerate(tokens):  # fractional seconds: s followed by .0, .00 or .000
        if k == "num" and v == "." and i and tokens[i - 1][0] in ("date", "elapsed"):
            places = sum(1 for kk, vv in tokens[i + 1 : i + 4] if kk == "num" and vv == "0")
    elapsed = any(k == "elapsed" for k, _ in tokens)
    if serial < 0 and not elapsed:
        return None
    step = 10**places
    shows_seconds = any(k in ("date", "elapsed") and v[:1].lower() == "s" for k, v in tokens)
    exact = abs(serial) * _DAY_S * step
    ticks = round(exact) if shows_seconds else math.floor(exact + 1e-6)  # rounded as shown, else cut
    seconds, fraction = divmod(ticks, step)
    moment = _moment(seconds, date1904)
    twelve = any(k == "ampm" for k, _ in tokens)
    out: list[str] = ["-"] if serial < 0 and elapsed else []
    skip = 0
    for i, (k, v) in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        if k == "date":
            out.append(_date_part(v, tokens, i, moment, twelve))
        elif k == "elapsed":
            unit = {"h": 3600, "m": 60, "s": 1}[v[0]]
            out.append(str(seconds // unit).rjust(len(v), "0"))
        elif k == "ampm":
            pm = moment is not None and moment.hour >= 12
            out.append(("PM" if pm else "AM") if len(v) > 3 else ("P" if pm else "A"))
        elif k == "num" and v == "." and places and i and tokens[i - 1][0] in ("date", "elapsed"):
            out.append("." + str(fraction).rjust(places, "0"))
            skip = places
        elif k in ("literal", "num"):
            out.append(v)
    return "".join(out).strip()


def _moment(seconds: int, date1904: bool) -> datetime | None:
    days, clock = divmod(seconds, _DAY_S)
    try:
        if date1904:
            return _EPOCH_1904 + timedelta(days=days, seconds=clock)
        if days == 60:
            return None  # 29 February 1900, which never was
        return _EPOCH_1900 + timedelta(days=days + (1 if days < 60 else 0), seconds=clock)
    except OverflowError:
        return None


def _is_minute(tokens: list[tuple[str, str]], i: int) -> bool:
    """m after an hour or before a second is minutes (Excel's rule)."""
    before = next((v for k, v in reversed(tokens[:i]) if k in ("date", "elapsed")), "")
    after = next((v for k, v in tokens[i + 1 :] if k in ("date", "elapsed")), "")
    return before[:1].lower() == "h" or after[:1].lower() == "s"


def _date_part(v: str, tokens: list[tuple[str, str]], i: int, moment: datetime | None, twelve: bool) -> str:
    if moment is None:
        return "#" * len(v)
    letter, n = v[0].lower(), len(v)
    if letter == "y" or letter == "e":
        return str(moment.year)[-2:] if n <= 2 and letter == "y" else str(moment.year)
    if letter == "m" and n <= 2 and _is_minute(tokens, i):
        return str(moment.minute).rjust(n, "0")
    if letter == "m":
        return {1: str(moment.month), 2: f"{moment.month:02d}", 3: _MONTHS[moment.month - 1][:3],
                5: _MONTHS[moment.month - 1][0]}.get(n, _MONTHS[moment.month - 1])  # fmt: skip
    if letter == "d":
        return {1: str(moment.day), 2: f"{moment.day:02d}", 3: _DAYS[moment.weekday()][:3]}.get(
            n, _DAYS[moment.weekday()]
        )
    if letter == "h":
        hour = (moment.hour % 12 or 12) if twelve else moment.hour
        return str(hour).rjust(min(n, 2), "0")
    return str(moment.second).rjust(min(n, 2), "0")
